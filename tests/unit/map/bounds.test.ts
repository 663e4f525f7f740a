import { describe, expect, it } from 'vitest';
import { boundsOfPlaces, viewForPlaces, type BoundsOptions } from '../../../src/lib/map/bounds.ts';

describe('boundsOfPlaces', () => {
  const cases: { name: string; input: [number, number][]; options?: BoundsOptions; expected: ReturnType<typeof boundsOfPlaces> }[] = [
    { name: 'no places gives no bounds', input: [], expected: null },
    {
      name: 'one place gives a view of the minimum span centred on it',
      input: [[32.85, 39.93]],
      options: { minSpan: [8, 5] },
      expected: [
        [28.85, 37.43],
        [36.85, 42.43],
      ],
    },
    {
      name: 'two far-apart places are padded by a fraction of their span',
      input: [
        [20, 30],
        [40, 40],
      ],
      options: { padding: 0.1, minSpan: [1, 1] },
      expected: [
        [18, 29],
        [42, 41],
      ],
    },
    {
      name: 'a narrow north–south pair widens to the minimum longitude span only',
      input: [
        [35, 30],
        [35, 40],
      ],
      options: { padding: 0, minSpan: [6, 2] },
      expected: [
        [32, 30],
        [38, 40],
      ],
    },
    {
      name: 'places either side of the antimeridian take the short way round',
      input: [
        [170, -10],
        [-170, 10],
      ],
      options: { padding: 0, minSpan: [1, 1] },
      expected: [
        [170, -10],
        [190, 10],
      ],
    },
    {
      name: 'latitudes stay within what Web Mercator can show',
      input: [[0, 84]],
      options: { padding: 0, minSpan: [4, 10] },
      expected: [
        [-2, 79],
        [2, 85],
      ],
    },
  ];
  for (const { name, input, options, expected } of cases) {
    it(name, () => expect(boundsOfPlaces(input, options)).toEqual(expected));
  }

  it('always returns west below east', () => {
    for (let lon = -180; lon <= 180; lon += 15) {
      const bounds = boundsOfPlaces([
        [lon, 0],
        [lon + 30 > 180 ? lon - 330 : lon + 30, 5],
      ])!;
      expect(bounds[0][0]).toBeLessThan(bounds[1][0]);
      expect(bounds[1][0] - bounds[0][0]).toBeLessThan(60);
    }
  });
});

describe('viewForPlaces', () => {
  const home = [
    [19, 27],
    [53, 43],
  ] as const;
  const cases: { name: string; input: [number, number][]; expected: ReturnType<typeof viewForPlaces> }[] = [
    {
      name: 'frames places inside the home view closely',
      input: [[32.85, 39.93]],
      expected: [
        [28.35, 37.43],
        [37.35, 42.43],
      ],
    },
    {
      name: 'takes in the home view too when a place lies outside it',
      input: [[9.84, 46.8]],
      expected: [
        [8.9768, 26.604],
        [53.8632, 47.196],
      ],
    },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => expect(viewForPlaces(input, home, { padding: 0.15, minSpan: [9, 5] })).toEqual(expected));
  }
});
