/**
 * The countries' names on the map, from countries.json: which are written (a disputed area's
 * policy may say not), in the reader's language, in which type, and broken onto two lines
 * when a name is too long for the map (Palestinian territories). Pure, so layout.ts can place
 * them among the places' labels and the tests need no browser.
 */
import type { CountryData } from '../data/schema.ts';
import { FOCUS_COUNTRIES } from './basemap.ts';

export interface CountryLabel {
  id: string;
  name: string;
  lonLat: readonly [number, number];
  /** Where else the name may go when `lonLat` has no room, in order (countries.json's labelAlsoAt). */
  alsoAt?: readonly (readonly [number, number])[];
  /** Turkey or Israel: emphasised, and placed before any other label. */
  focus?: boolean;
}

/** Type sizes in CSS pixels; CountryLabels.svelte draws with the same numbers. */
export const COUNTRY_FONT = {
  focus: { size: 12, weight: 700, italic: false, tracking: 0.12 },
  other: { size: 11, weight: 600, italic: false, tracking: 0.08 },
} as const;

/** Wider names wrap onto a second line. */
export const COUNTRY_LABEL_MAX_WIDTH = 104;

const FOCUS_NAMES: readonly string[] = Object.values(FOCUS_COUNTRIES);

export function countryLabels(countries: readonly CountryData[], labelOf: (country: CountryData) => string): CountryLabel[] {
  return countries
    .filter((country) => country.disputed?.labelled !== false)
    .map((country) => ({
      id: country.id,
      name: labelOf(country),
      lonLat: country.labelAt,
      alsoAt: country.labelAlsoAt,
      focus: country.name !== undefined && FOCUS_NAMES.includes(country.name),
    }));
}

/**
 * A name as one line, or two split at the space nearest its middle when it is wider than
 * `maxWidth` by `measure`. A single word stays whole: layout.ts hides it rather than cut it.
 */
export function wrapLabel(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  if (measure(text) <= maxWidth) return [text];
  const spaces = [...text.matchAll(/ /g)].map((match) => match.index);
  if (spaces.length === 0) return [text];
  const middle = text.length / 2;
  const at = spaces.reduce((best, index) => (Math.abs(index - middle) < Math.abs(best - middle) ? index : best));
  return [text.slice(0, at), text.slice(at + 1)];
}
