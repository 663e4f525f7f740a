import { describe, expect, it } from 'vitest';
import type { CountryData, LineData, PlaceData, RegionData, ThemeData } from '../../../src/lib/data/schema.ts';
import { geographyPoints, issueGeography, MUTED_FACTOR, TINT_OPACITY } from '../../../src/lib/map/issue-geography.ts';

const theme = (id: string, colour: string, extra: Partial<ThemeData> = {}): ThemeData => ({
  id,
  name: id,
  colour,
  explainer: '',
  places: [],
  regions: [],
  ...extra,
});
const themes: ThemeData[] = [
  theme('syria-iran', '#b35806', { countries: ['Syria', 'Iran'], places: ['damascus'] }),
  theme('gaza', '#ee3377', { countries: ['Palestine'], lines: ['flotilla'], regions: ['gaza-strip'] }),
  theme('greece-cyprus', '#3366aa', { countries: ['Greece', 'Cyprus', 'N. Cyprus'], lines: ['eastmed'] }),
  theme('golan', '#777777', { countries: ['Golan'] }),
];
const countries: CountryData[] = [
  {
    id: 'palestinian-territories',
    name: 'Palestine',
    label: 'Palestinian territories',
    labelAt: [35.25, 31.95],
    disputed: { tint: 'muted', outline: 'dashed', labelled: true, explanation: '' },
  },
  {
    id: 'northern-cyprus',
    name: 'N. Cyprus',
    label: 'Northern Cyprus',
    labelAt: [33.6, 35.3],
    disputed: { tint: 'own', outline: 'dashed', labelled: false, explanation: '' },
  },
  {
    id: 'golan',
    name: 'Golan',
    label: 'Golan Heights',
    labelAt: [35.75, 33],
    disputed: { tint: 'none', outline: 'dashed', labelled: true, explanation: '' },
  },
];

describe('issueGeography', () => {
  const cases: {
    name: string;
    active: string[];
    context: string[];
    tints: Record<string, [string, number]>;
    lines: Record<string, string>;
  }[] = [
    { name: 'nothing chosen, nothing selected: no tints', active: [], context: [], tints: {}, lines: {} },
    {
      name: 'a chosen issue tints its countries at full strength',
      active: ['syria-iran'],
      context: [],
      tints: { Syria: ['#b35806', TINT_OPACITY.chosen], Iran: ['#b35806', TINT_OPACITY.chosen] },
      lines: {},
    },
    {
      name: 'the selected event’s issues are tinted lightly',
      active: [],
      context: ['syria-iran'],
      tints: { Syria: ['#b35806', TINT_OPACITY.context], Iran: ['#b35806', TINT_OPACITY.context] },
      lines: {},
    },
    {
      name: 'a disputed area with a muted policy is tinted lighter, and its issue’s line drawn',
      active: ['gaza'],
      context: [],
      tints: { Palestine: ['#ee3377', TINT_OPACITY.chosen * MUTED_FACTOR] },
      lines: { flotilla: 'chosen' },
    },
    {
      name: 'an area whose policy is "own" is tinted like a country; "none" is not tinted',
      active: ['greece-cyprus', 'golan'],
      context: [],
      tints: {
        Greece: ['#3366aa', TINT_OPACITY.chosen],
        Cyprus: ['#3366aa', TINT_OPACITY.chosen],
        'N. Cyprus': ['#3366aa', TINT_OPACITY.chosen],
      },
      lines: { eastmed: 'chosen' },
    },
    {
      name: 'an issue both chosen and the event’s stays at full strength',
      active: ['gaza'],
      context: ['gaza', 'greece-cyprus'],
      tints: {
        Palestine: ['#ee3377', TINT_OPACITY.chosen * MUTED_FACTOR],
        Greece: ['#3366aa', TINT_OPACITY.context],
        Cyprus: ['#3366aa', TINT_OPACITY.context],
        'N. Cyprus': ['#3366aa', TINT_OPACITY.context],
      },
      lines: { flotilla: 'chosen', eastmed: 'context' },
    },
    { name: 'an unknown issue id draws nothing', active: ['nope'], context: [], tints: {}, lines: {} },
  ];
  for (const { name, active, context, tints, lines } of cases) {
    it(name, () => {
      const result = issueGeography({ themes, activeThemes: active, contextThemes: context, countries });
      expect(Object.fromEntries(result.tints.map((tint) => [tint.name, [tint.colour, tint.opacity]]))).toEqual(tints);
      expect(Object.fromEntries(result.lines.map((line) => [line.id, line.strength]))).toEqual(lines);
    });
  }
});

describe('geographyPoints', () => {
  const places = new Map<string, PlaceData>([
    ['damascus', { id: 'damascus', name: 'Damascus', kind: 'capital', coordinates: [36.29, 33.51] }],
  ]);
  const regions: RegionData[] = [
    {
      type: 'Feature',
      properties: { id: 'gaza-strip', name: 'Gaza Strip' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [34.2, 31.2],
            [34.5, 31.6],
            [34.55, 31.5],
            [34.2, 31.2],
          ],
        ],
      },
    },
  ];
  const lines: LineData[] = [
    {
      type: 'Feature',
      properties: { id: 'flotilla', name: 'Route', sources: [{ publisher: 'p', title: 't', date: '2010' }] },
      geometry: {
        type: 'LineString',
        coordinates: [
          [30.6, 36.8],
          [33.4, 32.4],
        ],
      },
    },
  ];
  const cases = [
    { name: 'an issue’s places', ids: ['syria-iran'], expected: [[36.29, 33.51]] },
    {
      name: 'its regions’ outlines and its lines, not its countries',
      ids: ['gaza'],
      expected: [
        [34.2, 31.2],
        [34.5, 31.6],
        [34.55, 31.5],
        [34.2, 31.2],
        [30.6, 36.8],
        [33.4, 32.4],
      ],
    },
    { name: 'nothing for an issue with only countries (and a line not in lines.json)', ids: ['greece-cyprus'], expected: [] },
    { name: 'nothing for no issue', ids: [], expected: [] },
  ];
  for (const { name, ids, expected } of cases)
    it(name, () => expect(geographyPoints({ themes, ids, places, regions, lines })).toEqual(expected));
});
