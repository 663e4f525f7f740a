/**
 * A language's own page (index.he.html…) carries the interface text of the first draw in
 * that language, as JSON beside the story index: the timeline draws in Hebrew without first
 * fetching the Hebrew catalogue, and the rest of the catalogue comes after the timeline is
 * shown, with the parts that use it (load-catalogue.ts, `completeInterfaceText`).
 */
import type { Language } from '../data/vocabulary.ts';
import { en, type Catalogue, type Message } from './messages.ts';

/** The id of the `<script type="application/json">` element that carries it. */
export const FIRST_DRAW_TEXT_ELEMENT_ID = 'interface-text';

/** What the page carries: the strings of the first draw (the keys of messages.ts's `en`) in one language. */
export interface FirstDrawText {
  language: Language;
  messages: Catalogue;
}

/** The first draw's strings of a full catalogue, for the build to write into the page. */
export function firstDrawText(language: Language, catalogue: Catalogue): FirstDrawText {
  const messages: Catalogue = {};
  for (const key of Object.keys(en) as (keyof typeof en)[]) if (catalogue[key] !== undefined) messages[key] = catalogue[key];
  return { language, messages };
}

/** The element's text, safe inside a `<script>` element. */
export function firstDrawTextScript(text: FirstDrawText): string {
  return `<script type="application/json" id="${FIRST_DRAW_TEXT_ELEMENT_ID}">${JSON.stringify(text).replace(/</g, '\\u003c')}</script>`;
}

const isMessage = (value: unknown): value is Message =>
  typeof value === 'string' || typeof (value as { other?: unknown } | null)?.other === 'string';

/**
 * The page's first-draw strings for `language`, or null: for another language, a missing or
 * hand-edited element, or anything but strings and plural forms. The app then loads the whole
 * catalogue before it draws, as on a page without them.
 */
export function readFirstDrawText(text: string | null | undefined, language: Language): Catalogue | null {
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as Partial<FirstDrawText>;
    const messages = parsed.messages as Record<string, unknown> | undefined;
    if (parsed.language !== language || typeof messages !== 'object' || messages === null) return null;
    return Object.values(messages).every(isMessage) ? (messages as Catalogue) : null;
  } catch {
    return null;
  }
}
