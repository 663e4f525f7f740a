/**
 * The desk's one state: the published data/, the files as the editor has them now, undo and
 * redo, and everything derived from them (problems, the story for the preview, what
 * changed, which files to download). Components call its methods; none assigns its fields.
 */
import { textOfInput } from '../data/decode.ts';
import { COLLECTION_FILES, DATA_FILES } from '../data/data-files.ts';
import { fetchStoryFiles } from '../data/load.ts';
import type { Problem } from '../data/problems.ts';
import type { StoryModel } from '../data/model.ts';
import { validateStory, type FileInput } from '../data/validate.ts';
import { summarizeChanges, type FileChanges } from './change-summary.ts';
import { isObject, type JsonObject } from './event-edit.ts';
import { eventsToCsv, type CsvProblem } from './events-csv.ts';
import { importEventsCsv } from './events-import.ts';
import { formatDataFile, withSchemaPointer } from './format-json.ts';
import { locateProblem } from './locate.ts';
import type { ReadResult } from './read-file.ts';

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
  /** Index in events.json of the event in the form. */
  selected = $state<number | null>(null);
  #undo = $state.raw<Snapshot[]>([]);
  #redo = $state.raw<Snapshot[]>([]);
  #lastKey: string | null = null;
  #lastModel: StoryModel | null = null;

  readonly validation = $derived.by(() => {
    const inputs: Record<string, FileInput> = {};
    for (const file of DATA_FILES) {
      const doc = this.docs[file];
      inputs[file] =
        doc && (doc.text || doc.origin !== 'published') ? { text: doc.text } : { unreadable: 'it could not be loaded from the site' };
    }
    const { model, problems } = validateStory(inputs);
    const pass = {};
    const located = problems.map((problem) => locateProblem(problem, this.docs[problem.file]?.text, pass));
    return { model, problems: located };
  });

  /** The story for the preview: while a file cannot be used at all, the last one that could. */
  readonly model = $derived(this.validation.model ?? this.#lastModel);

  readonly problems = $derived([...this.openProblems, ...this.validation.problems]);
  readonly errors = $derived(this.problems.filter((p) => p.severity === 'error'));
  readonly warnings = $derived(this.problems.filter((p) => p.severity === 'warning'));

  readonly events = $derived.by((): unknown[] => {
    const value = this.docs[EVENTS]?.value;
    return isObject(value) && Array.isArray(value.events) ? value.events : [];
  });

  readonly changes = $derived.by((): FileChanges[] => summarizeChanges(values(this.published), values(this.docs)));

  /** The files that differ from the published ones, each as the repository would write it. */
  readonly changedFiles = $derived.by(() => {
    const out: { file: string; text: string }[] = [];
    for (const file of DATA_FILES) {
      const doc = this.docs[file];
      if (!doc || doc.value === undefined) continue;
      const text = formatDataFile(doc.value, { finalNewline: doc.finalNewline });
      if (text !== formatDataFile(this.published[file]?.value, { finalNewline: doc.finalNewline })) out.push({ file, text });
    }
    return out;
  });

  readonly canUndo = $derived(this.#undo.length > 0);
  readonly canRedo = $derived(this.#redo.length > 0);

  /** Loads the site's own data/ (the dev server's, or the built copy beside edit.html). */
  async loadPublished(base: URL | string = new URL('data/', document.baseURI)) {
    const inputs = await fetchStoryFiles(base);
    const docs = Object.fromEntries(DATA_FILES.map((file) => [file, publishedDoc(file, inputs[file])]));
    this.published = docs;
    this.docs = docs;
    this.status = 'ready';
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
        const imported = importEventsCsv(result.text, inputsOf(docs), name);
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
    if (docs[EVENTS] !== this.docs[EVENTS]) this.selected = null;
    this.#commit(docs, null);
  }

  /** Changes the event at `index`; `key` names the field, so typing in one field is one undo step. */
  editEvent(index: number, key: string, change: (event: JsonObject) => JsonObject) {
    const doc = this.docs[EVENTS];
    if (!doc || !isObject(doc.value) || !Array.isArray(doc.value.events)) return;
    const events = [...doc.value.events];
    const event = events[index];
    events[index] = change(isObject(event) ? event : {});
    this.#setEvents({ ...doc.value, events }, doc, `${index}:${key}`);
  }

  addEvent() {
    const doc = this.docs[EVENTS];
    if (!doc || !isObject(doc.value) || !Array.isArray(doc.value.events)) return;
    const event = {
      id: `new-event-${doc.value.events.length + 1}`,
      date: '',
      title: '',
      summary: '',
      category: '',
      places: [],
      themes: [],
      sources: [],
    };
    this.#setEvents({ ...doc.value, events: [...doc.value.events, event] }, doc, null);
    this.selected = doc.value.events.length;
  }

  removeEvent(index: number) {
    const doc = this.docs[EVENTS];
    if (!doc || !isObject(doc.value) || !Array.isArray(doc.value.events)) return;
    this.#setEvents({ ...doc.value, events: doc.value.events.filter((_, i) => i !== index) }, doc, null);
    this.selected = null;
  }

  select(index: number | null) {
    this.selected = index;
  }

  /** events.csv for a spreadsheet, or the events that could not go into one. */
  exportCsv(): { text: string } | { problems: Problem[] } {
    const { text, problems } = eventsToCsv(this.events);
    return problems.length ? { problems } : { text };
  }

  undo() {
    const previous = this.#undo.at(-1);
    if (!previous) return;
    this.#lastModel = this.validation.model ?? this.#lastModel;
    this.#redo = [...this.#redo, { docs: this.docs, key: null }];
    this.#undo = this.#undo.slice(0, -1);
    this.docs = previous.docs;
    this.#lastKey = null;
  }

  redo() {
    const next = this.#redo.at(-1);
    if (!next) return;
    this.#lastModel = this.validation.model ?? this.#lastModel;
    this.#undo = [...this.#undo, { docs: this.docs, key: null }];
    this.#redo = this.#redo.slice(0, -1);
    this.docs = next.docs;
    this.#lastKey = null;
  }

  #setEvents(value: JsonObject, doc: DataDoc, key: string | null) {
    const next: DataDoc = {
      text: formatDataFile(value, { finalNewline: doc.finalNewline }),
      value,
      origin: 'edited',
      finalNewline: doc.finalNewline,
    };
    this.#commit({ ...this.docs, [EVENTS]: next }, key);
  }

  #commit(docs: Docs, key: string | null) {
    // The story as it is before this change, for the preview to keep if the change breaks a file.
    this.#lastModel = this.validation.model ?? this.#lastModel;
    // Typing on in the same field replaces the last step instead of adding one per keystroke.
    if (key === null || key !== this.#lastKey) this.#undo = [...this.#undo, { docs: this.docs, key }];
    this.#redo = [];
    this.#lastKey = key;
    this.docs = docs;
  }
}

function values(docs: Docs): Record<string, unknown> {
  return Object.fromEntries(Object.entries(docs).map(([file, doc]) => [file, doc.value]));
}

function inputsOf(docs: Docs): Record<string, FileInput> {
  return Object.fromEntries(Object.entries(docs).map(([file, doc]) => [file, { text: doc.text }]));
}
