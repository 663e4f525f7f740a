import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { focusFactor, focusScale, storyFocus } from '../../../src/lib/timeline/focus-scale.ts';
import { parseCalendarDate } from '../../../src/lib/format/calendar-date.ts';

/** Midnight UTC of a calendar date written "YYYY-MM-DD". */
const utc = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const YEAR_2000 = utc('2000-01-01');
const YEAR_2020 = utc('2020-01-01');

describe('focusScale', () => {
  // Each case: a window, a range and a focus in; the x of some times and the breaks out.
  const cases = [
    {
      name: 'compresses the years before the focus by the factor, with a break at the focus start',
      input: { window: [utc('1980-01-01'), YEAR_2020], range: [0, 300], focus: { start: YEAR_2000, end: YEAR_2020, factor: 2 } },
      // 1980–2000 and 2000–2020 have the same number of days; halved, the first takes a third of 300 px.
      expected: { times: [utc('1980-01-01'), YEAR_2000, YEAR_2020], xs: [0, 100, 300], breaks: [100] },
    },
    {
      name: 'compresses both sides of a focus with an end, with two breaks',
      input: { window: [utc('1990-01-01'), utc('2030-01-01')], range: [0, 400], focus: { start: YEAR_2000, end: YEAR_2020, factor: 5 } },
      // Warped: 2 + 20 + 2 years on 400 px.
      expected: {
        times: [utc('1990-01-01'), YEAR_2000, YEAR_2020, utc('2030-01-01')],
        xs: [0, 33.33, 366.67, 400],
        breaks: [33.33, 366.67],
      },
    },
    {
      name: 'is linear inside a window that lies before the focus (zoomed in on the context)',
      input: {
        window: [utc('1949-01-01'), utc('1961-01-01')],
        range: [112, 1264],
        focus: { start: utc('2008-01-01'), end: Infinity, factor: 4.6 },
      },
      // 1949–1955 has 2,191 of the window's 4,383 days.
      expected: { times: [utc('1949-01-01'), utc('1955-01-01'), utc('1961-01-01')], xs: [112, 687.87, 1264], breaks: [] },
    },
    {
      name: 'is linear without a focus',
      input: { window: [YEAR_2000, YEAR_2020], range: [0, 200], focus: null },
      expected: { times: [YEAR_2000, utc('2010-01-01'), YEAR_2020], xs: [0, 100.0, 200], breaks: [] },
    },
  ] as const;
  for (const c of cases) {
    it(`focusScale ${c.name}`, () => {
      const scale = focusScale(c.input.window, c.input.range, c.input.focus);
      c.expected.times.forEach((time, i) => expect(scale(time)).toBeCloseTo(c.expected.xs[i]!, 1));
      expect(scale.breaks.length).toBe(c.expected.breaks.length);
      scale.breaks.forEach((x, i) => expect(x).toBeCloseTo(c.expected.breaks[i]!, 1));
    });
  }

  const story = {
    window: [utc('1947-06-01'), utc('2027-06-01')],
    range: [112, 1264],
    focus: { start: utc('2008-01-01'), end: Infinity, factor: 4.6 },
  } as const;

  it('focusScale is strictly increasing and invert undoes it to the millisecond, on both sides of the break', () => {
    const scale = focusScale(story.window, story.range, story.focus);
    let previous = -Infinity;
    for (let time = story.window[0]; time <= story.window[1]; time += 97 * 86_400_000 + 12_345) {
      const x = scale(time);
      expect(x).toBeGreaterThan(previous);
      previous = x;
      expect(Math.abs(scale.invert(x) - time)).toBeLessThanOrEqual(1);
    }
  });

  it("focusScale is scaleUtc's mapping on each side of the break, each on its own pixels", () => {
    const scale = focusScale(story.window, story.range, story.focus);
    const [breakX] = scale.breaks;
    const before = scaleUtc().domain([story.window[0], story.focus.start]).range([story.range[0], breakX!]);
    const after = scaleUtc().domain([story.focus.start, story.window[1]]).range([breakX!, story.range[1]]);
    for (const iso of ['1949-03-28', '1956-11-01', '1996-02-23', '2007-12-31'])
      expect(scale(utc(iso))).toBeCloseTo(before(new Date(utc(iso))), 6);
    for (const iso of ['2008-01-01', '2010-05-31', '2022-10-27', '2025-11-07'])
      expect(scale(utc(iso))).toBeCloseTo(after(new Date(utc(iso))), 6);
  });

  it('focusScale gives the focus the wider share of pixels per year', () => {
    const scale = focusScale(story.window, story.range, story.focus);
    const contextYear = scale(utc('1991-01-01')) - scale(utc('1990-01-01'));
    const focusYear = scale(utc('2011-01-01')) - scale(utc('2010-01-01'));
    expect(focusYear / contextYear).toBeCloseTo(4.6, 1);
  });

  it('focusScale.ticks labels both segments with round times inside the window, sorted and without repeats', () => {
    const scale = focusScale(story.window, story.range, story.focus);
    const ticks = scale.ticks(12).map((date) => date.getTime());
    const [breakX] = scale.breaks;
    expect(ticks).toEqual([...new Set(ticks)].sort((a, b) => a - b));
    expect(ticks.every((time) => time >= story.window[0] && time <= story.window[1])).toBe(true);
    expect(ticks.some((time) => scale(time) < breakX!)).toBe(true);
    expect(ticks.filter((time) => scale(time) > breakX!).length).toBeGreaterThanOrEqual(3);
    expect(ticks.every((time) => new Date(time).getUTCMonth() === 0 && new Date(time).getUTCDate() === 1)).toBe(true);
  });
});

describe('focusFactor', () => {
  const cases = [
    {
      name: 'gives a focus of a quarter of the extent 60% of the width',
      input: { extent: [0, 400], focus: [300, 400], share: 0.6 },
      expected: 4.5,
    },
    { name: 'stays linear when the focus already has its share', input: { extent: [0, 100], focus: [0, 80], share: 0.6 }, expected: 1 },
    {
      name: 'stays linear when the focus lies outside the extent',
      input: { extent: [0, 100], focus: [200, 300], share: 0.6 },
      expected: 1,
    },
    {
      name: 'counts only the part of the focus inside the extent',
      input: { extent: [0, 400], focus: [300, 9999], share: 0.5 },
      expected: 3,
    },
  ] as const;
  for (const c of cases) {
    it(`focusFactor ${c.name}`, () => {
      expect(focusFactor(c.input.extent, c.input.focus, c.input.share)).toBeCloseTo(c.expected, 9);
    });
  }
});

describe('storyFocus', () => {
  const extent = [Date.UTC(1948, 0, 1), Date.UTC(2028, 0, 1)] as const;
  const cases = [
    { name: 'is null without a focus period', period: undefined, expected: null },
    { name: 'is null for a start that is not a date', period: ['soon'], expected: null },
    {
      name: 'runs from the start of its first date to the story’s end without an end date',
      period: ['2008'],
      expected: { start: Date.UTC(2008, 0, 1), end: Infinity, factor: focusFactor(extent, [Date.UTC(2008, 0, 1), Infinity], 0.75) },
    },
    {
      name: 'ends at the end of its end date',
      period: ['2008-06', '2012'],
      expected: {
        start: Date.UTC(2008, 5, 1),
        end: Date.UTC(2013, 0, 1),
        factor: focusFactor(extent, [Date.UTC(2008, 5, 1), Date.UTC(2013, 0, 1)], 0.75),
      },
    },
  ];
  for (const c of cases)
    it(`storyFocus ${c.name}`, () => expect(storyFocus(c.period, extent, 0.75, parseCalendarDate)).toEqual(c.expected));
});
