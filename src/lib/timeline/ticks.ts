/**
 * Axis ticks that adapt to the zoom: decades when the whole story shows, years, then
 * months, then days. d3-scale picks round times; labels come from Intl in the reader's
 * language, in UTC so no time zone moves a tick.
 */
import type { ScaleTime } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';

export interface Tick {
  time: number;
  x: number;
  label: string;
  /** The unit the label shows: a year tick in a month view is drawn stronger. */
  unit: 'year' | 'month' | 'day';
  major: boolean;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options })));
  return format;
}

/** About one tick per `spacing` pixels. */
export function timeTicks(scale: ScaleTime<number, number>, locale: string, spacing = 90): Tick[] {
  const [x0, x1] = scale.range() as [number, number];
  const count = Math.max(2, Math.floor(Math.abs(x1 - x0) / spacing));
  const dates = scale.ticks(count);
  return dates.map((date) => {
    const time = date.getTime();
    const isYear = +utcYear.floor(date) === time;
    const isMonth = +utcMonth.floor(date) === time;
    const unit: Tick['unit'] = isYear ? 'year' : isMonth ? 'month' : 'day';
    let label: string;
    if (unit === 'year') label = formatter(locale, { year: 'numeric' }).format(date);
    else if (unit === 'month') label = formatter(locale, { month: 'short' }).format(date);
    else label = formatter(locale, { day: 'numeric', month: 'short' }).format(date);
    return { time, x: scale(date), label, unit, major: unit === 'year' };
  });
}
