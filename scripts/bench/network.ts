/**
 * Bytes on the wire, from the Chrome DevTools Protocol: each request's encodedDataLength
 * (headers and compressed body as received) at Network.loadingFinished, sorted into kinds
 * and placed on the page's own clock so they can be split at the timeline-ready mark.
 * https://chromedevtools.github.io/devtools-protocol/tot/Network/#event-loadingFinished
 */
import type { CDPSession } from '@playwright/test';
import type { ServedRequest } from './server.ts';

export const BYTE_KINDS = ['total', 'js', 'css', 'data', 'basemap', 'other'] as const;
export type ByteKind = (typeof BYTE_KINDS)[number];
export type Bytes = Record<ByteKind, number>;

export interface FinishedRequest {
  url: string;
  kind: Exclude<ByteKind, 'total'>;
  bytes: number;
  /**
   * 'cdp' normally. 'server' for a request the page's CDP session saw start but never saw
   * finish: a dedicated worker's own script (MapLibre's) finishes on the worker's target,
   * which this session is not attached to, so its bytes come from the server's log.
   */
  source: 'cdp' | 'server';
  /** When the last byte arrived, in ms since the page's time origin (navigation start). */
  finishedAt: number;
}

/** The kind of a request, by path first (data and base map are JSON too), then by type. */
export function kindOf(url: string, mimeType: string): FinishedRequest['kind'] {
  const path = new URL(url).pathname;
  if (/\/data\/[^?]*\.json$/.test(path)) return 'data';
  if (path.includes('/basemap/')) return 'basemap';
  if (/\.m?js$/.test(path) || /javascript/.test(mimeType)) return 'js';
  if (/\.css$/.test(path) || mimeType === 'text/css') return 'css';
  return 'other';
}

export function emptyBytes(): Bytes {
  return { total: 0, js: 0, css: 0, data: 0, basemap: 0, other: 0 };
}

export function sumBytes(requests: FinishedRequest[]): Bytes {
  const bytes = emptyBytes();
  for (const request of requests) {
    bytes[request.kind] += request.bytes;
    bytes.total += request.bytes;
  }
  return bytes;
}

/**
 * Starts recording on a page's CDP session (call before navigating). CDP timestamps are a
 * monotonic clock in seconds; the document request's wallTime ties that clock to the
 * wall clock, and performance.timeOrigin ties the wall clock to the page's clock.
 */
export async function recordNetwork(session: CDPSession) {
  const urls = new Map<string, { url: string; mimeType: string }>();
  const finished: { id: string; bytes: number; timestamp: number }[] = [];
  const failed = new Set<string>();
  let monotonicToWallMs: number | null = null;
  let lastActivityAt = Date.now();
  const touch = () => (lastActivityAt = Date.now());
  for (const name of ['Network.requestWillBeSent', 'Network.loadingFinished', 'Network.loadingFailed'] as const) session.on(name, touch);

  session.on('Network.requestWillBeSent', (event) => {
    urls.set(event.requestId, { url: event.request.url, mimeType: '' });
    if (monotonicToWallMs === null && event.type === 'Document') monotonicToWallMs = event.wallTime * 1000 - event.timestamp * 1000;
  });
  session.on('Network.responseReceived', (event) => {
    const entry = urls.get(event.requestId);
    if (entry) entry.mimeType = event.response.mimeType;
  });
  session.on('Network.loadingFailed', (event) => failed.add(event.requestId));
  session.on('Network.loadingFinished', (event) => {
    finished.push({ id: event.requestId, bytes: event.encodedDataLength, timestamp: event.timestamp });
  });

  await session.send('Network.enable');
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });

  /**
   * Every request finished so far, with its time on the page's clock. `served` is the
   * server's log for this run, used only for requests CDP saw start but not finish.
   */
  function finishedRequests(timeOrigin: number, served: ServedRequest[]): FinishedRequest[] {
    const offset = (monotonicToWallMs ?? Number.NaN) - timeOrigin;
    const fromCdp: FinishedRequest[] = finished.flatMap(({ id, bytes, timestamp }) => {
      const entry = urls.get(id);
      // data: URLs never reach the network; they have no bytes worth counting.
      if (!entry || !/^https?:/.test(entry.url)) return [];
      return [
        { url: entry.url, kind: kindOf(entry.url, entry.mimeType), bytes, source: 'cdp' as const, finishedAt: timestamp * 1000 + offset },
      ];
    });
    const done = new Set(finished.map((request) => request.id));
    const unused = served.slice();
    const fromServer: FinishedRequest[] = [...urls].flatMap(([id, entry]) => {
      if (done.has(id) || failed.has(id) || !/^https?:/.test(entry.url)) return [];
      const path = new URL(entry.url).pathname;
      const index = unused.findIndex((response) => response.path === path);
      if (index < 0) return [];
      const [response] = unused.splice(index, 1);
      return [
        {
          url: entry.url,
          kind: kindOf(entry.url, entry.mimeType),
          bytes: response!.bytes,
          source: 'server' as const,
          finishedAt: response!.finishedAt - timeOrigin,
        },
      ];
    });
    return [...fromCdp, ...fromServer];
  }

  return { finishedRequests, lastActivityAt: () => lastActivityAt };
}
