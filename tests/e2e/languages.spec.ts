/**
 * The story in Turkish, Hebrew and Arabic: the language comes from `?lang=`, else from the
 * page (index.he.html is the Hebrew page), else from the browser, sets <html lang> and dir,
 * can be switched in the page, formats dates with Intl, names the map's places in the
 * language and falls back to English where a translation is missing. Each reader downloads
 * their language's story text only (data/i18n/), with a note where it is not yet reviewed.
 */
import { readFileSync } from 'node:fs';
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

/**
 * The editors' file, translations inline: the built data/ ships them apart, by language
 * (split-translations.ts), and the page puts them back together.
 */
function repositoryFile<T = Translated[]>(name: string): T {
  return JSON.parse(readFileSync(`data/${name}.json`, 'utf8'))[name];
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
    const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as Translated & { translations: Record<string, { title: string }> };
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.translations[language]!.title);
    // The selected event's title in the details panel is the translated one.
    const events = repositoryFile('events');
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
  const places = repositoryFile('places');
  const ankara = places.find((place) => place.id === 'ankara')!;
  await page.goto('./?lang=he');
  await expect(page.locator('html[data-map-ready]')).toHaveCount(1, { timeout: 20_000 });
  // Named by the place first, then its events in the period shown.
  const name = ankara.translations!.he!.name!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(page.locator('[data-place-id="ankara"]')).toHaveAccessibleName(new RegExp(`^${name}, `));
});

test('a missing translation falls back to English, field by field', async ({ page }) => {
  const file = (await (await page.request.get('./data/i18n/tr.json')).json()) as {
    files: Record<string, Record<string, { title?: string }>>;
  };
  delete file.files['events.json']!['gantz-visits-ankara']!.title;
  await page.route('**/data/i18n/tr.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(file) }));
  const target = repositoryFile('events').find((event) => event.id === 'gantz-visits-ankara')!;
  await page.goto('./?lang=tr#event=gantz-visits-ankara');
  await expect(details(page, tr['details.region']).getByRole('heading', { level: 2 })).toHaveText(target.title!);
  // The rest of the page stays Turkish.
  await expect(page.getByRole('region', { name: tr['timeline.region'] })).toBeVisible();
});

interface Eventish {
  id: string;
  title: string;
  summary: string;
  translations: Record<'tr' | 'he' | 'ar', { title: string; summary: string; reviewed: boolean }>;
}
interface Era {
  id: string;
  description: string;
  translations: Record<string, { description: string }>;
}
const gantz = () => repositoryFile<Eventish[]>('events').find((event) => event.id === 'gantz-visits-ankara')!;

test('?lang=he shows the Gantz visit’s summary in Hebrew, with the note that the translation is not yet reviewed', async ({ page }) => {
  const event = gantz();
  expect(event.translations.he.reviewed, 'the Hebrew is still a draft').toBe(false);
  await page.goto('./?lang=he#event=gantz-visits-ankara');
  const panel = details(page, he['details.region']);
  await expect(panel.getByText(event.translations.he.summary)).toBeVisible();
  // Once for the card, not once per field.
  await expect(panel.getByText(he['translation.unreviewed'])).toHaveCount(1);
});

test('an English reader sees no note on translations', async ({ page }) => {
  await page.goto('./#event=gantz-visits-ankara');
  await expect(details(page, 'Event details').getByText(gantz().summary)).toBeVisible();
  await expect(page.getByText('Translation not yet reviewed')).toHaveCount(0);
});

test('?lang=tr shows the eras’ descriptions in Turkish in the text version, with one note', async ({ page }) => {
  const events = repositoryFile<{ date: string }[]>('events');
  // The text version lists the eras that have events.
  const eras = repositoryFile<(Era & { start: string; end: string })[]>('eras').filter((era) =>
    events.some((event) => event.date >= era.start && event.date <= era.end),
  );
  expect(eras.length).toBeGreaterThan(3);
  await page.goto('./?lang=tr');
  const text = page.locator('#text-version');
  for (const era of eras) {
    await expect(text.getByText(era.translations.tr!.description, { exact: true })).toHaveCount(1);
    await expect(text.getByText(era.description, { exact: true })).toHaveCount(0);
  }
  await expect(text.getByText(tr['translation.unreviewed'])).toHaveCount(1);
});

test('the Hebrew page opens in Hebrew whatever the browser’s language, as ?lang=he does on the English page', async ({ page }) => {
  const event = gantz();
  await page.goto('./index.he.html#event=gantz-visits-ankara');
  await expect(page.locator('html')).toHaveAttribute('lang', 'he');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const panel = details(page, he['details.region']);
  await expect(panel.getByText(event.translations.he.summary)).toBeVisible();
  // The byline too: the whole header is in the reader's language.
  const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as { byline: string; translations: { he: { byline: string } } };
  await expect(page.getByRole('banner').getByText(story.translations.he.byline)).toBeVisible();
  await expect(page.getByRole('banner').getByText(story.byline)).toHaveCount(0);
  const onPage = { title: await page.getByRole('heading', { level: 1 }).textContent(), card: await panel.locator('article').innerText() };

  await page.goto('./?lang=he#event=gantz-visits-ankara');
  await expect(panel.getByText(event.translations.he.summary)).toBeVisible();
  expect({ title: await page.getByRole('heading', { level: 1 }).textContent(), card: await panel.locator('article').innerText() }).toEqual(
    onPage,
  );
});

test('on the Hebrew page, the language menu switches in place and fetches the new language’s text only then', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => {
    const match = /\/data\/i18n\/(\w+)\.json$/.exec(request.url());
    if (match) asked.push(match[1]!);
  });
  await page.goto('./index.he.html#event=gantz-visits-ankara');
  await expect(details(page, he['details.region']).getByText(gantz().translations.he.summary)).toBeVisible();
  expect(asked).toEqual(['he']);
  await page.getByRole('combobox', { name: he['toolbar.language'] }).selectOption('tr');
  await expect(details(page, tr['details.region']).getByText(gantz().translations.tr.summary)).toBeVisible();
  expect(asked).toEqual(['he', 'tr']);
  await expect(page).toHaveURL(/index\.he\.html#.*lang=tr/);
  // English is in every file: back to English asks for nothing. The link says English, which
  // is not this page's own language.
  await page.getByRole('combobox', { name: tr['toolbar.language'] }).selectOption('en');
  await expect(details(page, 'Event details').getByText(gantz().summary)).toBeVisible();
  expect(asked).toEqual(['he', 'tr']);
  await expect(page).toHaveURL(/index\.he\.html#.*lang=en/);
});

test('every page links the others with hreflang, and says its language in its title', async ({ page }) => {
  const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as { title: string; translations: Record<string, { title: string }> };
  for (const [path, language, title] of [
    ['./', 'en', story.title],
    ['./index.tr.html', 'tr', story.translations.tr!.title],
    ['./index.ar.html', 'ar', story.translations.ar!.title],
  ] as const) {
    const html = await (await page.request.get(path)).text();
    expect(html, path).toContain(`<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}"`);
    expect(html, path).toContain(`<title>${title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title>`);
    for (const [hreflang, href] of [
      ['en', './'],
      ['tr', 'index.tr.html'],
      ['he', 'index.he.html'],
      ['ar', 'index.ar.html'],
      ['x-default', './'],
    ])
      expect(html, path).toContain(`<link rel="alternate" hreflang="${hreflang}" href="${href}" />`);
  }
});

test('an English reader downloads no Turkish, Hebrew or Arabic story text', async ({ page }) => {
  const bodies: Promise<string>[] = [];
  const dataRequests: string[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!path.includes('/data/')) return;
    dataRequests.push(path);
    bodies.push(response.text());
  });
  await page.goto('./#event=gantz-visits-ankara');
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', '', { timeout: 20_000 });
  await expect(details(page, 'Event details').getByText(gantz().summary)).toBeVisible();
  expect(dataRequests.some((path) => path.endsWith('/data/events.json'))).toBe(true);
  expect(dataRequests.filter((path) => path.includes('/i18n/'))).toEqual([]);
  const translations = gantz().translations;
  for (const body of await Promise.all(bodies)) {
    expect(body).not.toMatch(/[\u0590-\u05ff]/); // no Hebrew letter
    for (const language of ['tr', 'ar'] as const) expect(body).not.toContain(JSON.stringify(translations[language].summary).slice(1, -1));
  }
});

test('data/ in the editors’ format, translations inline, still shows each language', async ({ page }) => {
  // A newsroom that replaces the built data/ with the repository's files, without rebuilding.
  await page.route('**/data/*.json', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    return route.fulfill({ contentType: 'application/json', body: readFileSync(`data/${name}`, 'utf8') });
  });
  await page.goto('./?lang=he#event=gantz-visits-ankara');
  await expect(details(page, he['details.region']).getByText(gantz().translations.he.summary)).toBeVisible();
});

test('the corrections log lists its entries, and a corrected event’s “Corrected” reaches its entry', async ({ page }) => {
  const { corrections } = JSON.parse(readFileSync('data/story.json', 'utf8')) as {
    corrections: { date: string; event?: string; text: string }[];
  };
  expect(corrections.length).toBeGreaterThan(0);
  const corrected = corrections.find((correction) => correction.event)!;
  await page.goto(`./#event=${corrected.event}`);
  const log = page.locator('footer li[id^="correction-"]');
  await expect(log).toHaveCount(corrections.length);
  for (const correction of corrections) await expect(log.filter({ hasText: correction.text })).toHaveCount(1);

  const link = details(page, 'Event details').getByRole('link', { name: /^Corrected/ });
  await link.click();
  const entry = page.locator(`footer li[id="correction-${corrected.date}-${corrected.event}"]`);
  await expect(entry).toBeFocused();
  await expect(entry).toContainText(corrected.text);
  await expect(entry).toBeInViewport();
  // The view (the selected event) stays in the link: the fragment was not replaced by the entry's id.
  await expect(page).toHaveURL(new RegExp(`event=${corrected.event}`));
});

test('in an embed, a corrected event says so without a link to a log the frame does not have', async ({ page }) => {
  const { corrections } = JSON.parse(readFileSync('data/story.json', 'utf8')) as { corrections: { event?: string }[] };
  const event = corrections.find((correction) => correction.event)!.event!;
  await page.goto(`./?embed#event=${event}`);
  const panel = details(page, 'Event details');
  await expect(panel.getByText('Corrected', { exact: true })).toBeVisible();
  await expect(panel.getByRole('link', { name: /^Corrected/ })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the Hebrew page shows the story’s text in Hebrew, right to left', async ({ page }) => {
    const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as { translations: { he: { title: string; dek: string } } };
    const event = gantz();
    await page.goto('./index.he.html');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'he');
    await expect(page).toHaveTitle(story.translations.he.title);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.translations.he.title);
    await expect(page.getByText(story.translations.he.dek)).toBeVisible();
    const text = page.locator('#text-version');
    await expect(text.getByText(event.translations.he.summary)).toBeVisible();
    await expect(text.getByText(event.summary)).toHaveCount(0);
    await expect(text.getByText(he['text.heading'])).toBeVisible();
    await expect(page.getByText(he['translation.unreviewed'])).toHaveCount(1);
    // Its static map image, with its description in Hebrew.
    await expect(page.getByRole('img', { name: new RegExp(`^${he['text.mapAlt'].split('{')[0]}`) })).toBeVisible();
  });
});

test('a quote is never shown as words its speaker did not say: the original alone, or the English with our translation beside it', async ({
  page,
}) => {
  const repo = JSON.parse(readFileSync('data/events.json', 'utf8')) as {
    events: { id: string; quote?: { text: string }; translations?: Record<string, { quote?: string }> }[];
  };
  const herzog = repo.events.find((event) => event.id === 'herzog-visits-ankara')!;
  // Said in Turkish, with the Turkish wording from a Turkish source: a Turkish reader reads it alone.
  await page.goto('./?lang=tr#event=herzog-visits-ankara');
  const quote = details(page, tr['details.region'] as string).locator('blockquote');
  await expect(quote).toHaveAttribute('lang', 'tr');
  await expect(quote).toContainText(herzog.translations!.tr!.quote!);
  await expect(quote).not.toContainText(herzog.quote!.text);
  await expect(quote.locator('.quote-translation')).toHaveCount(0);
  // An Arabic reader reads the English as published, with our Arabic translation labelled beside it.
  await page.goto('./?lang=ar#event=herzog-visits-ankara');
  const arabic = details(page, ar['details.region'] as string).locator('blockquote');
  await expect(arabic).toHaveAttribute('lang', 'en');
  await expect(arabic).toContainText(herzog.quote!.text);
  await expect(arabic.locator('.quote-translation')).toHaveAttribute('lang', 'ar');
  await expect(arabic.locator('.quote-translation')).toContainText(ar['details.quoteTranslation'] as string);
  await expect(arabic.locator('.quote-translation')).toContainText(herzog.translations!.ar!.quote!);
});
