/**
 * The overview's brush as arithmetic: a drag that started on the window moves it, one that
 * started on an edge resizes it, one on the empty strip draws a new window. Pixels in, a
 * time window out; clamping to the story is left to clampWindow.
 */
import type { TimeWindow } from '../state/time-window.ts';

export type BrushMode = 'move' | 'start' | 'end' | 'new';

/**
 * Which part of the brush a press at `x` grabs; `edge` is the handles' half-width in px.
 * When the window covers the whole strip there is nothing to move: a press draws a new one.
 */
export function brushModeAt(x: number, windowPx: readonly [number, number], stripWidth: number, edge = 6): BrushMode {
  const [left, right] = windowPx;
  if (Math.abs(x - left) <= edge) return 'start';
  if (Math.abs(x - right) <= edge) return 'end';
  const coversStrip = left <= 1 && right >= stripWidth - 1;
  if (x > left && x < right && !coversStrip) return 'move';
  return 'new';
}

/**
 * The window after dragging from `fromX` to `toX` (px) in `mode`, starting from `initial`.
 * `invert` turns a pixel into a time on the overview's scale.
 */
export function brushWindow(mode: BrushMode, initial: TimeWindow, fromX: number, toX: number, invert: (x: number) => number): TimeWindow {
  const delta = invert(toX) - invert(fromX);
  switch (mode) {
    case 'move':
      return [initial[0] + delta, initial[1] + delta];
    case 'start':
      return ordered(initial[0] + delta, initial[1]);
    case 'end':
      return ordered(initial[0], initial[1] + delta);
    case 'new': {
      // A click without a drag keeps the span and centres it where the reader pointed.
      if (Math.abs(toX - fromX) < 3) {
        const half = (initial[1] - initial[0]) / 2;
        const center = invert(toX);
        return [center - half, center + half];
      }
      return ordered(invert(fromX), invert(toX));
    }
  }
}

function ordered(a: number, b: number): TimeWindow {
  return a <= b ? [a, b] : [b, a];
}
