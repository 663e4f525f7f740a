/**
 * The chart's vertical layout: the era strip on top, then one lane per category, each as tall
 * as the rows its marks stack into, then the axis and the relations track.
 */

export interface ChartMetrics {
  /** Width kept at the left for the lanes' names. */
  gutter: number;
  eraStrip: number;
  rowHeight: number;
  lanePadding: number;
  axis: number;
  relations: number;
  right: number;
  radius: number;
}

export interface LaneBox {
  id: string;
  top: number;
  height: number;
  rows: number;
}

/** Stacks the lanes under the era strip; a lane with no rows still gets one. */
export function stackLanes(ids: readonly string[], rowsPerLane: readonly number[], metrics: ChartMetrics): LaneBox[] {
  let top = metrics.eraStrip;
  return ids.map((id, index) => {
    const rows = rowsPerLane[index] ?? 1;
    const height = rows * metrics.rowHeight + metrics.lanePadding;
    const lane = { id, top, height, rows };
    top += height;
    return lane;
  });
}

/** Where the lanes end: the axis starts here. */
export function lanesBottom(lanes: readonly LaneBox[], metrics: ChartMetrics): number {
  const last = lanes.at(-1);
  return last ? last.top + last.height : metrics.eraStrip;
}

/**
 * y of a row's centre. A plain closure over plain numbers: the canvas calls it thousands of
 * times a frame.
 */
export function rowCentre(lanes: readonly LaneBox[], metrics: ChartMetrics): (lane: number, row: number) => number {
  const tops = lanes.map((lane) => lane.top + metrics.lanePadding / 2 + metrics.rowHeight / 2);
  return (lane, row) => (tops[lane] ?? 0) + row * metrics.rowHeight;
}

/** From this width the map stands beside the timeline (Story.svelte's layout). */
export const BESIDE_MAP_FROM = 1024;

/**
 * The chart's width before anything is laid out, from the viewport's width and the page's
 * margins (app.css: gutters of clamp(0.75rem, 3vw, 2rem), the story at most 80rem wide, or
 * 100rem where the map stands beside the chart and takes 37% of the row, at least 22rem, after
 * a 1.5rem gap). Reading the section's width at mount would force a layout before the first
 * paint; a ResizeObserver corrects the estimate after the first layout where the page is
 * framed differently (an embed's narrower gutters).
 */
export function estimatedChartWidth(viewport: number, rem = 16, besideMap = false): number {
  if (!viewport) return 0;
  const gutter = Math.min(2 * rem, Math.max(0.75 * rem, 0.03 * viewport));
  if (!besideMap || viewport < BESIDE_MAP_FROM) return Math.round(Math.min(viewport, 80 * rem) - 2 * gutter);
  const row = Math.min(viewport, 100 * rem) - 2 * gutter;
  return Math.round(row - 1.5 * rem - Math.max(22 * rem, 0.37 * row));
}

/** The lanes stacked, where they end, the chart's whole height (with the axis and the relations track) and each row's y. */
export function laneLayout(ids: readonly string[], rowsPerLane: readonly number[], metrics: ChartMetrics) {
  const boxes = stackLanes(ids, rowsPerLane, metrics);
  const bottom = lanesBottom(boxes, metrics);
  return { boxes, bottom, height: bottom + metrics.axis + metrics.relations, rowY: rowCentre(boxes, metrics) };
}

/** Each lane's box with its category's name, in the reader's language, and colour: what the lane labels show. */
export function namedLanes<C extends { colour: string }>(
  boxes: readonly LaneBox[],
  categories: readonly C[],
  nameOf: (category: C) => string,
) {
  return boxes.map((box, index) => ({ ...box, name: nameOf(categories[index]!), colour: categories[index]!.colour }));
}
