/**
 * events.json as a spreadsheet and back: one row per event, lists joined with "|", sources
 * as numbered column groups (source_1_publisher, source_1_title…), translations as
 * title_tr-style columns. d3-dsv does the quoting both ways.
 *
 * The round trip is lossless for every event the schema accepts: the JSON is rebuilt field
 * by field in the schema's order, which is the order data/ is written in, so exporting and
 * importing gives the same bytes. What a spreadsheet cannot carry (an unknown field, a
 * number where text belongs) is refused at export, located, rather than lost.
 */
import { dsvFormat } from 'd3-dsv';
import { EVENT_TEXT_FIELDS, TRANSLATED_LANGUAGES } from '../data/schema.ts';
import type { PathSegment, Problem } from '../data/problems.ts';
import { didYouMean } from '../data/suggest.ts';
import { detectDelimiter, type Delimiter } from './delimiter.ts';
import { readSpreadsheetDate } from './spreadsheet-date.ts';

export const CSV_FILE = 'events.csv';
/** Joins the ids of a list in one cell; ids are kebab-case, so it never occurs in one. */
export const LIST_SEPARATOR = '|';

const SOURCE_FIELDS = ['publisher', 'title', 'date', 'url'] as const;
/** An event's plain fields, in the order the schema and data/events.json write them. */
const PLAIN_FIELDS = ['id', 'date', 'end', 'title', 'key', 'label', 'annotation', 'summary', 'category', 'places', 'themes'] as const;
const LEADING = [...PLAIN_FIELDS, 'quote_text', 'quote_speaker', 'quote_said'] as const;
const REQUIRED = ['id', 'date', 'title', 'summary', 'category', 'places', 'themes', ...SOURCE_FIELDS.map((f) => `source_1_${f}`)];
const EVENT_KEYS: string[] = [...PLAIN_FIELDS, 'quote', 'sources', 'translations'];
const SOURCE_COLUMN = /^source_(\d+)_(publisher|title|date|url)$/;
/** Cells that hold dates, which a spreadsheet may have rewritten in its own form. */
const DATE_COLUMN = /^(date|end|source_\d+_date)$/;

/** A problem in a CSV file: `line` and `column` give the line in the text and the cell's number; `row` is the spreadsheet's row. */
export interface CsvProblem extends Problem {
  row?: number;
  columnName?: string;
}

/** The columns for events with at most `sourceCount` sources, in the order they are written. */
export function csvColumns(sourceCount: number): string[] {
  const sources = Array.from({ length: Math.max(1, sourceCount) }, (_, i) =>
    SOURCE_FIELDS.map((field) => `source_${i + 1}_${field}`),
  ).flat();
  const translations = TRANSLATED_LANGUAGES.flatMap((lang) => [
    ...EVENT_TEXT_FIELDS.map((field) => `${field}_${lang}`),
    `reviewed_${lang}`,
  ]);
  return [...LEADING, ...sources, ...translations];
}

/** "events.csv row 14, column date (id "x"): message hint": how the command line prints a CSV problem. */
export function formatCsvProblem(problem: CsvProblem): string {
  const where = problem.row ? ` row ${problem.row}${problem.columnName ? `, column ${problem.columnName}` : ''}` : '';
  const id = problem.entryId ? ` (id "${problem.entryId}")` : '';
  const hint = problem.hint ? ` ${problem.hint}` : '';
  return `${problem.severity}: ${problem.file}${where}${id}: ${problem.message}${hint}`;
}

// ————— export —————

export interface CsvExport {
  text: string;
  /** Events.json problems that keep an event from the spreadsheet; the text is then not to be used. */
  problems: Problem[];
}

/**
 * The events as CSV text with a byte-order mark, without which Excel reads UTF-8 as the
 * computer's legacy code page and garbles Turkish, Hebrew and Arabic.
 */
export function eventsToCsv(events: readonly unknown[], options: { delimiter?: Delimiter; file?: string } = {}): CsvExport {
  const file = options.file ?? 'events.json';
  const problems: Problem[] = [];
  const sourceCount = Math.max(1, ...events.map((event) => (isObject(event) && Array.isArray(event.sources) ? event.sources.length : 0)));
  const columns = csvColumns(sourceCount);
  const rows = events.map((event, index) => {
    const refuse = (path: PathSegment[], message: string, hint: string) =>
      problems.push({
        severity: 'error',
        file,
        path: ['events', index, ...path],
        entryId: isObject(event) && typeof event.id === 'string' ? event.id : undefined,
        message,
        hint,
      });
    const cells: Record<string, string> = {};
    if (!isObject(event)) {
      refuse([], 'this entry is not an object { … }, so it has no row in a spreadsheet.', 'Fix events.json first (npm run check:data).');
      return columns.map(() => '');
    }
    for (const key of Object.keys(event)) {
      if (!EVENT_KEYS.includes(key))
        refuse(
          [key],
          `the field "${key}" has no column in the spreadsheet and would be lost.`,
          didYouMean(key, EVENT_KEYS) ?? 'Remove it, or fix events.json first.',
        );
    }
    const text = (value: unknown, path: PathSegment[], column: string) => {
      if (value === undefined) return;
      if (typeof value === 'string') cells[column] = value;
      else
        refuse(path, `expected text, found ${typeOf(value)}; a spreadsheet cell would turn it into text.`, 'Write it as text in quotes.');
    };
    for (const key of ['id', 'date', 'end', 'title', 'label', 'annotation', 'summary', 'category'] as const) text(event[key], [key], key);
    if (event.key === true) cells.key = 'true';
    else if (event.key !== undefined)
      refuse(['key'], `expected true, found ${JSON.stringify(event.key)}.`, 'Write true for a key moment, or leave the field out.');
    for (const key of ['places', 'themes'] as const) {
      const ids = event[key];
      if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string' || id.includes(LIST_SEPARATOR) || id === '')) {
        if (ids !== undefined)
          refuse([key], `expected a list of ids, found ${JSON.stringify(ids)}.`, 'Fix events.json first (npm run check:data).');
      } else cells[key] = ids.join(LIST_SEPARATOR);
    }
    if (event.quote !== undefined) {
      if (!isObject(event.quote))
        refuse(['quote'], `expected an object { "text", "speaker" }, found ${typeOf(event.quote)}.`, 'Fix events.json first.');
      else {
        for (const key of Object.keys(event.quote))
          if (key !== 'text' && key !== 'speaker' && key !== 'said')
            refuse(['quote', key], `the field "${key}" has no column and would be lost.`, 'Remove it.');
        text(event.quote.text, ['quote', 'text'], 'quote_text');
        text(event.quote.speaker, ['quote', 'speaker'], 'quote_speaker');
        text(event.quote.said, ['quote', 'said'], 'quote_said');
      }
    }
    if (Array.isArray(event.sources)) {
      event.sources.forEach((source, s) => {
        if (!isObject(source)) return refuse(['sources', s], `expected a source { … }, found ${typeOf(source)}.`, 'Fix events.json first.');
        for (const key of Object.keys(source)) {
          if (!(SOURCE_FIELDS as readonly string[]).includes(key))
            refuse(
              ['sources', s, key],
              `the field "${key}" has no column and would be lost.`,
              didYouMean(key, SOURCE_FIELDS) ?? 'Remove it.',
            );
        }
        for (const field of SOURCE_FIELDS) text(source[field], ['sources', s, field], `source_${s + 1}_${field}`);
      });
    } else if (event.sources !== undefined)
      refuse(['sources'], `expected a list of sources, found ${typeOf(event.sources)}.`, 'Fix events.json first.');
    exportTranslations(event.translations, cells, refuse, text);
    return columns.map((column) => cells[column] ?? '');
  });
  const format = dsvFormat(options.delimiter ?? ',');
  return { text: '\uFEFF' + format.formatRows([columns, ...rows]) + '\n', problems };
}

function exportTranslations(
  translations: unknown,
  cells: Record<string, string>,
  refuse: (path: PathSegment[], message: string, hint: string) => void,
  text: (value: unknown, path: PathSegment[], column: string) => void,
) {
  if (translations === undefined) return;
  if (!isObject(translations))
    return refuse(['translations'], `expected an object by language, found ${typeOf(translations)}.`, 'Fix events.json first.');
  const languages = Object.keys(translations);
  // An empty object and languages out of order would come back otherwise: refuse rather than change bytes.
  if (languages.length === 0) refuse(['translations'], 'an empty "translations": {} has no cells and would be dropped.', 'Remove it.');
  const expectedOrder = TRANSLATED_LANGUAGES.filter((lang) => languages.includes(lang));
  if (languages.join() !== expectedOrder.join() && languages.every((lang) => (TRANSLATED_LANGUAGES as readonly string[]).includes(lang))) {
    refuse(
      ['translations'],
      `the languages are in the order ${languages.join(', ')}; the spreadsheet brings them back as ${expectedOrder.join(', ')}.`,
      'List them in that order.',
    );
  }
  for (const lang of languages) {
    const one = translations[lang];
    if (!(TRANSLATED_LANGUAGES as readonly string[]).includes(lang)) {
      refuse(
        ['translations', lang],
        `"${lang}" is not a language of the story and has no columns.`,
        `Use one of ${TRANSLATED_LANGUAGES.join(', ')}.`,
      );
      continue;
    }
    if (!isObject(one)) {
      refuse(['translations', lang], `expected an object, found ${typeOf(one)}.`, 'Fix events.json first.');
      continue;
    }
    const keys = Object.keys(one);
    const order = [...EVENT_TEXT_FIELDS, 'reviewed'].filter((key) => keys.includes(key));
    if (keys.join() !== order.join())
      refuse(
        ['translations', lang],
        `the fields are in the order ${keys.join(', ')}; the spreadsheet brings them back as ${order.join(', ')}.`,
        'List them in that order.',
      );
    for (const field of EVENT_TEXT_FIELDS) text(one[field], ['translations', lang, field], `${field}_${lang}`);
    if (typeof one.reviewed === 'boolean') cells[`reviewed_${lang}`] = String(one.reviewed);
    else if (one.reviewed === undefined)
      refuse(['translations', lang, 'reviewed'], 'the required field "reviewed" is missing.', 'Add "reviewed": false.');
    else refuse(['translations', lang, 'reviewed'], `expected true or false, found ${typeOf(one.reviewed)}.`, 'Write true or false.');
  }
}

// ————— import —————

/** Where each event came from in the CSV text, so later problems point at its cells. */
export interface RowPosition {
  /** The spreadsheet's row number (the header is row 1). */
  row: number;
  /** The line in the text where the row starts (a quoted cell may span lines). */
  line: number;
}

export interface CsvRead {
  /** The events in the order of their rows; empty when the header is unusable. */
  events: Record<string, unknown>[];
  positions: RowPosition[];
  columns: string[];
  problems: CsvProblem[];
  delimiter: Delimiter;
}

export function csvToEvents(input: string, file = CSV_FILE): CsvRead {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const table = dsvFormat(delimiter).parseRows(text);
  const problems: CsvProblem[] = [];
  const lines = rowLines(table);
  const at = (index: number, column: number | undefined, columnName: string | undefined) => ({
    file,
    row: index + 1,
    line: lines[index],
    column: column === undefined ? undefined : column + 1,
    columnName,
    path: [],
  });
  const columns = table[0] ?? [];
  const read: CsvRead = { events: [], positions: [], columns, problems, delimiter };
  if (
    !checkHeader(columns, (column, message, hint) =>
      problems.push({ severity: 'error', ...at(0, column, columns[column ?? -1]), message, hint }),
    )
  )
    return read;

  const index = new Map(columns.map((name, i) => [name, i]));
  const sourceCount = Math.max(...columns.map((name) => Number(SOURCE_COLUMN.exec(name)?.[1] ?? 0)));
  for (let r = 1; r < table.length; r++) {
    const cells = table[r]!;
    // Spreadsheets save trailing empty rows; they are not events.
    if (cells.every((cell) => cell.trim() === '')) continue;
    const report = (severity: 'error' | 'warning', column: string, message: string, hint?: string) =>
      problems.push({ severity, ...at(r, index.get(column), column), entryId: cells[index.get('id') ?? -1] || undefined, message, hint });
    if (cells.length > columns.length && cells.slice(columns.length).some((cell) => cell !== '')) {
      problems.push({
        severity: 'error',
        ...at(r, columns.length, undefined),
        message: `this row has ${cells.length} cells but the header names ${columns.length} columns; the extra ones would be lost.`,
        hint: 'Look for a separator inside a cell that is not in quotes, or add a header for the column.',
      });
    }
    const cell = (column: string): string => {
      const value = cells[index.get(column) ?? -1] ?? '';
      if (!DATE_COLUMN.test(column) || value === '') return value;
      const date = readSpreadsheetDate(value);
      if (!date.ok) {
        report('error', column, date.message, date.hint);
        return value;
      }
      if (date.warning) report('warning', column, date.warning);
      return date.iso;
    };
    read.events.push(eventFromCells(cell, sourceCount, (column, message, hint) => report('error', column, message, hint)));
    read.positions.push({ row: r + 1, line: lines[r]! });
  }
  return read;
}

/** The line each record starts on: records before it take one line each, plus the line breaks inside their quoted cells. */
function rowLines(table: string[][]): number[] {
  const lines: number[] = [];
  let line = 1;
  for (const cells of table) {
    lines.push(line);
    line += 1 + cells.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
  }
  return lines;
}

function checkHeader(columns: string[], report: (column: number | undefined, message: string, hint?: string) => void): boolean {
  let usable = true;
  const known = new Set(csvColumns(1));
  const seen = new Map<string, number>();
  columns.forEach((name, i) => {
    if (seen.has(name)) {
      report(i, `the column "${name}" appears twice (first as column ${seen.get(name)! + 1}).`, 'Delete one of them.');
      usable = false;
    }
    seen.set(name, i);
    if (known.has(name) || SOURCE_COLUMN.test(name)) return;
    report(
      i,
      `unknown column "${name}"; its cells would be lost.`,
      didYouMean(name, known) ?? `The columns are: ${csvColumns(1).join(', ')} (and source_2_… for more sources).`,
    );
    usable = false;
  });
  for (const name of REQUIRED) {
    if (!seen.has(name)) {
      report(undefined, `the column "${name}" is missing.`, 'Export a fresh events.csv to see every column, and copy your rows into it.');
      usable = false;
    }
  }
  const sourceCount = Math.max(0, ...columns.map((name) => Number(SOURCE_COLUMN.exec(name)?.[1] ?? 0)));
  for (let s = 2; s <= sourceCount; s++) {
    for (const field of SOURCE_FIELDS) {
      if (!seen.has(`source_${s}_${field}`)) {
        report(undefined, `the column "source_${s}_${field}" is missing: each source needs its four columns.`, 'Add it, even if empty.');
        usable = false;
      }
    }
  }
  return usable;
}

/** One event, its fields in the schema's order; empty cells leave optional fields out. */
function eventFromCells(
  cell: (column: string) => string,
  sourceCount: number,
  refuse: (column: string, message: string, hint?: string) => void,
): Record<string, unknown> {
  const event: Record<string, unknown> = { id: cell('id'), date: cell('date') };
  if (cell('end') !== '') event.end = cell('end');
  event.title = cell('title');
  const key = cell('key').trim();
  // Spreadsheets turn true into their own TRUE.
  if (/^true$/i.test(key)) event.key = true;
  else if (key !== '') refuse('key', `expected true or nothing, found "${key}".`, 'Write true for a key moment, or leave the cell empty.');
  if (cell('label') !== '') event.label = cell('label');
  if (cell('annotation') !== '') event.annotation = cell('annotation');
  event.summary = cell('summary');
  event.category = cell('category');
  event.places = splitList(cell('places'));
  event.themes = splitList(cell('themes'));
  const said = cell('quote_said');
  if (cell('quote_text') !== '' || cell('quote_speaker') !== '' || said !== '') {
    event.quote = { text: cell('quote_text'), speaker: cell('quote_speaker'), ...(said === '' ? {} : { said }) };
  }
  const sources: Record<string, string>[] = [];
  for (let s = 1; s <= sourceCount; s++) {
    const values = SOURCE_FIELDS.map((field) => cell(`source_${s}_${field}`));
    if (values.every((value) => value === '')) continue;
    // A print or wire source has no URL: an empty url cell leaves the field out.
    sources.push(
      Object.fromEntries(SOURCE_FIELDS.map((field, i) => [field, values[i]!]).filter(([field, value]) => field !== 'url' || value !== '')),
    );
  }
  event.sources = sources;
  const translations: Record<string, Record<string, unknown>> = {};
  for (const lang of TRANSLATED_LANGUAGES) {
    const one: Record<string, unknown> = {};
    for (const field of EVENT_TEXT_FIELDS) if (cell(`${field}_${lang}`) !== '') one[field] = cell(`${field}_${lang}`);
    const reviewed = cell(`reviewed_${lang}`).trim();
    // Spreadsheets turn true and false into their own TRUE and FALSE.
    if (/^(true|false)$/i.test(reviewed)) one.reviewed = reviewed.toLowerCase() === 'true';
    else if (reviewed !== '')
      refuse(
        `reviewed_${lang}`,
        `expected true or false, found "${reviewed}".`,
        'Write false until a fluent human has checked the translation, then true.',
      );
    if (Object.keys(one).length > 0) translations[lang] = one;
  }
  if (Object.keys(translations).length > 0) event.translations = translations;
  return event;
}

function splitList(value: string): string[] {
  return value.trim() === '' ? [] : value.split(LIST_SEPARATOR).map((id) => id.trim());
}

/** The CSV cell a problem in events.json points at: ["events", 4, "sources", 1, "url"] → "source_2_url". */
export function columnForPath(path: readonly PathSegment[]): string | undefined {
  const [, , field, a, b] = path;
  if (field === undefined) return undefined;
  if (field === 'sources') return `source_${typeof a === 'number' ? a + 1 : 1}_${typeof b === 'string' ? b : 'publisher'}`;
  if (field === 'quote') return `quote_${b === undefined && typeof a === 'string' ? a : 'text'}`;
  if (field === 'translations') {
    if (typeof a !== 'string') return 'title_tr';
    return `${typeof b === 'string' ? b : 'title'}_${a}`;
  }
  return String(field);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? `"${value}"` : `${typeof value} ${JSON.stringify(value)}`;
}
