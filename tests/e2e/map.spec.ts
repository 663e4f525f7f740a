import { withoutWebGL } from '../../scripts/chromium.ts';
import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { axeViolations as axeScan, describeViolations } from './axe.ts';

/** axe on the map region alone (through the shared helper, which works under our CSP). */
async function axeViolations(page: Page): Promise<string> {
  return describeViolations(await axeScan(page, { include: 'section[aria-label="Map"]' }));
}

async function eventIdOn(request: APIRequestContext, date: string): Promise<string> {
  const { events } = (await (await request.get('./data/events.json')).json()) as { events: { id: string; date: string }[] };
  const event = events.find((candidate) => candidate.date === date);
  if (!event) throw new Error(`data/events.json has no event dated ${date}`);
  return event.id;
}

const map = (page: Page) => page.getByRole('region', { name: 'Map', exact: true });
const mapReady = (page: Page) => expect(page.locator('html')).toHaveAttribute('data-map-ready', '', { timeout: 20_000 });

test('the map draws its data and marks the page data-map-ready', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  await expect(map(page).locator('canvas')).toBeVisible();
  await expect(map(page).getByRole('button', { name: /^Ankara, / })).toBeVisible();
  await expect(map(page).getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await expect(map(page).getByRole('button', { name: 'Show the whole region' })).toBeVisible();
  await expect(map(page).locator('.maplibregl-ctrl-scale')).toBeVisible();
  await expect(map(page).locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
});

test('selecting the Gantz visit of 27 October 2022 highlights Ankara', async ({ page, request }) => {
  const id = await eventIdOn(request, '2022-10-27');
  await page.goto(`./#event=${id}`);
  await mapReady(page);
  const ankara = map(page).getByRole('button', { name: /^Ankara, / });
  await expect(ankara).toHaveAttribute('data-highlighted', 'true');
  // Only the event's place stands out.
  await expect(map(page).locator('[data-highlighted]')).toHaveCount(1);
});

test('clicking a place selects it, lists its events and announces it', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  await map(page)
    .getByRole('button', { name: /^Ankara, / })
    .click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Ankara');
  await expect(page).toHaveURL(/place=ankara/);
  await expect(map(page).getByRole('button', { name: /^Ankara, / })).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('[data-announcer]')).toContainText('Selected place: Ankara');
});

test('clicking a place highlights its events on the timeline and fades the rest', async ({ page, request }) => {
  const { events } = (await (await request.get('./data/events.json')).json()) as { events: { id: string; places: string[] }[] };
  const atAnkara = new Set(events.filter((e) => e.places.includes('ankara')).map((e) => e.id));
  await page.goto('./');
  await mapReady(page);
  await map(page)
    .getByRole('button', { name: /^Ankara, / })
    .click();
  const options = page.getByRole('region', { name: 'Timeline' }).getByRole('option');
  await expect(options.first()).toBeAttached();
  const count = await options.count();
  let highlighted = 0;
  for (let i = 0; i < count; i++) {
    const option = options.nth(i);
    const id = (await option.getAttribute('data-event-id'))!;
    if (atAnkara.has(id)) {
      highlighted++;
      await expect(option).not.toHaveAttribute('data-faded');
    } else await expect(option).toHaveAttribute('data-faded', '');
  }
  expect(highlighted).toBeGreaterThan(0);
});

test('place markers are reachable with the keyboard and show a focus ring', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  const ankara = map(page).getByRole('button', { name: /^Ankara, / });
  await ankara.focus();
  await expect(ankara).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/place=ankara/);
});

test('axe finds no accessibility violations in the map, interactive or static', async ({ browser, baseURL }) => {
  for (const webgl of [true, false]) {
    // AxeBuilder needs a page of its own context.
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    if (!webgl) await withoutWebGL(page);
    await page.goto('./');
    await mapReady(page);
    expect(await axeViolations(page), webgl ? 'interactive map' : 'static map').toBe('');
    await context.close();
  }
});

test('places far off the map point the way to them', async ({ page }) => {
  await page.goto('./#place=washington');
  await mapReady(page);
  const washington = map(page).getByRole('button', { name: /^Washington, / });
  await expect(washington).toBeVisible();
  await expect(washington).toContainText('←');
});

test('without WebGL the static map shows, with its note, and its places still select', async ({ page }) => {
  await withoutWebGL(page);
  await page.goto('./');
  await mapReady(page);
  await expect(map(page)).toContainText('Interactive map unavailable in this browser: showing a static map.');
  await expect(map(page).locator('[data-static-map] path').first()).toBeAttached();
  await expect(map(page).locator('canvas')).toHaveCount(0);
  // Jerusalem is in the Israel–Palestine cluster at this scale: opened, its places are buttons.
  await map(page)
    .getByRole('button', { name: /^\d+ places: .*Jerusalem/ })
    .click();
  await map(page)
    .getByRole('button', { name: /^Jerusalem, / })
    .click();
  await expect(page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText('Jerusalem');
  await expect(page).toHaveURL(/place=jerusalem/);
});

test('a lost WebGL context falls back to the static map, and the map comes back when restored', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  const handle = await page.evaluateHandle(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    return gl!.getExtension('WEBGL_lose_context')!;
  });
  await handle.evaluate((extension) => extension.loseContext());
  await expect(map(page).locator('[data-static-map]')).toBeVisible();
  await expect(map(page)).toContainText('showing a static map');
  await handle.evaluate((extension) => extension.restoreContext());
  await expect(map(page).locator('[data-static-map]')).toHaveCount(0);
  await mapReady(page);
});
