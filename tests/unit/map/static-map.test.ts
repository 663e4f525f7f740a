import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { geoArea } from 'd3-geo';
import { decodeBasemap } from '../../../src/lib/map/basemap.ts';
import { fittedProjection, scaleOfZoom, staticMapShapes, wound } from '../../../src/lib/map/static-map.ts';
import type { StaticFrame } from '../../../src/lib/map/camera.ts';
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

describe('fittedProjection: the static map framed as MapLibre’s camera would be', () => {
  const size = { width: 600, height: 400 };
  const region: StaticFrame['bounds'] = [
    [19, 27],
    [53, 43],
  ];
  const gazaStrip: StaticFrame['bounds'] = [
    [34.2, 31.2],
    [34.6, 31.6],
  ];
  const tehran: [number, number] = [51.39, 35.69];
  type Check = (project: (lonLat: [number, number]) => [number, number], scale: number) => void;
  const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(0.5);
  const cases: { name: string; frame: StaticFrame; check: Check }[] = [
    {
      name: 'without padding the bounds fill the map in one direction and fit in the other',
      frame: { bounds: region },
      check: (project) => {
        const [x0, y0] = project([19, 43]);
        const [x1, y1] = project([53, 27]);
        expect(x0).toBeGreaterThanOrEqual(-0.5);
        expect(y0).toBeGreaterThanOrEqual(-0.5);
        expect(x1).toBeLessThanOrEqual(600.5);
        expect(y1).toBeLessThanOrEqual(400.5);
        expect(Math.min(x0, y0, 600 - x1, 400 - y1)).toBeLessThan(0.5);
      },
    },
    {
      name: 'padding keeps the bounds that far from every edge',
      frame: { bounds: region, padding: { top: 40, bottom: 40, left: 60, right: 60 } },
      check: (project) => {
        const [x0, y0] = project([19, 43]);
        const [x1, y1] = project([53, 27]);
        expect(Math.min(x0 - 60, y0 - 40, 540 - x1, 360 - y1)).toBeGreaterThan(-0.5);
        expect(Math.min(x0 - 60, y0 - 40, 540 - x1, 360 - y1)).toBeLessThan(0.5);
      },
    },
    {
      name: 'a small area is shown no closer than maxZoom, centred where the fit would centre it',
      frame: { bounds: gazaStrip, padding: 20, maxZoom: 7 },
      check: (project, scale) => {
        near(scale, scaleOfZoom(7));
        const [x, y] = project([34.4, 31.4]);
        near(x, 300);
        expect(Math.abs(y - 200)).toBeLessThan(2);
      },
    },
    {
      name: 'a centre (an eased camera) moves the view to it and keeps the fitted zoom',
      frame: { bounds: region, padding: 10, center: tehran },
      check: (project, scale) => {
        near(scale, fittedProjection({ ...size, bounds: region, padding: 10 }).scale());
        const [x, y] = project(tehran);
        near(x, 300);
        near(y, 200);
      },
    },
    {
      name: 'padding larger than the map is ignored rather than turning the map inside out',
      frame: { bounds: region, padding: 400 },
      check: (project) => expect(project([36, 35])[0]).toBeGreaterThan(0),
    },
  ];
  for (const { name, frame, check } of cases) {
    it(name, () => {
      const projection = fittedProjection({ ...size, ...frame });
      check((lonLat) => projection(lonLat) as [number, number], projection.scale());
    });
  }

  it('staticMapShapes projects places through the same frame', () => {
    const framed = staticMapShapes({ ...size, bounds: region, padding: 10, center: tehran, basemap, regions: [] });
    const [x, y] = framed.project(tehran);
    near(x, 300);
    near(y, 200);
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
