/**
 * What an edit changed against the published data/: entries added, removed and changed,
 * field by field, as data for the desk to list and as plain text for a commit message or a
 * newsroom's CMS note. Also drafts the corrections-log entries readers are owed when a
 * published event's date, title or summary changes.
 */
import { COLLECTION_FILES } from '../data/data-files.ts';

type Json = unknown;

export interface FieldChange {
  /** "title", "sources[1].url", "translations.tr.title" */
  field: string;
  before: Json;
  after: Json;
}

export interface EntryChange {
  kind: 'added' | 'removed' | 'changed';
  id: string;
  /** The entry's title or name after the edit (before it, when removed). */
  label: string;
  fields: FieldChange[];
}

export interface FileChanges {
  file: string;
  entries: EntryChange[];
  /** Changes outside the file's entries (story.json's fields, a file's own "$schema"). */
  fields: FieldChange[];
}

const LIST_KEYS: Record<string, string> = {
  [COLLECTION_FILES.categories]: 'categories',
  [COLLECTION_FILES.events]: 'events',
  [COLLECTION_FILES.eras]: 'eras',
  [COLLECTION_FILES.places]: 'places',
  [COLLECTION_FILES.themes]: 'themes',
  [COLLECTION_FILES.relations]: 'sides',
  [COLLECTION_FILES.regions]: 'features',
};

/** Files in the order given; files without a change are left out. */
export function summarizeChanges(published: Readonly<Record<string, Json>>, current: Readonly<Record<string, Json>>): FileChanges[] {
  const out: FileChanges[] = [];
  for (const file of Object.keys(current)) {
    const before = published[file];
    const after = current[file];
    const key = LIST_KEYS[file];
    const changes: FileChanges = { file, entries: [], fields: [] };
    if (key && isObject(before) && isObject(after) && Array.isArray(before[key]) && Array.isArray(after[key])) {
      changes.entries = diffEntries(before[key], after[key]);
      const { [key]: _b, $schema: _s1, ...restBefore } = before;
      const { [key]: _a, $schema: _s2, ...restAfter } = after;
      diffValue(restBefore, restAfter, '', changes.fields);
    } else {
      const strip = (value: Json) => (isObject(value) ? (({ $schema: _, ...rest }) => rest)(value) : value);
      diffValue(strip(before), strip(after), '', changes.fields);
    }
    if (changes.entries.length || changes.fields.length) out.push(changes);
  }
  return out;
}

function diffEntries(before: Json[], after: Json[]): EntryChange[] {
  const byId = (list: Json[]) => new Map(list.map((entry, index) => [idOf(entry) ?? `#${index + 1}`, entry]));
  const old = byId(before);
  const now = byId(after);
  const entries: EntryChange[] = [];
  for (const [id, entry] of now) {
    const previous = old.get(id);
    if (previous === undefined) {
      entries.push({ kind: 'added', id, label: labelOf(entry), fields: [] });
      continue;
    }
    const fields: FieldChange[] = [];
    diffValue(previous, entry, '', fields);
    if (fields.length) entries.push({ kind: 'changed', id, label: labelOf(entry), fields });
  }
  for (const [id, entry] of old) if (!now.has(id)) entries.push({ kind: 'removed', id, label: labelOf(entry), fields: [] });
  return entries;
}

/** Objects field by field; lists of objects item by item; anything else compared whole. */
function diffValue(before: Json, after: Json, path: string, out: FieldChange[]) {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const key of keys) diffValue(before[key], after[key], path ? `${path}.${key}` : key, out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && [...before, ...after].some(isObject)) {
    for (let i = 0; i < Math.max(before.length, after.length); i++) diffValue(before[i], after[i], `${path}[${i}]`, out);
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) out.push({ field: path, before, after });
}

/** Draft corrections-log entries, one per published event whose date, title or summary changed. */
export function correctionDrafts(changes: readonly FileChanges[], today: string): { date: string; text: string }[] {
  const events = changes.find((c) => c.file === COLLECTION_FILES.events);
  if (!events) return [];
  const drafts: { date: string; text: string }[] = [];
  for (const entry of events.entries) {
    if (entry.kind !== 'changed') continue;
    const change = (field: string) => entry.fields.find((f) => f.field === field);
    const date = change('date');
    const title = change('title');
    const summary = change('summary');
    const parts: string[] = [];
    if (date) parts.push(`gave its date as ${String(date.before)}; it is ${String(date.after)}`);
    if (title) parts.push(`titled it "${String(title.before)}"`);
    if (summary) parts.push('had a different summary, now corrected');
    if (parts.length) drafts.push({ date: today, text: `An earlier version of the event "${entry.label}" ${parts.join(', and ')}.` });
  }
  return drafts;
}

/**
 * Entries listed one by one in the text summary of a file; past them it gives a count. A
 * commit message or CMS note has no use for 20,000 lines, and a text area holding them
 * takes the browser seconds to lay out.
 */
export const MAX_TEXT_ENTRIES = 500;

/** The summary as plain text, one line per entry (the first MAX_TEXT_ENTRIES of each file). */
export function changesAsText(changes: readonly FileChanges[], maxEntries = MAX_TEXT_ENTRIES): string {
  if (changes.length === 0) return 'No changes against the published data.';
  const lines: string[] = [];
  for (const { file, entries, fields } of changes) {
    const count = (kind: EntryChange['kind']) => entries.filter((e) => e.kind === kind).length;
    lines.push(`${file}: ${count('added')} added, ${count('removed')} removed, ${count('changed')} changed`);
    for (const field of fields) lines.push(`  ${describeField(field)}`);
    if (entries.length > maxEntries) lines.push(`  (the first ${maxEntries} of ${entries.length} entries:)`);
    for (const entry of entries.slice(0, maxEntries)) {
      const sign = entry.kind === 'added' ? '+' : entry.kind === 'removed' ? '-' : '~';
      const detail = entry.fields.length ? `: ${entry.fields.map(describeField).join('; ')}` : '';
      lines.push(`  ${sign} ${entry.id} "${entry.label}"${detail}`);
    }
  }
  return lines.join('\n');
}

export function describeField({ field, before, after }: FieldChange): string {
  const show = (value: Json) => (value === undefined ? '(none)' : JSON.stringify(value));
  return `${field} ${show(before)} → ${show(after)}`;
}

function idOf(entry: Json): string | undefined {
  if (!isObject(entry)) return undefined;
  if (typeof entry.id === 'string') return entry.id;
  if (isObject(entry.properties) && typeof entry.properties.id === 'string') return entry.properties.id;
  return undefined;
}

function labelOf(entry: Json): string {
  if (!isObject(entry)) return '';
  for (const key of ['title', 'name']) if (typeof entry[key] === 'string') return entry[key];
  if (isObject(entry.properties) && typeof entry.properties.name === 'string') return entry.properties.name;
  return idOf(entry) ?? '';
}

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
