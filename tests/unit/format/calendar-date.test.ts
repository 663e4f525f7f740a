import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatCalendarRange, isRealIsoDate, parseCalendarDate } from '../../../src/lib/format/calendar-date.ts';

describe('parseCalendarDate', () => {
  const cases = [
    { iso: '2010', precision: 'year', start: '2010-01-01', end: '2011-01-01' },
    { iso: '2010-05', precision: 'month', start: '2010-05-01', end: '2010-06-01' },
    { iso: '2010-05-31', precision: 'day', start: '2010-05-31', end: '2010-06-01' },
    { iso: '2024-02-29', precision: 'day', start: '2024-02-29', end: '2024-03-01' },
    { iso: '2010-12', precision: 'month', start: '2010-12-01', end: '2011-01-01' },
  ] as const;
  for (const c of cases) {
    it(`reads "${c.iso}" as a ${c.precision} from ${c.start} up to ${c.end}`, () => {
      const date = parseCalendarDate(c.iso)!;
      expect(date.precision).toBe(c.precision);
      expect(new Date(date.start).toISOString().slice(0, 10)).toBe(c.start);
      expect(new Date(date.end).toISOString().slice(0, 10)).toBe(c.end);
    });
  }

  const impossible = ['2022-02-30', '2023-02-29', '2010-13', '2010-00', '2010-05-00', '2010-5-31', '10-05-31', '2010-05-31T00:00', ''];
  for (const iso of impossible) {
    it(`rejects "${iso}"`, () => {
      expect(parseCalendarDate(iso)).toBeNull();
      expect(isRealIsoDate(iso)).toBe(false);
    });
  }
});

describe('formatCalendarDate', () => {
  // The test script pins TZ to Pacific/Chatham (UTC+13:45 in May), where a local-time bug
  // would turn 31 May into 1 June; and to UTC-negative zones it would become 30 May.
  it('shows 31 May 2010 as 31 May in every time zone', () => {
    expect(formatCalendarDate(parseCalendarDate('2010-05-31')!, 'en-GB')).toBe('31 May 2010');
  });
  const cases = [
    { iso: '2010', locale: 'en-GB', expected: '2010' },
    { iso: '2010-05', locale: 'en-GB', expected: 'May 2010' },
    { iso: '2022-10-27', locale: 'en-GB', expected: '27 October 2022' },
    { iso: '2022-10-27', locale: 'tr', expected: '27 Ekim 2022' },
  ];
  for (const c of cases) {
    it(`formats "${c.iso}" in ${c.locale} as "${c.expected}"`, () => {
      expect(formatCalendarDate(parseCalendarDate(c.iso)!, c.locale)).toBe(c.expected);
    });
  }
  it('joins a range with an en dash', () => {
    expect(formatCalendarRange(parseCalendarDate('2008-12-27')!, parseCalendarDate('2009-01-18')!, 'en-GB', 'short')).toBe(
      '27 Dec 2008 – 18 Jan 2009',
    );
  });
});
