/**
 * Whether a view shows story text from a translation no human has reviewed yet
 * (`"reviewed": false` in data/), so it can say so, once for the view rather than per field.
 */
import type { Language } from '../data/vocabulary.ts';

type Translatable = { translations?: Partial<Record<string, Record<string, unknown> | undefined>> };

/**
 * True when, in `language`, any of `fields` of any entry is shown from a translation marked
 * `reviewed: false`. A field the translation lacks shows in English and does not count, nor
 * does a translation whose review is not known (no `reviewed`), nor English.
 */
export function showsUnreviewedText(
  entries: readonly (Translatable | undefined)[],
  fields: readonly string[],
  language: Language,
): boolean {
  if (language === 'en') return false;
  return entries.some((entry) => {
    const translation = entry?.translations?.[language];
    return translation?.reviewed === false && fields.some((field) => typeof translation[field] === 'string' && translation[field] !== '');
  });
}
