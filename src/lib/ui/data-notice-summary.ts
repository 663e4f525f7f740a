/**
 * The data notice's one-line summary: what the page did without, counted by kind and by file,
 * so that one misspelt place reads as a reference left out of an event that still shows, not
 * as an entry gone. The list under it names each problem where it is.
 */
import type { Problem } from '../data/problems.ts';
import type { Language } from '../data/schema.ts';
import { translate } from '../i18n/messages.ts';
import '../i18n/messages-problems.ts';

/** What a problem cost the page, in the order the summary says them: a file, entries, references, fields. */
const KINDS = ['notice.file', 'notice.skipped', 'notice.references', 'notice.fields'] as const;

/** The summary in the reader's language: one sentence per kind and file. */
export function dataNoticeSummary(problems: readonly Problem[], language: Language): string {
  return noticeCounts(problems)
    .map(({ kind, file, count }) => translate(language, kind, { count, file }))
    .join(' ');
}

export interface NoticeCount {
  kind: (typeof KINDS)[number];
  file: string;
  count: number;
}

/** How many of each kind each file lost; an entry with several problems counts once. */
export function noticeCounts(problems: readonly Problem[]): NoticeCount[] {
  const counts: NoticeCount[] = [];
  const entries = new Set<string>();
  for (const { file, path, reference, skipped } of problems) {
    // An entry is the first two steps of its path, ["events", 12]: its other problems add nothing.
    const entry = `${file}|${path[0]}|${path[1]}`;
    if (skipped && !reference && path.length > 0) {
      if (entries.has(entry)) continue;
      entries.add(entry);
    }
    // An essential reference leaves out the entries holding it; any other is named by the file it points into.
    const kind = KINDS[reference ? (skipped ? 1 : 2) : skipped ? (path.length > 0 ? 1 : 0) : 3];
    const named = reference && !skipped ? reference.file : file;
    // A reference that cost nothing more (its entries were left out anyway) is not counted twice.
    const count = reference?.count ?? 1;
    const counted = counts.find((c) => c.kind === kind && c.file === named);
    if (counted) counted.count += count;
    else if (count > 0) counts.push({ kind, file: named, count });
  }
  return counts.sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
}
