/**
 * Lose as little as possible: when only an optional part of an entry is bad (a colour, one
 * source among several, a quote, a translation), that part is left out or replaced and the
 * entry stays. The schema still decides what is valid; the rules here only say which parts
 * an entry can do without, and what the page shows instead.
 */
import * as v from 'valibot';
import type { PathSegment } from './problems.ts';

/**
 * How to mend a bad part: leave it out (`drop`), leave out the object holding it (`dropParent`,
 * for a translation without its `reviewed`), put `fallback` in its place, or leave a required
 * text empty (`blank`: the schema wants it written, the page can show the entry without it).
 * `then` tells the editor what readers see instead. A mended part is a warning unless
 * `severity` says that it must still stop the build.
 */
export type Mend = { then: string; severity?: 'error' } & ({ drop: true } | { dropParent: true } | { fallback: unknown } | { blank: true });

/** Stands in for a blank text while the mended entry is checked again, then is emptied. */
const BLANK_PLACEHOLDER = 'blank';

/**
 * Keys are paths inside an entry: "sources.#" is any item of `sources`, "translations.*" any
 * key of `translations`. The longest pattern that matches a problem's path applies.
 */
export type SalvageRules = Readonly<Record<string, Mend>>;

/** A problem the entry survived, and what the page does about it. */
export interface Mended {
  issue: v.BaseIssue<unknown>;
  mend: Mend;
}

export type SalvageResult<T> = { ok: true; output: T; mended: Mended[] } | { ok: false; issues: v.BaseIssue<unknown>[] };

const UNKNOWN_FIELD: Mend = { drop: true, then: 'It is ignored.' };

export function parseWithSalvage<TSchema extends v.GenericSchema>(
  schema: TSchema,
  entry: unknown,
  rules: SalvageRules,
): SalvageResult<v.InferOutput<TSchema>> {
  const first = v.safeParse(schema, entry);
  if (first.success) return { ok: true, output: first.output, mended: [] };
  const fixes: { path: PathSegment[]; mend: Mend; issue: v.BaseIssue<unknown> }[] = [];
  for (const issue of first.issues) {
    const path = issuePath(issue);
    const isUnknownField = issue.type.startsWith('strict_object') && issue.expected === 'never';
    const rule = isUnknownField ? { pattern: path, mend: UNKNOWN_FIELD } : findRule(path, rules);
    if (!rule) return { ok: false, issues: first.issues };
    fixes.push({ path: path.slice(0, rule.pattern.length - ('dropParent' in rule.mend ? 1 : 0)), mend: rule.mend, issue });
  }
  const mended = applyFixes(structuredClone(entry), fixes);
  const second = v.safeParse(schema, mended);
  if (!second.success) {
    // What the mending uncovered (such as no source left at all) says why the entry goes.
    const known = new Set(first.issues.map((issue) => issuePath(issue).join('.')));
    return { ok: false, issues: [...first.issues, ...second.issues.filter((issue) => !known.has(issuePath(issue).join('.')))] };
  }
  for (const { path, mend } of fixes) if ('blank' in mend) setAt(second.output, path, '');
  return { ok: true, output: second.output, mended: fixes.map(({ issue, mend }) => ({ issue, mend })) };
}

export function issuePath(issue: v.BaseIssue<unknown>): PathSegment[] {
  return (issue.path ?? []).map((item) => item.key as PathSegment);
}

function findRule(path: PathSegment[], rules: SalvageRules): { pattern: string[]; mend: Mend } | undefined {
  let best: { pattern: string[]; mend: Mend } | undefined;
  for (const [key, mend] of Object.entries(rules)) {
    const pattern = key.split('.');
    if (pattern.length > path.length || (best && best.pattern.length >= pattern.length)) continue;
    const matches = pattern.every((segment, i) =>
      segment === '#' ? typeof path[i] === 'number' : segment === '*' ? typeof path[i] === 'string' : segment === path[i],
    );
    if (matches) best = { pattern, mend };
  }
  return best;
}

/** Fallbacks first, then removals; items of a list are removed together so positions hold. */
function applyFixes(entry: unknown, fixes: { path: PathSegment[]; mend: Mend }[]): unknown {
  const removals = new Map<unknown[], Set<number>>();
  for (const { path, mend } of fixes) {
    const parent = path
      .slice(0, -1)
      .reduce<unknown>((node, key) => (isContainer(node) ? (node as Record<PathSegment, unknown>)[key] : undefined), entry);
    const key = path[path.length - 1];
    if (!isContainer(parent) || key === undefined) continue;
    if ('fallback' in mend) (parent as Record<PathSegment, unknown>)[key] = structuredClone(mend.fallback);
    else if ('blank' in mend) (parent as Record<PathSegment, unknown>)[key] = BLANK_PLACEHOLDER;
    else if (Array.isArray(parent) && typeof key === 'number') removals.set(parent, (removals.get(parent) ?? new Set()).add(key));
    else delete (parent as Record<PathSegment, unknown>)[key];
  }
  for (const [list, indexes] of removals) {
    const kept = list.filter((_, index) => !indexes.has(index));
    list.splice(0, list.length, ...kept);
  }
  return entry;
}

const parentOf = (root: unknown, path: PathSegment[]) =>
  path.slice(0, -1).reduce<unknown>((node, key) => (isContainer(node) ? (node as Record<PathSegment, unknown>)[key] : undefined), root);

function setAt(root: unknown, path: PathSegment[], value: unknown) {
  const parent = parentOf(root, path);
  if (isContainer(parent)) (parent as Record<PathSegment, unknown>)[path[path.length - 1]!] = value;
}

const isContainer = (value: unknown): value is object => typeof value === 'object' && value !== null;
