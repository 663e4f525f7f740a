/**
 * What the chosen issues cover on the map: the countries to tint and how strongly, the lines
 * to draw, and the points a camera must frame. The issues the reader chose are drawn at full
 * strength; the selected event's issues more lightly, as context. Disputed areas follow the
 * policy in countries.json. Pure: both renderers and the camera read the same answer.
 */
import type { CountryData, LineData, PlaceData, RegionData, ThemeData } from '../data/schema.ts';

/** Tint opacities: light enough that labels on top keep their contrast in both themes. */
export const TINT_OPACITY = { chosen: 0.3, context: 0.14 } as const;
/** A disputed area whose policy says "muted" is tinted this much of a country's strength. */
export const MUTED_FACTOR = 0.5;

export type Strength = keyof typeof TINT_OPACITY;

export interface CountryTint {
  /** The country's Natural Earth name in the base map. */
  name: string;
  colour: string;
  opacity: number;
  strength: Strength;
}

export interface ShownLine {
  id: string;
  colour: string;
  strength: Strength;
}

export interface IssueGeographyInput {
  themes: readonly ThemeData[];
  /** Issues the reader chose (filter chips, legend). */
  activeThemes: readonly string[];
  /** The selected event's issues, shown lightly. */
  contextThemes: readonly string[];
  /** countries.json: the disputed-areas policy by base map name. */
  countries: readonly CountryData[];
}

export interface IssueGeography {
  tints: CountryTint[];
  lines: ShownLine[];
}

/** The issues to draw, each with its strength: chosen ones first and never downgraded. */
function shownThemes({ themes, activeThemes, contextThemes }: IssueGeographyInput): { theme: ThemeData; strength: Strength }[] {
  const byId = new Map(themes.map((theme) => [theme.id, theme]));
  const shown = new Map<string, { theme: ThemeData; strength: Strength }>();
  for (const [ids, strength] of [
    [activeThemes, 'chosen'],
    [contextThemes, 'context'],
  ] as const) {
    for (const id of ids) {
      const theme = byId.get(id);
      if (theme && !shown.has(id)) shown.set(id, { theme, strength });
    }
  }
  return [...shown.values()];
}

export function issueGeography(input: IssueGeographyInput): IssueGeography {
  const policy = new Map(input.countries.flatMap((country) => (country.name ? [[country.name, country.disputed] as const] : [])));
  const tints = new Map<string, CountryTint>();
  const lines = new Map<string, ShownLine>();
  for (const { theme, strength } of shownThemes(input)) {
    for (const name of theme.countries ?? []) {
      const disputed = policy.get(name);
      if (disputed?.tint === 'none' || tints.has(name)) continue;
      const opacity = TINT_OPACITY[strength] * (disputed?.tint === 'muted' ? MUTED_FACTOR : 1);
      tints.set(name, { name, colour: theme.colour, opacity, strength });
    }
    for (const id of theme.lines ?? []) if (!lines.has(id)) lines.set(id, { id, colour: theme.colour, strength });
  }
  return { tints: [...tints.values()], lines: [...lines.values()] };
}

type LonLat = readonly [number, number];

export interface GeographyPointsInput {
  themes: readonly ThemeData[];
  ids: readonly string[];
  places: ReadonlyMap<string, PlaceData>;
  regions: readonly RegionData[];
  lines: readonly LineData[];
}

/**
 * The points that frame some issues: their places, their regions' outlines and their lines.
 * Not their countries: a whole country's extent (Iran's) would zoom the map out past the story.
 */
export function geographyPoints({ themes, ids, places, regions, lines }: GeographyPointsInput): LonLat[] {
  const chosen = themes.filter((theme) => ids.includes(theme.id));
  const regionById = new Map(regions.map((region) => [region.properties.id, region]));
  const lineById = new Map(lines.map((line) => [line.properties.id, line]));
  const points: LonLat[] = [];
  for (const theme of chosen) {
    for (const id of theme.places) {
      const place = places.get(id);
      if (place) points.push(place.coordinates);
    }
    for (const id of theme.regions) {
      const region = regionById.get(id);
      if (region) points.push(...outlinePoints(region.geometry));
    }
    for (const id of theme.lines ?? []) {
      const line = lineById.get(id);
      if (line) points.push(...linePoints(line.geometry));
    }
  }
  return points;
}

function outlinePoints(geometry: RegionData['geometry']): LonLat[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((rings) => (rings[0] ?? []).map(([lon, lat]) => [lon!, lat!] as const));
}

function linePoints(geometry: LineData['geometry']): LonLat[] {
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  return parts.flat();
}
