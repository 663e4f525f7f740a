/** Story text in the reader's language, falling back to English field by field. */
import type { Language } from '../data/schema.ts';

type Translatable = { translations?: Partial<Record<Exclude<Language, 'en'>, Record<string, unknown> | undefined>> };

export function localized<T extends Translatable, K extends keyof T & string>(entry: T, field: K, language: Language): T[K] {
  if (language === 'en') return entry[field];
  const translated = entry.translations?.[language]?.[field];
  return (typeof translated === 'string' && translated.length > 0 ? translated : entry[field]) as T[K];
}
