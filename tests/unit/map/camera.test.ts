import { describe, expect, it } from 'vitest';
import {
  cameraFor,
  EVENT_MAX_ZOOM,
  fitPadding,
  focusAfter,
  frameAfter,
  type CameraChoice,
  type CameraInput,
  type StaticFrame,
} from '../../../src/lib/map/camera.ts';
import { isInside, type LonLatBounds } from '../../../src/lib/map/extent.ts';

const home: LonLatBounds = [
  [19, 27],
  [53, 43],
];
const extent: LonLatBounds = [
  [-5, 14],
  [72, 56],
];
type LonLat = readonly [number, number];
const ankara: LonLat = [32.85, 39.93];
const gaza: LonLat = [34.4, 31.45];
const damascus: LonLat = [36.29, 33.51];
const tehran: LonLat = [51.39, 35.69];
const athens: LonLat = [23.73, 37.98];
const beirut: LonLat = [35.5, 33.89];
const washington: LonLat = [-77.04, 38.9];
const davos: LonLat = [9.84, 46.8];
const istanbul: LonLat = [28.98, 41.01];
/** Where countries.json writes Turkey's and Israel's names. */
const turkeyLabel: LonLat = [35.2, 39];
const israelLabel: LonLat = [34.85, 30.85];
const anchors = [turkeyLabel, israelLabel];
const base: Omit<CameraInput, 'focus'> = { home, extent, anchors, size: { width: 600, height: 420 }, isVisible: () => false };

const contains = (bounds: LonLatBounds, lonLat: LonLat) => isInside(bounds, lonLat);

describe('cameraFor: fitted views', () => {
  const cases: {
    name: string;
    focus: CameraInput['focus'];
    inView: LonLat[];
    notInView?: LonLat[];
    withinHome?: boolean;
  }[] = [
    {
      name: 'an event frames its places, with Turkey and Israel always in view',
      focus: { kind: 'event', places: [ankara], geography: [] },
      inView: [ankara, turkeyLabel, israelLabel],
      withinHome: true,
    },
    {
      name: 'an event frames its issues’ places too (the Gantz visit: Ankara, Damascus, Tehran, Athens, Gaza)',
      focus: { kind: 'event', places: [ankara], geography: [damascus, tehran, athens, gaza, beirut] },
      inView: [ankara, damascus, tehran, athens, gaza, turkeyLabel, israelLabel],
      withinHome: true,
    },
    {
      name: 'an event’s issue reaching beyond the story’s region (Washington) is not framed',
      focus: { kind: 'event', places: [ankara], geography: [washington, damascus] },
      inView: [ankara, damascus],
      notInView: [washington],
      withinHome: true,
    },
    {
      name: 'an event in Davos widens the view past the region to show where it is',
      focus: { kind: 'event', places: [davos], geography: [] },
      inView: [davos, turkeyLabel, israelLabel],
    },
    {
      name: 'chosen issues frame their geography and both countries (Syria and Iran)',
      focus: { kind: 'issues', geography: [damascus, tehran, beirut] },
      inView: [damascus, tehran, beirut, turkeyLabel, israelLabel],
      notInView: [athens],
      withinHome: true,
    },
    {
      name: 'several issues frame all of them',
      focus: { kind: 'issues', geography: [damascus, tehran, athens, istanbul] },
      inView: [damascus, tehran, athens, istanbul, israelLabel],
      withinHome: true,
    },
    {
      name: 'an issue only far away (the US dimension) frames Turkey and Israel',
      focus: { kind: 'issues', geography: [washington] },
      inView: [turkeyLabel, israelLabel],
      notInView: [washington],
      withinHome: true,
    },
  ];
  for (const { name, focus, inView, notInView = [], withinHome } of cases) {
    it(name, () => {
      const move = cameraFor({ ...base, focus });
      expect(move?.kind).toBe('fit');
      if (move?.kind !== 'fit') return;
      for (const point of inView) expect(contains(move.bounds, point), `${point} in ${JSON.stringify(move.bounds)}`).toBe(true);
      for (const point of notInView) expect(contains(move.bounds, point), `${point} not in ${JSON.stringify(move.bounds)}`).toBe(false);
      if (withinHome) {
        const [[west, south], [east, north]] = move.bounds;
        expect(west).toBeGreaterThanOrEqual(home[0][0]);
        expect(south).toBeGreaterThanOrEqual(home[0][1]);
        expect(east).toBeLessThanOrEqual(home[1][0]);
        expect(north).toBeLessThanOrEqual(home[1][1]);
      }
      // A locator, never a street map.
      expect(move.bounds[1][0] - move.bounds[0][0]).toBeGreaterThanOrEqual(10);
      expect(move.maxZoom).toBe(EVENT_MAX_ZOOM);
      expect(move.padding).toEqual(fitPadding(base.size));
    });
  }

  it('keeps the home view for an event whose only place is beyond the base map', () => {
    expect(cameraFor({ ...base, focus: { kind: 'event', places: [washington], geography: [] } })).toMatchObject({
      kind: 'fit',
      bounds: home,
    });
  });
});

describe('cameraFor: places and nothing', () => {
  it('moves nothing without a focus', () => expect(cameraFor({ ...base, focus: null })).toBeNull());

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
    it(name, () => expect(cameraFor({ ...base, isVisible: () => visible, focus: { kind: 'place', at } })).toEqual(expected));
  }
});

describe('focusAfter: only a new choice moves the camera, the newest one wins', () => {
  const event = (id: string) => ({ kind: 'event' as const, id });
  const choice = (selection: CameraChoice['selection'], themes: string[] = []): CameraChoice => ({ selection, themes });
  const cases: { name: string; previous: CameraChoice | null; next: CameraChoice; expected: ReturnType<typeof focusAfter> }[] = [
    { name: 'the first view frames the link’s event', previous: null, next: choice(event('gantz')), expected: 'selection' },
    { name: 'the first view frames the link’s issues', previous: null, next: choice(null, ['gaza']), expected: 'issues' },
    {
      name: 'a link with issues opens on them, though the default event is selected too',
      previous: null,
      next: choice(event('default'), ['gaza']),
      expected: 'issues',
    },
    { name: 'a link with neither keeps the home view', previous: null, next: choice(null), expected: null },
    { name: 'a new event frames the event', previous: choice(event('a')), next: choice(event('b')), expected: 'selection' },
    { name: 'choosing an issue frames the issue', previous: choice(event('a')), next: choice(event('a'), ['gaza']), expected: 'issues' },
    {
      name: 'adding an issue frames all the chosen issues',
      previous: choice(null, ['gaza']),
      next: choice(null, ['gaza', 'syria-iran']),
      expected: 'issues',
    },
    {
      name: 'clearing the issues goes back to the selected event',
      previous: choice(event('a'), ['gaza']),
      next: choice(event('a')),
      expected: 'selection',
    },
    {
      name: 'clearing the issues with nothing selected leaves the camera',
      previous: choice(null, ['gaza']),
      next: choice(null),
      expected: null,
    },
    { name: 'clearing the selection leaves the camera', previous: choice(event('a')), next: choice(null), expected: null },
    {
      name: 'a new event while issues are chosen frames the event',
      previous: choice(event('a'), ['gaza']),
      next: choice(event('b'), ['gaza']),
      expected: 'selection',
    },
    {
      name: 'nothing new (a change of window, say) leaves the camera',
      previous: choice(event('a'), ['gaza']),
      next: choice(event('a'), ['gaza']),
      expected: null,
    },
  ];
  for (const { name, previous, next, expected } of cases) it(name, () => expect(focusAfter(previous, next)).toBe(expected));
});

describe('fitPadding', () => {
  const cases = [
    { size: { width: 600, height: 420 }, expected: { top: 40, bottom: 40, left: 60, right: 60 } },
    { size: { width: 300, height: 120 }, expected: { top: 20, bottom: 20, left: 50, right: 50 } },
  ];
  for (const { size, expected } of cases) it(`pads a ${size.width}×${size.height} map`, () => expect(fitPadding(size)).toEqual(expected));
});

describe('frameAfter: the static map follows the same moves', () => {
  const previous: StaticFrame = { bounds: home, padding: 10 };
  const padding = fitPadding({ width: 600, height: 420 });
  const cases: { name: string; move: Parameters<typeof frameAfter>[0]; from: StaticFrame; expected: StaticFrame }[] = [
    {
      name: 'a fit replaces the frame, with its padding and closest zoom',
      move: { kind: 'fit', bounds: [ankara, tehran], padding, maxZoom: EVENT_MAX_ZOOM },
      from: previous,
      expected: { bounds: [ankara, tehran], padding, maxZoom: EVENT_MAX_ZOOM },
    },
    {
      name: 'a fit drops the centre an earlier ease set',
      move: { kind: 'fit', bounds: home, padding: 10 },
      from: { ...previous, center: gaza },
      expected: { bounds: home, padding: 10, maxZoom: undefined },
    },
    {
      name: 'an ease keeps the frame’s zoom and moves its middle',
      move: { kind: 'ease', center: damascus },
      from: previous,
      expected: { bounds: home, padding: 10, center: damascus },
    },
  ];
  for (const { name, move, from, expected } of cases) it(name, () => expect(frameAfter(move, from)).toEqual(expected));
});
