/**
 * The story page's own URL at a given view: what a shared link and an embed's credit line
 * point to. Pure, so the page, the share dialog and an embed build it alike.
 */

/** Query parameters that belong to one embedding (ours and pym.js's), never to a shared link. */
const EMBEDDING_PARAMS = ['embed', 'title', 'childId', 'initialWidth', 'parentTitle', 'parentUrl', 'host'];

/** The story page itself at this view: what the embed's credit line links to. */
export function pageUrlOf(location: string, hash: string): string {
  return `${tidy(pageUrlWithoutView(location, hash))}${hash}`;
}

/** The page's URL without its fragment and without the parameters of one embedding. */
export function pageUrlWithoutView(location: string, hash: string): URL {
  const url = new URL(location);
  url.hash = '';
  for (const name of EMBEDDING_PARAMS) url.searchParams.delete(name);
  // The view's own `lang` wins over the query's: say it once.
  if (/(^#|&)lang=/.test(hash)) url.searchParams.delete('lang');
  return url;
}

/** `https://x.test/story/?` reads better as `https://x.test/story/`. */
export function tidy(url: URL): string {
  return url.search === '' || url.search === '?' ? `${url.origin}${url.pathname}` : `${url.origin}${url.pathname}${url.search}`;
}
