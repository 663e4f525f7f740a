import { describe, expect, it } from 'vitest';
import { firstStartingAtOrAfter, laneIndex, layoutWindow, longestSpan } from '../../../src/lib/timeline/window-layout.ts';

const DAY = 86_400_000;
const day = (n: number) => n * DAY;
const event = (id: string, start: number, end = start + 1, category = 'a') => ({
  id,
  category,
  when: { iso: '', precision: 'day' as const, start: day(start), end: day(end) },
  until: undefined,
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
});
