/**
 * Makes d3-geo's SVG paths small for an image drawn at a fixed size (the prerendered
 * story-map.svg): lines are simplified in screen space (Douglas–Peucker), points rounded to a
 * grid (whole pixels by default), rings too small to see left out, and the result written with
 * relative commands and the shortest number text. Build time only: the run-time fallback map
 * keeps d3's paths as they are.
 *
 * The paths are compacted together, as one topology: a stretch of line that two paths share
 * (a border drawn as both neighbours' fills and as the borders mesh, a coast drawn as a fill
 * and as the coast line) is cut at the same junctions and simplified the same way in each, so
 * neighbours still meet exactly and no sliver of water opens between them.
 */
import { simplify } from '../simplify-line.ts';

export interface CompactPathOptions {
  /** How far, in pixels, a simplified line may stray from d3's before rounding. */
  tolerance: number;
  /** The grid points are rounded to, in pixels: 1 for whole pixels, 0.5 for halves. */
  step: number;
  /** Rings narrower and shorter than this, in pixels, are left out: they would not show. */
  minRingSize: number;
}

export const DEFAULT_COMPACT_OPTIONS: CompactPathOptions = { tolerance: 2, step: 1, minRingSize: 1 };

type Point = readonly [number, number];

interface Subpath {
  points: Point[];
  /** Closed with Z, or a line that ends where it starts (the coast around an island): written with z. */
  ring: boolean;
}

/** A command letter or a number, as SVG path data writes them. */
const TOKEN = /[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/**
 * Compacts paths made only of absolute M, L and Z commands (all d3-geo writes for polygons and
 * lines). A path with any other command (d3-geo draws points as arcs) is returned unchanged
 * and left out of the shared topology. Empty paths stay empty; a path whose every ring is
 * too small to see becomes empty.
 */
export function compactPaths(paths: readonly string[], options: CompactPathOptions = DEFAULT_COMPACT_OPTIONS): string[] {
  const parsed = paths.map(parseAbsolutePath);
  const junctions = findJunctions(parsed.flatMap((subpaths) => subpaths ?? []));
  return paths.map((d, i) => {
    const subpaths = parsed[i];
    if (!subpaths) return d;
    const kept = subpaths.flatMap((subpath) => {
      const points = compactSubpath(subpath, junctions, options);
      return points ? [{ points, closed: subpath.ring }] : [];
    });
    return formatRelativePath(kept, options.step);
  });
}

/**
 * The subpaths of an absolute M/L/Z path, or null for anything else (other commands,
 * relative commands, malformed numbers), which the caller then leaves alone.
 */
function parseAbsolutePath(d: string): Subpath[] | null {
  // Anything left once the tokens and separators are taken out is something this cannot read.
  if (d.replace(TOKEN, '').replace(/[\s,]/g, '') !== '') return null;
  const tokens = d.match(TOKEN) ?? [];
  const subpaths: Subpath[] = [];
  let current: Subpath | null = null;
  let i = 0;
  while (i < tokens.length) {
    const command = tokens[i++]!;
    if (command === 'Z') {
      if (!current) return null;
      current.ring = true;
      current = null;
      continue;
    }
    if (command !== 'M' && command !== 'L') return null;
    if (command === 'L' && !current) return null;
    // Repeated coordinate pairs after a command repeat it (after M, as L).
    let first = true;
    while (i < tokens.length && !/^[A-Za-z]$/.test(tokens[i]!)) {
      const x = Number(tokens[i]);
      const y = Number(tokens[i + 1]);
      if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
      i += 2;
      if (command === 'M' && first) {
        current = { points: [], ring: false };
        subpaths.push(current);
      }
      current!.points.push([x, y]);
      first = false;
    }
    if (first) return null;
  }
  for (const subpath of subpaths) {
    subpath.points = withoutRepeats(subpath.points);
    const { points } = subpath;
    // d3 closes rings with Z and no repeated point, topojson meshes by returning to the start.
    if (points.length > 1 && samePoint(points[0]!, points[points.length - 1]!)) {
      points.pop();
      subpath.ring ||= points.length > 2;
    }
  }
  return subpaths;
}

/**
 * Points where lines meet or part, as topojson finds them: a point reached from different
 * neighbours in different places, and the ends of every line. Cut there, a stretch of line
 * shared by several paths is the same run of points in each (or the same reversed).
 */
function findJunctions(subpaths: readonly Subpath[]): Set<string> {
  const junctions = new Set<string>();
  const neighbours = new Map<string, string>();
  for (const { points, ring } of subpaths) {
    points.forEach((point, i) => {
      const here = keyOf(point);
      const isEnd = !ring && (i === 0 || i === points.length - 1);
      if (isEnd) {
        junctions.add(here);
        return;
      }
      const before = keyOf(points[(i - 1 + points.length) % points.length]!);
      const after = keyOf(points[(i + 1) % points.length]!);
      const pair = before < after ? `${before};${after}` : `${after};${before}`;
      const seen = neighbours.get(here);
      if (seen === undefined) neighbours.set(here, pair);
      else if (seen !== pair) junctions.add(here);
    });
  }
  return junctions;
}

/** The subpath simplified and rounded to grid units, or null when it would not show. */
function compactSubpath(subpath: Subpath, junctions: ReadonlySet<string>, options: CompactPathOptions): Point[] | null {
  const { points, ring } = subpath;
  if (ring && tooSmall(points, options.minRingSize)) return null;
  let result: Point[];
  if (ring) {
    const cuts = points.flatMap((point, i) => (junctions.has(keyOf(point)) ? [i] : []));
    if (cuts.length === 0) {
      result = compactLoop(points, options);
    } else {
      // Start at a junction, then go round once, arc by arc, ending back at the start.
      const start = cuts[0]!;
      const rotated = [...points.slice(start), ...points.slice(0, start), points[start]!];
      result = joinArcs(cutAt(rotated, junctions), options);
      result.pop();
    }
  } else {
    result = joinArcs(cutAt(points, junctions), options);
  }
  result = withoutRepeats(result);
  if (ring && result.length > 1 && samePoint(result[0]!, result[result.length - 1]!)) result.pop();
  const enough = ring ? 3 : 2;
  return result.length >= enough ? result : null;
}

function tooSmall(points: readonly Point[], minSize: number): boolean {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return Math.max(...xs) - Math.min(...xs) < minSize && Math.max(...ys) - Math.min(...ys) < minSize;
}

/** A line cut at every junction inside it, into arcs that share their end points. */
function cutAt(points: readonly Point[], junctions: ReadonlySet<string>): Point[][] {
  const arcs: Point[][] = [];
  let arc: Point[] = [points[0]!];
  for (let i = 1; i < points.length; i++) {
    arc.push(points[i]!);
    if (i < points.length - 1 && junctions.has(keyOf(points[i]!))) {
      arcs.push(arc);
      arc = [points[i]!];
    }
  }
  arcs.push(arc);
  return arcs;
}

function joinArcs(arcs: readonly Point[][], options: CompactPathOptions): Point[] {
  const joined: Point[] = [];
  arcs.forEach((arc, i) => {
    const compacted = compactArc(arc, options);
    joined.push(...(i === 0 ? compacted : compacted.slice(1)));
  });
  return joined;
}

/**
 * An arc between two junctions, simplified in one canonical direction so that the same arc
 * comes out the same in every path that has it, whichever way that path runs along it.
 */
function compactArc(arc: readonly Point[], options: CompactPathOptions): Point[] {
  const reversed = [...arc].reverse();
  const backwards = compareRuns(arc, reversed) > 0;
  const canonical = backwards ? reversed : arc;
  const compacted = removeStraightThrough(withoutRepeats(simplify(canonical, options.tolerance).map((p) => toGrid(p, options.step))));
  return backwards ? compacted.reverse() : compacted;
}

/**
 * A ring no other path shares a point of where its lines meet (an island): started at its
 * least point and run towards the lesser neighbour, so it too comes out the same whichever
 * way, and wherever, a path starts it.
 */
function compactLoop(points: readonly Point[], options: CompactPathOptions): Point[] {
  let start = 0;
  points.forEach((point, i) => {
    if (comparePoints(point, points[start]!) < 0) start = i;
  });
  const n = points.length;
  const next = points[(start + 1) % n]!;
  const previous = points[(start - 1 + n) % n]!;
  const step = comparePoints(next, previous) <= 0 ? 1 : -1;
  const loop = Array.from({ length: n + 1 }, (_, i) => points[(((start + step * i) % n) + n) % n]!);
  return compactArc(loop, options);
}

/** Grid units (whole multiples of step), so relative steps are exact integers. */
function toGrid([x, y]: Point, step: number): Point {
  return [Math.round(x / step), Math.round(y / step)];
}

/** Rounding lines points up on one straight run: the ones in the middle add nothing. */
function removeStraightThrough(points: readonly Point[]): Point[] {
  const result: Point[] = [];
  for (const point of points) {
    while (result.length >= 2) {
      const a = result[result.length - 2]!;
      const b = result[result.length - 1]!;
      const cross = (b[0] - a[0]) * (point[1] - b[1]) - (b[1] - a[1]) * (point[0] - b[0]);
      const forward = (b[0] - a[0]) * (point[0] - b[0]) + (b[1] - a[1]) * (point[1] - b[1]);
      // Only where the line carries straight on: a spike that turns back is part of the shape.
      if (cross !== 0 || forward <= 0) break;
      result.pop();
    }
    result.push(point);
  }
  return result;
}

/**
 * Relative commands from grid units: `m` for each subpath's start, then its points as bare
 * pairs (after m they are implicit relative lines), and z to close a ring.
 */
function formatRelativePath(subpaths: readonly { points: readonly Point[]; closed: boolean }[], step: number): string {
  let text = '';
  let current: Point = [0, 0];
  for (const { points, closed } of subpaths) {
    const numbers: number[] = [];
    let previous = current;
    for (const point of points) {
      numbers.push(point[0] - previous[0], point[1] - previous[1]);
      previous = point;
    }
    text += 'm' + joinNumbers(numbers.map((units) => formatNumber(units * step)));
    if (closed) text += 'z';
    // After z the pen is back at the subpath's start; after an open line, at its end.
    current = closed ? points[0]! : previous;
  }
  return text;
}

/** The shortest text for a number: `-3`, `.5`, `-.5`, never `-0`. */
export function formatNumber(value: number): string {
  const text = String(Number(value.toFixed(6)) || 0);
  return text.replace(/^(-?)0\./, '$1.');
}

/** Numbers separated only where needed: a minus sign, or a second decimal point, starts a new one. */
export function joinNumbers(numbers: readonly string[]): string {
  let text = '';
  numbers.forEach((number, i) => {
    const previous = numbers[i - 1];
    const needsSpace = previous !== undefined && !number.startsWith('-') && !(number.startsWith('.') && previous.includes('.'));
    text += (needsSpace ? ' ' : '') + number;
  });
  return text;
}

function withoutRepeats(points: readonly Point[]): Point[] {
  return points.filter((point, i) => i === 0 || !samePoint(point, points[i - 1]!));
}

function samePoint(a: Point, b: Point): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function keyOf([x, y]: Point): string {
  return `${x},${y}`;
}

function comparePoints(a: Point, b: Point): number {
  return a[0] - b[0] || a[1] - b[1];
}

function compareRuns(a: readonly Point[], b: readonly Point[]): number {
  for (let i = 0; i < a.length; i++) {
    const order = comparePoints(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return 0;
}
