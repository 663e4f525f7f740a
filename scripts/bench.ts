/**
 * `npm run bench`: how fast the story loads and responds, on the editors' data and on
 * synthetic stories of 1,000, 5,000 and 20,000 events, at full speed and with the CPU
 * slowed 4×; and, interleaved with the app's runs, its peers: TimelineJS drawing the same
 * events (the real story and 5,000), a bare MapLibre map and a bare d3 canvas of 20,000
 * events. Prints tables and the ratios to the peers with the goals they are held to, and
 * writes every run to bench-results/bench.json and the summary to bench-results/latest.json,
 * from which `npm run bench:table` rewrites the table in docs/performance.md.
 *
 * Options: --runs N (measured runs per group, default 5), --no-build (reuse the builds in
 * bench-results/), --no-peers, --quick (2 runs, real data, 5,000 and 20,000 only).
 * See docs/performance.md for the method.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { buildReal, buildSynthetic, SYNTHETIC_SIZES, type Dataset } from './bench/datasets.ts';
import { measureRun, type RunResult, type Target } from './bench/measure.ts';
import { buildPeers, PEERS, timelineJsPath } from './bench/peers.ts';
import { bytesTable, goalLine, ratioLine, summarizeRuns, timesTable, type Row } from './bench/report.ts';
import { compare, type AbsoluteGoal, type BenchResults, type Comparison } from './bench/results.ts';
import { serveStatic, type StaticServer } from './bench/server.ts';
import { prerenderedTextBytes } from './bench/sizes.ts';
import type { Summary } from './bench/stats.ts';
import { chromiumLaunchOptions } from './chromium.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench-results');
const CPU_RATES = [1, 4] as const;
/** The slowest group (20,000 events, 4× slower CPU) gets fewer runs to keep the whole under 10 minutes. */
const SLOW_GROUP_RUNS = 3;
const RUN_TIMEOUT_MS = 120_000;

interface Options {
  runs: number;
  build: boolean;
  peers: boolean;
  sizes: readonly number[];
}

interface Group {
  target: string;
  dataset: string;
  cpu: number;
  load1Before: number;
  warmup: (RunResult | { error: string })[];
  runs: (RunResult | { error: string })[];
}

function parseOptions(args: string[]): Options {
  const quick = args.includes('--quick');
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : quick ? 2 : 5;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs expects a whole number of runs, found "${args[runsAt + 1]}".`);
  return { runs, build: !args.includes('--no-build'), peers: !args.includes('--no-peers'), sizes: quick ? [5000, 20000] : SYNTHETIC_SIZES };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const loadAtStart = loadavg();
  mkdirSync(OUT, { recursive: true });
  log(`bench: ${cpus().length} cores, load average ${formatLoad(loadAtStart)} (1, 5, 15 min)`);

  const datasets = await prepareDatasets(options);
  const peersDir = options.peers ? await buildPeers(ROOT, OUT, peerData(datasets)) : null;
  log(`builds ready in ${seconds(started)} s`);

  const servers: StaticServer[] = [];
  const browser = await chromium.launch({
    ...chromiumLaunchOptions,
  });
  const groups: Group[] = [];
  let chromiumVersion = '';
  try {
    const appServers = await Promise.all(datasets.map((dataset) => serveStatic(dataset.dist)));
    const peerServer = peersDir ? await serveStatic(peersDir) : null;
    servers.push(...appServers, ...(peerServer ? [peerServer] : []));
    for (const cpu of CPU_RATES) {
      for (const [index, dataset] of datasets.entries()) {
        const targets = targetsFor(dataset, cpu, appServers[index]!, peerServer);
        const runs = dataset.events === 20000 && cpu > 1 ? Math.min(options.runs, SLOW_GROUP_RUNS) : options.runs;
        groups.push(...(await measureInterleaved(browser, targets, dataset, cpu, runs)));
      }
    }
    chromiumVersion = browser.version();
    log(`chromium ${chromiumVersion}`);
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => server.close()));
  }

  report(groups, options, started, loadAtStart, chromiumVersion);
}

async function prepareDatasets(options: Options): Promise<Dataset[]> {
  const startedReal = Date.now();
  const datasets = [await buildReal(ROOT, OUT, !options.build)];
  log(`  real story: ${options.build ? 'built' : 'ready'} in ${seconds(startedReal)} s`);
  for (const size of options.sizes) {
    const startedBuild = Date.now();
    datasets.push(await buildSynthetic(ROOT, OUT, size, !options.build));
    log(`  ${size} events: ${options.build ? 'built' : 'ready'} in ${seconds(startedBuild)} s`);
  }
  return datasets;
}

/** The data each peer draws: TimelineJS the real story and 5,000 events, the canvas 20,000. */
function peerData(datasets: Dataset[]) {
  const timelineJsStories: Record<string, string> = {};
  for (const dataset of datasets) {
    const story = timelineJsStory(dataset);
    if (story) timelineJsStories[story] = dataset.dataDir;
  }
  return { canvasEvents: join(OUT, 'data-20000/events.json'), timelineJsStories };
}

/** The name of TimelineJS's page for this dataset, if TimelineJS is one of its peers. */
function timelineJsStory(dataset: Dataset): string | null {
  return dataset.name === 'real' ? 'real' : dataset.events === 5000 ? '5000' : null;
}

/** The name of TimelineJS's row for a dataset. */
function timelineJsName(story: string): string {
  return `${PEERS.timelineJs.name} ${story}`;
}

/**
 * The app on this dataset, followed by its peers, if it has any. TimelineJS on 5,000 events
 * runs at full speed only: it takes many seconds to draw them there, and a run at 4× would
 * take minutes (the goal, ≤ 0.1× its time, is set at full speed).
 */
function targetsFor(dataset: Dataset, cpu: number, appServer: StaticServer, peerServer: StaticServer | null): Target[] {
  const app: Target = {
    name: dataset.name,
    server: appServer,
    path: '/',
    marks: ['data-timeline-ready', 'data-map-ready'],
    interactions: true,
  };
  if (!peerServer) return [app];
  const story = timelineJsStory(dataset);
  const timelineJs: Target[] =
    story !== null && (story === 'real' || cpu === 1)
      ? [
          {
            name: timelineJsName(story),
            server: peerServer,
            path: timelineJsPath(story),
            marks: ['data-timeline-ready'],
            interactions: false,
          },
        ]
      : [];
  if (dataset.name === 'real')
    return [
      app,
      { name: PEERS.map.name, server: peerServer, path: `/${PEERS.map.folder}/`, marks: ['data-map-ready'], interactions: false },
      ...timelineJs,
    ];
  if (timelineJs.length) return [app, ...timelineJs];
  if (dataset.events === 20000)
    return [
      app,
      {
        name: PEERS.events.name,
        server: peerServer,
        path: `/${PEERS.events.folder}/`,
        marks: ['data-timeline-ready'],
        interactions: false,
      },
    ];
  return [app];
}

/**
 * One warm-up round, then `runs` rounds of A B (A B …): interleaving spreads the
 * machine's changing load over both pages instead of on whichever ran second.
 */
async function measureInterleaved(browser: Browser, targets: Target[], dataset: Dataset, cpu: number, runs: number): Promise<Group[]> {
  const load1Before = loadavg()[0]!;
  const groups: Group[] = targets.map((target) => ({ target: target.name, dataset: dataset.name, cpu, load1Before, warmup: [], runs: [] }));
  for (let round = 0; round <= runs; round++) {
    for (const [index, target] of targets.entries()) {
      const result = await measureSafely(browser, target, cpu);
      const group = groups[index]!;
      (round === 0 ? group.warmup : group.runs).push(result);
      log(`  ${target.name.padEnd(20)} cpu ${cpu}x ${round === 0 ? 'warm-up' : `run ${round}/${runs}`}: ${describe(result)}`);
    }
  }
  return groups;
}

/** A failed run is recorded and reported, not fatal: the other groups still count. */
async function measureSafely(browser: Browser, target: Target, cpu: number): Promise<RunResult | { error: string }> {
  try {
    return await measureRun(browser, target, cpu, RUN_TIMEOUT_MS);
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
}

function describe(result: RunResult | { error: string }): string {
  if ('error' in result) return `failed: ${result.error}`;
  const parts = [
    result.timelineReadyMs !== null ? `timeline ${Math.round(result.timelineReadyMs)} ms` : null,
    result.timelineShownMs !== null ? `shown ${Math.round(result.timelineShownMs)} ms` : null,
    result.mapReadyMs !== null ? `map ${Math.round(result.mapReadyMs)} ms` : null,
    `${(result.bytesTotal.total / 1024).toFixed(0)} KB`,
    `run took ${(sumValues(result.phasesMs) / 1000).toFixed(1)} s (${Object.entries(result.phasesMs)
      .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)}`)
      .join(', ')})`,
    result.pageErrors.length ? `${result.pageErrors.length} page errors: ${result.pageErrors[0]}` : null,
  ];
  return parts.filter(Boolean).join(', ');
}

function report(groups: Group[], options: Options, started: number, loadAtStart: number[], chromiumVersion: string): void {
  const measured = (group: Group) => group.runs.filter((run): run is RunResult => !('error' in run));
  const rows: Row[] = groups.map((group) => ({
    target: group.target,
    cpu: group.cpu,
    runs: measured(group).length,
    load1: group.load1Before,
    summary: summarizeRuns(measured(group)),
  }));
  const find = (target: string, cpu: number) => rows.find((row) => row.target === target && row.cpu === cpu)?.summary ?? null;
  const real = (cpu: number) => find('real', cpu);
  const timelineJs = (story: string, cpu: number) => find(timelineJsName(story), cpu);
  // The real story's page carries its text for readers without JavaScript, which TimelineJS's
  // does not: the size test limits that text as content, apart from the code (docs/performance.md).
  const noScriptText = prerenderedTextBytes(readFileSync(join(OUT, 'dist-real', 'index.html'), 'utf8'));
  const less = (summary: Summary | null, bytes: number): Summary | null =>
    summary && { ...summary, median: summary.median - bytes, min: summary.min - bytes, max: summary.max - bytes };
  // Each comparison once, as data: printed as a line here, kept in latest.json for the docs' table.
  const comparisons: { label: string; comparison: Comparison }[] = options.peers
    ? CPU_RATES.flatMap((cpu) => [
        {
          label: `real story at ${cpu}x, to timeline drawn (vs ${timelineJsName('real')})`,
          comparison: compare(
            'time to ready, ≤ 0.5× TimelineJS',
            cpu,
            real(cpu)?.timelineReadyMs ?? null,
            timelineJs('real', cpu)?.timelineReadyMs ?? null,
            'ms',
            0.5,
          ),
        },
        {
          label: `real story at ${cpu}x, to the end of the first frame after it (vs ${timelineJsName('real')}; no goal of its own)`,
          comparison: compare(
            'shown, against TimelineJS (no goal)',
            cpu,
            real(cpu)?.timelineShownMs ?? null,
            timelineJs('real', cpu)?.timelineShownMs ?? null,
            'ms',
          ),
        },
        {
          label: `real story at ${cpu}x, bytes before timeline drawn`,
          comparison: compare(
            'bytes before ready, all (no goal: with the text for readers without JavaScript, which TimelineJS does not carry)',
            cpu,
            real(cpu)?.bytesBeforeTimeline.total ?? null,
            timelineJs('real', cpu)?.bytesBeforeTimeline.total ?? null,
            'KB',
          ),
        },
        {
          label: `real story at ${cpu}x, bytes before timeline drawn, less the text for readers without JavaScript (vs ${timelineJsName('real')})`,
          comparison: compare(
            'bytes before ready besides the text for readers without JavaScript (as the size budget counts them), ≤ 0.5× TimelineJS',
            cpu,
            less(real(cpu)?.bytesBeforeTimeline.total ?? null, noScriptText),
            timelineJs('real', cpu)?.bytesBeforeTimeline.total ?? null,
            'KB',
            0.5,
          ),
        },
        ...(cpu === 1
          ? [
              {
                label: `5,000 events at ${cpu}x, to timeline drawn (vs ${timelineJsName('5000')})`,
                comparison: compare(
                  '5,000 events, time to ready ≤ 0.1× TimelineJS',
                  cpu,
                  find('synthetic 5000', cpu)?.timelineReadyMs ?? null,
                  timelineJs('5000', cpu)?.timelineReadyMs ?? null,
                  'ms',
                  0.1,
                ),
              },
            ]
          : []),
        {
          label: `map at ${cpu}x, to map drawn (real data vs ${PEERS.map.name}, first 'idle')`,
          comparison: compare(
            'map ready, ≤ 1.0× bare MapLibre',
            cpu,
            real(cpu)?.mapReadyMs ?? null,
            find(PEERS.map.name, cpu)?.mapReadyMs ?? null,
            'ms',
            1,
          ),
        },
        {
          label: `map at ${cpu}x, all bytes`,
          comparison: compare(null, cpu, real(cpu)?.bytesTotal.total ?? null, find(PEERS.map.name, cpu)?.bytesTotal.total ?? null, 'KB'),
        },
        {
          label: `20,000 events at ${cpu}x, to timeline drawn (vs ${PEERS.events.name})`,
          comparison: compare(
            '20,000 events, time to ready ≤ 1.5× bare canvas',
            cpu,
            find('synthetic 20000', cpu)?.timelineReadyMs ?? null,
            find(PEERS.events.name, cpu)?.timelineReadyMs ?? null,
            'ms',
            1.5,
          ),
        },
        {
          label: `20,000 events at ${cpu}x, bytes before timeline drawn`,
          comparison: compare(
            null,
            cpu,
            find('synthetic 20000', cpu)?.bytesBeforeTimeline.total ?? null,
            find(PEERS.events.name, cpu)?.bytesBeforeTimeline.total ?? null,
            'KB',
          ),
        },
      ])
    : [];
  const ratios = comparisons.map(({ label, comparison }) => ratioLine(label, comparison));
  // The issue's interaction goal on 20,000 events at full speed, on the medians over runs.
  const interaction = find('synthetic 20000', 1);
  const absoluteGoals: { label: string; goal: AbsoluteGoal }[] = [
    {
      label: '20,000 events at 1x, next event (median)',
      goal: { goal: 'next event on 20,000 events, < 50 ms', cpu: 1, ms: interaction?.nextEventMs?.median ?? null, limitMs: 50 },
    },
    {
      label: "20,000 events at 1x, zoom frame (each run's slowest click, median)",
      goal: { goal: 'slowest zoom frame on 20,000 events, < 50 ms', cpu: 1, ms: interaction?.zoomFrameMaxMs?.median ?? null, limitMs: 50 },
    },
  ];
  const goals = absoluteGoals.map(({ label, goal }) => goalLine(label, goal.ms, goal.limitMs));
  const failures = groups.flatMap((group) =>
    group.runs.filter((run) => 'error' in run).map((run) => `${group.target} at ${group.cpu}x: ${(run as { error: string }).error}`),
  );
  const pageErrors = groups.flatMap((group) =>
    measured(group).flatMap((run) => run.pageErrors.map((error) => `${group.target} at ${group.cpu}x: ${error}`)),
  );
  const loadAtEnd = loadavg();
  const notes = [
    `${options.runs} measured run(s) per group after 1 warm-up${options.sizes.includes(20000) && options.runs > SLOW_GROUP_RUNS ? `, except synthetic 20000 (and its peer) at 4x: ${SLOW_GROUP_RUNS} runs, to keep the whole under 10 minutes` : ''}.`,
    `The map peer draws world-atlas countries-50m (TopoJSON, decoded in the page with topojson-client), a larger base map than the app's trimmed one; the events peer draws the same 20,000 synthetic events on one canvas.`,
    'Times are median (min–max) in ms from navigation start. "timeline shown": the end of the first frame after timeline-ready (rAF, then a user-blocking task), once the browser has laid out and painted what the page drew. "blocking <tl": sum over long tasks that started before timeline-ready of (duration − 50 ms), as in Total Blocking Time.',
    "heap: main-thread JS heap after a forced GC once the page is quiet (MapLibre's worker not included). next event: click → details h2 text changed. zoom frame: click on the timeline's Zoom in/out → end of the next frame (rAF, then setTimeout 0), 8 clicks per run; med = median of each run's median, max = median of each run's slowest click.",
    "CPU 4x: CDP Emulation.setCPUThrottlingRate on the page; MapLibre's worker and the network are not slowed.",
    "Bytes: CDP encodedDataLength (headers + gzip body); MapLibre's worker script is counted from the server's log (CDP on the page does not see it finish).",
    `TimelineJS peer: @knight-lab/timelinejs ${timelineJsVersion()} from node_modules (its dist/js/timeline.js and dist/css, no web fonts), served by the same local server, drawing the same events converted to its JSON (English text, eras, categories as groups); ready = its 'ready' event with a positioned marker for every event.`,
    `Load average (1, 5, 15 min): ${formatLoad(loadAtStart)} at start, ${formatLoad(loadAtEnd)} at end, on ${cpus().length} cores; "load1" per row is the 1-minute figure before that group. A load above the core count means other work shared the CPU and times are inflated.`,
  ];

  console.log(
    `\nTimes\n${timesTable(rows)}\n\nBytes transferred (KB, "before tl" = finished before timeline-ready; same at 1x and 4x)\n${bytesTable(rows)}`,
  );
  if (ratios.length) console.log(`\nAgainst the peers (medians; interleaved runs)\n${ratios.map((line) => `  ${line}`).join('\n')}`);
  console.log(`\nInteraction\n${goals.map((line) => `  ${line}`).join('\n')}`);
  if (failures.length) console.log(`\nFailed runs (left out of the figures):\n${failures.map((line) => `  ${line}`).join('\n')}`);
  if (pageErrors.length)
    console.log(`\nPage errors during measured runs:\n${[...new Set(pageErrors)].map((line) => `  ${line}`).join('\n')}`);
  console.log(`\nNotes\n${notes.map((line) => `  - ${line}`).join('\n')}`);

  const file = join(OUT, 'bench.json');
  const durationS = (Date.now() - started) / 1000;
  writeFileSync(
    file,
    JSON.stringify(
      {
        startedAt: new Date(started).toISOString(),
        durationS,
        machine: { cores: cpus().length, node: process.version, loadAtStart, loadAtEnd },
        options,
        notes,
        ratios,
        goals,
        rows,
        groups,
      },
      null,
      1,
    ),
  );
  // The summary alone, for docs/performance.md's table (npm run bench:table).
  const latest: BenchResults = {
    version: 1,
    startedAt: new Date(started).toISOString(),
    durationS,
    commit: gitCommit(),
    chromium: chromiumVersion,
    machine: { cores: cpus().length, node: process.version, loadAtStart, loadAtEnd },
    options,
    slowGroupRuns: options.sizes.includes(20000) && options.runs > SLOW_GROUP_RUNS ? SLOW_GROUP_RUNS : null,
    rows,
    comparisons: comparisons.map(({ comparison }) => comparison),
    goals: absoluteGoals.map(({ goal }) => goal),
  };
  const latestFile = join(OUT, 'latest.json');
  writeFileSync(latestFile, JSON.stringify(latest, null, 1));
  console.log(
    `\nWrote ${file} and ${latestFile} in ${durationS.toFixed(0)} s; \`npm run bench:table\` puts the figures in docs/performance.md.`,
  );
}

/** The commit measured, with "+changes" when the tree had uncommitted ones; null outside a git checkout. */
function gitCommit(): string | null {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? '+changes' : ''}`;
  } catch {
    return null;
  }
}

function timelineJsVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules/@knight-lab/timelinejs/package.json'), 'utf8')) as { version: string }).version;
}

function sumValues(record: Record<string, number>): number {
  return Object.values(record).reduce((total, value) => total + value, 0);
}

function log(line: string): void {
  console.log(line);
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}

function formatLoad(load: number[]): string {
  return load.map((value) => value.toFixed(2)).join(', ');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
