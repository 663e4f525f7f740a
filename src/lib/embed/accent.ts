/**
 * A newsroom's accent colour is used for rules and marks, so it must stand out from the
 * page as a graphical object does under WCAG 2.1 (1.4.11: at least 3:1). One that would not
 * is refused, and the story keeps its own.
 */
import { BACKGROUNDS, MIN_NON_TEXT_CONTRAST, contrastRatio } from '../theme/contrast.ts';

export { BACKGROUNDS, contrastRatio, relativeLuminance } from '../theme/contrast.ts';

/** The accent if it has enough contrast against the background of the scheme in use. */
export function usableAccent(accent: string, scheme: 'light' | 'dark'): boolean {
  return contrastRatio(accent, BACKGROUNDS[scheme]) >= MIN_NON_TEXT_CONTRAST;
}

/** Sets the newsroom's accent on the root, or keeps the story's own and says why in the console. */
export function applyAccent(root: HTMLElement, accent: string, scheme: 'light' | 'dark') {
  if (usableAccent(accent, scheme)) root.style.setProperty('--color-accent', accent);
  else console.warn(`The accent colour ${accent} has too little contrast with the ${scheme} page; keeping the story's own.`);
}
