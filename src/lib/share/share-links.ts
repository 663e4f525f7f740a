/**
 * The link and the embed code for the view a reader is looking at. Pure: built from the
 * page's URL and the view's fragment, so it is the same in the page and in an embed.
 */
import { escapeHtml } from '../format/escape-html.ts';
import { pageUrlWithoutView, tidy } from '../state/page-url.ts';

/** The attribute our parent script (embed.js) looks for, and the default key it keeps in the host's fragment. */
export const EMBED_ATTRIBUTE = 'data-turkey-israel-embed';
export const PARENT_SCRIPT = 'embed.js';
/** A first height for the frame before the story reports its own (about the desktop layout's). */
const INITIAL_HEIGHT = 900;

export interface ShareLinks {
  /** The story page itself, at this view. */
  pageUrl: string;
  /** The same view in embed mode. */
  embedUrl: string;
  /** The iframe plus our parent script, ready to paste. */
  embedCode: string;
}

/**
 * @param location the page's URL (inside an embed, the embed's own URL)
 * @param hash the view, as serializeUrlState() writes it (`#event=…`), or ''
 * @param title the story's title, for the iframe's accessible name
 * @param showTitle whether the embed shows the headline
 */
export function shareLinks(location: string, hash: string, title: string, showTitle = false): ShareLinks {
  const url = pageUrlWithoutView(location, hash);
  const pageUrl = `${tidy(url)}${hash}`;

  const embed = new URL(url);
  embed.search = '';
  const params = ['embed', ...(showTitle ? ['title'] : []), ...url.searchParams.toString().split('&').filter(Boolean)];
  const embedUrl = `${embed.origin}${embed.pathname}?${params.join('&')}${hash}`;
  const scriptUrl = new URL(PARENT_SCRIPT, embed).href;

  const embedCode =
    `<iframe src="${escapeHtml(embedUrl)}" title="${escapeHtml(title)}" ${EMBED_ATTRIBUTE} ` +
    `width="100%" height="${INITIAL_HEIGHT}" style="border:0;width:100%" loading="lazy" allow="clipboard-write"></iframe>\n` +
    `<script src="${escapeHtml(scriptUrl)}" async></script>`;
  return { pageUrl, embedUrl, embedCode };
}

/** Story titles come from data/: they go into the embed code as text, never as markup. */
export { escapeHtml as escapeAttribute };
