/**
 * The timeline's window (the span of time on screen) and how zooming, panning and
 * brushing change it. Times are ms since the epoch at UTC midnights; windows are [start, end).
 */

export type Window = readonly [number, number];

const DAY_MS = 86_400_000;
/** Never zoom closer than two weeks: marks are days, and ticks need room. */
export const MIN_SPAN = 14 * DAY_MS;

/** The whole story with a little air at both ends, so the first and last marks are not cut. */
export function storyExtent(times: readonly { start: number; end: number }[], padFraction = 0.02): Window {
  if (times.length === 0) {
    const now = Date.UTC(2000, 0, 1);
    return [now, now + 365 * DAY_MS];
  }
  let start = Infinity;
  let end = -Infinity;
  for (const time of times) {
    if (time.start < start) start = time.start;
    if (time.end > end) end = time.end;
  }
  const pad = Math.max((end - start) * padFraction, 30 * DAY_MS);
  return [start - pad, end + pad];
}

/** Keeps a window inside the extent and no narrower than MIN_SPAN (nor wider than the extent). */
export function clampWindow([start, end]: Window, extent: Window, minSpan = MIN_SPAN): Window {
  if (!Number.isFinite(start) || !Number.isFinite(end)) return extent;
  const span = clampSpan(end - start, extent, minSpan);
  const center = (start + end) / 2;
  const newStart = Math.min(Math.max(center - span / 2, extent[0]), extent[1] - span);
  return [newStart, newStart + span];
}

function clampSpan(span: number, extent: Window, minSpan: number): number {
  const fullSpan = extent[1] - extent[0];
  return Math.min(Math.max(span, Math.min(minSpan, fullSpan)), fullSpan);
}

/** Zooms by `factor` (>1 zooms in) around the time `anchor`, which keeps its place on screen. */
export function zoomWindow(window: Window, factor: number, anchor: number, extent: Window, minSpan = MIN_SPAN): Window {
  const [start, end] = window;
  // Clamp the span before placing it, so that stopping at MIN_SPAN keeps the anchor still.
  const span = clampSpan((end - start) / factor, extent, minSpan);
  const ratio = end > start ? (anchor - start) / (end - start) : 0.5;
  const newStart = anchor - ratio * span;
  return clampWindow([newStart, newStart + span], extent, minSpan);
}

/** Moves the window by `delta` ms, stopping at the ends of the story. */
export function panWindow(window: Window, delta: number, extent: Window): Window {
  return clampWindow([window[0] + delta, window[1] + delta], extent);
}

/** The smallest move that brings [start, end) into view with a margin; the window itself if already in view. */
export function windowShowing(window: Window, start: number, end: number, extent: Window, marginFraction = 0.08): Window {
  const span = window[1] - window[0];
  const margin = span * marginFraction;
  if (start >= window[0] + margin && end <= window[1] - margin) return window;
  if (end - start > span - 2 * margin) return clampWindow([start - margin, end + margin], extent);
  const delta = start < window[0] + margin ? start - margin - window[0] : end + margin - window[1];
  return panWindow(window, delta, extent);
}

export function isFullExtent(window: Window, extent: Window): boolean {
  return Math.abs(window[0] - extent[0]) < DAY_MS && Math.abs(window[1] - extent[1]) < DAY_MS;
}
