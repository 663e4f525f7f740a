/**
 * Fetches data/*.json from the page's own origin, each file with retries (fetch-with-retry.ts).
 * Never throws: a file that could not be fetched after its last try becomes a located problem
 * too, once validate.ts reads the result. Kept apart from the validation code so the page can
 * start these requests before that code has arrived.
 *
 * The built data/ ships each language's story text in a file of its own (split-translations.ts):
 * the languages asked for are fetched too, once story.json says where they are, and put back
 * inline, so callers always get files in the repository's format.
 */
import { DATA_FILES, MAP_FILES, STORY_FILE } from './data-files.ts';
import { FetchFailure, fetchWithRetry, type FetchWithRetryOptions, type RetryInfo } from './fetch-with-retry.ts';
import type { FileInput } from './read-file.ts';
import {
  listedTranslationFiles,
  mergeTranslations,
  readTranslationFile,
  type TranslatedLanguage,
  type TranslationFile,
} from './split-translations.ts';
import { TRANSLATED_LANGUAGES } from './vocabulary.ts';
import { fetchedAsBuilt, type Fingerprints } from './as-built.ts';

export { modelFromBuiltFiles } from './as-built.ts';
import { BUILT_FINGERPRINTS } from 'virtual:built-data';

export interface FetchStoryOptions extends Omit<FetchWithRetryOptions, 'onRetry'> {
  /** A file is being tried again: the page says what it is waiting for. */
  onRetry?: (file: string, retry: RetryInfo) => void;
  /** A file has arrived (or failed for good): the page stops waiting for it. */
  onSettled?: (file: string) => void;
  /**
   * The languages whose story text to fetch besides English: the reader's only, so no one
   * downloads text they will not read. Every language by default, as the editors' desk needs.
   */
  languages?: readonly TranslatedLanguage[];
}

export async function fetchStoryFiles(
  baseUrl: URL | string = new URL('data/', document.baseURI),
  options: FetchStoryOptions = {},
): Promise<Record<string, FileInput>> {
  return (await fetchStory(baseUrl, options)).files;
}

export interface FetchedStory {
  /** The files in the repository's format, translations merged. */
  files: Record<string, FileInput>;
  /**
   * True when every file arrived exactly as the build checked it (as-built.ts), so the model
   * can be built without validating again; false for files replaced or edited since, and
   * always in the dev server, whose files are the editors' own.
   */
  asBuilt: boolean;
}

/** fetchStoryFiles, saying also whether the files are the build's own. */
export async function fetchStory(
  baseUrl: URL | string = new URL('data/', document.baseURI),
  options: FetchStoryOptions = {},
  recorded: Fingerprints = BUILT_FINGERPRINTS,
): Promise<FetchedStory> {
  const { onRetry, onSettled, languages = TRANSLATED_LANGUAGES, ...retry } = options;
  const fetchOne = async (file: string) => {
    const input = await fetchFile(new URL(file, baseUrl), {
      ...retry,
      // An older data/ has no lines.json: a 404 there is an answer, so the map does not wait on retries.
      ...(OPTIONAL_FILES.has(file) ? { notFoundIsFinal: true } : {}),
      ...(onRetry ? { onRetry: (info) => onRetry(file, info) } : {}),
    });
    onSettled?.(file);
    return input;
  };
  const requests = new Map(DATA_FILES.map((file) => [file, fetchOne(file)]));
  // story.json is small and arrives first: the language files are asked for while the
  // larger files are still on their way.
  const translations = requests.get(STORY_FILE)!.then((story) => {
    const listed = listedTranslationFiles(story);
    return Promise.all(
      languages.flatMap((language) => {
        const name = listed[language];
        return name ? [fetchOne(name).then((input) => ({ name, input, file: languageFile(name, input) }))] : [];
      }),
    );
  });
  const entries = (await Promise.all([...requests].map(async ([file, request]) => [file, await request] as const))).filter(
    ([file, input]) => !(OPTIONAL_FILES.has(file) && 'notFound' in input),
  );
  const fetchedLanguages = await translations;
  const fetched = Object.fromEntries([...entries, ...fetchedLanguages.map(({ name, input }) => [name, input] as const)]);
  return {
    files: mergeTranslations(
      Object.fromEntries(entries),
      fetchedLanguages.flatMap(({ file }) => (file ? [file] : [])),
    ),
    asBuilt: await fetchedAsBuilt(fetched, recorded),
  };
}

/**
 * A language file that cannot be used costs only that language's story text, which then shows
 * in English, as a missing translation does; the interface stays in the reader's language.
 */
function languageFile(name: string, input: FileInput): TranslationFile | null {
  const file = readTranslationFile(input);
  if (!file)
    console.warn(
      `data/${name} could not be used (${'unreadable' in input ? input.unreadable : 'not a language file'}); its text shows in English.`,
    );
  return file;
}

async function fetchFile(url: URL, options: FetchWithRetryOptions): Promise<FileInput> {
  try {
    // Default caching, so a preloaded copy is reused; the server's Cache-Control decides how
    // fast an editor's replaced file reaches readers. Bytes, not text: decoding them as text
    // would replace bytes that are not UTF-8 with "�" unseen, where validation decodes them
    // strictly and says where they are.
    const bytes = await fetchWithRetry(url, options);
    return { bytes };
  } catch (error) {
    if (!(error instanceof FetchFailure)) return { unreadable: String(error) };
    const unreadable = error.tries > 1 ? `${error.message} (tried ${error.tries} times)` : error.message;
    return error.status === 404 ? { unreadable, notFound: true } : { unreadable };
  }
}

/**
 * Files a story may go without (an older data/ has no lines.json): not found, they are left
 * out as if never written; any other fault is a problem, which costs the map.
 */
const OPTIONAL_FILES: ReadonlySet<string> = new Set(Object.values(MAP_FILES));

/** Files only the map needs: when one cannot be used, the map is not drawn and the rest of the story is. */
export const MAP_ONLY_FILES: readonly string[] = ['places.json', 'regions.json', 'lines.json'];

/** The map-only files a model was built without (validate.ts lists them in `unavailable`). */
export function unavailableMapFiles(unavailable: readonly string[] | undefined): string[] {
  return (unavailable ?? []).filter((file) => MAP_ONLY_FILES.includes(file));
}
