import { describe, expect, it } from 'vitest';
import { pageLanguage } from '../../../src/lib/i18n/page-language.ts';

describe('pageLanguage', () => {
  const cases: { name: string; attribute: string | null; expected: string | null }[] = [
    { name: 'the Hebrew page is in Hebrew', attribute: 'he', expected: 'he' },
    { name: 'the Turkish page is in Turkish', attribute: 'tr', expected: 'tr' },
    { name: 'the page for every language names none', attribute: null, expected: null },
    { name: 'a language we do not have is none', attribute: 'fr', expected: null },
    { name: 'a region subtag is not ours either', attribute: 'he-IL', expected: null },
  ];
  for (const { name, attribute, expected } of cases)
    it(name, () => expect(pageLanguage({ getAttribute: (key) => (key === 'data-page-language' ? attribute : null) })).toBe(expected));
});
