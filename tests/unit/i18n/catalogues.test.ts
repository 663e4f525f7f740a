import { describe, expect, it } from 'vitest';
import { en as core, translate, registerCatalogue, type Catalogue, type Message } from '../../../src/lib/i18n/messages.ts';
import { enMap } from '../../../src/lib/i18n/messages-map.ts';
import { enShare } from '../../../src/lib/i18n/messages-share.ts';
import { enProblems } from '../../../src/lib/i18n/messages-problems.ts';
import { enExtras } from '../../../src/lib/i18n/messages-extras.ts';
import tr from '../../../src/lib/i18n/catalogues/tr.ts';
import he from '../../../src/lib/i18n/catalogues/he.ts';
import ar from '../../../src/lib/i18n/catalogues/ar.ts';

/** The {names} a template fills in, as translate() reads them. */
function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();
}

/** Every wording of a message: the string, or each form of a plural message. */
const formsOf = (message: Message): string[] =>
  typeof message === 'string' ? [message] : Object.values(message).filter((form): form is string => typeof form === 'string');

/** All of English: the first download's strings and those of the later chunks. */
const en: Catalogue = { ...core, ...enMap, ...enShare, ...enProblems, ...enExtras };
const englishKeys = Object.keys(en).sort();

const catalogues: { language: string; catalogue: Catalogue }[] = [
  { language: 'Turkish', catalogue: tr },
  { language: 'Hebrew', catalogue: he },
  { language: 'Arabic', catalogue: ar },
];

describe('placeholdersOf', () => {
  const cases: { input: string; expected: string[] }[] = [
    { input: 'No events', expected: [] },
    { input: 'Selected: {date}, {title}', expected: ['date', 'title'] },
    { input: '{count} of {count} {name}', expected: ['count', 'name'] },
  ];
  for (const { input, expected } of cases) {
    it(`finds ${JSON.stringify(expected)} in "${input}"`, () => expect(placeholdersOf(input)).toEqual(expected));
  }
});

describe.each(catalogues)('the $language catalogue', ({ catalogue }) => {
  it('has every key of the English catalogue', () => {
    expect(englishKeys.filter((key) => !(key in catalogue))).toEqual([]);
  });

  it('has no key the English catalogue lacks', () => {
    expect(Object.keys(catalogue).filter((key) => !(key in en))).toEqual([]);
  });

  it('has no empty string', () => {
    expect(Object.entries(catalogue).filter(([, message]) => formsOf(message!).some((text) => !text.trim()))).toEqual([]);
  });

  it('fills in the same {placeholders} as English in every string (a plural form may spell its number out)', () => {
    const mismatches = englishKeys
      .filter((key) => key in catalogue)
      .flatMap((key) => {
        const english = placeholdersOf(formsOf(en[key as keyof typeof en]!).join(' '));
        return formsOf(catalogue[key as keyof typeof en]!).map((form) => ({ key, english, translated: placeholdersOf(form) }));
      })
      .filter(
        ({ english, translated }) =>
          translated.some((name) => !english.includes(name)) ||
          english.filter((name) => name !== 'count').some((name) => !translated.includes(name)),
      );
    expect(mismatches).toEqual([]);
  });

  it('is plural where English is, with a form for every plural category the language has', () => {
    const missing = englishKeys
      .filter((key) => typeof en[key as keyof typeof en] !== 'string')
      .flatMap((key) => {
        const message = catalogue[key as keyof typeof en];
        if (typeof message === 'string' || !message) return [`${key}: not plural`];
        return [];
      });
    expect(missing).toEqual([]);
  });
});

describe('counts read as the language says them', () => {
  registerCatalogue('tr', tr);
  registerCatalogue('he', he);
  registerCatalogue('ar', ar);
  const cases: { language: 'en' | 'tr' | 'he' | 'ar'; count: number; expected: string }[] = [
    { language: 'en', count: 0, expected: 'No event in the story is tied to this place.' },
    { language: 'en', count: 1, expected: '1 event at this place' },
    { language: 'en', count: 2, expected: '2 events at this place' },
    { language: 'tr', count: 1, expected: 'Bu yerde 1 olay' },
    { language: 'tr', count: 5, expected: 'Bu yerde 5 olay' },
    { language: 'he', count: 1, expected: 'אירוע אחד במקום הזה' },
    { language: 'he', count: 2, expected: 'שני אירועים במקום הזה' },
    { language: 'he', count: 7, expected: '7 אירועים במקום הזה' },
    { language: 'ar', count: 2, expected: 'حدثان في هذا المكان' },
    { language: 'ar', count: 3, expected: '3 أحداث في هذا المكان' },
    { language: 'ar', count: 11, expected: '11 حدثًا في هذا المكان' },
    { language: 'ar', count: 100, expected: '100 حدث في هذا المكان' },
  ];
  for (const { language, count, expected } of cases) {
    it(`${language}, ${count}: "${expected}"`, () => expect(translate(language, 'details.placeEvents', { count })).toBe(expected));
  }

  it('never says "1 events" or "1 entries" in English', () => {
    const plural = englishKeys.filter((key) => typeof en[key as keyof typeof en] !== 'string') as (keyof typeof en)[];
    const wrong = plural
      .map((key) => translate('en', key, { count: 1, matching: 1, name: 'Ankara', themes: 'Gaza' }))
      .filter((text) => /\b1 (events|entries)\b/.test(text));
    expect(plural.length).toBeGreaterThan(5);
    expect(wrong).toEqual([]);
  });

  it('has a form for every plural category each language uses', () => {
    const gaps: string[] = [];
    for (const { language, catalogue } of [
      { language: 'en', catalogue: en },
      { language: 'tr', catalogue: tr },
      { language: 'he', catalogue: he },
      { language: 'ar', catalogue: ar },
    ] as const) {
      const categories = new Intl.PluralRules(language === 'en' ? 'en-GB' : language).resolvedOptions().pluralCategories;
      for (const [key, message] of Object.entries(catalogue)) {
        if (typeof message === 'string' || !message) continue;
        // A category this message does not name falls back to "other": right only where it words the same,
        // as Turkish does (a noun after a number stays singular); an "=0" form stands for Arabic's zero.
        const covered = (category: string) =>
          category in message ||
          category === 'other' ||
          (category === 'zero' && '=0' in message) ||
          (language === 'tr' && category === 'one');
        for (const category of categories) if (!covered(category)) gaps.push(`${language} ${key}: ${category}`);
      }
    }
    expect(gaps).toEqual([]);
  });
});
