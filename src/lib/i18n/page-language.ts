/** The language of the page the app runs in, when the page is one language's own. */
import { LANGUAGES, type Language } from '../data/vocabulary.ts';

/**
 * The language a page is written in, when it is one language's own page (the build's
 * index.he.html says `<html lang="he" dir="rtl" data-page-language="he">`); null on the page
 * for every language (index.html, where the reader's browser decides), or for a value that is
 * not one of ours.
 */
export function pageLanguage(root: Pick<Element, 'getAttribute'>): Language | null {
  const value = root.getAttribute('data-page-language');
  return LANGUAGES.find((language) => language === value) ?? null;
}
