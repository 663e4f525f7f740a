/**
 * The story's events as TimelineJS 3 JSON, for the benchmark's TimelineJS peer: the same
 * events (English text, dates to the precision written), eras as TimelineJS eras and
 * categories as its groups. Plain data in, plain data out; no validation (the peer is a
 * floor, not a second app).
 * https://timeline.knightlab.com/docs/json-format.html
 */

interface StoryEvent {
  id: string;
  date: string;
  end?: string;
  title: string;
  summary: string;
  category: string;
}
interface StoryEra {
  name: string;
  start: string;
  end: string;
}
interface StoryCategory {
  id: string;
  name: string;
}

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsStory {
  events: {
    unique_id: string;
    start_date: TimelineJsDate;
    end_date?: TimelineJsDate;
    text: { headline: string; text: string };
    group: string;
  }[];
  eras: { start_date: TimelineJsDate; end_date: TimelineJsDate; text: { headline: string } }[];
}

/** "2010", "2010-05" or "2010-05-31" as TimelineJS's date object, to the same precision. */
export function timelineJsDate(iso: string): TimelineJsDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year!, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

export function toTimelineJs(files: {
  events: { events: StoryEvent[] };
  eras: { eras: StoryEra[] };
  categories: { categories: StoryCategory[] };
}): TimelineJsStory {
  const groupOf = new Map(files.categories.categories.map((category) => [category.id, category.name]));
  return {
    events: files.events.events.map((event) => ({
      unique_id: event.id,
      start_date: timelineJsDate(event.date),
      ...(event.end ? { end_date: timelineJsDate(event.end) } : {}),
      text: { headline: event.title, text: event.summary },
      group: groupOf.get(event.category) ?? event.category,
    })),
    eras: files.eras.eras.map((era) => ({
      start_date: timelineJsDate(era.start),
      end_date: timelineJsDate(era.end),
      text: { headline: era.name },
    })),
  };
}
