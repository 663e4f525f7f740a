/**
 * Issue 22: the timeline tells the story at a glance. The focus period gets the room, key
 * moments and every era are named in the chart as DOM text (not in buttons), and the options
 * keep their names and their places over their marks.
 */
import { test, expect } from './fixtures.ts';
import { syntheticStory } from '../../scripts/synthetic-story.ts';
import type { APIRequestContext, Locator, Page } from '@playwright/test';

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
/** The chart's own words: the label layer over the marks. */
const chartLabels = (page: Page) => timeline(page).locator('.chart-labels');

async function open(page: Page, path = './') {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', '');
  // The placer arrives in the frame after the timeline shows; the full story (key moments) after that.
  await expect(page.locator('.chart-labels')).toBeAttached();
}

/** The centre x of each option, by event id. */
async function optionCentres(options: Locator): Promise<Map<string, number>> {
  const centres = await options.evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return [element.getAttribute('data-event-id')!, box.left + box.width / 2] as const;
    }),
  );
  return new Map(centres);
}

/** The ids of the story's key moments, from the data as served. */
async function keyMomentIds(request: APIRequestContext): Promise<string[]> {
  const { events } = (await (await request.get('./data/events.json')).json()) as { events: { id: string; key?: boolean }[] };
  return events.filter((event) => event.key).map((event) => event.id);
}

type Box = { left: number; right: number; top: number; bottom: number };
const boxesOf = (locator: Locator): Promise<Box[]> =>
  locator.evaluateAll((elements) =>
    elements.map((element) => {
      const { left, right, top, bottom } = element.getBoundingClientRect();
      return { left, right, top, bottom };
    }),
  );
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Beside the map from 1024 px the chart is narrower (about 740 px at 1280): the page and the
 * embed at 1280 must still label every key moment. The embed at an article's 660 px does too.
 */
const DEFAULT_VIEWS = [
  { name: 'in the page at 1280×800', width: 1280, query: '' },
  { name: 'in the embed at 1280×800', width: 1280, query: '?embed' },
  { name: 'in the embed at 660 px', width: 660, query: '?embed' },
];

for (const view of DEFAULT_VIEWS) {
  test(`the default view names every key moment and every era in the chart, outside any button, ${view.name}`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width: view.width, height: 800 });
    await open(page, `./${view.query}`);
    const labels = chartLabels(page);
    await expect(labels.locator('[data-label-for="mavi-marmara-raid"]')).toHaveText(/Mavi Marmara/);
    await expect(labels.locator('[data-label-for="gantz-visits-ankara"]')).toHaveText(/Gantz|Ankara/);
    for (const name of ['Rupture', 'The lost decade', 'Renewal']) await expect(labels.getByText(name, { exact: true })).toBeVisible();
    expect(await labels.locator('button').count()).toBe(0);

    // Every key moment of the story carries its label, the last ones of 2023 included.
    const keyIds = await keyMomentIds(request);
    expect(keyIds).toEqual(expect.arrayContaining(['october-7-and-gaza-war', 'turkey-recalls-ambassador-2023']));
    for (const id of keyIds) await expect(labels.locator(`[data-label-for="${id}"]`)).toBeVisible();

    // No two labels overlap, and no label covers a mark (the options lie over the marks).
    const labelBoxes = await boxesOf(labels.locator('.label'));
    for (const a of labelBoxes) for (const b of labelBoxes) if (a !== b) expect(overlap(a, b), JSON.stringify([a, b])).toBe(false);
    const markBoxes = await boxesOf(timeline(page).getByRole('option'));
    for (const label of labelBoxes) expect(markBoxes.filter((mark) => overlap(label, mark))).toEqual([]);

    // The region keeps its height, so the map beside it still fits; the era buttons keep to one row.
    expect((await timeline(page).boundingBox())!.height).toBeLessThanOrEqual(620);
    const buttonTops = await boxesOf(timeline(page).getByRole('group', { name: 'Jump to a period' }).getByRole('button'));
    if (view.width >= 1280) expect(new Set(buttonTops.map((box) => Math.round(box.top))).size).toBe(1);
  });
}

test('the key moments are labelled from the page’s own index, before the full story arrives', async ({ page, request }) => {
  // The full story never comes: what the chart shows is the index the build wrote into the page.
  await page.route('**/data/events.json', () => {});
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', '');
  const labels = chartLabels(page);
  for (const id of await keyMomentIds(request)) await expect(labels.locator(`[data-label-for="${id}"]`)).toBeVisible();
  await expect(labels.locator('[data-label-for="october-7-and-gaza-war"]')).toHaveText('7 October, Gaza war');
  await expect(page.getByRole('region', { name: 'Event details' })).toContainText('Loading the summary');
});

for (const { id, where } of [
  { id: 'military-training-agreement', where: 'in the compressed years' },
  { id: 'netanyahu-apology', where: 'in the focus period' },
]) {
  test(`Ctrl + wheel zooms around the time under the pointer, ${where}`, async ({ page }) => {
    await open(page);
    await expect(timeline(page).locator('.focus')).toHaveAttribute('data-gestures-ready', '');
    const option = timeline(page).locator(`[role="option"][data-event-id="${id}"]`);
    const before = (await option.boundingBox())!;
    const x = before.x + before.width / 2;
    const range = await timeline(page).locator('.range').textContent();
    await page.mouse.move(x, before.y + before.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -60);
    await page.keyboard.up('Control');
    await expect(timeline(page).locator('.range')).not.toHaveText(range!);
    // Zoomed in, the event has not moved from under the pointer.
    const after = (await option.boundingBox())!;
    expect(Math.abs(after.x + after.width / 2 - x)).toBeLessThan(3);
  });
}

test('the events from 2008 on span at least half of the chart, measured by their options', async ({ page }) => {
  await open(page);
  const options = timeline(page).getByRole('option');
  const dates = await options.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label')!));
  const centres = [...(await optionCentres(options)).values()];
  const recent = centres.filter((_, index) => /20(0[89]|[12]\d)/.test(dates[index]!.split(':')[0]!));
  const chart = await timeline(page).locator('.marks').boundingBox();
  expect(recent.length).toBeGreaterThan(20);
  expect(Math.max(...recent) - Math.min(...recent)).toBeGreaterThanOrEqual(chart!.width / 2);
  // The axis shows where the compression starts.
  await expect(timeline(page).locator('.axis-break')).toHaveCount(1);
});

test('options keep their names and sit over their marks; key options describe their moment', async ({ page }) => {
  await open(page);
  const option = timeline(page).locator('[role="option"][data-event-id="mavi-marmara-raid"]');
  await expect(option).toHaveAccessibleName(/^31 May 2010: /);
  await expect(option).toHaveAccessibleDescription(/nine activists dead/);
  // The label's leader starts under the label and drops to the mark: the option is under the label's anchor.
  const label = await chartLabels(page).locator('[data-label-for="mavi-marmara-raid"]').boundingBox();
  const box = await option.boundingBox();
  expect(box!.y).toBeGreaterThan(label!.y + label!.height);
  expect(Math.abs(box!.x + box!.width / 2 - (label!.x + 2))).toBeLessThan(label!.width + 2);
});

test('zoomed in on 1949–1960, the period’s events are still labelled, and the scale is linear there', async ({ page }) => {
  await open(page, './#event=suez-downgrade&window=1949-01-01,1960-12-31');
  const labels = chartLabels(page);
  // Recognition (a key moment), the Suez downgrade and the Ben-Gurion–Menderes meeting.
  for (const id of ['turkey-recognises-israel', 'suez-downgrade', 'periphery-pact']) {
    await expect(timeline(page).locator(`[role="option"][data-event-id="${id}"]`)).toBeAttached();
    await expect(labels.locator(`[data-label-for="${id}"]`)).toBeVisible();
  }
  await expect(timeline(page).locator('.axis-break')).toHaveCount(0);
});

test('the keyboard walks through the key moments, each announced with its annotation', async ({ page }) => {
  await open(page);
  const first = timeline(page).locator('[role="option"][data-event-id="davos-one-minute"]');
  await first.focus();
  await expect(first).toBeFocused();
  await expect(first).toHaveAccessibleDescription(/Davos/);
  for (let step = 0; step < 12; step++) await page.keyboard.press('ArrowRight');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('data-event-id', /.+/);
  // Wherever the arrows land, the option is the one drawn there and the chart stayed labelled.
  await expect(chartLabels(page).locator('[data-label-for="gantz-visits-ankara"]')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })).toBeVisible();
});

test('in Hebrew the chart’s labels are Hebrew', async ({ page }) => {
  await open(page, './?lang=he');
  // The region's name is Hebrew too.
  const labels = page.locator('.chart-labels');
  await expect(labels.locator('[data-label-for="mavi-marmara-raid"]')).toHaveText(/[\u0590-\u05FF]/);
  await expect(labels.locator('[data-label-for="mavi-marmara-raid"]')).toHaveAttribute('dir', 'rtl');
  await expect(labels.getByText('הקרע', { exact: true })).toBeVisible();
});

test('the text version opens with "Key moments", linking to each', async ({ page }) => {
  await open(page);
  const list = page.getByRole('region', { name: 'Key moments' });
  await expect(list.getByRole('link')).toHaveCount(10);
  const link = list.getByRole('link', { name: /Mavi Marmara/ });
  await expect(link).toHaveAttribute('href', '#text-event-mavi-marmara-raid');
  await expect(page.locator('#text-event-mavi-marmara-raid')).toBeAttached();
});

test('a story of 20,000 events with a focus period reaches ready with the focus axis', async ({ page }) => {
  test.slow();
  const files = syntheticStory(20_000);
  const story = { ...files['story.json'], focus: ['2008'] };
  await page.route('**/data/*.json', async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    const body = name === 'story.json' ? story : files[name as keyof typeof files];
    if (body) await route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) });
    else await route.continue();
  });
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', '', { timeout: 30_000 });
  await expect(page.locator('[data-filter-count]')).toHaveText('20000 of 20000 events', { timeout: 30_000 });
  await expect(timeline(page).locator('.axis-break')).toHaveCount(1);
  await expect(chartLabels(page)).toBeAttached();
});
