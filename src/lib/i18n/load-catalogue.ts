/**
 * Turkish, Hebrew and Arabic catalogues are loaded on demand, each in its own small chunk:
 * an English reader downloads none of them, and a Turkish reader only Turkish.
 */
import type { Language } from '../data/schema.ts';
import { hasCatalogue, registerCatalogue, type Catalogue } from './messages.ts';

const modules = import.meta.glob<{ default: Catalogue }>('./catalogues/*.ts');

export async function loadCatalogue(language: Language): Promise<void> {
  if (hasCatalogue(language)) return;
  const load = modules[`./catalogues/${language}.ts`];
  // A language without a catalogue falls back to English, key by key, like a missing key.
  if (!load) return;
  try {
    registerCatalogue(language, (await load()).default);
  } catch (error) {
    console.warn(`The ${language} interface text could not be loaded; showing English.`, error);
  }
}
