import { describe, expect, it } from 'vitest';
import { storySpan, visibleRangeText, zoomStep } from '../../../src/lib/timeline/window-view.ts';
import { storyExtent, type TimeWindow } from '../../../src/lib/state/time-window.ts';

const DAY = 86_400_000;
const utc = (year: number, month = 0, day = 1) => Date.UTC(year, month, day);
const date = (start: number, end = start + DAY) => ({ iso: '', precision: 'day' as const, start, end });

describe('storySpan', () => {
  const cases = [
    {
      name: 'spans every event’s start and every era, the eras reaching past the events',
      events: [{ startDate: date(utc(1960)) }, { startDate: date(utc(2000)) }],
      eras: [{ startDate: date(utc(1949)), endDate: date(utc(2024, 11, 31)) }],
      expected: storyExtent([
        { start: utc(1949), end: utc(2025) },
        { start: utc(1960), end: utc(1960) + DAY },
      ]),
    },
    {
      name: 'spans the events alone when there are no eras',
      events: [{ startDate: date(utc(1960)) }, { startDate: date(utc(2000)) }],
      eras: [],
      expected: storyExtent([date(utc(1960)), date(utc(2000))]),
    },
  ];
  for (const c of cases) it(`storySpan ${c.name}`, () => expect(storySpan(c.events, c.eras)).toEqual(c.expected));
});

describe('zoomStep', () => {
  const extent: TimeWindow = [utc(1900), utc(2100)];
  const window: TimeWindow = [utc(1990), utc(2010)];
  const middle = (w: TimeWindow) => (w[0] + w[1]) / 2;
  const cases = [
    {
      name: 'zooming in halves the span about an anchor in view, which stays put',
      direction: 1 as const,
      anchor: utc(1995),
      span: 0.5,
      about: utc(1995),
    },
    { name: 'zooming out doubles the span', direction: -1 as const, anchor: utc(2000), span: 2, about: utc(2000) },
    {
      name: 'an anchor out of view zooms about the window’s middle',
      direction: 1 as const,
      anchor: utc(2050),
      span: 0.5,
      about: middle(window),
    },
    { name: 'no anchor (NaN) zooms about the window’s middle', direction: 1 as const, anchor: NaN, span: 0.5, about: middle(window) },
  ];
  for (const c of cases)
    it(`zoomStep: ${c.name}`, () => {
      const next = zoomStep(window, c.direction, c.anchor, extent);
      expect((next[1] - next[0]) / (window[1] - window[0])).toBeCloseTo(c.span, 9);
      // The point under `about` keeps its place in the window, as a fraction of the span.
      const fraction = (w: TimeWindow) => (c.about - w[0]) / (w[1] - w[0]);
      expect(fraction(next)).toBeCloseTo(fraction(window), 9);
    });
});

describe('visibleRangeText', () => {
  const cases = [
    {
      name: 'names the years shown, bounded by the story’s first and last events',
      window: [utc(1940), utc(2030)] as TimeWindow,
      story: [utc(1949, 2, 28), utc(2025, 5, 1)],
      expected: 'Showing 1949 to 2025',
    },
    {
      name: 'names months in a window under six years',
      window: [utc(2022, 7, 1), utc(2023, 10, 15)] as TimeWindow,
      story: [utc(1949, 2, 28), utc(2025, 5, 1)],
      expected: 'Showing Aug 2022 to Nov 2023',
    },
  ];
  for (const c of cases)
    it(`visibleRangeText ${c.name}`, () => expect(visibleRangeText(c.window, c.story[0]!, c.story[1]!, 'en', 'en-GB')).toBe(c.expected));
});
