/**
 * Issue 22: the timeline tells the story at a glance. The focus period gets the room, key
 * moments and every era are named in the chart as DOM text (not in buttons), and the options
 * keep their names and their places over their marks.
 */
import { test, expect } from './fixtures.ts';
import { syntheticStory } from '../../scripts/synthetic-story.ts';
import type { Locator, Page } from '@playwright/test';

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

test('the default view names the key moments and every era in the chart, outside any button', async ({ page }) => {
  await open(page);
  const labels = chartLabels(page);
  await expect(labels.locator('[data-label-for="mavi-marmara-raid"]')).toHaveText(/Mavi Marmara/);
  await expect(labels.locator('[data-label-for="gantz-visits-ankara"]')).toHaveText(/Gantz|Ankara/);
  for (const name of ['Rupture', 'The lost decade', 'Renewal']) await expect(labels.getByText(name, { exact: true })).toBeVisible();
  expect(await labels.locator('button').count()).toBe(0);

  // Every key moment in view carries its label, and no two labels in a row overlap.
  const keyOptions = timeline(page).locator('[role="option"][data-key]');
  const keyIds = await keyOptions.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-event-id')!));
  expect(keyIds.length).toBeGreaterThanOrEqual(8);
  for (const id of keyIds) await expect(labels.locator(`[data-label-for="${id}"]`)).toBeVisible();
  const boxes = await labels.locator('.label').evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return { left: box.left, right: box.right, top: Math.round(box.top) };
    }),
  );
  for (const a of boxes)
    for (const b of boxes)
      if (a !== b && a.top === b.top) expect(a.right <= b.left || b.right <= a.left, JSON.stringify([a, b])).toBe(true);
});

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
