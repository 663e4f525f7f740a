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
import type { Padding, StaticFrame } from './camera.ts';

export interface StaticMapInput extends StaticFrame {
  width: number;
  height: number;
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
  padding = 0,
  maxZoom,
  center,
  basemap,
  regions,
  lines = [],
  dashed = new Set(),
}: StaticMapInput): StaticMapShapes {
  const projection = fittedProjection({ width, height, bounds, padding, maxZoom, center });
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

/** MapLibre's tiles are 512 px: at zoom z the world is 512 × 2^z px wide, and d3's Mercator is 2π × scale. */
export const scaleOfZoom = (zoom: number) => (512 * 2 ** zoom) / (2 * Math.PI);

/**
 * The Mercator projection showing a frame as MapLibre's camera would: the bounds fitted inside
 * the padding (fitBounds), no closer than `maxZoom`, then centred on `center` if given (easeTo,
 * which keeps the zoom and puts the point in the middle of the map).
 */
export function fittedProjection({ width, height, bounds, padding = 0, maxZoom, center }: StaticFrame & { width: number; height: number }) {
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
  const pad: Padding = typeof padding === 'number' ? { top: padding, bottom: padding, left: padding, right: padding } : padding;
  // Padding that leaves no room is dropped, as a map too small for it would be unreadable anyway.
  const roomy = width - pad.left - pad.right >= 1 && height - pad.top - pad.bottom >= 1;
  const [x0, y0, x1, y1] = roomy ? [pad.left, pad.top, width - pad.right, height - pad.bottom] : [0, 0, width, height];
  const projection = geoMercator().fitExtent(
    [
      [x0, y0],
      [x1, y1],
    ],
    frame,
  );
  const moveTo = (lonLat: readonly [number, number], [x, y]: readonly [number, number]) => {
    const [px, py] = projection([lonLat[0], lonLat[1]])!;
    const [tx, ty] = projection.translate();
    projection.translate([tx + x - px, ty + y - py]);
  };
  if (maxZoom !== undefined && projection.scale() > scaleOfZoom(maxZoom)) {
    // Too close: the frame's middle stays where it is, at the closest zoom allowed.
    const middle = projection.invert!([(x0 + x1) / 2, (y0 + y1) / 2])!;
    projection.scale(scaleOfZoom(maxZoom));
    moveTo(middle, [(x0 + x1) / 2, (y0 + y1) / 2]);
  }
  if (center) moveTo(center, [width / 2, height / 2]);
  return projection;
}
