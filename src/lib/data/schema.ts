/**
 * The one definition of the story's data. Types (InferOutput), run-time validation
 * (valibot) and the editors' JSON Schema files (scripts/write-json-schema.ts) all come
 * from here, so nothing about the shape of data/ is written twice.
 *
 * What a schema cannot say (references between files, unique ids, date order) is
 * checked in validate.ts.
 */
import * as v from 'valibot';
import { isRealIsoDate, ISO_DATE_PATTERN } from '../format/calendar-date.ts';
import { COLLECTION_FILES, MAP_FILES } from './data-files.ts';

import { PLACE_KINDS, REPRESENTATION_LEVELS } from './vocabulary.ts';
import type { SalvageRules } from './salvage.ts';
export * from './vocabulary.ts';

// No message of its own for an empty text: read-file.ts words that problem itself, for every field.
const text = (what: string) => v.pipe(v.string(), v.trim(), v.nonEmpty(), v.description(what));

export const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id such as "gantz-visits-ankara"'),
  v.description('Stable kebab-case identifier, used in links: do not change it once published.'),
);

export const IsoDate = v.pipe(
  v.string(),
  v.regex(ISO_DATE_PATTERN, 'an ISO date: "2010", "2010-05" or "2010-05-31"'),
  v.check(isRealIsoDate, 'a real calendar date (this one does not exist)'),
  v.description('Calendar date as ISO text; its length gives its precision: "2010", "2010-05" or "2010-05-31".'),
);

export const DayDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a full date such as "2022-10-27"'),
  v.check(isRealIsoDate, 'a real calendar date (this one does not exist)'),
);

export const HttpUrl = v.pipe(
  v.string(),
  v.url('an absolute URL such as "https://example.org/page"'),
  v.regex(/^https?:\/\//i, 'a link that starts with http:// or https://'),
  v.description('Web address of the source, http or https only, without tracking parameters such as utm_source.'),
);

export const Colour = v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb, such as "#1f77b4"'));

export const Coordinates = v.pipe(
  v.tuple([
    v.pipe(v.number(), v.minValue(-180, 'a longitude from -180 to 180'), v.maxValue(180, 'a longitude from -180 to 180')),
    v.pipe(v.number(), v.minValue(-90, 'a latitude from -90 to 90'), v.maxValue(90, 'a latitude from -90 to 90')),
  ]),
  v.description('[longitude, latitude] in degrees: longitude first, as in GeoJSON.'),
);

/**
 * Print and wire copy has no web page, so `url` is optional; publisher, title and date are
 * always required, which is what lets a reader find a source without a link.
 */
export const Source = v.pipe(
  v.strictObject({
    publisher: text('Who published the source, such as "Reuters"'),
    title: text('Title of the page, article or wire story'),
    date: v.pipe(IsoDate, v.description('Date of publication')),
    url: v.optional(HttpUrl),
  }),
  v.description('A source: publisher, title and date, and its URL when it has one (leave "url" out for print or wire copy).'),
);

/** Intl knows BCP 47 and its preferred forms, so "iw" is refused in favour of "he" rather than kept as a second code. */
function isCanonicalLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag)[0] === tag;
  } catch {
    return false;
  }
}

/**
 * The language a quote was spoken or written in. A translation into that language would be
 * a back-translation, so there the original wording is given from a source in it, or nothing.
 */
export const SaidIn = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a language code such as "tr", "he", "en" or "ar"'),
  v.check(isCanonicalLanguageTag, 'a language code in its standard form, such as "he" (not "iw") or "en-GB"'),
  v.description(
    'The language the words were spoken or written in, as a BCP 47 code: "en", "tr", "he", "ar", or another such as "fr". ' +
      'Translations are not given into this language; give there the original wording from a source in it, or nothing.',
  ),
);

/** Limits a chart label and an annotation are written to; translations only warn above them. */
export const LABEL_MAX_LENGTH = 40;
export const ANNOTATION_MAX_LENGTH = 140;

/**
 * A translation of an entry's texts into one language. `reviewed: false` marks text no
 * human has checked yet, so editors can find it; missing fields fall back to English.
 */
const TRANSLATION_NOTES: Record<string, string> = {
  quote:
    'The quote in this language: a translation of quote.text, or, when quote.said is this language, the original wording as a source in this language published it (cite that source)',
};

function translationOf<const TKeys extends readonly string[]>(fields: TKeys) {
  const entries = Object.fromEntries(fields.map((field) => [field, v.optional(text(TRANSLATION_NOTES[field] ?? `Translated ${field}`))]));
  return v.strictObject({
    ...(entries as { [K in TKeys[number]]: v.OptionalSchema<ReturnType<typeof text>, undefined> }),
    reviewed: v.pipe(v.boolean(), v.description('true once a fluent human has checked this translation')),
  });
}

function translations<const TKeys extends readonly string[]>(fields: TKeys) {
  const one = translationOf(fields);
  return v.optional(
    v.pipe(
      v.strictObject({ tr: v.optional(one), he: v.optional(one), ar: v.optional(one) }),
      v.description('Translations by language code (tr, he, ar); English is the text above.'),
    ),
  );
}

/**
 * Where the pages are published. Search engines take hreflang and canonical links only as
 * absolute addresses, and the build cannot know the address otherwise. A folder (ending in
 * "/"), since the pages sit side by side in it: index.html, index.tr.html, …
 */
export const SiteUrl = v.pipe(
  v.string(),
  v.url('an absolute address such as "https://graphics.example.org/turkey-israel/"'),
  // One pattern, so the editors' JSON Schema says all of it too.
  v.regex(
    /^https:\/\/[^?#]*\/$/,
    'the https address of the folder the pages are served from, ending in "/" and without "?" or "#", such as "https://graphics.example.org/turkey-israel/"',
  ),
  v.description(
    'The https address of the folder the published pages are served from, ending in "/", such as "https://graphics.example.org/turkey-israel/". ' +
      'With it the build links the language pages to each other with absolute hreflang and canonical links, as search engines require; without it the links are relative.',
  ),
);

export const STORY_TEXT_FIELDS = ['title', 'dek', 'byline'] as const;
export const Correction = v.strictObject({
  date: DayDate,
  text: text('What was corrected'),
  event: v.optional(v.pipe(Id, v.description('Id of the corrected event, so the event can link to this entry'))),
});
export const StoryFile = v.strictObject({
  $schema: v.optional(v.string()),
  title: text('Headline of the story'),
  dek: text('Standfirst: one or two sentences under the headline'),
  byline: text('Byline, such as "By the Graphics desk"'),
  site: v.optional(SiteUrl),
  credits: v.array(text('One credit line')),
  published: DayDate,
  updated: DayDate,
  defaultEvent: v.pipe(Id, v.description('Id of the event selected when no link chooses one')),
  corrections: v.array(Correction),
  focus: v.optional(
    v.pipe(
      v.union(
        [v.strictTuple([IsoDate]), v.strictTuple([IsoDate, IsoDate])],
        'a list of one or two ISO dates, such as ["2008"] or ["2008", "2024-06"]',
      ),
      v.description(
        "The story's focus period, given the room on the timeline: [start] or [start, end]; without an end it runs to the story's end.",
      ),
    ),
  ),
  bounds: v.pipe(
    v.tuple([Coordinates, Coordinates]),
    v.description("The story's region as [[west, south], [east, north]]: the map's home view, and places outside it get a warning."),
  ),
  translations: translations(STORY_TEXT_FIELDS),
});

export const CATEGORY_TEXT_FIELDS = ['name', 'description'] as const;
export const Category = v.strictObject({
  id: Id,
  name: text('Name shown in the legend'),
  colour: Colour,
  description: text('What belongs in this category'),
  translations: translations(CATEGORY_TEXT_FIELDS),
});

export const EVENT_TEXT_FIELDS = ['title', 'summary', 'label', 'annotation', 'quote'] as const;
export const Event = v.strictObject({
  id: Id,
  date: IsoDate,
  end: v.optional(IsoDate),
  title: v.pipe(text('Short headline of the event'), v.maxLength(120, 'a title of at most 120 characters')),
  summary: text('One to three sentences, in our own words'),
  key: v.optional(v.pipe(v.boolean(), v.description('true for a key moment: labelled on the chart and listed in "Key moments"'))),
  label: v.optional(
    v.pipe(
      text(`The chart's label for a key moment, at most ${LABEL_MAX_LENGTH} characters; defaults to a shortened title`),
      v.maxLength(LABEL_MAX_LENGTH, `a label of at most ${LABEL_MAX_LENGTH} characters`),
    ),
  ),
  annotation: v.optional(
    v.pipe(
      text(`One sentence of context shown with the event, at most ${ANNOTATION_MAX_LENGTH} characters`),
      v.maxLength(ANNOTATION_MAX_LENGTH, `an annotation of at most ${ANNOTATION_MAX_LENGTH} characters`),
    ),
  ),
  category: v.pipe(Id, v.description('Id of a category in categories.json')),
  places: v.pipe(v.array(Id), v.description('Ids of places in places.json')),
  themes: v.pipe(v.array(Id), v.description('Ids of themes in themes.json')),
  quote: v.optional(
    v.strictObject({
      text: text('The words quoted, exactly as published'),
      speaker: text('Who said it, with their role'),
      said: v.optional(SaidIn),
    }),
  ),
  sources: v.pipe(v.array(Source), v.minLength(1, 'at least one source')),
  translations: translations(EVENT_TEXT_FIELDS),
});

export const ERA_TEXT_FIELDS = ['name', 'shortName', 'description'] as const;
export const Era = v.strictObject({
  id: Id,
  name: text('Name of the period'),
  shortName: v.optional(text('A short form of the name for narrow bands, such as "Renewal"')),
  start: IsoDate,
  end: IsoDate,
  description: text('One or two sentences on the period'),
  translations: translations(ERA_TEXT_FIELDS),
});

export const PLACE_TEXT_FIELDS = ['name', 'description'] as const;
export const Place = v.strictObject({
  id: Id,
  name: text('Name shown on the map'),
  kind: v.picklist(PLACE_KINDS, `one of ${PLACE_KINDS.map((k) => `"${k}"`).join(', ')}`),
  coordinates: Coordinates,
  description: v.optional(text('A short line about the place')),
  translations: translations(PLACE_TEXT_FIELDS),
});

export const THEME_TEXT_FIELDS = ['name', 'explainer'] as const;
export const Theme = v.strictObject({
  id: Id,
  name: text('Name of the issue'),
  colour: Colour,
  explainer: text('One to three sentences on the issue'),
  places: v.array(Id),
  regions: v.array(Id),
  countries: v.optional(
    v.pipe(
      v.array(text('A country as the base map names it, such as "Syria"')),
      v.description('Countries the map tints for this issue, by their Natural Earth names in the base map (public/basemap).'),
    ),
  ),
  lines: v.optional(
    v.pipe(v.array(Id), v.description('Lines the map draws for this issue (a route, a pipeline), by their ids in lines.json.')),
  ),
  translations: translations(THEME_TEXT_FIELDS),
});

export const RelationSide = v.strictObject({
  id: Id,
  name: text('Whose mission this is, such as "Turkey\'s representation in Israel"'),
  periods: v.pipe(
    v.array(
      v.strictObject({
        start: IsoDate,
        end: v.optional(IsoDate),
        level: v.picklist(REPRESENTATION_LEVELS, `one of ${REPRESENTATION_LEVELS.map((k) => `"${k}"`).join(', ')}`),
        note: v.optional(text('What changed')),
        sources: v.pipe(v.array(Source), v.minLength(1, 'at least one source')),
      }),
    ),
    v.minLength(1, 'at least one period'),
  ),
  translations: translations(['name'] as const),
});

const Position = v.array(v.number());
const Ring = v.array(Position);
export const Region = v.strictObject({
  type: v.literal('Feature'),
  properties: v.strictObject({
    id: Id,
    name: text('Name of the region'),
    translations: translations(['name'] as const),
  }),
  geometry: v.variant('type', [
    v.strictObject({ type: v.literal('Polygon'), coordinates: v.array(Ring) }),
    v.strictObject({ type: v.literal('MultiPolygon'), coordinates: v.array(v.array(Ring)) }),
  ]),
});

export const LINE_TEXT_FIELDS = ['name', 'description'] as const;
/** A route or a planned pipeline, drawn for the issues that list it: plain GeoJSON, so map tools can open it too. */
export const Line = v.strictObject({
  type: v.literal('Feature'),
  properties: v.strictObject({
    id: Id,
    name: text('Name of the line, such as "The 2010 flotilla\'s route"'),
    description: v.optional(text('What the line shows and how exact it is')),
    sources: v.pipe(v.array(Source), v.minLength(1, 'at least one source')),
    translations: translations(LINE_TEXT_FIELDS),
  }),
  geometry: v.variant('type', [
    v.strictObject({ type: v.literal('LineString'), coordinates: v.pipe(v.array(Coordinates), v.minLength(2, 'at least two points')) }),
    v.strictObject({
      type: v.literal('MultiLineString'),
      coordinates: v.array(v.pipe(v.array(Coordinates), v.minLength(2, 'at least two points'))),
    }),
  ]),
});

export const COUNTRY_TEXT_FIELDS = ['label'] as const;
/**
 * How the map draws a disputed area, written as data so the policy is one file an editor can
 * read and change, with the reason beside it.
 */
export const DisputedPolicy = v.strictObject({
  tint: v.pipe(
    v.picklist(['own', 'muted', 'none'], 'one of "own", "muted", "none"'),
    v.description('own: tinted like a country; muted: a lighter tint; none: no tint of its own'),
  ),
  outline: v.pipe(
    v.picklist(['solid', 'dashed'], 'one of "solid", "dashed"'),
    v.description('dashed for a line that is not an agreed border'),
  ),
  labelled: v.pipe(v.boolean(), v.description('Whether the map writes its label')),
  explanation: text('Why: the status and the style-guide practice this follows, for the map notes'),
});

export const Country = v.strictObject({
  id: Id,
  name: v.optional(
    text('The country as the base map names it (Natural Earth), such as "Turkey"; leave out for an area the base map has no feature for'),
  ),
  label: text('Name shown on the map'),
  labelAt: Coordinates,
  labelAlsoAt: v.optional(v.pipe(v.array(Coordinates), v.description('Other points for the name, in order, if labelAt has no room'))),
  disputed: v.optional(DisputedPolicy),
  // The disputed policy's explanation is translated here too, for the map's notes.
  translations: translations([...COUNTRY_TEXT_FIELDS, 'explanation'] as const),
});

/** Shown in place of a colour that cannot be used: a mid grey that stands out from the light and the dark page. */
export const NEUTRAL_COLOUR = '#808080';

/**
 * What an entry can do without (salvage.ts): a bad optional part is left out or replaced with
 * a warning, and the entry stays. Anything else bad (an id, a date, a title) leaves it out.
 */
const translationRules = (prefix = ''): SalvageRules => ({
  [`${prefix}translations`]: { drop: true, then: 'The entry shows in English in every language.' },
  [`${prefix}translations.*`]: { drop: true, then: 'Readers in that language see the English text.' },
  [`${prefix}translations.*.reviewed`]: { dropParent: true, then: 'Readers in that language see the English text.' },
  [`${prefix}translations.*.*`]: { drop: true, then: 'Readers in that language see the English text of that field.' },
});
const sourceRules = (prefix: string): SalvageRules => ({
  [`${prefix}sources.#`]: { drop: true, then: 'This source is left out; the others are listed.' },
});
const COLOUR_RULE: SalvageRules = { colour: { fallback: NEUTRAL_COLOUR, then: `The neutral grey ${NEUTRAL_COLOUR} is used instead.` } };

export const STORY_SALVAGE: SalvageRules = {
  ...translationRules(),
  'credits.#': { drop: true, then: 'This credit line is left out.' },
  'corrections.#': { drop: true, then: 'This correction is left out of the list.' },
  'corrections.#.event': { drop: true, then: 'The correction shows without a link to the event.' },
  focus: { drop: true, then: 'The timeline opens without a focus period.' },
};

/**
 * Each data file is an object holding one list of entries. Entries are validated one by
 * one so that a bad entry is skipped and reported while the rest of the story shows.
 */
export interface CollectionSpec<TEntry extends v.GenericSchema> {
  /** File name inside data/. */
  file: string;
  /** Key of the list inside the file. */
  key: string;
  entry: TEntry;
  /** What the file holds, for the JSON Schema's description. */
  description: string;
  /** The parts of an entry it can show without. */
  salvage: SalvageRules;
  /** True for a file the story can do without entirely: no problem when it is not given. */
  optional?: boolean;
}

function collection<TEntry extends v.GenericSchema>(spec: CollectionSpec<TEntry>) {
  return spec;
}

export const COLLECTIONS = {
  categories: collection({
    file: COLLECTION_FILES.categories,
    key: 'categories',
    entry: Category,
    description: 'The kinds of event, each a lane on the timeline.',
    salvage: { ...translationRules(), ...COLOUR_RULE, description: { blank: true, then: 'The legend shows the name alone.' } },
  }),
  events: collection({
    file: COLLECTION_FILES.events,
    key: 'events',
    entry: Event,
    description: 'The dated events of the story.',
    // Its category is kept essential too: it chooses the event's lane, and without one there is nowhere to draw it.
    salvage: {
      ...translationRules(),
      ...sourceRules(''),
      end: { drop: true, then: 'The event shows as a single date.' },
      summary: { blank: true, then: 'The event shows with its title alone.' },
      key: { drop: true, then: 'The event is not marked as a key moment.' },
      // Written to fit the chart and the card: the page does without them, but the build stops.
      label: { drop: true, severity: 'error', then: 'The chart labels it with its shortened title.' },
      annotation: { drop: true, severity: 'error', then: 'The event shows without an annotation.' },
      quote: { drop: true, then: 'The event shows without the quote.' },
      places: { fallback: [], then: 'The event shows without places.' },
      'places.#': { drop: true, then: 'The event shows without this place.' },
      themes: { fallback: [], then: 'The event shows without issues.' },
      'themes.#': { drop: true, then: 'The event shows without this issue.' },
    },
  }),
  eras: collection({
    file: COLLECTION_FILES.eras,
    key: 'eras',
    entry: Era,
    description: 'Named periods shown as bands on the timeline.',
    salvage: {
      ...translationRules(),
      shortName: { drop: true, then: 'Narrow bands show the full name.' },
      description: { blank: true, then: 'The era shows with its name alone.' },
    },
  }),
  places: collection({
    file: COLLECTION_FILES.places,
    key: 'places',
    entry: Place,
    description: 'Points on the map.',
    salvage: {
      ...translationRules(),
      kind: { fallback: 'site', then: 'The place is drawn as a site.' },
      description: { drop: true, then: 'The place shows without a description.' },
    },
  }),
  themes: collection({
    file: COLLECTION_FILES.themes,
    key: 'themes',
    entry: Theme,
    description: 'The issues the two sides discuss.',
    salvage: {
      ...translationRules(),
      ...COLOUR_RULE,
      explainer: { blank: true, then: 'The issue shows with its name alone.' },
      places: { fallback: [], then: 'The issue shows on the map without places.' },
      'places.#': { drop: true, then: 'The issue shows without this place.' },
      regions: { fallback: [], then: 'The issue shows on the map without regions.' },
      'regions.#': { drop: true, then: 'The issue shows without this region.' },
    },
  }),
  relations: collection({
    file: COLLECTION_FILES.relations,
    key: 'sides',
    entry: RelationSide,
    description: "Each side's level of diplomatic representation over time.",
    salvage: {
      ...translationRules(),
      ...sourceRules('periods.#.'),
      'periods.#': { drop: true, then: 'This period is left out; the track shows a gap.' },
      'periods.#.note': { drop: true, then: 'The period shows without its note.' },
    },
  }),
  regions: collection({
    file: COLLECTION_FILES.regions,
    key: 'features',
    entry: Region,
    description: 'Outlines (GeoJSON FeatureCollection) of areas Natural Earth countries do not give.',
    salvage: {
      ...translationRules('properties.'),
    },
  }),
  countries: collection({
    file: MAP_FILES.countries,
    key: 'countries',
    entry: Country,
    description: 'Country labels on the map, in each language, and the policy for disputed areas.',
    salvage: { ...translationRules(), disputed: { drop: true, then: 'The area is drawn as an undisputed country.' } },
    optional: true,
  }),
  lines: collection({
    file: MAP_FILES.lines,
    key: 'features',
    entry: Line,
    description: 'Lines the issues draw on the map (GeoJSON FeatureCollection of LineStrings): routes and planned pipelines, with sources.',
    salvage: {
      ...translationRules('properties.'),
      ...sourceRules('properties.'),
      'properties.description': { drop: true, then: 'The line shows with its name alone.' },
    },
    optional: true,
  }),
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export { STORY_FILE, DATA_FILES } from './data-files.ts';

/** The file as an editor writes it: used for the JSON Schema and to check its outer shape. */
export function collectionFileSchema(spec: CollectionSpec<v.GenericSchema>, entry: v.GenericSchema = spec.entry) {
  const entries: v.ObjectEntries = { $schema: v.optional(v.string()), [spec.key]: v.array(entry) };
  // regions.json is plain GeoJSON, so that map tools can open it too.
  if (spec.key === 'features') entries.type = v.literal('FeatureCollection');
  return v.pipe(v.strictObject(entries), v.description(spec.description));
}

export type StoryData = v.InferOutput<typeof StoryFile>;
export type CategoryData = v.InferOutput<typeof Category>;
export type EventData = v.InferOutput<typeof Event>;
export type EraData = v.InferOutput<typeof Era>;
export type PlaceData = v.InferOutput<typeof Place>;
export type ThemeData = v.InferOutput<typeof Theme>;
export type RelationSideData = v.InferOutput<typeof RelationSide>;
export type RegionData = v.InferOutput<typeof Region>;
export type SourceData = v.InferOutput<typeof Source>;
export type CountryData = v.InferOutput<typeof Country>;
export type LineData = v.InferOutput<typeof Line>;
