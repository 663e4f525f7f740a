/**
 * A spreadsheet's events.csv in, events.json out, checked by the same validation as
 * `npm run check:data` against the rest of data/. Problems in events point at the row and
 * column they came from; any error means no file, so data/ is never overwritten with a
 * story that would not show.
 */
import { textOfInput } from '../data/decode.ts';
import { COLLECTION_FILES } from '../data/data-files.ts';
import type { Problem } from '../data/problems.ts';
import { validateStory, type FileInput } from '../data/validate.ts';
import { reportEditorialChecks } from '../data/editorial-checks.ts';
import { CSV_FILE, columnForPath, csvToEvents, type CsvProblem } from './events-csv.ts';
import { formatDataFile, schemaPointer } from './format-json.ts';

const EVENTS_FILE = COLLECTION_FILES.events;

export interface EventsImport {
  /** The new events.json, in the repository's format; null when there is an error. */
  text: string | null;
  problems: CsvProblem[];
}

/**
 * `files` is data/ as it is now. The new file keeps the current one's "$schema" pointer and
 * final newline, so the diff shows only the events that changed.
 */
export function importEventsCsv(csv: string, files: Readonly<Record<string, FileInput | undefined>>, file = CSV_FILE): EventsImport {
  const read = csvToEvents(csv, file);
  const current = files[EVENTS_FILE];
  const currentText = textOfInput(current);
  const head = schemaHead(currentText);
  const text = formatDataFile({ ...head, events: read.events }, { finalNewline: currentText === undefined || currentText.endsWith('\n') });
  const problems: CsvProblem[] = [...read.problems];
  if (read.columns.length === 0 || read.problems.some((p) => p.severity === 'error' && p.row === 1)) return { text: null, problems };

  const { problems: found } = validateStory({ ...files, [EVENTS_FILE]: { text } }, { editorial: reportEditorialChecks });
  for (const problem of found) problems.push(locateInCsv(problem, read.positions, read.columns, file));
  const hasError = problems.some((p) => p.severity === 'error');
  return { text: hasError ? null : text, problems };
}

/** The current file's "$schema" pointer, or the repository's default one. */
function schemaHead(text: string | undefined): { $schema?: string } {
  if (text === undefined) return { $schema: schemaPointer(EVENTS_FILE) };
  try {
    const value = JSON.parse(text) as { $schema?: unknown };
    return typeof value?.$schema === 'string' ? { $schema: value.$schema } : {};
  } catch {
    return { $schema: schemaPointer(EVENTS_FILE) };
  }
}

function locateInCsv(problem: Problem, positions: { row: number; line: number }[], columns: string[], file: string): CsvProblem {
  const [key, index] = problem.path;
  if (problem.file !== EVENTS_FILE || key !== 'events' || typeof index !== 'number' || !positions[index]) return problem;
  const columnName = columnForPath(problem.path);
  const columnIndex = columnName === undefined ? -1 : columns.indexOf(columnName);
  return {
    ...problem,
    file,
    row: positions[index].row,
    line: positions[index].line,
    column: columnIndex === -1 ? undefined : columnIndex + 1,
    columnName,
  };
}
