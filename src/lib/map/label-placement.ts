/**
 * Where each place's label goes, in screen pixels: for every marker, the first side among
 * its candidates (right, left, top, bottom, or centred on the point) whose box stays
 * inside the map and overlaps no other label, marker or count badge; a name without a marker
 * (a country's) may try other points too. Labels are placed in priority order, so when
 * nothing fits it is the least important label that is hidden.
 */

export type Side = 'right' | 'left' | 'top' | 'bottom' | 'center';

export interface LabelItem {
  id: string;
  /** The marker's centre in screen pixels. */
  x: number;
  y: number;
  /** The label's size in pixels. */
  width: number;
  height: number;
  /** Higher is placed first. */
  priority: number;
  /** Half the drawn marker's size; 0 for a label with no marker. */
  markerRadius: number;
  /** Sides to try, in order of preference. */
  sides: readonly Side[];
  /** Distance from the point to a label beside it, when not the marker's radius and the gap. */
  offset?: number;
  /** Other points for a label without a marker (a country's name), tried in order when no side fits at `x`, `y`. */
  alsoAt?: readonly (readonly [number, number])[];
  /** The width of the marker's count badge, if it has one: it sits at a corner its label leaves free (badgeCorner). */
  badgeWidth?: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Pixels between a marker and its label. */
export const LABEL_GAP = 3;

export const DEFAULT_SIDES: readonly Side[] = ['right', 'left', 'top', 'bottom'];

export function labelBox(item: LabelItem, side: Side): Box {
  const { x, y, width, height } = item;
  const offset = item.offset ?? item.markerRadius + LABEL_GAP;
  switch (side) {
    case 'right':
      return { x0: x + offset, y0: y - height / 2, x1: x + offset + width, y1: y + height / 2 };
    case 'left':
      return { x0: x - offset - width, y0: y - height / 2, x1: x - offset, y1: y + height / 2 };
    case 'top':
      return { x0: x - width / 2, y0: y - offset - height, x1: x + width / 2, y1: y - offset };
    case 'bottom':
      return { x0: x - width / 2, y0: y + offset, x1: x + width / 2, y1: y + offset + height };
    case 'center':
      return { x0: x - width / 2, y0: y - height / 2, x1: x + width / 2, y1: y + height / 2 };
  }
}

/**
 * A count badge's preferred corner of its marker: one its label leaves free (a hidden label
 * leaves them all). placeMapLabels moves it to another corner when a label or badge is there.
 */
export type Corner = 'top-right' | 'top-left' | 'bottom-right' | 'bottom-left';
const CORNERS: readonly Corner[] = ['top-right', 'top-left', 'bottom-right', 'bottom-left'];

/** Where a label goes (null: hidden, its text kept for screen readers) and its marker's badge, if it has one. */
export interface Placement {
  side: Side | null;
  badge: Corner | null;
  /** The point the label went beside, when it is one of the item's `alsoAt`. */
  at?: readonly [number, number];
}

export function badgeCorner(side: Side | null): Corner {
  return side === 'right' || side === 'center' ? 'top-left' : side === 'top' ? 'bottom-right' : 'top-right';
}

/** A count badge's height and how far it overlaps its symbol; PlaceMarkers.svelte draws with the same numbers. */
export const BADGE_HEIGHT = 11;
const BADGE_OVERLAP = 2;

/** A badge's width for a count: 11 px at least, else its digits (bold 9 px, about 0.6em) and 2 px each side. */
export function badgeWidth(count: number): number {
  return Math.max(11, Math.ceil(String(count).length * 5.4) + 4);
}

/** Where a marker's count badge is drawn at `corner`, or null when it has none. */
export function badgeBox({ x, y, markerRadius: r, badgeWidth: width }: LabelItem, corner: Corner): Box | null {
  if (width === undefined) return null;
  const x0 = corner.endsWith('left') ? x - r + BADGE_OVERLAP - width : x + r - BADGE_OVERLAP;
  const y0 = corner.startsWith('bottom') ? y + r - BADGE_OVERLAP : y - r + BADGE_OVERLAP - BADGE_HEIGHT;
  return { x0, y0, x1: x0 + width, y1: y0 + BADGE_HEIGHT };
}

export function markerBox(item: LabelItem): Box {
  const r = item.markerRadius;
  return { x0: item.x - r, y0: item.y - r, x1: item.x + r, y1: item.y + r };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * Chooses a side for each label, or null where none fits. `obstacles` are boxes labels
 * must avoid besides the markers (the map's controls, say). Ties in priority keep the
 * input order, so the result does not depend on sort stability quirks.
 */
export function placeMapLabels(
  items: readonly LabelItem[],
  viewport: { width: number; height: number },
  obstacles: readonly Box[] = [],
): Map<string, Placement> {
  const taken: Box[] = [...obstacles];
  const markers = items.filter((item) => item.markerRadius > 0).map((item) => ({ id: item.id, box: markerBox(item) }));
  const free = (box: Box, id: string) =>
    !markers.some((marker) => marker.id !== id && overlaps(box, marker.box)) && !taken.some((other) => overlaps(box, other));
  /** The first corner, the label's own first, where the badge is clear of every label, marker and badge. */
  const freeCorner = (item: LabelItem, label: Box | null, preferred: Corner) =>
    [preferred, ...CORNERS.filter((corner) => corner !== preferred)].find((corner) => {
      const badge = badgeBox(item, corner)!;
      return !(label && overlaps(badge, label)) && free(badge, item.id);
    }) ?? null;
  const order = items.map((item, index) => ({ item, index })).sort((a, b) => b.item.priority - a.item.priority || a.index - b.index);
  const result = new Map<string, Placement>();
  for (const { item } of order) {
    const hasBadge = item.badgeWidth !== undefined;
    const labelFits = (at: LabelItem, side: Side) => {
      const box = labelBox(at, side);
      return box.x0 >= 0 && box.y0 >= 0 && box.x1 <= viewport.width && box.y1 <= viewport.height && free(box, item.id);
    };
    // A side whose badge finds a free corner too; failing that, any side the label fits (its badge may then touch).
    let side: Side | null =
      item.sides.find(
        (candidate) => labelFits(item, candidate) && (!hasBadge || freeCorner(item, labelBox(item, candidate), badgeCorner(candidate))),
      ) ??
      item.sides.find((candidate) => labelFits(item, candidate)) ??
      null;
    // Failing that, the first other point where a side fits (its marker, if any, stays at x, y).
    const moved = ([x, y]: readonly [number, number]) => ({ ...item, x, y });
    let at: readonly [number, number] | undefined;
    for (const point of side ? [] : (item.alsoAt ?? [])) {
      side = item.sides.find((candidate) => labelFits(moved(point), candidate)) ?? null;
      if (side) {
        at = point;
        break;
      }
    }
    const label = side ? labelBox(at ? moved(at) : item, side) : null;
    if (label) taken.push(label);
    let badge: Corner | null = null;
    if (hasBadge) {
      badge = freeCorner(item, label, badgeCorner(side)) ?? badgeCorner(side);
      taken.push(badgeBox(item, badge)!);
    }
    result.set(item.id, { side, badge, at });
  }
  return result;
}
