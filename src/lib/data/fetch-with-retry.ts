/**
 * One file fetched with care: a request that fails, or that stops making progress, is tried
 * again after a pause that doubles each time. Progress is watched on the body as it streams,
 * so a large file on a slow link that keeps arriving is never taken for a stalled one; only
 * silence is. Used for data/ and meant for the map's base map too, so every file the page
 * needs behaves alike on a bad connection.
 */

export interface FetchWithRetryOptions {
  /** How many times to ask in all, the first included. */
  tries?: number;
  /** How long without a byte (or without an answer) before a try counts as stalled. */
  stallMs?: number;
  /** The pause before the second try; each later pause is twice the one before. */
  backoffMs?: number;
  /** Ends every try and every pause at once: the caller has gone. */
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  /** Passed to each request (such as `cache`); its signal is replaced by the helper's own. */
  init?: RequestInit;
  /** Called before each new try, so the page can say what it is waiting for. */
  onRetry?: (retry: RetryInfo) => void;
  /**
   * A 404 ends the tries at once: for a file the story may go without, whose absence is an
   * answer, not a fault that asking again could mend.
   */
  notFoundIsFinal?: boolean;
}

export interface RetryInfo {
  /** The try about to start: 2 for the first retry. */
  attempt: number;
  tries: number;
  /** Why the previous try did not succeed, in words. */
  reason: string;
  delayMs: number;
}

export type FailureKind = 'status' | 'network' | 'stalled' | 'aborted';

/** Why a file could not be fetched, after the last try; `message` is for readers and editors. */
export class FetchFailure extends Error {
  readonly kind: FailureKind;
  readonly status: number | undefined;
  /** How many tries were made. */
  tries = 1;
  constructor(kind: FailureKind, message: string, status?: number) {
    super(message);
    this.name = 'FetchFailure';
    this.kind = kind;
    this.status = status;
  }
}

/**
 * Short enough that a reader is told soon, long enough that a busy mobile link that is still
 * answering is not cut off.
 */
export const DEFAULT_STALL_MS = 5000;
export const DEFAULT_BACKOFF_MS = 1000;
export const DEFAULT_TRIES = 3;

export async function fetchWithRetry(url: URL | string, options: FetchWithRetryOptions = {}): Promise<Uint8Array> {
  const tries = Math.max(1, options.tries ?? DEFAULT_TRIES);
  const backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetchOnce(url, options);
    } catch (error) {
      const failure = error instanceof FetchFailure ? error : new FetchFailure('network', describe(error));
      failure.tries = attempt;
      const final = failure.kind === 'aborted' || (options.notFoundIsFinal === true && failure.status === 404);
      if (final || attempt >= tries) throw failure;
      const delayMs = backoffMs * 2 ** (attempt - 1);
      options.onRetry?.({ attempt: attempt + 1, tries, reason: failure.message, delayMs });
      await pause(delayMs, options.signal);
    }
  }
}

async function fetchOnce(url: URL | string, options: FetchWithRetryOptions): Promise<Uint8Array> {
  const stallMs = options.stallMs ?? DEFAULT_STALL_MS;
  const outer = options.signal;
  if (outer?.aborted) throw aborted();
  const controller = new AbortController();
  let why: FetchFailure | null = null;
  let rejectAbort: (error: unknown) => void = () => {};
  // Every wait below races this, so a try ends on time even if the fetch ignores its signal.
  const abortion = new Promise<never>((_, reject) => (rejectAbort = reject));
  abortion.catch(() => {});
  const stop = (failure: FetchFailure) => {
    why ??= failure;
    controller.abort(failure);
    rejectAbort(failure);
  };
  const onOuterAbort = () => stop(aborted());
  outer?.addEventListener('abort', onOuterAbort);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const progress = () => {
    clearTimeout(timer);
    timer = setTimeout(() => stop(new FetchFailure('stalled', `nothing arrived for ${stallMs / 1000} s`)), stallMs);
  };
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  try {
    progress();
    const fetchImpl = options.fetchImpl ?? fetch;
    const response = await Promise.race([fetchImpl(url, { ...options.init, signal: controller.signal }), abortion]);
    if (!response.ok)
      throw new FetchFailure('status', `the server answered ${response.status} ${response.statusText}`.trim(), response.status);
    progress();
    if (!response.body) return new Uint8Array(await Promise.race([response.arrayBuffer(), abortion]));
    reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), abortion]);
      if (done) break;
      chunks.push(value);
      progress();
    }
    return concat(chunks);
  } catch (error) {
    if (why) throw why;
    if (error instanceof FetchFailure) throw error;
    throw new FetchFailure('network', describe(error));
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
    if (why) reader?.cancel().catch(() => {});
  }
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(aborted());
    const onAbort = () => {
      clearTimeout(timer);
      reject(aborted());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function aborted(): FetchFailure {
  return new FetchFailure('aborted', 'the request was cancelled');
}

function describe(error: unknown): string {
  return `the request failed (${error instanceof Error ? error.message : String(error)})`;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
