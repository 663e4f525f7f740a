import { describe, expect, it } from 'vitest';
import {
  HIT_SIZE,
  clusterPoints,
  clustersAtZoom,
  fanOut,
  hitAreasOverlap,
  separatesAt,
  worldPixels,
  type ScreenPoint,
} from '../../../src/lib/map/clusters.ts';

/** The story's places in the Eastern Mediterranean (data/places.json). */
const places: { id: string; lonLat: [number, number] }[] = [
  { id: 'ankara', lonLat: [32.8597, 39.9334] },
  { id: 'istanbul', lonLat: [28.9784, 41.0082] },
  { id: 'izmit', lonLat: [29.9408, 40.7654] },
  { id: 'jerusalem', lonLat: [35.2137, 31.7683] },
  { id: 'tel-aviv', lonLat: [34.7818, 32.0853] },
  { id: 'haifa', lonLat: [34.9896, 32.794] },
  { id: 'gaza-strip', lonLat: [34.3523, 31.3907] },
  { id: 'turkish-hospital-gaza', lonLat: [34.42, 31.46] },
  { id: 'west-bank', lonLat: [35.2449, 31.9451] },
  { id: 'muqbila-industrial-zone', lonLat: [35.3, 32.49] },
  { id: 'damascus', lonLat: [36.2765, 33.5138] },
  { id: 'beirut', lonLat: [35.5018, 33.8938] },
  { id: 'athens', lonLat: [23.7275, 37.9838] },
];
const ISRAEL_PALESTINE = ['jerusalem', 'tel-aviv', 'haifa', 'gaza-strip', 'turkish-hospital-gaza', 'west-bank', 'muqbila-industrial-zone'];

const clustersOf = (zoom: number) =>
  clustersAtZoom(places, zoom)
    .filter((group) => group.members.length > 1)
    .map((group) => [...group.members].sort());

describe('cluster formation at given zooms', () => {
  const cases: { name: string; zoom: number; check: (clusters: string[][]) => void }[] = [
    {
      name: 'at the regional scale, the Israel–Palestine knot is one cluster holding all seven places',
      zoom: 3.5,
      check: (clusters) => {
        const knot = clusters.find((members) => members.includes('jerusalem'))!;
        expect(knot).toEqual(expect.arrayContaining(ISRAEL_PALESTINE));
        expect(knot).not.toContain('ankara');
      },
    },
    {
      name: 'at the regional scale, Ankara and Athens keep markers of their own',
      zoom: 3.5,
      check: (clusters) => expect(clusters.flat()).not.toEqual(expect.arrayContaining(['ankara'])),
    },
    {
      name: 'closer in, the knot comes apart into Jerusalem–Tel Aviv–West Bank, Haifa–Muqbila and Gaza–hospital',
      zoom: 5,
      check: (clusters) =>
        expect(clusters).toEqual(
          expect.arrayContaining([
            ['jerusalem', 'tel-aviv', 'west-bank'],
            ['haifa', 'muqbila-industrial-zone'],
            ['gaza-strip', 'turkish-hospital-gaza'],
          ]),
        ),
    },
    {
      name: 'at zoom 7 only the Gaza Strip and the hospital inside it still share a marker',
      zoom: 7,
      check: (clusters) => expect(clusters).toEqual([['gaza-strip', 'turkish-hospital-gaza']]),
    },
    { name: 'at the closest zoom every place stands alone', zoom: 8.5, check: (clusters) => expect(clusters).toEqual([]) },
  ];
  for (const { name, zoom, check } of cases) it(name, () => check(clustersOf(zoom)));
});

describe('clusterPoints', () => {
  const cases: { name: string; points: ScreenPoint[]; expected: string[][] }[] = [
    { name: 'no points, no groups', points: [], expected: [] },
    {
      name: 'points a hit area apart stay apart',
      points: [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: HIT_SIZE, y: 0 },
      ],
      expected: [['a'], ['b']],
    },
    {
      name: 'points closer than a hit area merge',
      points: [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: HIT_SIZE - 1, y: 5 },
      ],
      expected: [['a', 'b']],
    },
    {
      name: 'a merged cluster that lands on a third point takes it in',
      points: [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 20, y: 20 },
        // Clear of a and of b, but not of their mean (10, 10).
        { id: 'c', x: 30, y: -12 },
      ],
      expected: [['a', 'b', 'c']],
    },
    {
      name: 'diagonal neighbours overlap when both offsets are under a hit area',
      points: [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 20, y: 20 },
        { id: 'c', x: 100, y: 100 },
      ],
      expected: [['a', 'b'], ['c']],
    },
  ];
  for (const { name, points, expected } of cases)
    it(name, () => expect(clusterPoints(points).map((group) => group.members)).toEqual(expected));

  it('never leaves two groups whose hit areas overlap, and loses no point', () => {
    // A dense, irregular scatter: a spiral of 60 points a few pixels apart, and a loose ring.
    const points: ScreenPoint[] = Array.from({ length: 60 }, (_, i) => ({
      id: `p${i}`,
      x: 200 + Math.cos(i * 2.4) * i * 3,
      y: 200 + Math.sin(i * 2.4) * i * 3,
    }));
    const groups = clusterPoints(points);
    for (const [i, a] of groups.entries()) for (const b of groups.slice(i + 1)) expect(hitAreasOverlap(a, b)).toBe(false);
    expect(groups.flatMap((group) => group.members).sort()).toEqual(points.map((point) => point.id).sort());
  });

  it('names a cluster by its members, whatever their order', () => {
    const [group] = clusterPoints([
      { id: 'b', x: 0, y: 0 },
      { id: 'a', x: 1, y: 1 },
    ]);
    expect(group!.id).toBe('cluster:a+b');
    expect(group!.members).toEqual(['b', 'a']);
  });
});

describe('worldPixels', () => {
  const cases: { lonLat: [number, number]; zoom: number; expected: [number, number] }[] = [
    { lonLat: [0, 0], zoom: 0, expected: [256, 256] },
    { lonLat: [-180, 0], zoom: 1, expected: [0, 512] },
    { lonLat: [90, 0], zoom: 2, expected: [1536, 1024] },
  ];
  for (const { lonLat, zoom, expected } of cases)
    it(`${lonLat} at zoom ${zoom} is ${expected}`, () => {
      const [x, y] = worldPixels(lonLat, zoom);
      expect(x).toBeCloseTo(expected[0], 6);
      expect(y).toBeCloseTo(expected[1], 6);
    });

  it('stretches latitudes away from the equator (Mercator)', () => {
    const gap = (lat: number) => worldPixels([0, lat], 4)[1] - worldPixels([0, lat + 1], 4)[1];
    expect(gap(60)).toBeGreaterThan(gap(30));
    expect(gap(30)).toBeGreaterThan(gap(0));
  });
});

describe('separatesAt', () => {
  const gaza = places.filter((place) => place.id === 'gaza-strip' || place.id === 'turkish-hospital-gaza');
  const cases: { zoom: number; expected: boolean }[] = [
    { zoom: 6, expected: false },
    { zoom: 7, expected: false },
    { zoom: 8.5, expected: true },
  ];
  for (const { zoom, expected } of cases)
    it(`the Gaza Strip and the hospital ${expected ? 'come apart' : 'stay together'} at zoom ${zoom}`, () =>
      expect(separatesAt(gaza, zoom)).toBe(expected));
});

describe('fanOut', () => {
  const viewport = { width: 450, height: 400 };
  const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  const cases: { name: string; center: { x: number; y: number }; ids: string[]; viewport: typeof viewport; side: 'left' | 'right' }[] = [
    { name: 'a cluster on the left fans out to the right', center: { x: 120, y: 200 }, ids, viewport, side: 'right' },
    { name: 'a cluster on the right fans out to the left', center: { x: 330, y: 200 }, ids, viewport, side: 'left' },
    { name: 'a cluster at the top edge keeps its column inside the map', center: { x: 100, y: 5 }, ids, viewport, side: 'right' },
    { name: 'a cluster at the bottom edge too', center: { x: 100, y: 398 }, ids, viewport, side: 'right' },
    { name: 'a short map takes two columns', center: { x: 100, y: 50 }, ids, viewport: { width: 450, height: 120 }, side: 'right' },
  ];
  for (const { name, center, ids, viewport, side } of cases)
    it(name, () => {
      const slots = fanOut(center, ids, viewport);
      expect(slots.map((slot) => slot.id)).toEqual(ids);
      expect(new Set(slots.map((slot) => slot.side))).toEqual(new Set([side]));
      for (const slot of slots) {
        expect(slot.y - HIT_SIZE / 2).toBeGreaterThanOrEqual(0);
        expect(slot.y + HIT_SIZE / 2).toBeLessThanOrEqual(viewport.height);
        // Beside the cluster, not on it.
        expect(Math.abs(slot.x - center.x)).toBeGreaterThanOrEqual(HIT_SIZE);
      }
      for (const [i, a] of slots.entries()) for (const b of slots.slice(i + 1)) expect(hitAreasOverlap(a, b)).toBe(false);
    });
});
