/**
 * The numbers behind the desk's small placing map: a Mercator projection fitted to the
 * base map's extent, its inverse (a click becomes [longitude, latitude]), coordinates rounded
 * as data/ writes them, typed degrees read, and arrow keys that move a place. d3-geo
 * computes; PlaceMap.svelte draws.
 */
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';

export type LonLat = [longitude: number, latitude: number];
export type LonLatBounds = readonly [readonly [number, number], readonly [number, number]];

export interface PlaceMapFrame {
  /** Where a [longitude, latitude] is drawn, in the map's pixels. */
  project: (lonLat: readonly [number, number]) => [number, number];
  /** The [longitude, latitude] under a pixel, rounded as data/ writes it; null off the globe. */
  invert: (point: readonly [number, number]) => LonLat | null;
  /** An SVG path for a GeoJSON object. */
  path: (object: GeoPermissibleObjects) => string;
}

/** A map `width` by `height` pixels showing `bounds`, [[west, south], [east, north]]. */
export function placeMapFrame(width: number, height: number, bounds: LonLatBounds): PlaceMapFrame {
  const [[west, south], [east, north]] = bounds;
  const box = {
    type: 'MultiPoint' as const,
    coordinates: [
      [west, south],
      [east, north],
    ],
  };
  const projection = geoMercator().fitSize([width, height], box);
  const path = geoPath(projection).digits(1);
  return {
    project: ([lon, lat]) => projection([lon, lat]) ?? [NaN, NaN],
    invert: ([x, y]) => {
      const lonLat = projection.invert?.([x, y]);
      return lonLat && lonLat.every(Number.isFinite) ? roundCoordinates(lonLat as LonLat) : null;
    },
    path: (object) => path(object) ?? '',
  };
}

/** Four decimals, about 11 m: finer than a click can aim, and how data/ writes coordinates. */
export function roundCoordinates([lon, lat]: readonly [number, number]): LonLat {
  const round = (n: number) => Math.round(n * 1e4) / 1e4 || 0;
  return [round(lon), round(lat)];
}

/** Degrees typed by an editor: "32.8597", "32,8597" (a decimal comma, as Turkish keyboards type) or "-0.5"; null otherwise. */
export function parseDegrees(text: string): number | null {
  const trimmed = text.trim().replace(/^\u2212/, '-');
  if (!/^-?\d+(?:[.,]\d+)?$/.test(trimmed)) return null;
  return Number(trimmed.replace(',', '.'));
}

/** What a typed longitude or latitude is wrong about, in words for the field; null when it is fine. */
export function degreesProblem(text: string, axis: 'longitude' | 'latitude'): string | null {
  const value = parseDegrees(text);
  const limit = axis === 'longitude' ? 180 : 90;
  if (value === null) return `Type a number of degrees, such as ${axis === 'longitude' ? '32.8597' : '39.9334'}.`;
  if (Math.abs(value) > limit) return `A ${axis} lies between -${limit} and ${limit}.`;
  return null;
}

/** Degrees an arrow key moves a place; with Shift, ten times less. */
export const NUDGE_DEGREES = 0.1;

/** The place moved by an arrow key (east, west, north or south); null for any other key. */
export function nudged(lonLat: readonly [number, number], key: string, fine = false): LonLat | null {
  const step = fine ? NUDGE_DEGREES / 10 : NUDGE_DEGREES;
  const moves: Record<string, [number, number]> = {
    ArrowLeft: [-step, 0],
    ArrowRight: [step, 0],
    ArrowUp: [0, step],
    ArrowDown: [0, -step],
  };
  const move = moves[key];
  if (!move) return null;
  const [lon, lat] = lonLat;
  return roundCoordinates([Math.max(-180, Math.min(180, lon + move[0])), Math.max(-90, Math.min(90, lat + move[1]))]);
}

/** The middle of a region: where a new place starts. */
export function centreOf(bounds: LonLatBounds): LonLat {
  const [[west, south], [east, north]] = bounds;
  return roundCoordinates([(west + east) / 2, (south + north) / 2]);
}
