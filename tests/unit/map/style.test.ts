import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// The contract test: MapLibre's own style validator (the style spec ships with maplibre-gl),
// so an upgrade that changes what a valid style is fails here, not in readers' browsers.
import { expression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { decodeBasemap } from '../../../src/lib/map/basemap.ts';
import {
  buildStyle,
  layerPaints,
  LAYERS,
  LINE_STYLE,
  linePaint,
  matchById,
  perFeature,
  regionFillOpacity,
  REGION_OPACITY,
  tintPaint,
  type IssueLayers,
} from '../../../src/lib/map/style.ts';
import { dashedNames, splitBorders } from '../../../src/lib/map/disputed.ts';
import type { IssueGeography } from '../../../src/lib/map/issue-geography.ts';
import { readMapTokens } from '../../../src/lib/map/tokens.ts';
import { appCssStyle } from '../theme/app-css.ts';
import type { CountryData, LineData, RegionData } from '../../../src/lib/data/schema.ts';
import type { RegionMark } from '../../../src/lib/map/marks.ts';

const LIGHT_TOKENS = readMapTokens(appCssStyle('light'), false);

const basemap = decodeBasemap(JSON.parse(readFileSync('public/basemap/countries.json', 'utf8')));
const regions = (JSON.parse(readFileSync('data/regions.json', 'utf8')) as { features: RegionData[] }).features;
const marks: RegionMark[] = [
  { id: 'gaza-strip', colour: '#ee3377', highlighted: true, dimmed: false },
  { id: 'west-bank', colour: null, highlighted: false, dimmed: true },
];

const lines = (JSON.parse(readFileSync('data/lines.json', 'utf8')) as { features: LineData[] }).features;
const countries = (JSON.parse(readFileSync('data/countries.json', 'utf8')) as { countries: CountryData[] }).countries;
const geography: IssueGeography = {
  tints: [
    { name: 'Syria', colour: '#b35806', opacity: 0.3, strength: 'chosen' },
    { name: 'Palestine', colour: '#ee3377', opacity: 0.07, strength: 'context' },
  ],
  lines: [
    { id: 'flotilla-route-2010', colour: '#ee3377', strength: 'chosen' },
    { id: 'eastmed-pipeline', colour: '#3366aa', strength: 'context' },
  ],
};
const issues: IssueLayers = { geography, lines, borders: splitBorders(basemap, dashedNames(countries)) };
const noIssues: IssueLayers = { geography: { tints: [], lines: [] }, lines: [], borders: splitBorders(basemap, new Set()) };

describe('buildStyle against the real maplibre style spec', () => {
  const cases: { name: string; input: RegionMark[]; issues?: IssueLayers }[] = [
    { name: 'with coloured and highlighted regions', input: marks },
    { name: 'with no regions at all (an empty match would be invalid)', input: [] },
    { name: 'with issues’ tints, lines and dashed disputed borders', input: marks, issues },
    { name: 'with no issue shown (empty tint and line tables)', input: marks, issues: noIssues },
  ];
  for (const { name, input, issues } of cases) {
    it(`is a valid MapLibre style ${name}`, () => {
      expect(validateStyleMin(buildStyle(LIGHT_TOKENS, basemap, regions, input, issues))).toEqual([]);
    });
  }

  it('draws the tints under the borders and the lines over the regions, disputed borders dashed', () => {
    const ids = buildStyle(LIGHT_TOKENS, basemap, regions, marks, issues).layers.map((layer) => layer.id);
    expect(ids.indexOf(LAYERS.issueTints)).toBeGreaterThan(ids.indexOf(LAYERS.land));
    expect(ids.indexOf(LAYERS.issueTints)).toBeLessThan(ids.indexOf(LAYERS.borders));
    expect(ids.indexOf(LAYERS.lines)).toBeGreaterThan(ids.indexOf(LAYERS.regionsFill));
    const disputed = buildStyle(LIGHT_TOKENS, basemap, regions, marks, issues).layers.find((layer) => layer.id === LAYERS.disputed);
    expect(disputed?.paint).toHaveProperty('line-dasharray');
  });

  it('rejects an unresolved CSS variable, which is why MapView resolves the tokens first', () => {
    const style = buildStyle({ ...LIGHT_TOKENS, water: 'var(--map-water)' }, basemap, regions, marks);
    expect(
      validateStyleMin(style)
        .map((error) => error.message)
        .join(),
    ).toMatch(/color expected/);
  });

  it('asks no other host for anything: no glyphs, sprites or tile URLs', () => {
    const style = buildStyle(LIGHT_TOKENS, basemap, regions, marks);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style.sources)).not.toMatch(/https?:/);
  });

  it('sets every paint property layerPaints returns on a layer that exists', () => {
    const style = buildStyle(LIGHT_TOKENS, basemap, regions, marks);
    const ids = new Set(style.layers.map((layer) => layer.id));
    for (const layer of Object.keys(layerPaints(LIGHT_TOKENS, marks))) expect(ids).toContain(layer);
  });
});

describe('emphasis expressions', () => {
  const cases: { name: string; input: ReadonlyMap<string, number>; expected: unknown }[] = [
    { name: 'an empty table gives the fallback value', input: new Map(), expected: 0.3 },
    { name: 'a table gives a match on the feature id', input: new Map([['a', 1]]), expected: ['match', ['get', 'id'], 'a', 1, 0.3] },
  ];
  for (const { name, input, expected } of cases) {
    it(`matchById: ${name}`, () => expect(matchById(input, 0.3)).toEqual(expected));
  }

  it('regionFillOpacity raises highlighted regions and lowers dimmed ones', () => {
    expect(regionFillOpacity(marks)).toEqual([
      'match',
      ['get', 'id'],
      'gaza-strip',
      REGION_OPACITY.highlighted,
      'west-bank',
      REGION_OPACITY.dimmed,
      REGION_OPACITY.normal,
    ]);
  });
});

describe('issue paints', () => {
  it('tints each country in its issue’s colour and strength, and nothing else', () => {
    expect(tintPaint(geography)).toEqual({
      'fill-color': ['match', ['get', 'name'], 'Syria', '#b35806', 'Palestine', '#ee3377', '#000000'],
      'fill-opacity': ['match', ['get', 'name'], 'Syria', 0.3, 'Palestine', 0.07, 0],
    });
    expect(tintPaint({ tints: [], lines: [] })).toEqual({ 'fill-color': '#000000', 'fill-opacity': 0 });
  });

  it('draws the chosen issues’ lines firmly, the event’s lightly, and hides the rest', () => {
    const { line, casing } = linePaint(geography, '#999999', '#ffffff');
    expect(line['line-opacity']).toEqual([
      'match',
      ['get', 'id'],
      'flotilla-route-2010',
      LINE_STYLE.chosen.opacity,
      'eastmed-pipeline',
      LINE_STYLE.context.opacity,
      0,
    ]);
    expect(casing['line-width']).toEqual([
      'match',
      ['get', 'id'],
      'flotilla-route-2010',
      LINE_STYLE.chosen.width + 2,
      'eastmed-pipeline',
      LINE_STYLE.context.width + 2,
      0,
    ]);
    expect(linePaint({ tints: [], lines: [] }, '#999999', '#ffffff').line['line-opacity']).toBe(0);
  });
});

/**
 * MapLibre compiles one WebGL program per layer type and pattern of data-driven paint, and
 * each compile holds up the first frame. The paint properties that pick a program's variant,
 * by program; a property is data-driven when its expression reads the feature.
 */
const PROGRAM_PAINT: Record<string, string[]> = {
  fill: ['fill-color', 'fill-opacity'],
  line: ['line-color', 'line-opacity', 'line-width', 'line-gapwidth', 'line-offset', 'line-blur'],
};

function isDataDriven(type: string, property: string, value: unknown): boolean {
  if (value === undefined) return false;
  const spec = (latest as unknown as Record<string, Record<string, unknown>>)[`paint_${type}`]![property];
  const parsed = expression.createPropertyExpression(value, property, spec as never);
  if (parsed.result !== 'success') throw new Error(`${property}: ${JSON.stringify(parsed.value)}`);
  return parsed.value.kind === 'source' || parsed.value.kind === 'composite';
}

/** The programs the layers drawn need: type (dashed lines have their own), then the data-driven pattern. */
function programsOf(style: ReturnType<typeof buildStyle>): Map<string, string[]> {
  const programs = new Map<string, string[]>();
  for (const layer of style.layers) {
    const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
    const properties = PROGRAM_PAINT[layer.type];
    if (!properties) continue;
    // A constant opacity of 0 is not drawn at all (MapLibre skips the layer).
    if (paint[`${layer.type}-opacity`] === 0) continue;
    const dashed = 'line-dasharray' in paint ? '-dashed' : '';
    const key = `${layer.type}${dashed}:${properties.map((p) => (isDataDriven(layer.type, p, paint[p]) ? 'a' : 'u')).join('')}`;
    programs.set(key, [...(programs.get(key) ?? []), layer.id]);
  }
  return programs;
}

describe('WebGL programs', () => {
  it('perFeature is data-driven for MapLibre, and the same value for every feature', () => {
    expect(isDataDriven('line', 'line-opacity', perFeature(1))).toBe(true);
    const evaluated = expression.createPropertyExpression(perFeature(0.5), 'line-opacity', latest.paint_line['line-opacity'] as never);
    if (evaluated.result !== 'success') throw new Error('invalid');
    const at = (properties: Record<string, unknown>) =>
      (evaluated.value as { evaluate: (g: unknown, f: unknown) => unknown }).evaluate({ zoom: 5 }, { type: 'Polygon', properties });
    expect([at({ id: 'gaza-strip' }), at({ name: 'Syria' })]).toEqual([0.5, 0.5]);
  });

  const cases: { name: string; input: RegionMark[]; issues?: IssueLayers; programs: number }[] = [
    // Fill: one pattern. Lines: the base map's (uniform), the story's (per feature), dashed.
    { name: 'with issues’ tints and lines', input: marks, issues, programs: 4 },
    { name: 'with no issue shown', input: marks, issues: noIssues, programs: 4 },
    { name: 'with no regions marked', input: [], issues, programs: 4 },
  ];
  for (const { name, input, issues, programs } of cases) {
    it(`the layers drawn share ${programs} programs ${name}`, () => {
      const found = programsOf(buildStyle(LIGHT_TOKENS, basemap, regions, input, issues));
      expect([...found.keys()], JSON.stringify(Object.fromEntries(found))).toHaveLength(programs);
    });
  }
});
