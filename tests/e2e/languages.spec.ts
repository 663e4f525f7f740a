/**
 * The story in Turkish, Hebrew and Arabic: the language comes from `?lang=`, else from the
 * browser, sets <html lang> and dir, can be switched in the page, formats dates with Intl,
 * names the map's places in the language and falls back to English where a translation is
 * missing.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import tr from '../../src/lib/i18n/catalogues/tr.ts';
import he from '../../src/lib/i18n/catalogues/he.ts';
import ar from '../../src/lib/i18n/catalogues/ar.ts';

interface Translated {
  id: string;
  name?: string;
  title?: string;
  date?: string;
  translations?: Record<string, { name?: string; title?: string }>;
}

async function dataFile(page: Page, name: string): Promise<Translated[]> {
  const body = await (await page.request.get(`./data/${name}.json`)).json();
  return body[name];
}

const details = (page: Page, name: string) => page.getByRole('region', { name });

for (const [language, catalogue, dir] of [
  ['he', he, 'rtl'],
  ['ar', ar, 'rtl'],
  ['tr', tr, 'ltr'],
] as const) {
  test(`?lang=${language} gives dir="${dir}" and the ${language} interface and titles`, async ({ page }) => {
    await page.goto(`./?lang=${language}`);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await expect(page.getByRole('region', { name: catalogue['timeline.region'] })).toBeVisible();
    await expect(page.getByRole('combobox', { name: catalogue['toolbar.language'] })).toHaveValue(language);
    await expect(page.getByRole('button', { name: catalogue['share.open'] })).toBeVisible();
    const story = (await (await page.request.get('./data/story.json')).json()) as Translated & {
      translations: Record<string, { title: string }>;
    };
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.translations[language]!.title);
    // The selected event's title in the details panel is the translated one.
    const events = await dataFile(page, 'events');
    const selectedId = new URL(page.url()).hash.match(/event=([\w-]+)/)?.[1] ?? 'gantz-visits-ankara';
    const selected = events.find((event) => event.id === selectedId)!;
    await expect(details(page, catalogue['details.region']).getByRole('heading', { level: 2 })).toHaveText(
      selected.translations![language]!.title!,
    );
  });
}

test('?lang=tr formats dates in Turkish', async ({ page }) => {
  await page.goto('./?lang=tr#event=gantz-visits-ankara');
  await expect(details(page, tr['details.region'])).toContainText('27 Ekim 2022');
  await expect(page.locator('header')).toContainText('Kasım 2026');
});

test('without ?lang, the browser’s preferred language is used', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'he-IL', baseURL });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'he');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await context.close();
});

test('the language can be switched in the page, and the choice goes into the link', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('region', { name: ar['timeline.region'] })).toBeVisible();
  await expect(page).toHaveURL(/lang=ar/);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await page.getByRole('combobox', { name: ar['toolbar.language'] }).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
});

test('a change of language in the link shows in the language menu', async ({ page }) => {
  await page.goto('./#event=gantz-visits-ankara');
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  await page.evaluate(() => (location.hash = 'event=gantz-visits-ankara&lang=tr'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
  await expect(page.getByRole('combobox', { name: tr['toolbar.language'] })).toHaveValue('tr');
  await page.evaluate(() => (location.hash = 'event=gantz-visits-ankara&lang=he'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'he');
  await expect(page.getByRole('combobox', { name: he['toolbar.language'] })).toHaveValue('he');
});

test('the map’s places are named in the language', async ({ page }) => {
  const places = await dataFile(page, 'places');
  const ankara = places.find((place) => place.id === 'ankara')!;
  await page.goto('./?lang=he');
  await expect(page.locator('html[data-map-ready]')).toHaveCount(1, { timeout: 20_000 });
  // Named by the place first, then its events in the period shown.
  const name = ankara.translations!.he!.name!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(page.locator('[data-place-id="ankara"]')).toHaveAccessibleName(new RegExp(`^${name}, `));
});

test('a missing translation falls back to English, field by field', async ({ page }) => {
  const file = (await (await page.request.get('./data/events.json')).json()) as { events: Translated[] };
  const target = file.events.find((event) => event.id === 'gantz-visits-ankara')!;
  delete target.translations!.tr!.title;
  await page.route('**/data/events.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(file) }));
  await page.goto('./?lang=tr#event=gantz-visits-ankara');
  await expect(details(page, tr['details.region']).getByRole('heading', { level: 2 })).toHaveText(target.title!);
  // The rest of the page stays Turkish.
  await expect(page.getByRole('region', { name: tr['timeline.region'] })).toBeVisible();
});
