/**
 * The chart's words, loaded in the frame after the timeline shows (boot's `shown`): the first
 * draw needs the marks and the axis, not the text over them, and the first download has a
 * size budget (tests/e2e/budget.spec.ts). Measures each text in the font it is drawn in, then
 * places key moments, ordinary labels and era names with the pure placer, draws their
 * leader lines, and gives the canvas the titles that fit beside their marks.
 */
import {
  placeChartLabels,
  placeEraNames,
  type LabelRequest,
  type PlacedChartLabel,
  type PlacedEraName,
  type PlacerOptions,
} from './label-placer.ts';
import {
  canvasLabels,
  eraCandidates,
  labelCandidates,
  leaderLines,
  type EraBand,
  type Leader,
  type LeaderGeometry,
} from './chart-label-input.ts';
import type { MarkLayout, PlacedLabel } from './mark-layout.ts';

export interface ChartLabelsInput {
  layout: MarkLayout;
  /** The key moments' ids. */
  keyIds: ReadonlySet<string>;
  /** Past this many items in view only key moments are labelled, and the canvas shows no titles. */
  maxLabelled: number;
  /** A label's text in the band above the lanes, and an event's title beside its mark. */
  textOf: (id: string) => string;
  titleOf: (id: string) => string;
  eras: readonly EraBand[];
  scale: (time: number) => number;
  range: readonly [number, number];
  rows: number;
  rtl: boolean;
  /** The CSS font family the labels are drawn in. */
  fontFamily: string;
  geometry: LeaderGeometry;
}

export interface ChartLabels {
  labels: (PlacedChartLabel & { text: string })[];
  eraNames: PlacedEraName[];
  leaders: Leader[];
  /** Titles on the canvas, beside their marks, for what the band above could not hold. */
  canvas: PlacedLabel[];
}

/** The fonts the labels use (ChartLabels.svelte's CSS): key moments and era names bold, the rest regular. */
const KEY_FONT = '700 11px';
const ORDINARY_FONT = '400 11px';
/**
 * Between two labels in a row: about one and a half em of their 11 px. A word space is a
 * third of an em, and Hebrew and Arabic labels have no capital to mark where one begins, so
 * a narrower gap reads as one line of text running on.
 */
const LABEL_GAP = 16;

let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/** Width of a text in px; an estimate where the browser has no canvas to measure with. */
function measure(text: string, font: string): number {
  const cacheKey = `${font}|${text}`;
  const cached = widths.get(cacheKey);
  if (cached !== undefined) return cached;
  if (context === undefined)
    context =
      typeof OffscreenCanvas === 'function'
        ? new OffscreenCanvas(1, 1).getContext('2d')
        : document.createElement('canvas').getContext('2d');
  let width = text.length * 6.5;
  if (context) {
    context.font = font;
    // Rounded up, with a pixel for sub-pixel text rendering.
    width = Math.ceil(context.measureText(text).width) + 1;
  }
  widths.set(cacheKey, width);
  return width;
}

/**
 * The last placement and what it was asked: the full story replacing the page's index asks
 * again for the labels it already has, and so does every redraw at an unchanged window.
 */
let lastPlacement: { key: string; placed: PlacedChartLabel[] } | undefined;

function placeOnce(requests: readonly LabelRequest[], options: PlacerOptions): PlacedChartLabel[] {
  const key = JSON.stringify([requests, options]);
  if (lastPlacement?.key !== key) lastPlacement = { key, placed: placeChartLabels(requests, options) };
  return lastPlacement.placed;
}

export function chartLabels(input: ChartLabelsInput): ChartLabels {
  const { layout, keyIds, maxLabelled, textOf, titleOf, scale, range, rows, rtl, fontFamily, geometry } = input;
  const candidates = labelCandidates({ layout, keyIds, range, maxLabelled, textOf });
  const eras = eraCandidates(input.eras, scale, range);
  const keyFont = `${KEY_FONT} ${fontFamily}`;
  const ordinaryFont = `${ORDINARY_FONT} ${fontFamily}`;
  const textOfPlaced = new Map(candidates.map((candidate) => [candidate.id, candidate.text]));
  const placed = placeOnce(
    candidates.map(({ id, anchor, text, key }) => ({ id, anchor, key, width: measure(text, key ? keyFont : ordinaryFont) })),
    { left: range[0], right: range[1], rows, gap: LABEL_GAP, leaderGap: 2, rtl, maxShift: 180 },
  );
  const eraNames = placeEraNames(
    eras.map((era) => ({
      id: era.id,
      left: era.left,
      right: era.right,
      full: { text: era.name, width: measure(era.name, keyFont) },
      short: { text: era.shortName, width: measure(era.shortName, keyFont) },
    })),
    { chartLeft: range[0], chartRight: range[1], padding: 4, gap: 8 },
  );
  return {
    labels: placed.map((label) => ({ ...label, text: textOfPlaced.get(label.id)! })),
    eraNames,
    leaders: leaderLines(placed, layout.itemOf, geometry),
    canvas: canvasLabels(layout, titleOf, range[1], maxLabelled, placed, (text) => measure(text, ordinaryFont)),
  };
}
