/**
 * The story's last years crowd the chart: five or six key moments within a few pixels of each
 * other, near the chart's right edge, each needing its label in the band above the lanes.
 * Checked as a reader sees it: the leader lines as drawn (leaderLines) against the label
 * boxes, in the band's real measures.
 */
import { describe, expect, it } from 'vitest';
import { placeChartLabels, type LabelRequest, type PlacedChartLabel } from '../../../src/lib/timeline/label-placer.ts';
import { leaderLines } from '../../../src/lib/timeline/chart-label-input.ts';
import type { Placed } from '../../../src/lib/timeline/mark-layout.ts';

/** The band as chart-metrics.ts draws it: 14 px rows over lanes starting at y 104, 11 px text. */
const LANES_TOP = 104;
const labelRowY = (row: number) => LANES_TOP - 4 - 14 * row - 7;
const geometry = { rowY: (lane: number, row: number) => LANES_TOP + 11 + 22 * lane + 16 * row, labelRowY, lanesTop: LANES_TOP, radius: 6 };
const HALF_TEXT = 5.5;

type Box = { left: number; right: number; top: number; bottom: number };
const boxOf = (label: PlacedChartLabel): Box => ({
  left: label.left,
  right: label.right,
  top: labelRowY(label.row) - HALF_TEXT,
  bottom: labelRowY(label.row) + HALF_TEXT,
});

/** Whether the segment from p to q passes inside the box (touching its edge is not crossing). */
function crosses([px, py]: number[], [qx, qy]: number[], { left, right, top, bottom }: Box): boolean {
  // Liang–Barsky clipping against the box shrunk by half a pixel.
  let [t0, t1] = [0, 1];
  const [dx, dy] = [qx! - px!, qy! - py!];
  const edges: [number, number][] = [
    [-dx, px! - (left + 0.5)],
    [dx, right - 0.5 - px!],
    [-dy, py! - (top + 0.5)],
    [dy, bottom - 0.5 - py!],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
  }
  return t0 < t1;
}

/** What a reader would see wrong: a key label missing, labels overlapping, a leader through another label. */
function problems(requests: readonly LabelRequest[], placed: PlacedChartLabel[], gap: number): string[] {
  const found: string[] = [];
  for (const { id, key } of requests) if (key && !placed.some((label) => label.id === id)) found.push(`${id} unlabelled`);
  const itemOf = new Map<string, Placed>(
    placed.map(({ id, anchor }) => [
      id,
      { kind: 'mark', id, lane: 0, row: 0, x0: anchor, x1: anchor, left: anchor - 6, right: anchor + 6 },
    ]),
  );
  for (const leader of leaderLines(placed, itemOf, geometry)) {
    const points = leader.points.split(' ').map((point) => point.split(',').map(Number));
    for (const other of placed)
      if (other.id !== leader.id && points.slice(1).some((q, index) => crosses(points[index]!, q, boxOf(other))))
        found.push(`${leader.id}'s leader through ${other.id}`);
  }
  for (const a of placed)
    for (const b of placed)
      if (a.id < b.id && a.row === b.row && a.left < b.right + gap && b.left < a.right + gap) found.push(`${a.id} on ${b.id}`);
  return found;
}

const key = (id: string, anchor: number, width: number): LabelRequest => ({ id, anchor, width, key: true });

/**
 * The 2022–23 corner: full ties, Gantz in Ankara, 7 October, the recall, with the 2016 deal
 * and a sixth moment, all within about ten pixels, `room` px from the chart's right edge
 * (mirrored for right-to-left, where the labels read the other way).
 */
function corner(right: number, room: number, rtl: boolean, count: number): LabelRequest[] {
  const marks = [
    key('full-ties', 0, 108),
    key('gantz', 2.5, 101),
    key('october-7', 6.5, 126),
    key('recall', 8, 128),
    key('deal', 9, 151),
    key('sixth', 10, 118),
  ].slice(0, count);
  const at = (x: number) => (rtl ? 100 + room + x : right - room - 10 + x);
  return marks.map((mark) => ({ ...mark, anchor: at(rtl ? 10 - mark.anchor : mark.anchor) }));
}

describe('placeChartLabels in a crowd', () => {
  const cases = [
    { width: 660, room: 70, count: 5 },
    { width: 660, room: 70, count: 6 },
    { width: 660, room: 200, count: 6 },
    { width: 1216, room: 80, count: 5 },
    { width: 1216, room: 80, count: 6 },
    { width: 1216, room: 500, count: 6 },
  ];
  for (const { width, room, count } of cases)
    for (const rtl of [false, true])
      it(`labels ${count} key moments within 10 px, ${room} px from the end of a ${width} px chart, every leader clear of the other labels (${rtl ? 'right to left' : 'left to right'})`, () => {
        const options = { left: 100, right: 100 + width - 116, rows: 5, gap: 16, leaderGap: 2, rtl, maxShift: 180 };
        const requests = corner(options.right, room, rtl, count);
        const placed = placeChartLabels(requests, options);
        expect(problems(requests, placed, options.gap)).toEqual([]);
        expect(placeChartLabels([...requests].reverse(), options)).toEqual(placed);
      });

  // The story's ten key moments as the browser measured them: the page at 1280 px (the chart
  // beside the map), the embed in a 660 px article, and the Arabic page at 1024 px.
  const story = [
    {
      name: 'the page at 1280 px',
      options: { left: 100, right: 726, rtl: false },
      marks: [
        [104.1, 152],
        [230.7, 168],
        [288.6, 93],
        [320.4, 118],
        [387.6, 132],
        [465.6, 151],
        [612.3, 108],
        [616.9, 101],
        [639.5, 126],
        [641.3, 128],
      ],
    },
    {
      name: 'the embed at 660 px',
      options: { left: 100, right: 624, rtl: false },
      marks: [
        [103.5, 152],
        [209.4, 168],
        [257.8, 93],
        [284.5, 118],
        [340.7, 132],
        [406.0, 151],
        [520.9, 108],
        [532.7, 101],
        [551.6, 126],
        [553.1, 128],
      ],
    },
    {
      name: 'the Arabic page at 1024 px',
      options: { left: 100, right: 566, rtl: true },
      marks: [
        [103.1, 118],
        [197.3, 186],
        [240.4, 117],
        [264.1, 137],
        [314.1, 74],
        [372.2, 142],
        [474.7, 132],
        [484.8, 92],
        [501.6, 154],
        [503.0, 122],
      ],
    },
  ];
  for (const { name, options, marks } of story)
    it(`labels the story's ten key moments in ${name}, every leader clear of the other labels`, () => {
      const requests = marks.map(([anchor, width], index) => key(`k${index}`, anchor!, width!));
      const placed = placeChartLabels(requests, { ...options, rows: 5, gap: 16, leaderGap: 2, maxShift: 180 });
      expect(problems(requests, placed, 16)).toEqual([]);
    });
});
