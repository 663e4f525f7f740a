/**
 * The size budgets (issue #17), checked in every test run as fixed limits. Sizes are stable
 * from run to run where times are not, so this is the one performance check in `npm test`;
 * times are the benchmark's job (`npm run bench`, reported as ratios in docs/performance.md).
 *
 * The limits separate code, which is ours to keep small, from content, which grows with the
 * story: the prerendered text for readers without JavaScript and `data/` have limits of their
 * own, and the code's limits do not count them. A limit is raised knowingly, when the story
 * grows, and said so in the commit; never to let a code change pass.
 *
 * The preview server does not compress, so each body is gzipped here, at zlib's default
 * level (6, as the benchmark's server and most hosts). 1 KB = 1,000 bytes, as Vite reports
 * sizes: the stricter reading of the budgets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { prerenderedTextBytes, reachable } from '../../scripts/bench/sizes.ts';
import { LANGUAGES } from '../../src/lib/data/vocabulary.ts';

const KB = 1000;
const LIMIT = {
  /** JavaScript requested before the timeline is ready. What can wait for the frame after ready should. */
  jsBeforeReady: 42 * KB,
  /** Everything requested before the timeline is ready (HTML, CSS, JS, the story index), less the prerendered text. */
  allBeforeReady: 50 * KB,
  /** The bytes the prerendered text for readers without JavaScript adds to the page. */
  prerenderedText: 12 * KB,
  /**
   * The code and assets the story ships besides MapLibre: JS, CSS, the base map, embed.js and
   * the static map. Not HTML pages, data/, or the editors' desk, which the story never loads.
   */
  shippedCode: 150 * KB,
  /**
   * Everything a reader's visit transfers besides MapLibre and data/: page, code, base map. The
   * validation code is not part of it: the published data/ is the build's own, checked when it
   * was built (src/lib/data/as-built.ts).
   */
  visit: 120 * KB,
  /**
   * What one reader downloads of data/: their language and what it falls back to (English).
   * Content, not code: raised knowingly when the story grows. The build ships each language's
   * story text in a file of its own (data/i18n/), so no reader downloads the other languages.
   */
  dataPerReader: 60 * KB,
};
/** MapLibre's own code: the chunk vite.config.ts puts it in (with its CSS), and its worker. */
const MAPLIBRE_FILE = /^assets\/maplibre-(gl-worker-)?[\w-]+\.(m?js|css)$/;
/** The editors' desk (edit.html and dist/desk/): a page of its own with its own limit (tests/e2e/desk.spec.ts). */
const DESK_FILE = /^(edit\.html$|desk\/)/;
/** Files of the map, which must wait until the timeline is ready. */
const MAP_FILE = /\/assets\/(maplibre|MapView)-[\w-]+\.(m?js|css)$/;
/** data/, with each language's story text in data/i18n/. */
const DATA_FILE = /\/data\/(i18n\/)?[^/]+\.json$/;
/** The parts below the first draw, so that a visit's sum is not small by omission. */
const LATER_PARTS = [/\/data\/events\.json$/, /\/basemap\//, /\/assets\/MapView-[\w-]+\.js$/, /\/assets\/DetailsPanel-[\w-]+\.js$/];

interface Loaded {
  url: string;
  gzip: number;
  /** ms from navigation start when the request started; 0 for the page itself. */
  startTime: number;
}

const path = (url: string) => new URL(url).pathname;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const gzip = (body: Buffer | string) => gzipSync(body).length;
const isJs = (url: string) => /\.m?js$/.test(path(url));
const list = (files: Loaded[]) =>
  [...files]
    .sort((a, b) => b.gzip - a.gzip)
    .map((file) => `  ${kb(file.gzip).padStart(9)}  ${path(file.url)}`)
    .join('\n');
const sum = (files: Loaded[]) => files.reduce((total, file) => total + file.gzip, 0);
const unmeasured = (files: Loaded[]) => files.filter((file) => Number.isNaN(file.gzip)).map((file) => file.url);

/**
 * Loads the page at `url` until the map is drawn with the full story (data-map-ready waits for
 * it), and returns every response with its gzip size and when it was requested, the moment
 * `data-timeline-ready` appeared and the start of the frame after it, on the page's own clock,
 * and the page's own HTML.
 */
async function loadAndRecord(
  page: Page,
  url = './',
): Promise<{ loaded: Loaded[]; readyAt: number; frameAfterReadyAt: number; html: string }> {
  const bodies = new Map<string, Promise<number>>();
  page.on('response', (response) => {
    const url = response.url();
    if (!url.startsWith('http') || bodies.has(url)) return;
    bodies.set(
      url,
      response.body().then(gzip, () => NaN),
    );
  });
  // Installed before the page's own scripts: notes the first moment the timeline says it is ready.
  await page.addInitScript(() => {
    const record = () => {
      const root = document.documentElement;
      if (root?.hasAttribute('data-timeline-ready') && !('__timelineReadyAt' in window)) {
        Object.assign(window, { __timelineReadyAt: performance.now() });
        // The start of the frame that shows the timeline.
        requestAnimationFrame(() => Object.assign(window, { __frameAfterReadyAt: performance.now() }));
      }
    };
    new MutationObserver(record).observe(document, { attributes: true, attributeFilter: ['data-timeline-ready'], subtree: true });
  });
  const navigation = await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', '');
  // The map is drawn once the full story is in, so by then the visit has fetched data/ and the map.
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', '', { timeout: 20_000 });

  const readyAt = (await page.evaluate('window.__timelineReadyAt')) as number;
  const frameAfterReadyAt = (await page.evaluate('window.__frameAfterReadyAt')) as number;
  const entries = (await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => ({ url: entry.name, startTime: entry.startTime })),
  )) as { url: string; startTime: number }[];
  const requests = [{ url: navigation!.url(), startTime: 0 }, ...entries.filter((entry) => entry.url.startsWith('http'))];
  const loaded = await Promise.all(requests.map(async (request) => ({ ...request, gzip: (await bodies.get(request.url)) ?? NaN })));
  return { loaded, readyAt, frameAfterReadyAt, html: (await navigation!.body()).toString('utf8') };
}

// The English page and the Hebrew one (#19), whose interface messages and story index are its own.
for (const [reader, url] of [
  ['English reader', './'],
  ['Hebrew reader', './index.he.html'],
] as const)
  test(`${reader}: before the timeline is ready, at most ${LIMIT.jsBeforeReady / KB} KB of JavaScript, ${LIMIT.allBeforeReady / KB} KB in all besides the prerendered text, that text at most ${LIMIT.prerenderedText / KB} KB, and no map (gzip)`, async ({
    page,
  }) => {
    const { loaded, readyAt, html } = await loadAndRecord(page, url);
    // Requested before the timeline was ready: needed for it, or competing with it.
    const before = loaded.filter((file) => file.startTime < readyAt);
    const after = loaded.filter((file) => file.startTime >= readyAt);
    expect(unmeasured(before), 'every response before ready has a body to measure').toEqual([]);

    const js = before.filter((file) => isJs(file.url));
    // What the text for readers without JavaScript adds to the page, as gzip counts it: the page
    // with it, less the page without it (the story index shares its titles, so they count once).
    const text = prerenderedTextBytes(html);
    expect(text, 'the built page holds the prerendered text').toBeGreaterThan(0);
    const besidesText = sum(before) - text;
    console.log(
      `before the timeline is ready: JavaScript ${kb(sum(js))}, in all ${kb(besidesText)} besides the prerendered text, which adds ${kb(text)}`,
    );
    expect
      .soft(sum(js), `${reader}: JavaScript before the timeline is ready, ${kb(sum(js))}:\n${list(js)}\n`)
      .toBeLessThanOrEqual(LIMIT.jsBeforeReady);
    expect
      .soft(
        besidesText,
        `${reader}: everything before the timeline is ready, ${kb(besidesText)} besides the prerendered text (${kb(text)}):\n${list(before)}\n`,
      )
      .toBeLessThanOrEqual(LIMIT.allBeforeReady);
    expect
      .soft(text, `The prerendered text for readers without JavaScript adds ${kb(text)} to the page`)
      .toBeLessThanOrEqual(LIMIT.prerenderedText);

    expect
      .soft(
        before.filter((file) => MAP_FILE.test(file.url) || /\/basemap\//.test(file.url)).map((file) => path(file.url)),
        'map files before the timeline is ready',
      )
      .toEqual([]);
    // …and they do load afterwards: the check above is not passing because they were renamed.
    expect(after.filter((file) => /\/assets\/maplibre-[\w-]+\.js$/.test(file.url)).length, 'the MapLibre chunk, after ready').toBe(1);
    expect(after.filter((file) => /\/assets\/MapView-[\w-]+\.js$/.test(file.url)).length, 'the map chunk, after ready').toBe(1);
  });

test('what loads after the timeline waits for the frame that shows it', async ({ page }) => {
  const { loaded, frameAfterReadyAt } = await loadAndRecord(page);
  const later = [
    /\/data\/events\.json$/,
    /\/assets\/load-[\w-]+\.js$/,
    /\/assets\/DetailsPanel-[\w-]+\.js$/,
    /\/assets\/MapView-[\w-]+\.js$/,
  ];
  for (const part of later) {
    const file = loaded.find((entry) => part.test(entry.url));
    expect(file, `${part.source} was loaded`).toBeDefined();
    // Requested in the frame's wake, not in the task that marked the timeline ready, where its
    // requests and the scripts they bring held back the first sight of the timeline.
    expect(file!.startTime, `${path(file!.url)} requested after the frame that shows the timeline`).toBeGreaterThan(frameAfterReadyAt);
  }
});

test('the map comes before what lies below it: the text version and the footer render once the map is drawn', async ({ page }) => {
  // Installed before the page's own scripts. The page's prerendered text has the same section
  // until the app replaces it, which it does before the timeline is drawn: so a section seen
  // once the timeline is ready is the app's.
  await page.addInitScript(() => {
    const seen: Record<string, number> = {};
    Object.assign(window, { __seen: seen });
    const note = () => {
      const root = document.documentElement;
      if (!root?.hasAttribute('data-timeline-ready')) return;
      const now = performance.now();
      if (root.hasAttribute('data-map-ready')) seen.map ??= now;
      if (document.querySelector('#text-version')) seen.text ??= now;
      if (document.querySelector('footer.story-footer')) seen.footer ??= now;
    };
    new MutationObserver(note).observe(document, { childList: true, subtree: true, attributes: true });
  });
  await page.goto('./');
  await expect(page.getByRole('region', { name: 'The story as text' })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('footer.story-footer')).toBeAttached();
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', '', { timeout: 20_000 });
  const seen = (await page.evaluate('window.__seen')) as Record<string, number>;
  expect(seen.map, 'the map was drawn').toBeGreaterThan(0);
  expect(seen.text, 'the text version rendered after the map was drawn').toBeGreaterThanOrEqual(seen.map!);
  expect(seen.footer, 'the footer rendered after the map was drawn').toBeGreaterThanOrEqual(seen.map!);
});

test('without the map (?view=timeline) the text version does not wait for it', async ({ page }) => {
  await page.goto('./?view=timeline');
  await expect(page.getByRole('region', { name: 'The story as text' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Map' })).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-map-ready', '');
});

test('the Hebrew page draws in Hebrew from the strings it carries, and the rest of its interface text follows the timeline', async ({
  page,
}) => {
  const { loaded, frameAfterReadyAt } = await loadAndRecord(page, './index.he.html');
  await expect(page.getByRole('region', { name: 'ציר זמן' })).toBeVisible();
  const catalogue = loaded.find((entry) => /\/assets\/he-[\w-]+\.js$/.test(entry.url));
  expect(catalogue, 'the Hebrew catalogue was loaded').toBeDefined();
  expect(catalogue!.startTime, 'the Hebrew catalogue, requested after the frame that shows the timeline').toBeGreaterThan(
    frameAfterReadyAt,
  );
  // The parts that came after it speak Hebrew, not English: the map's region and the details.
  await expect(page.getByRole('region', { name: 'מפה', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Map', exact: true })).toHaveCount(0);
});

// The English page and the Hebrew one (#19), with its own prerendered text, story index and
// interface messages.
for (const [reader, url] of [
  ['English reader', './'],
  ['Hebrew reader', './index.he.html'],
] as const) {
  test(`${reader}: a visit, map and base map included, transfers at most ${LIMIT.visit / KB} KB besides MapLibre and data/ (gzip)`, async ({
    page,
  }) => {
    const { loaded } = await loadAndRecord(page, url);
    expect(unmeasured(loaded), 'every response has a body to measure').toEqual([]);
    for (const part of LATER_PARTS)
      expect(
        loaded.some((file) => part.test(file.url)),
        `${part.source} was loaded`,
      ).toBe(true);
    // The published data/ is the build's own, checked when it was built: the page does not check it again.
    expect(
      loaded.filter((file) => /\/assets\/(validate|scan-json)-[\w-]+\.js$/.test(file.url)).map((file) => path(file.url)),
      'validation code, for data/ the build checked',
    ).toEqual([]);
    const ours = loaded.filter((file) => !MAPLIBRE_FILE.test(path(file.url).replace(/^\//, '')) && !DATA_FILE.test(path(file.url)));
    console.log(`a visit besides MapLibre and data/: ${kb(sum(ours))}`);
    expect(sum(ours), `A visit besides MapLibre and data/, ${kb(sum(ours))}:\n${list(ours)}\n`).toBeLessThanOrEqual(LIMIT.visit);
  });
}

for (const language of LANGUAGES)
  test(`a reader in ${language} downloads at most ${LIMIT.dataPerReader / KB} KB of data/, their language’s text and no other (gzip)`, async ({
    page,
  }) => {
    // Each language's own page: index.html for English, index.he.html for Hebrew…
    const { loaded } = await loadAndRecord(page, language === 'en' ? './' : `./index.${language}.html`);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const data = loaded.filter((file) => DATA_FILE.test(path(file.url)));
    expect(unmeasured(data), 'every data file has a body to measure').toEqual([]);
    expect(
      data.some((file) => /\/data\/events\.json$/.test(file.url)),
      'the events were loaded',
    ).toBe(true);
    const languageFiles = data.map((file) => /\/data\/i18n\/(\w+)\.json$/.exec(path(file.url))?.[1]).filter(Boolean);
    expect(languageFiles, 'the story text of the reader’s language only').toEqual(language === 'en' ? [] : [language]);
    console.log(`data/ for a reader in ${language}: ${kb(sum(data))} in ${data.length} files`);
    expect(sum(data), `data/ for a reader in ${language}, ${kb(sum(data))}:\n${list(data)}\n`).toBeLessThanOrEqual(LIMIT.dataPerReader);
  });

test(`the code and assets the story ships besides MapLibre are at most ${LIMIT.shippedCode / KB} KB (gzip)`, () => {
  const root = dirname(test.info().config.configFile!);
  const dist = join(root, process.env.PW_DIST ? relative(root, process.env.PW_DIST) : 'dist');
  const names = listFiles(dist).map((file) => relative(dist, file).split(sep).join('/'));
  expect(names, `a build in ${dist}`).toContain('index.html');
  // The editors' desk is a page of its own: the chunks only it reaches are not the story's.
  const pages = names.filter((name) => name.endsWith('.html'));
  const chunks = names.filter((name) => name.startsWith('assets/'));
  const textOf = (name: string) => (/\.(html|m?js|css)$/.test(name) ? readFileSync(join(dist, name), 'utf8') : '');
  const story = reachable(['index.html'], textOf, chunks);
  const otherPages = reachable(
    pages.filter((name) => name !== 'index.html'),
    textOf,
    chunks,
  );
  const deskOnly = new Set([...otherPages].filter((name) => !story.has(name)));

  const files: Loaded[] = names
    .filter(
      (name) =>
        !name.endsWith('.map') &&
        !name.endsWith('.html') &&
        !name.startsWith('data/') &&
        !MAPLIBRE_FILE.test(name) &&
        !DESK_FILE.test(name) &&
        !deskOnly.has(name),
    )
    .map((name) => ({ url: `file:///${name}`, gzip: gzip(readFileSync(join(dist, name))), startTime: 0 }));
  for (const part of [/\/embed\.js$/, /\/basemap\//, /\/story-map\.svg$/, /\/assets\/index-[\w-]+\.js$/])
    expect(
      files.some((file) => part.test(file.url)),
      `${part.source} is counted`,
    ).toBe(true);
  console.log(
    `the code and assets shipped besides MapLibre: ${kb(sum(files))}` +
      (deskOnly.size ? ` (not counting ${deskOnly.size} files only the other pages reach: ${[...deskOnly].join(', ')})` : ''),
  );
  expect(sum(files), `The code and assets in ${dist} besides MapLibre, ${kb(sum(files))}:\n${list(files)}\n`).toBeLessThanOrEqual(
    LIMIT.shippedCode,
  );
});

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
