import { describe, expect, it } from 'vitest';
import { estimatedChartWidth, laneLayout, lanesBottom, namedLanes, rowCentre, stackLanes } from '../../../src/lib/timeline/lanes.ts';

const metrics = { gutter: 112, eraStrip: 22, rowHeight: 16, lanePadding: 6, axis: 26, relations: 74, right: 16, radius: 6 };

describe('stackLanes', () => {
  const cases = [
    {
      name: 'one row each',
      rows: [1, 1],
      expected: [
        { top: 22, height: 22 },
        { top: 44, height: 22 },
      ],
    },
    {
      name: 'a lane of three rows pushes the next down',
      rows: [3, 1],
      expected: [
        { top: 22, height: 54 },
        { top: 76, height: 22 },
      ],
    },
    {
      name: 'a lane without a count gets one row',
      rows: [2],
      expected: [
        { top: 22, height: 38 },
        { top: 60, height: 22 },
      ],
    },
  ];
  for (const { name, rows, expected } of cases) {
    it(name, () => expect(stackLanes(['a', 'b'], rows, metrics).map(({ top, height }) => ({ top, height }))).toEqual(expected));
  }

  it('ends where the last lane does, or under the era strip when there is none', () => {
    expect(lanesBottom(stackLanes(['a', 'b'], [3, 1], metrics), metrics)).toBe(98);
    expect(lanesBottom([], metrics)).toBe(22);
  });

  it('centres rows in their lane, one row height apart', () => {
    const y = rowCentre(stackLanes(['a', 'b'], [3, 1], metrics), metrics);
    expect([y(0, 0), y(0, 2), y(1, 0)]).toEqual([33, 65, 87]);
  });
});

describe('estimatedChartWidth', () => {
  const cases = [
    { viewport: 0, besideMap: false, expected: 0 },
    { viewport: 375, besideMap: false, expected: 351 },
    { viewport: 1280, besideMap: false, expected: 1216 },
    { viewport: 1920, besideMap: false, expected: 1216 },
    // As measured in the browser, with the map beside the chart.
    { viewport: 375, besideMap: true, expected: 351 },
    { viewport: 1000, besideMap: true, expected: 940 },
    { viewport: 1024, besideMap: true, expected: 582 },
    { viewport: 1280, besideMap: true, expected: 742 },
    { viewport: 1920, besideMap: true, expected: 944 },
  ];
  for (const { viewport, besideMap, expected } of cases)
    it(`is ${expected} px in a ${viewport} px window${besideMap ? ', beside the map' : ''}`, () =>
      expect(estimatedChartWidth(viewport, 16, besideMap)).toBe(expected));
});

describe('laneLayout', () => {
  const cases = [
    {
      name: 'adds the axis and the relations track under the lanes',
      rows: [3, 1],
      expected: { bottom: 98, height: 98 + 26 + 74, firstRow: 33 },
    },
    {
      name: 'is the era strip and the tracks when there are no lanes',
      rows: [],
      expected: { bottom: 22, height: 22 + 26 + 74, firstRow: 0 },
    },
  ];
  for (const c of cases)
    it(`laneLayout ${c.name}`, () => {
      const ids = c.rows.map((_, index) => `lane${index}`);
      const { bottom, height, rowY } = laneLayout(ids, c.rows, metrics);
      expect({ bottom, height, firstRow: ids.length ? rowY(0, 0) : 0 }).toEqual(c.expected);
    });
});

describe('namedLanes', () => {
  const boxes = stackLanes(['a', 'b'], [1, 2], metrics);
  const categories = [
    { id: 'a', name: 'Diplomacy', colour: '#123456' },
    { id: 'b', name: 'Trade', colour: '#abcdef' },
  ];
  it('gives each lane its category’s name, as the reader reads it, and its colour', () =>
    expect(namedLanes(boxes, categories, (category) => category.name.toUpperCase())).toEqual([
      { ...boxes[0], name: 'DIPLOMACY', colour: '#123456' },
      { ...boxes[1], name: 'TRADE', colour: '#abcdef' },
    ]));
});
