/**
 * Reads the page's colour tokens for what cannot read CSS itself: the timeline's canvas and
 * the map's style. app.css defines every token once, as a custom property holding
 * `light-dark(light, dark)`; a newsroom may override one with a plain colour (embed options).
 * A custom property's computed value is its text, so the light or dark side is picked here
 * by the colour scheme in force, the same way for the canvas and the map.
 */

export type ColourScheme = 'light' | 'dark';

/** What a token reads as when its property is missing: a neutral grey, never an invalid colour. */
export const UNREADABLE_COLOUR = '#808080';

/** The scheme in force: the root's computed `color-scheme` when it names one, else the reader's preference. */
export function schemeOf(colorScheme: string, prefersDark: boolean): ColourScheme {
  const schemes = colorScheme.split(/\s+/);
  const light = schemes.includes('light');
  const dark = schemes.includes('dark');
  if (dark && !light) return 'dark';
  if (light && !dark) return 'light';
  return prefersDark ? 'dark' : 'light';
}

/** Splits a function's arguments at top-level commas: `light-dark(rgb(1, 2, 3), #fff)` has two. */
function topLevelArguments(inside: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < inside.length; index++) {
    const char = inside[index];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(inside.slice(start, index).trim());
      start = index + 1;
    }
  }
  parts.push(inside.slice(start).trim());
  return parts;
}

/** A token's computed text as one colour for the scheme: either side of `light-dark()`, or the value as it is. */
export function colourForScheme(value: string, scheme: ColourScheme): string {
  const text = value.trim();
  const match = /^light-dark\((.*)\)$/s.exec(text);
  if (!match) return text || UNREADABLE_COLOUR;
  const [light = '', dark = ''] = topLevelArguments(match[1]!);
  return colourForScheme(scheme === 'dark' ? dark : light, scheme);
}

/** Reads each named custom property from a computed style, as colours for the scheme in force. */
export function readColourTokens<TName extends string>(
  properties: Readonly<Record<TName, string>>,
  style: Pick<CSSStyleDeclaration, 'getPropertyValue' | 'colorScheme'>,
  prefersDark: boolean,
): Record<TName, string> {
  const scheme = schemeOf(style.colorScheme, prefersDark);
  const entries = Object.entries<string>(properties).map(([name, property]) => [
    name,
    colourForScheme(style.getPropertyValue(property), scheme),
  ]);
  return Object.fromEntries(entries) as Record<TName, string>;
}
