/**
 * No knots: place markers whose hit areas (the 24 px buttons, WCAG 2.2's target size) would
 * overlap on screen merge into one cluster marker, and a cluster opened where the map cannot
 * pull its members apart (the closest zoom, or the static map) fans them out as a column of
 * buttons beside it. Pure, in screen pixels, so both renderers cluster alike and the tests
 * need no browser.
 */

/** The side of a marker's square hit area, in CSS pixels (PlaceMarkers.svelte draws the same). */
export const HIT_SIZE = 24;

export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

export interface Group {
  /** The member's id for a group of one; `cluster:` and the members' ids for a cluster. */
  id: string;
  x: number;
  y: number;
  /** Ids of the places in the group, in input order. */
  members: string[];
}

/** Two square hit areas of side `size` centred on the points overlap. */
export function hitAreasOverlap(a: { x: number; y: number }, b: { x: number; y: number }, size = HIT_SIZE): boolean {
  return Math.abs(a.x - b.x) < size && Math.abs(a.y - b.y) < size;
}

export const clusterId = (members: readonly string[]) => `cluster:${[...members].sort().join('+')}`;

/**
 * Merges points until no two groups' hit areas overlap. A merged group sits at the mean of
 * its members, which can bring it onto a third point: the loop runs until nothing overlaps,
 * so the result holds whatever the order. Groups of one are the points themselves.
 */
export function clusterPoints(points: readonly ScreenPoint[], size = HIT_SIZE): Group[] {
  type Working = { members: ScreenPoint[]; x: number; y: number };
  const groups: Working[] = points.map((point) => ({ members: [point], x: point.x, y: point.y }));
  for (let merged = true; merged;) {
    merged = false;
    search: for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        if (!hitAreasOverlap(groups[i]!, groups[j]!, size)) continue;
        const members = [...groups[i]!.members, ...groups[j]!.members];
        groups[i] = {
          members,
          x: members.reduce((sum, point) => sum + point.x, 0) / members.length,
          y: members.reduce((sum, point) => sum + point.y, 0) / members.length,
        };
        groups.splice(j, 1);
        merged = true;
        break search;
      }
    }
  }
  // Members in input order, so a cluster's name lists them the same way every time.
  const order = new Map(points.map((point, index) => [point.id, index]));
  return groups.map(({ members, x, y }) => {
    const ids = members.map((point) => point.id).sort((a, b) => order.get(a)! - order.get(b)!);
    return { id: ids.length === 1 ? ids[0]! : clusterId(ids), x, y, members: ids };
  });
}

/**
 * A longitude and latitude in Web Mercator world pixels at `zoom`, as MapLibre counts them
 * (512 px tiles): what lets us tell, before moving the camera, whether a zoom separates a cluster.
 * https://maplibre.org/maplibre-style-spec/ (tile size) and the EPSG:3857 formulas.
 */
export function worldPixels([lon, lat]: readonly [number, number], zoom: number, tileSize = 512): [number, number] {
  const scale = tileSize * 2 ** zoom;
  const sin = Math.sin((Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180);
  return [((lon + 180) / 360) * scale, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale];
}

/** How places group on screen at a zoom (the map's clusters at that zoom, wherever it is centred). */
export function clustersAtZoom(places: readonly { id: string; lonLat: readonly [number, number] }[], zoom: number): Group[] {
  return clusterPoints(
    places.map(({ id, lonLat }) => {
      const [x, y] = worldPixels(lonLat, zoom);
      return { id, x, y };
    }),
  );
}

/** True when every place has its own marker at this zoom: zooming there takes the cluster apart. */
export function separatesAt(places: readonly { id: string; lonLat: readonly [number, number] }[], zoom: number): boolean {
  return clustersAtZoom(places, zoom).every((group) => group.members.length === 1);
}

/**
 * Where to take the camera to open a cluster: its places' bounds, if zooming in as far as
 * `maxZoom` pulls them apart; null if it cannot (they fan out instead).
 */
export function zoomBounds(
  places: readonly { id: string; lonLat: readonly [number, number] }[],
  maxZoom: number,
): [[number, number], [number, number]] | null {
  if (places.length === 0 || !separatesAt(places, maxZoom)) return null;
  const lons = places.map((place) => place.lonLat[0]);
  const lats = places.map((place) => place.lonLat[1]);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}

export interface FanSlot {
  id: string;
  x: number;
  y: number;
  /** The side the label goes, away from the cluster. */
  side: 'left' | 'right';
}

/** Room between fanned-out buttons, so their hit areas stay apart. */
const FAN_SPACING = HIT_SIZE + 4;
/** How far from the cluster the column stands. */
const FAN_OFFSET = 40;
const FAN_MARGIN = 8;

/**
 * An opened cluster's members as a column of buttons beside it, in the order given (north
 * first reads like the map): on the side with more room, centred on the cluster and kept
 * inside the map; a second column further out if one is too tall for the map.
 */
export function fanOut(center: { x: number; y: number }, ids: readonly string[], viewport: { width: number; height: number }): FanSlot[] {
  const side = center.x <= viewport.width / 2 ? 'right' : 'left';
  const direction = side === 'right' ? 1 : -1;
  const rows = Math.max(1, Math.min(ids.length, Math.floor((viewport.height - 2 * FAN_MARGIN) / FAN_SPACING)));
  const columns = Math.ceil(ids.length / rows);
  return ids.map((id, index) => {
    const column = Math.floor(index / rows);
    const row = index % rows;
    const inColumn = column === columns - 1 ? ids.length - column * rows : rows;
    const height = (inColumn - 1) * FAN_SPACING;
    const top = Math.min(
      Math.max(center.y - height / 2, FAN_MARGIN + HIT_SIZE / 2),
      Math.max(FAN_MARGIN + HIT_SIZE / 2, viewport.height - FAN_MARGIN - HIT_SIZE / 2 - height),
    );
    return { id, x: center.x + direction * (FAN_OFFSET + column * 160), y: top + row * FAN_SPACING, side };
  });
}
