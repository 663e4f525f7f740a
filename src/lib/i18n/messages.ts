/**
 * Every interface string, by language. Components never hold text of their own: they ask
 * translate() for a key. English is complete; other languages fall back to it key by key.
 * The map's English strings live in messages-map.ts, which the map's chunk loads (they are
 * a third of the catalogue, and the first download has a size budget), and the Share dialog's
 * in messages-share.ts, which loads with the dialog; what the error panel and the data notice
 * say is in messages-problems.ts, for the same reason, and what the parts after the first
 * paint say (details, text version, footer, embed credit) in messages-extras.ts.
 */
import type { Language } from '../data/schema.ts';
import type { enMap } from './messages-map.ts';
import type { enShare } from './messages-share.ts';
import type { enProblems } from './messages-problems.ts';
import type { enExtras } from './messages-extras.ts';
import { ENGLISH_LOCALE } from '../format/intl-formats.ts';

export const en = {
  'app.loading': 'Loading the story…',
  'app.updated': 'Updated {date}',
  'app.published': 'Published {date}',
  'timeline.region': 'Timeline',
  'timeline.zoomIn': 'Zoom in',
  'timeline.zoomOut': 'Zoom out',
  'timeline.reset': 'Show the whole story',
  'timeline.overview': 'Overview of the whole period: drag to choose the window shown above',
  'timeline.eras': 'Jump to a period',
  'timeline.events': 'Events, in date order. Use the arrow keys to move, Enter to open.',
  'timeline.relations': 'Level of diplomatic representation',
  'timeline.selected': 'Selected: {date}, {title}',
  'timeline.visibleRange': 'Showing {start} to {end}',
  'level.ambassador': 'Ambassador',
  'level.minister': 'Minister',
  'level.charge-d-affaires': 'Chargé d’affaires',
  'level.lower': 'Lower',
  'level.none': 'None',
  'filter.label': 'Filter by issue',
  'filter.clear': 'All issues',
  'filter.count': { one: '{matching} of {count} event', other: '{matching} of {count} events' },
  'text.skip': 'Skip to the text version',
  // Toolbar, share dialog and embed shell.
  'toolbar.label': 'Story tools',
  'toolbar.language': 'Language',
  'share.open': 'Share / Embed',
} as const;

export type MessageKey = keyof typeof en | keyof typeof enMap | keyof typeof enShare | keyof typeof enProblems | keyof typeof enExtras;
/**
 * A message that depends on a number, `{count}`: its forms by the language's plural category
 * (Intl.PluralRules: zero, one, two, few, many, other), and exact numbers first where a
 * language words them apart ("=0": "No events").
 */
export type PluralMessage = { readonly other: string } & { readonly [form in Intl.LDMLPluralRule | `=${number}`]?: string };
export type Message = string | PluralMessage;
export type Catalogue = Partial<Record<MessageKey, Message>>;

const catalogues: Partial<Record<Language, Catalogue>> = { en };
/** English for every key: the strings above, and those a later chunk brings (messages-map.ts, messages-share.ts, messages-problems.ts). */
const english: Catalogue = { ...en };

/** Adds English strings that travel with the part of the page using them. */
export function registerEnglish(strings: Catalogue) {
  Object.assign(english, strings);
}

/** Languages whose strings so far are only the first draw's (first-draw-text.ts). */
const firstDrawOnly = new Set<Language>();

/**
 * Adds a language's catalogue once it has loaded (see load-catalogue.ts), or, with
 * `firstDraw`, the strings of the first draw that the language's own page carries.
 */
export function registerCatalogue(language: Language, catalogue: Catalogue, firstDraw = false) {
  if (firstDraw && hasCatalogue(language)) return;
  catalogues[language] = { ...catalogues[language], ...catalogue };
  if (firstDraw) firstDrawOnly.add(language);
  else firstDrawOnly.delete(language);
}

/** True once a language's whole catalogue is in. */
export function hasCatalogue(language: Language): boolean {
  return language in catalogues && !firstDrawOnly.has(language);
}

/** Languages that have only their first draw's strings: the rest is still to load. */
export function incompleteCatalogues(): Language[] {
  return [...firstDrawOnly];
}

export function translate(language: Language, key: MessageKey, params?: Record<string, string | number>): string {
  const message = catalogues[language]?.[key] ?? english[key] ?? key;
  const template = typeof message === 'string' ? message : pluralForm(message, language, Number(params?.count ?? 0));
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/** The form of a plural message for `count` in the language: an exact "=N" form first, then its plural category. */
export function pluralForm(message: PluralMessage, language: Language, count: number): string {
  const exact = message[`=${count}`];
  if (exact !== undefined) return exact;
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(localeOf(language))));
  return message[rules.select(count)] ?? message.other;
}

/** The locale tag for Intl: English dates in the story's house style (27 October 2022). */
export function localeOf(language: Language): string {
  return language === 'en' ? ENGLISH_LOCALE : language;
}

export function directionOf(language: Language): 'ltr' | 'rtl' {
  return language === 'he' || language === 'ar' ? 'rtl' : 'ltr';
}
