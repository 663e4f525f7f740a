import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { decodeBasemap, emptyBasemap, loadBasemap, storyBasemap } from '../../../src/lib/map/basemap.ts';
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

describe('loadBasemap', () => {
  const respond = (status: number, body: unknown) =>
    (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;
  const cases = [
    { name: 'a 404, after every try, gives the empty base map and says why', fetch: respond(404, {}), reason: /countries\.json: .*404/ },
    {
      name: 'a file of another shape gives the empty base map and says why',
      fetch: respond(200, { type: 'Nope' }),
      reason: /not the expected TopoJSON/,
    },
    {
      name: 'a failed request gives the empty base map and says why',
      fetch: (async () => {
        throw new TypeError('network down');
      }) as unknown as typeof fetch,
      reason: /network down/,
    },
  ];
  for (const { name, fetch, reason } of cases) {
    it(name, async () => {
      const reasons: string[] = [];
      const basemap = await loadBasemap('basemap/countries.json', (text) => reasons.push(text), fetch, { backoffMs: 0 });
      expect(basemap).toEqual(emptyBasemap());
      expect(reasons).toHaveLength(1);
      expect(reasons[0]).toMatch(reason);
    });
  }

  it('tries again after a failed request, and draws the base map the second try brings', async () => {
    let calls = 0;
    const flaky = (async () => {
      calls++;
      if (calls === 1) throw new TypeError('connection reset');
      return new Response(text, { status: 200 });
    }) as unknown as typeof fetch;
    const reasons: string[] = [];
    const basemap = await loadBasemap('basemap/countries.json', (reason) => reasons.push(reason), flaky, { backoffMs: 0 });
    expect(calls).toBe(2);
    expect(reasons).toEqual([]);
    expect(basemap.countries.features.length).toBeGreaterThan(10);
  });
});

describe('storyBasemap', () => {
  it('asks again after a failure, then asks once for every map the page makes', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    let calls = 0;
    const failing = (async () => {
      calls++;
      return new Response('{}', { status: 503 });
    }) as unknown as typeof fetch;
    const served = (async () => {
      calls++;
      return new Response(text, { status: 200 });
    }) as unknown as typeof fetch;
    expect(await storyBasemap(failing, { backoffMs: 0, tries: 1 })).toEqual(emptyBasemap());
    const [first, second] = await Promise.all([storyBasemap(served), storyBasemap(served)]);
    expect(first.countries.features.length).toBeGreaterThan(10);
    expect(second).toBe(first);
    expect(await storyBasemap(served)).toBe(first);
    expect(calls).toBe(2);
    vi.restoreAllMocks();
  });
});
