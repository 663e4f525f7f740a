import { describe, expect, it } from 'vitest';
import { focusScale } from '../../../src/lib/timeline/focus-scale.ts';
import { firstStartingAtOrAfter, laneIndex, layoutWindow, longestSpan, spanOfIds } from '../../../src/lib/timeline/window-layout.ts';

const DAY = 86_400_000;
const day = (n: number) => n * DAY;
const event = (id: string, start: number, end = start + 1, category = 'a') => ({
  id,
  category,
  startDate: { iso: '', precision: 'day' as const, start: day(start), end: day(end) },
  endDate: undefined,
});

const events = [event('a', 0), event('b', 10, 40), event('c', 20), event('d', 30, 31, 'b'), event('e', 90)];
const laneOf = new Map([
  ['a', 0],
  ['b', 1],
]);
const options = { denseEvents: 100, radius: 6, gap: 3, maxRows: 4, minBarWidth: 18, binWidth: 28 };

describe('firstStartingAtOrAfter', () => {
  const cases = [
    { time: day(-5), expected: 0 },
    { time: day(0), expected: 0 },
    { time: day(5), expected: 1 },
    { time: day(20), expected: 2 },
    { time: day(91), expected: 5 },
  ];
  for (const { time, expected } of cases)
    it(`finds index ${expected} for day ${time / DAY}`, () => expect(firstStartingAtOrAfter(events, time)).toBe(expected));
});

describe('longestSpan', () => {
  it('is the longest event, in ms', () => expect(longestSpan(events)).toBe(day(30)));
  it('is 0 for no events', () => expect(longestSpan([])).toBe(0));
});

describe('layoutWindow', () => {
  const layout = (window: [number, number], denseEvents = options.denseEvents) =>
    layoutWindow(
      {
        events,
        window: [day(window[0]), day(window[1])],
        range: [0, 1000],
        laneOf,
        laneCount: 2,
        longest: longestSpan(events),
        lanes: () => laneIndex(events, laneOf, 2),
      },
      { ...options, denseEvents },
    );
  const ids = (window: [number, number]) =>
    layout(window)
      .items.flatMap((item) => (item.kind === 'mark' ? [item.id] : item.ids))
      .sort();

  const cases: { name: string; window: [number, number]; expected: string[] }[] = [
    { name: 'the whole story shows every event', window: [-1, 100], expected: ['a', 'b', 'c', 'd', 'e'] },
    { name: 'a span that started before the window still shows', window: [35, 50], expected: ['b'] },
    { name: 'an event after the window is left out', window: [15, 35], expected: ['b', 'c', 'd'] },
    { name: 'an empty stretch shows nothing', window: [50, 80], expected: [] },
  ];
  for (const { name, window, expected } of cases) it(name, () => expect(ids(window)).toEqual(expected));

  it('puts each event in its category’s lane', () => {
    const lanes = Object.fromEntries(layout([-1, 100]).items.flatMap((item) => (item.kind === 'mark' ? [[item.id, item.lane]] : [])));
    expect(lanes).toEqual({ a: 0, b: 0, c: 0, d: 1, e: 0 });
  });

  it('counts events in bins once the view holds more than the dense limit', () => {
    const dense = layout([-1, 100], 2);
    expect(dense.rowsPerLane).toEqual([1, 1]);
    expect(dense.items.flatMap((item) => (item.kind === 'mark' ? [item.id] : item.ids)).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  // A focus from day 50 on, the time before it compressed fourfold: day 0 sits at 0, day 50 at
  // 12.5 of 62.5 warped days (200 px), day 90 at 52.5 (840 px).
  const warped = (denseEvents: number) =>
    layoutWindow(
      {
        events,
        window: [day(0), day(100)],
        range: [0, 1000],
        laneOf,
        laneCount: 2,
        longest: longestSpan(events),
        lanes: () => laneIndex(events, laneOf, 2),
        scale: focusScale([day(0), day(100)], [0, 1000], { start: day(50), end: Infinity, factor: 4 }),
      },
      { ...options, denseEvents },
    );
  // b is a bar from day 10 (40 px); e, a point, is centred on its day (840 to 856 px) but a
  // single-event bin sits at its start.
  const cases2 = [
    { name: 'places marks by the given scale, one by one', denseEvents: 100, expected: { b: 40, e: 848 } },
    { name: 'places single-event bins by the given scale in a dense view', denseEvents: 2, expected: { b: 40, e: 840 } },
  ];
  for (const { name, denseEvents, expected } of cases2)
    it(name, () => {
      const items = warped(denseEvents).items;
      const xOf = (id: string) => items.find((item) => item.kind === 'mark' && item.id === id);
      const e = xOf('e');
      expect(e?.kind === 'mark' && e.x0).toBeCloseTo(expected.e, 6);
      const b = xOf('b');
      expect(b?.kind === 'mark' && b.x0).toBeCloseTo(expected.b, 6);
    });
});

describe('spanOfIds', () => {
  const date = (start: number, end = start + 1) => ({ iso: '', precision: 'day' as const, start, end });
  const byId = new Map([
    ['a', { id: 'a', category: 'c', startDate: date(10) }],
    ['b', { id: 'b', category: 'c', startDate: date(5), endDate: date(30, 40) }],
    ['c', { id: 'c', category: 'c', startDate: date(20) }],
  ]);
  const cases = [
    { name: 'runs from the earliest start to the latest end', ids: ['a', 'b', 'c'], expected: [5, 40] },
    { name: 'is one event’s own span', ids: ['a'], expected: [10, 11] },
    { name: 'skips ids it does not know', ids: ['x', 'c'], expected: [20, 21] },
    { name: 'is null when it knows none', ids: ['x'], expected: null },
  ];
  for (const c of cases) it(`spanOfIds ${c.name}`, () => expect(spanOfIds(c.ids, byId)).toEqual(c.expected));
});
