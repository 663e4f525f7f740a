import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// The contract test: MapLibre's own style validator (the style spec ships with maplibre-gl),
// so an upgrade that changes what a valid style is fails here, not in readers' browsers.
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { decodeBasemap } from '../../../src/lib/map/basemap.ts';
import { buildStyle, layerPaints, matchById, regionFillOpacity, REGION_OPACITY } from '../../../src/lib/map/style.ts';
import { readMapTokens } from '../../../src/lib/map/tokens.ts';
import { appCssStyle } from '../theme/app-css.ts';
import type { RegionData } from '../../../src/lib/data/schema.ts';
import type { RegionMark } from '../../../src/lib/map/marks.ts';

const LIGHT_TOKENS = readMapTokens(appCssStyle('light'), false);

const basemap = decodeBasemap(JSON.parse(readFileSync('public/basemap/countries.json', 'utf8')));
const regions = (JSON.parse(readFileSync('data/regions.json', 'utf8')) as { features: RegionData[] }).features;
const marks: RegionMark[] = [
  { id: 'gaza-strip', colour: '#ee3377', highlighted: true, dimmed: false },
  { id: 'west-bank', colour: null, highlighted: false, dimmed: true },
];

describe('buildStyle against the real maplibre style spec', () => {
  const cases: { name: string; input: RegionMark[] }[] = [
    { name: 'with coloured and highlighted regions', input: marks },
    { name: 'with no regions at all (an empty match would be invalid)', input: [] },
  ];
  for (const { name, input } of cases) {
    it(`is a valid MapLibre style ${name}`, () => {
      expect(validateStyleMin(buildStyle(LIGHT_TOKENS, basemap, regions, input))).toEqual([]);
    });
  }

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
