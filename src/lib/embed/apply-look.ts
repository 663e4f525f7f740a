/**
 * Applies a newsroom's look from the page options to the root element, before the first
 * paint: forced light or dark, accent colour and font stack. Through the CSSOM only, which
 * a strict Content-Security-Policy allows (style attributes written as text it would not).
 */
import type { PageOptions } from './options.ts';
import { usableAccent } from './accent.ts';

export function applyLook(root: HTMLElement, options: PageOptions, prefersDark: boolean) {
  if (options.embedded) root.setAttribute('data-embed', '');
  if (options.theme) root.setAttribute('data-theme', options.theme);
  const scheme = options.theme ?? (prefersDark ? 'dark' : 'light');
  if (options.accent) {
    if (usableAccent(options.accent, scheme)) root.style.setProperty('--color-accent', options.accent);
    else console.warn(`The accent colour ${options.accent} has too little contrast with the ${scheme} page; keeping the story's own.`);
  }
  if (options.font) root.style.setProperty('--font-body', options.font);
}
