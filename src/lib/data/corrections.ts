/**
 * The corrections log's links: each entry in the footer's list gets an id of its own, and an
 * event with an entry links to it from its details ("Corrected").
 */
import type { StoryData } from './schema.ts';

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
