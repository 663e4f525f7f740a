/**
 * Fetches data/*.json from the page's own origin, each file with retries (fetch-with-retry.ts).
 * Never throws: a file that could not be fetched after its last try becomes a located problem
 * too, once validate.ts reads the result. Kept apart from the validation code so the page can
 * start these requests before that code has arrived.
 */
import { DATA_FILES } from './data-files.ts';
import { FetchFailure, fetchWithRetry, type FetchWithRetryOptions, type RetryInfo } from './fetch-with-retry.ts';
import type { FileInput } from './read-file.ts';

export interface FetchStoryOptions extends Omit<FetchWithRetryOptions, 'onRetry'> {
  /** A file is being tried again: the page says what it is waiting for. */
  onRetry?: (file: string, retry: RetryInfo) => void;
  /** A file has arrived (or failed for good): the page stops waiting for it. */
  onSettled?: (file: string) => void;
}

export async function fetchStoryFiles(
  baseUrl: URL | string = new URL('data/', document.baseURI),
  options: FetchStoryOptions = {},
): Promise<Record<string, FileInput>> {
  const { onRetry, onSettled, ...retry } = options;
  const entries = await Promise.all(
    DATA_FILES.map(async (file) => {
      const input = await fetchFile(new URL(file, baseUrl), { ...retry, ...(onRetry ? { onRetry: (info) => onRetry(file, info) } : {}) });
      onSettled?.(file);
      return [file, input] as const;
    }),
  );
  return Object.fromEntries(entries);
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
    return { unreadable: error.tries > 1 ? `${error.message} (tried ${error.tries} times)` : error.message };
  }
}

/** Files only the map needs: when one cannot be used, the map is not drawn and the rest of the story is. */
export const MAP_ONLY_FILES: readonly string[] = ['places.json', 'regions.json', 'lines.json'];

/** The map-only files a model was built without (validate.ts lists them in `unavailable`). */
export function unavailableMapFiles(unavailable: readonly string[] | undefined): string[] {
  return (unavailable ?? []).filter((file) => MAP_ONLY_FILES.includes(file));
}
