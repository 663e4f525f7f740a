/**
 * The map's MapLibre style, built from our own data only: no tiles, glyphs, sprites or
 * fonts from any other host (labels are DOM elements, so the style has no `glyphs` at
 * all). Emphasis is style data too: pure functions return the expressions that MapView
 * hands to setPaintProperty when the selection or filter changes.
 */
import type { DataDrivenPropertyValueSpecification, ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, MultiLineString } from 'geojson';
import type { LineData, RegionData } from '../data/schema.ts';
import type { Basemap } from './basemap.ts';
import { FOCUS_COUNTRIES } from './basemap.ts';
import type { IssueGeography, Strength } from './issue-geography.ts';
import type { RegionMark } from './marks.ts';
import type { MapTokens } from './tokens.ts';

export const LAYERS = {
  background: 'water',
  land: 'land',
  coast: 'coast',
  borders: 'borders',
  turkeyOutline: 'turkey-outline',
  israelOutline: 'israel-outline',
  issueTints: 'issue-tints',
  disputed: 'disputed-borders',
  regionsFill: 'regions-fill',
  regionsLine: 'regions-line',
  linesCasing: 'lines-casing',
  lines: 'lines',
} as const;

const FOCUS_NAMES = [FOCUS_COUNTRIES.turkey, FOCUS_COUNTRIES.israel];

/**
 * `value` for every feature, written as a data-driven expression. MapLibre compiles a WebGL
 * program for each layer type and each pattern of data-driven paint properties, and every
 * compile holds up the map's first frame: a layer whose other properties come from its
 * features takes this one from them too, so that it shares a program with the others.
 */
export function perFeature<T extends string | number>(value: T): ExpressionSpecification {
  return ['case', ['has', 'id'], value, value] as unknown as ExpressionSpecification;
}

/** Region fill opacity for each state: the filter's and selection's regions stand out. */
export const REGION_OPACITY = { highlighted: 0.5, normal: 0.3, dimmed: 0.1 } as const;

/**
 * `['match', ['get', 'id'], …]` from a table of id → value. A match with no labels is
 * invalid in MapLibre, so an empty table gives the fallback itself.
 */
export function matchById<T extends string | number>(values: ReadonlyMap<string, T>, fallback: T): ExpressionSpecification | T {
  if (values.size === 0) return fallback;
  const pairs = [...values].flatMap(([id, value]) => [id, value]);
  return ['match', ['get', 'id'], ...pairs, fallback] as unknown as ExpressionSpecification;
}

/** matchById, data-driven even when the table is empty (perFeature): for layers drawn whatever the table holds. */
function matchByIdPerFeature<T extends string | number>(values: ReadonlyMap<string, T>, fallback: T): ExpressionSpecification {
  return values.size === 0 ? perFeature(fallback) : (matchById(values, fallback) as ExpressionSpecification);
}

export function regionColour(marks: readonly RegionMark[], neutral: string): DataDrivenPropertyValueSpecification<string> {
  return matchByIdPerFeature(new Map(marks.flatMap((mark) => (mark.colour ? [[mark.id, mark.colour] as const] : []))), neutral);
}

export function regionFillOpacity(marks: readonly RegionMark[]): DataDrivenPropertyValueSpecification<number> {
  const state = (mark: RegionMark) =>
    mark.highlighted ? REGION_OPACITY.highlighted : mark.dimmed ? REGION_OPACITY.dimmed : REGION_OPACITY.normal;
  return matchByIdPerFeature(new Map(marks.map((mark) => [mark.id, state(mark)])), REGION_OPACITY.normal);
}

export function regionLineWidth(marks: readonly RegionMark[]): DataDrivenPropertyValueSpecification<number> {
  return matchByIdPerFeature(new Map(marks.map((mark) => [mark.id, mark.highlighted ? 2 : 0.8])), 0.8);
}

/** `['match', ['get', 'name'], …]`: the same table as matchById, on the base map's country names. */
function matchByName<T extends string | number>(values: ReadonlyMap<string, T>, fallback: T): ExpressionSpecification | T {
  if (values.size === 0) return fallback;
  const pairs = [...values].flatMap(([name, value]) => [name, value]);
  return ['match', ['get', 'name'], ...pairs, fallback] as unknown as ExpressionSpecification;
}

/** A line's strength: the chosen issues' lines firm, the selected event's lighter, the rest hidden. */
export const LINE_STYLE: Record<Strength, { opacity: number; width: number }> = {
  chosen: { opacity: 0.95, width: 2.5 },
  context: { opacity: 0.6, width: 1.6 },
};

/** The chosen issues' countries, tinted in the issue's colour (issue-geography.ts). */
export function tintPaint(geography: IssueGeography): Record<string, unknown> {
  return {
    'fill-color': matchByName(new Map(geography.tints.map((tint) => [tint.name, tint.colour])), '#000000'),
    'fill-opacity': matchByName(new Map(geography.tints.map((tint) => [tint.name, tint.opacity])), 0),
  };
}

/** The issues' lines, each over a halo (`casing`) two pixels wider. */
export function linePaint(
  geography: IssueGeography,
  colour: string,
  halo: string,
): { line: Record<string, unknown>; casing: Record<string, unknown> } {
  const opacity = matchById(new Map(geography.lines.map((line) => [line.id, LINE_STYLE[line.strength].opacity])), 0);
  const width = (extra: number) => matchById(new Map(geography.lines.map((line) => [line.id, LINE_STYLE[line.strength].width + extra])), 0);
  return {
    line: {
      'line-color': matchByIdPerFeature(new Map(geography.lines.map((line) => [line.id, line.colour])), colour),
      'line-opacity': opacity,
      'line-width': width(0),
    },
    casing: { 'line-color': perFeature(halo), 'line-opacity': opacity, 'line-width': width(2) },
  };
}

export const NO_ISSUES: IssueGeography = { tints: [], lines: [] };

/** Every paint property that depends on colours or emphasis, by layer: set at build time and on updates. */
export function layerPaints(
  tokens: MapTokens,
  regions: readonly RegionMark[],
  geography: IssueGeography = NO_ISSUES,
): Record<string, Record<string, unknown>> {
  const lines = linePaint(geography, tokens.border, tokens.halo);
  return {
    [LAYERS.background]: { 'background-color': tokens.water },
    [LAYERS.land]: { 'fill-color': ['match', ['get', 'name'], FOCUS_NAMES, tokens.landFocus, tokens.land], 'fill-opacity': perFeature(1) },
    [LAYERS.coast]: { 'line-color': tokens.border, 'line-opacity': 0.45 },
    [LAYERS.borders]: { 'line-color': tokens.border },
    // One layer each rather than a colour by name: their paint stays uniform, as the borders' (perFeature).
    [LAYERS.turkeyOutline]: { 'line-color': tokens.turkey },
    [LAYERS.israelOutline]: { 'line-color': tokens.israel },
    [LAYERS.regionsFill]: { 'fill-color': regionColour(regions, tokens.border), 'fill-opacity': regionFillOpacity(regions) },
    [LAYERS.regionsLine]: {
      'line-color': regionColour(regions, tokens.border),
      'line-width': regionLineWidth(regions),
      'line-opacity': perFeature(1),
    },
    [LAYERS.issueTints]: tintPaint(geography),
    [LAYERS.disputed]: { 'line-color': tokens.label, 'line-opacity': 0.7 },
    // A halo keeps a line legible where it crosses coasts, borders and tints.
    [LAYERS.linesCasing]: lines.casing,
    [LAYERS.lines]: lines.line,
  };
}

/** The issues' lines as the map's `lines` source holds them: only what the style reads. */
export function lineCollection(lines: readonly LineData[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: lines.map((line) => ({ type: 'Feature', properties: { id: line.properties.id }, geometry: line.geometry })),
  };
}

/** What the map draws besides the base map and regions: the issues and the disputed borders. */
export interface IssueLayers {
  geography: IssueGeography;
  lines: readonly LineData[];
  /** The base map's land borders, split into agreed and disputed (disputed.ts). */
  borders: { agreed: MultiLineString; disputed: MultiLineString };
}

const NO_LINES: MultiLineString = { type: 'MultiLineString', coordinates: [] };

/** Zoom-dependent line widths: hairlines at the home view, firmer closer in. */
const byZoom = (atFour: number, atEight: number): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 4, atFour, 8, atEight];

/** The regions' outlines as the map's `regions` source holds them. */
export function regionCollection(regions: readonly RegionData[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    // Only what the style reads: translations and other properties stay out of the worker.
    features: regions.map((region) => ({
      type: 'Feature',
      properties: { id: region.properties.id, name: region.properties.name },
      geometry: region.geometry,
    })),
  };
}

/** Turkey's or Israel's outline, over the borders. */
function focusOutline(id: string, country: string, paint: Record<string, unknown>): LayerSpecification {
  return {
    id,
    type: 'line',
    source: 'countries',
    filter: ['==', ['get', 'name'], country],
    layout: { 'line-join': 'round' },
    paint: { ...paint, 'line-opacity': 0.55, 'line-width': byZoom(1, 2) },
  } as LayerSpecification;
}

export function buildStyle(
  tokens: MapTokens,
  basemap: Basemap,
  regions: readonly RegionData[],
  regionMarks: readonly RegionMark[],
  issues?: IssueLayers,
): StyleSpecification {
  const paint = layerPaints(tokens, regionMarks, issues?.geography);
  return {
    version: 8,
    name: 'Turkey and Israel locator',
    sources: {
      countries: { type: 'geojson', data: basemap.countries, attribution: 'Natural Earth' },
      borders: { type: 'geojson', data: { type: 'Feature', properties: {}, geometry: issues?.borders.agreed ?? basemap.borders } },
      disputed: { type: 'geojson', data: { type: 'Feature', properties: {}, geometry: issues?.borders.disputed ?? NO_LINES } },
      lines: { type: 'geojson', data: lineCollection(issues?.lines ?? []) },
      coast: { type: 'geojson', data: { type: 'Feature', properties: {}, geometry: basemap.coast } },
      regions: { type: 'geojson', data: regionCollection(regions) },
    },
    layers: [
      { id: LAYERS.background, type: 'background', paint: paint[LAYERS.background] },
      { id: LAYERS.land, type: 'fill', source: 'countries', paint: paint[LAYERS.land] },
      { id: LAYERS.issueTints, type: 'fill', source: 'countries', paint: paint[LAYERS.issueTints] },
      { id: LAYERS.coast, type: 'line', source: 'coast', paint: { ...paint[LAYERS.coast], 'line-width': byZoom(0.5, 1) } },
      {
        id: LAYERS.borders,
        type: 'line',
        source: 'borders',
        layout: { 'line-join': 'round' },
        paint: { ...paint[LAYERS.borders], 'line-width': byZoom(0.7, 1.4) },
      },
      {
        id: LAYERS.disputed,
        type: 'line',
        source: 'disputed',
        layout: { 'line-join': 'round' },
        paint: { ...paint[LAYERS.disputed], 'line-width': byZoom(0.9, 1.6), 'line-dasharray': [3, 2] },
      },
      focusOutline(LAYERS.turkeyOutline, FOCUS_COUNTRIES.turkey, paint[LAYERS.turkeyOutline]!),
      focusOutline(LAYERS.israelOutline, FOCUS_COUNTRIES.israel, paint[LAYERS.israelOutline]!),
      { id: LAYERS.regionsFill, type: 'fill', source: 'regions', paint: paint[LAYERS.regionsFill] },
      { id: LAYERS.regionsLine, type: 'line', source: 'regions', layout: { 'line-join': 'round' }, paint: paint[LAYERS.regionsLine] },
      {
        id: LAYERS.linesCasing,
        type: 'line',
        source: 'lines',
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: paint[LAYERS.linesCasing],
      },
      {
        id: LAYERS.lines,
        type: 'line',
        source: 'lines',
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: paint[LAYERS.lines],
      },
    ],
  } as StyleSpecification;
}
