import { describe, expect, it } from 'vitest';
import { canvasLabels, eraCandidates, labelCandidates, leaderLines } from '../../../src/lib/timeline/chart-label-input.ts';
import { layoutMarks, type Placed } from '../../../src/lib/timeline/mark-layout.ts';

/** Three marks and a cluster holding a key moment (k2) and an ordinary event (o2). */
const mark = (id: string, x0: number, x1 = x0): Placed => ({ kind: 'mark', id, lane: 0, row: 0, x0, x1, left: x0 - 6, right: x1 + 6 });
const cluster: Placed = { kind: 'cluster', ids: ['k2', 'o2'], lane: 1, row: 0, x: 300, left: 290, right: 310 };
const items: Placed[] = [mark('k1', 120), mark('o1', 200, 260), cluster, mark('out', 900)];
const layout = {
  items,
  itemOf: new Map(
    items.flatMap((item): [string, Placed][] => (item.kind === 'mark' ? [[item.id, item]] : item.ids.map((id) => [id, item]))),
  ),
};
// 'gone' is a key moment the layout does not hold (outside the window's events): it is asked for nowhere.
const keyIds = new Set(['gone', 'k2', 'k1', 'out']);
const textOf = (id: string) => `label ${id}`;

describe('labelCandidates', () => {
  const cases = [
    {
      name: 'asks for every mark in view, and for the key moments inside a cluster at the cluster',
      maxLabelled: 400,
      expected: [
        { id: 'k1', anchor: 120, key: true, text: 'label k1' },
        { id: 'o1', anchor: 200, key: false, text: 'label o1' },
        { id: 'k2', anchor: 300, key: true, text: 'label k2' },
      ],
    },
    {
      name: 'asks for the key moments only in a dense view, a bar at its middle',
      maxLabelled: 2,
      expected: [
        { id: 'k1', anchor: 120, key: true, text: 'label k1' },
        { id: 'k2', anchor: 300, key: true, text: 'label k2' },
      ],
    },
  ];
  for (const c of cases)
    it(c.name, () =>
      expect(labelCandidates({ layout, keyIds, range: [100, 800], maxLabelled: c.maxLabelled, textOf })).toEqual(c.expected),
    );
});

describe('eraCandidates', () => {
  const scale = (time: number) => time * 10;
  const cases = [
    {
      name: 'clips a band to the chart',
      eras: [{ id: 'a', start: 5, end: 30, name: 'Alpha', shortName: 'A' }],
      expected: [{ id: 'a', left: 100, right: 300, name: 'Alpha', shortName: 'A' }],
    },
    {
      name: 'leaves out a band wholly outside the window',
      eras: [
        { id: 'a', start: 0, end: 8, name: 'Alpha', shortName: 'A' },
        { id: 'b', start: 90, end: 95, name: 'Beta', shortName: 'B' },
      ],
      expected: [],
    },
  ];
  for (const c of cases) it(c.name, () => expect(eraCandidates(c.eras, scale, [100, 800])).toEqual(c.expected));
});

describe('leaderLines', () => {
  const geometry = {
    rowY: (lane: number, row: number) => 100 + lane * 20 + row * 16,
    labelRowY: (row: number) => 60 - row * 14,
    lanesTop: 80,
    radius: 6,
  };
  const cases = [
    {
      name: 'drops straight down from a label over its mark',
      label: { id: 'k1', key: true, row: 0, anchor: 120, leader: 120 },
      expected: '120,66 120,66 120,83 120,92',
    },
    {
      name: 'drops straight from under a higher label to below the lowest row, and bends to its mark there',
      label: { id: 'k1', key: true, row: 1, anchor: 120, leader: 150 },
      expected: '150,52 150,66 120,83 120,92',
    },
    {
      name: 'bends at once from under a label in the lowest row',
      label: { id: 'k2', key: true, row: 0, anchor: 300, leader: 280 },
      expected: '280,66 280,66 300,83 300,112',
    },
  ];
  for (const c of cases) it(c.name, () => expect(leaderLines([c.label], layout.itemOf, geometry)[0]!.points).toBe(c.expected));

  it('draws no line for a label whose mark is gone', () => {
    expect(leaderLines([{ id: 'gone', key: true, row: 0, anchor: 5, leader: 5 }], layout.itemOf, geometry)).toEqual([]);
  });
});

describe('canvasLabels', () => {
  const spread = layoutMarks(
    [
      { id: 'a', lane: 0, x0: 100, x1: 100 },
      { id: 'b', lane: 0, x0: 400, x1: 400 },
    ],
    { laneCount: 1, radius: 6, gap: 3, maxRows: 4 },
  );
  const cases = [
    { name: 'labels the marks the band left alone', inBand: [], maxLabelled: 400, expected: ['a', 'b'] },
    { name: 'does not label twice what the band labels', inBand: [{ id: 'a', anchor: 100 }], maxLabelled: 400, expected: ['b'] },
    { name: 'labels nothing in a dense view', inBand: [], maxLabelled: 1, expected: [] },
  ];
  for (const c of cases)
    it(c.name, () =>
      expect(
        canvasLabels(
          spread,
          (id) => `title ${id}`,
          800,
          c.maxLabelled,
          c.inBand,
          (text) => text.length * 6,
        ).map((label) => label.id),
      ).toEqual(c.expected),
    );

  // 'a' in the first row, and 'low' below it, whose label's leader runs down past 'a''s title.
  const stacked = layoutMarks(
    [
      { id: 'a', lane: 0, x0: 100, x1: 100 },
      { id: 'low', lane: 1, x0: 0, x1: 0 },
    ],
    { laneCount: 2, radius: 6, gap: 3, maxRows: 4 },
  );
  const title = 'A title of some thirty characters';
  const leaderCases = [
    { name: 'keeps a title the leaders pass by', leaderAt: 20, expected: title },
    { name: 'keeps a title a leader passes just after its end', leaderAt: 280, expected: title },
    { name: 'leaves out a title a leader runs down through', leaderAt: 250, expected: undefined },
  ];
  for (const c of leaderCases)
    it(`canvasLabels ${c.name}`, () => {
      const labels = canvasLabels(
        stacked,
        (id) => (id === 'a' ? title : 'low'),
        800,
        400,
        [{ id: 'low', anchor: c.leaderAt }],
        (text) => text.length * 5,
      );
      expect(labels.find((label) => label.id === 'a')?.text).toBe(c.expected);
    });
});
