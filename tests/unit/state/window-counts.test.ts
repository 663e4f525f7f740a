import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../../src/lib/format/calendar-date.ts';
import { matchesThemes, overlapsWindow, splitByWindow, windowCounts, type DatedEvent } from '../../../src/lib/state/window-counts.ts';
import type { TimeWindow } from '../../../src/lib/state/time-window.ts';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** The window `#window=2009-01-01,2013-12-31` gives: its last day included. */
const window = (first: string, last: string): TimeWindow => [utc(first), utc(last) + 86_400_000];

function event(id: string, date: string, places: string[], themes: string[] = [], end?: string): DatedEvent {
  return { id, places, themes, startDate: parseCalendarDate(date)!, endDate: end ? parseCalendarDate(end)! : undefined };
}

describe('overlapsWindow', () => {
  const lostDecade = window('2009-01-01', '2013-12-31');
  const cases: { name: string; event: DatedEvent; window: TimeWindow | null; expected: boolean }[] = [
    { name: 'no window means the whole story', event: event('a', '1949-03-28', []), window: null, expected: true },
    { name: 'a day inside the window', event: event('a', '2010-05-31', []), window: lostDecade, expected: true },
    { name: 'a day before the window', event: event('a', '2008-12-31', []), window: lostDecade, expected: false },
    { name: 'the window’s first day', event: event('a', '2009-01-01', []), window: lostDecade, expected: true },
    { name: 'the window’s last day', event: event('a', '2013-12-31', []), window: lostDecade, expected: true },
    { name: 'the day after the window', event: event('a', '2014-01-01', []), window: lostDecade, expected: false },
    {
      name: 'a year-precision date covers its whole year',
      event: event('a', '2008', []),
      window: window('2008-12-01', '2009-06-30'),
      expected: true,
    },
    {
      name: 'a month-precision date covers its whole month',
      event: event('a', '2008-11', []),
      window: window('2008-11-30', '2008-12-31'),
      expected: true,
    },
    {
      name: 'a month-precision date ends with its month',
      event: event('a', '2008-11', []),
      window: window('2008-12-01', '2008-12-31'),
      expected: false,
    },
    {
      name: 'an event that starts before and ends inside',
      event: event('a', '2007-01-01', [], [], '2009-02-01'),
      window: lostDecade,
      expected: true,
    },
    { name: 'an event that spans the whole window', event: event('a', '2005', [], [], '2016'), window: lostDecade, expected: true },
    { name: 'an event that ends before the window', event: event('a', '2005', [], [], '2008'), window: lostDecade, expected: false },
  ];
  for (const { name, event, window, expected } of cases) it(name, () => expect(overlapsWindow(event, window)).toBe(expected));
});

describe('matchesThemes', () => {
  const cases: { name: string; themes: string[]; active: string[]; expected: boolean }[] = [
    { name: 'no issue chosen: every event matches', themes: [], active: [], expected: true },
    { name: 'one chosen issue the event has', themes: ['gaza', 'trade'], active: ['gaza'], expected: true },
    { name: 'one chosen issue the event lacks', themes: ['trade'], active: ['gaza'], expected: false },
    { name: 'several issues combine with OR', themes: ['trade'], active: ['gaza', 'trade'], expected: true },
    { name: 'an event with no issue matches no chosen issue', themes: [], active: ['gaza'], expected: false },
  ];
  for (const { name, themes, active, expected } of cases)
    it(name, () => expect(matchesThemes(event('a', '2010', [], themes), active)).toBe(expected));
});

describe('windowCounts', () => {
  const events = [
    event('visit', '2008', ['ankara', 'jerusalem'], ['diplomacy']),
    event('flotilla', '2010-05-31', ['mavi-marmara-boarding', 'gaza-strip', 'ankara'], ['gaza']),
    event('apology', '2013-03-22', ['ankara', 'jerusalem'], ['diplomacy', 'gaza']),
    event('deal', '2016-06', ['ankara'], ['diplomacy']),
    event('twice', '2011', ['gaza-strip', 'gaza-strip'], ['gaza']),
  ];
  const cases: { name: string; window: TimeWindow | null; active: string[]; expected: Record<string, number> }[] = [
    {
      name: 'the whole story, no filter: every event of every place',
      window: null,
      active: [],
      expected: { ankara: 4, jerusalem: 2, 'mavi-marmara-boarding': 1, 'gaza-strip': 2 },
    },
    {
      name: 'the lost decade: only the events inside it',
      window: window('2009-01-01', '2013-12-31'),
      active: [],
      expected: { ankara: 2, jerusalem: 1, 'mavi-marmara-boarding': 1, 'gaza-strip': 2 },
    },
    {
      name: 'the lost decade with the diplomacy issue',
      window: window('2009-01-01', '2013-12-31'),
      active: ['diplomacy'],
      expected: { ankara: 1, jerusalem: 1 },
    },
    {
      name: 'two issues combine with OR',
      window: null,
      active: ['diplomacy', 'gaza'],
      expected: { ankara: 4, jerusalem: 2, 'mavi-marmara-boarding': 1, 'gaza-strip': 2 },
    },
    { name: 'a window with no events leaves every place at none', window: window('1990-01-01', '1995-12-31'), active: [], expected: {} },
  ];
  for (const { name, window, active, expected } of cases)
    it(name, () => expect(Object.fromEntries(windowCounts(events, window, active))).toEqual(expected));
});

describe('splitByWindow', () => {
  it('keeps the order and puts each event on one side', () => {
    const events = [event('a', '2008', []), event('b', '2010', []), event('c', '2012', []), event('d', '2015', [])];
    const { inside, outside } = splitByWindow(events, window('2009-01-01', '2013-12-31'));
    expect(inside.map((e) => e.id)).toEqual(['b', 'c']);
    expect(outside.map((e) => e.id)).toEqual(['a', 'd']);
  });
});
