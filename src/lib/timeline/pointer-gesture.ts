/**
 * What the pointers pressed on the chart are doing, and the window they ask for: one pointer
 * drags (pans) once it has moved a few pixels, two pinch (zoom and pan together). It knows
 * no DOM: zoom-gesture.ts feeds it each pointer's id and x, and the unit tests feed it
 * sequences. Every move is measured from where the gesture started, not from the last move,
 * so rounding never drifts and a pan stopped by the story's end resumes where the finger is.
 */
import { panByPx, pinchWindow, type GestureScale } from './gesture-window.ts';
import type { TimeWindow } from '../state/time-window.ts';

export interface PointerGestureOptions {
  /** The chart's scale as drawn now: its window, and its range in px from the gesture element's left edge. */
  getScale: () => GestureScale;
  getExtent: () => TimeWindow;
  onWindow: (window: TimeWindow) => void;
}

/** A press that moves less than this (px) is a click, and leaves the window alone. */
export const DRAG_THRESHOLD = 3;

export interface PointerGesture {
  /** A pointer went down at `x`. False when it takes no part: a third finger is ignored, as d3-zoom does. */
  down(id: number, x: number): boolean;
  /** A pointer moved to `x`. True once the press is a drag or a pinch, which the page should not also act on. */
  move(id: number, x: number): boolean;
  /** A pointer went up or was cancelled. True when the gesture it ends moved the window: its click is no click. */
  up(id: number): boolean;
}

export function pointerGesture(options: PointerGestureOptions): PointerGesture {
  /** The pointers down on the chart (at most two): id → x now. */
  const pointers = new Map<number, number>();
  /**
   * The scale, and each pointer's x, when the current gesture (re)started. Read on the first
   * press, not here: the chart creates this inside an effect, which must not depend on the window.
   */
  let origin: { scale: GestureScale | null; xs: Map<number, number> } = { scale: null, xs: new Map() };
  let moved = false;

  /** A finger added or lifted starts a new gesture from what is on screen now. */
  const restart = () => (origin = { scale: options.getScale(), xs: new Map(pointers) });

  return {
    down(id, x) {
      // A pointer cannot be down twice: an entry left over is one whose release went unseen.
      pointers.delete(id);
      if (pointers.size >= 2) return false;
      if (pointers.size === 0) moved = false;
      pointers.set(id, x);
      restart();
      return true;
    },
    move(id, x) {
      if (!pointers.has(id) || !origin.scale) return false;
      pointers.set(id, x);
      const extent = options.getExtent();
      const [first, second] = [...origin.xs.keys()];
      if (second === undefined) {
        const dx = x - origin.xs.get(first!)!;
        if (!moved && Math.abs(dx) < DRAG_THRESHOLD) return false;
        moved = true;
        options.onWindow(panByPx(origin.scale, dx, extent));
        return true;
      }
      moved = true;
      const from = [origin.xs.get(first!)!, origin.xs.get(second)!] as const;
      const to = [pointers.get(first!)!, pointers.get(second)!] as const;
      options.onWindow(pinchWindow(origin.scale, from, to, extent));
      return true;
    },
    up(id) {
      if (!pointers.delete(id)) return false;
      restart();
      return pointers.size === 0 && moved;
    },
  };
}
