/**
 * Faults that cost the map alone: MapLibre's worker cut off. The timeline stays; the Map
 * region shows the static map, with its note.
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
