import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchWithRetry, type FetchWithRetryOptions, type RetryInfo } from '../../../src/lib/data/fetch-with-retry.ts';

/** What the fake server does on one request. */
type Answer =
  | { status: number }
  /** A body that arrives in chunks, `gapMs` apart; `thenStall` stops sending after the last one. */
  | { chunks: string[]; gapMs?: number; thenStall?: boolean }
  /** The connection fails before an answer. */
  | 'network error'
  /** No answer at all, until the request is cancelled. */
  | 'silence';

const never = new Promise<never>(() => {});

/** A fetch that answers each request with the next scripted answer, on the (fake) clock. */
function fakeFetch(answers: Answer[]) {
  const calls: number[] = [];
  const impl = (async (_url: URL | string, init?: RequestInit) => {
    calls.push(Date.now());
    const answer = answers[calls.length - 1] ?? { status: 599 };
    if (answer === 'network error') throw new TypeError('Failed to fetch');
    if (answer === 'silence') return never;
    if ('status' in answer) return new Response('no', { status: answer.status });
    const queue = [...answer.chunks];
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (queue.length === 0) {
          if (answer.thenStall) return never;
          return controller.close();
        }
        await new Promise((resolve) => setTimeout(resolve, answer.gapMs ?? 0));
        if (init?.signal?.aborted) return;
        controller.enqueue(new TextEncoder().encode(queue.shift()));
      },
    });
    return new Response(body, { status: 200 });
  }) as typeof fetch;
  return { impl, calls };
}

async function run(answers: Answer[], options: FetchWithRetryOptions = {}) {
  const { impl, calls } = fakeFetch(answers);
  const retries: RetryInfo[] = [];
  const start = Date.now();
  const outcome = fetchWithRetry('https://example.test/data/events.json', {
    fetchImpl: impl,
    onRetry: (retry) => retries.push(retry),
    ...options,
  }).then(
    (bytes) => ({ text: new TextDecoder().decode(bytes), at: Date.now() - start }),
    (error: { kind: string; message: string; tries: number }) => ({
      failure: error.kind,
      message: error.message,
      tries: error.tries,
      at: Date.now() - start,
    }),
  );
  await vi.runAllTimersAsync();
  return { outcome: await outcome, requests: calls.length, retries: retries.map((r) => [r.attempt, r.delayMs, r.reason]) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('fetchWithRetry', () => {
  const cases: {
    name: string;
    answers: Answer[];
    options?: FetchWithRetryOptions;
    outcome: Record<string, unknown>;
    requests: number;
    retries: [number, number, string][];
  }[] = [
    {
      name: 'a file that arrives at once is asked for once',
      answers: [{ chunks: ['{"events"', ': []}'] }],
      outcome: { text: '{"events": []}', at: 0 },
      requests: 1,
      retries: [],
    },
    {
      name: 'a 500 is tried again after the first pause',
      answers: [{ status: 500 }, { chunks: ['ok'] }],
      outcome: { text: 'ok', at: 1000 },
      requests: 2,
      retries: [[2, 1000, 'the server answered 500']],
    },
    {
      name: 'a failed connection is tried again',
      answers: ['network error', { chunks: ['ok'] }],
      outcome: { text: 'ok', at: 1000 },
      requests: 2,
      retries: [[2, 1000, 'the request failed (Failed to fetch)']],
    },
    {
      name: 'a 404 on every try fails after three tries, the pauses doubling',
      answers: [{ status: 404 }, { status: 404 }, { status: 404 }],
      outcome: { failure: 'status', message: 'the server answered 404', tries: 3, at: 3000 },
      requests: 3,
      retries: [
        [2, 1000, 'the server answered 404'],
        [3, 2000, 'the server answered 404'],
      ],
    },
    {
      name: 'a server that never answers is stalled after stallMs, on every try',
      answers: ['silence', 'silence', 'silence'],
      outcome: { failure: 'stalled', message: 'nothing arrived for 5 s', tries: 3, at: 5000 + 1000 + 5000 + 2000 + 5000 },
      requests: 3,
      retries: [
        [2, 1000, 'nothing arrived for 5 s'],
        [3, 2000, 'nothing arrived for 5 s'],
      ],
    },
    {
      name: 'a body that stops halfway is stalled and asked for again',
      answers: [{ chunks: ['{"ev'], thenStall: true }, { chunks: ['{"events": []}'] }],
      outcome: { text: '{"events": []}', at: 5000 + 1000 },
      requests: 2,
      retries: [[2, 1000, 'nothing arrived for 5 s']],
    },
    {
      name: 'a slow body that keeps arriving is not stalled, however long it takes in all',
      answers: [{ chunks: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], gapMs: 4000 }],
      outcome: { text: 'abcdefgh', at: 32_000 },
      requests: 1,
      retries: [],
    },
    {
      name: 'a shorter stall and backoff are honoured',
      answers: ['silence', { status: 503 }, { chunks: ['ok'] }],
      options: { stallMs: 200, backoffMs: 50 },
      outcome: { text: 'ok', at: 200 + 50 + 100 },
      requests: 3,
      retries: [
        [2, 50, 'nothing arrived for 0.2 s'],
        [3, 100, 'the server answered 503'],
      ],
    },
    {
      name: 'a 404 is final at once for a file the story may go without (notFoundIsFinal)',
      answers: [{ status: 404 }, { chunks: ['never asked'] }],
      options: { notFoundIsFinal: true },
      outcome: { failure: 'status', message: 'the server answered 404', tries: 1, at: 0 },
      requests: 1,
      retries: [],
    },
    {
      name: 'notFoundIsFinal still tries again after a 500',
      answers: [{ status: 500 }, { chunks: ['ok'] }],
      options: { notFoundIsFinal: true },
      outcome: { text: 'ok', at: 1000 },
      requests: 2,
      retries: [[2, 1000, 'the server answered 500']],
    },
    {
      name: 'with one try, a failure is final at once',
      answers: [{ status: 500 }, { chunks: ['never asked'] }],
      options: { tries: 1 },
      outcome: { failure: 'status', message: 'the server answered 500', tries: 1, at: 0 },
      requests: 1,
      retries: [],
    },
  ];
  for (const { name, answers, options, outcome, requests, retries } of cases) {
    it(name, async () => {
      const result = await run(answers, options);
      expect(result.outcome).toEqual(outcome);
      expect(result.requests).toBe(requests);
      expect(result.retries).toEqual(retries);
    });
  }

  it('a caller that goes away during a pause ends the tries at once', async () => {
    const controller = new AbortController();
    const { impl, calls } = fakeFetch([{ status: 500 }, { chunks: ['never asked'] }]);
    const outcome = fetchWithRetry('https://example.test/a.json', {
      fetchImpl: impl,
      signal: controller.signal,
      onRetry: () => controller.abort(),
    }).catch((error: { kind: string }) => error.kind);
    await vi.runAllTimersAsync();
    expect(await outcome).toBe('aborted');
    expect(calls).toHaveLength(1);
  });
});
