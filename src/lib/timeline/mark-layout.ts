/**
 * Places event marks in lanes (one per category) so that marks on the same or nearby dates
 * never hide each other: each lane stacks into rows, and what still does not fit after
 * `maxRows` rows is gathered into a cluster that shows a count. Pure: screen positions in,
 * positions out, so the same layout serves SVG, canvas and tests.
 */

export interface MarkInput {
  id: string;
  /** Index of the lane (category). */
  lane: number;
  /** Pixel positions of the start and end of the event's span (end ≥ start). */
  x0: number;
  x1: number;
}

export interface PlacedMark {
  kind: 'mark';
  id: string;
  lane: number;
  row: number;
  /** Where the mark is drawn: the centre of a point, or the span of a bar. */
  x0: number;
  x1: number;
  /** Pixel extent the mark occupies, with its radius. */
  left: number;
  right: number;
}

export interface PlacedCluster {
  kind: 'cluster';
  ids: string[];
  lane: number;
  row: number;
  /** Centre of the cluster's badge. */
  x: number;
  left: number;
  right: number;
}

export type Placed = PlacedMark | PlacedCluster;

export interface MarkLayout {
  items: Placed[];
  /** Rows used in each lane (at least 1), for the lanes' heights. */
  rowsPerLane: number[];
  /** For each event id, the item that shows it. */
  itemOf: Map<string, Placed>;
}

export interface LayoutOptions {
  laneCount: number;
  /** Radius of a point mark, in px. */
  radius: number;
  /** Space kept between neighbours in a row, in px. */
  gap: number;
  maxRows: number;
  /** A span narrower than this many px is drawn as a point. */
  minBarWidth?: number;
  /** The widest a cluster may grow before the next one starts, in px. */
  maxClusterWidth?: number;
}

/** `inputs` must be sorted by x0. */
export function layoutMarks(inputs: readonly MarkInput[], options: LayoutOptions): MarkLayout {
  const { laneCount, radius, gap, maxRows, minBarWidth = radius * 2, maxClusterWidth = radius * 2 + 14 } = options;
  const rowsRight: number[][] = Array.from({ length: laneCount }, () => []);
  const lastInRow: (Placed | undefined)[][] = Array.from({ length: laneCount }, () => []);
  const items: Placed[] = [];
  const itemOf = new Map<string, Placed>();
  // Where each row's last item sits in `items`, so a mark turning into a cluster is replaced
  // in constant time (this runs for every event of a 20,000-event story on every frame).
  const lastSlot: number[][] = Array.from({ length: laneCount }, () => []);

  for (const input of inputs) {
    const isBar = input.x1 - input.x0 >= minBarWidth;
    const center = (input.x0 + input.x1) / 2;
    const left = isBar ? input.x0 : center - radius;
    const right = isBar ? input.x1 : center + radius;
    const lane = Math.min(Math.max(input.lane, 0), laneCount - 1);
    const rights = rowsRight[lane]!;

    let row = -1;
    for (let r = 0; r < rights.length; r++) {
      if (rights[r]! + gap <= left) {
        row = r;
        break;
      }
    }
    if (row === -1 && rights.length < maxRows) row = rights.length;
    if (row !== -1) {
      const mark: PlacedMark = {
        kind: 'mark',
        id: input.id,
        lane,
        row,
        x0: isBar ? input.x0 : center,
        x1: isBar ? input.x1 : center,
        left,
        right,
      };
      rights[row] = right;
      lastInRow[lane]![row] = mark;
      lastSlot[lane]![row] = items.length;
      items.push(mark);
      itemOf.set(input.id, mark);
      continue;
    }

    // No row is free: gather into a cluster in the row that ends first. A cluster spans at
    // most `maxClusterWidth` px, so dense stories become a histogram of counts, not one blob.
    let target = 0;
    for (let r = 1; r < rights.length; r++) if (rights[r]! < rights[target]!) target = r;
    const previous = lastInRow[lane]![target]!;
    let cluster: PlacedCluster;
    if (previous.kind === 'cluster' && center - radius <= previous.left + maxClusterWidth) {
      cluster = previous;
      cluster.ids.push(input.id);
    } else if (previous.kind === 'mark' && previous.right + gap > left) {
      cluster = { kind: 'cluster', ids: [previous.id, input.id], lane, row: target, x: 0, left: previous.left, right: previous.right };
      items[lastSlot[lane]![target]!] = cluster;
      itemOf.set(previous.id, cluster);
    } else {
      const start = Math.max(left, previous.right + gap);
      cluster = { kind: 'cluster', ids: [input.id], lane, row: target, x: 0, left: start, right: start + 2 * radius };
      lastSlot[lane]![target] = items.length;
      items.push(cluster);
    }
    lastInRow[lane]![target] = cluster;
    itemOf.set(input.id, cluster);
    cluster.right = Math.min(Math.max(cluster.right, right, cluster.left + 2 * radius + 4), cluster.left + maxClusterWidth);
    cluster.x = (cluster.left + cluster.right) / 2;
    rights[target] = cluster.right;
  }

  return { items, rowsPerLane: rowsRight.map((rows) => Math.max(1, rows.length)), itemOf };
}

export interface LabelInput {
  item: PlacedMark;
  text: string;
}

export interface PlacedLabel {
  id: string;
  x: number;
  lane: number;
  row: number;
  text: string;
}

/**
 * Labels to the right of marks, only where the text fits before the next item in the same
 * row and inside the chart, so labels never collide. `charWidth` is an average glyph width.
 */
export function placeLabels(
  layout: MarkLayout,
  textOf: (id: string) => string,
  width: number,
  options: { charWidth: number; padding: number; maxChars?: number },
): PlacedLabel[] {
  const { charWidth, padding, maxChars = 48 } = options;
  const byRow = new Map<string, Placed[]>();
  for (const item of layout.items) {
    const key = `${item.lane}:${item.row}`;
    const row = byRow.get(key);
    if (row) row.push(item);
    else byRow.set(key, [item]);
  }
  const labels: PlacedLabel[] = [];
  for (const row of byRow.values()) {
    row.sort((a, b) => a.left - b.left);
    row.forEach((item, index) => {
      if (item.kind !== 'mark') return;
      const full = textOf(item.id);
      const text = full.length > maxChars ? `${full.slice(0, maxChars - 1)}…` : full;
      const x = item.right + padding;
      const limit = Math.min(row[index + 1]?.left ?? Infinity, width) - padding;
      if (x + text.length * charWidth <= limit) labels.push({ id: item.id, x, lane: item.lane, row: item.row, text });
    });
  }
  return labels;
}

/** The item under the point (x, y), for clicks on the canvas; `slop` widens small targets. */
export function itemAt(
  items: readonly Placed[],
  x: number,
  y: number,
  rowY: (lane: number, row: number) => number,
  radius: number,
  slop = 3,
): Placed | undefined {
  let best: Placed | undefined;
  let bestDistance = Infinity;
  for (const item of items) {
    const centerY = rowY(item.lane, item.row);
    const halfHeight = (item.kind === 'cluster' ? radius + 3 : radius) + slop;
    if (Math.abs(y - centerY) > halfHeight || x < item.left - slop || x > item.right + slop) continue;
    const centerX = item.kind === 'cluster' ? item.x : (item.left + item.right) / 2;
    const distance = Math.abs(x - centerX);
    if (distance < bestDistance) {
      best = item;
      bestDistance = distance;
    }
  }
  return best;
}

/** A lane's event ids and their start times, both sorted by start. */
export interface LaneEvents {
  ids: readonly string[];
  starts: Float64Array;
}

export interface BinInput {
  lanes: readonly LaneEvents[];
  /** The window in time and the pixel range it maps to. */
  window: readonly [number, number];
  range: readonly [number, number];
  /** Time to x and back, when the mapping is not linear (a focus scale). */
  scale?: { (time: number): number; invert: (x: number) => number };
}

/**
 * For dense views (thousands of events on screen), marks by fixed pixel bins instead of one
 * by one: each lane becomes a row of counts found by binary search, so a frame costs the
 * number of bins, not the number of events. A bin holding one event is drawn as its mark.
 */
export function binMarks({ lanes, window, range, scale }: BinInput, options: { radius: number; binWidth: number }): MarkLayout {
  const { radius, binWidth } = options;
  const [start, end] = window;
  const [r0, r1] = range;
  const msPerPx = (end - start) / (r1 - r0);
  const xOf = scale ?? ((time: number) => r0 + (time - start) / msPerPx);
  const timeAt = scale ? scale.invert : (x: number) => start + (x - r0) * msPerPx;
  const items: Placed[] = [];
  const itemOf = new Map<string, Placed>();
  lanes.forEach(({ ids, starts }, lane) => {
    let index = lowerBound(starts, start);
    for (let left = r0; left < r1 && index < ids.length; left += binWidth) {
      const binEnd = timeAt(left + binWidth);
      const next = lowerBound(starts, binEnd, index);
      const count = next - index;
      if (count === 1) {
        const x = xOf(starts[index]!);
        const mark: PlacedMark = { kind: 'mark', id: ids[index]!, lane, row: 0, x0: x, x1: x, left: x - radius, right: x + radius };
        items.push(mark);
        itemOf.set(mark.id, mark);
      } else if (count > 1) {
        const right = Math.min(left + binWidth - 2, r1);
        const cluster: PlacedCluster = { kind: 'cluster', ids: ids.slice(index, next), lane, row: 0, x: (left + right) / 2, left, right };
        items.push(cluster);
      }
      index = next;
    }
  });
  return { items, rowsPerLane: lanes.map(() => 1), itemOf };
}

/** First index whose value is at least `value`, searching from `from`. */
function lowerBound(sorted: Float64Array, value: number, from = 0): number {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
