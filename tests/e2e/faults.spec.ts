/**
 * Faults injected into the data requests: each file of data/ missing, failing, stalled or cut
 * short. Whatever happens, what the reader had stays on screen and the page says what is
 * missing. The page's own clock is faked (page.clock) so the stall and backoff waits pass at
 * once, with the production timings.
 */
import type { Page, Route } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const DATA_FILES = [
  'story.json',
  'events.json',
  'categories.json',
  'eras.json',
  'themes.json',
  'relations.json',
  'places.json',
  'regions.json',
  'lines.json',
];
/** Without these there is no full story: the index stays, with a notice and "Try again". */
const ESSENTIAL = ['story.json', 'events.json', 'categories.json'];
const MAP_ONLY = ['places.json', 'regions.json', 'lines.json'];

type Fault = '404' | '500' | 'stalled' | 'truncated';
const FAULTS: Fault[] = ['404', '500', 'stalled', 'truncated'];

/** What the notice says for each fault, once the last try has failed (or the file was read). */
const SAYS: Record<Fault, RegExp> = {
  '404': /the server answered 404.*tried 3 times/,
  '500': /the server answered 500.*tried 3 times/,
  stalled: /nothing arrived for 5 s.*tried 3 times/,
  truncated: /not valid JSON|ends too early|unexpected end/i,
};

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });

/** Serves `file` with the fault; a stalled request is never answered. */
async function inject(page: Page, file: string, fault: Fault) {
  await page.route(`**/data/${file}`, async (route: Route) => {
    if (fault === '404') return route.fulfill({ status: 404, body: 'not found' });
    if (fault === '500') return route.fulfill({ status: 500, body: 'server error' });
    if (fault === 'stalled') return; // Never answered: the page gives up on its own clock.
    const response = await route.fetch();
    const body = await response.text();
    return route.fulfill({ response, body: body.slice(0, Math.floor(body.length / 2)) });
  });
}

/** Moves the page's clock on until `done` holds: the retries' pauses and stall timers pass at once. */
async function runClockUntil(page: Page, done: () => Promise<boolean>) {
  await expect
    .poll(
      async () => {
        if (await done()) return true;
        // A jump, not a run: frames in between are not drawn one by one.
        await page.clock.fastForward(3000);
        return done();
      },
      { timeout: 30_000 },
    )
    .toBe(true);
}

test.beforeEach(async ({ page }) => {
  // Each test waits for a chain of requests and retries, on a machine that may be busy.
  test.slow();
  await page.clock.install();
});

for (const file of DATA_FILES) {
  for (const fault of FAULTS) {
    test(`${file} ${fault}: what is drawn stays and the page says what is missing`, async ({ page, pageErrors }) => {
      await inject(page, file, fault);
      await page.goto('./');
      // The timeline from the page's index is there first, and stays.
      await expect(timeline(page).getByRole('option').first()).toBeVisible();
      const notice = page.locator('[data-load-notice]');
      if (ESSENTIAL.includes(file)) {
        const retry = notice.getByRole('button', { name: 'Try again' });
        await runClockUntil(page, () => retry.isVisible());
        await expect(notice).toContainText('The full story could not be loaded');
        await expect(notice).toContainText(`data/${file}`);
        await expect(notice).toContainText(SAYS[fault]);
      } else if (file === 'lines.json' && fault === '404') {
        // An optional file an older data/ does not have: the full story, map included, without the issues' lines.
        await runClockUntil(page, async () => (await page.locator('#text-version').count()) > 0);
        await expect(notice).not.toBeAttached();
        await expect(page.locator('[data-data-notice]')).not.toBeAttached();
      } else if (MAP_ONLY.includes(file)) {
        // While the file is tried again, the notice says so; the map's note comes after the last try.
        await runClockUntil(page, async () => ((await notice.count()) > 0 ? /The map could not/.test(await notice.innerText()) : false));
        await expect(notice).toContainText(`The map could not be drawn: ${file} could not be used.`);
        // The full story replaced the index: the text version is there.
        await expect(page.locator('#text-version')).toBeAttached();
      } else {
        // A file the story can do without: the story shows, and the data notice names it.
        const dataNotice = page.locator('[data-data-notice]');
        await runClockUntil(page, () => dataNotice.isVisible());
        await expect(dataNotice).toContainText(`data/${file}`);
      }
      await expect(timeline(page).getByRole('option').first()).toBeVisible();
      expect(await timeline(page).getByRole('option').count()).toBeGreaterThan(10);
      await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
      await expect(page.locator('html')).not.toHaveAttribute('data-error');
      // The browser logs the failed responses itself; that is expected here.
      pageErrors.length = 0;
    });
  }
}

test('while a file is tried again, the page says what it is waiting for, and the timeline still works', async ({ page, pageErrors }) => {
  await inject(page, 'events.json', 'stalled');
  await page.goto('./');
  const notice = page.locator('[data-load-notice]');
  await runClockUntil(page, () => notice.isVisible());
  await expect(notice).toContainText(/Still waiting for events\.json \(try [23] of 3\)/);
  const second = timeline(page).getByRole('option').nth(1);
  await second.click();
  await expect(second).toHaveAttribute('aria-selected', 'true');
  pageErrors.length = 0;
});

test('"Try again" brings the full story once the file is back', async ({ page, pageErrors }) => {
  let broken = true;
  await page.route('**/data/events.json', (route) => (broken ? route.fulfill({ status: 500, body: 'down' }) : route.fallback()));
  await page.goto('./');
  const notice = page.locator('[data-load-notice]');
  const retry = notice.getByRole('button', { name: 'Try again' });
  await runClockUntil(page, () => retry.isVisible());
  await expect(page.locator('#text-version')).not.toBeAttached();
  broken = false;
  await retry.click();
  await expect(notice).not.toBeAttached();
  await expect(page.locator('#text-version')).toBeAttached();
  await expect(timeline(page).getByRole('option').first()).toBeVisible();
  pageErrors.length = 0;
});

test('with nothing to show, the error panel offers "Try again", which recovers', async ({ page, pageErrors }) => {
  let broken = true;
  // Turkish has no story index in the page: without events.json there is nothing to draw.
  await page.route('**/data/events.json', (route) => (broken ? route.fulfill({ status: 404, body: 'gone' }) : route.fallback()));
  await page.goto('./?lang=tr');
  const retry = page.getByRole('button', { name: 'Yeniden dene' });
  await runClockUntil(page, () => retry.isVisible());
  await expect(page.getByRole('alert')).toContainText('data/events.json');
  await expect(page.locator('html')).toHaveAttribute('data-error', '');
  broken = false;
  await retry.click();
  await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', '');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-error');
  pageErrors.length = 0;
});

test.describe('deep links and a stale index', () => {
  /** Serves events.json with one event more than the page's index knows, released on demand. */
  async function staleIndex(page: Page) {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/events.json', async (route) => {
      const response = await route.fetch();
      const data = (await response.json()) as { events: Record<string, unknown>[] };
      data.events.push({ ...data.events[0], id: 'added-since-the-build', title: 'An event added since the build' });
      await released;
      await route.fulfill({ response, json: data });
    });
    return release;
  }

  test('an event unknown to the index waits for the full story, the link untouched', async ({ page }) => {
    const release = await staleIndex(page);
    await page.goto('./#event=added-since-the-build');
    await expect(timeline(page).getByRole('option').first()).toBeVisible();
    await page.clock.fastForward(1000);
    expect(new URL(page.url()).hash).toBe('#event=added-since-the-build');
    release();
    await expect(page.getByRole('region', { name: 'Event details' })).toContainText('An event added since the build');
    expect(new URL(page.url()).hash).toBe('#event=added-since-the-build');
  });

  test('an event the full story does not have either is reported, then the default shows', async ({ page }) => {
    const release = await staleIndex(page);
    await page.goto('./#event=no-such-event');
    await expect(timeline(page).getByRole('option').first()).toBeVisible();
    await page.clock.fastForward(1000);
    expect(new URL(page.url()).hash).toBe('#event=no-such-event');
    release();
    await expect(page.locator('[data-load-notice]')).toContainText('The event ‘no-such-event’ in the link was not found');
    await expect(page.getByRole('region', { name: 'Event details' }).locator('h2, h3').first()).toBeVisible();
  });
});

test.describe('the data notice says what was dropped', () => {
  /** Serves events.json with one event changed as `change` says. */
  async function changeEvent(page: Page, id: string, change: (event: Record<string, unknown>) => void) {
    await page.route('**/data/events.json', async (route) => {
      const response = await route.fetch();
      const data = (await response.json()) as { events: Record<string, unknown>[] };
      change(data.events.find((event) => event.id === id)!);
      await route.fulfill({ response, json: data });
    });
  }

  test('a misspelt place is a reference left out, and its event still shows', async ({ page }) => {
    await changeEvent(page, 'gantz-visits-ankara', (event) => (event.places = ['ankaraa']));
    await page.goto('./#event=gantz-visits-ankara');
    const notice = page.locator('[data-data-notice]');
    await expect(notice.locator('summary')).toHaveText('One reference to places.json was left out; its entry still shows.');
    await notice.locator('summary').click();
    await expect(notice).toContainText('data/events.json › events');
    await expect(notice).toContainText('(id “gantz-visits-ankara”)');
    await expect(notice).toContainText('unknown place "ankaraa"');
    await expect(notice).toContainText('Did you mean "ankara"?');
    // The event itself is there, without the place.
    await expect(page.getByRole('region', { name: 'Event details' })).toContainText('Gantz in Ankara');
  });

  test('an event with an impossible date is an entry left out', async ({ page }) => {
    await changeEvent(page, 'gantz-visits-ankara', (event) => (event.date = '2022-02-30'));
    await page.goto('./');
    const notice = page.locator('[data-data-notice]');
    await expect(notice.locator('summary')).toHaveText('One entry of events.json was left out.');
    await notice.locator('summary').click();
    await expect(notice).toContainText('(id “gantz-visits-ankara”)');
    await expect(timeline(page).getByRole('option', { name: /Gantz in Ankara/ })).toHaveCount(0);
  });
});
