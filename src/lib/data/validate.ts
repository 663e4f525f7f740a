/**
 * The boundary between editors' JSON and the app: file texts in, a typed and normalized
 * StoryModel (dates parsed, events sorted, references resolved) plus located problems out.
 * Bad entries are left out and reported; only a file that cannot be used at all stops the
 * story. Nothing downstream checks the data again.
 */
import * as v from 'valibot';
import {
  COLLECTIONS,
  STORY_FILE,
  StoryFile,
  collectionFileSchema,
  type CategoryData,
  type CollectionName,
  type EraData,
  type EventData,
  type PlaceData,
  type RegionData,
  type RelationSideData,
  type StoryData,
  type ThemeData,
} from './schema.ts';
import type { PathSegment, Problem } from './problems.ts';
import { parseJson } from './parse-json.ts';
import { didYouMean } from './suggest.ts';
import { reportEventTranslationFit, reportMissingTranslations, reportTrackingParameters, type LocatedSource } from './editorial-checks.ts';
import { parseCalendarDate, type CalendarDate } from '../format/calendar-date.ts';
import { BACKGROUNDS, MIN_NON_TEXT_CONTRAST, contrastRatio } from '../format/contrast.ts';
import type { StoryModel, EventModel, EraModel, RelationSideModel } from './model.ts';

/** What the loader hands over for each file: its text, or why it could not be read. */
export type FileInput = { text: string } | { unreadable: string };

export interface ValidationResult {
  /** Null when a file could not be used at all; then problems say why. */
  model: StoryModel | null;
  problems: Problem[];
}

/** Every field name the schema knows, for "did you mean" on unknown fields. */
const KNOWN_FIELDS = collectFieldNames([StoryFile, ...Object.values(COLLECTIONS).map((c) => c.entry)]);

export function validateStory(files: Readonly<Record<string, FileInput | undefined>>): ValidationResult {
  const problems: Problem[] = [];
  const report = (problem: Problem) => problems.push(problem);

  const story = readStoryFile(files[STORY_FILE], report);
  const lists = {} as { [K in CollectionName]: Located<unknown>[] | null };
  // Entries left out for a schema problem still get their references checked, so an editor
  // sees every problem in one run, not one per run.
  const rejectedEvents: Located<Record<string, unknown>>[] = [];
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    lists[name] = readCollection(name, files[COLLECTIONS[name].file], report, name === 'events' ? rejectedEvents : []);
  }
  if (!story || Object.values(lists).some((list) => list === null)) return { model: null, problems };
  const located = lists as { [K in CollectionName]: Located<unknown>[] };

  const categories = uniqueById<CategoryData>('categories', located.categories, report);
  const places = uniqueById<PlaceData>('places', located.places, report);
  const regions = uniqueById<RegionData>('regions', located.regions, report, (region) => region.properties.id);
  const themes = uniqueById<ThemeData>('themes', located.themes, report);
  const eras = uniqueById<EraData>('eras', located.eras, report);
  const events = uniqueById<EventData>('events', located.events, report);
  const sides = uniqueById<RelationSideData>('relations', located.relations, report);

  const placeIds = new Set(places.map((p) => p.entry.id));
  const regionIds = new Set(regions.map((r) => r.entry.properties.id));
  const themeIds = new Set(themes.map((t) => t.entry.id));
  const categoryIds = new Set(categories.map((c) => c.entry.id));

  checkPlacesInBounds(places, story, report);

  const checkedThemes = themes.map(({ entry, index }) => ({
    ...entry,
    places: keepKnown(
      entry.places,
      placeIds,
      { file: 'themes.json', path: ['themes', index, 'places'], entryId: entry.id, what: 'place', list: 'places.json' },
      report,
    ),
    regions: keepKnown(
      entry.regions,
      regionIds,
      { file: 'themes.json', path: ['themes', index, 'regions'], entryId: entry.id, what: 'region', list: 'regions.json' },
      report,
    ),
  }));

  for (const { entry, index } of rejectedEvents) {
    const id = typeof entry.id === 'string' ? entry.id : `events[${index}]`;
    for (const [field, known, what, list] of [
      ['places', placeIds, 'place', 'places.json'],
      ['themes', themeIds, 'theme', 'themes.json'],
    ] as const) {
      const ids = entry[field];
      if (Array.isArray(ids))
        keepKnown(ids, known, { file: 'events.json', path: ['events', index, field], entryId: id, what, list }, report);
    }
  }

  const eventModels: EventModel[] = [];
  for (const { entry, index } of events) {
    const at = (...rest: PathSegment[]): PathSegment[] => ['events', index, ...rest];
    const when = parseCalendarDate(entry.date)!;
    const until = entry.end === undefined ? undefined : parseCalendarDate(entry.end)!;
    if (until && until.end <= when.start) {
      report({
        severity: 'error',
        file: 'events.json',
        path: at('end'),
        entryId: entry.id,
        message: `the end date "${entry.end}" is before the start date "${entry.date}".`,
        hint: 'Swap them, or remove "end" for a one-day event.',
        skipped: true,
      });
      continue;
    }
    if (!categoryIds.has(entry.category)) {
      report({
        severity: 'error',
        file: 'events.json',
        path: at('category'),
        entryId: entry.id,
        message: `unknown category "${entry.category}": expected the id of a category in categories.json.`,
        hint: didYouMean(entry.category, categoryIds) ?? `Known categories: ${[...categoryIds].join(', ')}.`,
        skipped: true,
      });
      continue;
    }
    eventModels.push({
      ...entry,
      when,
      until,
      places: keepKnown(
        entry.places,
        placeIds,
        { file: 'events.json', path: at('places'), entryId: entry.id, what: 'place', list: 'places.json' },
        report,
      ),
      themes: keepKnown(
        entry.themes,
        themeIds,
        { file: 'events.json', path: at('themes'), entryId: entry.id, what: 'theme', list: 'themes.json' },
        report,
      ),
    });
  }
  eventModels.sort((a, b) => a.when.start - b.when.start || a.when.end - b.when.end || a.id.localeCompare(b.id));

  const eraModels = checkEras(eras, report);
  const relationModels = checkRelations(sides, report);

  if (!eventModels.some((event) => event.id === story.defaultEvent)) {
    report({
      severity: 'error',
      file: STORY_FILE,
      path: ['defaultEvent'],
      message: `"${story.defaultEvent}" is not the id of an event in events.json.`,
      hint:
        didYouMean(
          story.defaultEvent,
          eventModels.map((e) => e.id),
        ) ?? 'Use the id of the event to open first.',
    });
  }

  reportMissingTranslations('events.json', 'events', events, 'title', report);
  reportMissingTranslations('events.json', 'events', events, 'summary', report);
  reportMissingTranslations('eras.json', 'eras', eras, 'name', report);
  reportMissingTranslations('places.json', 'places', places, 'name', report);
  reportMissingTranslations('themes.json', 'themes', themes, 'name', report);
  reportMissingTranslations('categories.json', 'categories', categories, 'name', report);
  reportMissingTranslations('relations.json', 'sides', sides, 'name', report);
  reportEventTranslationFit(events, report);
  reportTrackingParameters(sourcesOf(events, sides), report);
  reportLowContrast('categories.json', 'categories', categories, report);
  reportLowContrast('themes.json', 'themes', themes, report);

  const model: StoryModel = {
    story: checkStoryReferences(story, eventModels, report),
    categories: categories.map((c) => c.entry),
    events: eventModels,
    eras: eraModels,
    places: places.map((p) => p.entry),
    themes: checkedThemes,
    regions: regions.map((r) => r.entry),
    relations: relationModels,
  };
  return { model, problems };
}

function readStoryFile(input: FileInput | undefined, report: (p: Problem) => void): StoryData | null {
  const value = readJson(STORY_FILE, input, report);
  if (value === undefined) return null;
  const result = v.safeParse(StoryFile, value);
  if (!result.success) {
    for (const issue of result.issues) report(issueToProblem(STORY_FILE, [], issue, undefined, true));
    return null;
  }
  return result.output;
}

/** The file's list of valid entries (bad ones reported and left out), or null when the file is unusable. */
function readCollection(
  name: CollectionName,
  input: FileInput | undefined,
  report: (p: Problem) => void,
  rejected: Located<Record<string, unknown>>[] = [],
): Located<unknown>[] | null {
  const spec = COLLECTIONS[name];
  const value = readJson(spec.file, input, report);
  if (value === undefined) return null;
  const shell = v.safeParse(collectionFileSchema(spec, v.unknown()), value);
  if (!shell.success) {
    const fatal = !isObject(value) || !Array.isArray(value[spec.key]);
    for (const issue of shell.issues) report(issueToProblem(spec.file, [], issue, undefined, fatal));
    if (fatal) {
      report({
        severity: 'error',
        file: spec.file,
        path: [],
        message: `the file must be an object with a list "${spec.key}": [ … ].`,
        hint: 'Compare it with the example in the README.',
        skipped: true,
      });
      return null;
    }
  }
  const list = (value as Record<string, unknown[]>)[spec.key]!;
  const valid: Located<unknown>[] = [];
  list.forEach((entry, index) => {
    const result = v.safeParse(spec.entry, entry);
    if (result.success) valid.push({ entry: result.output, index });
    else {
      for (const issue of result.issues) report(issueToProblem(spec.file, [spec.key, index], issue, entryIdOf(entry), true));
      if (isObject(entry)) rejected.push({ entry, index });
    }
  });
  return valid;
}

function readJson(file: string, input: FileInput | undefined, report: (p: Problem) => void): unknown {
  if (!input || 'unreadable' in input) {
    const reason = input && 'unreadable' in input ? input.unreadable : 'it is missing';
    report({
      severity: 'error',
      file,
      path: [],
      message: `the file could not be read: ${reason}.`,
      hint: `Check that data/${file} exists and is served next to the page.`,
      skipped: true,
    });
    return undefined;
  }
  const parsed = parseJson(input.text);
  if (!parsed.ok) {
    report({ severity: 'error', file, path: [], message: parsed.message, line: parsed.line, column: parsed.column, skipped: true });
    return undefined;
  }
  return parsed.value;
}

function issueToProblem(
  file: string,
  prefix: PathSegment[],
  issue: v.BaseIssue<unknown>,
  entryId: string | undefined,
  skipped: boolean,
): Problem {
  const path = [...prefix, ...(issue.path ?? []).map((item) => item.key as PathSegment)];
  const last = path[path.length - 1];
  const base = { severity: 'error' as const, file, path, entryId, skipped };
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    const field = String(last);
    return {
      ...base,
      message: `unknown field "${field}".`,
      hint: didYouMean(field, KNOWN_FIELDS) ?? 'Remove it, or check the field names in the README.',
    };
  }
  if (issue.type === 'strict_object' || (issue.type === 'object' && issue.received === 'undefined')) {
    const inSource = path[path.length - 3] === 'sources';
    return { ...base, message: `the required field "${String(last)}" is missing.`, hint: inSource ? SOURCE_HINT : undefined };
  }
  // Our own messages (set in schema.ts) say what is expected; valibot's defaults start with "Invalid".
  if (issue.kind === 'schema' && /^Invalid /.test(issue.message)) {
    return { ...base, message: `expected ${describeExpected(issue.expected)}, found ${issue.received}.` };
  }
  if (issue.type === 'non_empty') return { ...base, message: 'this text is empty; write something or remove the entry.' };
  return { ...base, message: `expected ${issue.message}, found ${issue.received}.` };
}

const SOURCE_HINT =
  'Every source needs its publisher, title and date, so a reader can find it; "url" may be left out only for print or wire copy.';

function describeExpected(expected: string | null): string {
  if (!expected) return 'another value';
  if (expected === 'Array') return 'a list [ … ]';
  if (expected === 'Object') return 'an object { … }';
  return expected.replace(/\|/g, ' or ');
}

/** An entry together with its position in the file, so later problems can point at it. */
interface Located<T> {
  entry: T;
  index: number;
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

/**
 * The ids that exist; each unknown one is reported at its own position. Non-strings are
 * skipped silently: the schema has already reported them.
 */
function keepKnown(
  ids: readonly unknown[],
  known: Set<string>,
  where: { file: string; path: PathSegment[]; entryId: string; what: string; list: string },
  report: (p: Problem) => void,
): string[] {
  const kept: string[] = [];
  ids.forEach((id, position) => {
    if (typeof id !== 'string') return;
    if (known.has(id)) {
      kept.push(id);
      return;
    }
    report({
      severity: 'error',
      file: where.file,
      path: [...where.path, position],
      entryId: where.entryId,
      message: `unknown ${where.what} "${id}": expected the id of a ${where.what} in ${where.list}.`,
      hint: didYouMean(id, known) ?? `Add it to ${where.list} first.`,
    });
  });
  return kept;
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
    const start = parseCalendarDate(entry.start)!;
    const end = parseCalendarDate(entry.end)!;
    if (end.end <= start.start) {
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
    out.push({ ...entry, startDate: start, endDate: end });
  }
  out.sort((a, b) => a.startDate.start - b.startDate.start);
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
      const start = parseCalendarDate(period.start)!;
      const end: CalendarDate | null = period.end === undefined ? null : parseCalendarDate(period.end)!;
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
      if (previous && (previous.end === null || start.start < previous.end.start)) {
        report({
          severity: 'error',
          file: 'relations.json',
          path: [...path, 'start'],
          entryId: entry.id,
          message: `this period starts before the previous one ends${previous.end ? ` (${previous.end.iso})` : ' (it has no end)'}.`,
          hint: 'List periods in date order, each ending where the next begins.',
          skipped: true,
        });
        return;
      }
      periods.push({ ...period, startDate: start, end });
    });
    return { id: entry.id, name: entry.name, periods, translations: entry.translations };
  });
}

/** Every source in the story with its location, for checks that apply to all of them. */
function* sourcesOf(events: Located<EventData>[], sides: Located<RelationSideData>[]): Generator<LocatedSource> {
  for (const { entry, index } of events) {
    for (const [position, source] of entry.sources.entries())
      yield { file: 'events.json', path: ['events', index, 'sources', position], entryId: entry.id, source };
  }
  for (const { entry, index } of sides) {
    for (const [period, { sources }] of entry.periods.entries()) {
      for (const [position, source] of sources.entries())
        yield { file: 'relations.json', path: ['sides', index, 'periods', period, 'sources', position], entryId: entry.id, source };
    }
  }
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

function entryIdOf(entry: unknown): string | undefined {
  if (!isObject(entry)) return undefined;
  if (typeof entry.id === 'string') return entry.id;
  const properties = entry.properties;
  if (isObject(properties) && typeof properties.id === 'string') return properties.id;
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Walk valibot schemas for every object key they declare. */
function collectFieldNames(schemas: v.GenericSchema[]): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown, depth: number) => {
    if (!isObject(node) || depth > 12) return;
    if (isObject(node.entries)) {
      for (const [key, child] of Object.entries(node.entries)) {
        names.add(key);
        visit(child, depth + 1);
      }
    }
    for (const key of ['wrapped', 'item']) visit(node[key], depth + 1);
    for (const key of ['items', 'options', 'pipe'])
      if (Array.isArray(node[key])) for (const child of node[key] as unknown[]) visit(child, depth + 1);
  };
  for (const schema of schemas) visit(schema, 0);
  return names;
}

/** Marks and swatches are drawn in these colours on the light and the dark page: each must stand out from both. */
function reportLowContrast(
  file: string,
  key: string,
  entries: { entry: { id: string; colour: string }; index: number }[],
  report: (p: Problem) => void,
) {
  for (const { entry, index } of entries) {
    for (const scheme of ['light', 'dark'] as const) {
      const ratio = contrastRatio(entry.colour, BACKGROUNDS[scheme]);
      if (ratio >= MIN_NON_TEXT_CONTRAST) continue;
      report({
        severity: 'warning',
        file,
        path: [key, index, 'colour'],
        entryId: entry.id,
        message: `the colour "${entry.colour}" has a contrast of ${ratio.toFixed(1)}:1 with the ${scheme} page (${BACKGROUNDS[scheme]}); marks need at least ${MIN_NON_TEXT_CONTRAST}:1 to be seen (WCAG 2.1, 1.4.11).`,
        hint:
          scheme === 'light'
            ? 'Choose a darker shade: a mid-tone works on both pages.'
            : 'Choose a lighter shade: a mid-tone works on both pages.',
      });
    }
  }
}
