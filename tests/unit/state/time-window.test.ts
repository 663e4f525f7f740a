import { describe, expect, it } from 'vitest';
import {
  MIN_SPAN,
  clampWindow,
  isFullExtent,
  panWindow,
  storyExtent,
  windowShowing,
  zoomWindow,
  windowAround,
  periodWindow,
  visibleSpan,
  type TimeWindow,
} from '../../../src/lib/state/time-window.ts';

const DAY = 86_400_000;
/** Midnight UTC of a calendar date written "YYYY-MM-DD". */
const utc = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
/** A time `n` days after the start of a made-up story, so cases read in days. */
const day = (n: number): number => utc('2000-01-01') + n * DAY;
const days = (window: TimeWindow): [number, number] => [(window[0] - day(0)) / DAY, (window[1] - day(0)) / DAY];

// A 1000-day story; most cases work inside it so the ends only matter where a case says so.
const extent: TimeWindow = [day(0), day(1000)];

describe('storyExtent', () => {
  const cases = [
    {
      name: 'pads a long story by 2% of its span at both ends',
      input: [{ start: utc('1950-01-01'), end: utc('2000-01-01') }],
      // 50 years (18 262 days) × 2% is far more than the 30-day minimum.
      expected: [
        utc('1950-01-01') - (utc('2000-01-01') - utc('1950-01-01')) * 0.02,
        utc('2000-01-01') + (utc('2000-01-01') - utc('1950-01-01')) * 0.02,
      ],
    },
    {
      name: 'pads a short story by at least 30 days, so a single mark is not squeezed against the edge',
      input: [{ start: utc('2010-05-01'), end: utc('2010-05-11') }],
      expected: [utc('2010-04-01'), utc('2010-06-10')],
    },
    {
      name: 'spans from the earliest start to the latest end, whichever events they belong to',
      // The event that starts last is not the one that ends last, and the input is not sorted.
      input: [
        { start: utc('2005-01-01'), end: utc('2005-01-02') },
        { start: utc('2001-01-01'), end: utc('2009-01-01') },
        { start: utc('2008-01-01'), end: utc('2008-02-01') },
      ],
      expected: [
        utc('2001-01-01') - (utc('2009-01-01') - utc('2001-01-01')) * 0.02,
        utc('2009-01-01') + (utc('2009-01-01') - utc('2001-01-01')) * 0.02,
      ],
    },
    {
      name: 'gives an empty story a fixed one-year window (no "now", so it is the same on every run)',
      input: [],
      expected: [utc('2000-01-01'), utc('2000-12-31')], // 2000 is a leap year: 365 days end on 31 December.
    },
  ];
  for (const c of cases) {
    it(`storyExtent ${c.name}`, () => {
      expect(storyExtent(c.input)).toEqual(c.expected);
    });
  }

  it('storyExtent uses the pad fraction it is given', () => {
    const span = utc('2000-01-01') - utc('1900-01-01');
    expect(storyExtent([{ start: utc('1900-01-01'), end: utc('2000-01-01') }], 0.1)).toEqual([
      utc('1900-01-01') - span * 0.1,
      utc('2000-01-01') + span * 0.1,
    ]);
  });
});

describe('clampWindow', () => {
  // Windows in days since the story's start; expected windows too.
  const cases = [
    { name: 'leaves a window that is inside the story unchanged', input: [100, 200], expected: [100, 200] },
    { name: 'slides a window that runs past the end back inside, keeping its span', input: [950, 1050], expected: [900, 1000] },
    { name: 'slides a window that starts before the story forward, keeping its span', input: [-30, 70], expected: [0, 100] },
    { name: 'widens a window narrower than MIN_SPAN to 14 days around its centre', input: [500, 502], expected: [494, 508] },
    { name: 'widens a window of zero span to 14 days around it', input: [300, 300], expected: [293, 307] },
    { name: 'shrinks a window wider than the story to the whole story', input: [-500, 1500], expected: [0, 1000] },
    { name: 'widens to MIN_SPAN without leaving the story at its start', input: [0, 1], expected: [0, 14] },
    { name: 'accepts a window exactly the size of the story', input: [0, 1000], expected: [0, 1000] },
  ] as const;
  for (const c of cases) {
    it(`clampWindow ${c.name}`, () => {
      expect(days(clampWindow([day(c.input[0]), day(c.input[1])], extent))).toEqual(c.expected);
    });
  }

  it('clampWindow shows a story shorter than MIN_SPAN whole, rather than a window wider than the story', () => {
    const short: TimeWindow = [day(0), day(5)];
    expect(days(clampWindow([day(1), day(2)], short))).toEqual([0, 5]);
  });

  it('MIN_SPAN is two weeks', () => {
    expect(MIN_SPAN).toBe(14 * DAY);
  });
});

describe('zoomWindow', () => {
  // The anchor's place on screen is its fraction of the way across the window.
  const fraction = (window: TimeWindow, time: number): number => (time - window[0]) / (window[1] - window[0]);

  const cases = [
    { name: 'halves the span when zooming in by 2', input: { window: [200, 600], factor: 2, anchor: 400 }, span: 200 },
    { name: 'doubles the span when zooming out by 2', input: { window: [400, 600], factor: 0.5, anchor: 500 }, span: 400 },
    { name: 'zooms in around an anchor a quarter of the way across', input: { window: [200, 600], factor: 4, anchor: 300 }, span: 100 },
    { name: 'zooms in around an anchor near the right edge', input: { window: [200, 600], factor: 2, anchor: 580 }, span: 200 },
    { name: 'zooms out around an anchor near the left edge', input: { window: [400, 500], factor: 0.5, anchor: 410 }, span: 200 },
    // Zooming past the two-week limit: the span stops at MIN_SPAN, and the anchor must still
    // stay put, or the view jumps sideways when the reader zooms in at full magnification.
    { name: 'stops at MIN_SPAN when zooming in further', input: { window: [500, 520], factor: 4, anchor: 502 }, span: 14 },
    { name: 'does not move the view when zooming in at MIN_SPAN already', input: { window: [500, 514], factor: 2, anchor: 501 }, span: 14 },
  ] as const;
  for (const c of cases) {
    it(`zoomWindow ${c.name}, keeping the anchor time at the same place on screen`, () => {
      const before: TimeWindow = [day(c.input.window[0]), day(c.input.window[1])];
      const anchor = day(c.input.anchor);
      const after = zoomWindow(before, c.input.factor, anchor, extent);
      expect((after[1] - after[0]) / DAY).toBeCloseTo(c.span, 6);
      expect(fraction(after, anchor)).toBeCloseTo(fraction(before, anchor), 9);
    });
  }

  it('zoomWindow stops at the whole story when zooming out', () => {
    expect(days(zoomWindow([day(200), day(800)], 0.25, day(500), extent))).toEqual([0, 1000]);
  });

  it('zoomWindow keeps the window inside the story when zooming out near its start', () => {
    // 100 days around day 10 would start before the story: it slides forward instead.
    expect(days(zoomWindow([day(0), day(50)], 0.5, day(10), extent))).toEqual([0, 100]);
  });
});

describe('panWindow', () => {
  const cases = [
    { name: 'moves the window later by a positive delta', input: { window: [100, 200], delta: 30 }, expected: [130, 230] },
    { name: 'moves the window earlier by a negative delta', input: { window: [100, 200], delta: -30 }, expected: [70, 170] },
    { name: 'stops at the end of the story', input: { window: [850, 950], delta: 200 }, expected: [900, 1000] },
    { name: 'stops at the start of the story', input: { window: [50, 150], delta: -200 }, expected: [0, 100] },
    { name: 'does not move a window that shows the whole story', input: { window: [0, 1000], delta: 50 }, expected: [0, 1000] },
  ] as const;
  for (const c of cases) {
    it(`panWindow ${c.name}`, () => {
      expect(days(panWindow([day(c.input.window[0]), day(c.input.window[1])], c.input.delta * DAY, extent))).toEqual(c.expected);
    });
  }
});

describe('windowShowing', () => {
  // Window [100, 200): the default margin is 8% of its 100 days, so 8 days at each side.
  const window: TimeWindow = [day(100), day(200)];
  const cases = [
    { name: 'keeps the window when the event is already in view with its margin', input: [150, 151], expected: [100, 200] },
    { name: 'keeps the window when the event sits exactly on the margins', input: [108, 192], expected: [100, 200] },
    { name: 'pans later just far enough for an event past the right edge', input: [250, 251], expected: [159, 259] },
    { name: 'pans later just far enough for an event inside the right margin', input: [195, 196], expected: [104, 204] },
    { name: 'pans earlier just far enough for an event before the left edge', input: [40, 45], expected: [32, 132] },
    { name: 'pans earlier for an event that starts before the window and ends inside it', input: [95, 120], expected: [87, 187] },
    { name: 'widens the window to show an event longer than the window, with margins', input: [300, 500], expected: [292, 508] },
    { name: 'stops at the end of the story', input: [995, 1000], expected: [900, 1000] },
    { name: 'stops at the start of the story', input: [0, 1], expected: [0, 100] },
  ] as const;
  for (const c of cases) {
    it(`windowShowing ${c.name}`, () => {
      expect(days(windowShowing(window, day(c.input[0]), day(c.input[1]), extent))).toEqual(c.expected);
    });
  }

  it('windowShowing returns the very same window when nothing needs to move, so no state changes', () => {
    expect(windowShowing(window, day(150), day(151), extent)).toBe(window);
  });
});

describe('isFullExtent', () => {
  const cases = [
    { name: 'is true for the extent itself', input: [0, 1000], expected: true },
    { name: 'is true within less than a day of both ends (rounding from pixels)', input: [0.5, 999.5], expected: true },
    { name: 'is false when the start is a day or more in', input: [1, 1000], expected: false },
    { name: 'is false when the end is a day or more short', input: [0, 999], expected: false },
    { name: 'is false for a zoomed-in window', input: [400, 600], expected: false },
  ] as const;
  for (const c of cases) {
    it(`isFullExtent ${c.name}`, () => {
      expect(isFullExtent([day(c.input[0]), day(c.input[1])], extent)).toBe(c.expected);
    });
  }
});

describe('windowAround, periodWindow and visibleSpan', () => {
  it('opens a cluster with air at both sides, at least an eighth of the current window wide', () => {
    expect(days(windowAround(day(100), day(110), [day(0), day(800)]))).toEqual([40, 170]);
    expect(days(windowAround(day(100), day(300), [day(0), day(800)]))).toEqual([-20, 420]);
  });
  it('gives a period a little air', () => expect(days(periodWindow(day(100), day(200)))).toEqual([97, 203]));
  const cases = [
    { name: 'a wide window is named in years', window: [0, 5000], story: [100, 4000], expected: { start: 100, precision: 'year' } },
    { name: 'a narrow one in months', window: [0, 500], story: [100, 4000], expected: { start: 100, precision: 'month' } },
  ] as const;
  for (const { name, window, story, expected } of cases) {
    it(name, () => {
      const span = visibleSpan([day(window[0]), day(window[1])], day(story[0]), day(story[1]));
      expect({ start: (span.start - day(0)) / DAY, precision: span.precision }).toEqual(expected);
    });
  }
  it('names the last day shown, not the next one', () => {
    expect(visibleSpan([day(0), day(50)], day(0), day(100)).end).toBe(day(50) - 1);
  });
});
