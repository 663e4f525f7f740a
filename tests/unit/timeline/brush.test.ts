import { describe, expect, it } from 'vitest';
import { brushModeAt, brushWindow, type BrushMode } from '../../../src/lib/timeline/brush.ts';
import type { TimeWindow } from '../../../src/lib/state/time-window.ts';

describe('brushModeAt', () => {
  // A strip 1000 px wide with the window drawn from x = 200 to x = 400; handles are 6 px either side of an edge.
  const windowPx = [200, 400] as const;
  const cases: { name: string; x: number; windowPx?: readonly [number, number]; edge?: number; expected: BrushMode }[] = [
    { name: 'grabs the start on the left edge', x: 200, expected: 'start' },
    { name: 'grabs the start within the handle, outside the window', x: 194, expected: 'start' },
    { name: 'grabs the start within the handle, inside the window', x: 206, expected: 'start' },
    { name: 'grabs the end on the right edge', x: 400, expected: 'end' },
    { name: 'grabs the end within the handle', x: 405, expected: 'end' },
    { name: 'moves the window from inside it, past the handles', x: 300, expected: 'move' },
    { name: 'moves the window just past the start handle', x: 207, expected: 'move' },
    { name: 'draws a new window from the empty strip before it', x: 100, expected: 'new' },
    { name: 'draws a new window from the empty strip after it', x: 407, expected: 'new' },
    { name: 'honours a wider handle', x: 212, edge: 12, expected: 'start' },
    {
      name: 'prefers the start when a narrow window puts both handles under the press',
      x: 302,
      windowPx: [300, 304],
      expected: 'start',
    },
    {
      name: 'draws a new window from inside one that covers the whole strip: there is nothing to move',
      x: 500,
      windowPx: [0, 1000],
      expected: 'new',
    },
    {
      name: 'still grabs an edge of a window that covers the whole strip',
      x: 997,
      windowPx: [0.5, 999.5],
      expected: 'end',
    },
  ];
  for (const c of cases) {
    it(`brushModeAt ${c.name}`, () => {
      expect(brushModeAt(c.x, c.windowPx ?? windowPx, 1000, c.edge)).toBe(c.expected);
    });
  }
});

describe('brushWindow', () => {
  // The overview's scale: one px is ten time units, from 0 at x = 0.
  const invert = (x: number) => x * 10;
  const initial: TimeWindow = [2000, 4000];
  const cases: { name: string; mode: BrushMode; fromX: number; toX: number; expected: TimeWindow }[] = [
    { name: 'moves the whole window by the drag', mode: 'move', fromX: 300, toX: 350, expected: [2500, 4500] },
    { name: 'moves the window back for a drag to the left', mode: 'move', fromX: 300, toX: 120, expected: [200, 2200] },
    { name: 'moves the start alone when the start handle is dragged', mode: 'start', fromX: 200, toX: 150, expected: [1500, 4000] },
    { name: 'moves the end alone when the end handle is dragged', mode: 'end', fromX: 400, toX: 460, expected: [2000, 4600] },
    {
      name: 'turns the window round when the start handle is dragged past the end',
      mode: 'start',
      fromX: 200,
      toX: 500,
      expected: [4000, 5000],
    },
    {
      name: 'turns the window round when the end handle is dragged past the start',
      mode: 'end',
      fromX: 400,
      toX: 100,
      expected: [1000, 2000],
    },
    { name: 'draws a new window between press and release', mode: 'new', fromX: 600, toX: 800, expected: [6000, 8000] },
    { name: 'draws a new window dragged right to left the right way round', mode: 'new', fromX: 800, toX: 600, expected: [6000, 8000] },
    {
      name: 'centres the same span where a click without a drag points',
      mode: 'new',
      fromX: 700,
      toX: 700,
      expected: [6000, 8000],
    },
    {
      name: 'treats a wobble of less than 3 px as a click',
      mode: 'new',
      fromX: 700,
      toX: 702,
      expected: [6020, 8020],
    },
    {
      name: 'draws a window from a drag of 3 px or more',
      mode: 'new',
      fromX: 700,
      toX: 703,
      expected: [7000, 7030],
    },
  ];
  for (const c of cases) {
    it(`brushWindow ${c.name}`, () => {
      expect(brushWindow(c.mode, initial, c.fromX, c.toX, invert)).toEqual(c.expected);
    });
  }
});
