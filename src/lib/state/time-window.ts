/**
 * The timeline's window (the span of time on screen) and how zooming, panning and
 * brushing change it. Times are ms since the epoch at UTC midnights; windows are [start, end).
 */

/** The visible span of the timeline, [start, end) in ms since the epoch (UTC midnights). Not the DOM's Window. */
export type TimeWindow = readonly [number, number];

const DAY_MS = 86_400_000;
/** Never zoom closer than two weeks: marks are days, and ticks need room. */
export const MIN_SPAN = 14 * DAY_MS;

/** The whole story with a little air at both ends, so the first and last marks are not cut. */
export function storyExtent(times: readonly { start: number; end: number }[], padFraction = 0.02): TimeWindow {
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
export function clampWindow([start, end]: TimeWindow, extent: TimeWindow, minSpan = MIN_SPAN): TimeWindow {
  if (!Number.isFinite(start) || !Number.isFinite(end)) return extent;
  const span = clampSpan(end - start, extent, minSpan);
  const center = (start + end) / 2;
  const newStart = Math.min(Math.max(center - span / 2, extent[0]), extent[1] - span);
  return [newStart, newStart + span];
}

function clampSpan(span: number, extent: TimeWindow, minSpan: number): number {
  const fullSpan = extent[1] - extent[0];
  return Math.min(Math.max(span, Math.min(minSpan, fullSpan)), fullSpan);
}

/** Zooms by `factor` (>1 zooms in) around the time `anchor`, which keeps its place on screen. */
export function zoomWindow(window: TimeWindow, factor: number, anchor: number, extent: TimeWindow, minSpan = MIN_SPAN): TimeWindow {
  const [start, end] = window;
  // Clamp the span before placing it, so that stopping at MIN_SPAN keeps the anchor still.
  const span = clampSpan((end - start) / factor, extent, minSpan);
  const ratio = end > start ? (anchor - start) / (end - start) : 0.5;
  const newStart = anchor - ratio * span;
  return clampWindow([newStart, newStart + span], extent, minSpan);
}

/** Moves the window by `delta` ms, stopping at the ends of the story. */
export function panWindow(window: TimeWindow, delta: number, extent: TimeWindow): TimeWindow {
  return clampWindow([window[0] + delta, window[1] + delta], extent);
}

/** The smallest move that brings [start, end) into view with a margin; the window itself if already in view. */
export function windowShowing(window: TimeWindow, start: number, end: number, extent: TimeWindow, marginFraction = 0.08): TimeWindow {
  const span = window[1] - window[0];
  const margin = span * marginFraction;
  if (start >= window[0] + margin && end <= window[1] - margin) return window;
  if (end - start > span - 2 * margin) return clampWindow([start - margin, end + margin], extent);
  const delta = start < window[0] + margin ? start - margin - window[0] : end + margin - window[1];
  return panWindow(window, delta, extent);
}

export function isFullExtent(window: TimeWindow, extent: TimeWindow): boolean {
  return Math.abs(window[0] - extent[0]) < DAY_MS && Math.abs(window[1] - extent[1]) < DAY_MS;
}

/** A window around [start, end) with air at both sides: at least an eighth of the current window wide, so a cluster opens rather than jumps. */
export function windowAround(start: number, end: number, current: TimeWindow, airFraction = 0.6): TimeWindow {
  const span = Math.max(end - start, (current[1] - current[0]) / 8);
  return [start - span * airFraction, end + span * airFraction];
}

/** A period's window, with a little air at both ends so its first and last events are not cut. */
export function periodWindow(start: number, end: number, airFraction = 0.03): TimeWindow {
  const air = (end - start) * airFraction;
  return [start - air, end + air];
}

/**
 * What "Showing … to …" names: the part of the window the story covers, its end inclusive,
 * in months once the window is a few years wide, else in years.
 */
export function visibleSpan(
  window: TimeWindow,
  storyStart: number,
  storyEnd: number,
): { start: number; end: number; precision: 'month' | 'year' } {
  const start = Math.max(window[0], storyStart);
  // The window's and the story's ends are exclusive: name the last day shown, not the next one.
  const end = Math.min(window[1], storyEnd) - 1;
  return { start, end, precision: end - start < 6 * 365 * DAY_MS ? 'month' : 'year' };
}
