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
 * From under each label to the top of its mark. Over its mark, a label's line drops straight
 * down. Where the marks crowd, it drops from under the label at the x the placer chose, and
 * bends to its mark only below the lowest label row: so no line runs slantwise through a
 * label, and the bends, in the order of their marks, never cross.
 */
export function leaderLines(
  labels: readonly Pick<PlacedChartLabel, 'id' | 'key' | 'row' | 'anchor' | 'leader'>[],
  itemOf: ReadonlyMap<string, Placed>,
  { rowY, labelRowY, lanesTop, radius }: LeaderGeometry,
): Leader[] {
  // The bend runs from under the lowest label row into the lanes' top padding, above any mark.
  const bendTop = labelRowY(0) + 6;
  const bendBottom = lanesTop + 3;
  return labels.flatMap((label) => {
    const item = itemOf.get(label.id);
    if (!item) return [];
    const markTop = rowY(item.lane, item.row) - radius - 2;
    const bottom = labelRowY(label.row) + 6;
    const { anchor: x, leader: from } = label;
    const points = from === x ? [[x, bottom]] : [[from, bottom], ...(bottom < bendTop ? [[from, bendTop]] : []), [x, bendBottom]];
    return [{ id: label.id, key: label.key, points: [...points, [x, markTop]].map((point) => point.join(',')).join(' ') }];
  });
}

/**
 * Titles beside their marks on the canvas, where the row leaves room, for the events the band
 * above did not label; none in a dense view. A leader runs down through the rows above its
 * mark, so a title in its way ends before it, or is left out when too little of it would show.
 */
export function canvasLabels(
  layout: MarkLayout,
  titleOf: (id: string) => string,
  right: number,
  maxLabelled: number,
  inBand: readonly Pick<PlacedChartLabel, 'id' | 'anchor'>[] = [],
  widthOf = (text: string) => text.length * 6.1,
): PlacedLabel[] {
  if (layout.items.length > maxLabelled) return [];
  const labelled = new Set(inBand.map((label) => label.id));
  const leaders = inBand.flatMap(({ id, anchor }) => {
    const item = layout.itemOf.get(id);
    return item ? [{ x: anchor, lane: item.lane, row: item.row }] : [];
  });
  return placeLabels(layout, titleOf, right, { charWidth: 6.1, padding: 4, maxChars: 40 }).flatMap((label) => {
    if (labelled.has(label.id)) return [];
    const end = Math.min(
      ...leaders
        .filter(({ x, lane, row }) => x >= label.x - 2 && (lane > label.lane || (lane === label.lane && row > label.row)))
        .map(({ x }) => x - 4),
    );
    let { text } = label;
    for (let chars = text.length; label.x + widthOf(text) > end; text = `${text.slice(0, --chars)}…`) if (chars < 10) return [];
    return [{ ...label, text }];
  });
}
