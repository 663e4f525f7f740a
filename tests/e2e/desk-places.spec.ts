/**
 * The editors' desk beyond the events (issue 20): a place's coordinates typed, with the
 * order spelt out and a swap caught, or set by clicking the small map or with the arrow
 * keys; a new place added; issues and eras edited; a preview in a second tab that follows
 * the edits; a hostile name shown as text.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { BASEMAP_EXTENT } from '../../src/lib/map/extent.ts';
import { placeMapFrame } from '../../src/lib/desk/place-map.ts';
import { syntheticStory } from '../../scripts/synthetic-story.ts';
import { axeViolations, describeViolations } from './axe.ts';
import { test, expect } from './fixtures.ts';
import { dropFiles } from './drop-files.ts';

// Each flow loads the desk, the whole story in its preview and checks the story on every edit.
test.describe.configure({ timeout: 90_000 });

const PLACES = readFileSync('data/places.json', 'utf8');
const PUBLISHED_EVENTS = (JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: unknown[] }).events.length;
/** The placing map's own size, in its viewBox units (PlaceMap.svelte). */
const MAP = { width: 480, height: 300 };

/** The story in a preview: a document of its own, in the preview's frame. */
const previewStory = (page: Page) => page.getByRole('region', { name: 'Preview' }).locator('iframe').contentFrame();

async function openDesk(page: Page) {
  await page.goto('edit.html');
  await expect(previewStory(page).getByRole('heading', { level: 1 })).toHaveText(/Turkey and Israel/);
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText('No errors');
}

async function openPlace(page: Page, name: string) {
  await page.getByRole('region', { name: 'Places' }).getByRole('button', { name, exact: true }).click();
  return page.getByRole('region', { name: /^Edit place \d+: / });
}

const longitude = (form: ReturnType<Page['getByRole']>) => form.getByRole('textbox', { name: /^Longitude \(east–west\)/ });
const latitude = (form: ReturnType<Page['getByRole']>) => form.getByRole('textbox', { name: /^Latitude \(north–south\)/ });

test('a place typed with longitude and latitude swapped is caught in its form; typed right, the download has the new coordinates', async ({
  page,
}) => {
  await openDesk(page);
  const form = await openPlace(page, 'Athens');
  await expect(form.getByRole('heading', { level: 2 })).toHaveText('Edit place 14: athens');
  await expect(form).toContainText('"coordinates": [23.7275, 37.9838], longitude first');

  await longitude(form).fill('37.9838');
  await latitude(form).fill('23.7275');
  await expect(form.getByRole('list', { name: 'Problems in this place' })).toContainText('Longitude and latitude look swapped');

  // A decimal comma, as a Turkish keyboard types it, is read as a decimal point.
  await longitude(form).fill('23,73');
  await latitude(form).fill('37.98');
  await latitude(form).blur();
  await expect(form.getByRole('list', { name: 'Problems in this place' })).toHaveCount(0);
  await expect(longitude(form)).toHaveValue('23.73');

  // A latitude past the pole is refused in the field, before it reaches the file.
  await latitude(form).fill('137.98');
  await expect(form).toContainText('A latitude lies between -90 and 90.');
  await latitude(form).fill('37.98');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download changed files' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('places.json');
  expect(readFileSync((await file.path())!, 'utf8')).toBe(
    PLACES.replace(
      '"coordinates": [\n        23.7275,\n        37.9838\n      ]',
      '"coordinates": [\n        23.73,\n        37.98\n      ]',
    ),
  );
});

test('the place form, its map and the lists of places, issues and eras pass axe', async ({ page }) => {
  await openDesk(page);
  const form = await openPlace(page, 'Athens');
  await expect(form.getByRole('application').locator('path.land')).toHaveAttribute('d', /^M/);
  for (const include of ['#places-13', '.lists']) {
    const violations = await axeViolations(page, { include });
    expect(violations, describeViolations(violations)).toEqual([]);
  }
});

test('the event form opens its place; a click on the small map places it, and the arrow keys move it', async ({ page }) => {
  await openDesk(page);
  await page.getByRole('region', { name: 'Events' }).getByRole('button', { name: 'Turkey recognises Israel', exact: true }).click();
  await page
    .getByRole('region', { name: /^Edit event 1:/ })
    .getByRole('button', { name: 'Ankara', exact: true })
    .click();
  const form = page.getByRole('region', { name: 'Edit place 1: ankara' });
  const map = form.getByRole('application', { name: /^Map for placing Ankara/ });
  // The map draws the base map once it has loaded.
  await expect(map.locator('path.land')).toHaveAttribute('d', /^M/);

  // Click where Jerusalem is drawn.
  const [x, y] = placeMapFrame(MAP.width, MAP.height, BASEMAP_EXTENT).project([35.2137, 31.7683]);
  const box = (await map.boundingBox())!;
  await map.click({ position: { x: (x * box.width) / MAP.width, y: (y * box.height) / MAP.height } });
  const near = async (field: ReturnType<Page['getByRole']>, expected: number) =>
    expect(Math.abs(Number(await field.inputValue()) - expected)).toBeLessThan(0.2);
  await expect(longitude(form)).not.toHaveValue('32.8597');
  await near(longitude(form), 35.2137);
  await near(latitude(form), 31.7683);

  const before = Number(await longitude(form).inputValue());
  await map.focus();
  await page.keyboard.press('ArrowRight');
  await expect(longitude(form)).toHaveValue(String(Math.round((before + 0.1) * 1e4) / 1e4));

  await expect(page.getByRole('region', { name: 'What changed' })).toContainText('places.json');
});

test('a new place is added by keyboard, and issues and eras have their forms', async ({ page }) => {
  await openDesk(page);
  const places = page.getByRole('region', { name: 'Places' });
  await places.getByRole('button', { name: 'Add a place' }).click();
  await expect(page.getByRole('heading', { name: 'Edit place 23: new-place-23' })).toBeVisible();
  const form = page.getByRole('region', { name: /^Edit place 23:/ });
  // Empty as it starts, the new place is an error the check names.
  await expect(form.getByRole('list', { name: 'Problems in this place' })).toContainText('name');
  await form.getByRole('textbox', { name: /^Id/ }).fill('mersin');
  await form.getByRole('textbox', { name: /^Name/ }).first().fill('Mersin');
  await longitude(form).fill('34.6415');
  await latitude(form).fill('36.8121');
  await latitude(form).blur();
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText('No errors');
  // Left are the warnings for its missing translations, each gone once written.
  const problems = form.getByRole('list', { name: 'Problems in this place' });
  await expect(problems).not.toContainText('Error');
  await expect(problems).toContainText('no Turkish name');
  await form.getByRole('textbox', { name: /^Name/ }).nth(1).fill('Mersin');
  await expect(problems).not.toContainText('no Turkish name');
  await expect(problems).toContainText('no Hebrew name');
  await expect(places.getByRole('button', { name: 'Mersin', exact: true })).toBeVisible();

  await expect(page.getByRole('region', { name: 'Eras' }).getByRole('button', { name: 'Add an era' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Issues' }).getByRole('button', { name: 'Add an issue' })).toBeVisible();
  await page.getByRole('region', { name: 'Eras' }).getByRole('button', { name: 'Recognition and reserve' }).click();
  const era = page.getByRole('region', { name: /^Edit era 1:/ });
  await era.getByRole('textbox', { name: /^Name/ }).first().fill('Recognition and restraint');
  await expect(era.getByRole('textbox', { name: /^Name/ }).nth(1)).toHaveValue('Tanıma ve temkin');

  await page.getByRole('region', { name: 'Issues' }).getByRole('button', { name: 'Syria and Iran' }).click();
  const issue = page.getByRole('region', { name: /^Edit issue 1:/ });
  await issue.getByRole('textbox', { name: /^Colour/ }).fill('red');
  await expect(issue.getByRole('list', { name: 'Problems in this issue' })).toContainText('#rrggbb');

  const changes = page.getByRole('region', { name: 'What changed' });
  await expect(changes).toContainText('Recognition and restraint');
  await expect(changes).toContainText('mersin');
});

test('the preview in a second tab follows the edits made in the desk, and once it is closed the desk stops sending', async ({
  page,
  context,
  pageErrors,
}) => {
  // Counts what the desk sends on its channels.
  await page.addInitScript(() => {
    const sent: string[] = [];
    const post = BroadcastChannel.prototype.postMessage;
    BroadcastChannel.prototype.postMessage = function (message: unknown) {
      sent.push(String((message as { type?: unknown }).type));
      return post.call(this, message);
    };
    Object.assign(window, { __sent: sent });
  });
  const storiesSent = () => page.evaluate(() => (window as unknown as { __sent: string[] }).__sent.filter((t) => t === 'story').length);
  await openDesk(page);
  const following = page.getByText('It follows your edits.', { exact: true });
  await expect(following).toHaveCount(0);
  const opened = context.waitForEvent('page');
  await page.getByRole('link', { name: 'Open the preview in a new tab' }).click();
  const tab = await opened;
  // The second tab is held to the same standard as the first.
  tab.on('pageerror', (error) => pageErrors.push(`preview tab pageerror: ${error.message}`));
  tab.on('console', (message) => message.type() === 'error' && pageErrors.push(`preview tab console: ${message.text()}`));
  const preview = tab.getByRole('region', { name: 'Preview' });
  await expect(previewStory(tab).getByRole('heading', { level: 1 })).toHaveText(/Turkey and Israel/);
  await expect(previewStory(tab).locator('body')).toContainText(`${PUBLISHED_EVENTS} of ${PUBLISHED_EVENTS} events`);

  await page.getByRole('button', { name: 'Add an event' }).click();
  const form = page.getByRole('region', { name: /^Edit event \d+:/ });
  await form.getByRole('textbox', { name: /^Date/ }).fill('2026-11-30');
  await form
    .getByRole('textbox', { name: /^Title/ })
    .first()
    .fill('A test event from the desk');
  await form
    .getByRole('textbox', { name: /^Summary/ })
    .first()
    .fill('It shows in the second tab.');
  await form.getByRole('combobox', { name: 'Category' }).selectOption({ index: 1 });
  await form.getByRole('button', { name: 'Add a source' }).click();
  for (const [field, value] of [
    ['Publisher', 'Desk'],
    ['Title', 'Test'],
    ['Date', '2026-11-30'],
  ])
    await form.getByRole('textbox', { name: field, exact: true }).last().fill(value!);
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText('No errors');
  await expect(previewStory(tab).locator('body')).toContainText(`${PUBLISHED_EVENTS + 1} of ${PUBLISHED_EVENTS + 1} events`);

  // The preview's widths are there too.
  await preview.getByRole('button', { name: 'Phone' }).click();
  await expect(preview.getByRole('button', { name: 'Phone' })).toHaveAttribute('aria-pressed', 'true');
  await expect(following).toBeVisible();

  // Closed, the tab says goodbye: the desk's next edit goes to no one.
  await tab.close({ runBeforeUnload: true });
  await expect(following).toHaveCount(0);
  const before = await storiesSent();
  expect(before).toBeGreaterThan(0);
  await form.getByRole('button', { name: 'Remove event' }).click();
  await expect(previewStory(page).locator('body')).toContainText(`${PUBLISHED_EVENTS} of ${PUBLISHED_EVENTS} events`);
  expect(await storiesSent()).toBe(before);
});

test('a hostile place name shows as text in the desk', async ({ page }) => {
  await openDesk(page);
  const hostile = '<img src=x onerror="window.__pwned=1">Hostile <b>place</b>';
  const form = await openPlace(page, 'Konya');
  await form.getByRole('textbox', { name: /^Name/ }).first().fill(hostile);
  await expect(page.getByRole('region', { name: 'Places' }).getByRole('button', { name: hostile })).toBeVisible();
  await expect(page.getByRole('region', { name: 'What changed' })).toContainText(hostile);
  expect(await page.locator('img[src="x"], b:text("place")').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a 20,000-event story opens: the table, a form and the problems are usable while the worker checks it and before the preview is drawn, which waits to be asked', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openDesk(page);
  const files = Object.entries(syntheticStory(20_000)).map(([name, content]) => ({ name, text: JSON.stringify(content) }));
  await page.evaluate(() => {
    const tasks: { start: number; end: number }[] = [];
    new PerformanceObserver((list) =>
      tasks.push(...list.getEntries().map((entry) => ({ start: entry.startTime, end: entry.startTime + entry.duration }))),
    ).observe({ type: 'longtask' });
    Object.assign(window, { __tasks: tasks });
    performance.clearMeasures();
  });
  await dropFiles(page, files);
  const table = page.getByRole('region', { name: 'Events' });
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(table).toContainText('(20000 of 20000)', { timeout: 120_000 });
  // Checked, the story is the preview's to draw, on the editor's word: it does not draw by itself.
  await expect(preview).toContainText('This story has 20,000 events', { timeout: 120_000 });
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText('No errors');
  await expect(preview.locator('iframe')).toHaveCount(0);

  // Meanwhile the desk is the editor's: an event opens in its form, an edit shows in the table and is checked.
  const checks = () => page.evaluate(() => performance.getEntriesByName('desk: check the story').length);
  const checked = await checks();
  await table.locator('tbody tr').first().getByRole('button').first().click();
  const form = page.getByRole('region', { name: /^Edit event \d+:/ });
  await form
    .getByRole('textbox', { name: /^Title/ })
    .first()
    .fill('Edited while the preview waits');
  await expect(table.getByRole('button', { name: 'Edited while the preview waits' })).toBeVisible();
  await expect.poll(checks, { timeout: 120_000 }).toBeGreaterThan(checked);
  await expect(preview.locator('iframe')).toHaveCount(0);

  const { tasks, check } = await page.evaluate(() => {
    const [longest] = performance
      .getEntriesByName('desk: check the story')
      .map((entry) => ({ start: entry.startTime, end: entry.startTime + entry.duration }))
      .sort((a, b) => b.end - b.start - (a.end - a.start));
    return { tasks: (window as unknown as { __tasks: { start: number; end: number }[] }).__tasks, check: longest! };
  });
  // Checked on the main thread, the check would be one task as long as itself. The task that
  // receives the answer (and redraws the preview) begins just before the check's span ends
  // and is not part of it.
  const during = tasks.filter((task) => task.start >= check.start && task.end <= check.end).map((task) => task.end - task.start);
  const longestTask = Math.max(0, ...during);
  console.log(
    `20,000 events: the check took ${(check.end - check.start).toFixed(0)} ms; the longest task meanwhile ${longestTask.toFixed(0)} ms`,
  );
  expect(longestTask).toBeLessThan((check.end - check.start) / 2);

  // Asked, the preview draws the story as the desk has it.
  await preview.getByRole('button', { name: 'Draw the preview' }).click();
  await expect(previewStory(page).locator('body')).toContainText('20000 of 20000 events', { timeout: 120_000 });
  await expect(previewStory(page).getByRole('heading', { level: 1 })).toHaveText('A synthetic story of 20000 events');
});
