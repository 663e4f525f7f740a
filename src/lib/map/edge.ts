/**
 * Keeps an off-screen place reachable: its screen point clamped to the map's edge, with an
 * arrow that points the way to it (Washington, far to the west, becomes "← Washington").
 */

export type Arrow = '←' | '→' | '↑' | '↓' | '↖' | '↗' | '↙' | '↘';

export interface EdgePosition {
  x: number;
  y: number;
  /** True when the point itself is on screen (within the margin). */
  inside: boolean;
  /** The way to the place, when it is off screen. */
  arrow: Arrow | null;
}

export function edgePosition(
  [x, y]: readonly [number, number],
  { width, height }: { width: number; height: number },
  margin: number,
): EdgePosition {
  const [minX, maxX, minY, maxY] = [margin, width - margin, margin, height - margin];
  const inside = x >= minX && x <= maxX && y >= minY && y <= maxY;
  if (inside) return { x, y, inside, arrow: null };
  const horizontal = x < minX ? '←' : x > maxX ? '→' : '';
  const vertical = y < minY ? '↑' : y > maxY ? '↓' : '';
  return {
    x: Math.min(maxX, Math.max(minX, x)),
    y: Math.min(maxY, Math.max(minY, y)),
    inside,
    arrow: ARROWS[`${vertical}${horizontal}`]!,
  };
}

const ARROWS: Record<string, Arrow> = { '←': '←', '→': '→', '↑': '↑', '↓': '↓', '↑←': '↖', '↑→': '↗', '↓←': '↙', '↓→': '↘' };
