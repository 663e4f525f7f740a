/**
 * One-off generator for data/regions.json: the Gaza Strip and the West Bank, taken from
 * Natural Earth's 1:10m "Palestine" outline (via world-atlas) and split into its two parts.
 * Editors may edit the output by hand; rerun only to start again from Natural Earth.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { MultiPolygon, Polygon, Position } from 'geojson';

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology<{
  countries: GeometryCollection<{ name: string }>;
}>;
const countries = feature(topology, topology.objects.countries);
const palestine = countries.features.find((f) => f.properties.name === 'Palestine');
if (!palestine || palestine.geometry.type !== 'MultiPolygon') throw new Error('Natural Earth Palestine outline not found');

const round = (ring: Position[]) => ring.map(([lon, lat]) => [Math.round(lon! * 1e4) / 1e4, Math.round(lat! * 1e4) / 1e4]);
const parts = (palestine.geometry as MultiPolygon).coordinates.map((polygon) => polygon.map(round));
// The Gaza Strip is the part on the coast, west of 34.6°E.
const isGaza = (polygon: Position[][]) => polygon[0]!.every(([lon]) => lon! < 34.6);
const polygonOf = (polygons: Position[][][]): Polygon | MultiPolygon =>
  polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };

const regions = {
  $schema: './schema/regions.schema.json',
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { id: 'gaza-strip', name: 'Gaza Strip' }, geometry: polygonOf(parts.filter(isGaza)) },
    { type: 'Feature', properties: { id: 'west-bank', name: 'West Bank' }, geometry: polygonOf(parts.filter((p) => !isGaza(p))) },
  ],
};
writeFileSync(new URL('../data/regions.json', import.meta.url), JSON.stringify(regions, null, 2) + '\n');
console.log(
  'wrote data/regions.json',
  regions.features.map((f) => `${f.properties.id}: ${JSON.stringify(f.geometry).length} bytes`),
);
