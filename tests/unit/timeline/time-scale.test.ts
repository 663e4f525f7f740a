import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { timeScale } from '../../../src/lib/timeline/time-scale.ts';

/** Midnight UTC of a calendar date written "YYYY-MM-DD". */
const utc = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

describe('timeScale', () => {
  // Each case: a domain and a range in, the x of some times and the time at some xs out.
  const cases = [
    {
      name: 'maps the whole 1949–2025 story onto a 1100 px chart with a 112 px gutter',
      input: {
        domain: [utc('1949-01-01'), utc('2026-01-01')],
        range: [112, 1264],
        times: [utc('1949-01-01'), (utc('1949-01-01') + utc('2026-01-01')) / 2, utc('2026-01-01')],
      },
      expected: { xs: [112, 688, 1264] },
    },
    {
      name: 'maps a two-week window onto 0–1400 px, one day per 100 px',
      input: {
        domain: [utc('2010-10-01'), utc('2010-10-15')],
        range: [0, 1400],
        times: [utc('2010-10-01'), utc('2010-10-08'), utc('2010-10-15')],
      },
      expected: { xs: [0, 700, 1400] },
    },
    {
      name: 'extrapolates outside the domain instead of clamping',
      input: { domain: [utc('2000-01-01'), utc('2000-01-11')], range: [0, 100], times: [utc('1999-12-31'), utc('2000-01-12')] },
      expected: { xs: [-10, 110] },
    },
    {
      name: 'puts every time in the middle of the range when the domain is a single instant',
      input: { domain: [utc('2000-01-01'), utc('2000-01-01')], range: [0, 100], times: [utc('1990-01-01'), utc('2000-01-01')] },
      expected: { xs: [50, 50] },
    },
  ] as const;
  for (const c of cases) {
    it(`timeScale ${c.name}`, () => {
      const scale = timeScale(c.input.domain, c.input.range);
      c.input.times.forEach((time, i) => expect(scale(time)).toBeCloseTo(c.expected.xs[i]!, 9));
      expect(scale.domain).toEqual(c.input.domain);
      expect(scale.range).toEqual(c.input.range);
    });
  }

  const invertCases = [
    { input: { x: 700, domain: ['2010-10-01', '2010-10-15'], range: [0, 1400] }, expected: utc('2010-10-08') },
    { input: { x: 112, domain: ['1949-01-01', '2026-01-01'], range: [112, 1264] }, expected: utc('1949-01-01') },
    // 1/3 of a millisecond past midnight rounds to midnight, as scaleUtc's invert does.
    { input: { x: 1, domain: ['2000-01-01', '2000-01-01T00:00:00.001Z'], range: [0, 3] }, expected: utc('2000-01-01') },
  ] as const;
  for (const c of invertCases) {
    it(`timeScale.invert(${c.input.x}) on ${c.input.domain.join('…')} is ${new Date(c.expected).toISOString()}, rounded to the millisecond`, () => {
      const [from, to] = c.input.domain.map((iso) => (iso.includes('T') ? Date.parse(iso) : utc(iso)));
      expect(timeScale([from!, to!], c.input.range).invert(c.input.x)).toBe(c.expected);
    });
  }

  // The contract with d3-scale: the same numbers as scaleUtc, which this module replaces
  // in the page (see its header). d3-scale stays a dependency of the benchmark's peer.
  const contractCases = [
    { domain: ['1949-01-01', '2026-01-01'], range: [112, 1264], count: 12 },
    { domain: ['2005-01-01', '2015-01-01'], range: [0, 1100], count: 11 },
    { domain: ['2009-09-01', '2010-06-01'], range: [112, 1264], count: 12 },
    { domain: ['2010-10-01', '2010-10-15'], range: [0, 1100], count: 12 },
    { domain: ['2023-10-06', '2023-10-08'], range: [0, 900], count: 9 },
    { domain: ['1000-01-01', '3000-01-01'], range: [0, 1000], count: 5 },
  ] as const;
  for (const c of contractCases) {
    it(`timeScale gives scaleUtc's positions, inverse and ${c.count} ticks on ${c.domain.join('…')}`, () => {
      const domain = [utc(c.domain[0]), utc(c.domain[1])] as const;
      const ours = timeScale(domain, c.range);
      const d3 = scaleUtc().domain(domain).range(c.range);
      const span = domain[1] - domain[0];
      for (let i = -2; i <= 12; i++) {
        const time = domain[0] + (span * i) / 10;
        expect(ours(time)).toBe(d3(time));
      }
      for (let x = c.range[0] - 50; x <= c.range[1] + 50; x += 37) expect(ours.invert(x)).toBe(d3.invert(x).getTime());
      expect(ours.ticks(c.count).map(Number)).toEqual(d3.ticks(c.count).map(Number));
    });
  }
});
