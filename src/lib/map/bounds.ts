/**
 * The view that frames a set of places: their bounding box, padded, never smaller than a
 * minimum span (so one place gives a view with its surroundings rather than the closest
 * zoom), and never the long way round the globe.
 */
import type { LonLatBounds } from './extent.ts';

export interface BoundsOptions {
  /** Extra room on each side, as a fraction of the box's span. */
  padding?: number;
  /** The smallest [longitude, latitude] span in degrees the result may have. */
  minSpan?: readonly [number, number];
}

/**
 * Returns [[west, south], [east, north]], or null for no places. When the tightest box
 * crosses the antimeridian, east is given above 180 (e.g. 170 → 190), which MapLibre's
 * fitBounds accepts; west is always below east.
 */
export function boundsOfPlaces(
  coordinates: readonly (readonly [number, number])[],
  { padding = 0.15, minSpan = [8, 5] }: BoundsOptions = {},
): LonLatBounds | null {
  if (coordinates.length === 0) return null;
  const [west, east] = longitudeRange(coordinates.map(([lon]) => lon));
  const lats = coordinates.map(([, lat]) => lat);
  let south = Math.min(...lats);
  let north = Math.max(...lats);
  let [w, e] = [west, east];

  const padLon = (e - w) * padding;
  const padLat = (north - south) * padding;
  [w, e] = grow(w - padLon, e + padLon, minSpan[0]);
  [south, north] = grow(south - padLat, north + padLat, minSpan[1]);
  // Web Mercator cannot show the poles.
  south = Math.max(-85, south);
  north = Math.min(85, north);
  return [
    [round(w), round(south)],
    [round(e), round(north)],
  ];
}

/**
 * The shortest longitude interval holding every value: the circle minus its largest empty
 * gap. So 170° and -170° give [170, 190], a span of 20°, not [-170, 170].
 */
function longitudeRange(lons: number[]): [number, number] {
  const sorted = [...new Set(lons.map(normalize))].sort((a, b) => a - b);
  if (sorted.length === 1) return [sorted[0]!, sorted[0]!];
  // The gap that wraps from the last value round to the first.
  let gap = sorted[0]! + 360 - sorted[sorted.length - 1]!;
  let range: [number, number] = [sorted[0]!, sorted[sorted.length - 1]!];
  for (let i = 1; i < sorted.length; i++) {
    const inner = sorted[i]! - sorted[i - 1]!;
    if (inner > gap) {
      gap = inner;
      range = [sorted[i]!, sorted[i - 1]! + 360];
    }
  }
  return range;
}

function normalize(lon: number): number {
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
  // Keep 180 as 180 rather than -180, as editors write it.
  return wrapped === -180 && lon > 0 ? 180 : wrapped;
}

function grow(min: number, max: number, span: number): [number, number] {
  if (max - min >= span) return [min, max];
  const centre = (min + max) / 2;
  return [centre - span / 2, centre + span / 2];
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * The view for a selected event: its places framed closely while they lie within the
 * story's home view; when one lies outside it (Davos), the home view grows to take it in,
 * so the reader sees where it is relative to the region rather than a map of the Alps.
 */
export function viewForPlaces(
  coordinates: readonly (readonly [number, number])[],
  home: LonLatBounds,
  options: BoundsOptions = {},
): LonLatBounds | null {
  const [[west, south], [east, north]] = home;
  const outside = coordinates.some(([lon, lat]) => lon < west || lon > east || lat < south || lat > north);
  if (!outside) return boundsOfPlaces(coordinates, options);
  return boundsOfPlaces([...coordinates, [west, south], [east, north]], { ...options, padding: 0.02 });
}
