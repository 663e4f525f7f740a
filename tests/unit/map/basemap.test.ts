import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeBasemap } from '../../../src/lib/map/basemap.ts';
import { BASEMAP_EXTENT, isInside } from '../../../src/lib/map/extent.ts';

const text = readFileSync('public/basemap/countries.json', 'utf8');

describe('the trimmed base map', () => {
  it('stays under 20 KB gzipped, so it costs readers little', () => {
    expect(gzipSync(text).length).toBeLessThan(20 * 1024);
  });

  it('holds the countries the story needs', () => {
    const names = new Set(decodeBasemap(JSON.parse(text)).countries.features.map((f) => f.properties.name));
    const needed = ['Turkey', 'Israel', 'Palestine', 'Syria', 'Lebanon', 'Iran', 'Azerbaijan', 'Greece', 'Cyprus', 'Switzerland', 'Egypt'];
    for (const name of needed) expect(names).toContain(name);
  });

  const cases: { name: string; input: unknown; expected: RegExp }[] = [
    { name: 'a GeoJSON file', input: { type: 'FeatureCollection', features: [] }, expected: /make-basemap/ },
    { name: 'nothing at all', input: null, expected: /expected TopoJSON/ },
  ];
  for (const { name, input, expected } of cases) {
    it(`rejects ${name} with a message that says how to fix it`, () => expect(() => decodeBasemap(input)).toThrow(expected));
  }
});

describe('isInside', () => {
  const cases = [
    { input: [32.85, 39.93] as const, expected: true },
    { input: [9.84, 46.8] as const, expected: true },
    { input: [-77.04, 38.91] as const, expected: false },
  ];
  for (const { input, expected } of cases) {
    it(`says ${input.join(', ')} is ${expected ? 'inside' : 'outside'} the base map`, () =>
      expect(isInside(BASEMAP_EXTENT, input)).toBe(expected));
  }
});
