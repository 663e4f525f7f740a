/**
 * Douglas–Peucker line simplification, for the build's geometry: the base map in degrees
 * (make-basemap.ts) and the prerendered map image in pixels (prerender/compact-paths.ts).
 */
type Point = readonly [number, number];

/** Douglas–Peucker: keeps the ends, then every point that strays more than tolerance from the kept line. */
export function simplify(points: readonly Point[], tolerance: number): Point[] {
  if (points.length < 3) return [...points];
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let farthestDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const distance = distanceToSegment(points[i]!, points[first]!, points[last]!);
      if (distance > farthestDistance) {
        farthest = i;
        farthestDistance = distance;
      }
    }
    if (farthest < 0) continue;
    keep[farthest] = true;
    stack.push([first, farthest], [farthest, last]);
  }
  return points.filter((_, i) => keep[i]);
}

/** To the segment, not the whole line, so a spike that doubles back is measured by its tip. */
function distanceToSegment([x, y]: Point, [x0, y0]: Point, [x1, y1]: Point): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / lengthSquared));
  return Math.hypot(x - (x0 + t * dx), y - (y0 + t * dy));
}
