/**
 * Fetches data/*.json from the page's own origin and validates it with the same code as
 * `npm run check:data`. Never throws: a network failure becomes a located problem too.
 */
import { DATA_FILES } from './schema.ts';
import { validateStory, type FileInput, type ValidationResult } from './validate.ts';

export async function loadStory(baseUrl: URL | string = new URL('data/', document.baseURI), fetchImpl: typeof fetch = fetch): Promise<ValidationResult> {
  const entries = await Promise.all(DATA_FILES.map(async (file) => [file, await fetchFile(new URL(file, baseUrl), fetchImpl)] as const));
  return validateStory(Object.fromEntries(entries));
}

async function fetchFile(url: URL, fetchImpl: typeof fetch): Promise<FileInput> {
  try {
    // Default caching, so the preloaded copy from index.html is reused; the server's
    // Cache-Control decides how fast an editor's replaced file reaches readers.
    const response = await fetchImpl(url);
    if (!response.ok) return { unreadable: `the server answered ${response.status} ${response.statusText}`.trim() };
    return { text: await response.text() };
  } catch (error) {
    return { unreadable: `the request failed (${error instanceof Error ? error.message : String(error)})` };
  }
}
