/**
 * How the page starts, in one place: the parts it loads, in the order it loads them, and
 * each part's status. Views read a part's status; only the methods here change it. A part
 * can fail while the others stand: a map that cannot start leaves the timeline as it is.
 *
 * The order, and what each part waits for:
 * 1. `timeline`: the timeline is drawn, from the story index the build writes into the page
 *    (or from data/ where there is no index: the dev server, and languages other than English).
 * 2. `shown`: the browser has painted that timeline (the frame after `timeline`). Everything
 *    below waits for it, so nothing competes with the reader's first sight of the story.
 * 3. `story`: data/ is fetched and validated, and the full story replaces the index.
 * 4. `map`: the map is drawn, with MapLibre or, without WebGL, as a static map, and with the
 *    full story's outlines.
 * 5. `extras`: the details panel, as soon as the timeline is shown (the reader acts on it);
 *    the text version and the footer, long and below the map, once the map is drawn or has
 *    failed (`whenSettled`), so that rendering them does not hold back the map's first frame.
 *
 * The page mirrors two of them on <html> for tests, the benchmark and embedding pages:
 * `data-timeline-ready` and `data-map-ready` (see `mirrorBootOnDocument`).
 */
import { untrack } from 'svelte';
import { afterNextFrame } from '../scheduling/after-next-frame.ts';

export const BOOT_PARTS = ['timeline', 'shown', 'story', 'map', 'extras'] as const;
export type BootPart = (typeof BOOT_PARTS)[number];
export type PartStatus = 'pending' | 'ready' | 'failed';

export interface BootScheduling {
  /** Runs a callback after the browser's next frame; returns a cancel function. */
  afterFrame: (callback: () => void) => () => void;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const browserScheduling: BootScheduling = {
  afterFrame: (callback) => afterNextFrame(callback),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as number),
};

/**
 * If the timeline never says it is drawn (a browser without canvas, a story that fails to
 * draw), what waits for `shown` starts anyway after this long: the map and the details must
 * not depend on the timeline succeeding.
 */
export const SHOWN_FALLBACK_MS = 3000;

/**
 * What follows a part without depending on it (the text version after the map) waits for it
 * at most this long: a map still loading on a slow connection must not keep the text away.
 */
export const SETTLED_FALLBACK_MS = 8000;

export class Boot {
  #status = $state<Record<BootPart, PartStatus>>({
    timeline: 'pending',
    shown: 'pending',
    story: 'pending',
    map: 'pending',
    extras: 'pending',
  });
  /** Why a part failed, in words for the console and the notices. */
  #reasons = $state<Partial<Record<BootPart, string>>>({});
  #waiters = new Map<BootPart, Set<() => void>>();
  #settledWaiters = new Map<BootPart, Set<() => void>>();
  #scheduling: BootScheduling;
  #cancelFrame: () => void = () => {};
  #fallback: unknown = undefined;

  constructor(scheduling: BootScheduling = browserScheduling, shownFallbackMs = SHOWN_FALLBACK_MS) {
    this.#scheduling = scheduling;
    this.#fallback = scheduling.setTimeout(() => this.markReady('shown'), shownFallbackMs);
  }

  status(part: BootPart): PartStatus {
    return this.#status[part];
  }

  isReady(part: BootPart): boolean {
    return this.#status[part] === 'ready';
  }

  reason(part: BootPart): string | undefined {
    return this.#reasons[part];
  }

  /** Marks a part ready. The timeline being drawn also schedules `shown` for the next frame. */
  markReady(part: BootPart) {
    // Called from effects: reading the status here must not make them depend on it.
    untrack(() => this.#markReady(part));
  }

  #markReady(part: BootPart) {
    if (this.#status[part] === 'ready') return;
    this.#status[part] = 'ready';
    delete this.#reasons[part];
    if (part === 'timeline' && this.#status.shown !== 'ready') {
      this.#cancelFrame();
      this.#cancelFrame = this.#scheduling.afterFrame(() => this.#markReady('shown'));
    }
    if (part === 'shown') {
      this.#cancelFrame();
      this.#scheduling.clearTimeout(this.#fallback);
    }
    const waiters = this.#waiters.get(part);
    this.#waiters.delete(part);
    for (const resolve of waiters ?? []) resolve();
    this.#settle(part);
  }

  #settle(part: BootPart) {
    const waiters = this.#settledWaiters.get(part);
    this.#settledWaiters.delete(part);
    for (const resolve of waiters ?? []) resolve();
  }

  markFailed(part: BootPart, reason: string) {
    untrack(() => {
      this.#status[part] = 'failed';
      this.#reasons[part] = reason;
      this.#settle(part);
    });
  }

  /** Back to pending: a part that is redrawn (the map after a change of language) or tried again. */
  reset(part: BootPart) {
    untrack(() => {
      if (this.#status[part] === 'pending') return;
      this.#status[part] = 'pending';
      delete this.#reasons[part];
    });
  }

  /** Resolves once the part is ready (at once if it is). A failed part may still become ready when tried again. */
  whenReady(part: BootPart): Promise<void> {
    if (untrack(() => this.#status[part]) === 'ready') return Promise.resolve();
    return new Promise((resolve) => {
      let waiters = this.#waiters.get(part);
      if (!waiters) this.#waiters.set(part, (waiters = new Set()));
      waiters.add(resolve);
    });
  }

  /**
   * Resolves once the part is ready or has failed, or after `fallbackMs` at the latest,
   * whichever comes first.
   */
  whenSettled(part: BootPart, fallbackMs = SETTLED_FALLBACK_MS): Promise<void> {
    if (untrack(() => this.#status[part]) !== 'pending') return Promise.resolve();
    return new Promise((resolve) => {
      let waiters = this.#settledWaiters.get(part);
      if (!waiters) this.#settledWaiters.set(part, (waiters = new Set()));
      const timer = this.#scheduling.setTimeout(() => {
        waiters.delete(done);
        resolve();
      }, fallbackMs);
      const done = () => {
        this.#scheduling.clearTimeout(timer);
        resolve();
      };
      waiters.add(done);
    });
  }

  /**
   * Loads a chunk once `after` is ready (a part, or a promise such as `whenSettled`'s) and
   * hands over its default export, unless the caller has gone by then (the returned teardown,
   * for an `$effect` or an attachment).
   */
  loadAfter<T>(after: BootPart | Promise<void>, load: () => Promise<{ default: T }>, onLoaded: (loaded: T) => void): () => void {
    let current = true;
    (typeof after === 'string' ? this.whenReady(after) : after)
      .then(() => (current ? load() : null))
      .then((module) => {
        if (current && module) onLoaded(module.default);
      })
      .catch((error: unknown) => console.warn('A part of the story could not be loaded:', error));
    return () => {
      current = false;
    };
  }

  /** Stops the timers: for a page that goes away before the timeline shows. */
  dispose() {
    this.#cancelFrame();
    this.#scheduling.clearTimeout(this.#fallback);
  }
}

/** The attributes on <html> that mirror parts' readiness, for tests, the benchmark and embedding pages. */
export const READY_ATTRIBUTES: Partial<Record<BootPart, string>> = {
  timeline: 'data-timeline-ready',
  map: 'data-map-ready',
};

/**
 * Writes the ready attributes from the statuses; call it from an `$effect` so it follows
 * them. An attribute already in the wanted state is left alone (no mutation to observe).
 */
export function mirrorBootOnDocument(boot: Boot, root: HTMLElement) {
  for (const [part, attribute] of Object.entries(READY_ATTRIBUTES) as [BootPart, string][])
    root.toggleAttribute(attribute, boot.isReady(part));
}
