/**
 * The desk's one state: the published data/, the files as the editor has them now, undo and
 * redo, and everything derived from them (problems, the story for the preview, what
 * changed, which files to download). Components call its methods; none assigns its fields.
 * The story is checked off the main thread (a Validator), the latest files only: a
 * 20,000-event story keeps the tab responsive while it is checked.
 */
import { textOfInput } from '../data/decode.ts';
import { COLLECTION_FILES, DATA_FILES } from '../data/data-files.ts';
import { fetchStoryFiles } from '../data/load.ts';
import type { Problem } from '../data/problems.ts';
import type { StoryModel } from '../data/model.ts';
import type { FileInput } from '../data/validate.ts';
import { summarizeChanges, type FileChanges } from './change-summary.ts';
import type { DeskValidation, Validator } from './desk-validation.ts';
import { LIST_FILES, type EditableList } from './entry-fields.ts';
import { isObject, type JsonObject } from './event-edit.ts';
import type { CsvProblem } from './events-csv.ts';
import { formatDataFile, withSchemaPointer } from './format-json.ts';
import type { ReadResult } from './parse-client.ts';

const EVENTS = COLLECTION_FILES.events;

/** One data file as the desk holds it. */
export interface DataDoc {
  /** The text that problems' lines and columns refer to. */
  text: string;
  /** The parsed file; undefined when the text is not JSON. */
  value: unknown;
  /** Published (the site's copy, in the repository's format), opened from disk, or edited here. */
  origin: 'published' | 'opened' | 'edited';
  finalNewline: boolean;
}
export type Docs = Readonly<Record<string, DataDoc>>;

/** The entry in the form: its list and its position there. */
export interface Selection {
  list: EditableList;
  index: number;
}

interface Snapshot {
  docs: Docs;
  /** What the edit that led away from this snapshot changed, so typing in one field is one undo step. */
  key: string | null;
}

/** A file of the site's data/ as the repository writes it: the built copy is minified and has no "$schema". */
export function publishedDoc(file: string, input: FileInput | undefined): DataDoc {
  const text = textOfInput(input);
  if (text === undefined) return { text: '', value: undefined, origin: 'published', finalNewline: true };
  try {
    const value = withSchemaPointer(file, JSON.parse(text));
    return { text: formatDataFile(value), value, origin: 'published', finalNewline: true };
  } catch {
    return { text, value: undefined, origin: 'published', finalNewline: true };
  }
}

export class DeskState {
  status = $state<'loading' | 'ready'>('loading');
  published = $state.raw<Docs>({});
  docs = $state.raw<Docs>({});
  /** Files refused on opening, and an imported spreadsheet's problems, until the next open. */
  openProblems = $state.raw<CsvProblem[]>([]);
  /** The entry in the form. */
  selected = $state.raw<Selection | null>(null);
  /** The check of the files as they are now; null before the first one. */
  validation = $state.raw<DeskValidation | null>(null);
  /** True while the files have changed since the last check. */
  checking = $state(false);
  /** The story for the preview: while a file cannot be used at all, the last one that could. */
  model = $state.raw<StoryModel | null>(null);
  #undo = $state.raw<Snapshot[]>([]);
  #redo = $state.raw<Snapshot[]>([]);
  #lastKey: string | null = null;
  #validator: Validator;
  /** The files waiting to be checked: only the newest, however many edits came while a check ran. */
  #queued: Record<string, FileInput> | null = null;
  #running: Promise<void> | null = null;

  constructor(validator: Validator) {
    this.#validator = validator;
  }

  readonly problems = $derived([...this.openProblems, ...(this.validation?.problems ?? [])]);
  readonly errors = $derived(this.problems.filter((p) => p.severity === 'error'));
  readonly warnings = $derived(this.problems.filter((p) => p.severity === 'warning'));

  readonly events = $derived(this.list('events'));

  readonly changes = $derived.by((): FileChanges[] => summarizeChanges(values(this.published), values(this.docs)));

  /** The files that differ from the published ones, each as the repository would write it. */
  readonly changedFiles = $derived.by(() => {
    const out: { file: string; text: string }[] = [];
    for (const file of DATA_FILES) {
      const doc = this.docs[file];
      // Unchanged files are skipped without writing them out: the events of a big story are megabytes.
      if (!doc || doc.value === undefined || doc === this.published[file]) continue;
      const text = doc.origin === 'edited' ? doc.text : formatDataFile(doc.value, { finalNewline: doc.finalNewline });
      if (text !== formatDataFile(this.published[file]?.value, { finalNewline: doc.finalNewline })) out.push({ file, text });
    }
    return out;
  });

  readonly canUndo = $derived(this.#undo.length > 0);
  readonly canRedo = $derived(this.#redo.length > 0);

  /** The entries of one of the lists the desk edits, as the file holds them now. */
  list(name: EditableList): unknown[] {
    const value = this.docs[LIST_FILES[name]]?.value;
    const list = isObject(value) ? value[name] : undefined;
    return Array.isArray(list) ? list : [];
  }

  /** The files as the check (and a spreadsheet's import) reads them. */
  inputs(): Record<string, FileInput> {
    return inputsFor(this.docs);
  }

  /** Resolves once the files as they are now have been checked. */
  async settled(): Promise<void> {
    while (this.#running) await this.#running;
  }

  /** Loads the site's own data/ (the dev server's, or the built copy beside edit.html). */
  async loadPublished(base: URL | string = new URL('data/', document.baseURI)) {
    const inputs = await fetchStoryFiles(base);
    const docs = Object.fromEntries(DATA_FILES.map((file) => [file, publishedDoc(file, inputs[file])]));
    this.published = docs;
    this.docs = docs;
    this.status = 'ready';
    this.#check();
  }

  /** Files opened or dropped together: one undo step. */
  applyOpened(results: { name: string; result: ReadResult }[]) {
    const problems: CsvProblem[] = [];
    let docs: Record<string, DataDoc> = { ...this.docs };
    for (const { name, result } of results) {
      const refuse = (message: string, hint?: string) =>
        problems.push({ severity: 'error', file: name, path: [], line: 1, column: 1, message, hint, skipped: true });
      if ('refused' in result) {
        refuse(result.refused);
        continue;
      }
      if (name.endsWith('.csv')) {
        // The worker has checked the spreadsheet against the files as they were when it was opened.
        const imported = result.imported ?? { text: null, problems: [] };
        problems.push(...imported.problems.filter((p) => p.file === name));
        if (imported.text !== null)
          docs = {
            ...docs,
            [EVENTS]: {
              text: imported.text,
              value: JSON.parse(imported.text),
              origin: 'edited',
              finalNewline: docs[EVENTS]?.finalNewline ?? true,
            },
          };
        else refuse(`${name} was not imported: fix the errors listed for it and open it again.`);
        continue;
      }
      if (!DATA_FILES.includes(name)) {
        refuse(`"${name}" is not a file of the story, so it was not opened.`, `The desk opens ${DATA_FILES.join(', ')} and events.csv.`);
        continue;
      }
      docs = {
        ...docs,
        [name]: {
          text: result.text,
          value: result.parsed ? result.value : undefined,
          origin: 'opened',
          finalNewline: result.text.endsWith('\n'),
        },
      };
    }
    this.openProblems = problems;
    if (this.selected && docs[LIST_FILES[this.selected.list]] !== this.docs[LIST_FILES[this.selected.list]]) this.selected = null;
    this.#commit(docs, null);
  }

  /** Changes the entry at `index` of a list; `key` names the field, so typing in one field is one undo step. */
  editEntry(list: EditableList, index: number, key: string, change: (entry: JsonObject) => JsonObject) {
    const entries = [...this.list(list)];
    if (index < 0 || index >= entries.length) return;
    const entry = entries[index];
    entries[index] = change(isObject(entry) ? entry : {});
    this.#setList(list, entries, `${list}:${index}:${key}`);
  }

  editEvent(index: number, key: string, change: (event: JsonObject) => JsonObject) {
    this.editEntry('events', index, key, change);
  }

  /** Adds an entry at the end of a list and opens it in the form. */
  addEntry(list: EditableList, entry: JsonObject) {
    const entries = this.list(list);
    if (this.#setList(list, [...entries, entry], null)) this.selected = { list, index: entries.length };
  }

  addEvent() {
    const events = this.events;
    this.addEntry('events', {
      id: `new-event-${events.length + 1}`,
      date: '',
      title: '',
      summary: '',
      category: '',
      places: [],
      themes: [],
      sources: [],
    });
  }

  removeEntry(list: EditableList, index: number) {
    if (
      this.#setList(
        list,
        this.list(list).filter((_, i) => i !== index),
        null,
      )
    )
      this.selected = null;
  }

  removeEvent(index: number) {
    this.removeEntry('events', index);
  }

  select(list: EditableList, index: number | null) {
    this.selected = index === null ? null : { list, index };
  }

  /** Opens the place with this id in the form; false when places.json has none. */
  openPlace(id: string): boolean {
    const index = this.list('places').findIndex((place) => isObject(place) && place.id === id);
    if (index === -1) return false;
    this.selected = { list: 'places', index };
    return true;
  }

  undo() {
    const previous = this.#undo.at(-1);
    if (!previous) return;
    this.#redo = [...this.#redo, { docs: this.docs, key: null }];
    this.#undo = this.#undo.slice(0, -1);
    this.docs = previous.docs;
    this.#lastKey = null;
    this.#check();
  }

  redo() {
    const next = this.#redo.at(-1);
    if (!next) return;
    this.#undo = [...this.#undo, { docs: this.docs, key: null }];
    this.#redo = this.#redo.slice(0, -1);
    this.docs = next.docs;
    this.#lastKey = null;
    this.#check();
  }

  /** Replaces a list in its file; false when the file is not there to edit. */
  #setList(list: EditableList, entries: unknown[], key: string | null): boolean {
    const file = LIST_FILES[list];
    const doc = this.docs[file];
    if (!doc || !isObject(doc.value) || !Array.isArray(doc.value[list])) return false;
    const value = { ...doc.value, [list]: entries };
    const next: DataDoc = {
      text: formatDataFile(value, { finalNewline: doc.finalNewline }),
      value,
      origin: 'edited',
      finalNewline: doc.finalNewline,
    };
    this.#commit({ ...this.docs, [file]: next }, key);
    return true;
  }

  #commit(docs: Docs, key: string | null) {
    // Typing on in the same field replaces the last step instead of adding one per keystroke.
    if (key === null || key !== this.#lastKey) this.#undo = [...this.#undo, { docs: this.docs, key }];
    this.#redo = [];
    this.#lastKey = key;
    this.docs = docs;
    this.#check();
  }

  /** Queues the files as they are now for a check, and starts one unless one is running. */
  #check() {
    this.#queued = inputsFor(this.docs);
    this.checking = true;
    this.#running ??= this.#drain();
  }

  async #drain() {
    while (this.#queued) {
      const inputs = this.#queued;
      this.#queued = null;
      let result: DeskValidation;
      try {
        result = await this.#validator(inputs);
      } catch (error) {
        result = { model: null, problems: [checkFailed(error)] };
      }
      // A newer edit is waiting: this answer is about files that are gone.
      if (this.#queued) continue;
      this.validation = result;
      if (result.model) this.model = result.model;
    }
    this.checking = false;
    this.#running = null;
  }
}

/** What the check is given: each file's text, or why the site could not give it. */
function inputsFor(docs: Docs): Record<string, FileInput> {
  const inputs: Record<string, FileInput> = {};
  for (const file of DATA_FILES) {
    const doc = docs[file];
    inputs[file] =
      doc && (doc.text || doc.origin !== 'published') ? { text: doc.text } : { unreadable: 'it could not be loaded from the site' };
  }
  return inputs;
}

function checkFailed(error: unknown): Problem {
  return {
    severity: 'error',
    file: 'data/',
    path: [],
    message: `the desk could not check the files (${String(error)}).`,
    hint: 'Reload the page; if it happens again, run npm run check:data on the files instead.',
  };
}

function values(docs: Docs): Record<string, unknown> {
  return Object.fromEntries(Object.entries(docs).map(([file, doc]) => [file, doc.value]));
}
