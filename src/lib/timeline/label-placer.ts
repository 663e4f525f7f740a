/**
 * Where the chart's labels go: key moments first, then ordinary events where room remains,
 * each in a row of the label band above the lanes, joined to its mark by a leader line. The
 * band holds no marks, so a label never covers one; within a row, labels keep a gap wide
 * enough that two never read as one line of text; and no leader line runs through another
 * label on its way down to its mark.
 * Deterministic: the same requests give the same places, whatever order they come in.
 *
 * Also the era names: each over its band, the full name where it fits, else the short one.
 */

export interface LabelRequest {
  id: string;
  /** x of the mark the label names. */
  anchor: number;
  /** The label's width in px, measured in its font. */
  width: number;
  key: boolean;
}

export interface PlacedChartLabel {
  id: string;
  left: number;
  right: number;
  /** 0 is the row nearest the lanes. */
  row: number;
  anchor: number;
  key: boolean;
}

export interface PlacerOptions {
  /** The chart's pixel range: labels stay inside it. */
  left: number;
  right: number;
  rows: number;
  /** Space kept between neighbours in a row, in px. */
  gap: number;
  /** Space kept between a label and a leader line passing through its row, in px. */
  leaderGap: number;
  /** Right-to-left text: a label reads away from its mark towards the left first. */
  rtl: boolean;
  /** How far a key label may slide away from its mark to find room, in px (its leader bends). */
  maxShift: number;
}

type Span = readonly [from: number, to: number];

/**
 * The x-range a label's leader covers in the rows below the label: straight down from the
 * label over its mark, or from under the label's nearer end to the mark when it slid aside
 * (chart-label-input.ts, leaderLines).
 */
function leaderSpan(anchor: number, [from, to]: Span): Span {
  const start = Math.min(Math.max(anchor, from), to);
  return start < anchor ? [start, anchor] : [anchor, start];
}

const apart = (a: Span, b: Span, space: number) => a[1] + space <= b[0] || b[1] + space <= a[0];

type Planned = LabelRequest & { rightward: boolean };

/**
 * A label extends right from its mark or left to it. Where labels crowd, a leader can only
 * drop clear of the labels below it when each higher label's mark lies beyond the lower
 * labels' far ends: labels that extend right stack from the rightmost mark up, labels that
 * extend left from the leftmost. So each label is given the side it reads on, unless that
 * runs past the chart's edge and the other does not, and the labels are taken in the order
 * their side stacks in; key labels before ordinary ones.
 *
 * With `turnCrowd`, a label that turned at the edge turns its crowd with it: every label
 * inward whose box would reach the turned one's mark turns too, so the crowd stacks one way
 * instead of each half blocking the other's leaders.
 */
function plan(requests: readonly LabelRequest[], { left, right, rtl }: PlacerOptions, turnCrowd: boolean): Planned[] {
  const fitsOn = ({ anchor, width }: LabelRequest, rightward: boolean) =>
    rightward ? anchor - 2 + width <= right : anchor + 2 - width >= left;
  const planned = requests.map((request) => ({
    ...request,
    rightward: fitsOn(request, !rtl) || !fitsOn(request, rtl) ? !rtl : rtl,
  }));
  if (turnCrowd) {
    // From the far edge inward: the edge the reading side runs into.
    const inward = [...planned].sort((a, b) => (rtl ? a.anchor - b.anchor : b.anchor - a.anchor));
    let turned: number | undefined;
    for (const label of inward) {
      const reaches = turned !== undefined && (rtl ? label.anchor + 2 - label.width < turned : label.anchor - 2 + label.width > turned);
      if (reaches) label.rightward = rtl;
      turned = label.rightward === rtl ? label.anchor : undefined;
    }
  }
  return planned.sort(
    (a, b) =>
      Number(b.key) - Number(a.key) ||
      Number(a.rightward === rtl) - Number(b.rightward === rtl) ||
      (a.rightward ? b.anchor - a.anchor : a.anchor - b.anchor) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * Places the labels with each on its own side first, and again with crowds turned at the
 * chart's edge when that left a label out or let a leader cross a label; keeps whichever
 * labels more key moments, then crosses fewer labels, then labels more.
 */
export function placeChartLabels(requests: readonly LabelRequest[], options: PlacerOptions): PlacedChartLabel[] {
  const keys = (placed: PlacedChartLabel[]) => placed.filter((label) => label.key).length;
  const first = placeInOrder(plan(requests, options, false), options);
  if (first.crossings === 0 && first.placed.length === requests.length) return first.placed;
  const turned = placeInOrder(plan(requests, options, true), options);
  const better =
    keys(turned.placed) - keys(first.placed) || first.crossings - turned.crossings || turned.placed.length - first.placed.length;
  return better > 0 ? turned.placed : first.placed;
}

function placeInOrder(ordered: readonly Planned[], options: PlacerOptions): { placed: PlacedChartLabel[]; crossings: number } {
  const { left, right, rows, gap, leaderGap, maxShift } = options;
  /** The labels placed in each row, and the leaders of higher labels that cross it. */
  const labels: Span[][] = Array.from({ length: rows }, () => []);
  const leaders: Span[][] = Array.from({ length: rows }, () => []);
  /** `crossing`: a leader may run through labels below (only for a key moment with no other room). */
  const fits = (row: number, box: Span, anchor: number, crossing: boolean) => {
    if (box[0] < left || box[1] > right || !labels[row]!.every((other) => apart(box, other, gap))) return false;
    if (crossing) return true;
    if (!leaders[row]!.every((line) => apart(box, line, leaderGap))) return false;
    // Rows below, and its own row too: a slid label's leader runs along under its neighbours.
    const leader = leaderSpan(anchor, box);
    for (let below = 0; below <= row; below++) if (!labels[below]!.every((other) => apart(leader, other, leaderGap))) return false;
    return true;
  };
  const placed: PlacedChartLabel[] = [];
  let crossings = 0;

  for (const request of ordered) {
    const { anchor, width, rightward } = request;
    if (width > right - left) continue;
    // A label starts (or ends) at its mark; near the chart's edge it is pulled in.
    const clampStart = (start: number) => Math.min(Math.max(start, left), right - width);
    const sides = [anchor - 2, anchor + 2 - width];
    const starts = (rightward ? sides : sides.reverse()).map(clampStart);
    const find = (crossing: boolean) => {
      // Its own side in any row before the other side: crowded labels then stack as one staircase.
      for (const start of starts)
        for (let row = 0; row < rows; row++) if (fits(row, [start, start + width], anchor, crossing)) return { row, start };
      if (!request.key) return undefined;
      // Key moments must be labelled: slide along a row to the nearest free room, within reach.
      let best: { row: number; start: number; distance: number } | undefined;
      for (let row = 0; row < rows; row++) {
        const edges = [
          ...labels[row]!.flatMap(([a, b]) => [b + gap, a - gap - width]),
          ...leaders[row]!.flatMap(([a, b]) => [b + leaderGap, a - leaderGap - width]),
        ];
        for (const start of edges.map(clampStart)) {
          const distance = Math.abs(start + width / 2 - anchor) - width / 2;
          if (distance > maxShift || !fits(row, [start, start + width], anchor, crossing)) continue;
          if (!best || distance < best.distance - 0.5 || (Math.abs(distance - best.distance) <= 0.5 && row < best.row))
            best = { row, start, distance };
        }
      }
      return best;
    };
    // A key moment with no room clear of every leader still gets its label, its leader running
    // under labels below (their halo keeps the letters legible); an ordinary one is left out.
    let slot = find(false);
    if (!slot && request.key && (slot = find(true))) crossings++;
    if (!slot) continue;
    const box: Span = [slot.start, slot.start + width];
    labels[slot.row]!.push(box);
    for (let below = 0; below < slot.row; below++) leaders[below]!.push(leaderSpan(anchor, box));
    placed.push({ id: request.id, left: box[0], right: box[1], row: slot.row, anchor, key: request.key });
  }
  return { placed, crossings };
}

export interface EraNameRequest {
  id: string;
  /** The band's pixel extent, already clipped to the chart. */
  left: number;
  right: number;
  full: { text: string; width: number };
  short: { text: string; width: number };
}

export interface PlacedEraName {
  id: string;
  text: string;
  /** The full name, when `text` is the short one (for the title shown on hover). */
  full: string | null;
  left: number;
  /** 0: inside the band's top; 1: above it, with a tick down to the band at `tick`. */
  row: 0 | 1;
  tick: number;
}

/**
 * Each era's name at its band's left edge: inside the band when it fits there, else above the
 * band, over the band's middle, where it may run past the band's ends if its neighbours above
 * leave room; full where it can be, short where it must. A name with no room at all is left
 * out: the era buttons above the chart name every era.
 */
export function placeEraNames(
  requests: readonly EraNameRequest[],
  options: { chartLeft: number; chartRight: number; padding: number; gap: number },
): PlacedEraName[] {
  const { chartLeft, chartRight, padding, gap } = options;
  const sorted = [...requests].sort((a, b) => a.left - b.left);
  const inside = (era: EraNameRequest) => era.right - era.left - 2 * padding;
  const needsAbove = (era: EraNameRequest) => era.full.width > inside(era) && era.short.width > inside(era);
  const placed: PlacedEraName[] = [];
  let aboveEnd = -Infinity;
  sorted.forEach((era, index) => {
    const x = era.left + padding;
    const room = inside(era);
    if (era.full.width <= room) return placed.push({ id: era.id, text: era.full.text, full: null, left: x, row: 0, tick: era.left });
    if (era.short.width <= room)
      return placed.push({ id: era.id, text: era.short.text, full: era.full.text, left: x, row: 0, tick: era.left });
    // Above the band, ending before the next name that also needs the row above begins.
    const next = sorted.slice(index + 1).find(needsAbove);
    const limit = Math.min(chartRight, next ? next.left + padding - gap : Infinity);
    const middle = (era.left + era.right) / 2;
    for (const name of era.short.text === era.full.text ? [era.full] : [era.full, era.short]) {
      const start = Math.min(x, limit - name.width);
      // The name must cover the band's middle, so it reads as the band's.
      if (start < Math.max(aboveEnd + gap, chartLeft, middle - name.width) || start > middle) continue;
      aboveEnd = start + name.width;
      return placed.push({
        id: era.id,
        text: name.text,
        full: name === era.full ? null : era.full.text,
        left: start,
        row: 1,
        tick: Math.max(era.left, start),
      });
    }
    return undefined;
  });
  return placed;
}
