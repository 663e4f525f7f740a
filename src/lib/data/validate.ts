/**
 * The boundary between editors' JSON and the app: file bytes in, a typed and normalized
 * StoryModel (dates parsed, events sorted, references resolved) plus located problems out.
 * Bad parts are left out and reported, losing as little as possible: an optional field, then
 * an entry, then a file the story can do without (places, regions, themes, eras, relations).
 * Only when the story itself, its events or its categories cannot be used is there no model.
 * Nothing downstream checks the data again.
 */
import {
  COLLECTIONS,
  STORY_FILE,
  type CategoryData,
  type CountryData,
  type CollectionName,
  type EraData,
  type EventData,
  type LineData,
  type PlaceData,
  type RegionData,
  type RelationSideData,
  type StoryData,
  type ThemeData,
} from './schema.ts';
import type { PathSegment, Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';
import { readCollection, readStoryFile, type CollectionRead, type FileInput, type Located, type ReadNotes } from './read-file.ts';
import { loadJsonScanner } from './parse-json.ts';
import { ReferenceCheck, type ReferenceTarget } from './references.ts';
import type { EditorialChecks } from './editorial-checks.ts';
import { parseCalendarDate, type CalendarDate } from '../format/calendar-date.ts';
import type { StoryModel, EventModel, EraModel, RelationSideModel } from './model.ts';
import { compareEras, compareEvents, eraModel, eventModel, periodModel, relationSideModel } from './model-entries.ts';

export type { FileInput } from './read-file.ts';
export { loadJsonScanner } from './parse-json.ts';

export interface ValidationResult {
  /** Null when the story, its events or its categories could not be used; then problems say why. */
  model: StoryModel | null;
  problems: Problem[];
  /**
   * True when a file needs the precise JSON scanner to locate its mistakes exactly and it was
   * not loaded: validateStoryFiles loads it and validates again; `await loadJsonScanner()` first
   * does the same for validateStory.
   */
  approximate?: true;
}

/**
 * validateStory, with the JSON scanner loaded only when a file needs it: what the page uses, so
 * that readers of a sound story never download it.
 */
export async function validateStoryFiles(files: Readonly<Record<string, FileInput | undefined>>): Promise<ValidationResult> {
  const first = validateStory(files);
  if (!first.approximate) return first;
  await loadJsonScanner();
  return validateStory(files);
}

/** Files without which there is no timeline to draw. */
const ESSENTIAL: readonly CollectionName[] = ['events', 'categories'];

export interface ValidationOptions {
  /** The country names in the base map (public/basemap), to check the names data/ uses; unchecked without. */
  basemapNames?: Iterable<string>;
  /**
   * Checks on what readers will see (editorial-checks.ts), for the editors' tools. The story page
   * leaves them out: they warn, change nothing it shows, and would cost every reader their code.
   */
  editorial?: EditorialChecks;
}

export function validateStory(files: Readonly<Record<string, FileInput | undefined>>, options: ValidationOptions = {}): ValidationResult {
  const notes: ReadNotes = {};
  const result = validate(files, notes, options);
  return notes.approximate ? { ...result, approximate: true } : result;
}

function validate(files: Readonly<Record<string, FileInput | undefined>>, notes: ReadNotes, options: ValidationOptions): ValidationResult {
  const problems: Problem[] = [];
  const report = (problem: Problem) => problems.push(problem);

  const story = readStoryFile(files[STORY_FILE], report, notes);
  const reads = {} as { [K in CollectionName]: CollectionRead | null };
  for (const name of Object.keys(COLLECTIONS) as CollectionName[])
    reads[name] = readCollection(name, files[COLLECTIONS[name].file], report, notes);
  if (!story || ESSENTIAL.some((name) => reads[name] === null)) return { model: null, problems };
  const rawEvents = files[COLLECTIONS.events.file];
  const read = (name: CollectionName): CollectionRead => reads[name] ?? { valid: [], rejected: [], leftOut: new Map() };

  const categories = uniqueById<CategoryData>('categories', read('categories').valid, report);
  const places = uniqueById<PlaceData>('places', read('places').valid, report);
  const regions = uniqueById<RegionData>('regions', read('regions').valid, report, (region) => region.properties.id);
  const themes = uniqueById<ThemeData>('themes', read('themes').valid, report);
  const eras = uniqueById<EraData>('eras', read('eras').valid, report);
  const events = uniqueById<EventData>('events', read('events').valid, report);
  const sides = uniqueById<RelationSideData>('relations', read('relations').valid, report);

  const targetOf = (name: CollectionName, what: string, ids: string[], essential = false): ReferenceTarget => ({
    what,
    file: COLLECTIONS[name].file,
    known: new Set(ids),
    leftOut: read(name).leftOut,
    unavailable: reads[name] === null,
    essential,
  });
  const placeTarget = targetOf(
    'places',
    'place',
    places.map((p) => p.entry.id),
  );
  const regionTarget = targetOf(
    'regions',
    'region',
    regions.map((r) => r.entry.properties.id),
  );
  const lines = uniqueById<LineData>('lines', read('lines').valid, report, (line) => line.properties.id);
  const linesGiven = files[COLLECTIONS.lines.file] !== undefined;
  const lineTarget = targetOf(
    'lines',
    'line',
    lines.map((l) => l.entry.properties.id),
  );
  const themeTarget = targetOf(
    'themes',
    'theme',
    themes.map((t) => t.entry.id),
  );
  const categoryTarget = targetOf(
    'categories',
    'category',
    categories.map((c) => c.entry.id),
    true,
  );
  const references = new ReferenceCheck();

  checkPlacesInBounds(places, story, report);

  // Names outside the base map would tint or label nothing; without the list, they stay unchecked.
  const basemapNames = options.basemapNames ? new Set(options.basemapNames) : undefined;
  const countryTarget: ReferenceTarget | undefined = basemapNames && {
    what: 'country',
    file: 'the base map (public/basemap)',
    known: basemapNames,
    leftOut: new Map(),
  };
  const countries = uniqueById<CountryData>('countries', read('countries').valid, report).map(({ entry, index }) => {
    if (!countryTarget || entry.name === undefined) return entry;
    const use = { file: 'countries.json', entryId: entry.id, by: 'country label', path: ['countries', index, 'name'] };
    if (references.has(entry.name, countryTarget, use)) return entry;
    const { name: _unknown, ...rest } = entry;
    return rest;
  });

  const checkedThemes = themes.map(({ entry: { lines: listedLines, ...entry }, index }) => {
    const use = { file: 'themes.json', entryId: entry.id, by: 'issue' };
    return {
      ...entry,
      places: references.keep(entry.places, placeTarget, { ...use, path: ['themes', index, 'places'] }),
      regions: references.keep(entry.regions, regionTarget, { ...use, path: ['themes', index, 'regions'] }),
      ...(entry.countries && countryTarget
        ? { countries: references.keep(entry.countries, countryTarget, { ...use, path: ['themes', index, 'countries'] }) }
        : {}),
      // Without lines.json at all (an older data/), the issues are drawn without their lines, unremarked.
      ...(listedLines && linesGiven
        ? { lines: references.keep(listedLines, lineTarget, { ...use, path: ['themes', index, 'lines'] }) }
        : {}),
    };
  });

  // Events left out for a problem of their own still get their references checked, so an
  // editor sees every problem in one run, not one per run.
  for (const { entry, index } of read('events').rejected) {
    const id = typeof entry.id === 'string' ? entry.id : `events[${index}]`;
    const use = { file: 'events.json', entryId: id, by: 'event', leftOut: true };
    if (Array.isArray(entry.places)) references.keep(entry.places, placeTarget, { ...use, path: ['events', index, 'places'] });
    if (Array.isArray(entry.themes)) references.keep(entry.themes, themeTarget, { ...use, path: ['events', index, 'themes'] });
  }

  const eventModels: EventModel[] = [];
  const leftOutEvents = new Map(read('events').leftOut);
  for (const { entry, index } of events) {
    const at = (...rest: PathSegment[]): PathSegment[] => ['events', index, ...rest];
    const use = { file: 'events.json', entryId: entry.id, by: 'event' };
    if (!references.has(entry.category, categoryTarget, { ...use, path: at('category') })) {
      leftOutEvents.set(entry.id, `events[${index}].category`);
      continue;
    }
    eventModels.push({
      ...eventModel(entry, checkEnd(entry, index, report)),
      places: references.keep(entry.places, placeTarget, { ...use, path: at('places') }),
      themes: references.keep(entry.themes, themeTarget, { ...use, path: at('themes') }),
    });
  }
  eventModels.sort(compareEvents);
  references.report(report);

  if (eventModels.length === 0) {
    report(noEvents(rawEvents, read('events')));
    return { model: null, problems };
  }
  let opening = story;
  if (!eventModels.some((event) => event.id === story.defaultEvent)) {
    opening = { ...story, defaultEvent: eventModels[eventModels.length - 1]!.id };
    const cause = leftOutEvents.get(story.defaultEvent);
    report({
      severity: cause ? 'warning' : 'error',
      file: STORY_FILE,
      path: ['defaultEvent'],
      message: cause
        ? `the default event "${story.defaultEvent}" was left out for its own problem (events.json ${cause}); the story opens on its latest event instead.`
        : `"${story.defaultEvent}" is not the id of an event in events.json; the story opens on its latest event instead.`,
      hint: cause
        ? 'Fix that event first.'
        : (didYouMean(
            story.defaultEvent,
            eventModels.map((e) => e.id),
          ) ?? 'Use the id of the event to open first.'),
    });
  }

  const eraModels = checkEras(eras, report);
  const relationModels = checkRelations(sides, report);

  options.editorial?.({ story, categories, events, eras, places, themes, sides, lines }, report);

  const unavailable = (Object.keys(COLLECTIONS) as CollectionName[])
    .filter((name) => reads[name] === null)
    .map((name) => COLLECTIONS[name].file);
  const model: StoryModel = {
    story: checkStoryReferences(opening, eventModels, report),
    categories: categories.map((c) => c.entry),
    events: eventModels,
    eras: eraModels,
    places: places.map((p) => p.entry),
    themes: checkedThemes,
    regions: regions.map((r) => r.entry),
    relations: relationModels,
    ...(countries.length > 0 ? { countries } : {}),
    ...(lines.length > 0 ? { lines: lines.map((l) => l.entry) } : {}),
    ...(unavailable.length > 0 ? { unavailable } : {}),
  };
  return { model, problems };
}

/** An end before the start is dropped: the event still shows, on its start date. */
function checkEnd(entry: EventData, index: number, report: (p: Problem) => void): CalendarDate | undefined {
  if (entry.end === undefined) return undefined;
  const until = parseCalendarDate(entry.end)!;
  if (until.end > parseCalendarDate(entry.date)!.start) return until;
  report({
    severity: 'warning',
    file: 'events.json',
    path: ['events', index, 'end'],
    entryId: entry.id,
    message: `the end date "${entry.end}" is before the start date "${entry.date}". The event shows as a single date.`,
    hint: 'Swap them, or remove "end" for a one-day event.',
  });
  return undefined;
}

/** Why there is no event to show: an empty list says so plainly, apart from entries that were all left out. */
function noEvents(input: FileInput | undefined, read: CollectionRead): Problem {
  const total = read.valid.length + read.rejected.length;
  if (total === 0) {
    return {
      severity: 'error',
      file: 'events.json',
      path: ['events'],
      message: 'the list of events is empty, so the timeline has nothing to show.',
      hint:
        input && 'text' in input && input.text.trim() === ''
          ? 'Restore the file.'
          : "Add at least one event; see the editors' guide in the README for an example.",
      skipped: true,
    };
  }
  return {
    severity: 'error',
    file: 'events.json',
    path: ['events'],
    message: `none of the ${total} events could be shown; each one's problem is listed above.`,
    hint: 'Fix the first problem in events.json and run the check again.',
    skipped: true,
  };
}

function uniqueById<T>(
  name: CollectionName,
  list: Located<unknown>[],
  report: (p: Problem) => void,
  idOf: (entry: T) => string = (entry) => (entry as { id: string }).id,
): Located<T>[] {
  const spec = COLLECTIONS[name];
  const seen = new Map<string, number>();
  const out: Located<T>[] = [];
  for (const located of list as Located<T>[]) {
    const { entry, index } = located;
    const id = idOf(entry);
    const first = seen.get(id);
    if (first !== undefined) {
      report({
        severity: 'error',
        file: spec.file,
        path: [spec.key, index, 'id'],
        entryId: id,
        message: `the id "${id}" is used twice (first at ${spec.key}[${first}]).`,
        hint: 'Give each entry its own id; this one is left out.',
        skipped: true,
      });
      continue;
    }
    seen.set(id, index);
    out.push(located);
  }
  return out;
}

function checkPlacesInBounds(places: { entry: PlaceData; index: number }[], story: StoryData, report: (p: Problem) => void) {
  const [[west, south], [east, north]] = story.bounds;
  const inside = ([lon, lat]: readonly [number, number]) => lon >= west && lon <= east && lat >= south && lat <= north;
  for (const { entry, index } of places) {
    if (inside(entry.coordinates)) continue;
    const [lon, lat] = entry.coordinates;
    const swapped = inside([lat, lon]);
    report({
      severity: 'warning',
      file: 'places.json',
      path: ['places', index, 'coordinates'],
      entryId: entry.id,
      message: `[${lon}, ${lat}] lies outside the story's region set in story.json "bounds".`,
      hint: swapped
        ? 'Longitude and latitude look swapped: write [longitude, latitude].'
        : 'Fine for a place far away on purpose; otherwise check the numbers.',
    });
  }
}

function checkEras(eras: { entry: EraData; index: number }[], report: (p: Problem) => void): EraModel[] {
  const out: EraModel[] = [];
  for (const { entry, index } of eras) {
    const era = eraModel(entry);
    if (era.endDate.end <= era.startDate.start) {
      report({
        severity: 'error',
        file: 'eras.json',
        path: ['eras', index, 'end'],
        entryId: entry.id,
        message: `the end "${entry.end}" is before the start "${entry.start}".`,
        hint: 'Swap them.',
        skipped: true,
      });
      continue;
    }
    out.push(era);
  }
  out.sort(compareEras);
  for (let i = 1; i < out.length; i++) {
    const previous = out[i - 1]!;
    const era = out[i]!;
    if (era.startDate.start < previous.endDate.end) {
      const index = eras.find((e) => e.entry.id === era.id)!.index;
      report({
        severity: 'warning',
        file: 'eras.json',
        path: ['eras', index, 'start'],
        entryId: era.id,
        message: `this era starts before "${previous.id}" ends (${previous.end}).`,
        hint: 'Eras are drawn as bands side by side; make them meet without overlapping.',
      });
    }
  }
  return out;
}

function checkRelations(sides: { entry: RelationSideData; index: number }[], report: (p: Problem) => void): RelationSideModel[] {
  return sides.map(({ entry, index }) => {
    const periods: RelationSideModel['periods'] = [];
    entry.periods.forEach((period, position) => {
      const path = ['sides', index, 'periods', position];
      const model = periodModel(period);
      const { startDate: start, endDate: end } = model;
      if (end && end.end <= start.start) {
        report({
          severity: 'error',
          file: 'relations.json',
          path: [...path, 'end'],
          entryId: entry.id,
          message: `the end "${period.end}" is before the start "${period.start}".`,
          hint: 'Swap them.',
          skipped: true,
        });
        return;
      }
      const previous = periods[periods.length - 1];
      if (previous && (previous.endDate === null || start.start < previous.endDate.start)) {
        report({
          severity: 'error',
          file: 'relations.json',
          path: [...path, 'start'],
          entryId: entry.id,
          message: `this period starts before the previous one ends${previous.endDate ? ` (${previous.endDate.iso})` : ' (it has no end)'}.`,
          hint: 'List periods in date order, each ending where the next begins.',
          skipped: true,
        });
        return;
      }
      periods.push(model);
    });
    return relationSideModel(entry, periods);
  });
}

/**
 * The story's links into events: corrections that name an event, and the focus period. A
 * bad link is dropped, so the page never links to what is not there.
 */
function checkStoryReferences(story: StoryData, events: EventModel[], report: (p: Problem) => void): StoryData {
  const eventIds = new Set(events.map((event) => event.id));
  const corrections = story.corrections.map((correction, index) => {
    if (correction.event === undefined || eventIds.has(correction.event)) return correction;
    report({
      severity: 'error',
      file: STORY_FILE,
      path: ['corrections', index, 'event'],
      message: `unknown event "${correction.event}": expected the id of an event in events.json; the correction shows without a link to it.`,
      hint: didYouMean(correction.event, eventIds) ?? 'Use the id of the corrected event, or remove "event".',
    });
    const { event: _unknown, ...rest } = correction;
    return rest;
  });
  let focus = story.focus;
  if (focus?.[1] !== undefined) {
    const [start, end] = [parseCalendarDate(focus[0])!, parseCalendarDate(focus[1])!];
    if (end.end <= start.start) {
      report({
        severity: 'warning',
        file: STORY_FILE,
        path: ['focus', 1],
        message: `the focus ends ("${focus[1]}") before it starts ("${focus[0]}"); the timeline opens without a focus.`,
        hint: 'Swap the two dates.',
      });
      focus = undefined;
    }
  }
  return { ...story, corrections, focus };
}
