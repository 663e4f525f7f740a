/**
 * What each place looks like on the map, before it is positioned: its colour (from the
 * issues that list it), how many of its events the timeline's window and the issue filter
 * show, and whether it is selected, highlighted or dimmed (none of its events shown).
 * Shared by the MapLibre map and its SVG fallback so both say the same thing.
 */
import type { PlaceData, PlaceKind, RegionData, ThemeData } from '../data/schema.ts';
import { isInside, type LonLatBounds } from './extent.ts';

export interface PlaceMark {
  id: string;
  name: string;
  kind: PlaceKind;
  lonLat: readonly [number, number];
  /** Colour of the issue the place is shown under, or null for none. */
  colour: string | null;
  /** Highlighted by the selection (the event's places, the place itself) or the issue filter. */
  highlighted: boolean;
  /** The selected place. */
  selected: boolean;
  /** None of the place's events is in the window and the filter, and the selection is not about it: it recedes. */
  dimmed: boolean;
  /** How many of the place's events are in the timeline's window and match the issue filter. */
  count: number;
  /** Outside the base map: always shown as a pointer at the map's edge. */
  far: boolean;
  /** Among places of a kind, those busier in the window keep their labels. */
  weight: number;
}

export interface PlaceMarkInput {
  places: readonly PlaceData[];
  themes: readonly ThemeData[];
  activeThemes: readonly string[];
  highlighted: ReadonlySet<string>;
  selectedId: string | null;
  extent: LonLatBounds;
  /** The place's name in the reader's language. */
  nameOf?: (place: PlaceData) => string;
  /** Events in the window and the filter, by place id (windowCounts); a place not in it has none. */
  counts: ReadonlyMap<string, number>;
}

/**
 * The issue a place or region is drawn in: the first chosen issue that lists it, else the
 * first issue in themes.json that does, so colours stay put while the reader filters.
 */
export function themeOf(
  id: string,
  kind: 'places' | 'regions',
  themes: readonly ThemeData[],
  activeThemes: readonly string[],
): ThemeData | undefined {
  const listing = themes.filter((theme) => theme[kind].includes(id));
  return listing.find((theme) => activeThemes.includes(theme.id)) ?? listing[0];
}

export function placeMarks({
  places,
  themes,
  activeThemes,
  highlighted,
  selectedId,
  extent,
  nameOf = (place) => place.name,
  counts,
}: PlaceMarkInput): PlaceMark[] {
  return places.map((place) => {
    const count = counts.get(place.id) ?? 0;
    const selected = place.id === selectedId;
    return {
      id: place.id,
      name: nameOf(place),
      kind: place.kind,
      lonLat: place.coordinates,
      colour: themeOf(place.id, 'places', themes, activeThemes)?.colour ?? null,
      highlighted: highlighted.has(place.id),
      selected,
      dimmed: count === 0 && !selected && !highlighted.has(place.id),
      count,
      far: !isInside(extent, place.coordinates),
      weight: count,
    };
  });
}

export interface RegionMark {
  id: string;
  colour: string | null;
  highlighted: boolean;
  dimmed: boolean;
}

/** Regions share ids with the places that name them (gaza-strip), so a selected event's places light up its regions too. */
export function regionMarks(
  regions: readonly RegionData[],
  themes: readonly ThemeData[],
  activeThemes: readonly string[],
  highlighted: ReadonlySet<string>,
): RegionMark[] {
  const active = themes.filter((theme) => activeThemes.includes(theme.id));
  return regions.map(({ properties: { id } }) => {
    const inFilter = active.some((theme) => theme.regions.includes(id));
    return {
      id,
      colour: themeOf(id, 'regions', themes, activeThemes)?.colour ?? null,
      highlighted: highlighted.has(id) || inFilter,
      dimmed: active.length > 0 && !inFilter && !highlighted.has(id),
    };
  });
}
