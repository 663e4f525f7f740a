/**
 * Draws the timeline's marks, clusters and canvas labels on a 2D context: one canvas, so a
 * story of 20,000 events pans as smoothly as one of 50. EventMarks.svelte owns the canvas
 * and decides when to draw; this module decides what each pixel shows, and its unit test
 * plays it against a recording context.
 */
import type { Placed, PlacedLabel } from './mark-layout.ts';

/** The page's colours and font as the canvas draws them (theme/colour-tokens.ts). */
export interface MarkColours {
  background: string;
  text: string;
  soft: string;
  font: string;
}

export interface DrawMarksInput {
  width: number;
  height: number;
  items: readonly Placed[];
  labels: readonly PlacedLabel[];
  /** Colour of each lane (category), by lane index. */
  laneColours: readonly string[];
  selectedId: string | null;
  rowY: (lane: number, row: number) => number;
  radius: number;
  colours: MarkColours;
  /** Opacity of a mark, cluster or label showing these events (fades, see `fadeAlpha`). */
  alphaOf: (ids: readonly string[]) => number;
  /** The device's pixels per CSS pixel. */
  ratio: number;
}

/** Opacity of what the filter leaves out. */
export const FADED_ALPHA = 0.22;

/**
 * Opacity of a mark (all of `ids`) `progress` of the way (0 to 1) through a fade from the
 * set faded `before` to the set faded `now`: a cluster fades only when all its events do.
 */
export function fadeAlpha(ids: readonly string[], now: ReadonlySet<string>, before: ReadonlySet<string>, progress: number): number {
  if (now.size === 0 && before.size === 0) return 1;
  const isFaded = (set: ReadonlySet<string>) => ids.every((id) => set.has(id));
  const target = isFaded(now) ? FADED_ALPHA : 1;
  const from = isFaded(before) ? FADED_ALPHA : 1;
  return from + (target - from) * progress;
}

/** A `#rrggbb` colour at `alpha` as `#rrggbbaa`; any other colour as it is. */
export function withAlpha(hex: string, alpha: number): string {
  return /^#[0-9a-f]{6}$/i.test(hex)
    ? `${hex}${Math.round(alpha * 255)
        .toString(16)
        .padStart(2, '0')}`
    : hex;
}

function pill(context: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) {
  context.beginPath();
  context.roundRect(x, y, w, h, h / 2);
}

export function drawMarks(context: CanvasRenderingContext2D, input: DrawMarksInput): void {
  const { width, height, items, labels, laneColours, selectedId, rowY, radius, colours, alphaOf, ratio } = input;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  context.lineWidth = 1.5;
  context.textBaseline = 'middle';

  // Point marks are batched into one path per colour and opacity: one fill, not thousands.
  const batches = new Map<string, { colour: string; alpha: number; path: Path2D }>();
  let selectedItem: Placed | undefined;
  let clusterFontSet = false;
  for (const item of items) {
    const y = rowY(item.lane, item.row);
    const colour = laneColours[item.lane] ?? colours.text;
    if (item.kind === 'cluster') {
      context.globalAlpha = alphaOf(item.ids);
      const w = Math.max(item.right - item.left, 2 * radius + 6);
      pill(context, item.x - w / 2, y - radius - 3, w, 2 * radius + 6);
      context.fillStyle = colours.background;
      context.fill();
      context.strokeStyle = colour;
      context.lineWidth = 2;
      context.stroke();
      context.fillStyle = colours.text;
      // Setting a font makes the canvas parse it: do it once, not per cluster.
      if (!clusterFontSet) {
        context.font = `700 11px ${colours.font}`;
        context.textAlign = 'center';
        clusterFontSet = true;
      }
      context.fillText(String(item.ids.length), item.x, y + 0.5);
      context.lineWidth = 1.5;
      continue;
    }
    const alpha = alphaOf([item.id]);
    if (item.id === selectedId) selectedItem = item;
    if (item.x1 > item.x0) {
      context.globalAlpha = alpha;
      pill(context, item.left, y - radius + 1, item.right - item.left, 2 * radius - 2);
      context.fillStyle = withAlpha(colour, 0.45);
      context.fill();
      context.strokeStyle = colour;
      context.stroke();
      continue;
    }
    const key = `${colour}|${alpha.toFixed(2)}`;
    let batch = batches.get(key);
    if (!batch) batches.set(key, (batch = { colour, alpha, path: new Path2D() }));
    batch.path.moveTo(item.x0 + radius, y);
    batch.path.arc(item.x0, y, radius, 0, Math.PI * 2);
  }
  context.strokeStyle = colours.background;
  for (const batch of batches.values()) {
    context.globalAlpha = batch.alpha;
    context.fillStyle = batch.colour;
    context.fill(batch.path);
    context.stroke(batch.path);
  }
  if (selectedItem && selectedItem.kind === 'mark') {
    const y = rowY(selectedItem.lane, selectedItem.row);
    context.globalAlpha = 1;
    context.strokeStyle = colours.text;
    context.lineWidth = 2;
    context.beginPath();
    if (selectedItem.x1 > selectedItem.x0)
      pill(context, selectedItem.left - 3, y - radius - 2, selectedItem.right - selectedItem.left + 6, 2 * radius + 4);
    else context.arc(selectedItem.x0, y, radius + 3, 0, Math.PI * 2);
    context.stroke();
    context.lineWidth = 1.5;
  }

  context.textAlign = 'left';
  let currentFont = '';
  for (const placed of labels) {
    context.globalAlpha = alphaOf([placed.id]);
    const font = `${placed.id === selectedId ? 700 : 400} 11px ${colours.font}`;
    if (font !== currentFont) context.font = currentFont = font;
    context.fillStyle = placed.id === selectedId ? colours.text : colours.soft;
    context.fillText(placed.text, placed.x, rowY(placed.lane, placed.row) + 0.5);
  }
  context.globalAlpha = 1;
}
