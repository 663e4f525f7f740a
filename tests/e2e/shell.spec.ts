import { test, expect } from './fixtures.ts';

test('the page loads the bundled data and shows the story', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Turkey');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-error');
});

test('a broken data file yields the error panel, located', async ({ page, pageErrors }) => {
  await page.route('**/data/events.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{\n  "events": [\n    { "id": "a" }\n    { "id": "b" }\n  ]\n}' }),
  );
  await page.goto('./');
  const panel = page.getByRole('alert');
  await expect(panel).toContainText('The story could not be shown');
  await expect(panel).toContainText('data/events.json:4:5');
  await expect(panel).toContainText('not valid JSON');
  await expect(page.locator('html')).toHaveAttribute('data-error', '');
  pageErrors.length = 0;
});

test('a missing data file yields the error panel', async ({ page, pageErrors }) => {
  await page.route('**/data/places.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('data/places.json');
  await expect(page.getByRole('alert')).toContainText('404');
  // The browser logs the failed request itself; that is expected here.
  pageErrors.length = 0;
});

test('a bad entry is left out with a notice, and the rest of the story shows', async ({ page, request }) => {
  const events = await (await request.get('./data/events.json')).json();
  const broken = events.events[0].id;
  events.events[0].date = '2022-02-30';
  await page.route('**/data/events.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(events) }));
  await page.goto('./');
  const notice = page.locator('[data-data-notice]');
  await expect(notice).toContainText('left out');
  await notice.locator('summary').click();
  await expect(notice).toContainText(`data/events.json › events[0].date (id “${broken}”)`);
  await expect(notice).toContainText('real calendar date');
  await expect(page.locator('html')).not.toHaveAttribute('data-error');
});

for (const timezoneId of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
  test.describe(`in the ${timezoneId} time zone`, () => {
    test.use({ timezoneId });
    test('a calendar date shows as written: 31 May 2010 stays 31 May', async ({ page, request }) => {
      const { events } = await (await request.get('./data/events.json')).json();
      const raid = events.find((e: { date: string }) => e.date === '2010-05-31');
      await page.goto(`./#event=${raid.id}`);
      await expect(page.getByRole('region', { name: 'Event details' }).locator('time').first()).toHaveText('31 May 2010');
    });
  });
}
