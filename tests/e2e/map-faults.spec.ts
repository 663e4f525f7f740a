/**
 * Faults that cost the map alone: MapLibre's worker cut off, the map's own data unusable. The
 * timeline stays; the Map region says what happened, with the static map where it can still
 * be drawn and a note in the map's place where it cannot.
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

test('places.json missing: a note in the Map region, and the timeline stays', async ({ page, pageErrors }) => {
  await page.clock.install();
  await page.route('**/data/places.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./');
  const note = map(page).locator('[data-map-note]');
  // The file is tried three times: the page's clock is moved past the pauses between tries.
  await expect
    .poll(
      async () => {
        if ((await note.count()) > 0) return true;
        await page.clock.fastForward(3000);
        return (await note.count()) > 0;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  await expect(note).toHaveText(/The map could not be drawn: some of its data could not be loaded\./);
  await expect(page.locator('html')).not.toHaveAttribute('data-map-ready');
  await expect(timeline(page).getByRole('option').first()).toBeAttached();
  pageErrors.length = 0;
});
