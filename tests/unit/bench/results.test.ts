import { describe, expect, it } from 'vitest';
import {
  compare,
  comparisonCell,
  goalCell,
  pageName,
  replaceBetweenMarkers,
  resultsMarkdown,
  TABLE_END,
  TABLE_START,
  type BenchResults,
} from '../../../scripts/bench/results.ts';
import { summarizeRuns, type GroupSummary, type Row } from '../../../scripts/bench/report.ts';
import type { Summary } from '../../../scripts/bench/stats.ts';

const summary = (median: number, min = median, max = median): Summary => ({ median, min, max, n: 5 });

describe('pageName names the benchmark’s rows as the docs do', () => {
  const cases: [string, string][] = [
    ['real', 'real story'],
    ['synthetic 1000', '1,000 events'],
    ['synthetic 20000', '20,000 events'],
    ['peer: TimelineJS real', 'TimelineJS, real story'],
    ['peer: TimelineJS 5000', 'TimelineJS, 5,000 events'],
    ['peer: bare MapLibre', 'bare MapLibre'],
    ['peer: d3 canvas', 'd3 canvas, 20,000 events'],
    ['something new', 'something new'],
  ];
  for (const [target, expected] of cases) it(`"${target}" is "${expected}"`, () => expect(pageName(target)).toBe(expected));
});

describe('comparisonCell gives the ratio, the verdict and the two figures', () => {
  const cases: { name: string; cell: string; expected: string }[] = [
    {
      name: 'a goal not met is in bold',
      cell: comparisonCell(compare('g', 1, summary(185), summary(327), 'ms', 0.5)),
      expected: '0.57×, **not met** (185 / 327 ms)',
    },
    {
      name: 'a goal met, in KB of 1,024 bytes',
      cell: comparisonCell(compare('g', 1, summary(54374), summary(113562), 'KB', 0.5)),
      expected: '0.48×, met (53.1 / 110.9 KB)',
    },
    {
      name: 'the ratio equal to the limit meets it',
      cell: comparisonCell(compare('g', 1, summary(50), summary(100), 'ms', 0.5)),
      expected: '0.50×, met (50 / 100 ms)',
    },
    {
      name: 'no goal, no verdict',
      cell: comparisonCell(compare('g', 4, summary(1200), summary(2400), 'ms')),
      expected: '0.50× (1,200 / 2,400 ms)',
    },
    { name: 'a side not measured', cell: comparisonCell(compare('g', 1, null, summary(327), 'ms', 0.5)), expected: '–' },
    { name: 'no such comparison', cell: comparisonCell(undefined), expected: '–' },
  ];
  for (const { name, cell, expected } of cases) it(name, () => expect(cell).toBe(expected));
});

describe('goalCell holds a figure to its limit', () => {
  const cases: { ms: number | null; expected: string }[] = [
    { ms: 16.4, expected: '16 ms, met' },
    { ms: 50, expected: '50 ms, **not met**' },
    { ms: null, expected: '–' },
  ];
  for (const { ms, expected } of cases)
    it(`${ms} against < 50 ms: ${expected}`, () => expect(goalCell({ goal: 'g', cpu: 1, ms, limitMs: 50 })).toBe(expected));
});

describe('replaceBetweenMarkers', () => {
  const doc = `# Title\n\nBefore.\n\n${TABLE_START}\n\nold table\n\n${TABLE_END}\n\nAfter.\n`;
  it('replaces what lies between the markers and keeps the rest', () =>
    expect(replaceBetweenMarkers(doc, 'new table')).toBe(`# Title\n\nBefore.\n\n${TABLE_START}\n\nnew table\n\n${TABLE_END}\n\nAfter.\n`));
  it('gives the same document when run twice', () =>
    expect(replaceBetweenMarkers(replaceBetweenMarkers(doc, 'x'), 'x')).toBe(replaceBetweenMarkers(doc, 'x')));
  const broken: [string, string][] = [
    ['no markers', '# Title\n'],
    ['the end marker only', `# Title\n${TABLE_END}\n`],
    ['the markers in the wrong order', `${TABLE_END}\n${TABLE_START}\n`],
  ];
  for (const [name, text] of broken)
    it(`throws on ${name}, saying what to do`, () =>
      expect(() => replaceBetweenMarkers(text, 'x')).toThrow(/put them where the table goes/));
});

describe('resultsMarkdown', () => {
  const group = (fields: Partial<GroupSummary>): GroupSummary => ({ ...summarizeRuns([]), ...fields });
  const rows: Row[] = [
    {
      target: 'real',
      cpu: 1,
      runs: 5,
      load1: 0.5,
      summary: group({
        timelineReadyMs: summary(185, 150, 321),
        timelineShownMs: summary(216),
        mapReadyMs: summary(1497),
        blockingMsBeforeTimeline: summary(1),
        nextEventMs: summary(18),
        zoomFrameMaxMs: summary(51),
        bytesBeforeTimeline: { ...summarizeRuns([]).bytesBeforeTimeline, total: summary(54374) },
      }),
    },
    {
      target: 'peer: TimelineJS real',
      cpu: 1,
      runs: 5,
      load1: 0.6,
      summary: group({ timelineReadyMs: summary(327, 310, 364), timelineShownMs: summary(362) }),
    },
  ];
  const results: BenchResults = {
    version: 1,
    startedAt: '2026-12-04T10:00:00.000Z',
    durationS: 498,
    commit: 'abc1234',
    chromium: '150.0.0.0',
    machine: { cores: 2, node: 'v20', loadAtStart: [0.55, 0.4, 0.3], loadAtEnd: [2.21, 1, 0.5] },
    options: { runs: 5, build: true, peers: true, sizes: [1000] },
    slowGroupRuns: null,
    rows,
    comparisons: [
      compare('time to ready, ≤ 0.5× TimelineJS', 1, summary(185), summary(327), 'ms', 0.5),
      compare(null, 1, summary(1), summary(2), 'KB'),
    ],
    goals: [{ goal: 'next event on 20,000 events, < 50 ms', cpu: 1, ms: 16, limitMs: 50 }],
  };

  it('writes what was run, one row per page and speed, and one row per goal', () =>
    expect(resultsMarkdown(results)).toBe(
      [
        'Run of 2026-12-04 at abc1234: Chromium 150.0.0.0 headless, 2 cores, load average 0.55 at the start and 2.21 at the end; 5 measured runs after a warm-up; 8.3 minutes. Times are medians in ms (for timeline ready, with the fastest and slowest run); bytes in KB of 1,024 bytes.',
        '',
        '| page | cpu | timeline ready | shown | map ready | blocking <tl | next event | zoom frame max | before ready |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        '| real story | 1× | 185 (150–321) | 216 | 1,497 | 1 | 18 | 51 | 53.1 KB |',
        '| TimelineJS, real story | 1× | 327 (310–364) | 362 | – | – | – | – | – |',
        '',
        '| goal | 1× |',
        '| --- | --- |',
        '| time to ready, ≤ 0.5× TimelineJS | 0.57×, **not met** (185 / 327 ms) |',
        '| next event on 20,000 events, < 50 ms | 16 ms, met |',
      ].join('\n'),
    ));
});
