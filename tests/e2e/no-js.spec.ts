/**
 * Without JavaScript the built page still tells the story: index.html is prerendered at
 * build time (scripts/vite-plugin-prerender.ts) with the headline, standfirst, every event
 * grouped by era, and a static map image that only such readers fetch.
 */
import { test, expect } from './fixtures.ts';
import { eventsInDateOrder } from './story-data.ts';

test.use({ javaScriptEnabled: false });

test('without JavaScript the page shows the title, standfirst, every event and the static map', async ({ page, request }) => {
  const story = (await (await request.get('./data/story.json')).json()) as { title: string; dek: string };
  const events = await eventsInDateOrder(request);
  const mapResponse = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('/story-map.svg'));
  await page.goto('./');

  await expect(page).toHaveTitle(story.title);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', story.dek);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
  // Shown at once: the stylesheet hides the prerendered page only while scripts run.
  await expect(page.getByText(story.dek)).toBeVisible({ timeout: 2_000 });

  const text = page.locator('#text-version');
  await expect(text.getByRole('heading', { level: 4 })).toHaveCount(events.length);
  const titles = await text.getByRole('heading', { level: 4 }).allTextContents();
  events.forEach((event, index) => expect(titles[index]).toContain(event.title));
  await expect(text.getByRole('heading', { level: 3 }).first()).toBeVisible();

  const response = await mapResponse;
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
  const map = page.getByRole('img', { name: /^Map of the region/ });
  await expect(map).toBeVisible();
  // Drawn, not broken: a broken image has no natural size.
  expect(await map.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
});

test('with JavaScript the app replaces the prerendered page instead of adding to it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', '');
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.locator('#text-version')).toHaveCount(1);
  await context.close();
});
