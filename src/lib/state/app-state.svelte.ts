/**
 * The one app state: what is selected, which themes filter the story, the timeline's
 * window and the language. Everything else is derived from it. Views read it through
 * getAppState(); only these methods change it.
 */
import type { Language, PlaceData, ThemeData } from '../data/schema.ts';
import type { EventModel, StoryModel } from '../data/model.ts';
import type { Problem } from '../data/problems.ts';
import { loadCatalogue } from '../i18n/load-catalogue.ts';
import { Boot } from './boot.svelte.ts';

export type Selection = { kind: 'event'; id: string } | { kind: 'place'; id: string } | null;

import type { TimeWindow } from './time-window.ts';
export type { TimeWindow };

export class AppState {
  model = $state.raw<StoryModel>(null!);
  /** Non-fatal problems found in data/ (entries left out), shown as a notice. */
  problems = $state.raw<Problem[]>([]);
  selection = $state.raw<Selection>(null);
  /** Theme ids that filter the story; empty means every event matches. */
  activeThemes = $state.raw<readonly string[]>([]);
  /** Null means the whole story. */
  window = $state.raw<TimeWindow | null>(null);
  language = $state<Language>('en');
  /** The place under the pointer on the map, for linked hover. */
  hoveredPlaceId = $state<string | null>(null);
  /** What a polite live region reads out after a change of selection (see `announce`). */
  announcement = $state('');
  /** How far the page has started: each part's status (boot.svelte.ts). */
  readonly boot: Boot;

  /** `language` must already have its catalogue loaded (App waits for it). */
  constructor(model: StoryModel, problems: Problem[] = [], language: Language = 'en', boot: Boot = new Boot()) {
    this.model = model;
    this.problems = problems;
    this.language = language;
    this.boot = boot;
  }

  /** Takes a new model in place of the old: what the reader chose stays chosen where it still exists. */
  replaceModel(model: StoryModel, problems: Problem[]) {
    if (model === this.model && problems === this.problems) return;
    this.model = model;
    this.problems = problems;
  }

  /** Switches language once its interface text has arrived, so no string flashes in English. */
  async setLanguage(language: Language) {
    if (language === this.language) return;
    await loadCatalogue(language);
    this.language = language;
  }

  eventById = $derived(new Map(this.model.events.map((event) => [event.id, event])));
  placeById = $derived(new Map(this.model.places.map((place) => [place.id, place])));
  themeById = $derived(new Map(this.model.themes.map((theme) => [theme.id, theme])));
  categoryById = $derived(new Map(this.model.categories.map((category) => [category.id, category])));

  selectedEvent = $derived<EventModel | undefined>(this.selection?.kind === 'event' ? this.eventById.get(this.selection.id) : undefined);
  selectedPlace = $derived<PlaceData | undefined>(this.selection?.kind === 'place' ? this.placeById.get(this.selection.id) : undefined);

  /** Events listed by each place id. */
  eventsByPlace = $derived.by(() => {
    const byPlace = new Map<string, EventModel[]>();
    for (const event of this.model.events) {
      for (const place of event.places) {
        const list = byPlace.get(place);
        if (list) list.push(event);
        else byPlace.set(place, [event]);
      }
    }
    return byPlace;
  });

  /** Ids of events that match the theme filter (all of them when no theme is chosen). */
  matchingEventIds = $derived.by(() => {
    const active = new Set(this.activeThemes);
    const events =
      active.size === 0 ? this.model.events : this.model.events.filter((event) => event.themes.some((theme) => active.has(theme)));
    return new Set(events.map((event) => event.id));
  });

  /** Events to emphasise: the selected place's events, or else those matching the filter. */
  highlightedEventIds = $derived.by(() => {
    if (this.selectedPlace) return new Set((this.eventsByPlace.get(this.selectedPlace.id) ?? []).map((event) => event.id));
    return this.matchingEventIds;
  });

  /** Places to emphasise on the map: the selection's, or those of the chosen themes. */
  highlightedPlaceIds = $derived.by(() => {
    if (this.selectedEvent) return new Set(this.selectedEvent.places);
    if (this.selectedPlace) return new Set([this.selectedPlace.id]);
    const active = this.activeThemes.map((id) => this.themeById.get(id)).filter((theme): theme is ThemeData => theme !== undefined);
    return new Set(active.flatMap((theme) => theme.places));
  });

  selectEvent(id: string | null) {
    this.selection = id && this.eventById.has(id) ? { kind: 'event', id } : null;
  }

  selectPlace(id: string | null) {
    this.selection = id && this.placeById.has(id) ? { kind: 'place', id } : null;
  }

  clearSelection() {
    this.selection = null;
  }

  /** Moves the selection to the previous (-1) or next (+1) event in date order. */
  step(direction: -1 | 1) {
    const events = this.model.events;
    if (events.length === 0) return;
    const current = this.selectedEvent ? events.indexOf(this.selectedEvent) : direction === 1 ? -1 : events.length;
    const next = Math.min(events.length - 1, Math.max(0, current + direction));
    this.selectEvent(events[next]!.id);
  }

  toggleTheme(id: string) {
    if (!this.themeById.has(id)) return;
    this.activeThemes = this.activeThemes.includes(id) ? this.activeThemes.filter((theme) => theme !== id) : [...this.activeThemes, id];
  }

  setThemes(ids: readonly string[]) {
    this.activeThemes = ids.filter((id) => this.themeById.has(id));
  }

  setWindow(window: TimeWindow | null) {
    this.window = window;
  }

  /** Links hover between the map and the other views; null when the pointer leaves. */
  hoverPlace(id: string | null) {
    if (id !== this.hoveredPlaceId) this.hoveredPlaceId = id;
  }

  /** Text for the page's one polite live region: a view says what its change did, once. */
  announce(text: string) {
    this.announcement = text;
  }
}
