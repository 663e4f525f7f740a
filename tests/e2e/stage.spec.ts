/**
 * The timeline and the map share the first view on screens 1024px wide and up, so a choice
 * on one side shows on the other without scrolling; phones keep the order timeline, details,
 * map. `?view=` lets a newsroom embed one half.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline', exact: true });
const map = (page: Page) => page.getByRole('region', { name: 'Map', exact: true });
/** The map draws in software here, and slowly while other tests load the machine. */
const mapReady = (page: Page) => expect(page.locator('html')).toHaveAttribute('data-map-ready', '', { timeout: 20_000 });

/** How many pixels of the element's height lie inside the viewport, without scrolling. */
async function visibleHeight(page: Page, region: ReturnType<typeof timeline>): Promise<number> {
  const box = await region.boundingBox();
  const viewport = page.viewportSize()!;
  if (!box) return 0;
  return Math.max(0, Math.min(box.y + box.height, viewport.height) - Math.max(box.y, 0));
}

const firstViews = [
  { name: 'the embed at 1280×800', url: './?embed', width: 1280, height: 800 },
  { name: 'the page at 1920×1080', url: './', width: 1920, height: 1080 },
  { name: 'the page at 1280×800', url: './', width: 1280, height: 800 },
  { name: 'the page at 1024×768', url: './', width: 1024, height: 768 },
];

for (const view of firstViews) {
  test(`${view.name} shows at least 300px of both the timeline and the map, side by side`, async ({ page }) => {
    await page.setViewportSize({ width: view.width, height: view.height });
    await page.goto(view.url);
    await mapReady(page);
    expect(await visibleHeight(page, timeline(page))).toBeGreaterThanOrEqual(300);
    expect(await visibleHeight(page, map(page))).toBeGreaterThanOrEqual(300);
    const [timelineBox, mapBox] = [await timeline(page).boundingBox(), await map(page).boundingBox()];
    expect(mapBox!.x, 'the map stands beside the timeline').toBeGreaterThanOrEqual(timelineBox!.x + timelineBox!.width);
    expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
  });
}

test('the map stays in view while the reader scrolls down to the details', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  await mapReady(page);
  const details = page.getByRole('region', { name: 'Event details' });
  await details.scrollIntoViewIfNeeded();
  await expect(details).toBeInViewport();
  expect(await visibleHeight(page, map(page))).toBeGreaterThanOrEqual(300);
});

test('on a phone the order is timeline, details, map, each the full width', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('./');
  await mapReady(page);
  const boxes = await Promise.all(
    [timeline(page), page.getByRole('region', { name: 'Event details' }), map(page)].map((region) => region.boundingBox()),
  );
  const [timelineBox, detailsBox, mapBox] = boxes.map((box) => box!);
  expect(detailsBox!.y).toBeGreaterThanOrEqual(timelineBox!.y + timelineBox!.height);
  expect(mapBox!.y).toBeGreaterThanOrEqual(detailsBox!.y + detailsBox!.height);
  for (const box of [timelineBox!, detailsBox!, mapBox!]) expect(box.width).toBeGreaterThan(330);
});

test('?view=timeline shows the timeline and the details without loading the map', async ({ page }) => {
  const mapRequests: string[] = [];
  page.on('request', (request) => {
    if (/maplibre|basemap/i.test(request.url())) mapRequests.push(request.url());
  });
  await page.goto('./?embed&view=timeline');
  await expect(timeline(page).getByRole('option').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
  await expect(map(page)).toHaveCount(0);
  expect(mapRequests).toEqual([]);
});

test('?view=map shows the map and the details, and the map still links to the details', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?embed&view=map');
  await mapReady(page);
  await expect(timeline(page)).toHaveCount(0);
  expect(await visibleHeight(page, map(page))).toBeGreaterThanOrEqual(300);
  await map(page)
    .getByRole('button', { name: /^Ankara\b/ })
    .first()
    .click();
  await expect(page.getByRole('region', { name: 'Event details' }).getByRole('heading').first()).toContainText('Ankara');
});

test('?view= with an unknown value shows both halves', async ({ page }) => {
  await page.goto('./?view=table');
  await mapReady(page);
  await expect(timeline(page)).toBeVisible();
  await expect(map(page)).toBeVisible();
});
