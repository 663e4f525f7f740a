/**
 * The part of the world the base map covers, as [[west, south], [east, north]] in degrees.
 * scripts/make-basemap.ts clips Natural Earth to this box; the map cannot pan beyond it, and
 * places outside it (Washington) are shown as pointers at the map's edge instead of being
 * fitted into view, since there would be no land drawn around them.
 */
export type LonLatBounds = readonly [readonly [number, number], readonly [number, number]];

/**
 * From Davos (the story's westernmost place) and the Red Sea to the Caspian. The map's home
 * view, its widest (the map is at most about 740 px wide), stays well inside it, and the map
 * cannot pan past it, so its edge is never seen.
 */
export const BASEMAP_EXTENT: LonLatBounds = [
  [-5, 14],
  [72, 56],
];

/** Where the build writes the trimmed base map, relative to the page (served from public/). */
export const BASEMAP_PATH = 'basemap/countries.json';

export function isInside(bounds: LonLatBounds, [lon, lat]: readonly [number, number]): boolean {
  const [[west, south], [east, north]] = bounds;
  return lon >= west && lon <= east && lat >= south && lat <= north;
}
