/**
 * Turns runs into summaries and the summaries into the tables printed on screen. The
 * tables show medians with (min–max) for times, where noise matters, and medians alone
 * for bytes, which do not change from run to run.
 */
import { BYTE_KINDS, type Bytes } from './network.ts';
import type { RunResult } from './measure.ts';
import { medianOf, summarize, type Summary } from './stats.ts';
import type { Comparison } from './results.ts';

export interface GroupSummary {
  timelineReadyMs: Summary | null;
  timelineShownMs: Summary | null;
  mapReadyMs: Summary | null;
  blockingMsBeforeTimeline: Summary | null;
  longTaskMsBeforeTimeline: Summary | null;
  heapBytes: Summary | null;
  nextEventMs: Summary | null;
  nextEventFrameMs: Summary | null;
  /** Each run's median over its zoom clicks, summarized over runs. */
  zoomFrameMedianMs: Summary | null;
  /** Each run's slowest zoom click, summarized over runs. */
  zoomFrameMaxMs: Summary | null;
  /** Each run's median main-thread work per zoom click (no paint, no vsync wait). */
  zoomWorkMedianMs: Summary | null;
  /** Each run's largest work per zoom click. */
  zoomWorkMaxMs: Summary | null;
  bytesBeforeTimeline: Record<keyof Bytes, Summary | null>;
  bytesTotal: Record<keyof Bytes, Summary | null>;
}

export function summarizeRuns(runs: RunResult[]): GroupSummary {
  const pick = (read: (run: RunResult) => number | null | undefined) => summarize(runs.map(read));
  const bytes = (read: (run: RunResult) => Bytes | null) =>
    Object.fromEntries(BYTE_KINDS.map((kind) => [kind, pick((run) => read(run)?.[kind])])) as Record<keyof Bytes, Summary | null>;
  return {
    timelineReadyMs: pick((run) => run.timelineReadyMs),
    timelineShownMs: pick((run) => run.timelineShownMs),
    mapReadyMs: pick((run) => run.mapReadyMs),
    blockingMsBeforeTimeline: pick((run) => run.blockingMsBeforeTimeline),
    longTaskMsBeforeTimeline: pick((run) => run.longTaskMsBeforeTimeline),
    heapBytes: pick((run) => run.heapBytes),
    nextEventMs: pick((run) => run.nextEvent?.textMs),
    nextEventFrameMs: pick((run) => run.nextEvent?.frameMs),
    zoomFrameMedianMs: pick((run) => medianOf(run.zoomFrameMs)),
    zoomFrameMaxMs: pick((run) => (run.zoomFrameMs.length ? Math.max(...run.zoomFrameMs) : null)),
    zoomWorkMedianMs: pick((run) => medianOf(run.zoomWorkMs ?? [])),
    zoomWorkMaxMs: pick((run) => (run.zoomWorkMs?.length ? Math.max(...run.zoomWorkMs) : null)),
    bytesBeforeTimeline: bytes((run) => run.bytesBeforeTimeline),
    bytesTotal: bytes((run) => run.bytesTotal),
  };
}

export interface Row {
  target: string;
  cpu: number;
  runs: number;
  load1: number;
  summary: GroupSummary;
}

/** "771 (727–812)": the median, then the range, rounded to what the noise allows. */
function ms(summary: Summary | null): string {
  if (!summary) return '–';
  return `${Math.round(summary.median)} (${Math.round(summary.min)}–${Math.round(summary.max)})`;
}

function kb(summary: Summary | null): string {
  return summary ? (summary.median / 1024).toFixed(1) : '–';
}

function mb(summary: Summary | null): string {
  return summary ? (summary.median / 1024 / 1024).toFixed(1) : '–';
}

export function timesTable(rows: Row[]): string {
  return table(
    [
      'dataset',
      'cpu',
      'runs',
      'load1',
      'timeline ready',
      'timeline shown',
      'map ready',
      'blocking <tl',
      'heap MB',
      'next event',
      'zoom frame med',
      'zoom frame max',
      'zoom work med',
      'zoom work max',
    ],
    rows.map((row) => [
      row.target,
      `${row.cpu}x`,
      String(row.runs),
      row.load1.toFixed(1),
      ms(row.summary.timelineReadyMs),
      ms(row.summary.timelineShownMs),
      ms(row.summary.mapReadyMs),
      ms(row.summary.blockingMsBeforeTimeline),
      mb(row.summary.heapBytes),
      ms(row.summary.nextEventMs),
      ms(row.summary.zoomFrameMedianMs),
      ms(row.summary.zoomFrameMaxMs),
      ms(row.summary.zoomWorkMedianMs),
      ms(row.summary.zoomWorkMaxMs),
    ]),
  );
}

export function bytesTable(rows: Row[]): string {
  // Bytes do not depend on the CPU, so one row per dataset is enough.
  const once = rows.filter((row, index) => rows.findIndex((other) => other.target === row.target) === index);
  return table(
    ['dataset', 'before tl: total', 'js', 'css', 'data', 'other', 'all: total', 'js', 'css', 'data', 'basemap', 'other'],
    once.map((row) => {
      const before = row.summary.bytesBeforeTimeline;
      const all = row.summary.bytesTotal;
      return [
        row.target,
        kb(before.total),
        kb(before.js),
        kb(before.css),
        kb(before.data),
        kb(before.other),
        kb(all.total),
        kb(all.js),
        kb(all.css),
        kb(all.data),
        kb(all.basemap),
        kb(all.other),
      ];
    }),
  );
}

/** A plain-text table, columns padded to fit; numbers right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * "app / peer = 0.42×" for one comparison, or why it cannot be computed; with a limit, whether
 * the ratio is within it ("goal ≤ 0.5×: met").
 */
export function ratioLine(label: string, comparison: Comparison): string {
  const { app, peer, ratio, unit, limit } = comparison;
  if (app === null || peer === null || ratio === null) return `${label}: not measured`;
  const show = (value: number) => (unit === 'KB' ? (value / 1024).toFixed(1) : Math.round(value).toString());
  const verdict = limit === null ? '' : `; goal ≤ ${limit}×: ${ratio <= limit ? 'met' : 'NOT met'}`;
  return `${label}: app ${show(app)} ${unit} / peer ${show(peer)} ${unit} = ${ratio.toFixed(2)}×${verdict}`;
}

/** "label: 31 ms; goal < 50 ms: met" for a figure held to an absolute limit. */
export function goalLine(label: string, ms: number | null, limitMs: number): string {
  if (ms === null) return `${label}: not measured`;
  return `${label}: ${Math.round(ms)} ms; goal < ${limitMs} ms: ${ms < limitMs ? 'met' : 'NOT met'}`;
}
