import { describe, expect, it } from 'vitest';
import {
  placeChartLabels,
  placeEraNames,
  type LabelRequest,
  type PlacedChartLabel,
  type PlacerOptions,
} from '../../../src/lib/timeline/label-placer.ts';

const options: PlacerOptions = { left: 100, right: 1000, rows: 3, gap: 6, leaderGap: 2, rtl: false, maxShift: 200 };
const request = (id: string, anchor: number, width: number, key = true): LabelRequest => ({ id, anchor, width, key });

/**
 * No two labels in a row come nearer than the gap, every label is inside the chart, and no
 * leader line (straight down from under its label, bending only below the lowest row) runs
 * through a label in a row below.
 */
function expectNoOverlaps(placed: PlacedChartLabel[], { left, right, gap, leaderGap }: PlacerOptions) {
  for (const a of placed) {
    expect(a.left).toBeGreaterThanOrEqual(left);
    expect(a.right).toBeLessThanOrEqual(right);
    expect(a.leader).toBeGreaterThanOrEqual(a.left);
    expect(a.leader).toBeLessThanOrEqual(a.right);
    for (const b of placed) {
      if (a !== b && a.row === b.row) expect(a.right + gap <= b.left || b.right + gap <= a.left).toBe(true);
      if (b.row < a.row) expect(a.leader + leaderGap <= b.left || b.right + leaderGap <= a.leader, `${a.id} over ${b.id}`).toBe(true);
    }
  }
}

describe('placeChartLabels', () => {
  const cases: {
    name: string;
    input: { requests: LabelRequest[]; options?: Partial<PlacerOptions> };
    expected: Record<string, [row: number, left: number] | null>;
  }[] = [
    {
      name: 'starts a lone label at its mark, in the row nearest the lanes',
      input: { requests: [request('a', 300, 80)] },
      expected: { a: [0, 298] },
    },
    {
      name: 'stacks a label that would collide with its neighbour a row up, the rightmost mark lowest, so its leader drops clear',
      input: { requests: [request('a', 300, 80), request('b', 340, 80)] },
      expected: { a: [1, 298], b: [0, 338] },
    },
    {
      name: 'ends a label at its mark where starting there would run past the chart’s edge',
      input: { requests: [request('a', 990, 80)] },
      expected: { a: [0, 912] },
    },
    {
      name: 'gives key labels their marks first, whatever the order given; an ordinary one takes what is left',
      input: { requests: [request('ordinary', 300, 80, false), request('k1', 310, 80), request('k2', 320, 80), request('k3', 330, 80)] },
      expected: { k1: [2, 308], k2: [1, 318], k3: [0, 328], ordinary: [0, 222] },
    },
    {
      name: 'puts a key label on the other side of its mark when its own side is taken in every row',
      input: { requests: [request('a', 300, 80), request('b', 305, 80), request('c', 310, 80), request('d', 315, 80)] },
      expected: { a: [0, 222], b: [2, 303], c: [1, 308], d: [0, 313] },
    },
    {
      name: 'slides a key label along its row, within reach, when neither side of its mark is free',
      input: { requests: [request('a', 300, 80), request('b', 305, 80)], options: { rows: 1 } },
      expected: { a: [0, 217], b: [0, 303] },
    },
    {
      name: 'leaves out an ordinary label with no room at its mark rather than moving it away',
      input: { requests: [request('a', 300, 80, false), request('b', 305, 80)], options: { rows: 1 } },
      expected: { a: null, b: [0, 303] },
    },
    {
      name: 'leaves out a label wider than the chart',
      input: { requests: [request('a', 300, 2000)] },
      expected: { a: null },
    },
    {
      name: 'turns a neighbour whose label would reach the mark of one turned at the chart’s edge, so both stay labelled',
      input: { requests: [request('a', 800, 250, false), request('b', 700, 220, false)] },
      expected: { a: [1, 552], b: [0, 482] },
    },
    {
      name: 'turns a right-to-left neighbour the same way at the chart’s left edge',
      input: { requests: [request('a', 200, 250, false), request('b', 300, 220, false)], options: { rtl: true } },
      expected: { a: [1, 198], b: [0, 298] },
    },
    {
      name: 'ends a label at its mark in right-to-left text',
      input: { requests: [request('a', 300, 80)], options: { rtl: true } },
      expected: { a: [0, 222] },
    },
    {
      name: 'stacks crowded right-to-left labels from the leftmost mark up, each ending at its mark',
      input: { requests: [request('c', 340, 80), request('a', 300, 80), request('b', 320, 80)], options: { rtl: true } },
      expected: { a: [0, 222], b: [1, 242], c: [2, 262] },
    },
    {
      name: 'starts a right-to-left label at its mark where ending there would run past the chart’s left edge',
      input: { requests: [request('a', 120, 80)], options: { rtl: true } },
      expected: { a: [0, 118] },
    },
    {
      name: 'keeps the whole gap between right-to-left labels in a row, lifting the next one rather than crowding it',
      input: { requests: [request('a', 300, 80, false), request('b', 400, 80, false)], options: { rtl: true, gap: 30 } },
      expected: { a: [0, 222], b: [1, 322] },
    },
    {
      name: 'turns both right-to-left labels to keep an ordinary one whose leader would run through the label below',
      input: { requests: [request('a', 300, 80), request('b', 260, 80, false)], options: { rtl: true } },
      expected: { a: [0, 298], b: [1, 258] },
    },
    {
      name: 'leaves out an ordinary right-to-left label whose mark lies under the key label whichever way it reads',
      input: { requests: [request('a', 300, 80), request('b', 299, 80, false)], options: { rtl: true } },
      expected: { a: [0, 222], b: null },
    },
    {
      name: 'gives two key moments on one day a label each, the second a row up with its leader beside the first’s, and leaves out an ordinary one that day',
      input: { requests: [request('a', 300, 80), request('b', 300, 80), request('c', 300, 60, false)] },
      expected: { a: [0, 298], b: [1, 294], c: null },
    },
    {
      name: 'fits a label into a gap exactly as wide as it needs, whatever the rounding of the sums',
      input: {
        requests: [request('a', 200, 100.1), request('c', 500.3, 100), request('b', 306.1, 0.1 + 0.2 + 187.7)],
        options: { rows: 1 },
      },
      expected: { a: [0, 198], b: [0, 304.1], c: [0, 498.3] },
    },
  ];
  for (const c of cases) {
    it(`placeChartLabels ${c.name}`, () => {
      const merged = { ...options, ...c.input.options };
      const placed = placeChartLabels(c.input.requests, merged);
      const got = Object.fromEntries(
        c.input.requests.map(({ id }) => {
          const label = placed.find((p) => p.id === id);
          return [id, label ? [label.row, label.left] : null];
        }),
      );
      expect(got).toEqual(c.expected);
      expectNoOverlaps(placed, merged);
    });
  }

  it('placeChartLabels runs a key moment’s leader under a label when no place is clear of one and its leader cannot bend', () => {
    const placed = placeChartLabels([request('a', 300, 80), request('b', 301, 80)], { ...options, rows: 2, maxShift: 0 });
    // b's label covers a's mark in every row and on either side, so a's leader runs under it.
    expect(placed.map(({ id, row, left }) => [id, row, left])).toEqual([
      ['b', 0, 299],
      ['a', 1, 298],
    ]);
  });

  // A crowded stretch like 2022–2023 in the story: ten labels over 300 px, in both directions,
  // with a gap as wide as the chart's, and the same at the chart's far edge where labels turn.
  const crowd = (from: number) => Array.from({ length: 10 }, (_, i) => request(`e${i}`, from + i * 30, 90 + (i % 3) * 20, i % 2 === 0));
  for (const rtl of [false, true])
    for (const [where, from] of [
      ['mid-chart', 400],
      ['at the chart’s far edge', rtl ? 110 : 720],
    ] as const) {
      it(`placeChartLabels is deterministic and never crowds, overlaps or crosses a leader, ${where} (${rtl ? 'right to left' : 'left to right'})`, () => {
        const o = { ...options, rows: 5, gap: 16, rtl };
        const requests = crowd(from);
        const placed = placeChartLabels(requests, o);
        expect(placeChartLabels([...requests].reverse(), o)).toEqual(placed);
        expectNoOverlaps(placed, o);
        // Every key moment found room; ordinary labels only where it remained.
        expect(placed.filter((p) => p.key).length).toBe(5);
      });
    }
});

describe('placeEraNames', () => {
  const era = (id: string, left: number, right: number, full: [string, number], short: [string, number] = full) => ({
    id,
    left,
    right,
    full: { text: full[0], width: full[1] },
    short: { text: short[0], width: short[1] },
  });
  const cases = [
    {
      name: 'writes a name that fits inside its band, in full',
      input: [era('a', 0, 300, ['Alignment', 60])],
      expected: [{ id: 'a', text: 'Alignment', full: null, left: 4, row: 0, tick: 0 }],
    },
    {
      name: 'uses the short name inside a band too narrow for the full one, keeping the full one for hover',
      input: [era('a', 0, 90, ['The lost decade', 100], ['Lost decade', 70])],
      expected: [{ id: 'a', text: 'Lost decade', full: 'The lost decade', left: 4, row: 0, tick: 0 }],
    },
    {
      name: 'lifts a narrow band’s full name above it, from its left edge, when the next band leaves room',
      input: [era('a', 100, 140, ['Renewal', 50]), era('b', 140, 400, ['War and breakdown', 110])],
      expected: [
        { id: 'a', text: 'Renewal', full: null, left: 104, row: 1, tick: 104 },
        { id: 'b', text: 'War and breakdown', full: null, left: 144, row: 0, tick: 140 },
      ],
    },
    {
      name: 'moves a lifted name left, still over its band’s middle, to leave room for the next narrow band',
      input: [era('a', 100, 155, ['Renewal', 50]), era('b', 155, 225, ['War and breakdown', 110], ['War', 80])],
      // Renewal ends by 155 + 4 − 8; the next name then fits from its own band's left edge.
      expected: [
        { id: 'a', text: 'Renewal', full: null, left: 101, row: 1, tick: 101 },
        { id: 'b', text: 'War and breakdown', full: null, left: 159, row: 1, tick: 159 },
      ],
    },
    {
      name: 'slides a long lifted name left as far as the next name needs, still over its band’s middle',
      input: [era('a', 100, 140, ['Renewal period', 90], ['Renewal', 50]), era('b', 140, 170, ['War and breakdown', 110])],
      expected: [
        { id: 'a', text: 'Renewal period', full: null, left: 46, row: 1, tick: 100 },
        { id: 'b', text: 'War and breakdown', full: null, left: 144, row: 1, tick: 144 },
      ],
    },
    {
      name: 'shortens a lifted name when the names on both sides leave too little room for the full one',
      input: [
        era('p', 0, 20, ['Prelude', 40]),
        era('a', 100, 140, ['Renewal period', 90], ['Renewal', 50]),
        era('b', 140, 170, ['War and breakdown', 110]),
      ],
      expected: [
        { id: 'p', text: 'Prelude', full: null, left: 4, row: 1, tick: 4 },
        { id: 'a', text: 'Renewal', full: 'Renewal period', left: 86, row: 1, tick: 100 },
        { id: 'b', text: 'War and breakdown', full: null, left: 144, row: 1, tick: 144 },
      ],
    },
    {
      name: 'leaves out a name with no room at all',
      input: [era('a', 0, 10, ['Renewal', 50]), era('b', 10, 20, ['Breakdown', 60])],
      expected: [{ id: 'b', text: 'Breakdown', full: null, left: 14, row: 1, tick: 14 }],
    },
  ];
  for (const c of cases)
    it(`placeEraNames ${c.name}`, () =>
      expect(placeEraNames(c.input, { chartLeft: 0, chartRight: 1000, padding: 4, gap: 8 })).toEqual(c.expected));
});
