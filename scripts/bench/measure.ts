/**
 * One measured page load: open a fresh browser context, load the page with the cache off
 * (and the CPU slowed when asked), wait for its ready marks and a quiet network, then
 * read bytes, times, long tasks and heap, and time the interactions.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, CDPSession, Locator, Page } from '@playwright/test';
import { recordNetwork, sumBytes, type Bytes, type FinishedRequest } from './network.ts';
import type { StaticServer } from './server.ts';

const PROBE = fileURLToPath(new URL('./probe.js', import.meta.url));
const TIMELINE_READY = 'data-timeline-ready';
const MAP_READY = 'data-map-ready';
/** A long task blocks input for its time beyond 50 ms (the Total Blocking Time rule). */
const LONG_TASK_BUDGET_MS = 50;
const QUIET_MS = 500;
const ZOOM_CLICKS = 8;

export type ReadyMark = typeof TIMELINE_READY | typeof MAP_READY;

/** What to load and what it promises: the app, or a peer page that sets the same marks. */
export interface Target {
  name: string;
  /** The page, served by `server` (whose log fills in bytes CDP cannot see). */
  server: StaticServer;
  path: string;
  /** The marks to wait for; the last one ends the load. */
  marks: ReadyMark[];
  /** The app's own interactions (Next event, timeline zoom); peers have none. */
  interactions: boolean;
}

export interface RunResult {
  timelineReadyMs: number | null;
  /** The end of the first frame after timeline-ready: the timeline laid out and painted (probe.js). */
  timelineShownMs: number | null;
  mapReadyMs: number | null;
  /** Null for a page without a timeline (the map peer). */
  bytesBeforeTimeline: Bytes | null;
  bytesTotal: Bytes;
  requests: FinishedRequest[];
  /** Sum over long tasks that started before timeline-ready of (duration − 50 ms). */
  blockingMsBeforeTimeline: number | null;
  /** Sum of those long tasks' whole durations. */
  longTaskMsBeforeTimeline: number | null;
  /** Main-thread JS heap after a forced garbage collection, once the page is quiet. */
  heapBytes: number;
  nextEvent: { textMs: number; frameMs: number; button: string } | null;
  zoomFrameMs: number[];
  /** Main-thread work per zoom click: handler, effects, style and layout (no paint, no vsync wait). */
  zoomWorkMs: number[];
  pageErrors: string[];
  /** How long each step of the run took on the benchmark's clock, to see where the minutes go. */
  phasesMs: Record<string, number>;
}

export async function measureRun(browser: Browser, target: Target, cpuRate: number, timeoutMs: number): Promise<RunResult> {
  const phasesMs: Record<string, number> = {};
  let phaseStart = Date.now();
  const phase = (name: string) => {
    phasesMs[name] = Date.now() - phaseStart;
    phaseStart = Date.now();
  };
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.addInitScript({ path: PROBE });
    const session = await context.newCDPSession(page);
    phase('open');
    const network = await recordNetwork(session);
    // Slows the page's renderer (main thread); the browser and network are not slowed.
    await session.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });

    const servedBefore = target.server.served.length;
    await page.goto(target.server.origin + target.path, { waitUntil: 'commit', timeout: timeoutMs });
    await waitForMarks(session, target.marks, timeoutMs);
    phase('load');
    await waitForQuiet(network.lastActivityAt);
    phase('quiet');

    const timeOrigin = (await page.evaluate('performance.timeOrigin')) as number;
    const marks = (await page.evaluate('window.__bench.marks()')) as Partial<Record<ReadyMark | 'timeline-shown', number>>;
    const requests = network.finishedRequests(timeOrigin, target.server.served.slice(servedBefore));
    const timelineReadyMs = marks[TIMELINE_READY] ?? null;
    const longTasks = (await page.evaluate('window.__bench.longTasks()')) as { start: number; duration: number }[] | null;
    const early = longTasks && timelineReadyMs !== null ? longTasks.filter((task) => task.start < timelineReadyMs) : null;

    const result: RunResult = {
      timelineReadyMs,
      timelineShownMs: marks['timeline-shown'] ?? null,
      mapReadyMs: marks[MAP_READY] ?? null,
      bytesBeforeTimeline: timelineReadyMs === null ? null : sumBytes(requests.filter((request) => request.finishedAt <= timelineReadyMs)),
      bytesTotal: sumBytes(requests),
      requests,
      blockingMsBeforeTimeline: early && sum(early.map((task) => Math.max(0, task.duration - LONG_TASK_BUDGET_MS))),
      longTaskMsBeforeTimeline: early && sum(early.map((task) => task.duration)),
      heapBytes: await heapAfterGc(session),
      nextEvent: null,
      zoomFrameMs: [],
      zoomWorkMs: [],
      pageErrors,
      phasesMs,
    };
    phase('read');
    if (target.interactions) {
      result.nextEvent = await timeNextEvent(page);
      phase('nextEvent');
      const zoom = await timeZoomClicks(page, ZOOM_CLICKS);
      result.zoomFrameMs = zoom.frames;
      result.zoomWorkMs = zoom.work;
      phase('zoom');
    }
    result.pageErrors = pageErrors;
    return result;
  } finally {
    await context.close();
    phase('close');
  }
}

/**
 * Waits for the page's own marks without touching the page while it loads: one small
 * evaluation that awaits the probe's promise. Playwright's waitForFunction would poll, and
 * each poll (the first one installs Playwright's injected script) is a task on the page's
 * main thread, run in whatever gap the page leaves between its own tasks: it delays pages
 * that yield (a page that mounts in a task of its own was charged for the harness's work)
 * and leaves pages that block alone.
 */
async function waitForMarks(session: CDPSession, marks: ReadyMark[], timeoutMs: number): Promise<void> {
  // After the navigation's commit the probe is there: it is installed when the document is created.
  const expression = `window.__bench.whenMarked(${JSON.stringify(marks)})`;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${marks.join(' and ')} did not appear within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const result = await Promise.race([session.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }), timeout]);
    if (result.exceptionDetails) throw new Error(`waiting for ${marks.join(' and ')} failed: ${result.exceptionDetails.text}`);
  } finally {
    clearTimeout(timer);
  }
}

/** Waits until nothing has moved on the network for QUIET_MS (at most 10 s more). */
async function waitForQuiet(lastActivityAt: () => number): Promise<void> {
  const giveUpAt = Date.now() + 10_000;
  await sleep(QUIET_MS);
  while (Date.now() - lastActivityAt() < QUIET_MS && Date.now() < giveUpAt) await sleep(100);
}

/** Garbage first, so the figure is what the page keeps rather than when V8 last collected. */
async function heapAfterGc(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Click → the details heading shows another event. Uses "Previous" when at the last event. */
async function timeNextEvent(page: Page): Promise<RunResult['nextEvent']> {
  const region = page.getByRole('region', { name: 'Event details' });
  let button = region.getByRole('button', { name: 'Next event' });
  if (!(await button.isEnabled())) button = region.getByRole('button', { name: 'Previous event' });
  const label = (await button.getAttribute('aria-label')) ?? (await button.innerText());
  await region.evaluate((element) => (window as unknown as BenchWindow).__bench.armTextChange(element));
  await button.click();
  const result = (await page.evaluate('window.__bench.result()')) as { textMs: number; frameMs: number } | null;
  return result && { textMs: result.textMs, frameMs: result.frameMs, button: label };
}

/** Alternates Zoom in and Zoom out (so the window stays within bounds), each click timed alone. */
async function timeZoomClicks(page: Page, clicks: number): Promise<{ frames: number[]; work: number[] }> {
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const zoomIn = timeline.getByRole('button', { name: 'Zoom in' });
  const zoomOut = timeline.getByRole('button', { name: 'Zoom out' });
  await zoomIn.scrollIntoViewIfNeeded();
  let [current, other] = (await zoomIn.isEnabled()) ? [zoomIn, zoomOut] : [zoomOut, zoomIn];
  const frames: number[] = [];
  const work: number[] = [];
  for (let i = 0; i < clicks; i++) {
    const timing = await timeClickFrame(page, current);
    if (timing) {
      frames.push(timing.frameMs);
      work.push(timing.workMs);
    }
    [current, other] = [other, current];
    await sleep(100); // let the previous click's work finish so each is measured alone
  }
  return { frames, work };
}

async function timeClickFrame(page: Page, button: Locator): Promise<{ frameMs: number; workMs: number } | null> {
  await page.evaluate('window.__bench.armFrame()');
  // force: skips Playwright's actionability checks (visible, stable over two frames…),
  // which cost several round trips per click and, at 4× CPU, more than the click itself.
  // The button was checked enabled by timeZoomClicks; the click is still a real mouse event.
  await button.click({ force: true });
  const result = (await page.evaluate('window.__bench.result()')) as { frameMs: number; workMs: number } | null;
  return result ? { frameMs: result.frameMs, workMs: result.workMs } : null;
}

interface BenchWindow {
  __bench: { armTextChange: (element: Element) => void };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
