/**
 * What the chart's label placer is asked to place, the leader lines that join the placed
 * labels to their marks, and the titles left for the canvas: pixels in, pixels out. Used by
 * chart-labels.ts, so all of it arrives with the placer in the frame after ready.
 */
import { placeLabels, type MarkLayout, type Placed, type PlacedLabel } from './mark-layout.ts';
import type { PlacedChartLabel } from './label-placer.ts';

export interface LabelCandidateInput {
  layout: Pick<MarkLayout, 'items' | 'itemOf'>;
  /** The key moments' ids. */
  keyIds: ReadonlySet<string>;
  /** The chart's pixel range: a mark outside it is not labelled. */
  range: readonly [number, number];
  /** Past this many items in view only key moments are labelled: the rest is left to the counts and the keyboard. */
  maxLabelled: number;
  /** The text a label shows. */
  textOf: (id: string) => string;
}

export interface LabelCandidate {
  id: string;
  anchor: number;
  key: boolean;
  text: string;
}

/** x a label points at: a point's centre or a bar's start; a cluster's badge for the events inside it. */
function anchorOf(item: Placed, dense: boolean): number {
  if (item.kind === 'cluster') return item.x;
  return dense ? (item.x0 + item.x1) / 2 : item.x0;
}

/**
 * Every mark in view may carry a label; key moments inside a cluster carry theirs at the
 * cluster. In a dense view only the key moments do. Sorted by x, then id.
 *
 * Key moments are looked up by id rather than found by reading every cluster's ids: a large
 * story's clusters hold thousands of events, and this runs on every frame of a zoom.
 */
export function labelCandidates({ layout, keyIds, range, maxLabelled, textOf }: LabelCandidateInput): LabelCandidate[] {
  const [left, right] = range;
  const dense = layout.items.length > maxLabelled;
  const marks = dense
    ? []
    : layout.items.flatMap((item) =>
        item.kind === 'mark' ? [{ id: item.id, anchor: anchorOf(item, false), key: keyIds.has(item.id) }] : [],
      );
  const keysApart = [...keyIds].flatMap((id) => {
    const item = layout.itemOf.get(id);
    return item && (dense || item.kind === 'cluster') ? [{ id, anchor: anchorOf(item, dense), key: true }] : [];
  });
  return [...marks, ...keysApart]
    .filter((request) => request.anchor >= left && request.anchor <= right)
    .sort((a, b) => a.anchor - b.anchor || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((request) => ({ ...request, text: textOf(request.id) }));
}

export interface EraBand {
  id: string;
  start: number;
  end: number;
  name: string;
  /** The short form; the name itself where there is none. */
  shortName: string;
}

/** The era bands that show in the window, in pixels and clipped to the chart. */
export function eraCandidates(eras: readonly EraBand[], scale: (time: number) => number, range: readonly [number, number]) {
  const [left, right] = range;
  return eras.flatMap(({ id, start, end, name, shortName }) => {
    const from = Math.max(left, scale(start));
    const to = Math.min(right, scale(end));
    return to > from ? [{ id, left: from, right: to, name, shortName }] : [];
  });
}

export interface LeaderGeometry {
  /** y of the middle of a mark's row. */
  rowY: (lane: number, row: number) => number;
  /** y of the middle of a label row. */
  labelRowY: (row: number) => number;
  /** y where the lanes start. */
  lanesTop: number;
  radius: number;
}

export interface Leader {
  id: string;
  key: boolean;
  /** SVG polyline points. */
  points: string;
}

/**
 * From under each label to the top of its mark: straight down from the x the placer chose
 * (its mark's, unless the marks crowd) to below the lowest label row, then, in the lanes'
 * top padding above any mark, to its mark's x, and down to the mark. So no line runs
 * slantwise through a label, and the bends, in the order of their marks, never cross.
 */
export function leaderLines(
  labels: readonly Pick<PlacedChartLabel, 'id' | 'key' | 'row' | 'anchor' | 'leader'>[],
  itemOf: ReadonlyMap<string, Placed>,
  { rowY, labelRowY, lanesTop, radius }: LeaderGeometry,
): Leader[] {
  return labels.flatMap(({ id, key, row, anchor: x, leader: from }) => {
    const item = itemOf.get(id);
    if (!item) return [];
    const points = `${from},${labelRowY(row) + 6} ${from},${labelRowY(0) + 6} ${x},${lanesTop + 3}`;
    return [{ id, key, points: `${points} ${x},${rowY(item.lane, item.row) - radius - 2}` }];
  });
}

/**
 * Titles beside their marks on the canvas, where the row leaves room, for the events the band
 * above did not label; none in a dense view. A leader runs down through the rows above its
 * mark, so a title in its way is left out too.
 */
export function canvasLabels(
  layout: MarkLayout,
  titleOf: (id: string) => string,
  right: number,
  maxLabelled: number,
  inBand: readonly Pick<PlacedChartLabel, 'id' | 'anchor'>[],
  /** A title's width on the canvas, in px. */
  widthOf: (text: string) => number,
): PlacedLabel[] {
  if (layout.items.length > maxLabelled) return [];
  return placeLabels(layout, titleOf, right, { charWidth: 6.1, padding: 4, maxChars: 40 }).filter(
    (label) =>
      !inBand.some(({ id, anchor }) => {
        const item = layout.itemOf.get(id)!;
        const below = item.lane > label.lane || (item.lane === label.lane && item.row > label.row);
        return id === label.id || (below && anchor > label.x - 3 && anchor < label.x + widthOf(label.text) + 3);
      }),
  );
}
