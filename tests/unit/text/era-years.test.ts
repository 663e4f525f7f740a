import { describe, expect, it } from 'vitest';
import { eraYears } from '../../../src/lib/text/era-years.ts';
import { parseCalendarDate } from '../../../src/lib/format/calendar-date.ts';

const era = (start: string, end: string) => ({ startDate: parseCalendarDate(start)!, endDate: parseCalendarDate(end)! });

describe('eraYears', () => {
  const cases = [
    { start: '1949-03-28', end: '1980-11-29', locale: 'en-GB', expected: '1949 – 1980' },
    { start: '1991', end: '2008-12', locale: 'en-GB', expected: '1991 – 2008' },
    // The first and last day of a year are still that year, in a time zone far from UTC.
    { start: '2013-01-01', end: '2022-12-31', locale: 'en-GB', expected: '2013 – 2022' },
    { start: '2023-01-01', end: '2023-10-06', locale: 'en-GB', expected: '2023' },
    {
      start: '1949',
      end: '1980',
      locale: 'ar',
      expected: `${(1949).toLocaleString('ar', { useGrouping: false })} – ${(1980).toLocaleString('ar', { useGrouping: false })}`,
    },
  ];
  for (const { start, end, locale, expected } of cases) {
    it(`shows ${start} to ${end} as "${expected}" in ${locale}`, () => {
      expect(eraYears(era(start, end), locale)).toBe(expected);
    });
  }
});
