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
/**
 * Files only the map reads: optional, so a story without them (an older data/) shows as
 * before, with the map's country labels or the issues' lines left out.
 */
export const MAP_FILES = { countries: 'countries.json', lines: 'lines.json' } as const;
export const DATA_FILES: string[] = [STORY_FILE, ...Object.values(COLLECTION_FILES), ...Object.values(MAP_FILES)];
