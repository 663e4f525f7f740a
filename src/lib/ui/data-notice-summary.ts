/**
 * The data notice's one-line summary: what the page did without, counted by kind and by file,
 * so that one misspelt place reads as a reference left out of an event that still shows, not
 * as an entry gone. The list under it names each problem where it is.
 */
import type { Problem } from '../data/problems.ts';
import type { Language } from '../data/schema.ts';
import { translate } from '../i18n/messages.ts';
import '../i18n/messages-problems.ts';

/** What a problem cost the page, from the most to the least. */
type Kind = 'notice.file' | 'notice.skipped' | 'notice.references' | 'notice.fields';
const KINDS: readonly Kind[] = ['notice.file', 'notice.skipped', 'notice.references', 'notice.fields'];

/** The summary in the reader's language: one sentence per kind and file, in the order of KINDS. */
export function dataNoticeSummary(problems: readonly Problem[], language: Language): string {
  return noticeCounts(problems)
    .map(({ kind, file, count }) => translate(language, kind, { count, file }))
    .join(' ');
}

export interface NoticeCount {
  kind: Kind;
  file: string;
  count: number;
}

/** How many of each kind each file lost; an entry with several problems counts once. */
export function noticeCounts(problems: readonly Problem[]): NoticeCount[] {
  const counts = new Map<string, NoticeCount>();
  const entries = new Set<string>();
  const add = (kind: Kind, file: string, count: number) => {
    const key = `${kind}|${file}`;
    const counted = counts.get(key);
    if (counted) counted.count += count;
    else counts.set(key, { kind, file, count });
  };
  for (const problem of problems) {
    const { file, path, reference, skipped } = problem;
    if (reference) {
      // A reference that cost nothing more (its entries were left out anyway) is not counted twice.
      // An essential one leaves out the entries that hold it; any other is named by the file it points into.
      if (reference.count > 0 && skipped) add('notice.skipped', file, reference.count);
      else if (reference.count > 0) add('notice.references', reference.file, reference.count);
    } else if (skipped && path.length === 0) add('notice.file', file, 1);
    else if (skipped) {
      // An entry is the first two steps of its path: ["events", 12]; its other problems add nothing.
      const entry = `${file}|${path[0]}|${path[1]}`;
      if (entries.has(entry)) continue;
      entries.add(entry);
      add('notice.skipped', file, 1);
    } else add('notice.fields', file, 1);
  }
  return [...counts.values()].sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
}
