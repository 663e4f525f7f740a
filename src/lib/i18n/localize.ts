/** Story text in the reader's language, falling back to English field by field. */
import type { Language } from '../data/schema.ts';

type Translatable = { translations?: Partial<Record<Exclude<Language, 'en'>, Record<string, unknown> | undefined>> };

export function localized<T extends Translatable, K extends keyof T & string>(entry: T, field: K, language: Language): T[K] {
  return (translationOf(entry, field, language) ?? entry[field]) as T[K];
}

/** The field's translation into the language, if it has a non-empty one. */
function translationOf(entry: Translatable, field: string, language: Language): string | undefined {
  if (language === 'en') return undefined;
  const translated = entry.translations?.[language]?.[field];
  return typeof translated === 'string' && translated.length > 0 ? translated : undefined;
}

/**
 * The language a field is shown in: the reader's when translated, else English. Put it on
 * the element as `lang` so a screen reader pronounces an English fallback as English.
 */
export function languageOfField<T extends Translatable>(entry: T, field: keyof T & string, language: Language): Language {
  return translationOf(entry, field, language) === undefined ? 'en' : language;
}
