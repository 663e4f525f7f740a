/**
 * References between files (an event's places, a theme's regions), checked together so that
 * one cause gives one problem: "unknown place "ankra", used by 13 events (…)" rather than
 * thirteen lines, and a place left out for its own mistake is named as the cause of the rest.
 */
import type { PathSegment, Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';
import { listIds } from './editorial-checks.ts';

/** What a reference points into. */
export interface ReferenceTarget {
  /** "place", "theme", "category" … */
  what: string;
  /** The file that holds them, such as "places.json". */
  file: string;
  known: ReadonlySet<string>;
  /** Ids of entries left out for a problem of their own, with where that problem is. */
  leftOut: ReadonlyMap<string, string>;
  /** Set when the whole file could not be used; its problem is the cause. */
  unavailable?: boolean;
  /** True when an entry cannot be shown without it (an event's category). */
  essential?: boolean;
}

/** Where a reference is written. */
export interface ReferenceUse {
  file: string;
  path: PathSegment[];
  entryId: string;
  /** What kind of entry refers, singular: "event", "issue". */
  by: string;
  /** True when the entry is left out for a problem of its own: the reference costs nothing more. */
  leftOut?: boolean;
}

interface Group {
  target: ReferenceTarget;
  id: string;
  uses: ReferenceUse[];
}

export class ReferenceCheck {
  private readonly groups = new Map<string, Group>();

  /** The ids that exist, in order; the others are noted for `report`. Non-strings were reported by the schema. */
  keep(ids: readonly unknown[], target: ReferenceTarget, use: ReferenceUse): string[] {
    const kept: string[] = [];
    ids.forEach((id, position) => {
      if (typeof id !== 'string') return;
      if (target.known.has(id)) kept.push(id);
      else this.note(id, target, { ...use, path: [...use.path, position] });
    });
    return kept;
  }

  /** Whether one id exists, noting it when not. */
  has(id: string, target: ReferenceTarget, use: ReferenceUse): boolean {
    if (target.known.has(id)) return true;
    this.note(id, target, use);
    return false;
  }

  private note(id: string, target: ReferenceTarget, use: ReferenceUse) {
    // A whole missing file is one cause for all its ids, in each file that refers to it.
    const key = target.unavailable ? `${use.file}|${target.file}` : `${use.file}|${target.what}|${id}`;
    const group = this.groups.get(key) ?? { target, id, uses: [] };
    group.uses.push(use);
    this.groups.set(key, group);
  }

  /** One problem per cause, located at its first use. */
  report(report: (problem: Problem) => void) {
    for (const { target, id, uses } of this.groups.values()) report(describe(target, id, uses));
  }
}

function describe(target: ReferenceTarget, id: string, uses: ReferenceUse[]): Problem {
  const first = uses[0]!;
  const ids = [...new Set(uses.map((use) => use.entryId))];
  const one = ids.length === 1;
  const subject = one ? `the ${first.by} "${ids[0]}"` : `${ids.length} ${first.by}s (${listIds(ids)})`;
  const shows = one ? 'shows' : 'show';
  const cost = target.essential ? ids.length : uses.filter((use) => !use.leftOut).length;
  const base = {
    file: first.file,
    path: first.path,
    entryId: first.entryId,
    skipped: target.essential,
    reference: { file: target.file, count: cost },
  };
  if (target.unavailable) {
    return {
      ...base,
      severity: 'warning',
      message: `${target.file} could not be used (see its own problem), so ${subject} ${shows} without ${target.what}s.`,
      hint: `Fix ${target.file} first.`,
    };
  }
  const cause = target.leftOut.get(id);
  if (cause) {
    return {
      ...base,
      severity: 'warning',
      message: `the ${target.what} "${id}" was left out for its own problem (${target.file} ${cause}), so ${subject} ${target.essential ? (one ? 'is left out' : 'are left out') : `${shows} without it`}.`,
      hint: `Fix that ${target.what} first.`,
    };
  }
  const consequence = target.essential
    ? `${one ? 'it is' : 'they are'} left out`
    : `${one ? `the ${first.by}` : 'they'} ${shows} without it`;
  return {
    ...base,
    severity: 'error',
    message: `unknown ${target.what} "${id}"${one && uses.length === 1 ? '' : `, used by ${subject}`}: expected the id of a ${target.what} in ${target.file}; ${consequence}.`,
    hint: didYouMean(id, target.known) ?? `Add it to ${target.file} first.`,
  };
}
