/**
 * Fetches data/*.json from the page's own origin. Never throws: a network failure becomes
 * a located problem too, once validate.ts reads the result. Kept apart from the validation
 * code so the page can start these requests before that code has arrived.
 */
import { DATA_FILES } from './data-files.ts';
import type { FileInput } from './validate.ts';

export async function fetchStoryFiles(
  baseUrl: URL | string = new URL('data/', document.baseURI),
  fetchImpl: typeof fetch = fetch,
): Promise<Record<string, FileInput>> {
  const entries = await Promise.all(DATA_FILES.map(async (file) => [file, await fetchFile(new URL(file, baseUrl), fetchImpl)] as const));
  return Object.fromEntries(entries);
}

async function fetchFile(url: URL, fetchImpl: typeof fetch): Promise<FileInput> {
  try {
    // Default caching, so a preloaded copy is reused; the server's Cache-Control decides how
    // fast an editor's replaced file reaches readers.
    const response = await fetchImpl(url);
    if (!response.ok) return { unreadable: `the server answered ${response.status} ${response.statusText}`.trim() };
    // Bytes, not response.text(): that would replace bytes that are not UTF-8 with "�" unseen,
    // where validation decodes them strictly and says where they are.
    return { bytes: new Uint8Array(await response.arrayBuffer()) };
  } catch (error) {
    return { unreadable: `the request failed (${error instanceof Error ? error.message : String(error)})` };
  }
}
