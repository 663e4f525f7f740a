/**
 * Faults that cost the map alone: MapLibre's worker cut off, the map's own data unusable. The
 * timeline stays; the Map region says what happened, with the static map where it can still
 * be drawn and a note in the map's place where it cannot. On the page's real clock: the
 * retries' pauses are short, and a fake clock would hold back MapLibre and the map's chunk too.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const map = (page: Page) => page.getByRole('region', { name: 'Map', exact: true });
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });

test('the map worker’s request aborted: the static map shows in the Map region, with its note', async ({ page, pageErrors }) => {
  await page.route('**/maplibre-gl-worker*', (route) => route.abort('connectionreset'));
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', '', { timeout: 20_000 });
  await expect(map(page).locator('svg[data-static-map]')).toBeVisible();
  await expect(map(page)).toContainText('Interactive map unavailable in this browser: showing a static map.');
  // Its places are still there to choose.
  await expect(map(page).locator('[data-place-id="ankara"]')).toBeVisible();
  await expect(timeline(page).getByRole('option').first()).toBeAttached();
  // The aborted request is the fault injected here, not a page error.
  pageErrors.length = 0;
});

for (const file of ['places.json', 'regions.json']) {
  test(`${file} missing: a note takes the map’s place, and the timeline stays`, async ({ page, pageErrors }) => {
    await page.route(`**/data/${file}`, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('./');
    await expect(timeline(page).getByRole('option').first()).toBeAttached();
    // The file is tried three times, with pauses between the tries.
    await expect(map(page).locator('[data-map-note]')).toHaveText(/^The map could not be drawn: some of its data could not be loaded\./, {
      timeout: 30_000,
    });
    await expect(map(page).locator('[data-static-map], canvas')).toHaveCount(0);
    await expect(page.locator('html')).not.toHaveAttribute('data-map-ready');
    // What the reader had stays: the timeline's events, and no full-page error.
    await expect(timeline(page).getByRole('option').first()).toBeAttached();
    expect(await timeline(page).getByRole('option').count()).toBeGreaterThan(10);
    await expect(page.locator('html')).not.toHaveAttribute('data-error');
    await expect(page.getByRole('alert').filter({ hasText: /could not be loaded/ })).toHaveCount(0);
    // The browser logs each 404 as a console error: the fault injected here, not the page's.
    pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((error) => !/404|Not Found/i.test(error)));
  });
}
