/**
 * The map in time: which of a place's events fall inside the timeline's visible window and
 * match the issue filter. An event covers its whole span, from the first day of its date to
 * the last day of its end date; a year-precision date covers its whole year (CalendarDate
 * already says so with `start` and `end`).
 */
import type { CalendarDate } from '../format/calendar-date.ts';
import type { TimeWindow } from './time-window.ts';

/** What the counts need of an event: the model's EventModel fits. */
export interface DatedEvent {
  id: string;
  places: readonly string[];
  themes: readonly string[];
  startDate: Pick<CalendarDate, 'start' | 'end'>;
  endDate?: Pick<CalendarDate, 'start' | 'end'> | undefined;
}

/** True when the event's span and the window (null: the whole story) share at least a day. Both are [start, end). */
export function overlapsWindow(event: DatedEvent, window: TimeWindow | null): boolean {
  if (!window) return true;
  const end = Math.max(event.startDate.end, event.endDate?.end ?? -Infinity);
  return event.startDate.start < window[1] && end > window[0];
}

/** True when the event belongs to one of the chosen issues (any of them), or no issue is chosen. */
export function matchesThemes(event: DatedEvent, activeThemes: readonly string[]): boolean {
  return activeThemes.length === 0 || event.themes.some((theme) => activeThemes.includes(theme));
}

/** For each place, how many of its events are in the window and match the filter; places with none are absent. */
export function windowCounts(
  events: readonly DatedEvent[],
  window: TimeWindow | null,
  activeThemes: readonly string[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) {
    if (!overlapsWindow(event, window) || !matchesThemes(event, activeThemes)) continue;
    // A place listed twice by one event is still one event there.
    for (const place of new Set(event.places)) counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  return counts;
}

/** A place's events split into those in the window and the rest, each in the given order. */
export function splitByWindow<T extends DatedEvent>(events: readonly T[], window: TimeWindow | null): { inside: T[]; outside: T[] } {
  const inside: T[] = [];
  const outside: T[] = [];
  for (const event of events) (overlapsWindow(event, window) ? inside : outside).push(event);
  return { inside, outside };
}

/** From the first day of the earliest event to the end of the latest: the period of "the whole story". */
export function eventsSpan(events: readonly DatedEvent[]): TimeWindow {
  if (events.length === 0) return [0, 0];
  let start = Infinity;
  let end = -Infinity;
  for (const event of events) {
    start = Math.min(start, event.startDate.start);
    end = Math.max(end, event.startDate.end, event.endDate?.end ?? -Infinity);
  }
  return [start, end];
}
