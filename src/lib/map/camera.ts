/**
 * Where the map's camera goes when the reader selects something: the camera policy as data,
 * so MapView only hands it to MapLibre.
 * - An event frames its places and its issues' geography (places, regions, lines; not whole
 *   countries), with Turkey and Israel always in view, as a locator map of the region.
 * - Chosen issues frame their geography, with both countries in view.
 * - A place is brought into view only when it is not already.
 * Only a selection moves the camera: the timeline's window never does, and is not an input.
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

/** What the camera is asked to show. */
export type CameraFocus =
  | { kind: 'event'; places: readonly LonLat[]; geography: readonly LonLat[] }
  | { kind: 'issues'; geography: readonly LonLat[] }
  | { kind: 'place'; at: LonLat }
  | null;

export interface CameraInput {
  focus: CameraFocus;
  /** Points every fitted view keeps in sight: where Turkey's and Israel's names are written. */
  anchors: readonly LonLat[];
  /** The story's region: the home view, and the most a fitted view may show. */
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
/** A locator map: even one place is shown with its region around it (about Turkey's size). */
const LOCATOR = { padding: 0.08, minSpan: [17, 11] as const };

export function cameraFor({ focus, anchors, home, extent, size, isVisible }: CameraInput): CameraMove {
  if (focus === null) return null;
  if (focus.kind === 'place') {
    if (!isInside(extent, focus.at) || isVisible(focus.at)) return null;
    return { kind: 'ease', center: focus.at };
  }
  // Places beyond the base map (Washington) stay pointers; an issue's far reach (Baku) is
  // framed only within the story's region.
  const places = focus.kind === 'event' ? focus.places.filter((lonLat) => isInside(extent, lonLat)) : [];
  const geography = focus.geography.filter((lonLat) => isInside(home, lonLat));
  if (places.length === 0 && geography.length === 0 && focus.kind === 'event')
    return { kind: 'fit', bounds: home, padding: 10, maxZoom: EVENT_MAX_ZOOM };
  const points = [...places, ...geography, ...anchors];
  const bounds = viewForPlaces(points, home, LOCATOR);
  if (!bounds) return { kind: 'fit', bounds: home, padding: 10, maxZoom: EVENT_MAX_ZOOM };
  // Padding may reach past the story's region; a place beyond it (Davos) widens the view on purpose.
  const within = points.every((lonLat) => isInside(home, lonLat)) ? clampTo(bounds, home) : bounds;
  return { kind: 'fit', bounds: within, padding: fitPadding(size), maxZoom: EVENT_MAX_ZOOM };
}

function clampTo([[west, south], [east, north]]: LonLatBounds, [[homeWest, homeSouth], [homeEast, homeNorth]]: LonLatBounds): LonLatBounds {
  return [
    [Math.max(west, homeWest), Math.max(south, homeSouth)],
    [Math.min(east, homeEast), Math.min(north, homeNorth)],
  ];
}

/**
 * What the static map (no WebGL) shows, as MapLibre's camera would after the same moves: the
 * bounds fitted inside the padding, no closer than `maxZoom`, then centred on `center` if set.
 */
export interface StaticFrame {
  /** The view to fit, [[west, south], [east, north]]. */
  bounds: LonLatBounds;
  padding?: Padding | number;
  maxZoom?: number;
  /** Where an eased camera put the middle of the map, at the fitted zoom. */
  center?: LonLat;
}

/** The static map's frame after a camera move: a fit replaces it, an ease keeps its zoom and moves its middle. */
export function frameAfter(move: NonNullable<CameraMove>, previous: StaticFrame): StaticFrame {
  return move.kind === 'fit' ? { bounds: move.bounds, padding: move.padding, maxZoom: move.maxZoom } : { ...previous, center: move.center };
}

/** What the reader has chosen, as far as the camera cares. */
export interface CameraChoice {
  selection: { kind: 'event' | 'place'; id: string } | null;
  themes: readonly string[];
}

/**
 * What a change of choice asks the camera to show: the newest choice wins. The first view
 * follows the link: its issues when it names some (the default event is selected whenever the
 * link names no event, so the issues are the reader's own choice), else its event or place.
 * Later, a new selection frames the selection, and a new set of issues frames the issues (or,
 * once none are chosen, the selection again). Anything else, the window included, leaves the
 * camera where it is.
 */
export function focusAfter(previous: CameraChoice | null, next: CameraChoice): 'selection' | 'issues' | null {
  if (previous === null) return next.themes.length > 0 ? 'issues' : next.selection ? 'selection' : null;
  const selectionChanged = previous.selection?.kind !== next.selection?.kind || previous.selection?.id !== next.selection?.id;
  const themesChanged = previous.themes.join('\n') !== next.themes.join('\n');
  if (themesChanged && next.themes.length > 0) return 'issues';
  if (selectionChanged && next.selection) return 'selection';
  if (selectionChanged && next.themes.length > 0) return 'issues';
  if (themesChanged && next.selection) return 'selection';
  return null;
}
