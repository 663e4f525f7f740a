/**
 * The map in time and without knots (issue 18): the timeline's window sets each place's
 * count and dimming without moving the camera, the map says what it shows, and clusters open
 * by keyboard into named place buttons, on the interactive map and on the static one.
 */
import { withoutWebGL } from '../../scripts/chromium.ts';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const map = (page: Page) => page.getByRole('region', { name: 'Map', exact: true });
const mapReady = (page: Page) => expect(page.locator('html')).toHaveAttribute('data-map-ready', '', { timeout: 20_000 });
const LOST_DECADE = '#window=2009-01-01,2013-12-31';

/** Each place's events in whole years [from, to], straight from data/events.json (the window's years are whole). */
async function countsInYears(request: APIRequestContext, from: number, to: number): Promise<Map<string, number>> {
  const { events } = (await (await request.get('./data/events.json')).json()) as {
    events: { date: string; end?: string; places: string[] }[];
  };
  const counts = new Map<string, number>();
  for (const event of events) {
    const start = Number(event.date.slice(0, 4));
    const end = Number((event.end ?? event.date).slice(0, 4));
    if (start > to || end < from) continue;
    for (const place of new Set(event.places)) counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  return counts;
}

/** Every place button in the Map region: id, count, dimmed, and where it is drawn. */
async function placeButtons(page: Page) {
  return map(page)
    .locator('button[data-place-id]')
    .evaluateAll((buttons) =>
      buttons.map((button) => ({
        id: button.getAttribute('data-place-id')!,
        count: Number(button.getAttribute('data-events-in-window')),
        dimmed: button.classList.contains('dimmed'),
        transform: (button as HTMLElement).style.transform,
        name: button.getAttribute('aria-label') ?? '',
      })),
    );
}

const clusterWith = (page: Page, name: string): Locator =>
  map(page)
    .locator('button[data-cluster-id]')
    .filter({ has: page.locator(`xpath=self::*[contains(@aria-label, "${name}")]`) });

for (const webgl of [true, false]) {
  const label = webgl ? 'interactive map' : 'static map';

  test(`${label}: #window=2009-01-01,2013-12-31 sets counts and dimming, and leaves the camera where it was`, async ({ page, request }) => {
    if (!webgl) await withoutWebGL(page);
    const expected = await countsInYears(request, 2009, 2013);
    const { places } = (await (await request.get('./data/places.json')).json()) as { places: { id: string; name: string }[] };
    const nameOf = new Map(places.map((place) => [place.id, place.name]));
    await page.goto('./');
    await mapReady(page);
    const before = await placeButtons(page);
    expect(before.length).toBeGreaterThan(0);
    // The whole story: Ankara counts every one of its events.
    const ankaraBefore = before.find((button) => button.id === 'ankara')!;
    expect(ankaraBefore.count).toBeGreaterThan(expected.get('ankara')!);

    await page.evaluate((hash) => (location.hash = hash), LOST_DECADE);
    const ankara = map(page).locator('[data-place-id="ankara"]');
    await expect(ankara).toHaveAttribute('data-events-in-window', String(expected.get('ankara')));
    await expect(ankara).toHaveAccessibleName(`Ankara, ${expected.get('ankara')} events in 2009–2013`);

    const after = await placeButtons(page);
    for (const button of after) {
      const count = expected.get(button.id) ?? 0;
      expect(button.count, button.id).toBe(count);
      // A place with nothing in the decade recedes, unless the selection is about it.
      if (count > 0) expect(button.dimmed, button.id).toBe(false);
      // Named by the place first, then its count in the period.
      expect(button.name, button.id).toBe(
        `${nameOf.get(button.id)}, ${count === 0 ? 'no' : count} event${count === 1 ? '' : 's'} in 2009–2013`,
      );
    }
    expect(after.some((button) => button.dimmed)).toBe(true);
    // The camera did not move: every place is drawn where it was.
    expect(Object.fromEntries(after.map((b) => [b.id, b.transform]))).toEqual(
      Object.fromEntries(before.filter((b) => after.some((a) => a.id === b.id)).map((b) => [b.id, b.transform])),
    );
    await expect(page.locator('[data-announcer]')).toHaveText(/^Map: Ankara and \d+ other places?, 2009–2013$/);
  });
}

test('interactive map: a cluster opens by keyboard, zooming in until its places are named place buttons', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  const jerusalem = map(page).locator('button[data-place-id="jerusalem"]');
  await expect(jerusalem).toHaveCount(0);
  // Each Enter zooms to the cluster holding Jerusalem, until it has a button of its own. Without
  // motion the camera jumps, so the old cluster is gone as soon as the map has moved.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (let tries = 0; tries < 4 && (await jerusalem.count()) === 0; tries++) {
    const cluster = clusterWith(page, 'Jerusalem');
    await expect(cluster).toHaveAccessibleName(/^\d+ places: .*Jerusalem/);
    const id = (await cluster.getAttribute('data-cluster-id'))!;
    await cluster.focus();
    await page.keyboard.press('Enter');
    await expect(map(page).locator(`[data-cluster-id="${id}"]`)).toHaveCount(0);
  }
  await expect(jerusalem).toHaveAccessibleName(/^Jerusalem, \d+ events? in /);
  // Markers' hit areas never overlap.
  const boxes = await map(page)
    .locator('button[data-place-id], button[data-cluster-id]')
    .evaluateAll((buttons) => buttons.filter((b) => b.checkVisibility()).map((b) => b.getBoundingClientRect().toJSON()));
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      expect(a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5).toBe(true);
});

test('static map: a cluster opens by keyboard into named place buttons, and Escape closes it', async ({ page }) => {
  await withoutWebGL(page);
  await page.goto('./');
  await mapReady(page);
  const cluster = clusterWith(page, 'Jerusalem');
  await expect(cluster).toHaveAccessibleName(/^\d+ places: .*Jerusalem/);
  const members = ((await cluster.getAttribute('aria-label'))!.split(': ')[1] ?? '').split(', ');
  expect(members).toEqual(expect.arrayContaining(['Jerusalem', 'Tel Aviv', 'Haifa', 'Gaza Strip', 'West Bank']));
  await cluster.focus();
  await page.keyboard.press('Enter');
  await expect(cluster).toHaveAttribute('aria-expanded', 'true');
  const fan = map(page).getByRole('group', { name: /places:/ });
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const name of members) await expect(fan.getByRole('button', { name: new RegExp(`^${escape(name)}, `) })).toBeVisible();
  // The first place has the focus; Tab walks the others.
  await expect(fan.getByRole('button').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(fan).toHaveCount(0);
  await expect(cluster).toBeFocused();
  // Opened again and a place chosen: it is selected.
  await page.keyboard.press('Enter');
  await fan.getByRole('button', { name: /^Jerusalem, / }).click();
  await expect(page).toHaveURL(/place=jerusalem/);
  await expect(page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText('Jerusalem');
});

test('the place card lists the period’s events first, then how many more lie outside it', async ({ page, request }) => {
  const expected = await countsInYears(request, 2009, 2013);
  const all = await countsInYears(request, 0, 9999);
  await page.goto(`./#place=ankara&${LOST_DECADE.slice(1)}`);
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.locator('[data-in-period]')).toHaveText(`${expected.get('ankara')} events in 2009–2013`);
  const outside = all.get('ankara')! - expected.get('ankara')!;
  await expect(details.locator('[data-outside-period] summary')).toHaveText(`${outside} more outside this period`);
});
