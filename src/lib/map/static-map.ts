/**
 * The map as SVG path strings, for readers without WebGL (and, at build time, for a
 * prerendered map): d3-geo computes, Svelte draws. No DOM, no window.
 */
import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { LineData, RegionData } from '../data/schema.ts';
import type { Basemap } from './basemap.ts';
import { FOCUS_COUNTRIES } from './basemap.ts';
import { splitBorders } from './disputed.ts';
import type { LonLatBounds } from './extent.ts';

export interface StaticMapInput {
  width: number;
  height: number;
  /** The view to fit, [[west, south], [east, north]]. */
  bounds: LonLatBounds;
  basemap: Basemap;
  regions: readonly RegionData[];
  /** The issues' lines (lines.json). */
  lines?: readonly LineData[];
  /** Base map names of areas whose borders are drawn dashed (disputed.ts). */
  dashed?: ReadonlySet<string>;
}

export interface StaticMapShapes {
  countries: { name: string; d: string; focus: 'turkey' | 'israel' | null }[];
  /** Agreed land borders. */
  borders: string;
  /** Borders of disputed areas, drawn dashed. */
  disputed: string;
  coast: string;
  regions: { id: string; name: string; d: string }[];
  lines: { id: string; d: string }[];
  /** Screen position of a [lon, lat], for the place markers. */
  project: (lonLat: readonly [number, number]) => [number, number];
}

export function staticMapShapes({
  width,
  height,
  bounds,
  basemap,
  regions,
  lines = [],
  dashed = new Set(),
}: StaticMapInput): StaticMapShapes {
  const [[west, south], [east, north]] = bounds;
  const frame: Feature<MultiLineString> = {
    type: 'Feature',
    properties: {},
    // The box's outline (not just its corners), so Mercator's curved parallels are inside too.
    geometry: {
      type: 'MultiLineString',
      coordinates: [
        [
          [west, south],
          [east, south],
          [east, north],
          [west, north],
          [west, south],
        ],
      ],
    },
  };
  const projection = geoMercator().fitExtent(
    [
      [0, 0],
      [width, height],
    ],
    frame,
  );
  // Clipped to the frame so the SVG holds only what shows.
  projection.clipExtent([
    [-2, -2],
    [width + 2, height + 2],
  ]);
  // One decimal is a tenth of a pixel: a third of the bytes of d3's default precision.
  const path = geoPath(projection).digits(1);
  const d = (geometry: Parameters<typeof path>[0]) => path(geometry) ?? '';
  const focusOf = (name: string): 'turkey' | 'israel' | null =>
    name === FOCUS_COUNTRIES.turkey ? 'turkey' : name === FOCUS_COUNTRIES.israel ? 'israel' : null;
  const borders = splitBorders(basemap, dashed);

  return {
    countries: basemap.countries.features
      .map((country) => ({ name: country.properties.name, d: d(wound(country)), focus: focusOf(country.properties.name) }))
      .filter((country) => country.d !== ''),
    borders: d(borders.agreed),
    disputed: d(borders.disputed),
    coast: d(basemap.coast),
    regions: regions.map((region) => ({
      id: region.properties.id,
      name: region.properties.name,
      d: d(wound(region as Feature<Polygon | MultiPolygon>)),
    })),
    lines: lines.map((line) => ({ id: line.properties.id, d: d(line.geometry) })),
    project: (lonLat) => {
      const point = projection([lonLat[0], lonLat[1]]);
      return point ? [point[0], point[1]] : [NaN, NaN];
    },
  };
}

/**
 * d3-geo reads rings on the sphere, where a ring wound the "wrong" way encloses the whole
 * world but the shape. GeoJSON (RFC 7946) and hand-edited regions may use either winding,
 * so a shape that would cover more than half the globe is reversed.
 */
export function wound<F extends Feature<Polygon | MultiPolygon>>(shape: F): F {
  if (geoArea(shape) <= 2 * Math.PI) return shape;
  const reverse = (rings: number[][][]) => rings.map((ring) => [...ring].reverse());
  const geometry: Polygon | MultiPolygon =
    shape.geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: reverse(shape.geometry.coordinates) }
      : { type: 'MultiPolygon', coordinates: shape.geometry.coordinates.map(reverse) };
  return { ...shape, geometry };
}
