import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState, type UrlState } from '../../../src/lib/state/url-state.ts';

describe('URL state round trip', () => {
  const states: UrlState[] = [
    {},
    { event: 'gantz-visits-ankara' },
    { place: 'ankara', themes: ['gaza', 'trade'] },
    { event: 'mavi-marmara-raid', window: ['2009-01-01', '2013-12-31'], lang: 'tr' },
  ];
  for (const state of states) {
    it(`serializes and parses back ${JSON.stringify(state)}`, () => {
      expect(parseUrlState(serializeUrlState(state))).toEqual(state);
    });
  }
});

describe('parseUrlState on garbage', () => {
  const cases: { name: string; hash: string; expected: UrlState }[] = [
    { name: 'an empty hash', hash: '#', expected: {} },
    { name: 'a script tag', hash: '#event=<script>alert(1)</script>', expected: {} },
    { name: 'broken percent-encoding', hash: '#event=%E0%A4%A&place=ankara', expected: { place: 'ankara' } },
    { name: 'unknown keys next to ours', hash: '#utm=x&event=a-b&foo', expected: { event: 'a-b' } },
    { name: 'a 10,000-character value', hash: `#event=${'a'.repeat(10_000)}`, expected: {} },
    { name: 'a window with end before start', hash: '#window=2020-01-01,2010-01-01', expected: {} },
    { name: 'an unknown language', hash: '#lang=xx', expected: {} },
    { name: 'themes with bad ids among good ones', hash: '#themes=gaza,<b>,trade,gaza', expected: { themes: ['gaza', 'trade'] } },
  ];
  for (const c of cases) {
    it(`keeps only valid values from ${c.name}`, () => expect(parseUrlState(c.hash)).toEqual(c.expected));
  }
  it('never throws on random bytes', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 500; i++) {
      const hash = '#' + Array.from({ length: Math.floor(random() * 80) }, () => String.fromCharCode(Math.floor(random() * 256))).join('');
      expect(() => parseUrlState(hash)).not.toThrow();
    }
  });
});
