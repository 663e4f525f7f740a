/**
 * Where the map's camera goes when the selection changes: the camera policy as data, so
 * MapView only hands it to MapLibre. An event frames its places as a locator map; a place is
 * brought into view only when it is not already; nothing else moves the camera.
 */
import { viewForPlaces } from './bounds.ts';
import { isInside, type LonLatBounds } from './extent.ts';

type LonLat = readonly [number, number];

export type CameraMove =
  { kind: 'fit'; bounds: LonLatBounds; padding: Padding | number; maxZoom?: number } | { kind: 'ease'; center: LonLat } | null;

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface CameraInput {
  /** What is selected: an event's places' coordinates, or one place's. */
  selection: { kind: 'event'; places: readonly LonLat[] } | { kind: 'place'; at: LonLat } | null;
  /** The story's region: the home view. */
  home: LonLatBounds;
  /** What the base map covers: places beyond it are pointers at the edge, never framed. */
  extent: LonLatBounds;
  /** The map's size in px, for padding. */
  size: { width: number; height: number };
  /** Whether a place is already on screen (only asked for a selected place). */
  isVisible: (lonLat: LonLat) => boolean;
}

/** Padding for fitted views: room for labels beside the outermost markers. */
export function fitPadding({ width, height }: { width: number; height: number }): Padding {
  const side = Math.min(60, width / 6);
  const vertical = Math.min(40, height / 6);
  return { top: vertical, bottom: vertical, left: side, right: side };
}

/** The closest a fitted event may bring the camera: a locator, not a street map. */
export const EVENT_MAX_ZOOM = 7;

export function cameraFor({ selection, home, extent, size, isVisible }: CameraInput): CameraMove {
  if (selection?.kind === 'event') {
    const inside = selection.places.filter((lonLat) => isInside(extent, lonLat));
    // A locator map: even one place is shown with its region around it (about Turkey's size).
    const bounds = viewForPlaces(inside, home, { padding: 0.15, minSpan: [17, 11] });
    // An event only far away (Washington) keeps the home view: its pointer shows the way.
    return bounds
      ? { kind: 'fit', bounds, padding: fitPadding(size), maxZoom: EVENT_MAX_ZOOM }
      : { kind: 'fit', bounds: home, padding: 10, maxZoom: EVENT_MAX_ZOOM };
  }
  if (selection?.kind === 'place') {
    if (!isInside(extent, selection.at) || isVisible(selection.at)) return null;
    return { kind: 'ease', center: selection.at };
  }
  return null;
}
