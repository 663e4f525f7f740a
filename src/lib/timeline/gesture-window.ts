/**
 * The time window after a wheel, drag or pinch on the chart: pixels in, a window out. The
 * chart's x is linear in time, so every gesture keeps the time under the reader's pointer (or
 * fingers) under it, as a map does. Limits (the story's ends, two weeks at the closest) are
 * time-window.ts's; the events that feed these functions are zoom-gesture.ts's.
 */
import { panWindow, zoomWindow, type TimeWindow } from '../state/time-window.ts';

/** px of the chart (its left and right ends) → time, on the window's scale. */
function timeAt(window: TimeWindow, range: readonly [number, number], x: number): number {
  const [r0, r1] = range;
  const ratio = r1 === r0 ? 0.5 : (x - r0) / (r1 - r0);
  return window[0] + ratio * (window[1] - window[0]);
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

/** Zooms by `factor` around the time under `x`, which stays under it (unless an end of the story stops it). */
export function zoomAtPx(window: TimeWindow, factor: number, x: number, range: readonly [number, number], extent: TimeWindow): TimeWindow {
  return zoomWindow(window, factor, timeAt(window, range, x), extent);
}

/**
 * Moves the window by `dx` px of content: a positive `dx` moves the content right, bringing
 * earlier times into view (a drag); a wheel's deltaX is the opposite, so callers negate it.
 */
export function panByPx(window: TimeWindow, dx: number, range: readonly [number, number], extent: TimeWindow): TimeWindow {
  const [r0, r1] = range;
  const msPerPx = r1 === r0 ? 0 : (window[1] - window[0]) / (r1 - r0);
  return panWindow(window, -dx * msPerPx, extent);
}

/**
 * Two fingers: the times that were under them at `from` (in `window`) are put under them at
 * `to`, which zooms and pans at once. Fingers closer than a pixel only pan, by their midpoint.
 * Where a limit stops the zoom, the time under the fingers' midpoint stays under it.
 */
export function pinchWindow(
  window: TimeWindow,
  from: readonly [number, number],
  to: readonly [number, number],
  range: readonly [number, number],
  extent: TimeWindow,
): TimeWindow {
  const [r0, r1] = range;
  const fromMid = (from[0] + from[1]) / 2;
  const toMid = (to[0] + to[1]) / 2;
  if (Math.abs(from[1] - from[0]) < 1 || Math.abs(to[1] - to[0]) < 1) return panByPx(window, toMid - fromMid, range, extent);
  const t0 = timeAt(window, range, from[0]);
  const t1 = timeAt(window, range, from[1]);
  const msPerPx = (t1 - t0) / (to[1] - to[0]);
  // Crossed fingers would turn time around: keep its direction, and the spread between them.
  const span = Math.abs(msPerPx) * (r1 - r0);
  const midTime = (t0 + t1) / 2;
  const start = midTime - Math.abs(msPerPx) * (toMid - r0);
  return zoomWindow([start, start + span], 1, midTime, extent);
}
