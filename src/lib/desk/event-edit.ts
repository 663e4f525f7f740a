/**
 * Edits to an event as pure functions of the JSON object: a field set in place keeps its
 * position, a new one goes where the schema puts it, an emptied optional one is removed,
 * so the written file differs from the published one only in what the editor changed.
 */
export type JsonObject = Record<string, unknown>;

export const EVENT_ORDER = ['id', 'date', 'end', 'title', 'summary', 'category', 'places', 'themes', 'quote', 'sources', 'translations'];
export const TRANSLATION_ORDER = ['title', 'summary', 'reviewed'];
export const LANGUAGE_ORDER = ['tr', 'he', 'ar'];

/** A copy with `key` set (in place, or at its position in `order`), or removed when `value` is undefined. */
export function withField(object: JsonObject, key: string, value: unknown, order: readonly string[]): JsonObject {
  if (value === undefined) {
    const { [key]: _, ...rest } = object;
    return rest;
  }
  if (key in object) return { ...object, [key]: value };
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const entries = Object.entries(object);
  const at = entries.findIndex(([k]) => rank(k) > rank(key));
  entries.splice(at === -1 ? entries.length : at, 0, [key, value]);
  return Object.fromEntries(entries);
}

/** Where fields go in an entry and in one of its translations: an event's by default. */
export interface EntryOrder {
  entry: readonly string[];
  translation: readonly string[];
}
const EVENT_ORDERS: EntryOrder = { entry: EVENT_ORDER, translation: TRANSLATION_ORDER };

/** A translated text set (or cleared) for one language, keeping the "reviewed" flag the schema requires. */
export function withTranslation(entry: JsonObject, language: string, field: string, text: string, orders = EVENT_ORDERS): JsonObject {
  const translations = isObject(entry.translations) ? entry.translations : {};
  const current = isObject(translations[language]) ? translations[language] : { reviewed: false };
  let next = withField(current, field, text === '' ? undefined : text, orders.translation);
  // A language left with only its flag carries nothing: drop it, and the whole object when empty.
  if (Object.keys(next).every((key) => key === 'reviewed') && field !== 'reviewed') next = {};
  const languages = withField(translations, language, Object.keys(next).length ? next : undefined, LANGUAGE_ORDER);
  return withField(entry, 'translations', Object.keys(languages).length ? languages : undefined, orders.entry);
}

export function withReviewed(entry: JsonObject, language: string, reviewed: boolean, orders = EVENT_ORDERS): JsonObject {
  const translations = isObject(entry.translations) ? entry.translations : {};
  const current = translations[language];
  if (!isObject(current)) return entry;
  return withField(entry, 'translations', { ...translations, [language]: { ...current, reviewed } }, orders.entry);
}

/** A list of ids with `id` added at the end or removed. */
export function toggled(ids: readonly unknown[], id: string, on: boolean): unknown[] {
  return on ? (ids.includes(id) ? [...ids] : [...ids, id]) : ids.filter((x) => x !== id);
}

/** What a date's text says about its precision: "2010" a year, "2010-05" a month, "2010-05-31" a day. */
export function datePrecision(text: string): 'year' | 'month' | 'day' | null {
  if (/^\d{4}$/.test(text)) return 'year';
  if (/^\d{4}-\d{2}$/.test(text)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return 'day';
  return null;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
