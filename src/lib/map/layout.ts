/**
 * Places on screen: given a projection (MapLibre's or d3-geo's) and the map's size, where
 * each marker goes, which are pointers at the edge, which merge into clusters (clusters.ts),
 * and where their labels fit. Pure, so both renderers lay out identically and the tests
 * need no browser.
 */
import type { PlaceKind } from '../data/schema.ts';
import { clusterPoints } from './clusters.ts';
import { edgePosition, type Arrow } from './edge.ts';
import { COUNTRY_FONT, COUNTRY_LABEL_MAX_WIDTH, wrapLabel, type CountryLabel } from './country-labels.ts';
import {
  badgeWidth,
  DEFAULT_SIDES,
  LABEL_GAP,
  labelBox,
  placeMapLabels,
  type Box,
  type Corner,
  type LabelItem,
  type Side,
} from './label-placement.ts';
import type { PlaceMark } from './marks.ts';

export type { CountryLabel } from './country-labels.ts';

/** Sizes in CSS pixels; PlaceMarkers.svelte draws with the same numbers. */
export const LABEL_FONT: Record<PlaceKind, { size: number; weight: number; italic: boolean; tracking: number }> = {
  capital: { size: 13, weight: 700, italic: false, tracking: 0 },
  city: { size: 12, weight: 400, italic: false, tracking: 0 },
  site: { size: 11, weight: 400, italic: false, tracking: 0 },
  sea: { size: 11, weight: 400, italic: true, tracking: 0 },
  region: { size: 12, weight: 400, italic: true, tracking: 0 },
};

/** Half the drawn symbol, by kind (a region has none: its label is its mark). */
export const MARKER_RADIUS: Record<PlaceKind, number> = { capital: 5, city: 4, site: 5, sea: 5, region: 0 };
export const POINTER_RADIUS = 8;
/** Highlighted markers are drawn this much larger. */
export const HIGHLIGHT_SCALE = 1.5;

/** Importance when labels compete: site < sea < city < region < capital, as editors expect. */
const KIND_PRIORITY: Record<PlaceKind, number> = { capital: 50, region: 40, city: 30, sea: 20, site: 10 };
/** Above every country's name (Turkey's and Israel's go at 1000). */
const SELECTION_FIRST = 2000;

/** How much wider, in em, a capital letter is than the average letter the estimate assumes. */
const CAPITALS_EXTRA = 0.12;

/**
 * A label's width, estimated from its length: measuring the DOM would make layout depend
 * on fonts having loaded. System sans-serif averages about 0.56em per character (0.6em in
 * bold); the estimate errs wide, so labels may stand a little apart but never collide.
 */
export function estimateLabelWidth(text: string, font: { size: number; weight: number; tracking: number }, capitals = false): number {
  // Capitals are wider than the average letter of mixed text: "TURKEY" is drawn about 0.74em a letter.
  const perChar = (font.weight >= 600 ? 0.62 : 0.57) + font.tracking + (capitals ? CAPITALS_EXTRA : 0);
  return Math.ceil(text.length * font.size * perChar) + 4;
}

export const labelHeight = (font: { size: number }) => Math.ceil(font.size * 1.3);

export interface MarkerLayout extends PlaceMark {
  x: number;
  y: number;
  /** Set when the place is off screen and drawn as a pointer at the edge. */
  arrow: Arrow | null;
  /** Where the label goes, or null when it does not fit (it stays in the DOM for screen readers). */
  side: Side | null;
  /** The corner of the symbol where its count in the period is drawn, clear of every label; null without a count. */
  badge: Corner | null;
  /** False when the place is off screen and need not be shown. */
  visible: boolean;
  radius: number;
  /** Stacking order: labelled and more important places on top. */
  z: number;
  /** The cluster the place is drawn in (its own marker is not), or null. */
  cluster: string | null;
}

/** Several places whose markers would overlap, drawn as one. */
export interface ClusterLayout {
  id: string;
  x: number;
  y: number;
  /** The places in it, most important first. */
  members: MarkerLayout[];
  /** Every member recedes. */
  dimmed: boolean;
  /** A member is in the selection. */
  highlighted: boolean;
  /** The selected place is a member. */
  selected: boolean;
}

export interface CountryLayout extends CountryLabel {
  /** The centre of the label's box, which may sit beside its point when the point is taken. */
  x: number;
  y: number;
  /** The name as drawn: one line, or two for a long name. */
  lines: string[];
  visible: boolean;
}

export interface Layout {
  markers: MarkerLayout[];
  clusters: ClusterLayout[];
  countries: CountryLayout[];
}

/** Pixels kept clear around a country's name. */
const COUNTRY_LABEL_MARGIN = 4;
/**
 * How far a cluster marker reaches from its centre as PlaceMarkers.svelte draws it: the disc
 * (10 px) and its two rings (up to 4 px when highlighted). Labels and badges keep clear of it.
 */
export const CLUSTER_RADIUS = 14;

/** Pixels from the edge at which an off-screen place's pointer sits. */
const EDGE_MARGIN = 14;
const INNER_MARGIN = 4;
const BOTTOM_MARGIN = 44;
/** Pointers closer than this (Washington and New York, say) are spread along the edge: a hit area apart. */
const POINTER_SPACING = 24;

/** Moves pointers that would sit on one another along the map's edge, in place. */
function unstackPointers(
  marks: { x: number; y: number; arrow: Arrow | null; visible: boolean }[],
  viewport: { width: number; height: number },
) {
  const placed: { x: number; y: number }[] = [];
  for (const mark of marks) {
    if (!mark.arrow || !mark.visible) continue;
    const alongX = mark.arrow === '↑' || mark.arrow === '↓';
    for (
      let tries = 0;
      tries < 20 && placed.some((p) => Math.abs(p.x - mark.x) < POINTER_SPACING && Math.abs(p.y - mark.y) < POINTER_SPACING);
      tries++
    ) {
      if (alongX)
        mark.x =
          mark.x + POINTER_SPACING > viewport.width - EDGE_MARGIN ? mark.x - POINTER_SPACING * (tries + 1) : mark.x + POINTER_SPACING;
      else mark.y = mark.y - POINTER_SPACING < EDGE_MARGIN ? mark.y + POINTER_SPACING * (tries + 1) : mark.y - POINTER_SPACING;
    }
    placed.push(mark);
  }
}

export function layoutMarkers(
  marks: readonly PlaceMark[],
  countries: readonly CountryLabel[],
  project: (lonLat: readonly [number, number]) => readonly [number, number],
  viewport: { width: number; height: number },
  /** Boxes labels must keep clear of, such as the map's controls. */
  obstacles: readonly Box[] = [],
): Layout {
  const positioned = marks.map((mark) => {
    const point = project(mark.lonLat);
    // A symbol closer to the edge than this would be cut in half.
    const onScreen = edgePosition(point, viewport, INNER_MARGIN);
    if (onScreen.inside) {
      const radius = MARKER_RADIUS[mark.kind] * (mark.highlighted ? HIGHLIGHT_SCALE : 1);
      return { ...mark, x: point[0], y: point[1], arrow: null, visible: true, radius };
    }
    // Off screen: far places always point the way; nearer ones only while the selection or
    // the filter is about them, so a panned map is not ringed with arrows.
    const edge = edgePosition(point, viewport, EDGE_MARGIN);
    // Kept above the scale bar and attribution along the bottom edge.
    const y = Math.min(edge.y, viewport.height - BOTTOM_MARGIN);
    return { ...mark, x: edge.x, y, arrow: edge.arrow, visible: mark.far || mark.highlighted, radius: POINTER_RADIUS };
  });
  unstackPointers(positioned, viewport);

  // Markers on the map (not pointers at its edge, which are spread apart above) whose hit
  // areas would overlap become clusters; a clustered place has no marker or label of its own.
  const importance = (mark: PlaceMark) =>
    KIND_PRIORITY[mark.kind] + Math.min(mark.weight, 9) + (mark.highlighted ? 100 : 0) + (mark.selected ? 100 : 0);
  const groups = clusterPoints(positioned.filter((mark) => mark.visible && !mark.arrow)).filter((group) => group.members.length > 1);
  const clusterOf = new Map(groups.flatMap((group) => group.members.map((id) => [id, group.id] as const)));

  const countryItems = countries.map((country) => countryLabelItem(country));
  const placeItems: LabelItem[] = positioned
    .filter((mark) => mark.visible && !clusterOf.has(mark.id))
    .map((mark) => {
      const font = LABEL_FONT[mark.kind];
      return {
        id: mark.id,
        x: mark.x,
        y: mark.y,
        width: estimateLabelWidth(mark.name, font),
        height: labelHeight(font),
        // The selection's places are named before Turkey's and Israel's names, which have other
        // sides and points to go to: a reader who chose an event must see where it happened.
        priority: importance(mark) + (mark.far ? 5 : 0) + (mark.highlighted || mark.selected ? SELECTION_FIRST : 0),
        markerRadius: mark.radius,
        sides: mark.arrow ? inward(mark.arrow) : mark.kind === 'region' ? ['center', 'left', 'right', 'bottom', 'top'] : DEFAULT_SIDES,
        badgeWidth: hasBadge(mark) ? badgeWidth(mark.count) : undefined,
      };
    });
  // A cluster is a marker without a label: place labels keep clear of it.
  const clusterItems: LabelItem[] = groups.map((group) => ({
    id: group.id,
    x: group.x,
    y: group.y,
    width: 0,
    height: 0,
    priority: 0,
    markerRadius: CLUSTER_RADIUS,
    sides: [],
  }));
  const placements = placeMapLabels([...placeItems, ...countryItems.map(({ item }) => item), ...clusterItems], viewport, obstacles);
  const rank = new Map([...placeItems].sort((a, b) => a.priority - b.priority).map((item, i) => [item.id, i + 1]));
  const markers = positioned.map((mark): MarkerLayout => {
    const cluster = clusterOf.get(mark.id) ?? null;
    const placed = mark.visible && !cluster ? placements.get(mark.id) : undefined;
    const side = placed?.side ?? null;
    return { ...mark, side, badge: placed?.badge ?? null, z: (rank.get(mark.id) ?? 0) + (side ? placeItems.length : 0), cluster };
  });
  const byId = new Map(markers.map((mark) => [mark.id, mark]));
  return {
    markers,
    clusters: groups.map((group) => {
      const members = group.members.map((id) => byId.get(id)!).sort((a, b) => importance(b) - importance(a));
      return {
        id: group.id,
        x: group.x,
        y: group.y,
        members,
        dimmed: members.every((member) => member.dimmed),
        highlighted: members.some((member) => member.highlighted),
        selected: members.some((member) => member.selected),
      };
    }),
    countries: countryItems.map(({ country, item, lines }) => {
      const placed = placements.get(item.id);
      const side = placed?.side ?? null;
      const [x, y] = placed?.at ?? [item.x, item.y];
      const box = labelBox({ ...item, x, y }, side ?? 'center');
      return { ...country, lines, x: (box.x0 + box.x1) / 2, y: (box.y0 + box.y1) / 2, visible: side !== null };
    }),
  };

  /**
   * A country's name as a label to place: centred on its point; Turkey's and Israel's may move
   * beside it (their names must show) and go first. A country given other points (Syria, a
   * headline issue that the Israel–Palestine cluster and Nicosia's name would otherwise
   * crowd out) goes next, at the first point with room, and the places' names move around
   * it. Every other country's name is dropped when its point is taken, so no name ever
   * covers a place's.
   */
  function countryLabelItem(country: CountryLabel): { country: CountryLabel; item: LabelItem; lines: string[] } {
    const [x, y] = project(country.lonLat);
    const font = country.focus ? COUNTRY_FONT.focus : COUNTRY_FONT.other;
    const measure = (text: string) => estimateLabelWidth(text.toUpperCase(), font, true);
    const lines = wrapLabel(country.name, Math.min(COUNTRY_LABEL_MAX_WIDTH, viewport.width / 3), measure);
    const item: LabelItem = {
      id: `country:${country.id}`,
      x,
      y,
      // A little room around a minor country's name, so a place's label never touches it;
      // Turkey's and Israel's fit as tight as they can, since they must show.
      width: Math.max(...lines.map(measure)) + (country.focus ? 0 : 2 * COUNTRY_LABEL_MARGIN),
      height: labelHeight(font) * lines.length + (country.focus ? 0 : COUNTRY_LABEL_MARGIN),
      priority: country.focus ? 1000 : country.alsoAt ? 500 : 45,
      markerRadius: 0,
      sides: country.focus ? ['center', 'bottom', 'top', 'left', 'right'] : ['center'],
      // Beside its point, clear of a highlighted capital's marker there.
      offset: MARKER_RADIUS.capital * HIGHLIGHT_SCALE + LABEL_GAP,
      alsoAt: country.alsoAt?.map(project),
    };
    return { country, item, lines };
  }
}

/** Whether a marker shows its count in the period beside its symbol (a region's label is its mark; a pointer has no symbol). */
export function hasBadge(mark: { count: number; kind: PlaceKind; arrow: Arrow | null }): boolean {
  return mark.count > 0 && mark.kind !== 'region' && mark.arrow === null;
}

/** A pointer's label faces into the map. */
function inward(arrow: Arrow): Side[] {
  if (arrow === '←' || arrow === '↖' || arrow === '↙') return ['right', 'bottom', 'top'];
  if (arrow === '→' || arrow === '↗' || arrow === '↘') return ['left', 'bottom', 'top'];
  return arrow === '↑' ? ['bottom', 'right', 'left'] : ['top', 'right', 'left'];
}
