/**
 * The story from data/ files that are byte for byte the ones the build checked: their
 * fingerprints match those it recorded (scripts/vite-plugin-story-data.ts). Such files need no
 * second check, so the page builds the model without the validation code (schema, valibot,
 * located messages), which a reader of the published story then never downloads. Anything else,
 * a file an editor replaced or edited after the build included, goes through validate.ts.
 *
 * validate.ts stays the judge: the build records fingerprints only when this model and
 * validate.ts's are equal for the same files, so a story that validation would mend or trim
 * is always validated in the page too.
 */
import { STORY_FILE } from './data-files.ts';
import type { FileInput } from './read-file.ts';
import type { StoryModel } from './model.ts';
import type {
  CategoryData,
  CountryData,
  EraData,
  EventData,
  LineData,
  PlaceData,
  RegionData,
  RelationSideData,
  StoryData,
  ThemeData,
} from './schema.ts';
import { compareEras, compareEvents, endOf, eraModel, eventModel, relationSideModel } from './model-entries.ts';

/** The build's fingerprint of each file it shipped in data/, by name (data/i18n/ included). */
export type Fingerprints = Readonly<Record<string, string>>;

/**
 * A file's fingerprint: the start of its SHA-256, enough to tell an edited file from the
 * build's own. Null where the browser offers no digest (a page served over plain HTTP), which
 * then validates every file.
 */
export async function fingerprintOf(bytes: Uint8Array): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest.subarray(0, 6), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Whether every fetched file is one the build recorded, unchanged: true only when each file
 * arrived as bytes whose fingerprint matches, and none the build shipped is missing (a
 * language's file, in data/i18n/, only for the readers who ask for it).
 */
export async function fetchedAsBuilt(fetched: Readonly<Record<string, FileInput>>, recorded: Fingerprints): Promise<boolean> {
  const shipped = Object.keys(recorded).filter((file) => !file.includes('/'));
  if (shipped.length === 0 || shipped.some((file) => !(file in fetched))) return false;
  for (const [file, input] of Object.entries(fetched)) {
    if (!(file in recorded) || !('bytes' in input)) return false;
    if ((await fingerprintOf(input.bytes)) !== recorded[file]) return false;
  }
  return true;
}

/** The model from the build's own files, in the repository's format once their translations are merged. */
export function modelFromBuiltFiles(files: Readonly<Record<string, FileInput | undefined>>): StoryModel {
  const json = (file: string): Record<string, unknown> | undefined => {
    const input = files[file];
    if (!input || 'unreadable' in input) return undefined;
    return JSON.parse('text' in input ? input.text : new TextDecoder().decode(input.bytes)) as Record<string, unknown>;
  };
  const list = <T>(file: string, key: string) => (json(file)?.[key] ?? []) as T[];
  const countries = list<CountryData>('countries.json', 'countries');
  const lines = list<LineData>('lines.json', 'features');
  return {
    story: json(STORY_FILE) as StoryData,
    categories: list<CategoryData>('categories.json', 'categories'),
    events: list<EventData>('events.json', 'events')
      .map((entry) => eventModel(entry, endOf(entry)))
      .sort(compareEvents),
    eras: list<EraData>('eras.json', 'eras').map(eraModel).sort(compareEras),
    places: list<PlaceData>('places.json', 'places'),
    themes: list<ThemeData>('themes.json', 'themes'),
    regions: list<RegionData>('regions.json', 'features'),
    relations: list<RelationSideData>('relations.json', 'sides').map((side) => relationSideModel(side)),
    ...(countries.length > 0 ? { countries } : {}),
    ...(lines.length > 0 ? { lines } : {}),
  };
}
