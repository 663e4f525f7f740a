/**
 * The forms for places, issues (themes.json) and eras, built from the schema as the event
 * form is: which fields are text, which are optional, their help text, their order in the
 * file and which of them are translated. Nothing about a field is written here twice.
 */
import type { GenericSchema } from 'valibot';
import { Era, ERA_TEXT_FIELDS, Place, PLACE_TEXT_FIELDS, Theme, THEME_TEXT_FIELDS } from '../data/schema.ts';
import { descriptionOf } from './schema-help.ts';

export const EDITABLE_LISTS = ['events', 'places', 'themes', 'eras'] as const;
/** A list of data/ the desk has a form for, by its key in the file (`events`, `places`, …). */
export type EditableList = (typeof EDITABLE_LISTS)[number];

export interface TextField {
  key: string;
  /** The schema's description, shown under the field. */
  help: string;
  optional: boolean;
  /** Sentences get a text area; names a line. */
  multiline: boolean;
}

export interface ListForm {
  list: Exclude<EditableList, 'events'>;
  file: string;
  /** "place", "issue", "era": what one entry is called in the desk. */
  noun: string;
  /** The keys in the order the schema (and so the repository's files) has them. */
  order: string[];
  /** The entry's own text fields (the id, names, dates, descriptions). */
  text: TextField[];
  /** Fields with a translation, in the order a translation holds them, "reviewed" last. */
  translated: string[];
  translationOrder: string[];
}

const MULTILINE = new Set(['description', 'explainer', 'summary']);

type Entries = Record<string, GenericSchema>;

/** The schema node under an optional wrapper, and whether there was one. */
function unwrap(schema: GenericSchema): { inner: GenericSchema; optional: boolean } {
  const node = schema as GenericSchema & { wrapped?: GenericSchema };
  return node.type === 'optional' && node.wrapped ? { inner: node.wrapped, optional: true } : { inner: schema, optional: false };
}

/** True for a string schema, however piped. */
function isString(schema: GenericSchema): boolean {
  const node = schema as GenericSchema & { pipe?: GenericSchema[] };
  if (node.type === 'string') return true;
  return node.pipe?.[0] !== undefined && node.pipe[0] !== schema && isString(node.pipe[0]);
}

export function textFields(entries: Entries): TextField[] {
  return Object.entries(entries).flatMap(([key, schema]) => {
    const { inner, optional } = unwrap(schema);
    if (!isString(inner)) return [];
    return [{ key, help: descriptionOf(inner) ?? '', optional, multiline: MULTILINE.has(key) }];
  });
}

function listForm(
  list: ListForm['list'],
  file: string,
  noun: string,
  schema: { entries: unknown },
  translated: readonly string[],
): ListForm {
  const entries = schema.entries as Entries;
  return {
    list,
    file,
    noun,
    order: Object.keys(entries),
    text: textFields(entries),
    translated: [...translated],
    translationOrder: [...translated, 'reviewed'],
  };
}

export const LIST_FORMS = {
  places: listForm('places', 'places.json', 'place', Place, PLACE_TEXT_FIELDS),
  themes: listForm('themes', 'themes.json', 'issue', Theme, THEME_TEXT_FIELDS),
  eras: listForm('eras', 'eras.json', 'era', Era, ERA_TEXT_FIELDS),
} as const satisfies Record<ListForm['list'], ListForm>;

/** The file each editable list lives in. */
export const LIST_FILES: Record<EditableList, string> = {
  events: 'events.json',
  places: 'places.json',
  themes: 'themes.json',
  eras: 'eras.json',
};

/** The list and index of the entry a problem is about, when the desk has a form for it. */
export function entryOfProblem(problem: {
  file: string;
  path: readonly (string | number)[];
}): { list: EditableList; index: number } | null {
  const [key, index] = problem.path;
  if (typeof index !== 'number') return null;
  if (problem.file.endsWith('.csv')) return { list: 'events', index };
  const list = EDITABLE_LISTS.find((name) => LIST_FILES[name] === problem.file && key === name);
  return list ? { list, index } : null;
}

/** A first id for a new entry that no entry in the list has yet: "new-place-3". */
export function newId(noun: string, taken: readonly unknown[]): string {
  const ids = new Set(taken.map((entry) => (entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined)));
  let n = taken.length + 1;
  while (ids.has(`new-${noun}-${n}`)) n++;
  return `new-${noun}-${n}`;
}
