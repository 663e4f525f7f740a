/**
 * The trimmed Natural Earth base map (written by scripts/make-basemap.ts), decoded from
 * TopoJSON into what both renderers draw: country shapes, land borders drawn once, and
 * coastlines.
 */
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { fetchWithRetry, type FetchWithRetryOptions } from '../data/fetch-with-retry.ts';
import { BASEMAP_PATH } from './extent.ts';

export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

export interface Basemap {
  countries: FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  /** Borders between two countries, each drawn once. */
  borders: MultiLineString;
  /** Where a country meets the sea. */
  coast: MultiLineString;
}

/** The two countries the story is about, emphasised on the map (Natural Earth's names). */
export const FOCUS_COUNTRIES = { turkey: 'Turkey', israel: 'Israel' } as const;

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export function decodeBasemap(data: unknown): Basemap {
  if (!isCountriesTopology(data)) {
    throw new Error(
      'basemap/countries.json is not the expected TopoJSON (an object "countries"): run `npx tsx scripts/make-basemap.ts` to write it again.',
    );
  }
  const countries = feature(data, data.objects.countries) as Basemap['countries'];
  return {
    countries,
    borders: mesh(data, data.objects.countries, (a, b) => a !== b),
    coast: mesh(data, data.objects.countries, (a, b) => a === b),
  };
}

function isCountriesTopology(data: unknown): data is CountriesTopology {
  if (typeof data !== 'object' || data === null) return false;
  const topology = data as Partial<CountriesTopology>;
  return topology.type === 'Topology' && Array.isArray(topology.arcs) && topology.objects?.countries?.type === 'GeometryCollection';
}

/** No land at all: the places still show on water, which beats an empty box. */
export function emptyBasemap(): Basemap {
  return {
    countries: { type: 'FeatureCollection', features: [] },
    borders: { type: 'MultiLineString', coordinates: [] },
    coast: { type: 'MultiLineString', coordinates: [] },
  };
}

/** What the page says when the base map is missing: the map still works, on water. */
export const warnOnWater = (reason: string) => console.warn('The base map could not be loaded; the places show on water:', reason);

/**
 * Fetches and decodes the base map, tried again on failure or stall like the story's data
 * (fetch-with-retry.ts); after the last try the failure is reported to `onFailure` and the
 * places show on water (the empty base map).
 */
export async function loadBasemap(
  url: string,
  onFailure: (reason: string) => void,
  fetchImpl: typeof fetch = fetch,
  options: Omit<FetchWithRetryOptions, 'fetchImpl'> = {},
): Promise<Basemap> {
  try {
    const bytes = await fetchWithRetry(url, { ...options, fetchImpl });
    return decodeBasemap(JSON.parse(new TextDecoder().decode(bytes)));
  } catch (error) {
    onFailure(`${url}: ${error instanceof Error ? error.message : String(error)}`);
    return emptyBasemap();
  }
}

let requested: Promise<Basemap> | undefined;

/**
 * The story's base map, asked for once per page: as soon as the map's code arrives
 * (MapView.svelte's module script), not when the map mounts, and shared by every map the page
 * makes (a change of language makes a new one). A base map that could not be loaded is asked
 * for again by the next map.
 */
export function storyBasemap(fetchImpl: typeof fetch = fetch, options: Omit<FetchWithRetryOptions, 'fetchImpl'> = {}): Promise<Basemap> {
  return (requested ??= loadBasemap(BASEMAP_PATH, warnOnWater, fetchImpl, options).then((basemap) => {
    if (basemap.countries.features.length === 0) requested = undefined;
    return basemap;
  }));
}
