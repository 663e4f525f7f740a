/**
 * The names of the files in data/, apart from their schema: the page fetches them before it
 * loads the validation code (schema.ts and valibot), which it needs only once they arrive.
 */
export const STORY_FILE = 'story.json';
export const COLLECTION_FILES = {
  categories: 'categories.json',
  events: 'events.json',
  eras: 'eras.json',
  places: 'places.json',
  themes: 'themes.json',
  relations: 'relations.json',
  regions: 'regions.json',
} as const;
export const DATA_FILES: string[] = [STORY_FILE, ...Object.values(COLLECTION_FILES)];

/**
 * Files only the map reads, validated by check:data when present. The page does not fetch them
 * yet: a story without them (an older or synthetic data/) shows as before.
 */
export const MAP_FILES = { countries: 'countries.json' } as const;
