/**
 * The page's query parameters, as a newsroom sets them in its embed code:
 * `?embed&title&theme=dark&accent=%23005a9c&font=Georgia,serif&lang=tr`.
 * Pure and total: any query parses; a value we cannot use is dropped, never thrown, so a
 * garbled link still shows the default story.
 */
import { LANGUAGES, type Language } from '../data/vocabulary.ts';

export interface PageOptions {
  /** Inside a newsroom's iframe: no page header or footer; the shell reports its height. */
  embedded: boolean;
  /** In embed mode, show the headline and standfirst anyway (`&title`). */
  showTitle: boolean;
  /** Forces light or dark; otherwise the reader's system preference. */
  theme?: 'light' | 'dark';
  /** The newsroom's accent colour, as `#rrggbb`. */
  accent?: string;
  /** The newsroom's font stack, as a CSS font-family list. */
  font?: string;
  lang?: Language;
  /** pym.js's Parent adds `childId`; its messages must carry it back. */
  childId?: string;
  /** The host page's origin, when the embed code names it: messages from elsewhere are ignored. */
  hostOrigin?: string;
  /** Which halves show (`?view=timeline`, `?view=map`); both unless a newsroom wants only one. */
  view: PageView;
}

export const PAGE_VIEWS = ['both', 'timeline', 'map'] as const;
export type PageView = (typeof PAGE_VIEWS)[number];

/** pym.js adds the host page's URL and title to the query, so allow for long ones; beyond this it is not a link. */
const MAX_QUERY_LENGTH = 16_000;
const HEX_COLOUR = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;
/** Family names, commas, spaces, quotes and hyphens: enough for any font stack, too little for CSS injection. */
const FONT_STACK = /^[\p{L}\p{N} ,'"_-]{1,160}$/u;
const CHILD_ID = /^[\w-]{1,64}$/;
const FLAG_OFF = new Set(['0', 'false', 'no', 'off']);

export function parsePageOptions(search: string): PageOptions {
  const options: PageOptions = { embedded: false, showTitle: false, view: 'both' };
  if (search.length > MAX_QUERY_LENGTH) return options;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return options;
  }
  options.embedded = flag(params, 'embed');
  options.showTitle = flag(params, 'title');

  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') options.theme = theme;

  const accent = params.get('accent')?.trim();
  const hex = accent ? HEX_COLOUR.exec(accent) : null;
  if (hex?.[1]) options.accent = `#${expandHex(hex[1].toLowerCase())}`;

  const font = params.get('font')?.trim();
  if (font && FONT_STACK.test(font) && balancedQuotes(font)) options.font = font;

  const lang = params.get('lang');
  if (lang && (LANGUAGES as readonly string[]).includes(lang)) options.lang = lang as Language;

  const childId = params.get('childId');
  if (childId && CHILD_ID.test(childId)) options.childId = childId;

  const view = params.get('view')?.trim().toLowerCase();
  if (view && (PAGE_VIEWS as readonly string[]).includes(view)) options.view = view as PageView;

  const host = params.get('host');
  const origin = host ? originOf(host) : null;
  if (origin) options.hostOrigin = origin;
  return options;
}

/** `?embed`, `?embed=1` and `?embed=true` are on; `?embed=0` is off. */
function flag(params: URLSearchParams, name: string): boolean {
  const value = params.get(name);
  return value !== null && !FLAG_OFF.has(value.trim().toLowerCase());
}

function expandHex(hex: string): string {
  return hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
}

function balancedQuotes(font: string): boolean {
  return (font.match(/"/g)?.length ?? 0) % 2 === 0 && (font.match(/'/g)?.length ?? 0) % 2 === 0;
}

/** Only http(s) origins, written as an origin: `https://news.example`. */
function originOf(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The reader's preferred language among ours, from navigator.languages: `tr-TR` → `tr`.
 * English when none of them is ours.
 */
export function preferredLanguage(browserLanguages: readonly string[]): Language {
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    // `iw` is the old code for Hebrew, still sent by some Android browsers.
    const code = primary === 'iw' ? 'he' : primary;
    if ((LANGUAGES as readonly string[]).includes(code)) return code as Language;
  }
  return 'en';
}
