/**
 * Borders that are not agreed: the land borders of the areas countries.json marks as
 * disputed with a dashed outline (the Palestinian territories, Northern Cyprus), split out of
 * the base map's borders so the map draws them dashed and the rest solid. A dashed line over a
 * solid one would read as solid.
 */
import type { MultiLineString, Position } from 'geojson';
import type { CountryData } from '../data/schema.ts';
import type { Basemap } from './basemap.ts';

export interface SplitBorders {
  /** Agreed land borders, drawn solid. */
  agreed: MultiLineString;
  /** Borders of disputed areas, drawn dashed. */
  disputed: MultiLineString;
}

/** The base map names of the areas drawn with a dashed outline. */
export function dashedNames(countries: readonly CountryData[]): Set<string> {
  return new Set(countries.flatMap((country) => (country.name && country.disputed?.outline === 'dashed' ? [country.name] : [])));
}

// The base map's shapes and borders are decoded from the same TopoJSON arcs, so a border
// segment has exactly the coordinates of the shapes' ring segments it separates.
const segmentKey = (a: Position, b: Position) => {
  const [p, q] = [`${a[0]},${a[1]}`, `${b[0]},${b[1]}`];
  return p < q ? `${p} ${q}` : `${q} ${p}`;
};

export function splitBorders(basemap: Basemap, names: ReadonlySet<string>): SplitBorders {
  const disputedSegments = new Set<string>();
  for (const country of basemap.countries.features) {
    if (!names.has(country.properties.name)) continue;
    const polygons = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
    for (const ring of polygons.flat()) for (let i = 1; i < ring.length; i++) disputedSegments.add(segmentKey(ring[i - 1]!, ring[i]!));
  }
  const agreed: Position[][] = [];
  const disputed: Position[][] = [];
  for (const line of basemap.borders.coordinates) {
    // Runs of consecutive segments on the same side of the split become one line each.
    let run: Position[] = [];
    let runDisputed = false;
    const flush = () => {
      if (run.length > 1) (runDisputed ? disputed : agreed).push(run);
    };
    for (let i = 1; i < line.length; i++) {
      const isDisputed = disputedSegments.has(segmentKey(line[i - 1]!, line[i]!));
      if (i === 1 || isDisputed !== runDisputed) {
        flush();
        run = [line[i - 1]!];
        runDisputed = isDisputed;
      }
      run.push(line[i]!);
    }
    flush();
  }
  return { agreed: { type: 'MultiLineString', coordinates: agreed }, disputed: { type: 'MultiLineString', coordinates: disputed } };
}
