/**
 * What the timeline's container does with its window, as plain functions: the story's whole
 * span, one step of the zoom buttons and keys, and the "Showing 1990 to 2010" line.
 */
import { formatCalendarDate, type CalendarDate } from '../format/calendar-date.ts';
import type { Language } from '../data/schema.ts';
import { translate } from '../i18n/messages.ts';
import { storyExtent, visibleSpan, zoomWindow, type TimeWindow } from '../state/time-window.ts';

/** The span the chart can show: every event's start and every era, with a little room. */
export function storySpan(
  events: readonly { startDate: CalendarDate }[],
  eras: readonly { startDate: CalendarDate; endDate: CalendarDate }[],
): TimeWindow {
  return storyExtent([...events.map((e) => e.startDate), ...eras.map((era) => ({ start: era.startDate.start, end: era.endDate.end }))]);
}

/** How much one step of the zoom buttons or keys zooms in (or out). */
const ZOOM_STEP = 2;

/** One zoom step about `anchor`, or about the window's middle when the anchor is out of view (or NaN). */
export function zoomStep(window: TimeWindow, direction: 1 | -1, anchor: number, extent: TimeWindow): TimeWindow {
  const center = anchor >= window[0] && anchor <= window[1] ? anchor : (window[0] + window[1]) / 2;
  return zoomWindow(window, direction === 1 ? ZOOM_STEP : 1 / ZOOM_STEP, center, extent);
}

/**
 * "Showing 1990 to 2010": the part of the story in view, by month or year. The story's first
 * start and last end bound it, so the padding around the story is not named as shown.
 */
export function visibleRangeText(window: TimeWindow, storyStart: number, storyEnd: number, language: Language, locale: string): string {
  const span = visibleSpan(window, storyStart, storyEnd);
  // The window's ends as calendar dates of month or year precision: the shared, cached formatter.
  const format = (time: number) => formatCalendarDate({ iso: '', precision: span.precision, start: time, end: time }, locale, 'short');
  return translate(language, 'timeline.visibleRange', { start: format(span.start), end: format(span.end) });
}
