import { describe, expect, it } from 'vitest';
import { cameraFor, EVENT_MAX_ZOOM, fitPadding, type CameraInput } from '../../../src/lib/map/camera.ts';
import type { LonLatBounds } from '../../../src/lib/map/extent.ts';

const home: LonLatBounds = [
  [19, 27],
  [53, 43],
];
const extent: LonLatBounds = [
  [-5, 14],
  [72, 56],
];
const ankara = [32.85, 39.93] as const;
const gaza = [34.4, 31.45] as const;
const washington = [-77.04, 38.9] as const;
const base: Omit<CameraInput, 'selection'> = { home, extent, size: { width: 600, height: 420 }, isVisible: () => false };

describe('cameraFor', () => {
  it('moves nothing without a selection', () => expect(cameraFor({ ...base, selection: null })).toBeNull());

  it('frames an event’s places as a locator map, no closer than a region', () => {
    const move = cameraFor({ ...base, selection: { kind: 'event', places: [ankara, gaza] } });
    expect(move?.kind).toBe('fit');
    if (move?.kind !== 'fit') return;
    const [[west, south], [east, north]] = move.bounds;
    expect(west).toBeLessThan(gaza[0]);
    expect(east).toBeGreaterThan(ankara[0]);
    expect(south).toBeLessThan(gaza[1]);
    expect(north).toBeGreaterThan(ankara[1]);
    expect(east - west).toBeGreaterThanOrEqual(17);
    expect(move.maxZoom).toBe(EVENT_MAX_ZOOM);
    expect(move.padding).toEqual(fitPadding(base.size));
  });

  it('keeps the home view for an event whose only place is beyond the base map', () => {
    expect(cameraFor({ ...base, selection: { kind: 'event', places: [washington] } })).toMatchObject({ kind: 'fit', bounds: home });
  });

  const placeCases = [
    { name: 'eases to a place off screen', at: gaza, visible: false, expected: { kind: 'ease', center: gaza } },
    { name: 'leaves the camera for a place already on screen', at: gaza, visible: true, expected: null },
    {
      name: 'leaves the camera for a place beyond the base map (its pointer shows the way)',
      at: washington,
      visible: false,
      expected: null,
    },
  ] as const;
  for (const { name, at, visible, expected } of placeCases) {
    it(name, () => expect(cameraFor({ ...base, isVisible: () => visible, selection: { kind: 'place', at } })).toEqual(expected));
  }
});

describe('fitPadding', () => {
  const cases = [
    { size: { width: 600, height: 420 }, expected: { top: 40, bottom: 40, left: 60, right: 60 } },
    { size: { width: 300, height: 120 }, expected: { top: 20, bottom: 20, left: 50, right: 50 } },
  ];
  for (const { size, expected } of cases) it(`pads a ${size.width}×${size.height} map`, () => expect(fitPadding(size)).toEqual(expected));
});
