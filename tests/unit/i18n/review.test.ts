import { describe, expect, it } from 'vitest';
import { showsUnreviewedText } from '../../../src/lib/i18n/review.ts';

const event = (translations?: Record<string, Record<string, unknown>>) => ({ title: 'T', summary: 'S', translations });

describe('showsUnreviewedText', () => {
  const cases: { name: string; entries: ReturnType<typeof event>[]; language: 'en' | 'tr' | 'he' | 'ar'; expected: boolean }[] = [
    {
      name: 'an unreviewed Hebrew summary, read in Hebrew',
      entries: [event({ he: { summary: 'ס', reviewed: false } })],
      language: 'he',
      expected: true,
    },
    { name: 'the same read in English', entries: [event({ he: { summary: 'ס', reviewed: false } })], language: 'en', expected: false },
    {
      name: 'the same read in Turkish, which shows English',
      entries: [event({ he: { summary: 'ס', reviewed: false } })],
      language: 'tr',
      expected: false,
    },
    {
      name: 'a reviewed translation',
      entries: [event({ tr: { title: 'B', summary: 'Ö', reviewed: true } })],
      language: 'tr',
      expected: false,
    },
    {
      name: 'an unreviewed translation of no field shown here',
      entries: [event({ ar: { label: 'ل', reviewed: false } })],
      language: 'ar',
      expected: false,
    },
    {
      name: 'an empty translated field, which shows English',
      entries: [event({ ar: { summary: '', reviewed: false } })],
      language: 'ar',
      expected: false,
    },
    {
      name: 'a translation whose review is not known (the page’s first draw)',
      entries: [event({ he: { title: 'כ' } })],
      language: 'he',
      expected: false,
    },
    {
      name: 'one unreviewed entry among reviewed ones',
      entries: [event({ he: { title: 'א', reviewed: true } }), event(), event({ he: { title: 'ב', reviewed: false } })],
      language: 'he',
      expected: true,
    },
    { name: 'no entries', entries: [], language: 'he', expected: false },
  ];
  for (const { name, entries, language, expected } of cases)
    it(`says ${expected} for ${name}`, () => expect(showsUnreviewedText(entries, ['title', 'summary'], language)).toBe(expected));
});
