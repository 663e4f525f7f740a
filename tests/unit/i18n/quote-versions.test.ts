import { describe, expect, it } from 'vitest';
import { quoteVersions, type QuoteInput, type QuoteVersions } from '../../../src/lib/i18n/quote-versions.ts';
import type { Language } from '../../../src/lib/data/vocabulary.ts';

const said = (language: string | undefined, translations: QuoteInput['translations'] = {}): QuoteInput => ({
  quote: { text: 'English words', speaker: 'A speaker', ...(language ? { said: language } : {}) },
  translations,
});

describe('quoteVersions never shows a translation as the words spoken', () => {
  const cases: { name: string; input: QuoteInput; language: Language; expected: QuoteVersions }[] = [
    {
      name: 'an English reader gets the source’s English, whatever else there is',
      input: said('tr', { tr: { quote: 'Türkçe sözler' } }),
      language: 'en',
      expected: { quoted: { text: 'English words', lang: 'en' }, translation: null },
    },
    {
      name: 'a reader of the language spoken gets the original wording alone',
      input: said('tr', { tr: { quote: 'Türkçe sözler' } }),
      language: 'tr',
      expected: { quoted: { text: 'Türkçe sözler', lang: 'tr' }, translation: null },
    },
    {
      name: 'a regional tag in said still matches the reader’s language',
      input: said('he-IL', { he: { quote: 'מילים' } }),
      language: 'he',
      expected: { quoted: { text: 'מילים', lang: 'he-IL' }, translation: null },
    },
    {
      name: 'another language gets the English with the translation beside it',
      input: said('tr', { ar: { quote: 'كلمات' } }),
      language: 'ar',
      expected: { quoted: { text: 'English words', lang: 'en' }, translation: { text: 'كلمات', lang: 'ar' } },
    },
    {
      name: 'an unknown language spoken makes every version a translation beside the English',
      input: said(undefined, { tr: { quote: 'Çeviri' } }),
      language: 'tr',
      expected: { quoted: { text: 'English words', lang: 'en' }, translation: { text: 'Çeviri', lang: 'tr' } },
    },
    {
      name: 'no translation leaves the English alone',
      input: said('tr', { he: { quote: 'מילים' } }),
      language: 'tr',
      expected: { quoted: { text: 'English words', lang: 'en' }, translation: null },
    },
    {
      name: 'a blank translation counts as none',
      input: said('en', { he: { quote: '   ' } }),
      language: 'he',
      expected: { quoted: { text: 'English words', lang: 'en' }, translation: null },
    },
  ];
  for (const c of cases) it(c.name, () => expect(quoteVersions(c.input, c.language)).toEqual(c.expected));
});
