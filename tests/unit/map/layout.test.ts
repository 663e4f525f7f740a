import { describe, expect, it } from 'vitest';
import { estimateLabelWidth, LABEL_FONT, layoutMarkers } from '../../../src/lib/map/layout.ts';
import type { PlaceMark } from '../../../src/lib/map/marks.ts';

const mark = (id: string, lonLat: [number, number], extra: Partial<PlaceMark> = {}): PlaceMark => ({
  id,
  name: id,
  kind: 'city',
  lonLat,
  colour: null,
  highlighted: false,
  selected: false,
  dimmed: false,
  far: false,
  weight: 0,
  ...extra,
});

// A plain equirectangular "projection": 10 px per degree, origin at 0°, 0°.
const project = ([lon, lat]: readonly [number, number]) => [lon * 10, 300 - lat * 10] as [number, number];
const viewport = { width: 400, height: 300 };

describe('layoutMarkers', () => {
  const cases: { name: string; input: PlaceMark[]; expected: Record<string, { visible: boolean; arrow: string | null }> }[] = [
    {
      name: 'a place in view is drawn where it is, without an arrow',
      input: [mark('a', [10, 10])],
      expected: { a: { visible: true, arrow: null } },
    },
    { name: 'a place out of view is not drawn', input: [mark('a', [60, 10])], expected: { a: { visible: false, arrow: '→' } } },
    {
      name: 'a highlighted place out of view points the way',
      input: [mark('a', [60, 10], { highlighted: true })],
      expected: { a: { visible: true, arrow: '→' } },
    },
    {
      name: 'a far place always points the way',
      input: [mark('a', [-77, 10], { far: true })],
      expected: { a: { visible: true, arrow: '←' } },
    },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => {
      const { markers } = layoutMarkers(input, [], project, viewport);
      expect(Object.fromEntries(markers.map((m) => [m.id, { visible: m.visible, arrow: m.arrow }]))).toEqual(expected);
    });
  }

  it('gives a capital its label before a crowded site', () => {
    const { markers } = layoutMarkers(
      [mark('site', [20, 15.2], { kind: 'site' }), mark('capital', [20, 15], { kind: 'capital' })],
      [],
      project,
      { width: 230, height: 300 },
    );
    const side = Object.fromEntries(markers.map((m) => [m.id, m.side]));
    expect(side.capital).not.toBeNull();
  });

  it('faces a pointer’s label into the map', () => {
    const { markers } = layoutMarkers([mark('washington', [-77, 15], { far: true })], [], project, viewport);
    expect(markers[0]!.side).toBe('right');
  });

  it('hides a country name that would run off the map', () => {
    const { countries } = layoutMarkers([], [{ id: 'turkey', name: 'Turkey', lonLat: [0.5, 15] }], project, viewport);
    expect(countries[0]!.visible).toBe(false);
  });
});

describe('estimateLabelWidth', () => {
  const cases = [
    { input: ['Ankara', LABEL_FONT.capital] as const, expected: 53 },
    { input: ['Tel Aviv', LABEL_FONT.city] as const, expected: 59 },
  ];
  for (const { input, expected } of cases) {
    it(`estimates "${input[0]}" at ${expected}px`, () => expect(estimateLabelWidth(input[0], input[1])).toBe(expected));
  }
});

describe('pointers at the edge', () => {
  it('spreads two far places that would point from the same spot', () => {
    const { markers } = layoutMarkers(
      [mark('washington', [-77, 15], { far: true }), mark('new-york', [-74, 15.5], { far: true })],
      [],
      project,
      viewport,
    );
    const [a, b] = markers;
    expect(Math.abs(a!.y - b!.y)).toBeGreaterThanOrEqual(22);
  });
});
