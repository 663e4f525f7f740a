import { describe, expect, it } from 'vitest';
import { panByPx, pinchWindow, wheelZoomFactor, zoomAtPx } from '../../../src/lib/timeline/gesture-window.ts';
import { MIN_SPAN, type TimeWindow } from '../../../src/lib/state/time-window.ts';
import { timeScale } from '../../../src/lib/timeline/time-scale.ts';
import { focusScale } from '../../../src/lib/timeline/focus-scale.ts';

const DAY = 86_400_000;
/** A time `n` days after the start of a made-up story, so cases read in days. */
const day = (n: number): number => Date.UTC(2000, 0, 1) + n * DAY;
const days = (window: TimeWindow): [number, number] => [(window[0] - day(0)) / DAY, (window[1] - day(0)) / DAY];

// A 1000-day story drawn on a chart from x = 100 to x = 1100: one px is one day when the whole story shows.
const extent: TimeWindow = [day(0), day(1000)];
const range = [100, 1100] as const;
/** The time under `x` on `window`, read back from the result as the chart would draw it. */
const timeUnder = (window: TimeWindow, x: number) => window[0] + ((x - range[0]) / (range[1] - range[0])) * (window[1] - window[0]);
/** The chart's linear scale on `window`. */
const linear = (window: TimeWindow) => timeScale(window, range);

describe('wheelZoomFactor', () => {
  const cases = [
    { name: 'doubles for 50 px of wheel towards the reader (negative deltaY zooms in)', deltaY: -50, deltaMode: 0, expected: 2 },
    { name: 'halves for 50 px away', deltaY: 50, deltaMode: 0, expected: 0.5 },
    { name: 'zooms a mouse notch of 100 px fourfold', deltaY: -100, deltaMode: 0, expected: 4 },
    { name: 'counts a line as half a doubling', deltaY: -2, deltaMode: 1, expected: 2 },
    { name: 'counts a page as ten doublings', deltaY: -0.1, deltaMode: 2, expected: 2 },
    { name: 'leaves the zoom alone for a zero delta', deltaY: 0, deltaMode: 0, expected: 1 },
  ];
  for (const c of cases) {
    it(`wheelZoomFactor ${c.name}`, () => {
      expect(wheelZoomFactor(c.deltaY, c.deltaMode)).toBeCloseTo(c.expected, 12);
    });
  }
});

describe('zoomAtPx', () => {
  const cases: { name: string; window: TimeWindow; factor: number; x: number; expected: TimeWindow }[] = [
    {
      name: 'keeps the time under the pointer where it was when zooming in',
      window: [day(200), day(600)],
      factor: 2,
      x: 350,
      expected: [day(250), day(450)],
    },
    {
      name: 'keeps the time under the pointer when zooming out',
      window: [day(400), day(600)],
      factor: 0.5,
      x: 600,
      expected: [day(300), day(700)],
    },
    {
      name: 'zooms around the left end when the pointer is there',
      window: [day(200), day(600)],
      factor: 4,
      x: 100,
      expected: [day(200), day(300)],
    },
    {
      name: 'stops at two weeks, still around the pointer',
      window: [day(480), day(520)],
      factor: 100,
      x: 600,
      expected: [day(500) - MIN_SPAN / 2, day(500) + MIN_SPAN / 2],
    },
    {
      name: 'stops at the whole story when zooming out too far',
      window: [day(100), day(300)],
      factor: 1 / 64,
      x: 200,
      expected: [day(0), day(1000)],
    },
  ];
  for (const c of cases) {
    it(`zoomAtPx ${c.name}`, () => {
      expect(days(zoomAtPx(linear(c.window), c.factor, c.x, extent))).toEqual(days(c.expected));
    });
  }

  it('zoomAtPx leaves the time under the pointer in place at any point of the chart', () => {
    for (const x of [100, 333, 600, 1099]) {
      const before: TimeWindow = [day(100), day(900)];
      const after = zoomAtPx(linear(before), 1.7, x, extent);
      expect(timeUnder(after, x)).toBeCloseTo(timeUnder(before, x), -1);
    }
  });
});

describe('panByPx', () => {
  const cases: { name: string; window: TimeWindow; dx: number; expected: TimeWindow }[] = [
    {
      name: 'brings earlier times into view when the content is dragged right',
      window: [day(400), day(600)],
      dx: 100, // 100 px at 5 px a day
      expected: [day(380), day(580)],
    },
    {
      name: 'brings later times into view when the content is dragged left',
      window: [day(400), day(600)],
      dx: -250,
      expected: [day(450), day(650)],
    },
    {
      name: 'stops at the start of the story, keeping the span',
      window: [day(10), day(210)],
      dx: 500,
      expected: [day(0), day(200)],
    },
    {
      name: 'stops at the end of the story, keeping the span',
      window: [day(700), day(900)],
      dx: -5000,
      expected: [day(800), day(1000)],
    },
    { name: 'leaves the window alone for no movement', window: [day(400), day(600)], dx: 0, expected: [day(400), day(600)] },
  ];
  for (const c of cases) {
    it(`panByPx ${c.name}`, () => {
      expect(days(panByPx(linear(c.window), c.dx, extent))).toEqual(days(c.expected));
    });
  }
});

type Pair = readonly [number, number];

describe('pinchWindow', () => {
  const cases: { name: string; window: TimeWindow; from: Pair; to: Pair; expected: TimeWindow }[] = [
    {
      name: 'zooms in twofold when the fingers spread to twice their distance around the same midpoint',
      window: [day(200), day(600)],
      from: [500, 700],
      to: [400, 800],
      expected: [day(300), day(500)],
    },
    {
      name: 'zooms out when the fingers close',
      window: [day(350), day(550)],
      from: [400, 800],
      to: [500, 700],
      expected: [day(250), day(650)],
    },
    {
      name: 'pans when both fingers move together',
      window: [day(400), day(600)],
      from: [300, 500],
      to: [400, 600],
      expected: [day(380), day(580)],
    },
    {
      name: 'pans by the midpoint when the fingers touch',
      window: [day(400), day(600)],
      from: [500, 500],
      to: [550, 550.5],
      expected: [day(389.95), day(589.95)],
    },
    {
      name: 'keeps time running forwards when the fingers cross',
      window: [day(200), day(600)],
      from: [500, 700],
      to: [800, 400],
      expected: [day(300), day(500)],
    },
    {
      name: 'stops at two weeks around the time between the fingers',
      window: [day(480), day(520)],
      from: [590, 610],
      to: [100, 1100],
      expected: [day(500) - MIN_SPAN / 2, day(500) + MIN_SPAN / 2],
    },
    {
      name: 'stops at the whole story when the fingers close far',
      window: [day(400), day(600)],
      from: [100, 1100],
      to: [595, 605],
      expected: [day(0), day(1000)],
    },
  ];
  for (const c of cases) {
    it(`pinchWindow ${c.name}`, () => {
      const result = days(pinchWindow(linear(c.window), c.from, c.to, extent));
      const expected = days(c.expected);
      expect(result[0]).toBeCloseTo(expected[0], 6);
      expect(result[1]).toBeCloseTo(expected[1], 6);
    });
  }

  it('pinchWindow puts the times that were under the fingers under them again', () => {
    const before: TimeWindow = [day(100), day(900)];
    const from = [300, 700] as const;
    const to = [250, 900] as const;
    const after = pinchWindow(linear(before), from, to, extent);
    expect(timeUnder(after, to[0])).toBeCloseTo(timeUnder(before, from[0]), -1);
    expect(timeUnder(after, to[1])).toBeCloseTo(timeUnder(before, from[1]), -1);
  });
});

describe('gestures on a focus-and-context chart', () => {
  // Days 600 to 1000 are the focus; the 600 days before it are compressed fourfold, so the
  // whole story shows the focus on 400 of the 550 warped days' pixels.
  const focus = { start: day(600), end: Infinity, factor: 4 };
  const scaleOf = (window: TimeWindow) => focusScale(window, range, focus);
  const cases: {
    name: string;
    window: TimeWindow;
    gesture: (scale: ReturnType<typeof scaleOf>) => TimeWindow;
    under: [number, number][];
  }[] = [
    {
      name: 'a wheel zoom keeps the compressed time under the pointer under it',
      window: extent,
      gesture: (scale) => zoomAtPx(scale, 2, 200, extent),
      under: [[200, 200]],
    },
    {
      name: 'a wheel zoom across the axis break keeps the time under the pointer under it',
      window: extent,
      gesture: (scale) => zoomAtPx(scale, 3, 450, extent),
      under: [[450, 450]],
    },
    {
      name: 'a zoom out keeps the time under the pointer under it',
      window: [day(500), day(800)],
      gesture: (scale) => zoomAtPx(scale, 0.8, 700, extent),
      under: [[700, 700]],
    },
    {
      name: 'a drag across the break moves the grabbed time with the pointer',
      window: [day(550), day(900)],
      gesture: (scale) => panByPx(scale, 120, extent),
      under: [[500, 620]],
    },
    {
      name: 'a pinch puts the times under the fingers under them again, on both sides of the break',
      window: [day(300), day(900)],
      gesture: (scale) => pinchWindow(scale, [300, 800], [200, 900], extent),
      under: [
        [300, 200],
        [800, 900],
      ],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const before = scaleOf(c.window);
      const after = scaleOf(c.gesture(before));
      for (const [fromX, toX] of c.under) expect(after(before.invert(fromX))).toBeCloseTo(toX, 3);
    });
  }

  it('a linear reading of the same zoom would have moved the time under the pointer', () => {
    const before = scaleOf(extent);
    const time = before.invert(200);
    // The window a linear chart would ask for, drawn on the focus scale.
    const naive = scaleOf(zoomAtPx(timeScale(extent, range), 2, 200, extent));
    expect(Math.abs(naive(time) - 200)).toBeGreaterThan(20);
    expect(scaleOf(zoomAtPx(before, 2, 200, extent))(time)).toBeCloseTo(200, 3);
  });
});
