/**
 * The layout holds whatever the editors write: one unbroken 10,000-character word in every
 * text field of the story (120 characters in event titles, their limit) must not widen the
 * page, on a desktop, on a phone or in an embed. An editor's pasted URL or a long compound
 * word in Turkish is all it takes.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/** The data files, each with its top-level key. */
const FILES = ['story', 'categories', 'eras', 'events', 'places', 'regions', 'relations', 'themes'] as const;
/** Keys whose strings readers read (ids, dates, colours and URLs are not text). */
const TEXT_KEYS = new Set([
  'title',
  'dek',
  'byline',
  'text',
  'speaker',
  'name',
  'description',
  'summary',
  'explainer',
  'note',
  'publisher',
]);
const LONG = 10_000;
/** The schema's limit for an event's title. */
const TITLE_LIMIT = 120;

/** An unbroken word of `length` characters that says where it comes from, for whoever reads a failure. */
const word = (label: string, length: number) => (label + 'W'.repeat(length)).slice(0, length);

/** Every text field replaced by one long word; English only (translations are left as they are). */
function lengthen(value: unknown, path: string, inEvent = false): unknown {
  if (Array.isArray(value)) {
    if (path.endsWith('.credits')) return value.map((_, index) => word(`credit${index}`, LONG));
    return value.map((item, index) => lengthen(item, `${path}[${index}]`, inEvent));
  }
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([key, field]) => {
    if (key === 'translations') return [key, field];
    if (typeof field === 'string' && TEXT_KEYS.has(key)) {
      const limit = inEvent && key === 'title' ? TITLE_LIMIT : LONG;
      return [key, word(`${path}.${key}`.replace(/[^A-Za-z0-9]/g, ''), limit)];
    }
    return [key, lengthen(field, `${path}.${key}`, inEvent && key !== 'sources' && key !== 'quote')];
  });
  return Object.fromEntries(entries);
}

/** The story as served, with long words everywhere, a quote on every event and a correction. */
async function longStory(request: APIRequestContext): Promise<Record<string, unknown>> {
  const files: Record<string, unknown> = {};
  for (const name of FILES) {
    const data = (await (await request.get(`./data/${name}.json`)).json()) as Record<string, unknown>;
    if (name === 'events') {
      const events = data.events as Record<string, unknown>[];
      data.events = events.map((event) => ({ ...event, quote: { text: 'quote', speaker: 'speaker' } }));
      data.events = (data.events as unknown[]).map((event, index) => lengthen(event, `events${index}`, true));
    } else if (name === 'story') {
      data.corrections = [{ date: '2026-11-25', text: 'correction' }];
      Object.assign(data, lengthen(data, 'story'));
    } else Object.assign(data, lengthen(data, name));
    files[`${name}.json`] = data;
  }
  return files;
}

async function serve(page: Page, files: Record<string, unknown>) {
  await page.route('**/data/*.json', async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    if (name in files) await route.fulfill({ contentType: 'application/json', body: JSON.stringify(files[name]) });
    else await route.continue();
  });
}

/**
 * How far the page is wider than its viewport, and the text that does not wrap: elements that
 * stick out and hold text of their own, named by tag, class and the start of their text.
 */
async function overflow(page: Page): Promise<{ excess: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const excess = root.scrollWidth - root.clientWidth;
    const culprits = new Set<string>();
    if (excess > 0) {
      for (const element of document.body.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        if (box.right <= root.clientWidth + 0.5 && box.left >= -0.5) continue;
        const text = [...element.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
        if (!text && !(element instanceof SVGTextElement)) continue;
        const classes = element.getAttribute('class')?.trim().split(/\s+/).join('.');
        culprits.add(
          `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''} "${(text?.textContent ?? element.textContent ?? '').trim().slice(0, 24)}…"`,
        );
      }
    }
    return { excess, culprits: [...culprits].slice(0, 20) };
  });
}

/**
 * Text from data that lies partly outside the viewport although the page is not wider: cut off
 * by a box that clips (a card, a chart, the text version's sections). Named with the region
 * it is in. The text version's sections are laid out first (they wait to be scrolled near).
 */
async function cutText(page: Page): Promise<string[]> {
  return page.evaluate((marker) => {
    for (const section of document.querySelectorAll<HTMLElement>('.text-version section')) section.style.contentVisibility = 'visible';
    const width = document.documentElement.clientWidth;
    const cut = new Set<string>();
    for (const element of document.body.querySelectorAll('*')) {
      const own = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.includes(marker));
      if (!own) continue;
      const box = element.getBoundingClientRect();
      // Hidden, or visually hidden for screen readers (a 1 px clip).
      if (box.width <= 1 || box.height <= 1) continue;
      if (box.right <= width + 0.5 && box.left >= -0.5) continue;
      // A row that scrolls sideways on purpose (the issues on a phone) lets the reader reach it.
      let scroller = element.parentElement;
      while (scroller && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
      if (scroller) continue;
      const region = element.closest('[aria-label], header, footer, main');
      const where = region?.getAttribute('aria-label') ?? region?.tagName.toLowerCase() ?? 'body';
      const classes = element.getAttribute('class')?.trim().split(/\s+/).join('.');
      cut.add(
        `${where}: ${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''} (${Math.round(box.left)}…${Math.round(box.right)} px)`,
      );
    }
    return [...cut];
  }, 'WWWWWWWWWW');
}

const VIEWS = [
  { name: 'on a desktop', width: 1280, height: 800, query: '' },
  { name: 'on a phone', width: 375, height: 740, query: '' },
  { name: 'in an embed at an article’s width', width: 660, height: 800, query: '?embed' },
  { name: 'in an embed on a phone', width: 375, height: 740, query: '?embed' },
];

test.describe.configure({ timeout: 120_000 });

for (const view of VIEWS) {
  test(`10,000-character words in every text field leave the page as wide as the viewport, and none is cut off, ${view.name}`, async ({
    page,
    request,
  }) => {
    const files = await longStory(request);
    const events = (files['events.json'] as { events: { id: string }[] }).events;
    const places = (files['places.json'] as { places: { id: string }[] }).places;
    const themes = (files['themes.json'] as { themes: { id: string }[] }).themes;
    await serve(page, files);
    await page.setViewportSize({ width: view.width, height: view.height });

    // An event (card, quote, sources), a place (card and its list of events) and an issue (chip and explainer).
    for (const hash of [`#event=${events[0]!.id}`, `#place=${places[0]!.id}`, `#themes=${themes[0]!.id}`]) {
      await page.goto(`./${view.query}${hash}`);
      await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', '');
      await expect(page.locator('html')).toHaveAttribute('data-map-ready', '', { timeout: 20_000 });
      // The full story has replaced the index: its long words are on screen.
      await expect(page.getByRole('region', { name: 'Event details' })).toContainText('WWWWWWWWWW');
      await page.evaluate(() => document.fonts.ready);
      const { excess, culprits } = await overflow(page);
      expect(excess, `the page is ${excess} px wider than the viewport at ${hash}; sticking out:\n  ${culprits.join('\n  ')}\n`).toBe(0);
      expect(await cutText(page), `text cut off at ${hash}`).toEqual([]);
    }
  });
}

for (const view of VIEWS.filter((view) => view.width > 600)) {
  test(`the timeline’s lane and relation names from data wrap or shorten inside the chart, ${view.name}`, async ({ page, request }) => {
    await serve(page, await longStory(request));
    await page.setViewportSize({ width: view.width, height: view.height });
    await page.goto(`./${view.query}`);
    // The full story, which brings the long names, follows the map: give both the map's time.
    await expect(page.getByRole('region', { name: 'Event details' })).toContainText('WWWWWWWWWW', { timeout: 40_000 });
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect(timeline.locator('.lane-name').first()).toContainText('WWWWWWWWWW');
    await expect(timeline.locator('.legend-name').first()).toContainText('WWWWWWWWWW');
    // Lane names stay in the gutter, left of the axis; the tracks' names stay under the chart.
    const axis = (await timeline.locator('.axis-line').boundingBox())!;
    const boxes = async (selector: string) =>
      timeline.locator(selector).evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect));
    for (const box of await boxes('.lane-name span')) expect(box.right).toBeLessThanOrEqual(axis.x);
    for (const box of await boxes('.legend-name')) expect(box.right).toBeLessThanOrEqual(axis.x + axis.width + 1);
    // No name from data is cut off anywhere on the page, the chart's included.
    expect(await cutText(page)).toEqual([]);
  });
}
