/**
 * The text version: the whole story as a list under the graphic, in step with the issue
 * filter, with a way back from each event to the graphic, folded in an embed, and on paper.
 */
import { test, expect } from './fixtures.ts';
import { eventsInDateOrder } from './story-data.ts';
import type { Page } from '@playwright/test';

async function ready(page: Page, url = './') {
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', '');
}

test('the text version lists every event in data/events.json, in date order, under its era', async ({ page, request }) => {
  const events = await eventsInDateOrder(request);
  const { eras } = (await (await request.get('./data/eras.json')).json()) as { eras: { name: string }[] };
  await ready(page);
  const text = page.getByRole('region', { name: 'The story as text' });
  await expect(text.getByRole('article')).toHaveCount(events.length);
  const titles = await text.getByRole('heading', { level: 4 }).allTextContents();
  events.forEach((event, index) => expect(titles[index], `event ${index + 1}`).toContain(event.title));
  // The "Key moments" list opens the text version; the eras follow it.
  const eraHeadings = (await text.getByRole('heading', { level: 3 }).allTextContents()).filter(
    (heading) => heading.trim() !== 'Key moments',
  );
  // Eras in order (an era without events has no heading).
  const eraOrder = eraHeadings.map((heading) => eras.findIndex((era) => heading.includes(era.name)));
  expect(eraOrder.length).toBeGreaterThan(1);
  expect(eraOrder.every((position, index) => position >= 0 && (index === 0 || position > eraOrder[index - 1]!))).toBe(true);
  // Every source with a web address is a link (print and wire sources may have none).
  const raw = (await (await request.get('./data/events.json')).json()) as { events: { sources: { url?: string }[] }[] };
  const sources = raw.events.reduce((count, event) => count + event.sources.filter((source) => source.url).length, 0);
  await expect(text.locator('dd a[href^="http"]')).toHaveCount(sources);
});

test('the text version follows the issue filter and can show every event again', async ({ page, request }) => {
  const events = await eventsInDateOrder(request);
  const { themes } = (await (await request.get('./data/themes.json')).json()) as { themes: { id: string; name: string }[] };
  const theme = themes.find((candidate) => events.some((event) => event.themes.includes(candidate.id)))!;
  const matching = events.filter((event) => event.themes.includes(theme.id));
  await ready(page);
  const toggle = page.getByRole('group', { name: 'Filter by issue' }).getByRole('button', { name: theme.name });
  await toggle.click();

  const text = page.getByRole('region', { name: 'The story as text' });
  await expect(text.getByRole('article')).toHaveCount(matching.length);
  await expect(text.getByText(`Showing ${matching.length} of ${events.length} events`)).toBeVisible();
  const titles = await text.getByRole('heading', { level: 4 }).allTextContents();
  matching.forEach((event, index) => expect(titles[index]).toContain(event.title));

  await text.getByRole('button', { name: 'Show all events' }).click();
  await expect(text.getByRole('article')).toHaveCount(events.length);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(text.getByRole('button', { name: 'Show all events' })).toHaveCount(0);
});

test('"Show on the timeline" selects the event on the graphic and takes focus there', async ({ page, request }) => {
  const events = await eventsInDateOrder(request);
  const { defaultEvent } = (await (await request.get('./data/story.json')).json()) as { defaultEvent: string };
  const event = events.find((candidate) => candidate.id !== defaultEvent)!;
  await ready(page);
  await page.getByRole('button', { name: `Show on the timeline: ${event.title}`, exact: true }).click();

  await expect(page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText(event.title);
  const option = page.getByRole('region', { name: 'Timeline' }).locator(`[role="option"][data-event-id="${event.id}"]`);
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(option).toBeFocused();
  await expect(option).toBeInViewport();
});

test('in an embed the text version is folded behind its heading', async ({ page, request }) => {
  const events = await eventsInDateOrder(request);
  await ready(page, './?embed');
  const text = page.locator('#text-version');
  await expect(text.getByRole('article').first()).toBeHidden();
  await text.getByText('The story as text').click();
  await expect(text.getByRole('article')).toHaveCount(events.length);
  await expect(text.getByRole('article').first()).toBeVisible();
});

test('on paper: the headline, timeline and text version, without controls, with the sources’ addresses', async ({ page }) => {
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'The story as text' })).toBeVisible();
  for (const hidden of [
    page.getByRole('link', { name: 'Skip to the text version' }),
    page.getByRole('group', { name: 'Filter by issue' }),
    page.getByRole('button', { name: 'Share / Embed' }),
    page.getByRole('region', { name: 'Map', exact: true }),
    page.getByRole('region', { name: 'Event details' }),
    page.getByRole('button', { name: /^Show on the timeline/ }).first(),
  ])
    await expect(hidden).toBeHidden();
  const link = page.locator('#text-version dd a').first();
  const href = await link.getAttribute('href');
  const after = await link.evaluate((element) => getComputedStyle(element, '::after').content);
  expect(after).toContain(href);
});
