/**
 * Axis ticks that adapt to the zoom: decades when the whole story shows, years, then
 * months, then days. d3-time picks round times (through the time scale); labels come from
 * Intl in the reader's language, in UTC so no time zone moves a tick.
 */
import { utcMonth, utcYear } from 'd3-time';
import { formatTickLabel, type DatePrecision } from '../format/calendar-date.ts';
import type { TimeScale } from './time-scale.ts';

export interface Tick {
  time: number;
  x: number;
  label: string;
  /** The unit the label shows: a year tick in a month view is drawn stronger. */
  unit: DatePrecision;
  major: boolean;
}

/** About one tick per `spacing` pixels. */
export function timeTicks(scale: TimeScale, locale: string, spacing = 90): Tick[] {
  const [x0, x1] = scale.range;
  const count = Math.max(2, Math.floor(Math.abs(x1 - x0) / spacing));
  return scale.ticks(count).map((date) => {
    const time = date.getTime();
    const unit: DatePrecision = +utcYear.floor(date) === time ? 'year' : +utcMonth.floor(date) === time ? 'month' : 'day';
    return { time, x: scale(time), label: formatTickLabel(time, unit, locale), unit, major: unit === 'year' };
  });
}
