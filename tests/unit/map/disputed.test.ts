import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CountryData } from '../../../src/lib/data/schema.ts';
import { decodeBasemap, type Basemap } from '../../../src/lib/map/basemap.ts';
import { dashedNames, splitBorders } from '../../../src/lib/map/disputed.ts';

const square = (name: string, x0: number, x1: number): Basemap['countries']['features'][number] => ({
  type: 'Feature',
  properties: { name },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x0, 0],
        [x1, 0],
        [x1, 1],
        [x0, 1],
        [x0, 0],
      ],
    ],
  },
});
/** Three squares in a row, A | B | C: the borders are x = 1 and x = 2. */
const row: Basemap = {
  countries: { type: 'FeatureCollection', features: [square('A', 0, 1), square('B', 1, 2), square('C', 2, 3)] },
  borders: {
    type: 'MultiLineString',
    coordinates: [
      [
        [1, 0],
        [1, 1],
      ],
      [
        [2, 1],
        [2, 0],
      ],
    ],
  },
  coast: { type: 'MultiLineString', coordinates: [] },
};

describe('splitBorders', () => {
  const cases = [
    { name: 'no disputed area: every border is agreed', names: [], agreed: 2, disputed: 0 },
    { name: 'a disputed area between two countries: both its borders are dashed', names: ['B'], agreed: 0, disputed: 2 },
    { name: 'a disputed area at the end: only its border is dashed', names: ['C'], agreed: 1, disputed: 1 },
    { name: 'a name the base map lacks changes nothing', names: ['Golan'], agreed: 2, disputed: 0 },
  ];
  for (const { name, names, agreed, disputed } of cases) {
    it(name, () => {
      const split = splitBorders(row, new Set(names));
      expect(split.agreed.coordinates).toHaveLength(agreed);
      expect(split.disputed.coordinates).toHaveLength(disputed);
    });
  }

  it('splits one border line where it stops being disputed', () => {
    const basemap: Basemap = {
      ...row,
      borders: {
        type: 'MultiLineString',
        coordinates: [
          [
            [1, 0],
            [1, 1],
            [2, 1],
            [2, 0],
          ],
        ],
      },
    };
    // Only x = 1 lies on A's outline; y = 1 from 1 to 2 and x = 2 do not.
    const split = splitBorders(basemap, new Set(['A']));
    expect(split.disputed.coordinates).toEqual([
      [
        [1, 0],
        [1, 1],
      ],
    ]);
    expect(split.agreed.coordinates).toEqual([
      [
        [1, 1],
        [2, 1],
        [2, 0],
      ],
    ]);
  });

  it('finds the real base map’s disputed borders (the Palestinian territories, the Cyprus line)', () => {
    const basemap = decodeBasemap(JSON.parse(readFileSync('public/basemap/countries.json', 'utf8')));
    const countries = JSON.parse(readFileSync('data/countries.json', 'utf8')).countries as CountryData[];
    const names = dashedNames(countries);
    expect([...names].sort()).toEqual(['N. Cyprus', 'Palestine']);
    const split = splitBorders(basemap, names);
    const points = split.disputed.coordinates.flat();
    expect(points.some(([lon, lat]) => lon! > 34 && lon! < 36 && lat! > 31 && lat! < 33)).toBe(true);
    expect(points.some(([lon, lat]) => lon! > 32.5 && lon! < 34.5 && lat! > 34.9 && lat! < 35.5)).toBe(true);
    // Nothing lost: the split holds every border point the base map had.
    const before = basemap.borders.coordinates.reduce((sum, line) => sum + line.length - 1, 0);
    const after = [...split.agreed.coordinates, ...split.disputed.coordinates].reduce((sum, line) => sum + line.length - 1, 0);
    expect(after).toBe(before);
  });
});
