/**
 * The view as a URL fragment and back: `#event=gantz-visits-ankara&themes=gaza,trade`.
 * Pure and total: any string parses (unknown keys and garbage are dropped, never thrown),
 * and only our own keys are read or written.
 */
import { LANGUAGES, type Language } from '../data/vocabulary.ts';

export interface UrlState {
  event?: string;
  place?: string;
  themes?: string[];
  /** Timeline window as ISO days, start and end. */
  window?: [string, string];
  lang?: Language;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Longer values are not ours: ids are short, and a window is two dates. */
const MAX_VALUE_LENGTH = 200;
const MAX_THEMES = 32;

export function parseUrlState(hash: string): UrlState {
  const state: UrlState = {};
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text.length === 0 || text.length > 4000) return state;
  for (const pair of text.split('&')) {
    const equals = pair.indexOf('=');
    if (equals < 1) continue;
    const key = pair.slice(0, equals);
    const value = safeDecode(pair.slice(equals + 1));
    if (value === null || value.length > MAX_VALUE_LENGTH) continue;
    if (key === 'event' && ID.test(value)) state.event = value;
    else if (key === 'place' && ID.test(value)) state.place = value;
    else if (key === 'themes') {
      const themes = value
        .split(',')
        .filter((id) => ID.test(id))
        .slice(0, MAX_THEMES);
      if (themes.length) state.themes = [...new Set(themes)];
    } else if (key === 'window') {
      const [start, end] = value.split(',');
      if (start && end && DAY.test(start) && DAY.test(end) && start < end) state.window = [start, end];
    } else if (key === 'lang' && (LANGUAGES as readonly string[]).includes(value)) state.lang = value as Language;
  }
  return state;
}

export function serializeUrlState(state: UrlState): string {
  const parts: string[] = [];
  if (state.event) parts.push(`event=${encodeURIComponent(state.event)}`);
  if (state.place) parts.push(`place=${encodeURIComponent(state.place)}`);
  if (state.themes?.length) parts.push(`themes=${state.themes.map(encodeURIComponent).join(',')}`);
  if (state.window) parts.push(`window=${state.window[0]},${state.window[1]}`);
  if (state.lang) parts.push(`lang=${state.lang}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}
