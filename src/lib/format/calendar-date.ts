/**
 * Calendar dates as editors write them ("2010", "2010-05", "2010-05-31"). They are days,
 * not instants: every computation is in UTC so "2010-05-31" is 31 May in every time zone.
 */
import { dateTimeFormat, ENGLISH_LOCALE } from './intl-formats.ts';

export type DatePrecision = 'year' | 'month' | 'day';

export interface CalendarDate {
  /** The text as written in data/. */
  iso: string;
  precision: DatePrecision;
  /** Midnight UTC of the first day covered. */
  start: number;
  /** Midnight UTC of the day after the last day covered (exclusive). */
  end: number;
}

export const ISO_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const DAY_MS = 86_400_000;

export function parseCalendarDate(iso: string): CalendarDate | null {
  const match = ISO_DATE_PATTERN.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined) {
    if (day < 1 || day > daysInMonth(year, month!)) return null;
    const start = utc(year, month! - 1, day);
    return { iso, precision: 'day', start, end: start + DAY_MS };
  }
  if (month !== undefined) {
    return { iso, precision: 'month', start: utc(year, month - 1, 1), end: utc(year, month, 1) };
  }
  return { iso, precision: 'year', start: utc(year, 0, 1), end: utc(year + 1, 0, 1) };
}

export function isRealIsoDate(iso: string): boolean {
  return parseCalendarDate(iso) !== null;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days in a month (1–12) of the proleptic Gregorian calendar, as JavaScript dates count them.
 * Arithmetic rather than a Date: the page parses every date of every event on load.
 */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

/** Date.UTC, except that years 0–99 stay years 0–99 instead of becoming 1900–1999. */
function utc(year: number, monthIndex: number, day: number): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/**
 * British English without Intl. The first Intl formatter a page builds makes ICU load its
 * locale data, which takes longer than the rest of the timeline's first draw: English, the
 * page's first language, needs none. A unit test holds these to Intl's own en-GB output,
 * month by month.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

function formatEnglish(time: number, parts: { year?: boolean; month?: 'long' | 'short'; day?: boolean }): string {
  const date = new Date(time);
  const words: (string | number)[] = [];
  if (parts.day) words.push(date.getUTCDate());
  if (parts.month) words.push((parts.month === 'long' ? MONTHS : MONTHS_SHORT)[date.getUTCMonth()]!);
  if (parts.year) words.push(date.getUTCFullYear());
  return words.join(' ');
}

/**
 * The date as a reader should see it, to the precision it was written with:
 * "2010", "May 2010", "31 May 2010" (ordering and words follow the language).
 */
export function formatCalendarDate(date: CalendarDate, locale: string, style: 'long' | 'short' = 'long'): string {
  const { precision } = date;
  if (locale === ENGLISH_LOCALE)
    return formatEnglish(date.start, { year: true, month: precision === 'year' ? undefined : style, day: precision === 'day' });
  return dateTimeFormat(locale, `${precision}|${style}`, () => ({
    year: 'numeric',
    month: precision === 'year' ? undefined : style,
    day: precision === 'day' ? 'numeric' : undefined,
  })).format(date.start);
}

/**
 * A time axis label: the year on a year tick ("2010"), the short month alone on a month
 * tick ("Feb"; the year ticks around it say which year), day and short month on a day tick
 * ("3 Oct"), in the order and words of the locale.
 */
export function formatTickLabel(time: number, unit: DatePrecision, locale: string): string {
  if (locale === ENGLISH_LOCALE)
    return formatEnglish(time, unit === 'year' ? { year: true } : unit === 'month' ? { month: 'short' } : { day: true, month: 'short' });
  return dateTimeFormat(locale, `tick-${unit}`, () =>
    unit === 'year' ? { year: 'numeric' } : unit === 'month' ? { month: 'short' } : { day: 'numeric', month: 'short' },
  ).format(time);
}

/** A range "27 Oct 2022 – 3 Nov 2022", collapsing to one date when there is no end. */
export function formatCalendarRange(
  start: CalendarDate,
  end: CalendarDate | undefined,
  locale: string,
  style: 'long' | 'short' = 'long',
): string {
  if (!end || end.iso === start.iso) return formatCalendarDate(start, locale, style);
  return `${formatCalendarDate(start, locale, style)} – ${formatCalendarDate(end, locale, style)}`;
}
