/**
 * Turkish, Hebrew and Arabic catalogues are loaded on demand, each in its own small chunk:
 * an English reader downloads none of them, and a Turkish reader only Turkish.
 */
import type { Language } from '../data/schema.ts';
import { hasCatalogue, incompleteCatalogues, registerCatalogue, type Catalogue } from './messages.ts';

const modules = import.meta.glob<{ default: Catalogue }>('./catalogues/*.ts');
const loading = new Map<Language, Promise<void>>();

export function loadCatalogue(language: Language): Promise<void> {
  if (hasCatalogue(language)) return Promise.resolve();
  const load = modules[`./catalogues/${language}.ts`];
  // A language without a catalogue falls back to English, key by key, like a missing key.
  if (!load) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = load()
      .then((module) => registerCatalogue(language, module.default))
      .catch((error: unknown) => console.warn(`The ${language} interface text could not be loaded; showing English.`, error))
      .finally(() => loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}

/**
 * The rest of the interface text, on a page that opened with only its first draw's strings
 * (first-draw-text.ts). The page asks for it once the timeline is shown, with data/.
 */
export function completeInterfaceText(): Promise<void> {
  return Promise.all(incompleteCatalogues().map(loadCatalogue)).then(() => undefined);
}

/**
 * A later part's module (the map, the details, a notice…), once the rest of the interface
 * text is in too: its English strings come with its code (messages-map.ts…), and the reader's
 * language's must not come after them, or a Hebrew page would show English for a moment.
 */
export async function withInterfaceText<T>(module: Promise<T>): Promise<T> {
  const [loaded] = await Promise.all([module, completeInterfaceText()]);
  return loaded;
}
