/**
 * Where the chart's labels go: key moments first, then ordinary events where room remains,
 * each in a row of the label band above the lanes, joined to its mark by a leader line. The
 * band holds no marks, so a label never covers one; within a row, labels never overlap.
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
  /** Right-to-left text: a label reads away from its mark towards the left first. */
  rtl: boolean;
  /** How far a key label may slide away from its mark to find room, in px (its leader bends). */
  maxShift: number;
}

/** Key labels first, each by its mark's x (then id, so ties cannot depend on input order). */
function byPriority(a: LabelRequest, b: LabelRequest): number {
  return Number(b.key) - Number(a.key) || a.anchor - b.anchor || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function placeChartLabels(requests: readonly LabelRequest[], options: PlacerOptions): PlacedChartLabel[] {
  const { left, right, rows, gap, rtl, maxShift } = options;
  const occupied: [number, number][][] = Array.from({ length: rows }, () => []);
  const fits = (row: number, from: number, to: number) =>
    from >= left && to <= right && occupied[row]!.every(([a, b]) => to + gap <= a || from >= b + gap);
  const placed: PlacedChartLabel[] = [];

  for (const request of [...requests].sort(byPriority)) {
    const { anchor, width } = request;
    if (width > right - left) continue;
    // A label starts at its mark and reads away from it; near the chart's edge it is pulled in.
    const clampStart = (start: number) => Math.min(Math.max(start, left), right - width);
    const reading = rtl ? [anchor + 2 - width, anchor - 2] : [anchor - 2, anchor + 2 - width];
    const natural = reading.map(clampStart);
    let slot: { row: number; start: number } | undefined;
    for (let row = 0; row < rows && !slot; row++) {
      const start = natural.find((candidate) => fits(row, candidate, candidate + width));
      if (start !== undefined) slot = { row, start };
    }
    // Key moments must be labelled: slide along a row to the nearest free room, within reach.
    if (!slot && request.key) {
      let best: { row: number; start: number; distance: number } | undefined;
      for (let row = 0; row < rows; row++) {
        const edges = occupied[row]!.flatMap(([a, b]) => [b + gap, a - gap - width]);
        for (const start of edges.map(clampStart)) {
          const distance = Math.abs(start + width / 2 - anchor) - width / 2;
          if (distance > maxShift || !fits(row, start, start + width)) continue;
          if (!best || distance < best.distance - 0.5 || (Math.abs(distance - best.distance) <= 0.5 && row < best.row))
            best = { row, start, distance };
        }
      }
      if (best) slot = best;
    }
    if (!slot) continue;
    occupied[slot.row]!.push([slot.start, slot.start + width]);
    placed.push({ id: request.id, left: slot.start, right: slot.start + width, row: slot.row, anchor, key: request.key });
  }
  return placed;
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
