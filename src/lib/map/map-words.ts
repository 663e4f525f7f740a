/**
 * What the map says in words: each place button's name with its count in the period shown
 * (format/period.ts names the period), a cluster's name, and the sentence the page's live
 * region reads after the window or the filter changes. Pure: the words come from `translate`.
 */
import type { Language } from '../data/schema.ts';
import { localeOf, translate } from '../i18n/messages.ts';
import '../i18n/messages-map.ts';
import { collator, listFormat } from '../format/intl-formats.ts';

/** A place button's accessible name: the place, then its events in the period ("Ankara, 3 events in 2009–2013"). */
export function placeButtonName(name: string, count: number, period: string, language: Language): string {
  return translate(language, 'map.placeInPeriod', { name, count, period });
}

function list(names: readonly string[], language: Language, type: Intl.ListFormatType): string {
  return listFormat(localeOf(language), type, type === 'unit' ? 'short' : 'long').format(names);
}

/** A cluster's name: "3 places: Jerusalem, Tel Aviv, Haifa". */
export function clusterName(names: readonly string[], language: Language): string {
  return translate(language, 'map.cluster', { count: names.length, names: list(names, language, 'unit') });
}

export interface SummaryInput {
  /** Places with events in the window and the filter, with their counts and names. */
  shown: readonly { name: string; count: number }[];
  period: string;
  /** Names of the chosen issues, in the order chosen. */
  issues: readonly string[];
  language: Language;
}

/**
 * "Map: Gaza Strip and 3 other places, 2009–2013, issue Gaza and the Turkish hospital": the
 * busiest place first (ties by name), then how many others, the period and the chosen issues.
 */
export function mapSummary({ shown, period, issues, language }: SummaryInput): string {
  const names = collator(localeOf(language));
  const busiest = [...shown].sort((a, b) => b.count - a.count || names.compare(a.name, b.name))[0];
  const places = busiest
    ? translate(language, 'map.summaryPlaces', { name: busiest.name, count: shown.length - 1 })
    : translate(language, 'map.summaryNone');
  if (issues.length === 0) return translate(language, 'map.summary', { places, period });
  return translate(language, 'map.summaryIssues', { places, period, count: issues.length, issues: list(issues, language, 'conjunction') });
}
