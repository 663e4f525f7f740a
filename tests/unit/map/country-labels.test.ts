import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CountryData } from '../../../src/lib/data/schema.ts';
import { localized } from '../../../src/lib/i18n/localize.ts';
import { COUNTRY_FONT, countryLabels, wrapLabel } from '../../../src/lib/map/country-labels.ts';
import { estimateLabelWidth, layoutMarkers } from '../../../src/lib/map/layout.ts';
import type { PlaceMark } from '../../../src/lib/map/marks.ts';

const countries = (JSON.parse(readFileSync('data/countries.json', 'utf8')) as { countries: CountryData[] }).countries;

describe('countryLabels (from data/countries.json)', () => {
  const labels = countryLabels(countries, (country) => country.label);

  it('names the countries and territories the story touches, and not an area its policy leaves unlabelled', () => {
    expect(labels.map((label) => label.name)).toEqual(
      expect.arrayContaining([
        'Turkey',
        'Israel',
        'Palestinian territories',
        'Syria',
        'Lebanon',
        'Cyprus',
        'Greece',
        'Egypt',
        'Jordan',
        'Iraq',
        'Iran',
      ]),
    );
    expect(labels.map((label) => label.id)).not.toContain('northern-cyprus');
  });

  it('emphasises Turkey and Israel only', () => {
    expect(labels.filter((label) => label.focus).map((label) => label.id)).toEqual(['turkey', 'israel']);
  });

  const languages = [
    { language: 'he', israel: 'ישראל' },
    { language: 'ar', israel: 'إسرائيل' },
    { language: 'tr', israel: 'İsrail' },
    { language: 'en', israel: 'Israel' },
  ] as const;
  for (const { language, israel } of languages) {
    it(`writes the names in the reader's language (${language})`, () => {
      const named = countryLabels(countries, (country) => localized(country, 'label', language));
      expect(named.find((label) => label.id === 'israel')!.name).toBe(israel);
    });
  }
});

describe('wrapLabel', () => {
  const measure = (text: string) => text.length * 10;
  const cases = [
    { name: 'a short name stays on one line', text: 'Iran', max: 100, expected: ['Iran'] },
    {
      name: 'a long name breaks at the space nearest its middle',
      text: 'Palestinian territories',
      max: 120,
      expected: ['Palestinian', 'territories'],
    },
    { name: 'three words break nearest the middle', text: 'United Arab Emirates', max: 100, expected: ['United Arab', 'Emirates'] },
    { name: 'a single long word is not cut', text: 'Kazakhstanistan', max: 100, expected: ['Kazakhstanistan'] },
    { name: 'a name just fitting stays whole', text: 'Lebanon', max: 70, expected: ['Lebanon'] },
  ];
  for (const { name, text, max, expected } of cases) it(name, () => expect(wrapLabel(text, max, measure)).toEqual(expected));
});

describe('country labels among the places', () => {
  // 10 px per degree, origin at 0°, 0°.
  const project = ([lon, lat]: readonly [number, number]) => [lon * 10, 300 - lat * 10] as [number, number];
  const viewport = { width: 400, height: 300 };
  const capital = (id: string, lonLat: [number, number]): PlaceMark => ({
    id,
    name: id,
    kind: 'capital',
    lonLat,
    colour: null,
    highlighted: false,
    selected: false,
    dimmed: false,
    far: false,
    weight: 0,
    count: 0,
  });

  const cases = [
    {
      name: 'a country whose point is free is written there',
      places: [],
      country: { id: 'syria', name: 'Syria', lonLat: [20, 15] as const },
      expected: { visible: true, at: [200, 150] },
    },
    {
      name: 'a country whose point a place takes is not written over it',
      places: [capital('damascus', [20, 15])],
      country: { id: 'syria', name: 'Syria', lonLat: [20, 15] as const },
      expected: { visible: false },
    },
    {
      name: 'Israel, whose name must show, moves beside a place on its point',
      places: [capital('jerusalem', [20, 15])],
      country: { id: 'israel', name: 'Israel', lonLat: [20, 15] as const, focus: true },
      expected: { visible: true, moved: true },
    },
  ];
  for (const { name, places, country, expected } of cases) {
    it(name, () => {
      const { countries: laid, markers } = layoutMarkers(places, [country], project, viewport);
      const label = laid[0]!;
      expect(label.visible).toBe(expected.visible);
      if (expected.at) expect([label.x, label.y]).toEqual(expected.at);
      if (expected.moved) {
        expect([label.x, label.y]).not.toEqual([200, 150]);
        // Its box keeps clear of the place's marker.
        const height = Math.ceil(COUNTRY_FONT.focus.size * 1.3);
        const width = estimateLabelWidth(country.name.toUpperCase(), COUNTRY_FONT.focus, true);
        const marker = markers[0]!;
        const apart =
          Math.abs(label.x - marker.x) >= width / 2 + marker.radius || Math.abs(label.y - marker.y) >= height / 2 + marker.radius;
        expect(apart).toBe(true);
      }
    });
  }

  it('writes a long name on two lines rather than past the map', () => {
    const { countries: laid } = layoutMarkers(
      [],
      [{ id: 'palestinian-territories', name: 'Palestinian territories', lonLat: [20, 15] }],
      project,
      viewport,
    );
    expect(laid[0]!.lines).toEqual(['Palestinian', 'territories']);
    expect(laid[0]!.visible).toBe(true);
  });

  it('gives Turkey and Israel their names before any place label', () => {
    // Long place labels to the right of three capitals would cover the point where Turkey's name goes.
    const crowd = [14, 15, 16].map((lat) => ({ ...capital(`c${lat}`, [15, lat]), name: 'A capital with a long name' }));
    const { countries: laid, markers } = layoutMarkers(
      crowd,
      [{ id: 'turkey', name: 'Turkey', lonLat: [20, 15], focus: true }],
      project,
      viewport,
    );
    expect([laid[0]!.visible, laid[0]!.x, laid[0]!.y]).toEqual([true, 200, 150]);
    expect(markers.map((marker) => marker.side)).not.toContain('right');
  });
});
