/**
 * Screenshots for looking at what we build, as a reader would. They assert nothing, so they
 * are not tests: what a reader relies on is checked in tests/e2e.
 *
 *   npx tsx scripts/screenshots.ts http://127.0.0.1:4173/ out-dir [hash]
 *
 * takes the page at desktop (1280×800), phone (375×740) and embed (660 px) sizes, and the map
 * region alone (whole region, one event, and the static map drawn without WebGL), each in
 * light and dark. Motion is reduced so the map's camera jumps rather than flies: a shot is
 * taken once the page says it is drawn, not after a guessed pause.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions, withoutWebGL } from './chromium.ts';

const [base = 'http://127.0.0.1:4173/', outDir = '/tmp/shots', hash = ''] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });

const views = [
  { name: 'desktop', width: 1280, height: 800, query: '' },
  { name: 'phone', width: 375, height: 740, query: '' },
  { name: 'embed', width: 660, height: 800, query: '?embed' },
  { name: 'embed-1280', width: 1280, height: 800, query: '?embed' },
  { name: 'wide', width: 1920, height: 1080, query: '' },
  { name: 'hebrew', width: 1280, height: 800, query: '?lang=he' },
  { name: 'hebrew-phone', width: 375, height: 740, query: '?lang=he' },
];
/** Shots of the first viewport only: what a reader sees before scrolling. */
const FIRST_VIEW_ONLY = new Set(['desktop', 'embed-1280', 'wide', 'hebrew']);
/** The map alone: an event with one place (the Gantz visit to Ankara) and the story's whole region. */
const MAP_EVENT_DATE = '2022-10-27';

async function open(browser: Browser, url: string, view: { name: string; width: number; height: number }, scheme: 'light' | 'dark') {
  const page = await browser.newPage({
    viewport: { width: view.width, height: view.height },
    colorScheme: scheme,
    reducedMotion: 'reduce',
    deviceScaleFactor: 1,
  });
  page.on('pageerror', (error) => console.error(`[${view.name}] pageerror: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && console.error(`[${view.name}] console: ${message.text()}`));
  await page.goto(url);
  await page.waitForSelector('html[data-timeline-ready], html[data-error]', { timeout: 15_000 });
  await page
    .waitForSelector('html[data-map-ready]', { timeout: 20_000 })
    .catch(() => console.error(`[${view.name}] the map never said it was ready`));
  await settled(page);
  return page;
}

/** Fonts loaded and two frames drawn since: what the page shows now is what it will keep showing. */
async function settled(page: Page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

const browser = await chromium.launch(chromiumLaunchOptions);
const { events } = (await (await fetch(new URL('data/events.json', base))).json()) as { events: { id: string; date: string }[] };
const mapEvent = events.find((event) => event.date === MAP_EVENT_DATE)?.id;

for (const scheme of ['light', 'dark'] as const) {
  for (const view of views) {
    const page = await open(browser, `${base}${view.query}${hash}`, view, scheme);
    await page.screenshot({ path: `${outDir}/${view.name}-${scheme}.png`, fullPage: !FIRST_VIEW_ONLY.has(view.name) });
    if (view.name === 'desktop') await page.screenshot({ path: `${outDir}/${view.name}-${scheme}-full.png`, fullPage: true });
    await page.close();
  }
  for (const view of views.slice(0, 2)) {
    const map = (page: Page) => page.getByRole('region', { name: 'Map', exact: true });
    const page = await open(browser, `${base}${mapEvent ? `#event=${mapEvent}` : ''}`, view, scheme);
    await map(page).screenshot({ path: `${outDir}/map-${view.width}-${scheme}-event.png` });
    await map(page).getByRole('button', { name: 'Show the whole region' }).click();
    await settled(page);
    await map(page).screenshot({ path: `${outDir}/map-${view.width}-${scheme}-home.png` });
    await page.close();
  }
}
// The static map, as readers without WebGL see it, with a theme chosen so that places fade.
const staticPage = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
await withoutWebGL(staticPage);
await staticPage.goto(`${base}#themes=gaza`);
await staticPage.waitForSelector('html[data-map-ready]', { timeout: 20_000 });
await settled(staticPage);
await staticPage.getByRole('region', { name: 'Map', exact: true }).screenshot({ path: `${outDir}/map-static.png` });
await browser.close();
console.log(`screenshots in ${outDir}`);
