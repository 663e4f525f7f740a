/**
 * data/ split by language, and put back together.
 *
 * Editors keep every translation inline, beside the English it translates: one place to edit.
 * The build (scripts/vite-plugin-story-data.ts) ships each file without its translations, and
 * one file per language (`data/i18n/he.json`) holding that language's: an English reader then
 * downloads no Turkish, Hebrew or Arabic, and a Hebrew reader English and Hebrew only. The
 * built story.json lists the language files under `$translations`, so the loader knows to ask
 * for one; data/ in the repository's format has no such list, and is used as it is (a newsroom
 * may replace the built data/ with the editors' files without rebuilding).
 *
 * `mergeTranslations` gives back files in the repository's format, translations inline, so
 * validation and the editors' desk read one format whichever was served.
 */
import { STORY_FILE } from './data-files.ts';
import type { FileInput } from './read-file.ts';
import { TRANSLATED_LANGUAGES } from './vocabulary.ts';

export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

/** The key in the built story.json that names each language's file, relative to data/. */
export const TRANSLATION_FILES_KEY = '$translations';

/** The folder in data/ the build writes the language files to. */
export const TRANSLATIONS_FOLDER = 'i18n';

export const TRANSLATION_FILE_VERSION = 1;

/**
 * One language's translations, by data file, then by entry id. The story's own (story.json's
 * title and dek) are under the empty id.
 */
export interface TranslationFile {
  version: typeof TRANSLATION_FILE_VERSION;
  language: TranslatedLanguage;
  files: Record<string, Record<string, Record<string, unknown>>>;
}

type Json = Record<string, unknown>;
type Translations = Partial<Record<TranslatedLanguage, Json>>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The objects in a data file that carry translations, each with its id: the file itself
 * (story.json), the entries of its top-level lists, and a GeoJSON feature's properties
 * (regions.json). An entry without an id keeps its translations inline: it has no key to
 * find it again by (and the build only ships validated data, where every entry has one).
 */
function translatable(data: Json): [id: string, holder: Json][] {
  const found: [string, Json][] = [];
  if (isObject(data.translations)) found.push(['', data]);
  for (const value of Object.values(data)) {
    if (!Array.isArray(value)) continue;
    for (const item of value) {
      if (!isObject(item)) continue;
      const holder = isObject(item.translations) ? item : isObject(item.properties) ? item.properties : undefined;
      const id = holder?.id ?? item.id;
      if (holder && isObject(holder.translations) && typeof id === 'string' && id !== '') found.push([id, holder]);
    }
  }
  return found;
}

export interface SplitStory {
  /** Each file without translations; story.json also names the language files. */
  files: Record<string, unknown>;
  /** One file per language that has any translation, by language. */
  translations: Partial<Record<TranslatedLanguage, TranslationFile>>;
}

/**
 * Splits parsed data files (by file name) into files without translations and one file per
 * language. Pure: the input is not changed. A value that is not an object (a file that is not
 * a story file) is passed on as it is.
 */
export function splitTranslations(files: Readonly<Record<string, unknown>>): SplitStory {
  const out: Record<string, unknown> = {};
  const translations: Partial<Record<TranslatedLanguage, TranslationFile>> = {};
  for (const [file, value] of Object.entries(files)) {
    if (!isObject(value)) {
      out[file] = value;
      continue;
    }
    const copy = structuredClone(value);
    for (const [id, holder] of translatable(copy)) {
      const inline = holder.translations as Json;
      for (const language of TRANSLATED_LANGUAGES) {
        const translation = inline[language];
        if (!isObject(translation)) continue;
        const target = (translations[language] ??= { version: TRANSLATION_FILE_VERSION, language, files: {} });
        (target.files[file] ??= {})[id] = translation;
        delete inline[language];
      }
      // Anything else there (a language we do not know) stays, for validation to report.
      if (Object.keys(inline).length === 0) delete holder.translations;
    }
    out[file] = copy;
  }
  const story = out[STORY_FILE];
  const languages = Object.keys(translations) as TranslatedLanguage[];
  if (isObject(story) && languages.length > 0) out[STORY_FILE] = { [TRANSLATION_FILES_KEY]: translationFileNames(languages), ...story };
  return { files: out, translations };
}

/** Where each language's file is, relative to data/: `i18n/he.json`. */
export function translationFileNames(languages: readonly TranslatedLanguage[]): Partial<Record<TranslatedLanguage, string>> {
  return Object.fromEntries(languages.map((language) => [language, `${TRANSLATIONS_FOLDER}/${language}.json`]));
}

/**
 * The language files a story.json names (the built data/), relative to data/; empty for
 * data/ in the repository's format, or anything unreadable, which validation reports.
 */
export function listedTranslationFiles(story: FileInput | undefined): Partial<Record<TranslatedLanguage, string>> {
  const value = parsed(story);
  const listed = isObject(value) ? value[TRANSLATION_FILES_KEY] : undefined;
  if (!isObject(listed)) return {};
  const safe: Partial<Record<TranslatedLanguage, string>> = {};
  for (const language of TRANSLATED_LANGUAGES) {
    const name = listed[language];
    // Only a file inside data/: the list is data, and data does not choose where we fetch from.
    if (typeof name === 'string' && /^[\w-]+(\/[\w-]+)*\.json$/.test(name)) safe[language] = name;
  }
  return safe;
}

/** A language file as fetched; null when it is not one (it is then left out, and its language shows in English). */
export function readTranslationFile(input: FileInput | undefined): TranslationFile | null {
  const value = parsed(input);
  if (!isObject(value) || value.version !== TRANSLATION_FILE_VERSION || !isObject(value.files)) return null;
  if (!(TRANSLATED_LANGUAGES as readonly unknown[]).includes(value.language)) return null;
  return value as unknown as TranslationFile;
}

/**
 * Puts the languages' translations back into the files, in the repository's format. A file
 * that gains nothing is passed on untouched, bytes and all, so validation locates its problems
 * by line and column exactly as in the editors' copy; a file that is not JSON is left for
 * validation to report. A translation already inline wins over the language file's, and an
 * entry the language file names but the data no longer has is skipped.
 */
export function mergeTranslations(
  files: Readonly<Record<string, FileInput>>,
  languageFiles: readonly TranslationFile[],
): Record<string, FileInput> {
  const out: Record<string, FileInput> = { ...files };
  for (const [file, input] of Object.entries(files)) {
    const wanted = languageFiles.filter((languageFile) => isObject(languageFile.files[file]));
    const isStory = file === STORY_FILE;
    if (wanted.length === 0 && !isStory) continue;
    const value = parsed(input);
    if (!isObject(value)) continue;
    if (isStory && !(TRANSLATION_FILES_KEY in value) && wanted.length === 0) continue;
    delete value[TRANSLATION_FILES_KEY];
    const byId = new Map(entriesById(value));
    for (const { language, files: byFile } of wanted)
      for (const [id, translation] of Object.entries(byFile[file]!)) {
        const holder = byId.get(id);
        if (!holder || !isObject(translation)) continue;
        const inline = (isObject(holder.translations) ? holder.translations : (holder.translations = {})) as Translations;
        inline[language] ??= translation;
      }
    out[file] = { text: JSON.stringify(value) };
  }
  return out;
}

/** Every entry of the file's top-level lists by id (a feature by its properties' id), and the file itself as ''. */
function entriesById(data: Json): [string, Json][] {
  const found: [string, Json][] = [['', data]];
  for (const value of Object.values(data)) {
    if (!Array.isArray(value)) continue;
    for (const item of value) {
      if (!isObject(item)) continue;
      if (typeof item.id === 'string') found.push([item.id, item]);
      else if (isObject(item.properties) && typeof item.properties.id === 'string') found.push([item.properties.id, item.properties]);
    }
  }
  return found;
}

/** The JSON value of a fetched file, or undefined when it cannot be read as JSON. */
function parsed(input: FileInput | undefined): unknown {
  if (!input || 'unreadable' in input) return undefined;
  try {
    const text = 'text' in input ? input.text : new TextDecoder('utf-8', { fatal: true }).decode(input.bytes);
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
