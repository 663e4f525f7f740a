/**
 * Keeps the app state and the URL fragment in step: the hash is read on load and on
 * back/forward, and written when the reader changes the view. A change of selection adds a
 * history entry (so Back returns to the previous event); filters and the window replace it.
 *
 * A link may name an event the page's story index does not have yet (data/ updated without a
 * rebuild): the link waits for the full story, and the hash is left as it is until then. Only
 * an id the full story does not have either falls back to the default, and is reported.
 */
import { untrack } from 'svelte';
import type { AppState } from './app-state.svelte.ts';
import { parseUrlState, serializeUrlState, type UrlState } from './url-state.ts';
import { pageLanguage } from '../i18n/page-language.ts';
import type { Language } from '../data/vocabulary.ts';

const DAY_MS = 86_400_000;
/** The page's own language: English but on a language's page (index.he.html). */
const PAGE_LANGUAGE = (typeof document === 'object' && pageLanguage(document.documentElement)) || 'en';

/**
 * The view as the URL says it. The language is said when it is not the page's own (English,
 * or the language of a language's page such as index.he.html), so a link from the Hebrew page
 * in English opens in English.
 */
export function toUrlState(state: AppState, pageDefault: Language = PAGE_LANGUAGE): UrlState {
  const url: UrlState = {};
  if (state.selection?.kind === 'event') url.event = state.selection.id;
  if (state.selection?.kind === 'place') url.place = state.selection.id;
  if (state.activeThemes.length) url.themes = [...state.activeThemes];
  // The URL names the last day shown; the state's end is exclusive.
  if (state.window) url.window = [isoDay(state.window[0]), isoDay(state.window[1] - DAY_MS)];
  if (state.language !== pageDefault) url.lang = state.language;
  return url;
}

/** What became of the link's event or place: shown, awaited (the full story may have it), or not found. */
export interface LinkOutcome {
  /** The linked id, unknown to the partial story shown: nothing is selected until the full story comes. */
  awaiting?: string;
  /** The linked event id, unknown to the full story: the default event is shown instead. */
  notFound?: string;
}

/** Selects the link's event or place; unknown ids fall back to the default, unless the full story may still have them. */
export function selectFromUrl(state: AppState, url: UrlState): LinkOutcome {
  if (url.event && state.eventById.has(url.event)) state.selectEvent(url.event);
  else if (url.place && state.placeById.has(url.place)) state.selectPlace(url.place);
  else {
    const linked = url.event ?? url.place;
    if (linked && state.model.partial) return { awaiting: linked };
    state.selectEvent(state.model.story.defaultEvent);
    if (url.event) return { notFound: url.event };
  }
  return {};
}

/** Applies a parsed URL to the state; see `selectFromUrl` for the link's event or place. */
export function applyUrlState(state: AppState, url: UrlState): LinkOutcome {
  const outcome = selectFromUrl(state, url);
  state.setThemes(url.themes ?? []);
  if (url.window) {
    const start = Date.parse(`${url.window[0]}T00:00:00Z`);
    const end = Date.parse(`${url.window[1]}T00:00:00Z`) + DAY_MS;
    state.setWindow(Number.isFinite(start) && Number.isFinite(end) && end > start ? [start, end] : null);
  } else state.setWindow(null);
  if (url.lang) void state.setLanguage(url.lang);
  return outcome;
}

export interface UrlSyncOptions {
  /** A linked event is not in the full story: the page says so. */
  onLinkNotFound?: (id: string) => void;
}

/** Call once from a component's script: wires the effects and returns nothing to clean up by hand. */
export function syncStateWithUrl(state: AppState, options: UrlSyncOptions = {}) {
  /** The linked id waiting for the full story; the hash is not written meanwhile. */
  let awaiting = $state<string | null>(null);
  const apply = (hash: string) => {
    const outcome = applyUrlState(state, parseUrlState(hash));
    awaiting = outcome.awaiting ?? null;
    if (outcome.notFound) options.onLinkNotFound?.(outcome.notFound);
  };
  let appliedHash = location.hash;
  apply(appliedHash);
  let lastSelection = JSON.stringify(state.selection);

  // The full story has come: the awaited link is selected, or falls back and is reported. A
  // reader who chose something meanwhile keeps it.
  $effect(() => {
    if (state.model.partial || awaiting === null) return;
    untrack(() => {
      awaiting = null;
      if (state.selection !== null) return;
      const outcome = selectFromUrl(state, parseUrlState(appliedHash));
      if (outcome.notFound) options.onLinkNotFound?.(outcome.notFound);
    });
  });

  $effect(() => {
    const hash = serializeUrlState(toUrlState(state));
    const selection = JSON.stringify(state.selection);
    // The reader's link is kept, untouched, until the full story says whether it exists.
    if (awaiting !== null && state.selection === null) return;
    // Panning changes the window many times a second; browsers throttle history updates.
    const timer = setTimeout(() => {
      if (hash === location.hash) return;
      const url = `${location.pathname}${location.search}${hash}`;
      if (selection !== lastSelection) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
      lastSelection = selection;
    }, 150);
    return () => clearTimeout(timer);
  });

  $effect(() => {
    const onPop = () => {
      appliedHash = location.hash;
      apply(appliedHash);
      lastSelection = JSON.stringify(state.selection);
    };
    window.addEventListener('popstate', onPop);
    window.addEventListener('hashchange', onPop);
    // The fragment may have changed between the first read and now (an embedding page's
    // script hands the view back as the story starts): the event for it has been missed.
    if (location.hash !== appliedHash) onPop();
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('hashchange', onPop);
    };
  });
}

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
