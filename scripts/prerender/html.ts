/** Small string helpers for the build's prerender: escaping, and the map's colours for a standalone SVG. */

export { escapeHtml } from '../../src/lib/format/escape-html.ts';

/**
 * Svelte's server output marks blocks with comments (`<!--[-->`, `<!--]-->`, `<!--[-1-->`) for
 * hydration. The prerendered page is replaced, never hydrated, so they are only bytes.
 */
export function stripHydrationMarkers(html: string): string {
  return html.replace(/<!--[[\]!\d-]*-->/g, '');
}

/**
 * The custom properties an SVG image needs, copied from the page's tokens (app.css, where
 * each colour is written once as `light-dark(light, dark)`) into a style the image can use
 * alone: the light values, and the dark ones under prefers-color-scheme. An image has no
 * access to the page's CSS, and light-dark() is newer than SVG-in-img support.
 */
export function tokenCss(css: string, names: readonly string[], selector = 'svg'): string {
  const light: string[] = [];
  const dark: string[] = [];
  for (const name of names) {
    const match = new RegExp(`${name.replace(/[-]/g, '\\-')}\\s*:\\s*([^;]+);`).exec(css);
    if (!match) throw new Error(`app.css does not define ${name}, which the static map uses.`);
    const value = match[1]!.trim();
    const pair = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(value);
    light.push(`${name}:${pair ? pair[1] : value}`);
    if (pair) dark.push(`${name}:${pair[2]}`);
  }
  const rules = `${selector}{${light.join(';')}}`;
  return dark.length ? `${rules}@media (prefers-color-scheme:dark){${selector}{${dark.join(';')}}}` : rules;
}
