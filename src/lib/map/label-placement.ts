/**
 * Where each place's label goes, in screen pixels: for every marker, the first side among
 * its candidates (right, left, top, bottom, or centred on the point) whose box stays
 * inside the map and overlaps no other label or marker. Labels are placed in priority
 * order, so when nothing fits it is the least important label that is hidden.
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
): Map<string, Side | null> {
  const taken: Box[] = [...obstacles];
  const markers = items.filter((item) => item.markerRadius > 0).map((item) => ({ id: item.id, box: markerBox(item) }));
  const order = items.map((item, index) => ({ item, index })).sort((a, b) => b.item.priority - a.item.priority || a.index - b.index);
  const result = new Map<string, Side | null>();
  for (const { item } of order) {
    const side = item.sides.find((candidate) => {
      const box = labelBox(item, candidate);
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > viewport.width || box.y1 > viewport.height) return false;
      if (markers.some((marker) => marker.id !== item.id && overlaps(box, marker.box))) return false;
      return !taken.some((other) => overlaps(box, other));
    });
    result.set(item.id, side ?? null);
    if (side) taken.push(labelBox(item, side));
  }
  return result;
}
