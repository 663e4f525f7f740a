import { test, expect } from './fixtures.ts';

test('the page loads the bundled data and shows the story', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Turkey');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-error');
});

const brokenEvents = '{\n  "events": [\n    { "id": "a" }\n    { "id": "b" }\n  ]\n}';

test('a broken events.json keeps the timeline from the index, with a located notice', async ({ page }) => {
  await page.route('**/data/events.json', (route) => route.fulfill({ contentType: 'application/json', body: brokenEvents }));
  await page.goto('./');
  const notice = page.locator('[data-load-notice]');
  await expect(notice).toContainText('The full story could not be loaded');
  await expect(notice).toContainText('data/events.json:4:5');
  await expect(notice).toContainText('not valid JSON');
  await expect(page.getByRole('region', { name: 'Timeline' }).getByRole('option').first()).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-error');
});

test('with nothing to show (no index in Turkish), a broken data file yields the error panel, located', async ({ page }) => {
  await page.route('**/data/events.json', (route) => route.fulfill({ contentType: 'application/json', body: brokenEvents }));
  await page.goto('./?lang=tr');
  const panel = page.getByRole('alert');
  await expect(panel).toContainText('Haber görüntülenemedi');
  await expect(panel).toContainText('data/events.json:4:5');
  await expect(panel).toContainText('not valid JSON');
  await expect(page.locator('html')).toHaveAttribute('data-error', '');
});

test('a missing map-only file costs the map only', async ({ page, pageErrors }) => {
  await page.clock.install();
  await page.route('**/data/places.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./');
  const notice = page.locator('[data-load-notice]');
  // The retries' pauses pass at once on the page's clock.
  await expect.poll(async () => (await notice.isVisible()) || (await page.clock.fastForward(3000), false), { timeout: 30_000 }).toBe(true);
  await expect(notice).toContainText('The map could not be drawn: places.json could not be used.');
  await expect(page.getByRole('region', { name: 'Timeline' }).getByRole('option').first()).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-error');
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
