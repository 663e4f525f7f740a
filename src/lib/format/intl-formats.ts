/**
 * Intl formatters, one per locale and set of options. Building one costs far more than using
 * it (the first also makes ICU load the locale's data), and `toLocaleString` or
 * `localeCompare` with a locale builds a new one on every call: the map's place buttons and
 * the period's name are formatted again on every zoom step.
 */
const built = new Map<string, unknown>();

function once<T>(key: string, build: () => T): T {
  let value = built.get(key) as T | undefined;
  if (value === undefined) built.set(key, (value = build()));
  return value;
}

/** The locale of the page's first language, which the date and count formats write without Intl. */
export const ENGLISH_LOCALE = 'en-GB';

/** Whole numbers in the locale's digits ("١٢" in Arabic). */
export function numberFormat(locale: string): Intl.NumberFormat {
  return once(`number|${locale}`, () => new Intl.NumberFormat(locale));
}

/**
 * A count of things in the locale's digits. English without Intl: the first number or date
 * formatter a page builds makes ICU load its number data, and the map's first frame, which
 * shows counts, need not wait for that (calendar-date.ts does the same for dates).
 */
export function formatCount(count: number, locale: string): string {
  if (locale === ENGLISH_LOCALE && Number.isSafeInteger(count) && count >= 0) return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
  return numberFormat(locale).format(count);
}

export function collator(locale: string): Intl.Collator {
  return once(`collator|${locale}`, () => new Intl.Collator(locale));
}

export function listFormat(locale: string, type: Intl.ListFormatType, style: Intl.ListFormatStyle): Intl.ListFormat {
  return once(`list|${locale}|${type}|${style}`, () => new Intl.ListFormat(locale, { type, style }));
}

/**
 * Dates in UTC. `key` names the options, which the caller knows without serialising them;
 * the options are read only the first time.
 */
export function dateTimeFormat(locale: string, key: string, options: () => Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return once(`date|${locale}|${key}`, () => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options() }));
}
