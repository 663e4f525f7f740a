import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { geoArea } from 'd3-geo';
import { decodeBasemap } from '../../../src/lib/map/basemap.ts';
import { staticMapShapes, wound } from '../../../src/lib/map/static-map.ts';
import type { LineData, RegionData } from '../../../src/lib/data/schema.ts';

const basemap = decodeBasemap(JSON.parse(readFileSync('public/basemap/countries.json', 'utf8')));
const regions = (JSON.parse(readFileSync('data/regions.json', 'utf8')) as { features: RegionData[] }).features;
const shapes = staticMapShapes({
  width: 700,
  height: 420,
  bounds: [
    [19, 27],
    [53, 43],
  ],
  basemap,
  regions,
});

describe('staticMapShapes', () => {
  const cases: { name: string; input: [number, number]; expected: (p: [number, number]) => boolean }[] = [
    { name: 'Ankara lands inside the frame', input: [32.86, 39.93], expected: ([x, y]) => x > 0 && x < 700 && y > 0 && y < 420 },
    { name: 'the west edge of the bounds is at or right of x = 0', input: [19, 35], expected: ([x]) => x >= -0.5 },
    { name: 'Washington projects far off to the left', input: [-77, 38.9], expected: ([x]) => x < -1000 },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => expect(expected(shapes.project(input))).toBe(true));
  }

  it('draws Turkey and Israel as the focus countries', () => {
    expect(
      shapes.countries
        .filter((c) => c.focus)
        .map((c) => c.focus)
        .sort(),
    ).toEqual(['israel', 'turkey']);
  });

  it('draws every region and the borders as non-empty paths', () => {
    expect(shapes.regions.map((r) => r.id)).toEqual(regions.map((r) => r.properties.id));
    for (const region of shapes.regions) expect(region.d).toMatch(/^M/);
    expect(shapes.borders).toMatch(/^M/);
  });

  it('draws the issues’ lines and splits the dashed disputed borders from the agreed ones', () => {
    const lines = (JSON.parse(readFileSync('data/lines.json', 'utf8')) as { features: LineData[] }).features;
    const withIssues = staticMapShapes({
      width: 700,
      height: 420,
      bounds: [
        [19, 27],
        [53, 43],
      ],
      basemap,
      regions,
      lines,
      dashed: new Set(['Palestine']),
    });
    expect(withIssues.lines.map((line) => line.id)).toEqual(lines.map((line) => line.properties.id));
    for (const line of withIssues.lines) expect(line.d).toMatch(/^M/);
    expect(withIssues.disputed).toMatch(/^M/);
    expect(withIssues.borders.length).toBeLessThan(shapes.borders.length);
    expect(shapes.disputed).toBe('');
  });

  it('keeps paths to one decimal, so the SVG stays small', () => {
    expect(shapes.borders).not.toMatch(/\.\d\d/);
  });
});

describe('wound', () => {
  const clockwise: Feature<Polygon> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [0, 1],
          [1, 1],
          [1, 0],
          [0, 0],
        ],
      ],
    },
  };
  const counter: Feature<Polygon> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    },
  };
  const cases = [
    { name: 'keeps a ring d3 already reads as small', input: clockwise },
    { name: 'reverses an RFC 7946 ring that d3 would read as the whole world but it', input: counter },
  ];
  for (const { name, input } of cases) {
    it(name, () => expect(geoArea(wound(input))).toBeLessThan(0.01));
  }
});
