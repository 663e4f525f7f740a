/**
 * The story index: the part of a validated story that the timeline draws first (ids, dates,
 * titles, categories, themes, eras, the relations track), in one language. Places wait for
 * data/: only the map and the details show them, and both wait for the full story.
 *
 * The build writes it into each language's page (index.html in English, index.he.html in
 * Hebrew…: scripts/vite-plugin-prerender.ts), with the texts in that language, so the timeline can
 * draw without waiting for data/ and without the validation code: both come once the timeline
 * is interactive, and the full story then takes the index's place (App.svelte). This is what
 * keeps the first download inside its size budget (tests/e2e/budget.spec.ts).
 *
 * The index is written by our own build from data/ that passed validation, so reading it back
 * checks only its outline: anything unexpected (a hand-edited page, an older format) makes
 * `readStoryIndex` return null, and the app falls back to loading data/ first.
 */
import { parseCalendarDate, type CalendarDate } from '../format/calendar-date.ts';
import type { EventModel, RelationSideModel, StoryModel } from './model.ts';
import type { RepresentationLevel } from './schema.ts';
import type { Language } from './vocabulary.ts';
import { localized } from '../i18n/localize.ts';

/** Bump when the shape changes: an index of another version is ignored. */
export const STORY_INDEX_VERSION = 5;
/** The id of the `<script type="application/json">` element that carries it. */
export const STORY_INDEX_ELEMENT_ID = 'story-index';

type Iso = string;
/** Tuples rather than objects: thousands of events repeat no key names. */
/** A key moment's row ends with `1` and its chart label (0 when it has none), so its label shows before the full story. */
export type EventRow = [
  id: string,
  date: Iso,
  end: Iso | 0,
  title: string,
  /** Positions in the index's `categories` and `themes`, not their ids: shorter, thousands of times over. */
  category: number,
  themes: number[],
  key?: 1 | 0,
  label?: string | 0,
];
export type EraRow = [id: string, name: string, start: Iso, end: Iso];
export type PeriodRow = [start: Iso, end: Iso | 0, level: RepresentationLevel];

export interface StoryIndex {
  version: typeof STORY_INDEX_VERSION;
  /** The language of every text in it: a page shows it only to readers of that language. */
  language: Language;
  story: Pick<StoryModel['story'], 'title' | 'dek' | 'byline' | 'published' | 'updated' | 'defaultEvent' | 'bounds' | 'focus'>;
  categories: [id: string, name: string, colour: string][];
  themes: [id: string, name: string, colour: string][];
  eras: EraRow[];
  relations: [id: string, name: string, periods: PeriodRow[]][];
  events: EventRow[];
}

export function toStoryIndex({ story, categories, themes, eras, relations, events }: StoryModel, language: Language = 'en'): StoryIndex {
  // Each text in the language, or in English where it has no translation, as the page shows it.
  const text = <T extends Parameters<typeof localized>[0], K extends keyof T & string>(entry: T, field: K) =>
    localized(entry, field, language);
  const categoryAt = new Map(categories.map((category, at) => [category.id, at]));
  const themeAt = new Map(themes.map((theme, at) => [theme.id, at]));
  return {
    version: STORY_INDEX_VERSION,
    language,
    story: {
      title: text(story, 'title'),
      dek: text(story, 'dek'),
      byline: story.byline,
      published: story.published,
      updated: story.updated,
      defaultEvent: story.defaultEvent,
      bounds: story.bounds,
      // The focus period shapes the timeline's first draw (its time scale).
      ...(story.focus ? { focus: story.focus } : {}),
    },
    categories: categories.map((category) => [category.id, text(category, 'name'), category.colour]),
    themes: themes.map((theme) => [theme.id, text(theme, 'name'), theme.colour]),
    eras: eras.map((era) => [era.id, text(era, 'name'), era.start, era.end]),
    relations: relations.map((side) => [
      side.id,
      text(side, 'name'),
      // Without the periods' notes, a fifth of the index: the timeline does not show them.
      side.periods.map((period) => [period.start, period.endDate?.iso ?? 0, period.level]),
    ]),
    events: events.map((event): EventRow => {
      const { id, date, end, key, label } = event;
      const category = categoryAt.get(event.category)!;
      const themes = event.themes.map((theme) => themeAt.get(theme)!);
      // Only rows that need them grow: thousands of ordinary events add nothing.
      const shown = text(event, 'title');
      return key || label
        ? [id, date, end ?? 0, shown, category, themes, key ? 1 : 0, label ? text(event, 'label') : 0]
        : [id, date, end ?? 0, shown, category, themes];
    }),
  };
}

/**
 * An index's text as the entry's own and, outside English, as its translation into the
 * index's language, so the views find it where they look for that language and mark it with
 * that `lang`. Whether a human has reviewed it the index does not say, so no `reviewed` mark:
 * the note on unreviewed text waits for the full story.
 */
function textsIn<F extends string>(language: Language, texts: Record<F, string>) {
  // The one place a translation lacks its `reviewed` mark; see above.
  return language === 'en' ? texts : { ...texts, translations: { [language]: texts as Record<F, string> & { reviewed: boolean } } };
}

/**
 * The index as a story model marked `partial`: every event, era, theme and category is there
 * with what the timeline shows, and what only the details, the map and the text version show
 * (places, summaries, sources, descriptions, outlines, translations) is empty.
 */
export function fromStoryIndex(index: StoryIndex): StoryModel {
  const language = index.language;
  const date = (iso: Iso): CalendarDate => {
    const parsed = parseCalendarDate(iso);
    if (!parsed) throw new Error(`not a date: ${iso}`);
    return parsed;
  };
  const events: EventModel[] = index.events.map(([id, iso, end, title, category, themes, key, label]) => ({
    id,
    date: iso,
    ...(end ? { end } : {}),
    ...(key ? { key: true } : {}),
    ...(label ? textsIn(language, { title, label }) : textsIn(language, { title })),
    summary: '',
    category: index.categories[category]![0],
    themes: themes.map((theme) => index.themes[theme]![0]),
    places: [],
    sources: [],
    startDate: date(iso),
    endDate: end ? date(end) : undefined,
  }));
  const relations: RelationSideModel[] = index.relations.map(([id, name, periods]) => ({
    id,
    ...textsIn(language, { name }),
    periods: periods.map(([start, end, level]) => ({
      start,
      level,
      sources: [],
      startDate: date(start),
      endDate: end ? date(end) : null,
    })),
  }));
  return {
    partial: true,
    story: { ...index.story, ...textsIn(language, { title: index.story.title, dek: index.story.dek }), credits: [], corrections: [] },
    categories: index.categories.map(([id, name, colour]) => ({ id, ...textsIn(language, { name }), colour, description: '' })),
    themes: index.themes.map(([id, name, colour]) => ({
      id,
      ...textsIn(language, { name }),
      colour,
      explainer: '',
      places: [],
      regions: [],
    })),
    places: [],
    eras: index.eras.map(([id, name, start, end]) => ({
      id,
      ...textsIn(language, { name }),
      start,
      end,
      description: '',
      startDate: date(start),
      endDate: date(end),
    })),
    relations,
    events,
    regions: [],
  };
}

/**
 * Reads the index the build put in the page; null when there is none, it is not one, or it is
 * in another language than the reader's (a `?lang=` on another language's page): the page then
 * loads data/ first, as it would without an index.
 */
export function readStoryIndex(json: string | null | undefined, language: Language = 'en'): StoryModel | null {
  if (!json) return null;
  try {
    const index = JSON.parse(json) as StoryIndex;
    if (index?.version !== STORY_INDEX_VERSION || !Array.isArray(index.events) || index.events.length === 0) return null;
    if (index.language !== language) return null;
    return fromStoryIndex(index);
  } catch {
    return null;
  }
}

/**
 * The index as the text of a `<script type="application/json">` element: `<` is escaped so
 * that no text in the story can close the element or open a comment.
 */
export function storyIndexScriptText(index: StoryIndex): string {
  return JSON.stringify(index).replace(/</g, '\\u003c');
}

/** True when two models would draw the same timeline: whether the page's index was current. */
export function sameStoryIndex(a: StoryModel, b: StoryModel): boolean {
  return JSON.stringify(toStoryIndex(a)) === JSON.stringify(toStoryIndex(b));
}
