/**
 * The editors' desk (edit.html, issue 20): an editor drops a file, sees the problem where
 * check:data would put it, fixes it in the form and downloads the fixed file; opened text is
 * shown as text; the desk runs under the story's CSP; the story page loads none of its code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../scripts/csp.ts';
import { test, expect } from './fixtures.ts';
import { dropFiles } from './drop-files.ts';

/** The published story's events, as the desk opens them. */
const PUBLISHED_EVENTS = (JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: unknown[] }).events.length;

// Each flow loads the desk, the whole story in its preview and the map, and validates the
// story on every edit: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

const KB = 1000;
/** Issue 20: the desk's code, besides MapLibre, at most 150 KB gzip, every file of it counted. */
const DESK_BUDGET = 150 * KB;
const EVENTS = readFileSync('data/events.json', 'utf8');
const TITLE = '"title": "Turkey recognises Israel"';
const EDITED_TITLE = '"title": "Turkey recognises Israel, the first Muslim-majority state to do so"';

/** The story in the desk's preview: a document of its own, in the preview's frame. */
const previewStory = (page: Page) => page.getByRole('region', { name: 'Preview' }).locator('iframe').contentFrame();

async function openDesk(page: Page) {
  await page.goto('edit.html');
  await expect(previewStory(page).getByRole('heading', { level: 1 })).toHaveText(/Turkey and Israel/);
  await expect(page.getByRole('region', { name: 'Events' }).locator('tbody tr')).toHaveCount(PUBLISHED_EVENTS);
}

test('a misspelt place in a dropped file is shown where it is, the story stays, the form fixes it, and the download is the fixed file', async ({
  page,
}) => {
  await openDesk(page);
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems.getByRole('listitem')).toHaveCount(0);

  // The first event's first place, "ankara", misspelt (at column 9 of its line), and its title edited.
  const misspelt = EVENTS.replace('"ankara",', '"ankra",').replace(TITLE, EDITED_TITLE);
  const line = misspelt.split('\n').indexOf('        "ankra",') + 1;
  expect(line).toBeGreaterThan(0);
  await dropFiles(page, [{ name: 'events.json', text: misspelt }]);

  const problem = problems.getByRole('listitem');
  await expect(problem).toHaveCount(1);
  await expect(problem).toHaveText(
    new RegExp(
      `^events\\.json:${line}:9 events\\[0\\]\\.places\\[0\\] \\(id "turkey-recognises-israel"\\): unknown place "ankra".*Did you mean "ankara"\\?`,
    ),
  );

  // The rest of the story shows, the edited title included.
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(previewStory(page).locator('body')).toContainText(`${PUBLISHED_EVENTS} of ${PUBLISHED_EVENTS} events`);
  await expect(preview.getByText(/A file cannot be used at all/)).toHaveCount(0);
  // The story's own notice says what it does without: a reference, not the event.
  await expect(previewStory(page).locator('[data-data-notice] summary')).toHaveText(
    'One reference to places.json was left out; its entry still shows.',
  );
  await expect(page.getByRole('region', { name: 'What changed' })).toContainText(
    'title "Turkey recognises Israel" → "Turkey recognises Israel, the first Muslim-majority state to do so"',
  );

  await problem.getByRole('link').click();
  const form = page.getByRole('region', { name: /^Edit event 1:/ });
  await expect(form.getByRole('checkbox', { name: '"ankra" (not in places.json)' })).toBeChecked();
  await form.getByRole('button', { name: 'Use "ankara" instead' }).click();
  await expect(form.getByRole('checkbox', { name: 'Ankara (ankara)' })).toBeChecked();
  await expect(problems.getByRole('listitem')).toHaveCount(0);
  await expect(problems).toContainText('No errors');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download changed files' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('events.json');
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text).toBe(EVENTS.replace(TITLE, EDITED_TITLE));

  // Undo brings the misspelling back; redo fixes it again.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(problems.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(problems.getByRole('listitem')).toHaveCount(0);
});

test('"Desktop" previews the story in a 1280 px window scaled to fit, where the map is beside the timeline and the marks take clicks; "Phone" in a narrow one', async ({
  page,
}) => {
  await openDesk(page);
  const preview = page.getByRole('region', { name: 'Preview' });
  const frame = preview.locator('iframe');
  const story = previewStory(page);
  const innerWidth = async () => (await (await frame.elementHandle())!.contentFrame())!.evaluate(() => innerWidth);
  const boxes = async () => ({
    timeline: (await story.getByRole('region', { name: 'Timeline', exact: true }).boundingBox())!,
    map: (await story.getByRole('region', { name: 'Map', exact: true }).boundingBox())!,
  });

  await expect(preview.getByRole('button', { name: 'Desktop' })).toHaveAttribute('aria-pressed', 'true');
  expect(await innerWidth()).toBe(1280);
  // Drawn at a reader's size, then scaled down: it fits the desk's column, in proportion.
  const shown = (await frame.boundingBox())!;
  const column = (await preview.boundingBox())!;
  expect(shown.width).toBeLessThanOrEqual(column.width);
  expect(shown.width).toBeLessThan(1280);
  expect(shown.height / shown.width).toBeCloseTo(800 / 1280, 2);
  const desktop = await boxes();
  expect(desktop.map.x).toBeGreaterThanOrEqual(desktop.timeline.x + desktop.timeline.width - 1);
  expect(desktop.map.y).toBeLessThan(desktop.timeline.y + desktop.timeline.height);

  // Clicks land where they are aimed through the scaling: the event clicked is the one selected.
  const option = story.getByRole('region', { name: 'Timeline' }).getByRole('option').nth(3);
  await option.click();
  await expect(option).toHaveAttribute('aria-selected', 'true');

  await preview.getByRole('button', { name: 'Phone' }).click();
  await expect.poll(innerWidth).toBe(375);
  await expect(preview.getByRole('button', { name: 'Phone' })).toHaveAttribute('aria-pressed', 'true');
  const phone = await boxes();
  expect(phone.map.y).toBeGreaterThanOrEqual(phone.timeline.y + phone.timeline.height - 1);
});

test('events go out to a spreadsheet and back: a bad date is located by row and column, a good file replaces the events', async ({
  page,
}) => {
  await openDesk(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export events.csv' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8');
  expect(csv.startsWith('\uFEFFid,date,end,title,')).toBe(true);

  const importer = page.getByLabel('Import events.csv');
  await importer.setInputFiles({ name: 'events.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.replace('1949-03-28', '5/6/1949')) });
  const problems = page.getByRole('region', { name: 'Problems' }).getByRole('listitem');
  await expect(problems.first()).toHaveText(/^events\.csv:2:2 row 2, column date \(id "turkey-recognises-israel"\): "5\/6\/1949" could be/);
  await expect(
    page.getByRole('region', { name: 'Events' }).getByRole('button', { name: 'Turkey recognises Israel', exact: true }),
  ).toBeVisible();

  await importer.setInputFiles({
    name: 'events.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv.replace('Turkey recognises Israel,', 'Turkey recognises Israel in 1949,')),
  });
  await expect(problems).toHaveCount(0);
  await expect(
    page.getByRole('region', { name: 'Events' }).getByRole('button', { name: 'Turkey recognises Israel in 1949' }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'What changed' })).toContainText(
    'title "Turkey recognises Israel" → "Turkey recognises Israel in 1949"',
  );
});

test('where the browser allows it, the changed files are saved straight into the folder the editor picks', async ({ page }) => {
  // A stand-in for the folder picker's dialog, which a headless browser cannot answer.
  await page.addInitScript(() => {
    const written: Record<string, string> = {};
    Object.assign(window, {
      __written: written,
      showDirectoryPicker: async () => ({
        name: 'data',
        getFileHandle: async (name: string) => ({
          createWritable: async () => ({ write: async (text: string) => void (written[name] = text), close: async () => {} }),
        }),
      }),
    });
  });
  await openDesk(page);
  await dropFiles(page, [{ name: 'events.json', text: EVENTS.replace(TITLE, EDITED_TITLE) }]);
  await page.getByRole('button', { name: 'Save into the data folder…' }).click();
  await expect(page.getByRole('status').first()).toHaveText('Saved events.json into the folder "data".');
  expect(await page.evaluate(() => (window as unknown as { __written: Record<string, string> }).__written)).toEqual({
    'events.json': EVENTS.replace(TITLE, EDITED_TITLE),
  });
});

test('a hostile title in an opened file shows as text, never as markup', async ({ page }) => {
  await openDesk(page);
  const hostile = '<img src=x onerror="window.__pwned=1">Hostile <b>title</b>';
  const events = JSON.parse(EVENTS) as { events: { title: string }[] };
  events.events[0]!.title = hostile;
  await dropFiles(page, [{ name: 'events.json', text: JSON.stringify(events, null, 2) + '\n' }]);
  await expect(page.getByRole('region', { name: 'Events' }).getByRole('button', { name: hostile })).toBeVisible();
  await expect(page.getByRole('region', { name: 'What changed' })).toContainText(hostile);
  expect(await page.locator('img[src="x"], b:text("title")').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a file over 20 MB or nested too deeply is refused with an error, and the desk stays usable', async ({ page }) => {
  await openDesk(page);
  await page.evaluate(() => {
    const big = new File([new Uint8Array(21 * 1024 * 1024)], 'events.json');
    const deep = new File(['['.repeat(5000) + ']'.repeat(5000)], 'places.json');
    const data = new DataTransfer();
    data.items.add(big);
    data.items.add(deep);
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  const problems = page.getByRole('region', { name: 'Problems' }).getByRole('listitem');
  await expect(problems).toHaveCount(2);
  await expect(problems.nth(0)).toHaveText(/^events\.json:1:1 .*21\.0 MB; the desk opens files up to 20 MB/);
  await expect(problems.nth(1)).toHaveText(/^places\.json:1:1 .*nested more than 64 levels/);
  await expect(page.getByRole('region', { name: 'Events' }).locator('tbody tr')).toHaveCount(PUBLISHED_EVENTS);
});

test('the desk is served under the same strict CSP as the story', async ({ page }) => {
  const response = await page.goto('edit.html');
  expect(response!.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText('No errors');
});

test(`the story page loads nothing of the desk, and the desk's own code besides MapLibre is at most ${DESK_BUDGET / KB} KB (gzip)`, async ({
  page,
}) => {
  const root = dirname(test.info().config.configFile!);
  const dist = join(root, process.env.PW_DIST ? relative(root, process.env.PW_DIST) : 'dist');
  const deskFiles = ['edit.html', ...readdirSync(join(dist, 'desk')).map((name) => `desk/${name}`)];
  // Source maps (a build with --sourcemap) are for DevTools, never loaded by the page.
  const ownCode = deskFiles.filter((name) => !/maplibre/.test(name) && !name.endsWith('.map'));
  const size = ownCode.reduce((sum, name) => sum + gzipSync(readFileSync(join(dist, name))).length, 0);
  console.log(`the desk besides MapLibre: ${(size / KB).toFixed(1)} KB`);
  expect(size).toBeLessThanOrEqual(DESK_BUDGET);

  const requested: string[] = [];
  const scripts: Promise<string>[] = [];
  page.on('response', (response) => {
    requested.push(new URL(response.url()).pathname);
    if (/\.m?js$/.test(response.url())) scripts.push(response.text());
  });
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', '');
  // Everything a visit loads, the map included.
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', '', { timeout: 20_000 });
  expect(requested.filter((path) => /\/desk\/|edit/.test(path))).toEqual([]);
  for (const body of await Promise.all(scripts)) expect(body).not.toContain('Download changed files');
});
