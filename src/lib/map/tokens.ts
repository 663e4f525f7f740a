/**
 * The map's colours, named after the CSS custom properties in app.css that define them
 * (in light and dark). MapLibre's style cannot read CSS, so MapView resolves these to
 * concrete colours at run time and writes them into the style.
 */
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

/** The light theme's values, used when a property cannot be read (and in tests). */
export const FALLBACK_TOKENS: MapTokens = {
  water: '#dbe7ef',
  land: '#f4f2ec',
  landFocus: '#e9e4d8',
  border: '#a9a59b',
  label: '#2b2e33',
  halo: '#ffffff',
  turkey: '#c62828',
  israel: '#1f5fbf',
};

/**
 * Reads every token through `read` (which returns a resolved colour for a custom property
 * name, or '' when it cannot), falling back token by token.
 */
export function resolveTokens(read: (property: string) => string): MapTokens {
  const entries = Object.entries(MAP_TOKEN_PROPERTIES).map(([name, property]) => {
    const value = read(property).trim();
    return [name, value || FALLBACK_TOKENS[name as keyof MapTokens]];
  });
  return Object.fromEntries(entries) as MapTokens;
}
