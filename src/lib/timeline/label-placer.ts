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

type Planned = LabelRequest & { rightward: boolean };

/**
 * A label extends right from its mark or left to it. Where labels crowd, a leader can only
 * drop clear of the labels below it when each higher label's mark lies beyond the lower
 * labels' far ends: labels that extend right stack from the rightmost mark up, labels that
 * extend left from the leftmost. So each label is given a side, and the labels are taken in
 * the order their side stacks in, key labels first: the side it reads on, or (`against`)
 * the other side; either unless that runs past the chart's edge and the other does not.
 * Against is for a crowded chart: the labels of the story's last years must end at their
 * marks (the chart ends soon after), and the chart reads best when those before them stack
 * the same way.
 */
function plan(requests: readonly LabelRequest[], { left, right, rtl }: PlacerOptions, against: boolean): Planned[] {
  const side = against === rtl;
  return requests
    .map((request) => {
      const { anchor, width } = request;
      const fits = (rightward: boolean) => (rightward ? anchor - 2 + width <= right : anchor + 2 - width >= left);
      return { ...request, rightward: fits(side) || !fits(!side) ? side : !side };
    })
    .sort(
      (a, b) =>
        +b.key - +a.key ||
        +(a.rightward !== side) - +(b.rightward !== side) ||
        (a.rightward ? b.anchor - a.anchor : a.anchor - b.anchor) ||
        (a.id < b.id ? -1 : 1),
    );
}

/**
 * Key moments first: for each way of choosing sides the labels are placed one by one, each
 * where its leader bends least; then again with one label at a time taking its next best
 * place instead, so that an early choice which cornered a later label is undone. The
 * ordinary labels then take what room remains. Kept: the placement that leaves out fewest
 * key moments, then costs least (bends, and leaders through labels), then leaves out fewest
 * ordinary labels.
 */
export function placeChartLabels(requests: readonly LabelRequest[], options: PlacerOptions): PlacedChartLabel[] {
  let best: Placement | undefined;
  for (const against of [false, true]) {
    const ordered = plan(requests, options, against);
    const keys = ordered.filter((request) => request.key);
    // The first placement: each key moment in its best place, remembering the places it had to choose from.
    const first = new Placement();
    const placesOf = keys.map((request) => {
      const places = placesFor(request, first.labels, options);
      first.take(request.key, places[0]);
      return places;
    });
    let chosen = first;
    placesOf.forEach((places, index) => {
      for (let choice = 1; choice < places.length && chosen.score[0] + chosen.score[1] > 0.5; choice++) {
        const retried = placeFrom(keys, options, first.prefix(index), chosen.score, places[choice]);
        if (retried) chosen = retried;
      }
    });
    const placement = placeFrom(ordered, options, chosen)!;
    if (!best || compare(placement.score, best.score) < 0) best = placement;
  }
  return best!.labels;
}

/** A place for a label, and its cost: px of bend, and more than any bend for a leader through labels. */
type Place = [label: PlacedChartLabel, cost: number];

/** Key moments left out, cost, ordinary labels left out: less is better, in that order. */
type Score = [keys: number, cost: number, others: number];
const UNBOUNDED: Score = [Infinity, Infinity, Infinity];

/** Labels placed one by one: the place each took (if any), the labels placed, and the score so far. */
class Placement {
  readonly taken: { key: boolean; place: Place | undefined }[] = [];
  readonly labels: PlacedChartLabel[] = [];
  readonly score: Score = [0, 0, 0];

  take(key: boolean, place: Place | undefined): void {
    this.taken.push({ key, place });
    if (place) this.labels.push(place[0]);
    this.score[place ? 1 : key ? 0 : 2] += place ? place[1] : 1;
  }

  /** The placement as it stood after its first `count` labels. */
  prefix(count: number): Placement {
    const prefix = new Placement();
    // Taken again in order, so the costs add up to the very same sum.
    for (let index = 0; index < count; index++) prefix.take(this.taken[index]!.key, this.taken[index]!.place);
    return prefix;
  }
}

/** Lexicographic, less first; values within half a pixel (or a count) of each other are the same. */
function compare(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < a.length; index++) if (Math.abs(a[index]! - b[index]!) > 0.5) return a[index]! - b[index]!;
  return 0;
}

/**
 * Places the rest of `ordered` after `placement` (which grows), each label in its best place,
 * except that the first of them takes `detour` when given. Gives up as soon as the placement
 * can no longer beat `bound`.
 */
function placeFrom(
  ordered: readonly Planned[],
  options: PlacerOptions,
  placement: Placement,
  bound = UNBOUNDED,
  detour?: Place,
): Placement | undefined {
  const start = placement.taken.length;
  for (let index = start; index < ordered.length; index++) {
    const request = ordered[index]!;
    const place = detour && index === start ? detour : bestPlace(request, placement.labels, options);
    placement.take(request.key, place);
    if (compare(placement.score, bound) >= 0) return undefined;
  }
  return placement;
}

/** Nearer than this, two pixel positions are the same: sums of fractions round differently. */
const EPSILON = 1e-6;

/**
 * The spans where a leader may not drop, kept in order of their starts as they are added.
 * One list serves every place tried, so that trying one allocates nothing: the placer runs
 * on every zoom step.
 */
class BlockedSpans {
  private starts: Float64Array = new Float64Array(64);
  private ends: Float64Array = new Float64Array(64);
  private count = 0;

  private low = -Infinity;
  private high = Infinity;
  /** Where a span may start and still matter: a point where it only touches another is free. */
  private lowest = -Infinity;
  private highest = Infinity;
  /** Whether one span covers the whole search, so no more need be added. */
  covered = false;

  /** Empties the list, for a search of [low, high]. */
  clear(low: number, high: number): void {
    this.count = 0;
    this.low = low;
    this.high = high;
    this.lowest = low - EPSILON;
    this.highest = high + EPSILON;
    this.covered = false;
  }

  /** Whether the span would cover the whole search, beyond touching at either end: no stretch before it nor after it is free. */
  covers(from: number, to: number): boolean {
    return from < this.lowest && to > this.highest;
  }

  /** Blocks the open span (from, to). */
  add(from: number, to: number): void {
    // Beyond the search, a span changes nothing: after `high`, the stretch before it is the
    // one after all spans; before `low`, the free stretch before it is empty and [low, to]
    // is not blocked.
    if (from > this.high || (from < this.lowest && to <= this.low)) return;
    if (this.covers(from, to)) this.covered = true;
    if (this.count === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
    }
    let index = this.count++;
    for (; index > 0 && this.starts[index - 1]! > from; index--) {
      this.starts[index] = this.starts[index - 1]!;
      this.ends[index] = this.ends[index - 1]!;
    }
    this.starts[index] = from;
    this.ends[index] = to;
  }

  /**
   * The x in the search's [low, high] nearest to `target` outside every span, the lower of
   * two as near; Infinity if there is none. Free are the stretches between spans, and a point
   * where two spans only touch.
   */
  nearestFree(target: number): number {
    if (this.covered) return Infinity;
    const { low, high } = this;
    let best = Infinity;
    let from = low;
    for (let index = 0; index <= this.count; index++) {
      // The free stretch [from, to] before this span, or after the last one.
      const to = index < this.count ? Math.min(this.starts[index]!, high) : high;
      const x = Math.min(Math.max(target, from), to);
      if (to >= from - EPSILON && Math.abs(x - target) < Math.abs(best - target)) best = x;
      if (index < this.count) from = Math.max(from, this.ends[index]!);
    }
    return best;
  }
}

function grown(values: Float64Array): Float64Array {
  const larger = new Float64Array(values.length * 2);
  larger.set(values);
  return larger;
}

const blocked = new BlockedSpans();

/**
 * Where a label may go, in the order tried: the place in each row, on each side, that bends
 * its leader least; its own side before the other and a lower row before a higher. A leader
 * drops straight down from its label and bends to its mark only just above the lanes, so
 * below its label it passes each row at one x, and a place is a matter of intervals: where
 * the leader may drop (clear of the labels below it, in the same order as the marks so no two
 * leaders cross) and where the label may stand (clear of its row's labels and of the leaders
 * passing down through it).
 *
 * A key moment with no such place still gets its label, its leader running under labels
 * below (their halo keeps the letters legible); an ordinary one is left out.
 *
 * With `onlyBest`, gives only the first place of those that bend least (as placesFor sorts
 * them), and skips what cannot beat it.
 */
function searchPlaces(request: Planned, placed: readonly PlacedChartLabel[], options: PlacerOptions, onlyBest: boolean): Place[] {
  // Indexed loops throughout: the first zoom steps run this before the JIT has compiled it,
  // and there a for...of costs an iterator step per label.
  const { left, right, rows, gap, leaderGap, maxShift } = options;
  const { id, anchor, width, rightward, key } = request;
  // Only a key moment's leader may bend.
  const reach = key ? maxShift : 0;
  // Leaders keep the order of their marks, so none crosses another where they bend.
  let leftOfLeaders = -Infinity;
  let rightOfLeaders = Infinity;
  let sameMark = false;
  for (let index = 0; index < placed.length; index++) {
    const other = placed[index]!;
    if (other.anchor < anchor) leftOfLeaders = Math.max(leftOfLeaders, other.leader + leaderGap);
    else if (other.anchor > anchor) rightOfLeaders = Math.min(rightOfLeaders, other.leader - leaderGap);
    else sameMark = true;
  }
  // Clear of labels, a leader drops within its reach and between its neighbours' leaders. A
  // label's spans reach at most `margin` past it (and its leader), less the rounding of sums,
  // so one farther away blocks nothing there.
  const margin = Math.max(gap, leaderGap) + width + 3;
  const nearby = within(placed, Math.max(anchor - reach, leftOfLeaders) - margin, Math.min(anchor + reach, rightOfLeaders) + margin);
  const places: Place[] = [];
  for (let pass = 0; pass < 2; pass++) {
    const crossing = pass === 1;
    const penalty = crossing ? 1e4 : 0;
    const others = crossing ? placed : nearby;
    for (let turn = 0; turn < 2; turn++) {
      const towardsRight = turn === 0 ? rightward : !rightward;
      // The label's box is [drop + offset, drop + offset + width].
      const offset = towardsRight ? -2 : 2 - width;
      let low = Math.max(left - offset, anchor - reach);
      let high = Math.min(right - offset - width, anchor + reach);
      if (!crossing) {
        low = Math.max(low, leftOfLeaders);
        high = Math.min(high, rightOfLeaders);
      }
      // No stretch of [low, high] is left at all, however few the labels.
      if (high < low - EPSILON) continue;
      // A drop lies in [low - EPSILON, high]: once even the nearest such (less a margin well
      // beyond the rounding of sums) cannot bend less than the best found, in whole pixels as
      // places are sorted, this side's other rows need no look.
      const leastRounded = Math.round(Math.max(low - EPSILON - anchor, anchor - high, 0) - 1e-3 + penalty);
      const open = crossing ? { first: 0, end: rows } : openRows(others, rows, width, offset, low, high, leaderGap);
      for (let row = open.first; row < open.end; row++) {
        const best = places[0];
        if (onlyBest && best && leastRounded >= Math.round(best[1])) break;
        const drop = nearestDrop(others, row, crossing, sameMark, request, offset, low, high, options);
        if (drop === Infinity) continue;
        const cost = Math.abs(drop - anchor) + penalty;
        if (onlyBest && best && Math.round(cost) >= Math.round(best[1])) continue;
        const place: Place = [{ id, left: drop + offset, right: drop + offset + width, row, anchor, leader: drop, key }, cost];
        if (onlyBest) places[0] = place;
        else places.push(place);
        // Nothing bends less than not at all.
        if (onlyBest && Math.round(cost) <= 0) return places;
      }
    }
    if (places.length || !key) break;
  }
  return places;
}

/**
 * The rows [first, end) where a label `offset` from its leader may find room, its leader
 * dropping in [low, high]: a label whose box spans that whole range leaves the rows above it
 * none, and one whose leader does, the rows below it.
 */
function openRows(
  others: readonly PlacedChartLabel[],
  rows: number,
  width: number,
  offset: number,
  low: number,
  high: number,
  leaderGap: number,
): { first: number; end: number } {
  let first = 0;
  let end = rows;
  blocked.clear(low, high);
  for (let index = 0; index < others.length; index++) {
    const other = others[index]!;
    if (other.row + 1 < end && blocked.covers(other.left - leaderGap, other.right + leaderGap)) end = other.row + 1;
    if (other.row > first && blocked.covers(other.leader - leaderGap - width - offset, other.leader + leaderGap - offset))
      first = other.row;
  }
  return { first, end };
}

/**
 * Where in [low, high] the leader of a label `offset` from it may drop, nearest its mark, for
 * the label to stand in `row`: clear of that row's labels and of the leaders passing down
 * through it and, unless `crossing`, of the labels below it and in the order of the marks.
 * Infinity if nowhere.
 */
function nearestDrop(
  others: readonly PlacedChartLabel[],
  row: number,
  crossing: boolean,
  sameMark: boolean,
  { anchor, width }: Planned,
  offset: number,
  low: number,
  high: number,
  { gap, leaderGap }: PlacerOptions,
): number {
  blocked.clear(low, high);
  for (let index = 0; index < others.length; index++) {
    const other = others[index]!;
    if (other.row === row) blocked.add(other.left - gap - width - offset, other.right + gap - offset);
    if (crossing) continue;
    if (other.row > row) blocked.add(other.leader - leaderGap - width - offset, other.leader + leaderGap - offset);
    if (other.row < row) blocked.add(other.left - leaderGap, other.right + leaderGap);
    if (sameMark && other.anchor === anchor) blocked.add(other.leader - leaderGap, other.leader + leaderGap);
    if (blocked.covered) break;
  }
  return blocked.nearestFree(anchor);
}

/** The labels of `placed` (and their leaders) that reach into [from, to]. */
function within(placed: readonly PlacedChartLabel[], from: number, to: number): PlacedChartLabel[] {
  const found: PlacedChartLabel[] = [];
  for (let index = 0; index < placed.length; index++) {
    const label = placed[index]!;
    if (Math.max(label.right, label.leader) >= from && Math.min(label.left, label.leader) <= to) found.push(label);
  }
  return found;
}

/** Every place a label may go, the best first; of places that bend it alike, the order tried in. */
function placesFor(request: Planned, placed: readonly PlacedChartLabel[], options: PlacerOptions): Place[] {
  // A stable sort keeps the order tried in.
  return searchPlaces(request, placed, options, false).sort(byRoundedCost);
}

const byRoundedCost = (a: Place, b: Place) => Math.round(a[1]) - Math.round(b[1]);

/** The first of placesFor's places, found without the others. */
function bestPlace(request: Planned, placed: readonly PlacedChartLabel[], options: PlacerOptions): Place | undefined {
  return searchPlaces(request, placed, options, true)[0];
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
