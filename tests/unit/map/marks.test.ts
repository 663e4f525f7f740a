import { describe, expect, it } from 'vitest';
import type { PlaceData, RegionData, ThemeData } from '../../../src/lib/data/schema.ts';
import { placeMarks, regionMarks, themeOf } from '../../../src/lib/map/marks.ts';
import { BASEMAP_EXTENT } from '../../../src/lib/map/extent.ts';

const places: PlaceData[] = [
  { id: 'ankara', name: 'Ankara', kind: 'capital', coordinates: [32.85, 39.93] },
  { id: 'gaza-strip', name: 'Gaza Strip', kind: 'region', coordinates: [34.35, 31.39] },
  { id: 'athens', name: 'Athens', kind: 'capital', coordinates: [23.73, 37.98] },
  { id: 'washington', name: 'Washington', kind: 'capital', coordinates: [-77.04, 38.91] },
];
const themes: ThemeData[] = [
  { id: 'trade', name: 'Trade', colour: '#b8860b', explainer: '.', places: ['ankara'], regions: [] },
  { id: 'gaza', name: 'Gaza', colour: '#ee3377', explainer: '.', places: ['gaza-strip', 'ankara'], regions: ['gaza-strip'] },
];
const regions: RegionData[] = [
  { type: 'Feature', properties: { id: 'gaza-strip', name: 'Gaza Strip' }, geometry: { type: 'Polygon', coordinates: [] } },
  { type: 'Feature', properties: { id: 'west-bank', name: 'West Bank' }, geometry: { type: 'Polygon', coordinates: [] } },
];

const base = {
  places,
  themes,
  activeThemes: [] as string[],
  highlighted: new Set<string>(),
  selectedId: null as string | null,
  extent: BASEMAP_EXTENT,
  /** Events in the window and the filter (windowCounts): Athens and Washington have none in it. */
  counts: new Map([
    ['ankara', 3],
    ['gaza-strip', 1],
  ]) as ReadonlyMap<string, number>,
};
const pick = (input: Partial<typeof base>, key: 'colour' | 'highlighted' | 'dimmed' | 'selected' | 'far' | 'count') =>
  Object.fromEntries(placeMarks({ ...base, ...input }).map((mark) => [mark.id, mark[key]]));

describe('placeMarks', () => {
  const cases: {
    name: string;
    input: Partial<typeof base>;
    key: 'colour' | 'highlighted' | 'dimmed' | 'selected' | 'far' | 'count';
    expected: Record<string, unknown>;
  }[] = [
    {
      name: 'a place takes the colour of the first issue that lists it',
      input: {},
      key: 'colour',
      expected: { ankara: '#b8860b', 'gaza-strip': '#ee3377', athens: null, washington: null },
    },
    {
      name: 'a chosen issue’s colour wins over an earlier issue',
      input: { activeThemes: ['gaza'] },
      key: 'colour',
      expected: { ankara: '#ee3377', 'gaza-strip': '#ee3377', athens: null, washington: null },
    },
    {
      name: 'places with no events in the window recede',
      input: {},
      key: 'dimmed',
      expected: { ankara: false, 'gaza-strip': false, athens: true, washington: true },
    },
    {
      name: 'when every place has events in the window nothing is dimmed',
      input: { counts: new Map(places.map((place) => [place.id, 1])) },
      key: 'dimmed',
      expected: { ankara: false, 'gaza-strip': false, athens: false, washington: false },
    },
    {
      name: 'a window and filter that leave a place no events dim it, whatever issues list it',
      input: { activeThemes: ['trade'], counts: new Map([['gaza-strip', 2]]) },
      key: 'dimmed',
      expected: { ankara: true, 'gaza-strip': false, athens: true, washington: true },
    },
    {
      name: 'a place the selection is about is never dimmed',
      input: { highlighted: new Set(['athens']), selectedId: 'washington' },
      key: 'dimmed',
      expected: { ankara: false, 'gaza-strip': false, athens: false, washington: false },
    },
    {
      name: 'each place carries its count in the window, none for a place absent from the counts',
      input: {},
      key: 'count',
      expected: { ankara: 3, 'gaza-strip': 1, athens: 0, washington: 0 },
    },
    {
      name: 'the selected place is marked selected',
      input: { selectedId: 'athens' },
      key: 'selected',
      expected: { ankara: false, 'gaza-strip': false, athens: true, washington: false },
    },
    {
      name: 'places outside the base map are far',
      input: {},
      key: 'far',
      expected: { ankara: false, 'gaza-strip': false, athens: false, washington: true },
    },
  ];
  for (const { name, input, key, expected } of cases) {
    it(name, () => expect(pick(input, key)).toEqual(expected));
  }

  it('uses the reader’s language for names', () => {
    expect(placeMarks({ ...base, nameOf: (place) => place.name.toUpperCase() })[0]!.name).toBe('ANKARA');
  });
});

describe('regionMarks', () => {
  const cases: {
    name: string;
    input: { active: string[]; highlighted: string[] };
    expected: { id: string; colour: string | null; highlighted: boolean; dimmed: boolean }[];
  }[] = [
    {
      name: 'regions take their issue’s colour and nothing stands out by default',
      input: { active: [], highlighted: [] },
      expected: [
        { id: 'gaza-strip', colour: '#ee3377', highlighted: false, dimmed: false },
        { id: 'west-bank', colour: null, highlighted: false, dimmed: false },
      ],
    },
    {
      name: 'choosing an issue highlights its regions and dims the others',
      input: { active: ['gaza'], highlighted: [] },
      expected: [
        { id: 'gaza-strip', colour: '#ee3377', highlighted: true, dimmed: false },
        { id: 'west-bank', colour: null, highlighted: false, dimmed: true },
      ],
    },
    {
      name: 'a selected event’s place of the same id highlights the region',
      input: { active: [], highlighted: ['west-bank'] },
      expected: [
        { id: 'gaza-strip', colour: '#ee3377', highlighted: false, dimmed: false },
        { id: 'west-bank', colour: null, highlighted: true, dimmed: false },
      ],
    },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => expect(regionMarks(regions, themes, input.active, new Set(input.highlighted))).toEqual(expected));
  }
});

describe('themeOf', () => {
  it('returns undefined for a place no issue lists', () => expect(themeOf('athens', 'places', themes, [])).toBeUndefined());
});
