/**
 * A focus-and-context time scale: the story's focus period keeps its full width per year and
 * the time outside it is compressed by a constant factor, so the decades that carry the story
 * get the room while the seventy-five years stay in view. Piecewise linear in time, so it is
 * monotonic and invertible, and the window stays a span of time: zooming, brushing and the
 * URL's `#window=` work in time as before; only the mapping to pixels warps.
 *
 * Why warp rather than open zoomed on the focus: a reader sees the whole relationship at once
 * (the 1949 recognition and the 1996 alliance are part of the rupture's story), and one view
 * serves the page, the embed and the overview alike. Why a constant factor rather than a
 * fisheye: straight segments keep every year in a segment the same width, so the ticks can
 * be d3-time's round ones and the chart reads as a timeline with a break, not a lens.
 *
 * Each segment is exactly `timeScale` (itself d3's scaleUtc arithmetic) on its own domain and
 * range, which is what the unit test checks.
 */
import { utcTicks } from 'd3-time';
import { timeScale, type TimeScale } from './time-scale.ts';

/** The focus period in ms and how much the time outside it is compressed (≥ 1; 1 is linear). */
export interface Focus {
  start: number;
  end: number;
  factor: number;
}

export interface FocusScale extends TimeScale {
  /** The x of each focus edge inside the window, where the axis draws its break. */
  readonly breaks: readonly number[];
}

/**
 * The compression that gives the focus `share` of the width when the whole extent shows. Never
 * below 1: a focus that already holds that share is drawn linearly.
 */
export function focusFactor(extent: readonly [number, number], focus: readonly [number, number], share: number): number {
  const start = Math.max(extent[0], focus[0]);
  const end = Math.min(extent[1], focus[1]);
  const inside = end - start;
  const outside = extent[1] - extent[0] - Math.max(0, inside);
  if (inside <= 0 || outside <= 0 || share <= 0 || share >= 1) return 1;
  return Math.max(1, (outside * share) / (inside * (1 - share)));
}

/** The warped time: unchanged inside the focus, outside it compressed towards its edges. */
function warp(time: number, { start, end, factor }: Focus): number {
  if (time < start) return start - (start - time) / factor;
  if (time > end) return end + (time - end) / factor;
  return time;
}

function unwarp(warped: number, { start, end, factor }: Focus): number {
  if (warped < start) return start - (start - warped) * factor;
  if (warped > end) return end + (warped - end) * factor;
  return warped;
}

/** Maps `window` onto `range` with the focus's warp; a null focus (or factor 1) is the linear scale. */
export function focusScale(window: readonly [number, number], range: readonly [number, number], focus: Focus | null): FocusScale {
  const [w0, w1] = window;
  if (!focus || focus.factor === 1 || w1 <= w0) return Object.assign(timeScale(window, range), { breaks: [] });
  const [r0, r1] = range;
  const u0 = warp(w0, focus);
  const u1 = warp(w1, focus);
  const linear = timeScale([u0, u1], range);
  // The window split at the focus edges that fall inside it, each piece with its own pixels.
  const edges = [focus.start, focus.end].filter((edge) => edge > w0 && edge < w1);
  const cuts = [w0, ...edges, w1];
  const segments = cuts.slice(1).map((to, index) => {
    const from = cuts[index]!;
    return { domain: [from, to] as const, range: [linear(warp(from, focus)), linear(warp(to, focus))] as const };
  });
  const scale = ((time: number) => linear(warp(time, focus))) as FocusScale;
  Object.assign(scale, {
    domain: [w0, w1] as const,
    range: [r0, r1] as const,
    breaks: edges.map((edge) => linear(edge)),
    invert(x: number) {
      // Unwarped before rounding: the warped time's rounding, stretched by the factor, would drift.
      const k = r1 === r0 ? 0.5 : (x - r0) / (r1 - r0);
      return Math.round(unwarp(u0 * (1 - k) + u1 * k, focus));
    },
    ticks(count: number) {
      // Round times in each segment, as many as its share of the width allows (at least one).
      const times = new Set<number>();
      for (const segment of segments) {
        const share = Math.abs(segment.range[1] - segment.range[0]) / Math.abs(r1 - r0 || 1);
        const ticks = utcTicks(new Date(segment.domain[0]), new Date(segment.domain[1]), Math.max(1, Math.round(count * share)));
        for (const tick of ticks) times.add(tick.getTime());
      }
      return [...times].sort((a, b) => a - b).map((time) => new Date(time));
    },
  });
  return scale;
}

/**
 * The story's focus period (story.json's `"focus": [start, end?]`, calendar dates) as a Focus
 * for `extent`, with the compression that gives it `share` of the width; null without one.
 * Fixed for the story, so zooming never re-warps. An open end runs to the story's end.
 */
export function storyFocus(
  period: readonly string[] | undefined,
  extent: readonly [number, number],
  share: number,
  parse: (iso: string) => { start: number; end: number } | null | undefined,
): Focus | null {
  const start = period?.[0] ? parse(period[0]) : null;
  if (!start) return null;
  const end = period?.[1] ? (parse(period[1])?.end ?? Infinity) : Infinity;
  return { start: start.start, end, factor: focusFactor(extent, [start.start, end], share) };
}
