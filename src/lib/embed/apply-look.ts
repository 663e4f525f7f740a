/**
 * Applies a newsroom's look from the page options to the root element, before the first
 * paint: forced light or dark, accent colour and font stack. Through the CSSOM only, which
 * a strict Content-Security-Policy allows (style attributes written as text it would not).
 */
import type { PageOptions } from './options.ts';

/**
 * Returns once the look is applied: at once, or, for a page that sets an accent colour, once
 * the colour has been checked. The check's code comes only to those pages: the rest never
 * use it, and the first download has a size limit.
 */
export async function applyLook(root: HTMLElement, options: PageOptions, prefersDark: boolean): Promise<void> {
  if (options.embedded) root.setAttribute('data-embed', '');
  if (options.theme) root.setAttribute('data-theme', options.theme);
  if (options.font) root.style.setProperty('--font-body', options.font);
  if (!options.accent) return;
  (await import('./accent.ts')).applyAccent(root, options.accent, options.theme ?? (prefersDark ? 'dark' : 'light'));
}
