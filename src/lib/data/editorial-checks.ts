/**
 * Checks on what readers will see rather than on the data's shape: links carrying tracking
 * parameters, missing translations, translated labels too long for the chart, colours that do
 * not stand out, events resting on secondary sources. All are warnings: the story shows as it
 * is, and the editor learns what to improve. The editors' tools run them (check:data, the
 * desk); the story page does not.
 */
import {
  ANNOTATION_MAX_LENGTH,
  LABEL_MAX_LENGTH,
  TRANSLATED_LANGUAGES,
  type CategoryData,
  type EraData,
  type EventData,
  type LineData,
  type PlaceData,
  type RelationSideData,
  type SourceData,
  type StoryData,
  type ThemeData,
} from './schema.ts';
import type { PathSegment, Problem } from './problems.ts';
import type { Located } from './read-file.ts';
import { findTrackingParameters } from './tracking.ts';
import { BACKGROUNDS, MIN_NON_TEXT_CONTRAST, contrastRatio } from '../theme/contrast.ts';

type Report = (problem: Problem) => void;
type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];
export const LANGUAGE_NAMES: Record<TranslatedLanguage, string> = { tr: 'Turkish', he: 'Hebrew', ar: 'Arabic' };

/** A source together with where it is, for the warning's location. */
export interface LocatedSource {
  file: string;
  path: PathSegment[];
  entryId: string;
  source: SourceData;
}

export function reportTrackingParameters(sources: Iterable<LocatedSource>, report: Report) {
  for (const { file, path, entryId, source } of sources) {
    if (!source.url) continue;
    const { names, cleaned } = findTrackingParameters(source.url);
    if (names.length === 0) continue;
    const quoted = names.map((name) => `"${name}"`).join(', ');
    report({
      severity: 'warning',
      file,
      path: [...path, 'url'],
      entryId,
      message: `the URL carries the tracking parameter${names.length > 1 ? 's' : ''} ${quoted}, which follow${names.length > 1 ? '' : 's'} readers and say${names.length > 1 ? '' : 's'} nothing about the source.`,
      hint: `Remove ${names.length > 1 ? 'them' : 'it'}: ${cleaned}`,
    });
  }
}

/** How many ids a grouped warning names before it gives a count instead. */
const IDS_SHOWN = 5;

export function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, IDS_SHOWN).join(', ');
  return ids.length > IDS_SHOWN ? `${shown} and ${ids.length - IDS_SHOWN} more` : shown;
}

interface TranslatableEntry {
  id?: string;
  translations?: Partial<Record<string, Partial<Record<string, unknown>> | undefined>>;
}

/**
 * One warning per language and field, located at the first entry that lacks it and naming
 * the others, so a file with no Turkish summaries is one line, not fifty.
 */
export function reportMissingTranslations(
  file: string,
  key: string,
  entries: { entry: TranslatableEntry; index: number }[],
  field: string,
  report: Report,
) {
  for (const language of TRANSLATED_LANGUAGES) {
    const missing = entries.filter(({ entry }) => !entry.translations?.[language]?.[field]);
    if (missing.length === 0) continue;
    const first = missing[0]!;
    const ids = missing.map(({ entry, index }) => entry.id ?? `${key}[${index}]`);
    report({
      severity: 'warning',
      file,
      path: [key, first.index, 'translations', language],
      entryId: first.entry.id,
      message: `${missing.length} of ${entries.length} ${key} have no ${LANGUAGE_NAMES[language]} ${field} (${listIds(ids)}); readers in ${LANGUAGE_NAMES[language]} see the English text.`,
      hint: `Add "translations": { "${language}": { "${field}": "…", "reviewed": false } }.`,
    });
  }
}

interface EventTexts extends TranslatableEntry {
  id: string;
  quote?: unknown;
}

/** Translated chart labels and annotations must fit too; a translated quote needs an original. */
export function reportEventTranslationFit(entries: { entry: EventTexts; index: number }[], report: Report) {
  const limits = { label: LABEL_MAX_LENGTH, annotation: ANNOTATION_MAX_LENGTH } as const;
  for (const { entry, index } of entries) {
    for (const language of TRANSLATED_LANGUAGES) {
      const translation = entry.translations?.[language];
      if (!translation) continue;
      const path = ['events', index, 'translations', language];
      for (const [field, limit] of Object.entries(limits)) {
        const text = translation[field];
        if (typeof text !== 'string' || text.length <= limit) continue;
        report({
          severity: 'warning',
          file: 'events.json',
          path: [...path, field],
          entryId: entry.id,
          message: `the ${LANGUAGE_NAMES[language]} ${field} has ${text.length} characters; it is written for at most ${limit} and may be cut or crowd the chart.`,
          hint: `Shorten it to ${limit} characters or fewer.`,
        });
      }
      if (translation.quote !== undefined && entry.quote === undefined) {
        report({
          severity: 'warning',
          file: 'events.json',
          path: [...path, 'quote'],
          entryId: entry.id,
          message: `a ${LANGUAGE_NAMES[language]} quote is given, but the event has no "quote" to translate; it is not shown.`,
          hint: 'Add the original wording as "quote": { "text": …, "speaker": … }, or remove the translation.',
        });
      }
    }
  }
}

/**
 * Without story.json's `site` the build links the language pages to each other relatively,
 * which browsers follow but search engines ignore for hreflang (they want absolute URLs).
 */
export function reportRelativePageLinks(story: { site?: string }, report: Report) {
  if (story.site) return;
  report({
    severity: 'warning',
    file: 'story.json',
    path: ['site'],
    message:
      'there is no "site", so the built pages link each other with relative hreflang links and no canonical link; search engines need absolute addresses to match the four language pages.',
    hint: 'Add "site": "https://…/", the https address of the folder the pages are published in, ending in "/".',
  });
}

/**
 * Hosts that republish or summarise what others reported (aggregators, digests, syndication
 * portals) or that anyone may edit (Wikipedia and its mirrors). They may help a reader, but
 * an event needs at least one source that did the reporting or issued the document.
 */
export const SECONDARY_HOSTS: Readonly<Record<string, string>> = {
  'wikipedia.org': 'Wikipedia',
  'wikiwand.com': 'a Wikipedia mirror',
  'devdiscourse.com': 'an aggregator of press releases and wire copy',
  'menafn.com': 'an aggregator of press releases and syndicated copy',
  'newser.com': 'a news aggregator',
  'dailyalert.org': 'a digest of other outlets’ articles',
  'msn.com': 'a syndication portal',
  'news.yahoo.com': 'a syndication portal',
  'newsbreak.com': 'a news aggregator',
  'ground.news': 'a news aggregator',
};

/** What kind of secondary source this is, or undefined for a source that may stand alone. */
export function secondaryKind(source: Pick<SourceData, 'publisher' | 'url'>): string | undefined {
  if (source.url) {
    let host: string;
    try {
      host = new URL(source.url).hostname.toLowerCase();
    } catch {
      return undefined;
    }
    for (const [suffix, kind] of Object.entries(SECONDARY_HOSTS)) if (host === suffix || host.endsWith(`.${suffix}`)) return kind;
    return undefined;
  }
  return /\bwikipedia\b/i.test(source.publisher) ? SECONDARY_HOSTS['wikipedia.org'] : undefined;
}

/** An event whose every source is secondary (secondaryKind) rests on no original reporting. */
export function reportSecondaryOnlySources(
  entries: { entry: { id: string; sources: readonly SourceData[] }; index: number }[],
  report: Report,
) {
  for (const { entry, index } of entries) {
    const kinds = entry.sources.map(secondaryKind);
    if (kinds.length === 0 || kinds.some((kind) => kind === undefined)) continue;
    const named = [...new Set(kinds)].join(' and ');
    report({
      severity: 'warning',
      file: 'events.json',
      path: ['events', index, 'sources'],
      entryId: entry.id,
      message: `every source is ${named}: the event rests on no original reporting or official document.`,
      hint: 'Add the report, wire story or official release the facts come from (print without a URL is fine: publisher, title and date).',
    });
  }
}

/** The story's entries as validation read them, each with its position in its file. */
export interface ReadEntries {
  story: StoryData;
  categories: Located<CategoryData>[];
  events: Located<EventData>[];
  eras: Located<EraData>[];
  places: Located<PlaceData>[];
  themes: Located<ThemeData>[];
  sides: Located<RelationSideData>[];
  lines: Located<LineData>[];
}

export type EditorialChecks = (entries: ReadEntries, report: Report) => void;

/** Every check of this file, as the editors' tools run them with validation (its `editorial` option). */
export const reportEditorialChecks: EditorialChecks = (entries, report) => {
  const { story, categories, events, eras, places, themes, sides, lines } = entries;
  reportMissingTranslations('events.json', 'events', events, 'title', report);
  reportMissingTranslations('events.json', 'events', events, 'summary', report);
  reportMissingTranslations('eras.json', 'eras', eras, 'name', report);
  reportMissingTranslations('places.json', 'places', places, 'name', report);
  reportMissingTranslations('themes.json', 'themes', themes, 'name', report);
  reportMissingTranslations('categories.json', 'categories', categories, 'name', report);
  reportMissingTranslations('relations.json', 'sides', sides, 'name', report);
  reportEventTranslationFit(events, report);
  reportTrackingParameters(sourcesOf(events, sides, lines), report);
  reportLowContrast('categories.json', 'categories', categories, report);
  reportLowContrast('themes.json', 'themes', themes, report);
  reportSecondaryOnlySources(events, report);
  reportRelativePageLinks(story, report);
};

/** Every source in the story with its location, for checks that apply to all of them. */
function* sourcesOf(
  events: Located<EventData>[],
  sides: Located<RelationSideData>[],
  lines: Located<LineData>[],
): Generator<LocatedSource> {
  for (const { entry, index } of events) {
    for (const [position, source] of entry.sources.entries())
      yield { file: 'events.json', path: ['events', index, 'sources', position], entryId: entry.id, source };
  }
  for (const { entry, index } of sides) {
    for (const [period, { sources }] of entry.periods.entries()) {
      for (const [position, source] of sources.entries())
        yield { file: 'relations.json', path: ['sides', index, 'periods', period, 'sources', position], entryId: entry.id, source };
    }
  }
  for (const { entry, index } of lines) {
    for (const [position, source] of entry.properties.sources.entries())
      yield { file: 'lines.json', path: ['features', index, 'properties', 'sources', position], entryId: entry.properties.id, source };
  }
}

/** Marks and swatches are drawn in these colours on the light and the dark page: each must stand out from both. */
function reportLowContrast(
  file: string,
  key: string,
  entries: { entry: { id: string; colour: string }; index: number }[],
  report: (p: Problem) => void,
) {
  for (const { entry, index } of entries) {
    for (const scheme of ['light', 'dark'] as const) {
      const ratio = contrastRatio(entry.colour, BACKGROUNDS[scheme]);
      if (ratio >= MIN_NON_TEXT_CONTRAST) continue;
      report({
        severity: 'warning',
        file,
        path: [key, index, 'colour'],
        entryId: entry.id,
        message: `the colour "${entry.colour}" has a contrast of ${ratio.toFixed(1)}:1 with the ${scheme} page (${BACKGROUNDS[scheme]}); marks need at least ${MIN_NON_TEXT_CONTRAST}:1 to be seen (WCAG 2.1, 1.4.11).`,
        hint:
          scheme === 'light'
            ? 'Choose a darker shade: a mid-tone works on both pages.'
            : 'Choose a lighter shade: a mid-tone works on both pages.',
      });
    }
  }
}
