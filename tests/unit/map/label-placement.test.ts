import { describe, expect, it } from 'vitest';
import { labelBox, overlaps, placeMapLabels, type LabelItem, type Side } from '../../../src/lib/map/label-placement.ts';

const item = (id: string, x: number, y: number, priority = 1, extra: Partial<LabelItem> = {}): LabelItem => ({
  id,
  x,
  y,
  width: 40,
  height: 10,
  priority,
  markerRadius: 4,
  sides: ['right', 'left', 'top', 'bottom'],
  ...extra,
});

const viewport = { width: 300, height: 200 };

describe('placeMapLabels', () => {
  const cases: { name: string; input: LabelItem[]; expected: Record<string, Side | null> }[] = [
    { name: 'a lone label goes to the right of its marker', input: [item('a', 100, 100)], expected: { a: 'right' } },
    { name: 'a label that would leave the map on the right goes left', input: [item('a', 290, 100)], expected: { a: 'left' } },
    {
      name: 'a neighbour to the right pushes the second label to the left',
      input: [item('a', 100, 100, 2), item('b', 130, 100, 1)],
      expected: { a: 'left', b: 'right' },
    },
    {
      name: 'the higher priority label keeps its first choice whatever the input order',
      input: [item('low', 100, 100, 1), item('high', 100, 105, 5)],
      expected: { high: 'right', low: 'left' },
    },
    {
      name: 'when nothing fits, the lowest priority label is hidden',
      input: [
        item('capital', 150, 100, 3),
        item('city', 150, 108, 2, { sides: ['right'] }),
        item('site', 150, 92, 1, { sides: ['right'] }),
      ],
      expected: { capital: 'right', city: null, site: null },
    },
    {
      name: 'a label never covers another place’s marker',
      input: [item('a', 100, 100, 2, { sides: ['right'] }), item('b', 120, 100, 1, { sides: ['top'] })],
      expected: { a: null, b: 'top' },
    },
    {
      name: 'a centred label with no marker sits on its point',
      input: [item('region', 100, 100, 1, { markerRadius: 0, sides: ['center'] })],
      expected: { region: 'center' },
    },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => expect(Object.fromEntries(placeMapLabels(input, viewport))).toEqual(expected));
  }

  it('keeps labels clear of obstacles such as the zoom buttons', () => {
    const result = placeMapLabels([item('a', 250, 20)], viewport, [{ x0: 254, y0: 0, x1: 300, y1: 60 }]);
    expect(result.get('a')).toBe('left');
  });

  it('places no two labels on top of each other in a crowded cluster', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const items = Array.from({ length: 40 }, (_, i) => item(`p${i}`, 50 + random() * 200, 50 + random() * 100, Math.floor(random() * 3)));
    const placed = [...placeMapLabels(items, viewport)]
      .filter(([, side]) => side)
      .map(([id, side]) =>
        labelBox(
          items.find((it) => it.id === id)!,
          side!,
        ),
      );
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!, placed[j]!)).toBe(false);
    expect(placed.length).toBeGreaterThan(5);
  });
});
