import { describe, expect, it } from 'vitest';
import { estimateLabelWidth, LABEL_FONT, layoutMarkers } from '../../../src/lib/map/layout.ts';
import type { PlaceMark } from '../../../src/lib/map/marks.ts';
import { COUNTRY_FONT } from '../../../src/lib/map/country-labels.ts';

const mark = (id: string, lonLat: [number, number], extra: Partial<PlaceMark> = {}): PlaceMark => ({
  id,
  name: id,
  kind: 'city',
  lonLat,
  colour: null,
  highlighted: false,
  selected: false,
  dimmed: false,
  count: 0,
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
      // A hit area apart (25 px), so each keeps a marker of its own.
      [mark('site', [22.5, 15], { kind: 'site' }), mark('capital', [20, 15], { kind: 'capital' })],
      [],
      project,
      { width: 230, height: 300 },
    );
    const side = Object.fromEntries(markers.map((m) => [m.id, m.side]));
    expect(side.capital).not.toBeNull();
  });

  it('names the selection’s place before Turkey’s name, which moves aside', () => {
    // Ankara at (200, 150), hemmed in on the left, above and below; Turkey's point to its right.
    const hemmed = [
      { x0: 150, y0: 130, x1: 195, y1: 170 },
      { x0: 180, y0: 110, x1: 204, y1: 140 },
      { x0: 180, y0: 161, x1: 204, y1: 190 },
    ];
    const turkey = [{ id: 'turkey', name: 'Turkey', lonLat: [25.5, 15] as [number, number], focus: true }];
    const layout = (highlighted: boolean) =>
      layoutMarkers([mark('Ankara', [20, 15], { kind: 'capital', highlighted })], turkey, project, viewport, hemmed);
    // Not chosen, Ankara's name gives way to Turkey's; chosen, both show.
    expect(layout(false).markers[0]!.side).toBeNull();
    expect(layout(true).markers[0]!.side).toBe('right');
    expect(layout(true).countries[0]!.visible).toBe(true);
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
  const cases: { input: Parameters<typeof estimateLabelWidth>; expected: number }[] = [
    { input: ['Ankara', LABEL_FONT.capital], expected: 53 },
    { input: ['Tel Aviv', LABEL_FONT.city], expected: 59 },
    // A country's name, in capitals: wider than the same letters in mixed case (the browser draws "TURKEY" 62 px wide).
    { input: ['TURKEY', COUNTRY_FONT.focus, true], expected: 66 },
    { input: ['TURKEY', COUNTRY_FONT.focus], expected: 58 },
  ];
  for (const { input, expected } of cases) {
    it(`estimates "${input[0]}" at ${expected}px`, () => expect(estimateLabelWidth(...input)).toBe(expected));
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
    expect(Math.abs(a!.y - b!.y)).toBeGreaterThanOrEqual(24);
  });
});

describe('clusters in the layout', () => {
  const cases: {
    name: string;
    input: PlaceMark[];
    expected: { clusters: string[][]; labelled: string[] };
  }[] = [
    {
      name: 'markers a hit area apart keep their own markers and labels',
      input: [mark('a', [10, 10]), mark('b', [10, 12.5])],
      expected: { clusters: [], labelled: ['a', 'b'] },
    },
    {
      name: 'markers whose hit areas overlap become one cluster, and lose their own labels',
      input: [mark('a', [10, 10]), mark('b', [10.5, 10.5]), mark('c', [30, 20])],
      expected: { clusters: [['a', 'b']], labelled: ['c'] },
    },
    {
      name: 'the cluster lists its most important place first (a capital before a site)',
      input: [mark('site', [10, 10], { kind: 'site' }), mark('capital', [10.5, 10.5], { kind: 'capital' })],
      expected: { clusters: [['capital', 'site']], labelled: [] },
    },
    {
      name: 'pointers at the edge are not clustered',
      input: [mark('washington', [-77, 15], { far: true }), mark('new-york', [-74, 15.5], { far: true })],
      expected: { clusters: [], labelled: ['new-york', 'washington'] },
    },
  ];
  for (const { name, input, expected } of cases)
    it(name, () => {
      const { markers, clusters } = layoutMarkers(input, [], project, viewport);
      expect(clusters.map((cluster) => cluster.members.map((member) => member.id))).toEqual(expected.clusters);
      expect(
        markers
          .filter((m) => m.side !== null)
          .map((m) => m.id)
          .sort(),
      ).toEqual(expected.labelled);
      for (const cluster of clusters) for (const member of cluster.members) expect(member.cluster).toBe(cluster.id);
    });

  it('a cluster recedes only when all its places do, and stands out when one is selected', () => {
    const { clusters } = layoutMarkers(
      [
        mark('a', [10, 10], { dimmed: true }),
        mark('b', [10.5, 10.5], { dimmed: true }),
        mark('c', [30, 20]),
        mark('d', [30.5, 20], { selected: true }),
      ],
      [],
      project,
      viewport,
    );
    expect(clusters.map(({ dimmed, selected }) => ({ dimmed, selected }))).toEqual([
      { dimmed: true, selected: false },
      { dimmed: false, selected: true },
    ]);
  });

  it('no two markers or clusters drawn on the map have overlapping hit areas', () => {
    // A grid of places a degree (10 px) apart: a dense knot.
    const input = Array.from({ length: 36 }, (_, i) => mark(`p${i}`, [5 + (i % 6), 5 + Math.floor(i / 6)]));
    const { markers, clusters } = layoutMarkers(input, [], project, viewport);
    const drawn = [...markers.filter((m) => m.visible && !m.cluster), ...clusters];
    for (const [i, a] of drawn.entries())
      for (const b of drawn.slice(i + 1)) expect(Math.abs(a.x - b.x) >= 24 || Math.abs(a.y - b.y) >= 24).toBe(true);
  });
});

describe('a country given other points (countries.json labelAlsoAt) is named before the places', () => {
  const nicosia = mark('nicosia', [14, 15], { kind: 'capital' });
  const syria = (alsoAt?: [number, number][]) => ({ id: 'syria', name: 'Syria', lonLat: [19, 15] as const, alsoAt });
  const cases: {
    name: string;
    marks: PlaceMark[];
    alsoAt?: [number, number][];
    expected: { syria: { visible: boolean; x?: number; y?: number }; nicosia: string | null };
  }[] = [
    {
      name: 'without other points, a capital’s name on its point hides it',
      marks: [nicosia],
      expected: { syria: { visible: false }, nicosia: 'right' },
    },
    {
      name: 'with them, it is written at its point and the capital’s name moves to the other side',
      marks: [nicosia],
      alsoAt: [[25, 20]],
      expected: { syria: { visible: true, x: 190, y: 150 }, nicosia: 'left' },
    },
    {
      name: 'a place’s marker on its point: it is written at the first other point with room',
      marks: [nicosia, mark('homs', [19, 15], { kind: 'site' })],
      alsoAt: [
        [19, 15.5],
        [25, 20],
      ],
      expected: { syria: { visible: true, x: 250, y: 100 }, nicosia: 'left' },
    },
  ];
  for (const { name, marks, alsoAt, expected } of cases)
    it(name, () => {
      const { countries, markers } = layoutMarkers(marks, [syria(alsoAt)], project, viewport);
      const { visible, x, y } = countries[0]!;
      expect(visible ? { visible, x, y } : { visible }).toEqual(expected.syria);
      expect(markers.find((marker) => marker.id === 'nicosia')!.side).toBe(expected.nicosia);
    });
});
