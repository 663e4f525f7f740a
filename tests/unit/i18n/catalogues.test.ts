import { describe, expect, it } from 'vitest';
import { en as core, type Catalogue } from '../../../src/lib/i18n/messages.ts';
import { enMap } from '../../../src/lib/i18n/messages-map.ts';
import { enShare } from '../../../src/lib/i18n/messages-share.ts';
import { enProblems } from '../../../src/lib/i18n/messages-problems.ts';
import tr from '../../../src/lib/i18n/catalogues/tr.ts';
import he from '../../../src/lib/i18n/catalogues/he.ts';
import ar from '../../../src/lib/i18n/catalogues/ar.ts';

/** The {names} a template fills in, as translate() reads them. */
function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();
}

/** All of English: the first download's strings and those of the later chunks. */
const en: Catalogue = { ...core, ...enMap, ...enShare, ...enProblems };
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
    expect(Object.entries(catalogue).filter(([, text]) => !text?.trim())).toEqual([]);
  });

  it('fills in the same {placeholders} as English in every string', () => {
    const mismatches = englishKeys
      .filter((key) => key in catalogue)
      .map((key) => ({
        key,
        english: placeholdersOf(en[key as keyof typeof en]!),
        translated: placeholdersOf(catalogue[key as keyof typeof en]!),
      }))
      .filter(({ english, translated }) => english.join() !== translated.join());
    expect(mismatches).toEqual([]);
  });
});
