/**
 * Which events the timeline's window shows, and where: the window's slice of the sorted
 * events found by binary search (panning 20,000 events costs what panning the visible ones
 * does), laid out in lanes by mark-layout.ts, or counted in pixel bins when too many are in
 * view to place one by one.
 */
import type { CalendarDate } from '../format/calendar-date.ts';
import { binMarks, layoutMarks, type LaneEvents, type MarkLayout, type MarkInput } from './mark-layout.ts';
import type { TimeWindow } from '../state/time-window.ts';

/** What the layout needs of an event: its id, its lane's key and its span. */
export interface WindowEvent {
  id: string;
  category: string;
  startDate: CalendarDate;
  endDate?: CalendarDate | undefined;
}

export interface WindowLayoutOptions {
  /** More events than this in the window and marks are counted in bins. */
  denseEvents: number;
  radius: number;
  gap: number;
  maxRows: number;
  minBarWidth: number;
  /** Width of a bin in a dense view, in px. */
  binWidth: number;
}

/** The end of an event's span (exclusive). */
export const spanEnd = (event: WindowEvent): number => (event.endDate ?? event.startDate).end;

/** The longest span among the events, so a window's first event can be found by binary search. */
export function longestSpan(events: readonly WindowEvent[]): number {
  let longest = 0;
  for (const event of events) longest = Math.max(longest, spanEnd(event) - event.startDate.start);
  return longest;
}

/** Index of the first event (sorted by start) that starts at or after `time`. */
export function firstStartingAtOrAfter(sorted: readonly WindowEvent[], time: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.startDate.start < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Each lane's events (ids and start times, sorted), for counting dense views by bins. */
export function laneIndex(events: readonly WindowEvent[], laneOf: ReadonlyMap<string, number>, laneCount: number): LaneEvents[] {
  const lanes = Array.from({ length: laneCount }, () => ({ ids: [] as string[], starts: [] as number[] }));
  for (const event of events) {
    const lane = lanes[laneOf.get(event.category) ?? 0];
    lane?.ids.push(event.id);
    lane?.starts.push(event.startDate.start);
  }
  return lanes.map((lane) => ({ ids: lane.ids, starts: Float64Array.from(lane.starts) }));
}

export interface WindowInput {
  /** Sorted by start. */
  events: readonly WindowEvent[];
  window: TimeWindow;
  /** The chart's pixel range [left, right]. */
  range: readonly [number, number];
  laneOf: ReadonlyMap<string, number>;
  laneCount: number;
  /** longestSpan(events), computed once per story rather than per pan. */
  longest: number;
  /** laneIndex(events, …), needed only for dense views: computed on demand. */
  lanes: () => LaneEvents[];
  /** Time to x and back across the window and range: a focus scale's warp. Linear when left out. */
  scale?: PixelScale;
}

/** A time-to-pixel mapping and its inverse, such as a TimeScale. */
export interface PixelScale {
  (time: number): number;
  invert: (x: number) => number;
}

/** The marks the window shows, in lanes and rows, or counted in bins when the view is dense. */
export function layoutWindow(input: WindowInput, options: WindowLayoutOptions): MarkLayout {
  const { events, window, range, laneOf, laneCount, longest } = input;
  const [start, end] = window;
  const [r0, r1] = range;
  const first = firstStartingAtOrAfter(events, start - longest);
  const afterLast = firstStartingAtOrAfter(events, end + 1);
  if (afterLast - first > options.denseEvents)
    return binMarks(
      { lanes: input.lanes(), window, range: [r0, r1], ...(input.scale ? { scale: input.scale } : {}) },
      { radius: options.radius, binWidth: options.binWidth },
    );
  const k = (r1 - r0) / (end - start);
  const x = input.scale ?? ((time: number) => r0 + (time - start) * k);
  const inputs: MarkInput[] = [];
  for (let index = first; index < afterLast; index++) {
    const event = events[index]!;
    const eventEnd = spanEnd(event);
    if (eventEnd < start) continue;
    inputs.push({
      id: event.id,
      lane: laneOf.get(event.category) ?? 0,
      x0: x(event.startDate.start),
      x1: x(eventEnd),
    });
  }
  return layoutMarks(inputs, {
    laneCount: Math.max(1, laneCount),
    radius: options.radius,
    gap: options.gap,
    maxRows: options.maxRows,
    minBarWidth: options.minBarWidth,
  });
}

/**
 * The span from the earliest start to the latest end of the events with these ids (a cluster's),
 * or null when none is known. Folded rather than spread into Math.min: a dense bin can hold
 * thousands of events.
 */
export function spanOfIds(ids: readonly string[], eventById: ReadonlyMap<string, WindowEvent>): [number, number] | null {
  let start = Infinity;
  let end = -Infinity;
  for (const id of ids) {
    const event = eventById.get(id);
    if (!event) continue;
    start = Math.min(start, event.startDate.start);
    end = Math.max(end, spanEnd(event));
  }
  return Number.isFinite(start) ? [start, end] : null;
}
