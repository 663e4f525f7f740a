/**
 * Translation coverage: for each language and file, how many of the texts readers see in
 * English also have a translation. `npm run check:data` prints it so editors can see how far
 * the drafts have come; fields an entry does not have in English are not counted.
 */
import {
  CATEGORY_TEXT_FIELDS,
  COUNTRY_TEXT_FIELDS,
  LINE_TEXT_FIELDS,
  ERA_TEXT_FIELDS,
  EVENT_TEXT_FIELDS,
  PLACE_TEXT_FIELDS,
  STORY_FILE,
  STORY_TEXT_FIELDS,
  THEME_TEXT_FIELDS,
  TRANSLATED_LANGUAGES,
} from './schema.ts';
import type { StoryModel } from './model.ts';

export interface FieldCoverage {
  field: string;
  translated: number;
  of: number;
}

export interface FileCoverage {
  language: (typeof TRANSLATED_LANGUAGES)[number];
  file: string;
  fields: FieldCoverage[];
}

type Texts = Record<string, unknown> & { translations?: Partial<Record<string, Record<string, unknown> | undefined>> };

/** Entries read field by field, whatever their type. */
const texts = (entries: readonly object[]) => entries as unknown as Texts[];

/** The English text of a field; a quote's is its `text`. */
function english(entry: Texts, field: string): unknown {
  const value = entry[field];
  return field === 'quote' && typeof value === 'object' && value !== null ? (value as { text?: unknown }).text : value;
}

export function translationCoverage(model: StoryModel): FileCoverage[] {
  const files: [file: string, entries: Texts[], fields: readonly string[]][] = [
    [STORY_FILE, texts([model.story]), STORY_TEXT_FIELDS],
    ['events.json', texts(model.events), EVENT_TEXT_FIELDS],
    ['eras.json', texts(model.eras), ERA_TEXT_FIELDS],
    ['categories.json', texts(model.categories), CATEGORY_TEXT_FIELDS],
    ['themes.json', texts(model.themes), THEME_TEXT_FIELDS],
    ['places.json', texts(model.places), PLACE_TEXT_FIELDS],
    ['relations.json', texts(model.relations), ['name']],
    ['regions.json', texts(model.regions.map((region) => region.properties)), ['name']],
    ['countries.json', texts(model.countries ?? []), COUNTRY_TEXT_FIELDS],
    ['lines.json', texts((model.lines ?? []).map((line) => line.properties)), LINE_TEXT_FIELDS],
  ];
  return TRANSLATED_LANGUAGES.flatMap((language) =>
    files.map(([file, entries, fields]) => ({
      language,
      file,
      fields: fields
        .map((field) => {
          const present = entries.filter((entry) => typeof english(entry, field) === 'string');
          const translated = present.filter((entry) => typeof entry.translations?.[language]?.[field] === 'string').length;
          return { field, translated, of: present.length };
        })
        .filter((coverage) => coverage.of > 0),
    })),
  );
}

/** "tr  events.json       title 54/54 · summary 12/54", one line per language and file. */
export function formatCoverage(coverage: FileCoverage[]): string[] {
  const width = Math.max(...coverage.map((c) => c.file.length));
  return coverage
    .filter((c) => c.fields.length > 0)
    .map((c) => `${c.language}  ${c.file.padEnd(width)}  ${c.fields.map((f) => `${f.field} ${f.translated}/${f.of}`).join(' · ')}`);
}
