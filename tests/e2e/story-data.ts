/** The bundled story as the tests see it, read from the running server like the app does. */
import type { APIRequestContext } from '@playwright/test';

export interface RawEvent {
  id: string;
  date: string;
  end?: string;
  title: string;
  themes: string[];
  places: string[];
}

/** Midnight UTC of the first and the day after the last day an ISO date covers. */
export function span(iso: string): [number, number] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
  if (d) return [Date.UTC(y, m! - 1, d), Date.UTC(y, m! - 1, d + 1)];
  if (m) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
}

/** Events in date order, as readers should meet them. */
export async function eventsInDateOrder(request: APIRequestContext): Promise<RawEvent[]> {
  const { events } = (await (await request.get('./data/events.json')).json()) as { events: RawEvent[] };
  return [...events].sort((a, b) => {
    const [as, ae] = span(a.date);
    const [bs, be] = span(b.date);
    return as - bs || ae - be || a.id.localeCompare(b.id);
  });
}
