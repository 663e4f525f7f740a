/**
 * One data file from bytes (or text) to valid entries and located problems: decoded as
 * UTF-8, parsed as JSON, checked against its schema entry by entry, each bad entry mended
 * where only an optional part of it is bad (salvage.ts) and left out otherwise.
 */
import * as v from 'valibot';
import { COLLECTIONS, STORY_FILE, STORY_SALVAGE, StoryFile, collectionFileSchema, type CollectionName, type StoryData } from './schema.ts';
import { formatPath, type PathSegment, type Problem } from './problems.ts';
import { decodeUtf8 } from './decode.ts';
import { parseJson } from './parse-json.ts';
import { issuePath, parseWithSalvage, type Mended } from './salvage.ts';
import { didYouMean } from './suggest.ts';

/** What the loader hands over for each file: its bytes (or text), or why it could not be read. */
export type FileInput = { bytes: Uint8Array } | { text: string } | { unreadable: string; notFound?: true };

type Report = (problem: Problem) => void;

/** Set by the readers when a JSON mistake was located without the precise scanner (parse-json.ts). */
export interface ReadNotes {
  approximate?: boolean;
}

/** An entry together with its position in the file, so later problems can point at it. */
export interface Located<T> {
  entry: T;
  index: number;
}

export interface CollectionRead<T = unknown> {
  valid: Located<T>[];
  /** Entries left out for their own problems, raw, so their references can still be checked. */
  rejected: Located<Record<string, unknown>>[];
  /** Ids of the rejected entries, and where each problem is, for follow-on messages. */
  leftOut: Map<string, string>;
}

/** Every field name the schema knows, for "did you mean" on unknown fields. */
const KNOWN_FIELDS = collectFieldNames([StoryFile, ...Object.values(COLLECTIONS).map((c) => c.entry)]);

export function readStoryFile(input: FileInput | undefined, report: Report, notes: ReadNotes = {}): StoryData | null {
  const value = readJson(STORY_FILE, input, report, notes);
  if (value === undefined) return null;
  if (!isObject(value)) {
    report(wrongShape(STORY_FILE, value, 'an object { "title": …, "dek": …, … }'));
    return null;
  }
  const result = parseWithSalvage(StoryFile, value, STORY_SALVAGE);
  if (!result.ok) {
    for (const issue of result.issues) report(issueToProblem(STORY_FILE, [], issue, undefined, true));
    return null;
  }
  reportMended(STORY_FILE, [], result.mended, undefined, report);
  return result.output;
}

/** The file's valid entries (bad ones reported and left out), or null when the file cannot be used at all. */
export function readCollection(
  name: CollectionName,
  input: FileInput | undefined,
  report: Report,
  notes: ReadNotes = {},
): CollectionRead | null {
  const spec = COLLECTIONS[name];
  if (input === undefined && 'optional' in spec && spec.optional) return { valid: [], rejected: [], leftOut: new Map() };
  const value = readJson(spec.file, input, report, notes);
  if (value === undefined) return null;
  if (!isObject(value) || !Array.isArray(value[spec.key])) {
    report(wrongShape(spec.file, value, `an object with a list "${spec.key}": [ … ]`));
    return null;
  }
  // Stray top-level fields do no harm to the entries: report them and read on.
  const shell = v.safeParse(collectionFileSchema(spec, v.unknown()), value);
  if (!shell.success)
    for (const issue of shell.issues) report({ ...issueToProblem(spec.file, [], issue, undefined, false), severity: 'warning' });

  const read: CollectionRead = { valid: [], rejected: [], leftOut: new Map() };
  (value[spec.key] as unknown[]).forEach((entry, index) => {
    const at = [spec.key, index];
    const result = parseWithSalvage(spec.entry, entry, spec.salvage);
    if (result.ok) {
      read.valid.push({ entry: result.output, index });
      reportMended(spec.file, at, result.mended, entryIdOf(entry), report);
      return;
    }
    for (const issue of result.issues) report(issueToProblem(spec.file, at, issue, entryIdOf(entry), true));
    if (!isObject(entry)) return;
    read.rejected.push({ entry, index });
    const id = entryIdOf(entry);
    if (id !== undefined) read.leftOut.set(id, formatPath([...at, ...issuePath(result.issues[0]!)]));
  });
  return read;
}

function readJson(file: string, input: FileInput | undefined, report: Report, notes: ReadNotes): unknown {
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
  let text: string;
  if ('bytes' in input) {
    const decoded = decodeUtf8(input.bytes);
    if (!decoded.ok) {
      const { ok: _ok, ...located } = decoded;
      report({ severity: 'error', file, path: [], ...located, skipped: true });
      return undefined;
    }
    text = decoded.text;
  } else text = input.text;
  const parsed = parseJson(text);
  if (parsed.approximate) notes.approximate = true;
  if (!parsed.ok) {
    const { ok: _ok, approximate: _approximate, ...located } = parsed;
    report({ severity: 'error', file, path: [], ...located, skipped: true });
    return undefined;
  }
  for (const flaw of parsed.flaws) report({ severity: 'error', file, ...flaw, entryId: entryIdAt(parsed.value, flaw.path) });
  return parsed.value;
}

function wrongShape(file: string, value: unknown, expected: string): Problem {
  return {
    severity: 'error',
    file,
    path: [],
    message: `the file must hold ${expected}, but it holds ${describeValue(value)}.`,
    hint: 'Compare it with the example in the README, or restore it from the last version that worked.',
    skipped: true,
  };
}

/** The entry shows, without or instead of the bad part; the problem says which. */
function reportMended(file: string, prefix: PathSegment[], mended: Mended[], entryId: string | undefined, report: Report) {
  for (const { issue, mend } of mended) {
    const problem = issueToProblem(file, prefix, issue, entryId, false);
    report({ ...problem, severity: mend.severity ?? 'warning', message: `${problem.message} ${mend.then}` });
  }
}

export function issueToProblem(
  file: string,
  prefix: PathSegment[],
  issue: v.BaseIssue<unknown>,
  entryId: string | undefined,
  skipped: boolean,
): Problem {
  const path = [...prefix, ...issuePath(issue)];
  const field = path.length > prefix.length ? String(path[path.length - 1]) : undefined;
  const base = { severity: 'error' as const, file, path, entryId, skipped };
  if (issue.type.startsWith('strict_object') && issue.expected === 'never' && field !== undefined) {
    return {
      ...base,
      message: `unknown field "${field}".`,
      hint: didYouMean(field, KNOWN_FIELDS) ?? 'Remove it, or check the field names in the README.',
    };
  }
  if (issue.received === 'undefined' && typeof path[path.length - 1] === 'string' && field !== undefined) {
    const inSource = path[path.length - 3] === 'sources';
    return { ...base, message: `the required field "${field}" is missing.`, ...(inSource ? { hint: SOURCE_HINT } : {}) };
  }
  const found = describeReceived(issue.received);
  // Our own messages (set in schema.ts) say what is expected; valibot's defaults start with "Invalid".
  if (issue.kind === 'schema' && /^Invalid /.test(issue.message))
    return { ...base, message: `expected ${describeExpected(issue.expected)}, found ${found}.` };
  if (issue.type === 'non_empty') return { ...base, message: 'this text is empty; write something or remove the field.' };
  return { ...base, message: `expected ${issue.message}, found ${found}.` };
}

const SOURCE_HINT =
  'Every source needs its publisher, title and date, so a reader can find it; "url" may be left out only for print or wire copy.';

function describeExpected(expected: string | null): string {
  if (!expected) return 'another value';
  if (expected === 'Array') return 'a list [ … ]';
  if (expected === 'Object') return 'an object { … }';
  return expected.replace(/\|/g, ' or ');
}

/** valibot says what it received as code ("undefined", "Array", "\"x\""); an editor reads words. */
function describeReceived(received: string): string {
  if (received === 'undefined') return 'nothing';
  if (received === 'Array') return 'a list';
  if (received === 'Object') return 'an object';
  return received;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (isObject(value))
    return `an object with ${
      Object.keys(value).length === 0
        ? 'no fields'
        : `the fields ${Object.keys(value)
            .map((key) => `"${key}"`)
            .join(', ')}`
    }`;
  return typeof value === 'string' ? 'a text' : `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

/** The id of the entry a path points into (["events", 4, "date"] → the id of events[4]). */
function entryIdAt(value: unknown, path: PathSegment[]): string | undefined {
  if (!isObject(value) || path.length < 2) return undefined;
  const list = value[path[0]!];
  return Array.isArray(list) && typeof path[1] === 'number' ? entryIdOf(list[path[1]]) : undefined;
}

export function entryIdOf(entry: unknown): string | undefined {
  if (!isObject(entry)) return undefined;
  if (typeof entry.id === 'string') return entry.id;
  const properties = entry.properties;
  if (isObject(properties) && typeof properties.id === 'string') return properties.id;
  return undefined;
}

export function isObject(value: unknown): value is Record<string, unknown> {
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
