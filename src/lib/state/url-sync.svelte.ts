/**
 * Keeps the app state and the URL fragment in step: the hash is read on load and on
 * back/forward, and written when the reader changes the view. A change of selection adds a
 * history entry (so Back returns to the previous event); filters and the window replace it.
 */
import type { AppState } from './app-state.svelte.ts';
import { parseUrlState, serializeUrlState, type UrlState } from './url-state.ts';

const DAY_MS = 86_400_000;

export function toUrlState(state: AppState): UrlState {
  const url: UrlState = {};
  if (state.selection?.kind === 'event') url.event = state.selection.id;
  if (state.selection?.kind === 'place') url.place = state.selection.id;
  if (state.activeThemes.length) url.themes = [...state.activeThemes];
  // The URL names the last day shown; the state's end is exclusive.
  if (state.window) url.window = [isoDay(state.window[0]), isoDay(state.window[1] - DAY_MS)];
  if (state.language !== 'en') url.lang = state.language;
  return url;
}

/** Applies a parsed URL to the state; unknown ids fall back to the story's default view. */
export function applyUrlState(state: AppState, url: UrlState) {
  if (url.event && state.eventById.has(url.event)) state.selectEvent(url.event);
  else if (url.place && state.placeById.has(url.place)) state.selectPlace(url.place);
  else state.selectEvent(state.model.story.defaultEvent);
  state.setThemes(url.themes ?? []);
  if (url.window) {
    const start = Date.parse(`${url.window[0]}T00:00:00Z`);
    const end = Date.parse(`${url.window[1]}T00:00:00Z`) + DAY_MS;
    state.setWindow(Number.isFinite(start) && Number.isFinite(end) && end > start ? [start, end] : null);
  } else state.setWindow(null);
  if (url.lang) void state.setLanguage(url.lang);
}

/** Call once from a component's script: wires the effects and returns nothing to clean up by hand. */
export function syncStateWithUrl(state: AppState) {
  let appliedHash = location.hash;
  applyUrlState(state, parseUrlState(appliedHash));
  let lastSelection = JSON.stringify(state.selection);

  $effect(() => {
    const hash = serializeUrlState(toUrlState(state));
    const selection = JSON.stringify(state.selection);
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
      applyUrlState(state, parseUrlState(appliedHash));
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
