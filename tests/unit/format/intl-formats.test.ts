import { describe, expect, it } from 'vitest';
import { collator, dateTimeFormat, formatCount, listFormat, numberFormat } from '../../../src/lib/format/intl-formats.ts';

describe('Intl formatters built once', () => {
  const cases: { name: string; first: () => object; again: () => object; other: () => object }[] = [
    { name: 'numbers', first: () => numberFormat('ar'), again: () => numberFormat('ar'), other: () => numberFormat('he') },
    { name: 'collation', first: () => collator('tr'), again: () => collator('tr'), other: () => collator('en-GB') },
    {
      name: 'lists',
      first: () => listFormat('en-GB', 'unit', 'short'),
      again: () => listFormat('en-GB', 'unit', 'short'),
      other: () => listFormat('en-GB', 'conjunction', 'long'),
    },
    {
      name: 'dates, by the key that names their options',
      first: () => dateTimeFormat('he', 'years', () => ({ year: 'numeric' })),
      again: () => dateTimeFormat('he', 'years', () => ({ year: 'numeric' })),
      other: () => dateTimeFormat('he', 'months', () => ({ month: 'short' })),
    },
  ];
  for (const { name, first, again, other } of cases) {
    it(`${name}: the same formatter for the same locale and options, another for others`, () => {
      expect(again()).toBe(first());
      expect(other()).not.toBe(first());
    });
  }

  it('formats in the locale, dates in UTC', () => {
    expect(numberFormat('ar').format(12)).toBe(new Intl.NumberFormat('ar').format(12));
    expect(['ı', 'i', 'ç', 'c'].sort(collator('tr').compare)).toEqual(['c', 'ç', 'ı', 'i']);
    expect(listFormat('en-GB', 'conjunction', 'long').format(['Gaza', 'Syria', 'Cyprus'])).toBe('Gaza, Syria and Cyprus');
    expect(
      dateTimeFormat('en-GB', 'test-day', () => ({ day: 'numeric', month: 'long', year: 'numeric' })).format(Date.UTC(2022, 9, 27)),
    ).toBe('27 October 2022');
  });
});

describe('formatCount', () => {
  // English is written without Intl; every case is held to Intl's own output.
  const cases: { locale: string; counts: number[] }[] = [
    { locale: 'en-GB', counts: [0, 1, 7, 36, 999, 1000, 12_345, 999_999, 1_234_567] },
    { locale: 'tr', counts: [0, 36, 1000, 12_345] },
    { locale: 'he', counts: [0, 36, 1000] },
    { locale: 'ar', counts: [0, 36, 1000] },
  ];
  for (const { locale, counts } of cases) {
    it(`writes counts as Intl does in ${locale}`, () => {
      for (const count of counts) expect(formatCount(count, locale)).toBe(new Intl.NumberFormat(locale).format(count));
    });
  }
});
