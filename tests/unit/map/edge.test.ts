import { describe, expect, it } from 'vitest';
import { edgePosition, type EdgePosition } from '../../../src/lib/map/edge.ts';

describe('edgePosition', () => {
  const viewport = { width: 400, height: 300 };
  const cases: { name: string; input: [number, number]; expected: EdgePosition }[] = [
    { name: 'a point on screen stays put, with no arrow', input: [100, 100], expected: { x: 100, y: 100, inside: true, arrow: null } },
    {
      name: 'a point far to the west is pinned to the left edge, pointing left',
      input: [-3000, 120],
      expected: { x: 10, y: 120, inside: false, arrow: '←' },
    },
    { name: 'a point off to the east points right', input: [900, 50], expected: { x: 390, y: 50, inside: false, arrow: '→' } },
    { name: 'a point off the top-left corner points diagonally', input: [-50, -50], expected: { x: 10, y: 10, inside: false, arrow: '↖' } },
    { name: 'a point below points down', input: [200, 800], expected: { x: 200, y: 290, inside: false, arrow: '↓' } },
    { name: 'a point within the margin counts as off screen', input: [5, 100], expected: { x: 10, y: 100, inside: false, arrow: '←' } },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => expect(edgePosition(input, viewport, 10)).toEqual(expected));
  }
});
