/**
 * MapView's two edges to MapLibre besides creating the map: keeping the style's data and
 * paint in step with the story and the reader's choices, and moving the camera when (and only
 * when) the reader chooses something. Called from MapView's script, so each `$effect` lives
 * and dies with the component; the decisions themselves are the pure functions in style.ts
 * and camera.ts. What they read is raw or derived state, plain data that MapLibre can take as
 * it is (never a deep $state proxy, which its worker could not be sent).
 */
import { untrack } from 'svelte';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { MultiLineString } from 'geojson';
import type { LineData, RegionData } from '../data/schema.ts';
import { cameraFor, focusAfter, type CameraChoice, type CameraMove } from './camera.ts';
import type { Basemap } from './basemap.ts';
import { splitBorders } from './disputed.ts';
import type { LonLatBounds } from './extent.ts';
import type { MapIssues } from './map-issues.svelte.ts';
import { layerPaints, lineCollection, regionCollection } from './style.ts';
import { readMapTokens, type MapTokens } from './tokens.ts';
import { readRootStyle, watchColourScheme } from '../theme/watch-colour-scheme.ts';

/** The map's colours: the style cannot read CSS, so they are read again whenever the scheme or an override changes. */
export function mapTokens(): { readonly current: MapTokens } {
  const read = () => {
    const { style, prefersDark } = readRootStyle();
    return readMapTokens(style, prefersDark);
  };
  let tokens = $state.raw<MapTokens>(read());
  $effect(() => watchColourScheme(document.documentElement, () => (tokens = read())));
  return {
    get current() {
      return tokens;
    },
  };
}

export interface StyleInputs {
  map: () => MapLibreMap | null;
  styleLoaded: () => boolean;
  tokens: { readonly current: MapTokens };
  /** The regions' outlines: the page's first draw has none, nor the issues' lines. */
  regions: () => readonly RegionData[];
  issues: Pick<MapIssues, 'geography' | 'lines' | 'dashed' | 'regionMarks'>;
  basemap: () => Basemap | null;
  /** What the map's sources hold: set when its style is built, kept up to date here. */
  held: SourceData;
}

/** The data a map's GeoJSON sources were last given. */
export interface SourceData {
  regions?: readonly RegionData[];
  lines?: readonly LineData[];
  dashed?: ReadonlySet<string>;
}

/** Colours, emphasis and the issues are style data: re-applied when the theme, filter or selection change. */
export function syncStyle(inputs: StyleInputs): void {
  $effect(() => {
    const current = inputs.map();
    if (!current || !inputs.styleLoaded()) return;
    const paints = layerPaints(inputs.tokens.current, inputs.issues.regionMarks, inputs.issues.geography);
    for (const [layer, properties] of Object.entries(paints)) {
      for (const [property, value] of Object.entries(properties))
        current.setPaintProperty(
          layer,
          property as Parameters<MapLibreMap['setPaintProperty']>[1],
          value as Parameters<MapLibreMap['setPaintProperty']>[2],
        );
    }
  });

  $effect(() => {
    const current = inputs.map();
    const regions = inputs.regions();
    const lines = inputs.issues.lines;
    // Given again the data its style was built with, the worker would cut the same tiles while the map is first drawn.
    if (!current || !inputs.styleLoaded() || (inputs.held.regions === regions && inputs.held.lines === lines)) return;
    Object.assign(inputs.held, { regions, lines });
    current.getSource<GeoJSONSource>('regions')?.setData(regionCollection(regions as RegionData[]));
    current.getSource<GeoJSONSource>('lines')?.setData(lineCollection(lines as LineData[]));
  });

  $effect(() => {
    const current = inputs.map();
    const basemap = inputs.basemap();
    const dashed = inputs.issues.dashed;
    if (!current || !inputs.styleLoaded() || !basemap || inputs.held.dashed === dashed) return;
    inputs.held.dashed = dashed;
    const borders = splitBorders(basemap, dashed);
    const feature = (geometry: MultiLineString) => ({ type: 'Feature' as const, properties: {}, geometry });
    current.getSource<GeoJSONSource>('borders')?.setData(feature(borders.agreed));
    current.getSource<GeoJSONSource>('disputed')?.setData(feature(borders.disputed));
  });
}

/** What the camera policy moves: MapLibre's camera, or the static map's frame. */
export interface Camera {
  /** Whether a point is on screen now. */
  isVisible: (lonLat: readonly [number, number]) => boolean;
  move: (move: NonNullable<CameraMove>, duration: number) => void;
}

/** MapLibre's camera, for `followChoices`. */
export function glCamera(map: MapLibreMap): Camera {
  return {
    isVisible: (lonLat) => map.getBounds().contains([lonLat[0], lonLat[1]]),
    move: (move, duration) => {
      if (move.kind === 'fit')
        map.fitBounds(move.bounds as [[number, number], [number, number]], {
          padding: move.padding,
          duration,
          maxZoom: move.maxZoom,
        });
      else map.easeTo({ center: [move.center[0], move.center[1]], duration });
    },
  };
}

export interface CameraInputs {
  /**
   * The camera, once the map can be moved (MapLibre's map exists, or the static map is
   * drawn). A new one (the map made again, or the static map taking over) opens on the
   * choice, as the first did.
   */
  camera: () => Camera | null;
  /** What the reader has chosen (the only thing that moves the camera), what to frame for it, and Turkey's and Israel's label points. */
  issues: Pick<MapIssues, 'choice' | 'focusFor' | 'anchors' | 'complete'>;
  home: () => LonLatBounds;
  extent: LonLatBounds;
  size: () => { width: number; height: number };
  duration: (first: boolean) => number;
}

export function followChoices(inputs: CameraInputs): void {
  let previous: CameraChoice | null = null;
  let previousCamera: Camera | null = null;
  $effect(() => {
    const camera = inputs.camera();
    const choice: CameraChoice = inputs.issues.choice();
    if (!camera || !inputs.issues.complete()) return;
    untrack(() => {
      if (camera !== previousCamera) previous = null;
      previousCamera = camera;
      const first = previous === null;
      const what = focusAfter(previous, choice);
      previous = choice;
      if (!what) return;
      const move = cameraFor({
        focus: inputs.issues.focusFor(what),
        anchors: inputs.issues.anchors,
        home: inputs.home(),
        extent: inputs.extent,
        size: inputs.size(),
        isVisible: camera.isVisible,
      });
      if (move) camera.move(move, inputs.duration(first));
    });
  });
}
