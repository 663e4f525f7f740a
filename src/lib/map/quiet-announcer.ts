/**
 * When the map speaks: a change of the timeline's window or the issue filter is summed up
 * once the reader pauses (brushing makes dozens of changes a second; the live region must not
 * read each), and not at all when the change came with a new selection, which the view that
 * made it (timeline or map) has already announced: a selection is announced once.
 */

export interface AnnouncerClock {
  now: () => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const browserClock: AnnouncerClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as number),
};

/** Long enough to outlast a brush stroke's pauses, short enough to follow the reader. */
export const QUIET_MS = 700;

export class QuietAnnouncer {
  #announce: (text: string) => void;
  #delayMs: number;
  #clock: AnnouncerClock;
  #timer: unknown = undefined;
  #mutedUntil = -Infinity;

  constructor(announce: (text: string) => void, delayMs = QUIET_MS, clock: AnnouncerClock = browserClock) {
    this.#announce = announce;
    this.#delayMs = delayMs;
    this.#clock = clock;
  }

  /** The view changed: `text` is read once the changes stop, unless a selection comes first. */
  viewChanged(text: () => string) {
    if (this.#clock.now() < this.#mutedUntil) return;
    this.#cancel();
    this.#timer = this.#clock.setTimeout(() => {
      this.#timer = undefined;
      this.#announce(text());
    }, this.#delayMs);
  }

  /** The selection changed: its own announcement stands, and view changes that come with it stay quiet. */
  selectionChanged() {
    this.#cancel();
    this.#mutedUntil = this.#clock.now() + this.#delayMs;
  }

  dispose() {
    this.#cancel();
  }

  #cancel() {
    if (this.#timer !== undefined) this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
