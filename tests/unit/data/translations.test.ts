import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateStory, type FileInput } from '../../../src/lib/data/validate.ts';
import { DATA_FILES, TRANSLATED_LANGUAGES } from '../../../src/lib/data/schema.ts';

/** The bundled story exactly as the page and check:data read it. */
const texts = Object.fromEntries(DATA_FILES.map((file) => [file, readFileSync(`data/${file}`, 'utf8')]));
const inputs: Record<string, FileInput> = Object.fromEntries(Object.entries(texts).map(([file, text]) => [file, { text }]));
const json = (file: string) => JSON.parse(texts[file]!) as Record<string, unknown>;

type Translated = { id: string; translations?: Record<string, Record<string, unknown> | undefined> };
const list = (file: string, key: string) => json(file)[key] as Translated[];

/** Each kind of entry whose name a reader sees, and the field that names it. */
const named: { what: string; file: string; field: string; entries: () => Translated[] }[] = [
  { what: 'event', file: 'events.json', field: 'title', entries: () => list('events.json', 'events') },
  { what: 'era', file: 'eras.json', field: 'name', entries: () => list('eras.json', 'eras') },
  { what: 'place', file: 'places.json', field: 'name', entries: () => list('places.json', 'places') },
  { what: 'theme', file: 'themes.json', field: 'name', entries: () => list('themes.json', 'themes') },
  { what: 'category', file: 'categories.json', field: 'name', entries: () => list('categories.json', 'categories') },
  {
    what: 'region',
    file: 'regions.json',
    field: 'name',
    entries: () => (json('regions.json').features as { properties: Translated }[]).map((feature) => feature.properties),
  },
];

const LANGUAGE_NAMES = { tr: 'Turkish', he: 'Hebrew', ar: 'Arabic' } as const;
const cases = named.flatMap((kind) => TRANSLATED_LANGUAGES.map((language) => ({ ...kind, language })));

describe('the bundled data in data/', () => {
  // Summaries are still being translated (check:data counts them); names and titles are all there.
  it('has no errors and no missing translation of a name or title', () => {
    const { model, problems } = validateStory(inputs);
    expect(model).not.toBeNull();
    const missingName = (p: (typeof problems)[number]) => p.path.includes('translations') && / have no \w+ (name|title) /.test(p.message);
    expect(problems.filter((p) => p.severity === 'error' || missingName(p))).toEqual([]);
  });

  for (const { what, file, field, entries, language } of cases) {
    it(`gives every ${what} in ${file} a ${LANGUAGE_NAMES[language]} ${field}`, () => {
      const missing = entries().filter((entry) => !String(entry.translations?.[language]?.[field] ?? '').trim());
      expect(missing.map((entry) => entry.id)).toEqual([]);
    });
  }

  for (const language of TRANSLATED_LANGUAGES) {
    it(`gives the story a ${LANGUAGE_NAMES[language]} title and standfirst`, () => {
      const translation = (json('story.json').translations as Record<string, Record<string, unknown>> | undefined)?.[language];
      expect(translation).toMatchObject({ title: expect.any(String), dek: expect.any(String) });
    });
  }
});

/** Every { tr | he | ar: { …, reviewed } } object anywhere in a parsed file, with where it is. */
function translationsIn(value: unknown, path: string): { path: string; translation: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => translationsIn(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'translations' && typeof child === 'object' && child !== null
      ? Object.entries(child).map(([language, translation]) => ({
          path: `${path}.translations.${language}`,
          translation: translation as Record<string, unknown>,
        }))
      : translationsIn(child, `${path}.${key}`),
  );
}

describe('every translation in data/', () => {
  for (const file of DATA_FILES) {
    it(`in ${file} says whether a fluent human has reviewed it`, () => {
      const unmarked = translationsIn(json(file), file).filter(({ translation }) => typeof translation.reviewed !== 'boolean');
      expect(unmarked.map(({ path }) => path)).toEqual([]);
    });
  }
});
