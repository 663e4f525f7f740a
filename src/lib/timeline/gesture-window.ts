/**
 * The time window after a wheel, drag or pinch on the chart: pixels in, a window out. Every
 * gesture is worked out in the chart's pixels as drawn when it started, then read back as
 * times through the scale's `invert`. The chart's x is linear in its warped time (a focus
 * scale, focus-scale.ts), so this keeps the time under the reader's pointer (or fingers)
 * under it, as a map does, even where the years before the focus are compressed: the chart
 * moves as one strip, and the compressed years come into view as compressed as they are
 * drawn in the overview. Limits (the story's ends, two weeks at the closest) are
 * time-window.ts's; the events that feed these functions are zoom-gesture.ts's.
 */
import { MIN_SPAN, zoomWindow, type TimeWindow } from '../state/time-window.ts';

/** What the gestures need of the chart's scale (a TimeScale or a FocusScale): its window, its pixels, and both ways between them. */
export interface GestureScale {
  (time: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  invert: (x: number) => number;
}

/**
 * How much one wheel event zooms (>1 zooms in). The figures are d3-zoom's for a wheel with
 * Ctrl held, the only wheel that zooms here: a pixel of deltaY is 1/50 of a doubling, a line
 * half of one, a page ten. Trackpad pinches arrive as Ctrl + wheel with small pixel deltas,
 * so they zoom smoothly; a mouse's notch (about 100 px) zooms fourfold.
 * https://developer.mozilla.org/docs/Web/API/WheelEvent/deltaMode
 */
export function wheelZoomFactor(deltaY: number, deltaMode: number): number {
  const perUnit = deltaMode === 1 ? 0.5 : deltaMode === 2 ? 10 : 0.02;
  return 2 ** (-deltaY * perUnit);
}

/**
 * The window that the pixels `q0` to `q1` of the scale's chart show, kept inside the story:
 * moved back inside its ends (keeping its width in pixels), the whole story when wider than
 * it, and two weeks around the time under `anchor` (px) when narrower than that.
 */
function windowOfPixels(scale: GestureScale, q0: number, q1: number, anchor: number, extent: TimeWindow): TimeWindow {
  const e0 = scale(extent[0]);
  const e1 = scale(extent[1]);
  if (q1 - q0 >= e1 - e0) return [extent[0], extent[1]];
  const shift = q0 < e0 ? e0 - q0 : q1 > e1 ? e1 - q1 : 0;
  const next: TimeWindow = [scale.invert(q0 + shift), scale.invert(q1 + shift)];
  if (next[1] - next[0] >= MIN_SPAN) return next;
  const [w0, w1] = scale.domain;
  return zoomWindow([w0, w1], (w1 - w0) / Math.max(1, next[1] - next[0]), scale.invert(anchor), extent);
}

/** Zooms by `factor` around the time under `x`, which stays under it (unless an end of the story stops it). */
export function zoomAtPx(scale: GestureScale, factor: number, x: number, extent: TimeWindow): TimeWindow {
  const [r0, r1] = scale.range;
  return windowOfPixels(scale, x - (x - r0) / factor, x + (r1 - x) / factor, x, extent);
}

/**
 * Moves the window by `dx` px of content: a positive `dx` moves the content right, bringing
 * earlier times into view (a drag); a wheel's deltaX is the opposite, so callers negate it.
 */
export function panByPx(scale: GestureScale, dx: number, extent: TimeWindow): TimeWindow {
  const [r0, r1] = scale.range;
  return windowOfPixels(scale, r0 - dx, r1 - dx, (r0 + r1) / 2 - dx, extent);
}

/**
 * Two fingers: the times that were under them at `from` (on `scale`) are put under them at
 * `to`, which zooms and pans at once. Fingers closer than a pixel only pan, by their midpoint.
 * Where a limit stops the zoom, the time under the fingers' midpoint stays under it.
 */
export function pinchWindow(
  scale: GestureScale,
  from: readonly [number, number],
  to: readonly [number, number],
  extent: TimeWindow,
): TimeWindow {
  const [r0, r1] = scale.range;
  const fromMid = (from[0] + from[1]) / 2;
  const toMid = (to[0] + to[1]) / 2;
  if (Math.abs(from[1] - from[0]) < 1 || Math.abs(to[1] - to[0]) < 1) return panByPx(scale, toMid - fromMid, extent);
  // Crossed fingers would turn time around: keep its direction, and the spread between them.
  const k = Math.abs(to[1] - to[0]) / Math.abs(from[1] - from[0]);
  return windowOfPixels(scale, fromMid + (r0 - toMid) / k, fromMid + (r1 - toMid) / k, fromMid, extent);
}
