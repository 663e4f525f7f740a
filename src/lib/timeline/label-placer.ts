/**
 * Where the chart's labels go: key moments first, then ordinary events where room remains,
 * each in a row of the label band above the lanes, joined to its mark by a leader line. The
 * band holds no marks, so a label never covers one; within a row, labels keep a gap wide
 * enough that two never read as one line of text; and no leader line runs through a label
 * not its own, nor crosses another leader.
 * Deterministic: the same requests give the same places, whatever order they come in.
 *
 * Also the era names: each over its band, the full name where it fits, else the short one.
 */

export interface LabelRequest {
  id: string;
  /** x of the mark the label names. */
  anchor: number;
  /** The label's width in px, measured in its font. */
  width: number;
  key: boolean;
}

export interface PlacedChartLabel {
  id: string;
  left: number;
  right: number;
  /** 0 is the row nearest the lanes. */
  row: number;
  anchor: number;
  /**
   * x where the leader leaves the label: it drops straight down from there to just above the
   * lanes, then bends to the mark (chart-label-input.ts, leaderLines). The anchor itself
   * unless the marks crowd.
   */
  leader: number;
  key: boolean;
}

export interface PlacerOptions {
  /** The chart's pixel range: labels stay inside it. */
  left: number;
  right: number;
  rows: number;
  /** Space kept between neighbours in a row, in px. */
  gap: number;
  /** Space kept between a leader line and a label it passes, and between two leaders, in px. */
  leaderGap: number;
  /** Right-to-left text: a label reads away from its mark towards the left first. */
  rtl: boolean;
  /** How far a key label's leader may move away from its mark to find room, in px (it bends). */
  maxShift: number;
}

type Span = readonly [from: number, to: number];

type Planned = LabelRequest & { rightward: boolean };
type Mode = 'reading' | 'turnCrowd' | 'against';

/**
 * A label extends right from its mark or left to it. Where labels crowd, a leader can only
 * drop clear of the labels below it when each higher label's mark lies beyond the lower
 * labels' far ends: labels that extend right stack from the rightmost mark up, labels that
 * extend left from the leftmost. So each label is given a side, and the labels are taken in
 * the order their side stacks in, key labels before ordinary ones:
 * - `reading`: the side it reads on, unless that runs past the chart's edge and the other
 *   does not;
 * - `turnCrowd`: the same, and a label that turned at the edge turns its crowd with it:
 *   every label inward whose box would reach the turned one's mark turns too, so the crowd
 *   stacks one way instead of each half blocking the other's leaders;
 * - `against`: the other side where it fits, taken first. In a crowded chart the labels of
 *   the story's last years must end at their marks (the chart ends soon after), and the
 *   chart reads best when the labels before them stack the same way.
 */
function plan(requests: readonly LabelRequest[], { left, right, rtl }: PlacerOptions, mode: Mode): Planned[] {
  const fitsOn = ({ anchor, width }: LabelRequest, rightward: boolean) =>
    rightward ? anchor - 2 + width <= right : anchor + 2 - width >= left;
  const side = mode === 'against' ? rtl : !rtl;
  const planned = requests.map((request) => ({
    ...request,
    rightward: fitsOn(request, side) || !fitsOn(request, !side) ? side : !side,
  }));
  if (mode === 'turnCrowd') {
    // From the far edge inward: the edge the reading side runs into.
    const inward = [...planned].sort((a, b) => (rtl ? a.anchor - b.anchor : b.anchor - a.anchor));
    let turned: number | undefined;
    for (const label of inward) {
      const reaches = turned !== undefined && (rtl ? label.anchor + 2 - label.width < turned : label.anchor - 2 + label.width > turned);
      if (reaches) label.rightward = rtl;
      turned = label.rightward === rtl ? label.anchor : undefined;
    }
  }
  return planned.sort(
    (a, b) =>
      Number(b.key) - Number(a.key) ||
      Number(a.rightward !== side) - Number(b.rightward !== side) ||
      (a.rightward ? b.anchor - a.anchor : a.anchor - b.anchor) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * Key moments first: for each way of choosing sides (each on its own side, crowds turned at
 * the chart's edge, each on the other side) the labels are placed one by one, each where
 * its leader bends least; then again with one label at a time taking its next best place
 * instead, so that an early choice which cornered a later label is undone. The ordinary
 * labels then take what room remains. Kept: the placement that leaves out fewest key
 * moments, then crosses fewest labels, then bends its leaders least, then leaves out fewest
 * ordinary labels.
 */
export function placeChartLabels(requests: readonly LabelRequest[], options: PlacerOptions): PlacedChartLabel[] {
  let best: { steps: Step[]; score: number[] } | undefined;
  let bound = UNBOUNDED;
  for (const mode of ['reading', 'turnCrowd', 'against'] as const) {
    const ordered = plan(requests, options, mode);
    const keys = ordered.filter((request) => request.key);
    const first = placeFrom(keys, options, [], 0, UNBOUNDED)!;
    let keysPlaced = first;
    const keep = (steps: Step[] | undefined) => {
      if (steps && !worse(scoreOf(steps), bound)) [keysPlaced, bound] = [steps, scoreOf(steps)];
    };
    keep(first);
    // Each label's next best places, while the best placement yet leaves anything to gain.
    first.forEach(({ places }, index) => {
      for (let choice = 1; choice < places.length && bound.some((value) => value > 0.5); choice++)
        keep(placeFrom(keys, options, first.slice(0, index), choice, bound, places));
    });
    const steps = placeFrom(ordered, options, keysPlaced, 0, UNBOUNDED)!;
    const [unplaced, crossings, shift] = scoreOf(keysPlaced);
    const score = [unplaced, crossings, shift, scoreOf(steps)[0]];
    if (!best || compare(score, best.score) < 0) best = { steps, score };
    if (!score.some((value) => value > 0.5)) break;
  }
  return best!.steps.flatMap(({ label }) => (label ? [label] : []));
}

/** Key moments left out, leaders through labels, px of bend: less is better, in that order. */
type Score = [unplaced: number, crossings: number, shift: number];
const UNBOUNDED: Score = [Infinity, Infinity, Infinity];

function scoreOf(steps: readonly Step[]): Score {
  const score: Score = [0, 0, 0];
  for (const { place } of steps) {
    if (!place) score[0]++;
    else score[1] += Number(place.crossing);
    score[2] += place?.shift ?? 0;
  }
  return score;
}

/** Lexicographic, less first; values within half a pixel (or a count) of each other are the same. */
function compare(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < a.length; index++) if (Math.abs(a[index]! - b[index]!) > 0.5) return a[index]! - b[index]!;
  return 0;
}

/** No better than the bound. */
const worse = (score: Score, bound: Score) => compare(score, bound) >= 0;

/** One label's turn: where it went (if anywhere), and the places it had to choose from. */
interface Step {
  label: PlacedChartLabel | undefined;
  place: Place | undefined;
  places: Place[];
}

/**
 * Places `ordered` after the steps already taken (the first `before.length` of them are
 * `before`): the next label takes its `choice`-th best place (of `detourPlaces`, when known),
 * the others their best. Gives up as soon as the placement can no longer beat `bound`.
 */
function placeFrom(
  ordered: readonly Planned[],
  options: PlacerOptions,
  before: readonly Step[],
  choice: number,
  bound: Score,
  detourPlaces?: Place[],
): Step[] | undefined {
  const steps = [...before];
  const placed = steps.flatMap(({ label }) => (label ? [label] : []));
  const score = scoreOf(steps);
  for (const request of ordered.slice(steps.length)) {
    // Only the label taking another place, and each of a first placement, needs every place.
    const detour = steps.length === before.length;
    const places = (detour && detourPlaces) || placesFor(request, placed, options, detour || bound === UNBOUNDED);
    const place = places[detour ? choice : 0];
    const label = place && {
      id: request.id,
      left: place.start,
      right: place.start + request.width,
      row: place.row,
      anchor: request.anchor,
      leader: place.drop,
      key: request.key,
    };
    if (label) placed.push(label);
    steps.push({ label, place, places });
    if (!place) score[0]++;
    else [score[1], score[2]] = [score[1] + Number(place.crossing), score[2] + place.shift];
    if (worse(score, bound)) return undefined;
  }
  return steps;
}

/** Nearer than this, two pixel positions are the same: sums of fractions round differently. */
const EPSILON = 1e-6;

interface Place {
  row: number;
  /** x of the leader under the label. */
  drop: number;
  /** The label's left edge. */
  start: number;
  shift: number;
  /** The leader runs through labels below. */
  crossing: boolean;
}

/**
 * The x in [low, high] nearest to `target` outside every blocked (open) span; the lower of
 * two as near.
 */
function nearestFree(target: number, low: number, high: number, blocked: Span[]): number | undefined {
  if (low > high + EPSILON) return undefined;
  let best: number | undefined;
  let from = low;
  const spans = blocked.filter(([a, b]) => b > low && a < high).sort((p, q) => p[0] - q[0]);
  for (const [a, b] of [...spans, [Infinity, Infinity] as const]) {
    // The free stretch [from, a] before this span (a point where spans only touch).
    const to = Math.min(a, high);
    if (to >= from - EPSILON) {
      const x = Math.min(Math.max(target, from), to);
      if (best === undefined || Math.abs(x - target) < Math.abs(best - target) - EPSILON) best = x;
    }
    from = Math.max(from, b);
    if (from > high + EPSILON) break;
  }
  return best;
}

/**
 * Where a label may go, the best first: the place in each row, on each side, that bends its
 * leader least; of places that bend it alike, its own side before the other and a lower row
 * before a higher. A leader drops straight down from its label and bends to its mark only
 * just above the lanes, so below its label it passes each row at one x, and a place is a
 * matter of intervals: where the leader may drop (clear of the labels below it, in the same
 * order as the marks so no two leaders cross) and where the label may stand (clear of its
 * row's labels and of the leaders passing down through it).
 *
 * A key moment with no such place still gets its label, its leader running under labels
 * below (their halo keeps the letters legible); an ordinary one is left out.
 */
function placesFor(request: Planned, placed: readonly PlacedChartLabel[], options: PlacerOptions, every: boolean): Place[] {
  const { left, right, rows, gap, leaderGap, maxShift } = options;
  const { anchor, width, rightward, key } = request;
  if (width > right - left) return [];
  const nearest = (row: number, towardsRight: boolean, crossing: boolean): Place | undefined => {
    // The label's box is [drop + offset, drop + offset + width].
    const offset = towardsRight ? -2 : 2 - width;
    let low = Math.max(left - offset, anchor - (key ? maxShift : 0));
    let high = Math.min(right - offset - width, anchor + (key ? maxShift : 0));
    const blocked: Span[] = [];
    for (const other of placed) {
      if (other.row === row) blocked.push([other.left - gap - width - offset, other.right + gap - offset]);
      if (crossing) continue;
      if (other.row > row) blocked.push([other.leader - leaderGap - width - offset, other.leader + leaderGap - offset]);
      if (other.row < row) blocked.push([other.left - leaderGap, other.right + leaderGap]);
      // Leaders keep the order of their marks, so none crosses another where they bend.
      if (other.anchor < anchor) low = Math.max(low, other.leader + leaderGap);
      else if (other.anchor > anchor) high = Math.min(high, other.leader - leaderGap);
      else blocked.push([other.leader - leaderGap, other.leader + leaderGap]);
    }
    const drop = nearestFree(anchor, low, high, blocked);
    return drop === undefined ? undefined : { row, drop, start: drop + offset, shift: Math.abs(drop - anchor), crossing };
  };
  const all = (crossing: boolean) => {
    const places: Place[] = [];
    for (const towardsRight of [rightward, !rightward])
      for (let row = 0; row < rows; row++) {
        const place = nearest(row, towardsRight, crossing);
        if (!place) continue;
        // Nothing comes before the first place that bends its leader by less than half a pixel.
        if (!every && place.shift < 0.5) return [place];
        places.push(place);
      }
    // A stable sort: of places that bend alike, the order tried in.
    return places.sort((a, b) => Math.round(a.shift) - Math.round(b.shift));
  };
  const places = all(false);
  return places.length || !key ? places : all(true);
}

export interface EraNameRequest {
  id: string;
  /** The band's pixel extent, already clipped to the chart. */
  left: number;
  right: number;
  full: { text: string; width: number };
  short: { text: string; width: number };
}

export interface PlacedEraName {
  id: string;
  text: string;
  /** The full name, when `text` is the short one (for the title shown on hover). */
  full: string | null;
  left: number;
  /** 0: inside the band's top; 1: above it, with a tick down to the band at `tick`. */
  row: 0 | 1;
  tick: number;
}

/**
 * Each era's name at its band's left edge: inside the band when it fits there, else above the
 * band, over the band's middle, where it may run past the band's ends if its neighbours above
 * leave room; full where it can be, short where it must. A name with no room at all is left
 * out: the era buttons above the chart name every era.
 */
export function placeEraNames(
  requests: readonly EraNameRequest[],
  options: { chartLeft: number; chartRight: number; padding: number; gap: number },
): PlacedEraName[] {
  const { chartLeft, chartRight, padding, gap } = options;
  const sorted = [...requests].sort((a, b) => a.left - b.left);
  const inside = (era: EraNameRequest) => era.right - era.left - 2 * padding;
  const needsAbove = (era: EraNameRequest) => era.full.width > inside(era) && era.short.width > inside(era);
  const placed: PlacedEraName[] = [];
  let aboveEnd = -Infinity;
  sorted.forEach((era, index) => {
    const x = era.left + padding;
    const room = inside(era);
    if (era.full.width <= room) return placed.push({ id: era.id, text: era.full.text, full: null, left: x, row: 0, tick: era.left });
    if (era.short.width <= room)
      return placed.push({ id: era.id, text: era.short.text, full: era.full.text, left: x, row: 0, tick: era.left });
    // Above the band, ending before the next name that also needs the row above begins.
    const next = sorted.slice(index + 1).find(needsAbove);
    const limit = Math.min(chartRight, next ? next.left + padding - gap : Infinity);
    const middle = (era.left + era.right) / 2;
    for (const name of era.short.text === era.full.text ? [era.full] : [era.full, era.short]) {
      const start = Math.min(x, limit - name.width);
      // The name must cover the band's middle, so it reads as the band's.
      if (start < Math.max(aboveEnd + gap, chartLeft, middle - name.width) || start > middle) continue;
      aboveEnd = start + name.width;
      return placed.push({
        id: era.id,
        text: name.text,
        full: name === era.full ? null : era.full.text,
        left: start,
        row: 1,
        tick: Math.max(era.left, start),
      });
    }
    return undefined;
  });
  return placed;
}
