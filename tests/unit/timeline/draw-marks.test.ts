import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { drawMarks, fadeAlpha, withAlpha, FADED_ALPHA, type DrawMarksInput } from '../../../src/lib/timeline/draw-marks.ts';
import type { Placed, PlacedLabel } from '../../../src/lib/timeline/mark-layout.ts';

describe('fadeAlpha', () => {
  const none = new Set<string>();
  const a = new Set(['a']);
  const ab = new Set(['a', 'b']);
  const cases = [
    { name: 'is opaque when nothing fades, before or now', ids: ['a'], now: none, before: none, progress: 0, expected: 1 },
    { name: 'is faded once a fade to faded ends', ids: ['a'], now: a, before: none, progress: 1, expected: FADED_ALPHA },
    { name: 'is halfway through a fade in', ids: ['a'], now: none, before: a, progress: 0.5, expected: (FADED_ALPHA + 1) / 2 },
    { name: 'keeps a cluster opaque while one of its events still shows', ids: ['a', 'c'], now: a, before: none, progress: 1, expected: 1 },
    { name: 'fades a cluster whose events all fade', ids: ['a', 'b'], now: ab, before: ab, progress: 0.3, expected: FADED_ALPHA },
  ];
  for (const c of cases) it(c.name, () => expect(fadeAlpha(c.ids, c.now, c.before, c.progress)).toBeCloseTo(c.expected, 10));
});

describe('withAlpha', () => {
  const cases = [
    { name: 'adds the opacity to a six-digit hex colour', input: '#1f77b4', alpha: 0.45, expected: '#1f77b473' },
    { name: 'leaves any other colour as it is', input: 'rebeccapurple', alpha: 0.45, expected: 'rebeccapurple' },
  ];
  for (const c of cases) it(c.name, () => expect(withAlpha(c.input, c.alpha)).toBe(c.expected));
});

/** A context that records what is drawn: fills and strokes with the style in force, and texts. */
function recorder() {
  const calls: string[] = [];
  const state: Record<string, unknown> = {};
  const context = new Proxy(state, {
    get(target, name: string) {
      if (name in target) return target[name];
      return (...args: unknown[]) => {
        if (name === 'fill' || name === 'stroke') {
          const style = name === 'fill' ? target.fillStyle : target.strokeStyle;
          const path = args[0] instanceof FakePath ? ` path(${(args[0] as FakePath).arcs.join(' ')})` : '';
          calls.push(`${name} ${style} @${target.globalAlpha}${path}`);
        } else if (name === 'fillText') calls.push(`text "${args[0]}" ${target.font} ${target.fillStyle} @${target.globalAlpha}`);
        else if (name === 'arc') calls.push(`arc ${args[0]},${args[1]} r${args[2]}`);
        else if (name === 'roundRect') calls.push(`pill ${args.slice(0, 4).join(',')}`);
      };
    },
  });
  return { context: context as unknown as CanvasRenderingContext2D, calls };
}

class FakePath {
  arcs: string[] = [];
  moveTo() {}
  arc(x: number, y: number) {
    this.arcs.push(`${x},${y}`);
  }
}
beforeAll(() => vi.stubGlobal('Path2D', FakePath));
afterAll(() => vi.unstubAllGlobals());

const point = (id: string, x: number, lane = 0): Placed => ({ kind: 'mark', id, lane, row: 0, x0: x, x1: x, left: x - 6, right: x + 6 });
const base: DrawMarksInput = {
  width: 500,
  height: 200,
  items: [],
  labels: [],
  laneColours: ['#aa0000', '#00aa00'],
  selectedId: null,
  rowY: (lane) => 50 + lane * 20,
  radius: 6,
  colours: { background: '#ffffff', text: '#111111', soft: '#555555', font: 'serif' },
  alphaOf: () => 1,
  ratio: 1,
};

describe('drawMarks', () => {
  const label: PlacedLabel = { id: 'a', x: 110, lane: 0, row: 0, text: 'Alpha' };
  const cases: { name: string; input: Partial<DrawMarksInput>; expected: string[] }[] = [
    {
      name: 'fills the points of one colour and opacity as one path, outlined in the background colour',
      input: { items: [point('a', 100), point('b', 200), point('c', 300, 1)] },
      expected: [
        'fill #aa0000 @1 path(100,50 200,50)',
        'stroke #ffffff @1 path(100,50 200,50)',
        'fill #00aa00 @1 path(300,70)',
        'stroke #ffffff @1 path(300,70)',
      ],
    },
    {
      name: 'draws faded points in a path of their own',
      input: { items: [point('a', 100), point('b', 200)], alphaOf: (ids) => (ids[0] === 'b' ? 0.22 : 1) },
      expected: [
        'fill #aa0000 @1 path(100,50)',
        'stroke #ffffff @1 path(100,50)',
        'fill #aa0000 @0.22 path(200,50)',
        'stroke #ffffff @0.22 path(200,50)',
      ],
    },
    {
      name: 'draws a span as a pill in its lane colour, lighter inside',
      input: { items: [{ kind: 'mark', id: 'a', lane: 0, row: 0, x0: 100, x1: 180, left: 100, right: 180 }] },
      expected: ['pill 100,45,80,10', 'fill #aa000073 @1', 'stroke #aa0000 @1'],
    },
    {
      name: 'draws a cluster as a badge with its count',
      input: { items: [{ kind: 'cluster', ids: ['a', 'b', 'c'], lane: 1, row: 0, x: 250, left: 240, right: 260 }] },
      expected: ['pill 240,61,20,18', 'fill #ffffff @1', 'stroke #00aa00 @1', 'text "3" 700 11px serif #111111 @1'],
    },
    {
      name: 'rings the selected mark and writes its label bold',
      input: { items: [point('a', 100)], labels: [label], selectedId: 'a' },
      expected: [
        'fill #aa0000 @1 path(100,50)',
        'stroke #ffffff @1 path(100,50)',
        'arc 100,50 r9',
        'stroke #111111 @1',
        'text "Alpha" 700 11px serif #111111 @1',
      ],
    },
    {
      name: 'writes other labels in the soft colour',
      input: { items: [point('a', 100)], labels: [label] },
      expected: ['fill #aa0000 @1 path(100,50)', 'stroke #ffffff @1 path(100,50)', 'text "Alpha" 400 11px serif #555555 @1'],
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      const { context, calls } = recorder();
      drawMarks(context, { ...base, ...c.input });
      expect(calls).toEqual(c.expected);
    });
});
