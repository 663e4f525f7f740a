/**
 * The issues drawn on the map (#18, part A): the first view holds the story, an issue moves
 * the map to its geography and tints it, country names in the reader's language, and the map
 * without WebGL draws the same tints, lines and dashed disputed borders.
 */
import type { Locator, Page } from '@playwright/test';
import { withoutWebGL } from '../../scripts/chromium.ts';
import { test, expect } from './fixtures.ts';

const map = (page: Page) => page.getByRole('region', { name: 'Map', exact: true });
const filter = (page: Page) => page.getByRole('group', { name: 'Filter by issue' });
const mapReady = (page: Page) => expect(page.locator('html')).toHaveAttribute('data-map-ready', '', { timeout: 20_000 });

/**
 * A place on the map: its own button (named by the place, perhaps followed by its count), or
 * a cluster button whose name lists it ("3 places: Gaza Strip, …").
 */
function placeOrCluster(region: Locator, name: string): Locator {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return region
    .getByRole('button', { name: new RegExp(`^${escaped}(\\b|,|$)`) })
    .or(region.getByRole('button', { name: new RegExp(`^\\d+ .*: .*${escaped}`) }))
    .first();
}

/** Whether a located element's centre lies inside the map's frame (not a pointer at its edge). */
async function insideFrame(page: Page, target: Locator): Promise<boolean> {
  const frame = await map(page).locator('.frame').boundingBox();
  const box = await target.boundingBox();
  if (!frame || !box) return false;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const margin = 20;
  return x > frame.x + margin && x < frame.x + frame.width - margin && y > frame.y + margin && y < frame.y + frame.height - margin;
}

const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 740 },
];
for (const size of sizes) {
  test(`the first view holds the story at ${size.width}×${size.height}: its places and both countries named`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto('./');
    await mapReady(page);
    for (const name of ['Ankara', 'Gaza Strip', 'Damascus', 'Jerusalem', 'Jenin (Muqbila) industrial zone']) {
      const place = placeOrCluster(map(page), name);
      await expect(place, name).toBeAttached();
      expect(await insideFrame(page, place), `${name} is inside the map`).toBe(true);
    }
    for (const name of ['Turkey', 'Israel']) {
      const label = map(page).getByText(name, { exact: true });
      await expect(label).toBeVisible();
      expect(await insideFrame(page, label), `${name}'s name is inside the map`).toBe(true);
    }
  });
}

for (const { name, width, height, hash } of [
  { name: 'desktop', width: 1280, height: 800, hash: '' },
  { name: 'phone', width: 375, height: 740, hash: '' },
  { name: 'desktop, the lost decade', width: 1280, height: 800, hash: '#window=2009-01-01,2013-12-31' },
]) {
  test(`no count badge touches a country’s name or a place’s label (${name})`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(`./${hash}`);
    await mapReady(page);
    const boxes = await map(page).evaluate((region) => {
      const box = (element: Element) => ({ text: element.textContent ?? '', ...element.getBoundingClientRect().toJSON() });
      const shown = (element: Element) => element.checkVisibility() && !element.closest('.visually-hidden, .tooltip');
      return {
        badges: [...region.querySelectorAll('.count')].filter(shown).map(box),
        labels: [...region.querySelectorAll('[data-country-label], .place .label')]
          .filter((element) => shown(element) && !element.classList.contains('visually-hidden'))
          .map(box),
      };
    });
    expect(boxes.badges.length).toBeGreaterThan(0);
    for (const badge of boxes.badges)
      for (const label of boxes.labels) {
        const apart = badge.right <= label.left || label.right <= badge.left || badge.bottom <= label.top || label.bottom <= badge.top;
        expect(apart, `badge ${badge.text} and label ${label.text}`).toBe(true);
      }
  });
}

test('choosing the issue "Syria and Iran" moves the map to Syria and Iran, tints them and explains the issue', async ({ page }) => {
  // An event far from Iran first: the flotilla raid frames Turkey, Cyprus and Gaza.
  await page.goto('./#event=mavi-marmara-raid');
  await mapReady(page);
  const tehran = map(page).getByRole('button', { name: /^Tehran/ });
  await expect(map(page).getByRole('button', { name: /^Ankara/ })).toBeVisible();
  expect(await tehran.count().then((n) => (n === 0 ? false : insideFrame(page, tehran)))).toBe(false);

  await filter(page).getByRole('button', { name: 'Syria and Iran' }).click();
  await expect.poll(() => insideFrame(page, tehran), { message: 'Tehran comes into the map' }).toBe(true);
  expect(await insideFrame(page, placeOrCluster(map(page), 'Damascus'))).toBe(true);
  // Both countries stay named.
  await expect(map(page).getByText('Turkey', { exact: true })).toBeVisible();
  await expect(map(page).getByText('Israel', { exact: true })).toBeVisible();
  // The issue's explainer stands by the map, from themes.json.
  const explainer = map(page).getByRole('complementary', { name: 'The issues on the map' });
  await expect(explainer).toContainText('Syria and Iran');
  await expect(explainer).toContainText("Iran's military foothold in Syria");
  // The legend shows the issue as chosen, and choosing it there again hides it.
  const legendIssue = map(page).locator('[data-legend-issue="syria-iran"]');
  await expect(legendIssue).toHaveAttribute('aria-pressed', 'true');
  await legendIssue.click();
  await expect(filter(page).getByRole('button', { name: 'Syria and Iran' })).toHaveAttribute('aria-pressed', 'false');
  await expect(explainer).toHaveCount(0);
});

test('country names are written in the reader’s language (Hebrew)', async ({ page }) => {
  await page.goto('./?lang=he');
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', '', { timeout: 20_000 });
  const region = page.locator('section.map');
  await expect(region.locator('[data-country-label="turkey"]')).toHaveText('טורקיה');
  await expect(region.locator('[data-country-label="israel"]')).toHaveText('ישראל');
  // The map's notes say how disputed areas are drawn, in Hebrew too.
  await region.locator('summary').first().click();
  await region.getByText('על המפה הזו').click();
  await expect(region.locator('.about dd').first()).toContainText('הגדה המערבית');
});

test('without WebGL the static map draws the issues’ tints and lines and the dashed disputed borders', async ({ page }) => {
  await withoutWebGL(page);
  await page.goto('./');
  await mapReady(page);
  const svg = map(page).locator('[data-static-map]');
  await expect(svg).toBeVisible();
  // The default event's issues, lightly: Syria among the tinted countries, the pipeline drawn.
  await expect(svg.locator('path[data-tint][data-country="Syria"]')).toHaveCount(1);
  await expect(svg.locator('path[data-line="eastmed-pipeline"]')).toHaveCount(1);
  await expect(svg.locator('path[data-disputed]')).toHaveAttribute('d', /^M/);
  // Choosing an issue draws its line and tints its countries in its colour.
  await filter(page).getByRole('button', { name: 'Gaza and the Turkish hospital' }).click();
  await expect(svg.locator('path[data-line="flotilla-route-2010"]')).toHaveCount(1);
  await expect(svg.locator('path[data-country="Palestine"]')).toHaveAttribute('data-tint', '#ee3377');
  await expect(map(page).getByText('Turkey', { exact: true })).toBeVisible();
});

test('without WebGL the static map follows the camera: an issue moves it to Syria and Iran, the timeline’s window does not', async ({
  page,
}) => {
  await withoutWebGL(page);
  await page.goto('./#event=mavi-marmara-raid');
  await mapReady(page);
  await expect(map(page).locator('[data-static-map]')).toBeVisible();
  // The flotilla raid frames Turkey, Cyprus and Gaza: Tehran is off the map.
  const tehran = map(page).getByRole('button', { name: /^Tehran/ });
  expect(await tehran.count().then((n) => (n === 0 ? false : insideFrame(page, tehran)))).toBe(false);

  await filter(page).getByRole('button', { name: 'Syria and Iran' }).click();
  await expect.poll(() => insideFrame(page, tehran), { message: 'Tehran comes into the static map' }).toBe(true);
  expect(await insideFrame(page, placeOrCluster(map(page), 'Damascus'))).toBe(true);
  await expect(map(page).getByText('Turkey', { exact: true })).toBeVisible();
  await expect(map(page).getByText('Israel', { exact: true })).toBeVisible();

  // The timeline's window changes the counts, never the frame: land and places stay where they were.
  const where = () =>
    Promise.all([
      map(page).locator('[data-static-map] path.land').first().getAttribute('d'),
      tehran.evaluate((button) => (button as HTMLElement).style.transform),
    ]);
  const before = await where();
  await page.evaluate(() => (location.hash += '&window=2009-01-01,2013-12-31'));
  await expect(tehran).toHaveAccessibleName(/ in 2009–2013$/);
  expect(await where()).toEqual(before);
});
