import { describe, expect, it } from 'vitest';
import {
  binMarks,
  layoutMarks,
  placeLabels,
  type LayoutOptions,
  type MarkInput,
  type MarkLayout,
  type Placed,
  type PlacedMark,
} from '../../../src/lib/timeline/mark-layout.ts';
import { seededRandom } from '../../../scripts/synthetic-story.ts';

// radius 4 → a point covers [x − 4, x + 4]; two points in a row need 8 + gap 2 = 10 px between centres.
const options: LayoutOptions = { laneCount: 2, radius: 4, gap: 2, maxRows: 3 };

/** A point event at x (zero-width span) in a lane. */
const point = (id: string, x: number, lane = 0): MarkInput => ({ id, lane, x0: x, x1: x });
const idsOf = (item: Placed): string[] => (item.kind === 'mark' ? [item.id] : item.ids);
const mark = (layout: MarkLayout, id: string): PlacedMark => {
  const item = layout.itemOf.get(id);
  if (item?.kind !== 'mark') throw new Error(`${id} is not shown as a mark`);
  return item;
};

describe('layoutMarks', () => {
  // Each case: inputs (sorted by x0) in; the lane and row of every mark out.
  const rowCases = [
    {
      name: 'puts marks on the same date in the same lane in different rows',
      input: [point('a', 100), point('b', 100), point('c', 100)],
      expected: { a: [0, 0], b: [0, 1], c: [0, 2] },
    },
    {
      name: 'lets marks far apart share row 0',
      input: [point('a', 100), point('b', 200), point('c', 300)],
      expected: { a: [0, 0], b: [0, 0], c: [0, 0] },
    },
    {
      name: 'lets marks exactly radius + gap + radius apart share a row',
      input: [point('a', 100), point('b', 110)],
      expected: { a: [0, 0], b: [0, 0] },
    },
    {
      name: 'moves a mark one pixel closer than that to the next row',
      input: [point('a', 100), point('b', 109)],
      expected: { a: [0, 0], b: [0, 1] },
    },
    {
      name: 'goes back to the first row that is free again',
      input: [point('a', 100), point('b', 104), point('c', 112)],
      // c (left 108) clears a (right 104 + gap 2) but not b (right 108 + 2).
      expected: { a: [0, 0], b: [0, 1], c: [0, 0] },
    },
    {
      name: 'lays out each lane on its own: the same date in two lanes stays in row 0 of each',
      input: [point('a', 100, 0), point('b', 100, 1), point('c', 100, 0)],
      expected: { a: [0, 0], b: [1, 0], c: [0, 1] },
    },
    {
      name: 'keeps a lane index outside the lanes inside them',
      input: [point('a', 100, -1), point('b', 200, 5)],
      expected: { a: [0, 0], b: [1, 0] },
    },
  ] as const;
  for (const c of rowCases) {
    it(`layoutMarks ${c.name}`, () => {
      const layout = layoutMarks(c.input, options);
      const rows = Object.fromEntries(c.input.map(({ id }) => [id, [mark(layout, id).lane, mark(layout, id).row]]));
      expect(rows).toEqual(c.expected);
    });
  }

  // Spans: a bar when at least minBarWidth (default 2 × radius = 8 px) wide, otherwise a point at the centre.
  const barCases = [
    {
      name: 'draws a span 8 px wide as a bar from its start to its end',
      input: { x0: 100, x1: 108 },
      expected: { x0: 100, x1: 108, left: 100, right: 108 },
    },
    { name: 'draws a wide span as a bar', input: { x0: 100, x1: 300 }, expected: { x0: 100, x1: 300, left: 100, right: 300 } },
    {
      name: 'draws a span narrower than minBarWidth as a point at its centre',
      input: { x0: 100, x1: 106 },
      expected: { x0: 103, x1: 103, left: 99, right: 107 },
    },
    {
      name: 'draws a day (zero width) as a point with its radius',
      input: { x0: 100, x1: 100 },
      expected: { x0: 100, x1: 100, left: 96, right: 104 },
    },
  ] as const;
  for (const c of barCases) {
    it(`layoutMarks ${c.name}`, () => {
      const placed = mark(layoutMarks([{ id: 'e', lane: 0, ...c.input }], options), 'e');
      expect({ x0: placed.x0, x1: placed.x1, left: placed.left, right: placed.right }).toEqual(c.expected);
    });
  }

  it('layoutMarks uses the minBarWidth it is given', () => {
    const layout = layoutMarks([{ id: 'e', lane: 0, x0: 100, x1: 106 }], { ...options, minBarWidth: 5 });
    expect(mark(layout, 'e')).toMatchObject({ x0: 100, x1: 106, left: 100, right: 106 });
  });

  it('layoutMarks keeps a long bar from sharing its row with marks under it', () => {
    const layout = layoutMarks([{ id: 'bar', lane: 0, x0: 100, x1: 400 }, point('a', 200), point('b', 420)], options);
    expect([mark(layout, 'bar').row, mark(layout, 'a').row, mark(layout, 'b').row]).toEqual([0, 1, 0]);
  });

  const clusterCases = [
    {
      name: 'gathers five marks on one date into one cluster of five when only one row is allowed',
      input: { maxRows: 1, ids: ['a', 'b', 'c', 'd', 'e'] },
      expected: { rows: 1, clusters: [['a', 'b', 'c', 'd', 'e']], marks: [] },
    },
    {
      name: 'gathers the marks beyond maxRows into a cluster that also holds the mark it covers',
      input: { maxRows: 2, ids: ['a', 'b', 'c'] },
      expected: { rows: 2, clusters: [['a', 'c']], marks: ['b'] },
    },
    {
      name: 'leaves marks alone when they fit in maxRows',
      input: { maxRows: 3, ids: ['a', 'b', 'c'] },
      expected: { rows: 3, clusters: [], marks: ['a', 'b', 'c'] },
    },
  ] as const;
  for (const c of clusterCases) {
    it(`layoutMarks ${c.name}`, () => {
      const layout = layoutMarks(
        c.input.ids.map((id) => point(id, 100)),
        { ...options, maxRows: c.input.maxRows },
      );
      const clusters = layout.items.filter((item) => item.kind === 'cluster');
      expect(clusters.map((cluster) => cluster.ids)).toEqual(c.expected.clusters);
      // The badge shows the count: the number of ids gathered.
      expect(clusters.map((cluster) => cluster.ids.length)).toEqual(c.expected.clusters.map((ids) => ids.length));
      expect(layout.items.filter((item) => item.kind === 'mark').map((item) => (item as PlacedMark).id)).toEqual(c.expected.marks);
      expect(layout.rowsPerLane[0]).toBe(c.expected.rows);
    });
  }

  it('layoutMarks centres a cluster badge on its extent and keeps it no wider than maxClusterWidth', () => {
    const layout = layoutMarks(
      ['a', 'b', 'c', 'd'].map((id, i) => point(id, 100 + i * 3)),
      { ...options, maxRows: 1, maxClusterWidth: 20 },
    );
    for (const item of layout.items) {
      if (item.kind !== 'cluster') continue;
      expect(item.x).toBe((item.left + item.right) / 2);
      expect(item.right - item.left).toBeLessThanOrEqual(20);
    }
  });

  it('layoutMarks starts a new cluster once the previous one is as wide as it may grow', () => {
    // One row, marks every 5 px over 100 px: with clusters at most 22 px wide there must be several.
    const layout = layoutMarks(
      Array.from({ length: 21 }, (_, i) => point(`e${i}`, 100 + i * 5)),
      { ...options, maxRows: 1 },
    );
    const clusters = layout.items.filter((item) => item.kind === 'cluster');
    expect(clusters.length).toBeGreaterThan(1);
    for (const cluster of clusters) expect(cluster.right - cluster.left).toBeLessThanOrEqual(4 * 2 + 14);
    // Between clusters a mark may find room again; every event is still shown once.
    expect(layout.items.flatMap(idsOf).sort()).toEqual(Array.from({ length: 21 }, (_, i) => `e${i}`).sort());
  });

  const rowsPerLaneCases = [
    { name: 'counts at least one row for an empty lane', input: [point('a', 100, 0), point('b', 100, 0)], expected: [2, 1] },
    { name: 'counts one row per lane for no marks at all', input: [], expected: [1, 1] },
    {
      name: 'counts the rows used in each lane',
      input: [point('a', 100, 0), point('b', 100, 1), point('c', 100, 1), point('d', 100, 1)],
      expected: [1, 3],
    },
    {
      name: 'never counts more than maxRows, however many marks share a date',
      input: Array.from({ length: 10 }, (_, i) => point(`e${i}`, 100, 1)),
      expected: [1, 3],
    },
  ] as const;
  for (const c of rowsPerLaneCases) {
    it(`layoutMarks ${c.name}`, () => {
      expect(layoutMarks(c.input, options).rowsPerLane).toEqual(c.expected);
    });
  }

  describe('on a dense generated story (seeded)', () => {
    const random = seededRandom(20_100_531);
    const width = 1000;
    const inputs: MarkInput[] = Array.from({ length: 400 }, (_, i) => {
      const x0 = random() * width;
      // One in ten events spans time; some of those are narrower than a bar.
      const x1 = random() < 0.1 ? Math.min(width, x0 + random() * 120) : x0;
      return { id: `e${i}`, lane: Math.floor(random() * 3), x0, x1 };
    }).sort((a, b) => a.x0 - b.x0);
    const denseOptions: LayoutOptions = { laneCount: 3, radius: 4, gap: 2, maxRows: 3 };
    const layout = layoutMarks(inputs, denseOptions);

    it('layoutMarks shows every event in exactly one item', () => {
      expect(layout.items.flatMap(idsOf).sort()).toEqual(inputs.map(({ id }) => id).sort());
    });

    it('layoutMarks maps every id to the item that shows it (itemOf)', () => {
      expect(layout.itemOf.size).toBe(inputs.length);
      for (const { id } of inputs) {
        const item = layout.itemOf.get(id)!;
        expect(layout.items).toContain(item);
        expect(idsOf(item)).toContain(id);
      }
    });

    it('layoutMarks gathers some of the marks into clusters (the case really is dense)', () => {
      expect(layout.items.some((item) => item.kind === 'cluster')).toBe(true);
    });

    it('layoutMarks never uses more than maxRows rows', () => {
      for (const item of layout.items) expect(item.row).toBeLessThan(denseOptions.maxRows);
      for (const rows of layout.rowsPerLane) expect(rows).toBeLessThanOrEqual(denseOptions.maxRows);
    });

    it('layoutMarks never lets two items in the same row overlap', () => {
      for (const row of rowsOf(layout.items)) {
        for (let i = 1; i < row.length; i++) expect(row[i]!.left).toBeGreaterThanOrEqual(row[i - 1]!.right);
      }
    });

    it('placeLabels never places two labels that overlap, nor a label over a mark', () => {
      const textOf = (id: string) => 'x'.repeat(1 + ((Number(id.slice(1)) * 7919) % 30));
      const labels = placeLabels(layout, textOf, width, { charWidth: 6, padding: 4 });
      expect(labels.length).toBeGreaterThan(0); // some fit, so the check below is not empty
      const spans = labels.map((label) => ({ key: `${label.lane}:${label.row}`, left: label.x, right: label.x + label.text.length * 6 }));
      for (const [i, a] of spans.entries()) {
        expect(a.right).toBeLessThanOrEqual(width);
        for (const b of spans.slice(i + 1)) {
          if (a.key === b.key)
            expect(a.right <= b.left || b.right <= a.left, `labels overlap at ${a.left}–${a.right} and ${b.left}–${b.right}`).toBe(true);
        }
        for (const item of layout.items) {
          if (`${item.lane}:${item.row}` !== a.key) continue;
          expect(
            a.right <= item.left || item.right <= a.left,
            `a label at ${a.left}–${a.right} covers an item at ${item.left}–${item.right}`,
          ).toBe(true);
        }
      }
    });
  });
});

/** Items grouped by lane and row, each row sorted left to right. */
function rowsOf(items: readonly Placed[]): Placed[][] {
  const rows = new Map<string, Placed[]>();
  for (const item of items) rows.set(`${item.lane}:${item.row}`, [...(rows.get(`${item.lane}:${item.row}`) ?? []), item]);
  return [...rows.values()].map((row) => row.sort((a, b) => a.left - b.left));
}

describe('placeLabels', () => {
  const labelOptions = { charWidth: 6, padding: 4 };
  // Marks a (x 100) and b (x at the case's position), both in row 0; text "abcde" is 30 px.
  const cases = [
    {
      name: 'places a label that fits before the next mark in its row',
      // a's label runs from 104 + 4 = 108 to 138; b starts at 150 − 4 = 146, minus padding 142.
      input: { bX: 150, width: 1000, text: 'abcde' },
      expected: [
        { id: 'a', x: 108 },
        { id: 'b', x: 158 },
      ],
    },
    {
      name: 'leaves out a label that would run into the next mark',
      // b's left is 136; a's label would need up to 138 + padding.
      input: { bX: 140, width: 1000, text: 'abcde' },
      expected: [{ id: 'b', x: 148 }],
    },
    {
      name: 'places a label that ends exactly padding px before the next mark',
      // Label 108–138, next mark's left 142 = 146 − 4: fits with nothing to spare.
      input: { bX: 146, width: 1000, text: 'abcde' },
      expected: [
        { id: 'a', x: 108 },
        { id: 'b', x: 154 },
      ],
    },
    {
      name: 'leaves out a label that would run past the chart’s width',
      // b's label runs from 308 to 338; the chart ends at 340 − padding 4 = 336.
      input: { bX: 300, width: 340, text: 'abcde' },
      expected: [{ id: 'a', x: 108 }],
    },
  ] as const;
  for (const c of cases) {
    it(`placeLabels ${c.name}`, () => {
      const layout = layoutMarks([point('a', 100), point('b', c.input.bX)], options);
      expect(mark(layout, 'b').row).toBe(0); // the case is about labels, not rows
      const labels = placeLabels(layout, () => c.input.text, c.input.width, labelOptions);
      expect(labels.map(({ id, x }) => ({ id, x }))).toEqual(c.expected);
    });
  }

  it('placeLabels does not let a mark in another row or lane block a label', () => {
    const layout = layoutMarks([point('a', 100, 0), point('b', 100, 0), point('c', 112, 1)], options);
    const labels = placeLabels(layout, () => 'abcde', 1000, labelOptions);
    expect(labels.map(({ id, lane, row }) => ({ id, lane, row }))).toEqual([
      { id: 'a', lane: 0, row: 0 },
      { id: 'b', lane: 0, row: 1 },
      { id: 'c', lane: 1, row: 0 },
    ]);
  });

  it('placeLabels never labels a cluster', () => {
    const layout = layoutMarks([point('a', 100), point('b', 100)], { ...options, maxRows: 1 });
    expect(placeLabels(layout, () => 'x', 1000, labelOptions)).toEqual([]);
  });

  const truncationCases = [
    { input: { text: 'Short title', maxChars: 48 }, expected: 'Short title' },
    { input: { text: 'a'.repeat(48), maxChars: 48 }, expected: 'a'.repeat(48) },
    { input: { text: 'a'.repeat(49), maxChars: 48 }, expected: `${'a'.repeat(47)}…` },
    { input: { text: 'Ambassadors withdrawn', maxChars: 10 }, expected: 'Ambassado…' },
  ] as const;
  for (const c of truncationCases) {
    it(`placeLabels shortens a ${c.input.text.length}-character title to at most ${c.input.maxChars} characters with an ellipsis`, () => {
      const layout = layoutMarks([point('a', 100)], options);
      const [label] = placeLabels(layout, () => c.input.text, 10_000, { ...labelOptions, maxChars: c.input.maxChars });
      expect(label?.text).toBe(c.expected);
      expect(label!.text.length).toBeLessThanOrEqual(c.input.maxChars);
    });
  }
});

describe('binMarks counts dense views in pixel bins', () => {
  const day = 86_400_000;
  const lane = (times: number[]) => ({ ids: times.map((_, i) => `e${times[i]}`), starts: Float64Array.from(times.map((t) => t * day)) });
  const cases = [
    {
      name: 'one event in a bin is drawn as its own mark',
      lanes: [lane([5])],
      expected: [{ kind: 'mark', id: 'e5' }],
    },
    {
      name: 'events sharing a bin become one cluster with all their ids',
      lanes: [lane([1, 2, 3])],
      expected: [{ kind: 'cluster', ids: ['e1', 'e2', 'e3'] }],
    },
    {
      name: 'events in different bins stay apart, lane by lane',
      lanes: [lane([1, 60]), lane([30, 31])],
      expected: [
        { kind: 'mark', id: 'e1' },
        { kind: 'mark', id: 'e60' },
        { kind: 'cluster', ids: ['e30', 'e31'] },
      ],
    },
    {
      name: 'events outside the window are left out',
      lanes: [lane([-5, 50, 150])],
      expected: [{ kind: 'mark', id: 'e50' }],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      // 100 days over 100 px, bins of 10 px (10 days).
      const layout = binMarks({ lanes: c.lanes, window: [0, 100 * day], range: [0, 100] }, { radius: 3, binWidth: 10 });
      const summary = layout.items.map((item) =>
        item.kind === 'mark' ? { kind: 'mark', id: item.id } : { kind: 'cluster', ids: item.ids },
      );
      expect(summary).toEqual(c.expected);
      expect(layout.rowsPerLane).toEqual(c.lanes.map(() => 1));
    });
  }

  it('places a lone mark at its time on the pixel range', () => {
    const layout = binMarks({ lanes: [lane([25])], window: [0, 100 * day], range: [10, 110] }, { radius: 3, binWidth: 10 });
    expect(layout.items[0]).toMatchObject({ kind: 'mark', x0: 35, left: 32, right: 38 });
  });
});
