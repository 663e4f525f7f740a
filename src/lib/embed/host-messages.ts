/**
 * The messages the embedded page exchanges with its host, in pym.js's wire format
 * (`pymxPYMx<id>xPYMx<type>xPYMx<value>`), so a newsroom already running pym.js's Parent
 * needs nothing new, plus AMP's `embed-size` for amp-iframe. Pure: building and checking
 * messages; the shell does the posting.
 * https://github.com/nprapps/pym.js (wire format) · https://amp.dev/documentation/components/amp-iframe (embed-size)
 */

const DELIMITER = 'xPYMx';
/** pym.js ids come from the host's container id: keep them to what an id can hold. */
const ID = /^[\w-]{0,64}$/;
/** Heights we will report or accept: a page of ours is never 0 px nor a kilometre tall. */
export const MAX_HEIGHT = 100_000;

/** Without pym.js's Parent there is no childId; our own parent script matches by window, not id. */
export const DEFAULT_CHILD_ID = 'turkey-israel';

/** `view`: the view the story opened with; `hash`: the view after each change by the reader. */
export type ChildMessageType = 'height' | 'hash' | 'view';

export function pymMessage(id: string, type: ChildMessageType, value: string): string {
  return ['pym', id, type, value].join(DELIMITER);
}

export function ampEmbedSize(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/**
 * A message from the host, if it is one we act on: pym.js's Parent sends `width` when its
 * page resizes, and we answer with our height. Anything else (other types, other ids,
 * objects, oversized strings) is null and ignored.
 */
export function parseHostMessage(data: unknown, id: string): { type: 'width'; width: number } | null {
  if (typeof data !== 'string' || data.length > 200 || !ID.test(id)) return null;
  const parts = data.split(DELIMITER);
  const [prefix, to, type, value] = parts;
  if (parts.length !== 4 || prefix !== 'pym' || to !== id || type !== 'width' || !value || !/^\d{1,6}$/.test(value)) return null;
  return { type: 'width', width: Number(value) };
}

/**
 * Decides which measured heights to report. It drops repeats and sub-pixel jitter, and
 * stops a resize loop (our height depends on our width, which a host scrollbar can change,
 * which changes our height…): once heights bounce between the same two values, it keeps
 * the larger one, so content is never cut off.
 */
export class HeightReporter {
  /** The height last reported, and the raw measurement it came from. */
  private last = 0;
  private lastMeasured = 0;
  /** Every recent measurement, rounded up, reported or not: the bounce shows here. */
  private recent: number[] = [];

  constructor(private readonly windowSize = 6) {}

  /** The height to send for this measurement, or null to send nothing. `force` re-sends it anyway. */
  next(measured: number, force = false): number | null {
    if (!Number.isFinite(measured) || measured <= 0) return null;
    const height = Math.min(MAX_HEIGHT, Math.ceil(measured));
    this.recent.push(height);
    if (this.recent.length > this.windowSize) this.recent.shift();
    if (this.isBouncing()) {
      const settled = Math.max(...this.recent.slice(-4));
      if (settled === this.last && !force) return null;
      return this.report(settled, measured);
    }
    if (!force && Math.abs(measured - this.lastMeasured) < 1) return null;
    if (!force && height === this.last) return null;
    return this.report(height, measured);
  }

  private report(height: number, measured: number): number {
    this.last = height;
    this.lastMeasured = measured;
    return height;
  }

  /** A-B-A-B in the recent measurements. */
  private isBouncing(): boolean {
    const r = this.recent;
    if (r.length < 4) return false;
    const [a, b, c, d] = r.slice(-4);
    return a === c && b === d && a !== b;
  }
}
