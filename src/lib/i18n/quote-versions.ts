/**
 * Which wording of a quote a reader sees. The English text is what an English-language
 * source published; a translation is shown beside it, never instead of it, unless the
 * translation is the speaker's own wording in the language they spoke (`quote.said`), which
 * then stands alone. Nothing is ever presented as words a speaker did not say.
 */
import type { Language } from '../data/vocabulary.ts';

export interface QuoteInput {
  quote: { text: string; speaker: string; said?: string | undefined };
  translations?: Partial<Record<Language, { quote?: string | undefined }>> | undefined;
}

export interface QuoteWording {
  text: string;
  /** BCP 47 language of the text, for `lang` and the reader's screen reader. */
  lang: string;
}

export interface QuoteVersions {
  /** The words as quoted: the source's English, or the original when the reader reads the language spoken. */
  quoted: QuoteWording;
  /** Our translation into the reader's language, shown beside and labelled as such; null when none. */
  translation: QuoteWording | null;
}

export function quoteVersions({ quote, translations }: QuoteInput, language: Language): QuoteVersions {
  const translated = language === 'en' ? undefined : translations?.[language]?.quote?.trim();
  if (!translated) return { quoted: { text: quote.text, lang: 'en' }, translation: null };
  if (quote.said !== undefined && primarySubtag(quote.said) === language)
    return { quoted: { text: translated, lang: quote.said }, translation: null };
  return { quoted: { text: quote.text, lang: 'en' }, translation: { text: translated, lang: language } };
}

const primarySubtag = (tag: string) => tag.split('-')[0]!.toLowerCase();
