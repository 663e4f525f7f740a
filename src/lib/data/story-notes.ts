/**
 * What the page says about the story's own text, beside it: that an event was corrected (with
 * a link to its entry in the footer's corrections log), and that a translation shown has not
 * yet been reviewed. One module for both, shared by the details, the text version and the
 * footer: each chunk those share costs the first download its name in a preload list.
 */
import type { StoryData } from './schema.ts';
import type { Language } from './vocabulary.ts';

type Correction = Pick<StoryData['corrections'][number], 'date' | 'event'>;

/**
 * One id per entry, in the log's order, made of what the entry says rather than where it is:
 * `correction-2026-12-05-low-chair-incident`, or `…-story` for one about the story as a whole.
 * A link to an entry then still reaches it when entries are added or reordered. Two entries
 * alike get `-2`, `-3`… in the log's order.
 */
export function correctionIds(corrections: readonly Correction[]): string[] {
  const seen = new Map<string, number>();
  return corrections.map(({ date, event }) => {
    const base = `correction-${date}-${event ?? 'story'}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

/**
 * The entry each corrected event links to, with its date: its latest (by date, then the
 * later in the log), which says what the event says now.
 */
export function correctionsByEvent(corrections: readonly Correction[]): Map<string, { id: string; date: string }> {
  const ids = correctionIds(corrections);
  const byEvent = new Map<string, { id: string; date: string }>();
  corrections.forEach(({ date, event }, index) => {
    if (!event) return;
    const known = byEvent.get(event);
    if (!known || date >= known.date) byEvent.set(event, { id: ids[index]!, date });
  });
  return byEvent;
}

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
