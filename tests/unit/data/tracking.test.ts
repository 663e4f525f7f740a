import { describe, expect, it } from 'vitest';
import { findTrackingParameters, isTrackingParameter } from '../../../src/lib/data/tracking.ts';

describe('findTrackingParameters', () => {
  const cases: { url: string; names: string[]; cleaned: string }[] = [
    { url: 'https://example.org/a', names: [], cleaned: 'https://example.org/a' },
    { url: 'https://example.org/a?id=3', names: [], cleaned: 'https://example.org/a?id=3' },
    { url: 'https://example.org/a?utm_source=x&utm_medium=y', names: ['utm_source', 'utm_medium'], cleaned: 'https://example.org/a' },
    { url: 'https://example.org/a?id=3&fbclid=abc#top', names: ['fbclid'], cleaned: 'https://example.org/a?id=3#top' },
    { url: 'https://example.org/a?GCLID=1&q=a%20b+c', names: ['GCLID'], cleaned: 'https://example.org/a?q=a%20b+c' },
    {
      url: 'https://example.org/a?mc_cid=1&mc_eid=2&ocid=3&cmpid=4',
      names: ['mc_cid', 'mc_eid', 'ocid', 'cmpid'],
      cleaned: 'https://example.org/a',
    },
    { url: 'https://example.org/a?at_medium=rss&page=2', names: ['at_medium'], cleaned: 'https://example.org/a?page=2' },
    { url: 'https://example.org/a?utm%5Fsource=x', names: ['utm_source'], cleaned: 'https://example.org/a' },
    { url: 'https://example.org/a?&utm_source=x&', names: ['utm_source'], cleaned: 'https://example.org/a' },
  ];
  for (const { url, names, cleaned } of cases) {
    it(`finds [${names.join(', ')}] in ${url} and keeps the rest byte for byte`, () => {
      expect(findTrackingParameters(url)).toEqual({ names, cleaned });
    });
  }
});

describe('isTrackingParameter', () => {
  const cases: [string, boolean][] = [
    ['utm_content', true],
    ['gclid', true],
    ['id', false],
    ['page', false],
    ['author', false],
    ['data', false],
  ];
  for (const [name, expected] of cases) {
    it(`says ${expected} for "${name}"`, () => expect(isTrackingParameter(name)).toBe(expected));
  }
});
