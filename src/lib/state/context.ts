/** The app state travels by Svelte context, so containers share one instance without props. */
import { getContext, setContext } from 'svelte';
import type { AppState } from './app-state.svelte.ts';

const KEY = Symbol('app-state');

export function setAppState(state: AppState): AppState {
  return setContext(KEY, state);
}

export function getAppState(): AppState {
  const state = getContext<AppState | undefined>(KEY);
  if (!state) throw new Error('getAppState() was called outside <App>: the app state is provided by App.svelte.');
  return state;
}
