/**
 * A problem found in data/: where it is, what is wrong, and what to do. The same record is
 * printed by `npm run check:data` and shown to readers in the page's notice or error panel.
 */

export type Severity = 'error' | 'warning';

export type PathSegment = string | number;

export interface Problem {
  severity: Severity;
  /** File name inside data/, such as "events.json". */
  file: string;
  /** Where in the file: ["events", 12, "places", 1]. Empty for the file as a whole. */
  path: PathSegment[];
  /** The id of the entry the path points into, when it has one. */
  entryId?: string;
  /** What is wrong, in a sentence an editor understands. */
  message: string;
  /** What to do about it, such as 'Did you mean "ankara"?'. */
  hint?: string;
  /** 1-based line and column in the file, when known. */
  line?: number;
  column?: number;
  /** True when the problem made the page leave out an entry (or a whole file). */
  skipped?: boolean;
  /**
   * Set on a reference to an id that is not there (references.ts): the file it points into,
   * and what that cost: the entries left out when the reference is essential, else the
   * references dropped from entries that still show.
   */
  reference?: { file: string; count: number };
}

/** ["events", 12, "places", 1] → "events[12].places[1]" */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/** One line per problem: "events.json:120:9 events[12] (id "x").places[1]: message. hint" */
export function formatProblem(problem: Problem): string {
  const position = problem.line ? `:${problem.line}:${problem.column ?? 1}` : '';
  const where = problem.path.length ? ` ${formatPath(problem.path)}` : '';
  const id = problem.entryId ? ` (id "${problem.entryId}")` : '';
  const hint = problem.hint ? ` ${problem.hint}` : '';
  return `${problem.severity}: data/${problem.file}${position}${where}${id}: ${problem.message}${hint}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
