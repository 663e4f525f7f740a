/**
 * The chart's fixed measures, in one place for the container and its views. From the top:
 * two rows of era names (above the bands, then inside their top), the label band's rows, the
 * lanes, the axis and the relations track.
 *
 * The label band has five rows: beside the map at 1280 px the chart is about 740 px wide, and
 * the story's last years hold four key moments within a year and a half, each of which must
 * carry its label on a row of its own.
 */
import type { ChartMetrics } from './lanes.ts';

export const ERA_ROW = 15;
export const LABEL_ROWS = 5;
export const LABEL_ROW = 14;

export const METRICS: ChartMetrics = {
  // Lane names wrap inside it (TimelineChart.svelte), so it holds two short lines, not one long one.
  gutter: 100,
  eraStrip: 2 * ERA_ROW + LABEL_ROWS * LABEL_ROW + 4,
  rowHeight: 16,
  lanePadding: 6,
  axis: 26,
  relations: 74,
  right: 16,
  radius: 6,
};

/**
 * The share of the chart's width the story's focus period gets when the whole story shows.
 * About three quarters: the focus years are where most events and all but two key moments
 * are, while the decades before still show their eras and marks.
 */
export const FOCUS_SHARE = 0.74;

export const LAYOUT = {
  denseEvents: 1500,
  radius: METRICS.radius,
  gap: 3,
  maxRows: 4,
  minBarWidth: 18,
  binWidth: 2 * METRICS.radius + 16,
};

/** Past this many marks in view, labels are left to the counts and the keyboard. */
export const MAX_LABELLED = 400;

/** y of the middle of a label row; row 0 sits just above the first lane. */
export const labelRowY = (row: number) => METRICS.eraStrip - 4 - LABEL_ROW * row - LABEL_ROW / 2;

/** y of the middle of each era-name row: [inside the band, above it]. */
export const ERA_ROW_Y = [ERA_ROW + ERA_ROW / 2, ERA_ROW / 2] as const;
