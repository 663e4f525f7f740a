import { describe, expect, it } from 'vitest';
import {
  badgeBox,
  badgeCorner,
  badgeWidth,
  labelBox,
  overlaps,
  placeMapLabels,
  type Box,
  type Corner,
  type LabelItem,
  type Placement,
  type Side,
} from '../../../src/lib/map/label-placement.ts';

const item = (id: string, x: number, y: number, priority = 1, extra: Partial<LabelItem> = {}): LabelItem => ({
  id,
  x,
  y,
  width: 40,
  height: 10,
  priority,
  markerRadius: 4,
  sides: ['right', 'left', 'top', 'bottom'],
  ...extra,
});

const viewport = { width: 300, height: 200 };

/** Each label's side, by id. */
const sidesOf = (placements: Map<string, Placement>) => Object.fromEntries([...placements].map(([id, { side }]) => [id, side]));

describe('placeMapLabels', () => {
  const cases: { name: string; input: LabelItem[]; expected: Record<string, Side | null> }[] = [
    { name: 'a lone label goes to the right of its marker', input: [item('a', 100, 100)], expected: { a: 'right' } },
    { name: 'a label that would leave the map on the right goes left', input: [item('a', 290, 100)], expected: { a: 'left' } },
    {
      name: 'a neighbour to the right pushes the second label to the left',
      input: [item('a', 100, 100, 2), item('b', 130, 100, 1)],
      expected: { a: 'left', b: 'right' },
    },
    {
      name: 'the higher priority label keeps its first choice whatever the input order',
      input: [item('low', 100, 100, 1), item('high', 100, 105, 5)],
      expected: { high: 'right', low: 'left' },
    },
    {
      name: 'when nothing fits, the lowest priority label is hidden',
      input: [
        item('capital', 150, 100, 3),
        item('city', 150, 108, 2, { sides: ['right'] }),
        item('site', 150, 92, 1, { sides: ['right'] }),
      ],
      expected: { capital: 'right', city: null, site: null },
    },
    {
      name: 'a label never covers another place’s marker',
      input: [item('a', 100, 100, 2, { sides: ['right'] }), item('b', 120, 100, 1, { sides: ['top'] })],
      expected: { a: null, b: 'top' },
    },
    {
      name: 'a centred label with no marker sits on its point',
      input: [item('region', 100, 100, 1, { markerRadius: 0, sides: ['center'] })],
      expected: { region: 'center' },
    },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => expect(sidesOf(placeMapLabels(input, viewport))).toEqual(expected));
  }

  it('keeps labels clear of obstacles such as the zoom buttons', () => {
    const result = placeMapLabels([item('a', 250, 20)], viewport, [{ x0: 254, y0: 0, x1: 300, y1: 60 }]);
    expect(result.get('a')?.side).toBe('left');
  });

  it('places no two labels on top of each other in a crowded cluster', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const items = Array.from({ length: 40 }, (_, i) => item(`p${i}`, 50 + random() * 200, 50 + random() * 100, Math.floor(random() * 3)));
    const placed = [...placeMapLabels(items, viewport)]
      .filter(([, { side }]) => side)
      .map(([id, { side }]) =>
        labelBox(
          items.find((it) => it.id === id)!,
          side!,
        ),
      );
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!, placed[j]!)).toBe(false);
    expect(placed.length).toBeGreaterThan(5);
  });
});

describe('count badges', () => {
  const corners: { side: Side | null; expected: Corner }[] = [
    { side: 'right', expected: 'top-left' },
    { side: 'center', expected: 'top-left' },
    { side: 'left', expected: 'top-right' },
    { side: 'bottom', expected: 'top-right' },
    { side: 'top', expected: 'bottom-right' },
    { side: null, expected: 'top-right' },
  ];
  for (const { side, expected } of corners)
    it(`a label on the ${side ?? 'hidden'} side leaves the badge the ${expected} corner`, () => expect(badgeCorner(side)).toBe(expected));

  const widths: { count: number; expected: number }[] = [
    { count: 3, expected: 11 },
    { count: 36, expected: 15 },
    { count: 120, expected: 21 },
  ];
  for (const { count, expected } of widths)
    it(`a badge for ${count} is ${expected} px wide`, () => expect(badgeWidth(count)).toBe(expected));

  it('a badge never overlaps its own label, whichever side the label takes', () => {
    const place = item('p', 100, 100, 1, { badgeWidth: 21 });
    for (const side of ['right', 'left', 'top', 'bottom'] as const)
      expect(overlaps(labelBox(place, side), badgeBox(place, badgeCorner(side))!)).toBe(false);
  });

  const placed: { name: string; input: LabelItem[]; obstacles?: Box[]; expected: Record<string, Side | null> }[] = [
    {
      name: 'a later label keeps clear of an earlier place’s badge',
      input: [item('first', 100, 100, 2, { badgeWidth: 15 }), item('later', 60, 92, 1, { width: 20, sides: ['right'] })],
      expected: { first: 'right', later: null },
    },
    {
      name: 'without a badge the same label fits',
      input: [item('first', 100, 100, 2), item('later', 60, 92, 1, { width: 20, sides: ['right'] })],
      expected: { first: 'right', later: 'right' },
    },
  ];
  it('a badge moves to a free corner when a label placed before sits at its first', () => {
    const result = placeMapLabels(
      [item('country', 100, 88, 10, { markerRadius: 0, width: 30, sides: ['center'] }), item('place', 100, 100, 1, { badgeWidth: 15 })],
      viewport,
    );
    expect(Object.fromEntries(result)).toEqual({
      country: { side: 'center', badge: null },
      place: { side: 'right', badge: 'bottom-left' },
    });
  });

  it('a place takes a side whose badge finds a free corner, before one whose badge would touch', () => {
    // Right of the marker, the label would leave its badge no corner: every one is taken or its own label's.
    const obstacles = [
      { x0: 84, y0: 88, x1: 90, y1: 92 },
      { x0: 84, y0: 106, x1: 90, y1: 110 },
    ];
    const result = placeMapLabels([item('place', 100, 100, 1, { badgeWidth: 15 })], viewport, obstacles);
    expect(result.get('place')).toEqual({ side: 'left', badge: 'top-right' });
  });

  it('a hidden label’s badge takes a free corner', () => {
    const result = placeMapLabels(
      [
        item('country', 108, 90, 10, { markerRadius: 0, width: 20, sides: ['center'] }),
        item('place', 100, 100, 1, { badgeWidth: 15, sides: ['right'] }),
      ],
      viewport,
      [{ x0: 110, y0: 95, x1: 150, y1: 105 }],
    );
    expect(Object.fromEntries(result)).toEqual({
      country: { side: 'center', badge: null },
      place: { side: null, badge: 'top-left' },
    });
  });

  for (const { name, input, obstacles, expected } of placed)
    it(name, () => expect(sidesOf(placeMapLabels(input, viewport, obstacles))).toEqual(expected));
});

describe('other points: a name without a marker tries them in order when its own point has no room', () => {
  // A country's name: centred, no marker of its own.
  const country = (alsoAt: LabelItem['alsoAt'], priority = 1) =>
    item('country', 100, 100, priority, { markerRadius: 0, sides: ['center'], width: 30, height: 10, alsoAt });
  const cases: {
    name: string;
    input: LabelItem[];
    expected: { side: Side | null; at?: readonly [number, number] };
  }[] = [
    { name: 'its own point is free: the other points are not used', input: [country([[200, 100]])], expected: { side: 'center' } },
    {
      name: 'a marker on its point: the first other point with room',
      input: [country([[200, 100]]), item('place', 100, 100, 0, { sides: [] })],
      expected: { side: 'center', at: [200, 100] },
    },
    {
      name: 'an other point that is taken too is passed over for the next',
      input: [
        country([
          [40, 50],
          [200, 150],
        ]),
        item('place', 100, 100, 0, { sides: [] }),
        item('near', 40, 50, 0, { sides: [] }),
      ],
      expected: { side: 'center', at: [200, 150] },
    },
    {
      name: 'a label placed first takes the room: the name moves to its other point',
      input: [country([[200, 60]]), item('capital', 60, 100, 2, { sides: ['right'], width: 60 })],
      expected: { side: 'center', at: [200, 60] },
    },
    {
      name: 'an other point beyond the map is passed over',
      input: [country([[320, 100]]), item('place', 100, 100, 0, { sides: [] })],
      expected: { side: null },
    },
    {
      name: 'no room anywhere: hidden',
      input: [country([[200, 100]]), item('place', 100, 100, 0, { sides: [] }), item('other', 200, 100, 0, { sides: [] })],
      expected: { side: null },
    },
    {
      name: 'without other points, a taken point hides it',
      input: [country(undefined), item('place', 100, 100, 0, { sides: [] })],
      expected: { side: null },
    },
  ];
  for (const { name, input, expected } of cases)
    it(name, () => {
      const { side, at } = placeMapLabels(input, viewport).get('country')!;
      expect({ side, at }).toEqual({ side: expected.side, at: expected.at });
    });

  it('the name placed at another point keeps clear of every other label and marker', () => {
    const input = [country([[200, 60]]), item('capital', 60, 100, 2, { sides: ['right'], width: 60 })];
    const placements = placeMapLabels(input, viewport);
    const { side, at } = placements.get('country')!;
    const name = labelBox({ ...input[0]!, x: at![0], y: at![1] }, side!);
    expect(overlaps(name, labelBox(input[1]!, placements.get('capital')!.side!))).toBe(false);
  });
});
