import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  formatCalendarDate,
  formatCalendarRange,
  formatTickLabel,
  isRealIsoDate,
  parseCalendarDate,
} from '../../../src/lib/format/calendar-date.ts';

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

describe('daysInMonth', () => {
  const cases = [
    { input: { year: 2010, month: 1 }, expected: 31 },
    { input: { year: 2010, month: 4 }, expected: 30 },
    { input: { year: 2023, month: 2 }, expected: 28 },
    { input: { year: 2024, month: 2 }, expected: 29 },
    // Century years are leap years only when divisible by 400, as JavaScript dates count them.
    { input: { year: 1900, month: 2 }, expected: 28 },
    { input: { year: 2000, month: 2 }, expected: 29 },
    { input: { year: 2010, month: 12 }, expected: 31 },
  ] as const;
  for (const c of cases) {
    it(`daysInMonth gives ${c.expected} days for ${c.input.year}-${String(c.input.month).padStart(2, '0')}`, () => {
      expect(daysInMonth(c.input.year, c.input.month)).toBe(c.expected);
    });
  }

  it('daysInMonth agrees with the Date object for every month from year 0 to 2400', () => {
    for (let year = 0; year <= 2400; year++) {
      for (let month = 1; month <= 12; month++) {
        const date = new Date(0);
        date.setUTCFullYear(year, month, 0);
        expect(daysInMonth(year, month)).toBe(date.getUTCDate());
      }
    }
  });
});

describe('parseCalendarDate before the year 100', () => {
  it('reads "0079-08-24" as 24 August of the year 79, not 1979', () => {
    const date = parseCalendarDate('0079-08-24')!;
    expect(new Date(date.start).getUTCFullYear()).toBe(79);
    expect(new Date(date.start).toISOString().slice(0, 10)).toBe('0079-08-24');
  });
});

describe('formatTickLabel', () => {
  const cases = [
    { input: { iso: '2010-01-01', unit: 'year', locale: 'en-GB' }, expected: '2010' },
    { input: { iso: '2010-02-01', unit: 'month', locale: 'en-GB' }, expected: 'Feb' },
    { input: { iso: '2010-10-03', unit: 'day', locale: 'en-GB' }, expected: '3 Oct' },
    { input: { iso: '2010-10-03', unit: 'day', locale: 'en-US' }, expected: 'Oct 3' },
    { input: { iso: '2009-11-01', unit: 'month', locale: 'tr' }, expected: 'Kas' },
    { input: { iso: '2010-10-03', unit: 'day', locale: 'tr' }, expected: '3 Eki' },
  ] as const;
  for (const c of cases) {
    it(`formatTickLabel labels the ${c.input.unit} tick at ${c.input.iso} "${c.expected}" in ${c.input.locale}`, () => {
      expect(formatTickLabel(Date.parse(`${c.input.iso}T00:00:00Z`), c.input.unit, c.input.locale)).toBe(c.expected);
    });
  }

  it('formatTickLabel labels the tick at midnight UTC on 1 January 2010 "2010" in any time zone', () => {
    // In local time it is still 31 December 2009 west of Greenwich: `npm run test:unit` also
    // runs under America/Los_Angeles, where a local-time slip would show "2009" and "Dec".
    expect(formatTickLabel(Date.UTC(2010, 0, 1), 'year', 'en-GB')).toBe('2010');
    expect(formatTickLabel(Date.UTC(2010, 0, 1), 'month', 'en-GB')).toBe('Jan');
  });
});

describe('English without Intl', () => {
  // The page formats en-GB by hand so its first draw needs no Intl (see calendar-date.ts):
  // it must say exactly what Intl would, for every month, precision, style and tick.
  const intl = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...options });
  const years = [50, 999, 1949, 2010, 2026];
  for (const year of years) {
    it(`matches Intl's en-GB for every month of ${year}`, () => {
      for (let month = 1; month <= 12; month++) {
        const mm = String(month).padStart(2, '0');
        const yyyy = String(year).padStart(4, '0');
        for (const style of ['long', 'short'] as const) {
          for (const iso of [yyyy, `${yyyy}-${mm}`, `${yyyy}-${mm}-${month + 15}`]) {
            const date = parseCalendarDate(iso)!;
            const options: Intl.DateTimeFormatOptions = {
              year: 'numeric',
              month: date.precision === 'year' ? undefined : style,
              day: date.precision === 'day' ? 'numeric' : undefined,
            };
            expect(formatCalendarDate(date, 'en-GB', style), `${iso} ${style}`).toBe(intl(options).format(date.start));
          }
        }
        const time = parseCalendarDate(`${yyyy}-${mm}-03`)!.start;
        expect(formatTickLabel(time, 'year', 'en-GB')).toBe(intl({ year: 'numeric' }).format(time));
        expect(formatTickLabel(time, 'month', 'en-GB')).toBe(intl({ month: 'short' }).format(time));
        expect(formatTickLabel(time, 'day', 'en-GB')).toBe(intl({ day: 'numeric', month: 'short' }).format(time));
      }
    });
  }
});
