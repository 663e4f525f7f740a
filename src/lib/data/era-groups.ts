/** Events grouped under the era they fall in, for the phone list and the text version. */
import type { EraModel, EventModel } from './model.ts';

export interface EraGroup {
  /** Null for events outside every era. */
  era: EraModel | null;
  events: EventModel[];
}

/** `events` and `eras` sorted by date; an event belongs to the era its start falls in. */
export function groupByEra(events: readonly EventModel[], eras: readonly EraModel[]): EraGroup[] {
  const groups: EraGroup[] = [];
  let current: EraGroup | undefined;
  for (const event of events) {
    const era =
      eras.find((candidate) => event.startDate.start >= candidate.startDate.start && event.startDate.start < candidate.endDate.end) ?? null;
    if (!current || current.era !== era) {
      current = { era, events: [] };
      groups.push(current);
    }
    current.events.push(event);
  }
  return groups;
}
