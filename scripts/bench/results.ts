/**
 * The benchmark's results as a file (bench-results/latest.json) and as the table in
 * docs/performance.md: `npm run bench` writes the file, `npm run bench:table` rewrites the
 * table from it, between the two markers below, so the figures in the docs are always those
 * of one whole run.
 */
import type { GroupSummary, Row } from './report.ts';
import type { Summary } from './stats.ts';
import { PEERS } from './peers.ts';

export const TABLE_START = '<!-- bench:table:start -->';
export const TABLE_END = '<!-- bench:table:end -->';

/** One comparison with a peer: the app's median over the peer's, and the goal it is held to. */
export interface Comparison {
  /** How the docs name it ("time to ready, ≤ 0.5× TimelineJS"); null for one printed only. */
  goal: string | null;
  cpu: number;
  unit: 'ms' | 'KB';
  app: number | null;
  peer: number | null;
  ratio: number | null;
  /** The largest ratio that meets the goal; null when there is none. */
  limit: number | null;
}

/** A figure held to an absolute limit (an interaction on 20,000 events). */
export interface AbsoluteGoal {
  goal: string;
  cpu: number;
  ms: number | null;
  /** Met when the figure is below it. */
  limitMs: number;
}

export interface BenchResults {
  /** Raised when the shape of this file changes. */
  version: 1;
  startedAt: string;
  durationS: number;
  /** `git describe`-like: the short commit, with "+changes" when the tree had uncommitted ones. */
  commit: string | null;
  chromium: string;
  machine: { cores: number; node: string; loadAtStart: number[]; loadAtEnd: number[] };
  options: { runs: number; build: boolean; peers: boolean; sizes: readonly number[] };
  /** Measured runs of the slowest group (20,000 events at 4×), when fewer than `options.runs`. */
  slowGroupRuns: number | null;
  rows: Row[];
  comparisons: Comparison[];
  goals: AbsoluteGoal[];
}

export function compare(
  goal: string | null,
  cpu: number,
  app: Summary | null,
  peer: Summary | null,
  unit: 'ms' | 'KB',
  limit?: number,
): Comparison {
  const ratio = app && peer ? app.median / peer.median : null;
  return { goal, cpu, unit, app: app?.median ?? null, peer: peer?.median ?? null, ratio, limit: limit ?? null };
}

/** How the docs name a row of the bench: "real story", "5,000 events", "TimelineJS, real story". */
export function pageName(target: string): string {
  const story = (name: string) => (name === 'real' ? 'real story' : /^\d+$/.test(name) ? `${thousands(Number(name))} events` : name);
  if (target.startsWith(`${PEERS.timelineJs.name} `)) return `TimelineJS, ${story(target.slice(PEERS.timelineJs.name.length + 1))}`;
  if (target === PEERS.map.name) return 'bare MapLibre';
  if (target === PEERS.events.name) return 'd3 canvas, 20,000 events';
  const synthetic = /^synthetic (\d+)$/.exec(target);
  return story(synthetic ? synthetic[1]! : target);
}

const thousands = (value: number) => Math.round(value).toLocaleString('en-GB');
const ms = (summary: Summary | null) => (summary ? thousands(summary.median) : '–');
const msRange = (summary: Summary | null) =>
  summary ? `${thousands(summary.median)} (${thousands(summary.min)}–${thousands(summary.max)})` : '–';
/** Bytes as the benchmark prints them: KB of 1,024 bytes. */
const kb = (bytes: number | null | undefined) => (bytes === null || bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)} KB`);

function markdownTable(header: string[], rows: string[][]): string {
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function figuresRow(row: Row): string[] {
  const summary: GroupSummary = row.summary;
  return [
    pageName(row.target),
    `${row.cpu}×`,
    msRange(summary.timelineReadyMs),
    ms(summary.timelineShownMs),
    ms(summary.mapReadyMs),
    ms(summary.blockingMsBeforeTimeline),
    ms(summary.nextEventMs),
    ms(summary.zoomFrameMaxMs),
    kb(summary.bytesBeforeTimeline.total?.median),
  ];
}

/** "0.56×, **not met** (185 / 327 ms)": the ratio, the verdict when there is a goal, the two figures. */
export function comparisonCell(comparison: Comparison | undefined): string {
  if (!comparison || comparison.ratio === null) return '–';
  const figure = (value: number) => (comparison.unit === 'KB' ? (value / 1024).toFixed(1) : thousands(value));
  const verdict = comparison.limit === null ? '' : comparison.ratio <= comparison.limit ? ', met' : ', **not met**';
  return `${comparison.ratio.toFixed(2)}×${verdict} (${figure(comparison.app!)} / ${figure(comparison.peer!)} ${comparison.unit})`;
}

export function goalCell(goal: AbsoluteGoal | undefined): string {
  if (!goal || goal.ms === null) return '–';
  return `${thousands(goal.ms)} ms, ${goal.ms < goal.limitMs ? 'met' : '**not met**'}`;
}

/** The Markdown that goes between the markers: what was run, the figures, and the goals. */
export function resultsMarkdown(results: BenchResults): string {
  const cpus = [...new Set(results.rows.map((row) => row.cpu))].sort((a, b) => a - b);
  const load = (values: number[]) => values[0]!.toFixed(2);
  const runs =
    `${results.options.runs} measured runs after a warm-up` +
    (results.slowGroupRuns !== null ? `; ${results.slowGroupRuns} for 20,000 events at 4×` : '');
  const about = [
    `Run of ${results.startedAt.slice(0, 10)}${results.commit ? ` at ${results.commit}` : ''}:`,
    `Chromium ${results.chromium} headless, ${results.machine.cores} cores,`,
    `load average ${load(results.machine.loadAtStart)} at the start and ${load(results.machine.loadAtEnd)} at the end;`,
    `${runs}; ${(results.durationS / 60).toFixed(1)} minutes.`,
    'Times are medians in ms (for timeline ready, with the fastest and slowest run); bytes in KB of 1,024 bytes.',
  ].join(' ');
  const figures = markdownTable(
    ['page', 'cpu', 'timeline ready', 'shown', 'map ready', 'blocking <tl', 'next event', 'zoom frame max', 'before ready'],
    results.rows.map(figuresRow),
  );
  const goalNames = [
    ...new Set([
      ...results.comparisons.flatMap((comparison) => (comparison.goal ? [comparison.goal] : [])),
      ...results.goals.map((goal) => goal.goal),
    ]),
  ];
  const goals = markdownTable(
    ['goal', ...cpus.map((cpu) => `${cpu}×`)],
    goalNames.map((name) => [
      name,
      ...cpus.map((cpu) => {
        const absolute = results.goals.find((goal) => goal.goal === name && goal.cpu === cpu);
        return absolute ? goalCell(absolute) : comparisonCell(results.comparisons.find((c) => c.goal === name && c.cpu === cpu));
      }),
    ]),
  );
  return `${about}\n\n${figures}\n\n${goals}`;
}

/** `doc` with what lies between the markers replaced by `block`; throws when the markers are missing. */
export function replaceBetweenMarkers(doc: string, block: string): string {
  const start = doc.indexOf(TABLE_START);
  const end = doc.indexOf(TABLE_END);
  if (start < 0 || end < start)
    throw new Error(`The document has no "${TABLE_START}" … "${TABLE_END}" pair: put them where the table goes, in that order.`);
  return `${doc.slice(0, start + TABLE_START.length)}\n\n${block}\n\n${doc.slice(end)}`;
}
