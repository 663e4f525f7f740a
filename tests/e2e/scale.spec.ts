import { test, expect } from './fixtures.ts';
import { syntheticStory } from '../../scripts/synthetic-story.ts';
import type { Page } from '@playwright/test';

/** Serves a synthetic story of `count` events in place of data/, as a newsroom's bigger story would be. */
async function serveSyntheticStory(page: Page, count: number) {
  const files = syntheticStory(count);
  await page.route('**/data/*.json', async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    if (name in files) await route.fulfill({ contentType: 'application/json', body: JSON.stringify(files[name as keyof typeof files]) });
    else await route.continue();
  });
  // In the app's reading order: by date, then by id.
  return [...files['events.json'].events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

test('a story of 20,000 events loads, and every event stays reachable by keyboard', async ({ page }) => {
  test.slow();
  const events = await serveSyntheticStory(page, 20_000);
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', '', { timeout: 30_000 });
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(page.locator('[data-filter-count]')).toHaveText('20000 of 20000 events');
  // Dense: marks are counted in bins on the canvas, not kept as thousands of DOM nodes.
  expect(await timeline.getByRole('option').count()).toBeLessThan(200);

  const active = timeline.locator('[role="option"][tabindex="0"]');
  await active.focus();
  await page.keyboard.press('Home');
  await expect(page.locator(':focus')).toHaveAttribute('data-event-id', events[0]!.id);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAttribute('data-event-id', events[1]!.id);
  await expect(page.locator(':focus')).toHaveAccessibleName(new RegExp(`: ${events[1]!.title.replace(/[()]/g, '\\$&')}$`));
  await page.keyboard.press('End');
  await expect(page.locator(':focus')).toHaveAttribute('data-event-id', events[events.length - 1]!.id);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText(
    events[events.length - 1]!.title,
  );
});
