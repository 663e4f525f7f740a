import { describe, expect, it } from 'vitest';
import { chartLabelText, eraButtonText, eraNames, shorten } from '../../../src/lib/timeline/chart-label-text.ts';

describe('shorten', () => {
  const cases = [
    { name: 'keeps a text that fits', input: { text: 'Davos walk-off', max: 40 }, expected: 'Davos walk-off' },
    {
      name: 'cuts a long title at a word and adds an ellipsis',
      input: { text: 'Erdogan walks off a Davos panel after clashing with Peres over Gaza', max: 40 },
      expected: 'Erdogan walks off a Davos panel after…',
    },
    { name: 'cuts inside a word when no space is near', input: { text: 'Abcdefghijklmnopqrstuvwxyz', max: 10 }, expected: 'Abcdefghi…' },
    {
      name: 'drops trailing punctuation before the ellipsis',
      input: { text: 'Talks resume, then stall again', max: 15 },
      expected: 'Talks resume…',
    },
  ];
  for (const c of cases) it(`shorten ${c.name}`, () => expect(shorten(c.input.text, c.input.max)).toBe(c.expected));
});

describe('chartLabelText', () => {
  const event = {
    title: 'Israeli commandos raid the Mavi Marmara, killing nine activists',
    label: 'Mavi Marmara raid',
    translations: {
      he: { title: 'קומנדו ישראלי פושט על המאווי מרמרה', label: 'הפשיטה על המאווי מרמרה' },
      tr: { title: 'İsrail komandoları Mavi Marmara gemisine baskın düzenledi ve dokuz aktivist öldü' },
    },
  };
  const cases = [
    { name: 'is the English label in English', input: { language: 'en' as const }, expected: 'Mavi Marmara raid' },
    { name: 'is the translated label where there is one', input: { language: 'he' as const }, expected: 'הפשיטה על המאווי מרמרה' },
    {
      name: 'is the translated title, shortened, where the label is not translated',
      input: { language: 'tr' as const },
      expected: 'İsrail komandoları Mavi Marmara…',
    },
    {
      name: 'falls back to the English label where nothing is translated',
      input: { language: 'ar' as const },
      expected: 'Mavi Marmara raid',
    },
  ];
  for (const c of cases) it(`chartLabelText ${c.name}`, () => expect(chartLabelText(event, c.input.language, 40)).toBe(c.expected));

  it('chartLabelText shortens the title of an event without a label', () => {
    expect(chartLabelText({ title: 'Turkey and Israel sign a free-trade agreement in Jerusalem' }, 'en', 40)).toBe(
      'Turkey and Israel sign a free-trade…',
    );
  });
});

describe('eraNames', () => {
  const era = {
    name: 'The lost decade',
    shortName: 'Lost decade',
    translations: { he: { name: 'העשור האבוד' }, tr: { name: 'Yeniden yakınlaşma', shortName: 'Normalleşme' }, ar: { shortName: 'x' } },
  };
  const cases = [
    {
      name: 'gives the English name and short name',
      language: 'en' as const,
      expected: { name: 'The lost decade', shortName: 'Lost decade' },
    },
    {
      name: 'gives a translated short name with its name',
      language: 'tr' as const,
      expected: { name: 'Yeniden yakınlaşma', shortName: 'Normalleşme' },
    },
    {
      name: 'never pairs a translated name with an English short one',
      language: 'he' as const,
      expected: { name: 'העשור האבוד', shortName: 'העשור האבוד' },
    },
    {
      name: 'falls back to both English forms when the name is not translated',
      language: 'ar' as const,
      expected: { name: 'The lost decade', shortName: 'Lost decade' },
    },
  ];
  for (const c of cases) it(`eraNames ${c.name}`, () => expect(eraNames(era, c.language)).toEqual(c.expected));
});

describe('eraButtonText', () => {
  const cases = [
    {
      name: 'shows a short name the full one contains',
      names: { name: 'The lost decade', shortName: 'Lost decade' },
      expected: 'Lost decade',
    },
    {
      name: 'shows the full name when the short one is another word',
      names: { name: 'Yeniden yakınlaşma', shortName: 'Normalleşme' },
      expected: 'Yeniden yakınlaşma',
    },
    { name: 'shows the name when there is no short one', names: { name: 'Rupture', shortName: 'Rupture' }, expected: 'Rupture' },
  ];
  for (const c of cases) it(`eraButtonText ${c.name}`, () => expect(eraButtonText(c.names)).toBe(c.expected));
});
