import { describe, expect, it } from 'vitest';
import { timeTicks, type Tick } from '../../../src/lib/timeline/ticks.ts';
import { timeScale } from '../../../src/lib/timeline/time-scale.ts';

/** Midnight UTC of a calendar date written "YYYY-MM-DD". */
const utc = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const scale = (from: string, to: string, width: number) => timeScale([utc(from), utc(to)], [0, width]);
const isoDay = (tick: Tick): string => new Date(tick.time).toISOString().slice(0, 10);

/** Whole calendar months between two ticks, counted in UTC. */
const monthsBetween = (a: Tick, b: Tick): number => {
  const da = new Date(a.time);
  const db = new Date(b.time);
  return (db.getUTCFullYear() - da.getUTCFullYear()) * 12 + db.getUTCMonth() - da.getUTCMonth();
};

describe('timeTicks', () => {
  it('runs under a time zone that is not UTC, so a local-time slip would show here', () => {
    // vite.config.ts pins TZ=Pacific/Chatham (UTC+12:45/+13:45); without it the date tests below prove less.
    expect(new Date(utc('2010-01-01')).getTimezoneOffset()).not.toBe(0);
  });

  // Each zoom level: a domain and a width in, the expected unit and step between ticks out.
  const zoomCases = [
    {
      name: 'shows round years (every 5 or 10) for the whole 1949–2025 story at 1100 px',
      input: { from: '1949-01-01', to: '2025-12-31', width: 1100 },
      expected: { unit: 'year', stepMonths: [60, 120], minCount: 6, maxCount: 16 },
    },
    {
      name: 'shows every year for a decade at 1100 px',
      input: { from: '2005-01-01', to: '2015-01-01', width: 1100 },
      expected: { unit: 'year', stepMonths: [12], minCount: 11, maxCount: 11 },
    },
    {
      name: 'shows every year for a few years on a narrow (600 px) chart',
      input: { from: '2008-01-01', to: '2016-01-01', width: 600 },
      expected: { unit: 'year', stepMonths: [12], minCount: 9, maxCount: 9 },
    },
    {
      name: 'shows every month for a few months at 1100 px',
      input: { from: '2010-02-01', to: '2010-12-01', width: 1100 },
      expected: { unit: 'month', stepMonths: [1], minCount: 11, maxCount: 11 },
    },
  ] as const;
  for (const c of zoomCases) {
    it(`timeTicks ${c.name}`, () => {
      const ticks = timeTicks(scale(c.input.from, c.input.to, c.input.width), 'en-GB');
      expect(ticks.length).toBeGreaterThanOrEqual(c.expected.minCount);
      expect(ticks.length).toBeLessThanOrEqual(c.expected.maxCount);
      for (const tick of ticks) expect(tick.unit).toBe(c.expected.unit);
      const steps = new Set(ticks.slice(1).map((tick, i) => monthsBetween(ticks[i]!, tick)));
      expect(steps.size).toBe(1); // evenly spaced
      expect(c.expected.stepMonths).toContain([...steps][0]);
    });
  }

  it('timeTicks labels the whole-story ticks with their years, at multiples of five', () => {
    const ticks = timeTicks(scale('1949-01-01', '2025-12-31', 1100), 'en-GB');
    for (const tick of ticks) {
      const year = new Date(tick.time).getUTCFullYear();
      expect(year % 5).toBe(0);
      expect(tick.label).toBe(String(year));
      expect(isoDay(tick)).toBe(`${year}-01-01`);
    }
  });

  it('timeTicks shows every day for a two-week window, with the first of the month named as the month', () => {
    const ticks = timeTicks(scale('2010-10-01', '2010-10-15', 1100), 'en-GB');
    expect(ticks.map(isoDay)).toEqual(Array.from({ length: 15 }, (_, i) => `2010-10-${String(i + 1).padStart(2, '0')}`));
    expect(ticks.map((tick) => tick.unit)).toEqual(['month', ...Array<string>(14).fill('day')]);
    expect(ticks[0]!.label).toBe('Oct');
    expect(ticks[2]!.label).toBe('3 Oct');
    expect(ticks[14]!.label).toBe('15 Oct');
  });

  // Labels in the reader's language: a month view across New Year, in English and Turkish.
  const labelCases = [
    { input: { locale: 'en-GB', time: '2009-11-01' }, expected: { label: 'Nov', unit: 'month', major: false } },
    { input: { locale: 'en-GB', time: '2010-01-01' }, expected: { label: '2010', unit: 'year', major: true } },
    { input: { locale: 'en-GB', time: '2010-02-01' }, expected: { label: 'Feb', unit: 'month', major: false } },
    { input: { locale: 'tr', time: '2009-11-01' }, expected: { label: 'Kas', unit: 'month', major: false } },
    { input: { locale: 'tr', time: '2010-01-01' }, expected: { label: '2010', unit: 'year', major: true } },
    { input: { locale: 'tr', time: '2010-02-01' }, expected: { label: 'Şub', unit: 'month', major: false } },
  ] as const;
  for (const c of labelCases) {
    it(`timeTicks labels the tick at ${c.input.time} "${c.expected.label}" in ${c.input.locale}${c.expected.major ? ', as a major year tick' : ''}`, () => {
      const ticks = timeTicks(scale('2009-09-01', '2010-06-01', 1100), c.input.locale);
      const tick = ticks.find((t) => t.time === utc(c.input.time));
      expect(tick).toBeDefined();
      expect({ label: tick!.label, unit: tick!.unit, major: tick!.major }).toEqual(c.expected);
    });
  }

  it('timeTicks labels days in Turkish with Turkish month names', () => {
    const ticks = timeTicks(scale('2010-10-01', '2010-10-15', 1100), 'tr');
    expect(ticks.find((t) => t.time === utc('2010-10-03'))!.label).toBe('3 Eki');
  });

  it('timeTicks marks only year ticks as major', () => {
    for (const ticks of [
      timeTicks(scale('2009-09-01', '2010-06-01', 1100), 'en-GB'),
      timeTicks(scale('2005-01-01', '2015-01-01', 1100), 'en-GB'),
    ]) {
      for (const tick of ticks) expect(tick.major).toBe(tick.unit === 'year');
    }
  });

  it('timeTicks labels a tick at 2010-01-01 "2010" in any time zone', () => {
    // Under Pacific/Chatham a local-time slip would put the tick at 2009-12-31 UTC and label it "2009".
    const ticks = timeTicks(scale('2009-09-01', '2010-06-01', 1100), 'en-GB');
    const newYear = ticks.find((t) => t.unit === 'year');
    expect(newYear && isoDay(newYear)).toBe('2010-01-01');
    expect(newYear!.label).toBe('2010');
  });

  it('timeTicks places each tick where the scale puts its time, left to right inside the chart', () => {
    const s = scale('2009-09-01', '2010-06-01', 1100);
    const ticks = timeTicks(s, 'en-GB');
    // Domain from 1 Sep to 1 Jun: the first tick is at x = 0, the last at x = 1100.
    expect(ticks[0]!.x).toBe(0);
    expect(ticks.at(-1)!.x).toBe(1100);
    for (const tick of ticks)
      expect(tick.x).toBeCloseTo(((tick.time - utc('2009-09-01')) / (utc('2010-06-01') - utc('2009-09-01'))) * 1100, 9);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x).toBeGreaterThan(ticks[i - 1]!.x);
  });

  const densityCases = [
    { input: { spacing: 90 }, expected: { years: [2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015] } },
    // 1100 / 300 → 3 ticks asked for over ten years; d3 rounds the step to 5 years.
    { input: { spacing: 300 }, expected: { years: [2005, 2010, 2015] } },
  ] as const;
  for (const c of densityCases) {
    it(`timeTicks asks for about one tick per ${c.input.spacing} px: ${c.expected.years.length} ticks on a decade at 1100 px`, () => {
      const ticks = timeTicks(scale('2005-01-01', '2015-01-01', 1100), 'en-GB', c.input.spacing);
      expect(ticks.map((tick) => tick.label)).toEqual(c.expected.years.map(String));
    });
  }

  it('timeTicks asks for at least two ticks on a very narrow chart', () => {
    expect(timeTicks(scale('2000-01-01', '2020-01-01', 50), 'en-GB').length).toBeGreaterThanOrEqual(2);
  });
});
