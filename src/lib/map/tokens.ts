/**
 * The map's colours, named after the custom properties in app.css that define them, in light
 * and dark. MapLibre's style cannot read CSS, so MapView reads them through the same code as
 * the timeline's canvas (theme/colour-tokens.ts) and writes them into the style.
 */
import { readColourTokens } from '../theme/colour-tokens.ts';

export const MAP_TOKEN_PROPERTIES = {
  water: '--map-water',
  land: '--map-land',
  landFocus: '--map-land-focus',
  border: '--map-border',
  label: '--map-label',
  halo: '--map-label-halo',
  turkey: '--color-turkey',
  israel: '--color-israel',
} as const;

export type MapTokens = Record<keyof typeof MAP_TOKEN_PROPERTIES, string>;

export function readMapTokens(style: Pick<CSSStyleDeclaration, 'getPropertyValue' | 'colorScheme'>, prefersDark: boolean): MapTokens {
  return readColourTokens(MAP_TOKEN_PROPERTIES, style, prefersDark);
}
