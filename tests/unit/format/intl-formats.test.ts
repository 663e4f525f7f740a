import { describe, expect, it } from 'vitest';
import { collator, dateTimeFormat, listFormat, numberFormat } from '../../../src/lib/format/intl-formats.ts';

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
