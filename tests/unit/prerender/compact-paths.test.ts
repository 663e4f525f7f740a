import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compactPaths, formatNumber, joinNumbers, type CompactPathOptions } from '../../../scripts/prerender/compact-paths.ts';
import { simplify } from '../../../scripts/simplify-line.ts';
import { decodeBasemap } from '../../../src/lib/map/basemap.ts';
import { staticMapShapes } from '../../../src/lib/map/static-map.ts';
import type { RegionData } from '../../../src/lib/data/schema.ts';
import { prerenderStory } from '../../../scripts/prerender/render.ts';
import { asInputs, smallStory } from '../../fixtures/small-story.ts';

type Point = [number, number];

/** One path on its own, for the cases where it shares no line with another. */
const compactPath = (d: string, options?: CompactPathOptions): string => compactPaths([d], options)[0]!;

interface Drawn {
  points: Point[];
  closed: boolean;
}

/**
 * Reads compactPaths' output back to absolute points, written here independently of the code
 * under test: relative m (with implicit relative lines after it), l and z, as SVG defines them.
 */
function readRelative(d: string): Drawn[] {
  const tokens = d.match(/[mlz]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  const subpaths: Drawn[] = [];
  let pen: Point = [0, 0];
  let start: Point = [0, 0];
  let current: Drawn | null = null;
  for (let i = 0; i < tokens.length;) {
    const command = tokens[i++]!;
    if (command === 'z') {
      current!.closed = true;
      pen = start;
      current = null;
      continue;
    }
    if (command !== 'm' && command !== 'l') throw new Error(`unexpected ${command} in ${d}`);
    let first = command === 'm';
    while (i < tokens.length && !/^[mlz]$/.test(tokens[i]!)) {
      pen = [pen[0] + Number(tokens[i]), pen[1] + Number(tokens[i + 1])];
      i += 2;
      if (first) {
        start = pen;
        current = { points: [], closed: false };
        subpaths.push(current);
        first = false;
      }
      current!.points.push(pen);
    }
  }
  return subpaths;
}

const absolute = (points: readonly Point[], close: boolean) => 'M' + points.map(([x, y]) => `${x},${y}`).join('L') + (close ? 'Z' : '');

function distanceToPolyline([x, y]: Point, line: readonly Point[], closed: boolean): number {
  const vertices = closed ? [...line, line[0]!] : line;
  let best = Infinity;
  for (let i = 0; i < vertices.length - 1; i++) {
    const [x0, y0] = vertices[i]!;
    const [x1, y1] = vertices[i + 1]!;
    const dx = x1 - x0;
    const dy = y1 - y0;
    const length = dx * dx + dy * dy;
    const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / length));
    best = Math.min(best, Math.hypot(x - x0 - t * dx, y - y0 - t * dy));
  }
  return best;
}

/** Every segment of a drawn path, in one direction, as text, to compare shared lines. */
function segmentsOf(drawn: readonly Drawn[]): Set<string> {
  const segments = new Set<string>();
  for (const { points, closed } of drawn) {
    const vertices = closed ? [...points, points[0]!] : points;
    for (let i = 0; i < vertices.length - 1; i++) {
      const [a, b] = [vertices[i]!.join(','), vertices[i + 1]!.join(',')].sort();
      segments.add(`${a} ${b}`);
    }
  }
  return segments;
}

/** A wobbly circle, as d3 would write it at a tenth of a pixel. */
function wobblyRing(cx: number, cy: number, radius: number, count: number): Point[] {
  return Array.from({ length: count }, (_, i) => {
    const angle = (2 * Math.PI * i) / count;
    const r = radius + 0.4 * Math.sin(i * 1.7);
    return [Math.round((cx + r * Math.cos(angle)) * 10) / 10, Math.round((cy + r * Math.sin(angle)) * 10) / 10] as Point;
  });
}

const WHOLE: CompactPathOptions = { tolerance: 0.5, step: 1, minRingSize: 1 };
const HALVES: CompactPathOptions = { tolerance: 0.5, step: 0.5, minRingSize: 1 };

describe('formatNumber', () => {
  const cases: { input: number; expected: string }[] = [
    { input: 3, expected: '3' },
    { input: -3, expected: '-3' },
    { input: 0.5, expected: '.5' },
    { input: -0.5, expected: '-.5' },
    { input: 12.5, expected: '12.5' },
    { input: 0, expected: '0' },
    { input: -0, expected: '0' },
    { input: 0.1 + 0.2, expected: '.3' },
  ];
  for (const { input, expected } of cases) it(`writes ${input} as ${expected}`, () => expect(formatNumber(input)).toBe(expected));
});

describe('joinNumbers', () => {
  const cases: { name: string; input: string[]; expected: string }[] = [
    { name: 'a space between two positive numbers', input: ['3', '4'], expected: '3 4' },
    { name: 'no space before a minus sign', input: ['3', '-4', '-.5'], expected: '3-4-.5' },
    { name: 'no space before a second decimal point', input: ['1.5', '.5'], expected: '1.5.5' },
    { name: 'a space before a decimal point after a whole number', input: ['1', '.5'], expected: '1 .5' },
  ];
  for (const { name, input, expected } of cases) it(name, () => expect(joinNumbers(input)).toBe(expected));
});

describe('simplify', () => {
  const cases: { name: string; input: Point[]; expected: Point[] }[] = [
    {
      name: 'drops a point closer to the line than the tolerance',
      input: [
        [0, 0],
        [5, 0.3],
        [10, 0],
      ],
      expected: [
        [0, 0],
        [10, 0],
      ],
    },
    {
      name: 'keeps a corner farther from the line than the tolerance',
      input: [
        [0, 0],
        [5, 2],
        [10, 0],
      ],
      expected: [
        [0, 0],
        [5, 2],
        [10, 0],
      ],
    },
    {
      name: 'keeps the tip of a spike that doubles back',
      input: [
        [0, 0],
        [10, 0],
        [5, 0],
      ],
      expected: [
        [0, 0],
        [10, 0],
        [5, 0],
      ],
    },
  ];
  for (const { name, input, expected } of cases) it(name, () => expect(simplify(input, 0.5)).toEqual(expected));
});

describe('compactPath', () => {
  for (const options of [WHOLE, HALVES]) {
    it(`draws the same shape within the tolerance and half a grid step (step ${options.step})`, () => {
      const ring = wobblyRing(100.3, 80.7, 40, 300);
      const drawn = readRelative(compactPath(absolute(ring, true), options));
      expect(drawn).toHaveLength(1);
      const allowed = options.tolerance + (options.step * Math.SQRT2) / 2;
      for (const point of ring) expect(distanceToPolyline(point, drawn[0]!.points, true)).toBeLessThanOrEqual(allowed);
      for (const point of drawn[0]!.points) expect(distanceToPolyline(point, ring, true)).toBeLessThanOrEqual(allowed);
      expect(drawn[0]!.points.length).toBeLessThan(ring.length / 2);
    });
  }

  it('keeps rings closed and lines open', () => {
    const ring = absolute(wobblyRing(50, 50, 20, 60), true);
    const line = absolute(
      [
        [0, 0],
        [30, 10],
        [60, 0],
      ],
      false,
    );
    const drawn = readRelative(compactPath(ring + line));
    expect(drawn.map((subpath) => subpath.closed)).toEqual([true, false]);
    expect(drawn[1]!.points).toEqual([
      [0, 0],
      [30, 10],
      [60, 0],
    ]);
  });

  it('closes a line that ends where it starts, as the coast around an island does', () => {
    const island = wobblyRing(50, 50, 10, 30);
    const drawn = readRelative(compactPath(absolute([...island, island[0]!], false)));
    expect(drawn).toHaveLength(1);
    expect(drawn[0]!.closed).toBe(true);
  });

  it('leaves out rings smaller than a pixel, and a path of nothing but those is empty', () => {
    const speck = absolute(
      [
        [10, 10],
        [10.4, 10],
        [10.4, 10.3],
      ],
      true,
    );
    const island = absolute(
      [
        [20, 20],
        [23, 20],
        [23, 23],
      ],
      true,
    );
    expect(readRelative(compactPath(speck + island))).toEqual([
      {
        points: [
          [20, 20],
          [23, 20],
          [23, 23],
        ],
        closed: true,
      },
    ]);
    expect(compactPath(speck)).toBe('');
    expect(compactPath('')).toBe('');
  });

  it('writes relative commands with the shortest numbers', () => {
    const d = compactPath(absolute(wobblyRing(300.2, 200.6, 50, 200), true) + absolute(wobblyRing(100, 100, 20, 80), true), HALVES);
    expect(d).toMatch(/^m[\d .mz-]+z$/);
    // No leading or trailing zeros, no -0, and no space where a sign or a second point separates.
    for (const number of d.match(/-?(?:\d+\.?\d*|\.\d+)/g)!) expect(number).toMatch(/^(-?([1-9]\d*(\.\d*[1-9])?|\.\d*[1-9])|0)$/);
    expect(d).not.toMatch(/ -|\.\d+ \./);
    expect(d).toContain('.5');
  });

  it('starts each subpath from where the pen is: the last start after z, the last point after an open line', () => {
    const d = compactPath('M10,10L20,10L20,20ZM30,30L40,30M50,50L60,50');
    expect(d).toBe('m10 10 10 0 0 10zm20 20 10 0m10 20 10 0');
  });

  const unreadable: { name: string; input: string }[] = [
    { name: 'arcs (d3-geo draws points as circles)', input: 'M0,4.5a4.5,4.5 0 1,1 0,-9a4.5,4.5 0 1,1 0,9z' },
    { name: 'relative commands', input: 'm0 0l10 10z' },
    { name: 'curves', input: 'M0,0C1,1 2,2 3,3' },
    { name: 'an odd number of coordinates', input: 'M0,0L10' },
    { name: 'a line before any move', input: 'L10,10' },
    { name: 'something that is not a path', input: 'M0,0L10,10 <script>' },
  ];
  for (const { name, input } of unreadable) it(`returns a path with ${name} unchanged`, () => expect(compactPath(input)).toBe(input));

  it('still compacts the other paths when one cannot be read', () => {
    const [arc, square] = compactPaths(['M0,0A1,1 0 1,1 0,2Z', 'M0.2,0.2L10.2,0.2L10.2,10.2Z']);
    expect(arc).toBe('M0,0A1,1 0 1,1 0,2Z');
    expect(square).toBe('m0 0 10 0 0 10z');
  });
});

describe('compactPaths: shared lines', () => {
  // Two countries meet along a wobbly border; each fill runs its own way from its own start,
  // and the borders mesh draws the border once more.
  const border: Point[] = Array.from({ length: 80 }, (_, i) => [100 + Math.round(3 * Math.sin(i / 3) * 10) / 10, i + 0.3]);
  const west: Point[] = [[20, 79.3], [20, 0.3], ...border];
  const east: Point[] = [...[...border].reverse(), [180, 0.3], [180, 79.3]];
  const eastFromElsewhere = [...east.slice(30), ...east.slice(0, 30)];
  const [westD, eastD, borderD] = compactPaths([absolute(west, true), absolute(eastFromElsewhere, true), absolute(border, false)], WHOLE);

  it('leaves neighbours meeting along exactly the same line as the border drawn between them', () => {
    const westSegments = segmentsOf(readRelative(westD!));
    const eastSegments = segmentsOf(readRelative(eastD!));
    const borderSegments = segmentsOf(readRelative(borderD!));
    expect(borderSegments.size).toBeGreaterThan(3);
    for (const segment of borderSegments) {
      expect(westSegments).toContain(segment);
      expect(eastSegments).toContain(segment);
    }
  });

  it('draws an island the same as a fill and as a coast line, whichever way and wherever each starts', () => {
    const island = wobblyRing(60, 60, 12, 90);
    const coast = [...island.slice(40).reverse(), ...island.slice(0, 40).reverse()];
    const [fill, line] = compactPaths([absolute(island, true), absolute([...coast, coast[0]!], false)], WHOLE);
    expect(segmentsOf(readRelative(line!))).toEqual(segmentsOf(readRelative(fill!)));
  });

  it('writes the same path the same way twice (a focus outline over its fill)', () => {
    const d = absolute(west, true);
    const [fill, outline] = compactPaths([d, d]);
    expect(outline).toBe(fill);
  });
});

describe('compactPaths on the story map', () => {
  const basemap = decodeBasemap(JSON.parse(readFileSync('public/basemap/countries.json', 'utf8')));
  const regions = (JSON.parse(readFileSync('data/regions.json', 'utf8')) as { features: RegionData[] }).features;
  const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as { bounds: [[number, number], [number, number]] };
  const shapes = staticMapShapes({ width: 720, height: 420, bounds: story.bounds, basemap, regions });
  const [coast, borders, ...countries] = compactPaths([shapes.coast, shapes.borders, ...shapes.countries.map((c) => c.d)]);

  it('is a fraction of the size of d3 paths', () => {
    const before = [shapes.coast, shapes.borders, ...shapes.countries.map((c) => c.d)].join('').length;
    const after = [coast, borders, ...countries].join('').length;
    // d3's paths of the already simplified base map shrink by a bit under two thirds.
    expect(after).toBeLessThan(before / 2.5);
  });

  it('draws every border segment as the edge of two countries, so no gap opens between neighbours', () => {
    const countrySegments = countries.map((d) => segmentsOf(readRelative(d!)));
    const borderSegments = [...segmentsOf(readRelative(borders!))];
    const alone = borderSegments.filter((segment) => countrySegments.filter((segments) => segments.has(segment)).length < 2);
    expect(alone).toEqual([]);
  });

  it('draws every coast segment as the edge of a country', () => {
    const countrySegments = countries.map((d) => segmentsOf(readRelative(d!)));
    const alone = [...segmentsOf(readRelative(coast!))].filter((segment) => !countrySegments.some((segments) => segments.has(segment)));
    expect(alone).toEqual([]);
  });
});

describe('prerenderStory', () => {
  it("writes the map image's paths compacted: relative commands, whole pixels", () => {
    const basemap = JSON.parse(readFileSync('public/basemap/countries.json', 'utf8')) as unknown;
    const appCss = readFileSync('src/app.css', 'utf8');
    const result = prerenderStory({ files: asInputs(smallStory()), basemap, appCss, mapFile: 'story-map.svg', maxEvents: 100 });
    if (!result.ok) throw new Error('expected a story');
    const paths = [...result.mapSvg.matchAll(/<path d="([^"]*)"/g)].map((match) => match[1]!);
    expect(paths.length).toBeGreaterThan(10);
    for (const d of paths) expect(d).toMatch(/^m[\d mz-]+$/);
    expect(result.mapSvg.length).toBeLessThan(40_000);
  });
});
