/**
 * A reader with only a keyboard can reach everything: the skip link, the timeline's events,
 * the details, the map's places and the Share / Embed dialog. Every input here is a key press;
 * the page is only read, to know where focus is and what the reader sees.
 */
import { test, expect } from './fixtures.ts';
import { eventsInDateOrder } from './story-data.ts';
import type { Page } from '@playwright/test';

test.describe.configure({ timeout: 90_000 });

interface Focused {
  role: string | null;
  name: string;
  eventId: string | null;
  placeId: string | null;
  inTimeline: boolean;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      role: element?.getAttribute('role') ?? element?.tagName.toLowerCase() ?? null,
      name: (element?.getAttribute('aria-label') ?? element?.textContent ?? '').trim(),
      eventId: element?.getAttribute('data-event-id') ?? null,
      placeId: element?.getAttribute('data-place-id') ?? null,
      inTimeline: element?.closest('[aria-label="Timeline"]') !== null,
    };
  });
}

/** Presses Tab (or Shift+Tab) until `found` says focus has arrived; fails after `max` presses. */
async function tabUntil(page: Page, found: (focus: Focused) => boolean, { backwards = false, max = 150 } = {}): Promise<Focused> {
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focus = await focused(page);
    if (found(focus)) return focus;
  }
  throw new Error(`focus did not arrive within ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

async function ready(page: Page) {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', '');
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', '', { timeout: 20_000 });
}

test('the first Tab reaches the skip link, which takes focus to the text version', async ({ page }) => {
  await ready(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the text version' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await expect(skip).toBeInViewport();

  await page.keyboard.press('Enter');
  const text = page.locator('#text-version');
  await expect(text).toBeFocused();
  await expect(text.getByRole('heading', { level: 2, name: 'The story as text' })).toBeInViewport();
  await expect(skip).not.toBeInViewport();
  // The reader's view (the fragment) is left as it was.
  expect(new URL(page.url()).hash).not.toContain('text-version');
});

test('a keyboard reader walks the timeline, opens an event, picks a place and shares the view', async ({ page, request }) => {
  const events = await eventsInDateOrder(request);
  const { defaultEvent } = (await (await request.get('./data/story.json')).json()) as { defaultEvent: string };
  await ready(page);
  const details = page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 });
  const timeline = page.getByRole('region', { name: 'Timeline' });

  // From the top of the page into the timeline's events: one tab stop, on the selected event.
  const start = await tabUntil(page, (focus) => focus.inTimeline && focus.role === 'option');
  expect(start.eventId).toBe(defaultEvent);

  // The arrow keys walk events in date order; Enter opens the one with focus.
  const index = events.findIndex((event) => event.id === defaultEvent);
  const next = events[index + 1] ?? events[index - 1]!;
  await page.keyboard.press(events[index + 1] ? 'ArrowRight' : 'ArrowLeft');
  const nextOption = timeline.locator(`[role="option"][data-event-id="${next.id}"]`);
  await expect(nextOption).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(nextOption).toHaveAttribute('aria-selected', 'true');
  await expect(timeline.locator(`[role="option"][data-event-id="${defaultEvent}"]`)).toHaveAttribute('aria-selected', 'false');
  await expect(details).toHaveText(next.title);

  // On to the map's places, and Enter chooses one.
  const place = await tabUntil(page, (focus) => focus.placeId !== null);
  const placeButton = page.locator(`[data-place-id="${place.placeId}"]`);
  await expect(placeButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(placeButton).toHaveAttribute('aria-current', 'true');
  // The button's name starts with its place's name, which the details now head.
  await expect(details).toHaveText((await placeButton.locator('.label').textContent())!.trim());

  // Back up the page to Share / Embed; Escape closes the dialog and focus comes back.
  await tabUntil(page, (focus) => focus.name.includes('Share / Embed'), { backwards: true });
  const share = page.getByRole('button', { name: 'Share / Embed' });
  await expect(share).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Share / Embed' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(share).toBeFocused();
});
