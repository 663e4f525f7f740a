/**
 * The spreadsheet round trip from the command line:
 *   npm run events:export -- events.csv   writes data/events.json as a spreadsheet
 *   npm run events:import -- events.csv   rewrites data/events.json from one
 * Import checks the result as `npm run check:data` does and, on any error, prints each one
 * by row and column, exits 1 and leaves data/ as it was. STORY_DATA_DIR names another folder.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { DATA_FILES, COLLECTION_FILES } from '../src/lib/data/data-files.ts';
import type { FileInput } from '../src/lib/data/validate.ts';
import { formatProblem } from '../src/lib/data/problems.ts';
import { eventsToCsv, formatCsvProblem, type CsvProblem } from '../src/lib/desk/events-csv.ts';
import { importEventsCsv } from '../src/lib/desk/events-import.ts';

const USAGE = 'usage: npm run events:export -- <file.csv>   or   npm run events:import -- <file.csv>';

export function runEventsCsv(args: string[], dataDir = resolve(process.env.STORY_DATA_DIR ?? 'data')): number {
  const [command, csvPath] = args;
  if ((command !== 'export' && command !== 'import') || !csvPath) {
    console.error(USAGE);
    return 2;
  }
  const eventsPath = resolve(dataDir, COLLECTION_FILES.events);
  if (command === 'export') {
    const events = (JSON.parse(readFileSync(eventsPath, 'utf8')) as { events?: unknown }).events;
    if (!Array.isArray(events)) {
      console.error(`error: ${eventsPath} has no list "events": run npm run check:data.`);
      return 1;
    }
    const { text, problems } = eventsToCsv(events);
    for (const problem of problems) console.error(formatProblem(problem));
    if (problems.length > 0) {
      console.error(`\n${csvPath} was not written: these events would not survive a spreadsheet.`);
      return 1;
    }
    writeFileSync(csvPath, text);
    console.log(`wrote ${events.length} events to ${csvPath}`);
    return 0;
  }

  if (!existsSync(csvPath)) {
    console.error(`error: there is no file ${csvPath}.`);
    return 1;
  }
  const files: Record<string, FileInput> = {};
  for (const file of DATA_FILES) {
    const path = resolve(dataDir, file);
    files[file] = existsSync(path) ? { text: readFileSync(path, 'utf8') } : { unreadable: `there is no file ${path}` };
  }
  const { text, problems } = importEventsCsv(readFileSync(csvPath, 'utf8'), files, basename(csvPath));
  // Warnings about other files are check:data's business; errors anywhere stop the import.
  const relevant = problems.filter((p) => p.row !== undefined || p.severity === 'error');
  const sorted = [...relevant].sort(
    (a, b) => Number(b.severity === 'error') - Number(a.severity === 'error') || (a.line ?? 0) - (b.line ?? 0),
  );
  for (const problem of sorted) console.error(describe(problem));
  if (text === null) {
    const errors = problems.filter((p) => p.severity === 'error').length;
    console.error(`\n${errors} error${errors === 1 ? '' : 's'}: ${eventsPath} was left as it was.`);
    return 1;
  }
  // Written beside the file and renamed over it, so an interrupted write cannot leave half a file.
  const temporary = `${eventsPath}.importing`;
  writeFileSync(temporary, text);
  renameSync(temporary, eventsPath);
  console.log(`rewrote ${eventsPath} from ${csvPath}.`);
  return 0;
}

function describe(problem: CsvProblem): string {
  return problem.row ? formatCsvProblem(problem) : formatProblem(problem);
}

if (process.argv[1]?.endsWith('events-csv.ts')) process.exit(runEventsCsv(process.argv.slice(2)));
