/**
 * Writes public/basemap/countries.json: Natural Earth 1:50m countries (via world-atlas),
 * trimmed to what the map's views need, so readers download tens of kilobytes instead of
 * the whole world. Run with `npx tsx scripts/make-basemap.ts` after changing
 * BASEMAP_EXTENT; the output is committed.
 *
 * The trimming works on the topology's arcs, not on polygons, so neighbouring countries
 * keep sharing their borders (topojson.mesh can still draw each border once):
 *  1. polygons wholly outside the extent are dropped, and their arcs with them;
 *  2. arc points outside the extent are clamped onto its edge. Clamping is not an exact
 *     clip (an edge between two outside points can shave a corner), but the error stays on
 *     the edge of the extent, which the map never shows: it cannot pan that far;
 *  3. arcs are simplified (Douglas–Peucker, ends kept so shared borders still meet), finely
 *     near the story's region and coarsely far from it, and re-quantized on a grid fine
 *     enough for the closest zoom the map allows.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { BASEMAP_EXTENT, BASEMAP_PATH } from '../src/lib/map/extent.ts';
import { simplify } from './simplify-line.ts';

type Point = [number, number];
type CountryProps = { name: string };

/**
 * Degrees a simplified arc may stray from the original, near the story and elsewhere. Near
 * it (the story's region in data/story.json, with a margin) readers zoom in close: 0.03° is
 * about 3 km, under two pixels at zoom 6.5, the regional view, and eight at the closest zoom
 * (8.5, about 260 px a degree), where a coastline's small bends are lost. Elsewhere (western
 * Europe, Africa, Arabia, Central Asia) the map is seen from afar, at the zooms that frame the
 * story's places (4 to 5, 16 to 32 px a degree): 0.22° is four to seven pixels, where the
 * eye follows the story's region rather than a distant coast. The coarser figures keep a reader's visit within
 * its size budget (docs/performance.md).
 * Set TOLERANCE_NEAR, TOLERANCE_FAR or QUANTIZATION in the environment to try others.
 */
const TOLERANCE_NEAR = Number(process.env.TOLERANCE_NEAR ?? 0.03);
const TOLERANCE_FAR = Number(process.env.TOLERANCE_FAR ?? 0.22);
/** Degrees around the story's region still counted as near. */
const NEAR_MARGIN = 2;
/**
 * Grid cells across the extent (each way) when re-quantizing: under 0.02° a cell, so a point
 * moves at most 0.01°, about a kilometre and under three pixels at the closest zoom: less than
 * the simplification.
 */
const QUANTIZATION = Number(process.env.QUANTIZATION ?? 4_000);

const require = createRequire(import.meta.url);
const source = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{
  countries: GeometryCollection<CountryProps>;
}>;
const [[west, south], [east, north]] = BASEMAP_EXTENT;
const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as { bounds: [[number, number], [number, number]] };
const near = {
  west: story.bounds[0][0] - NEAR_MARGIN,
  south: story.bounds[0][1] - NEAR_MARGIN,
  east: story.bounds[1][0] + NEAR_MARGIN,
  north: story.bounds[1][1] + NEAR_MARGIN,
};
/** An arc with a point near the story keeps the fine tolerance. */
const isNear = (points: Point[]) => points.some(([x, y]) => x >= near.west && x <= near.east && y >= near.south && y <= near.north);

/** Absolute coordinates of every arc (world-atlas stores them delta-encoded and quantized). */
const arcs: Point[][] = source.arcs.map((arc) => {
  const { scale, translate } = source.transform!;
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => {
    x += dx!;
    y += dy!;
    return [x * scale[0] + translate[0], y * scale[1] + translate[1]] as Point;
  });
});

const arcIndex = (i: number) => (i < 0 ? ~i : i);

function ringTouchesExtent(ring: number[]): boolean {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const i of ring) {
    for (const [x, y] of arcs[arcIndex(i)]!) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  return maxX >= west && minX <= east && maxY >= south && minY <= north;
}

const clamp = ([x, y]: Point): Point => [Math.min(east, Math.max(west, x)), Math.min(north, Math.max(south, y))];

// 1. Keep the polygons that reach into the extent. Natural Earth's numeric ids are left out:
// the map tells countries by name.
const countries = source.objects.countries.geometries.flatMap((geometry) => {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return [];
  const polygons = (geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs).filter((polygon) => ringTouchesExtent(polygon[0]!));
  if (polygons.length === 0) return [];
  return [{ name: geometry.properties!.name, polygons }];
});

// 2 and 3. Renumber the arcs still used, clamp, simplify and quantize them.
const renumbered = new Map<number, number>();
for (const country of countries)
  for (const polygon of country.polygons)
    for (const ring of polygon) for (const i of ring) if (!renumbered.has(arcIndex(i))) renumbered.set(arcIndex(i), renumbered.size);

const kx = (east - west) / QUANTIZATION;
const ky = (north - south) / QUANTIZATION;
const outArcs = [...renumbered.keys()].map((old) => {
  const clamped = arcs[old]!.map(clamp);
  const points = simplify(clamped, isNear(clamped) ? TOLERANCE_NEAR : TOLERANCE_FAR);
  const quantized = points.map(([x, y]) => [Math.round((x - west) / kx), Math.round((y - south) / ky)] as Point);
  const deduped = quantized.filter(
    (p, i) => i === 0 || i === quantized.length - 1 || p[0] !== quantized[i - 1]![0] || p[1] !== quantized[i - 1]![1],
  );
  let px = 0;
  let py = 0;
  return deduped.map(([x, y]) => {
    const delta = [x - px, y - py];
    [px, py] = [x, y];
    return delta;
  });
});

const remap = (i: number) => (i < 0 ? ~renumbered.get(~i)! : renumbered.get(i)!);
const geometries = countries.map(({ name, polygons }): Polygon<CountryProps> | MultiPolygon<CountryProps> => {
  const rings = polygons.map((polygon) => polygon.map((ring) => ring.map(remap)));
  return rings.length === 1
    ? { type: 'Polygon', properties: { name }, arcs: rings[0]! }
    : { type: 'MultiPolygon', properties: { name }, arcs: rings };
});

const topology = {
  type: 'Topology',
  bbox: [west, south, east, north],
  transform: { scale: [kx, ky], translate: [west, south] },
  objects: { countries: { type: 'GeometryCollection', geometries } },
  arcs: outArcs,
};

const out = `public/${BASEMAP_PATH}`;
mkdirSync(dirname(out), { recursive: true });
const text = JSON.stringify(topology);
writeFileSync(out, text);
console.log(
  `${out}: ${geometries.length} countries, ${outArcs.length} arcs, ${(text.length / 1024).toFixed(1)} KB, ${(gzipSync(text).length / 1024).toFixed(1)} KB gzip`,
);
