/**
 * A linear scale from UTC time (ms since the epoch) to pixels, with d3-time's round ticks:
 * the part of d3-scale's scaleUtc the timeline uses, with the same arithmetic.
 *
 * Why not d3-scale: scaleUtc brings d3-interpolate, d3-color, d3-format and d3-time-format
 * (several times this module's size) into the first download, for generic interpolators
 * and a default English tick format the timeline never uses (labels come from Intl in the
 * reader's language, see ticks.ts). The ticks are still d3's: d3-time's utcTicks, which scaleUtc
 * itself calls.
 */
import { utcTicks } from 'd3-time';

export interface TimeScale {
  /** The x of a time. */
  (time: number): number;
  /** [start, end] in ms. */
  readonly domain: readonly [number, number];
  /** [left, right] in px. */
  readonly range: readonly [number, number];
  /** The time at an x, rounded to the millisecond (as scaleUtc's invert does). */
  invert: (x: number) => number;
  /** About `count` round times (years, months, days …) inside the domain, as scaleUtc.ticks(count). */
  ticks: (count: number) => Date[];
}

export function timeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  // d3-scale's normalize and interpolateNumber, so positions match scaleUtc's to the last bit:
  // t in [0, 1] across the domain (0.5 when it is a single instant), then a·(1 − t) + b·t.
  const t = (time: number) => (d1 === d0 ? 0.5 : (time - d0) / (d1 - d0));
  const scale = ((time: number) => {
    const k = t(time);
    return r0 * (1 - k) + r1 * k;
  }) as TimeScale;
  Object.assign(scale, {
    domain: [d0, d1] as const,
    range: [r0, r1] as const,
    invert(x: number) {
      const k = r1 === r0 ? 0.5 : (x - r0) / (r1 - r0);
      return Math.round(d0 * (1 - k) + d1 * k);
    },
    ticks(count: number) {
      return utcTicks(new Date(d0), new Date(d1), count);
    },
  });
  return scale;
}
