/**
 * MapView's two edges to MapLibre besides creating the map: keeping the style's data and
 * paint in step with the story and the reader's choices, and moving the camera when (and only
 * when) the reader chooses something. Called from MapView's script, so each `$effect` lives
 * and dies with the component; the decisions themselves are the pure functions in style.ts
 * and camera.ts.
 */
import { untrack } from 'svelte';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { MultiLineString } from 'geojson';
import type { LineData, RegionData } from '../data/schema.ts';
import { cameraFor, focusAfter, type CameraChoice } from './camera.ts';
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
}

/** Colours, emphasis and the issues are style data: re-applied when the theme, filter or selection change. */
export function syncStyle(inputs: StyleInputs): void {
  $effect(() => {
    const current = inputs.map();
    if (!current || !inputs.styleLoaded()) return;
    const paints = layerPaints(
      $state.snapshot(inputs.tokens.current),
      $state.snapshot(inputs.issues.regionMarks),
      $state.snapshot(inputs.issues.geography),
    );
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
    if (!current || !inputs.styleLoaded()) return;
    current.getSource<GeoJSONSource>('regions')?.setData(regionCollection($state.snapshot(regions) as RegionData[]));
    current.getSource<GeoJSONSource>('lines')?.setData(lineCollection($state.snapshot(lines) as LineData[]));
  });

  $effect(() => {
    const current = inputs.map();
    const basemap = inputs.basemap();
    const dashed = inputs.issues.dashed;
    if (!current || !inputs.styleLoaded() || !basemap) return;
    const borders = splitBorders(basemap, dashed);
    const feature = (geometry: MultiLineString) => ({ type: 'Feature' as const, properties: {}, geometry });
    current.getSource<GeoJSONSource>('borders')?.setData(feature(borders.agreed));
    current.getSource<GeoJSONSource>('disputed')?.setData(feature(borders.disputed));
  });
}

export interface CameraInputs {
  map: () => MapLibreMap | null;
  styleLoaded: () => boolean;
  /** What the reader has chosen (the only thing that moves the camera), what to frame for it, and Turkey's and Israel's label points. */
  issues: Pick<MapIssues, 'choice' | 'focusFor' | 'anchors' | 'complete'>;
  home: () => LonLatBounds;
  extent: LonLatBounds;
  size: () => { width: number; height: number };
  duration: (first: boolean) => number;
}

export function followChoices(inputs: CameraInputs): void {
  let previous: CameraChoice | null = null;
  let previousMap: MapLibreMap | null = null;
  $effect(() => {
    const current = inputs.map();
    const choice = $state.snapshot(inputs.issues.choice()) as CameraChoice;
    if (!current || !inputs.styleLoaded() || !inputs.issues.complete()) return;
    untrack(() => {
      // A map made again (after its WebGL context came back) opens on the choice, as the first did.
      if (current !== previousMap) previous = null;
      previousMap = current;
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
        isVisible: (lonLat) => current.getBounds().contains([lonLat[0], lonLat[1]]),
      });
      const duration = inputs.duration(first);
      if (move?.kind === 'fit')
        current.fitBounds($state.snapshot(move.bounds) as [[number, number], [number, number]], {
          padding: move.padding,
          duration,
          maxZoom: move.maxZoom,
        });
      else if (move?.kind === 'ease') current.easeTo({ center: [move.center[0], move.center[1]], duration });
    });
  });
}
