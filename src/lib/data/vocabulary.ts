/**
 * The fixed word lists of the story's data: languages, kinds of place, levels of diplomatic
 * representation. schema.ts builds on them and re-exports them; they live apart so the views
 * can use them without loading the schema and its validation library.
 */
export const LANGUAGES = ['en', 'tr', 'he', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];
export const TRANSLATED_LANGUAGES = ['tr', 'he', 'ar'] as const;

export const PLACE_KINDS = ['capital', 'city', 'site', 'region', 'sea'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Levels of diplomatic representation, highest first. */
export const REPRESENTATION_LEVELS = ['ambassador', 'minister', 'charge-d-affaires', 'lower', 'none'] as const;
export type RepresentationLevel = (typeof REPRESENTATION_LEVELS)[number];
