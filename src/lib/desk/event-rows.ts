/**
 * The events table's rows from events.json as it is being edited (entries may be invalid,
 * so every field is read defensively), and its sort and filter.
 */
import { isObject } from './event-edit.ts';

export const TRANSLATION_LANGUAGES = ['tr', 'he', 'ar'] as const;
export type TranslationStatus = 'reviewed' | 'draft' | 'missing';

export interface EventRow {
  /** Position in events.json, which problems' paths use. */
  index: number;
  id: string;
  date: string;
  title: string;
  category: string;
  places: string;
  themes: string;
  sources: number;
  translations: Record<(typeof TRANSLATION_LANGUAGES)[number], TranslationStatus>;
}

export type SortKey = 'index' | 'date' | 'title' | 'category' | 'places' | 'themes' | 'sources';

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const list = (value: unknown) => (Array.isArray(value) ? value.filter((x) => typeof x === 'string').join(', ') : '');

export function eventRows(events: readonly unknown[]): EventRow[] {
  return events.map((event, index) => {
    const e = isObject(event) ? event : {};
    const translations = isObject(e.translations) ? e.translations : {};
    const status = (language: string): TranslationStatus => {
      const one = translations[language];
      if (!isObject(one) || typeof one.title !== 'string') return 'missing';
      return one.reviewed === true ? 'reviewed' : 'draft';
    };
    return {
      index,
      id: text(e.id),
      date: text(e.date),
      title: text(e.title),
      category: text(e.category),
      places: list(e.places),
      themes: list(e.themes),
      sources: Array.isArray(e.sources) ? e.sources.length : 0,
      translations: { tr: status('tr'), he: status('he'), ar: status('ar') },
    };
  });
}

/** Rows sorted by one column, ties kept in file order; dates compare as ISO text, which sorts by time. */
export function sortRows(rows: readonly EventRow[], key: SortKey, descending = false): EventRow[] {
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return sign * order || a.index - b.index;
  });
}

/** Rows whose id, date, title, category, places or issues contain every word of the query. */
export function filterRows(rows: readonly EventRow[], query: string): EventRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const haystack = [row.id, row.date, row.title, row.category, row.places, row.themes].join(' ').toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
