import { describe, expect, it } from 'vitest';
import { registerCatalogue } from '../../../src/lib/i18n/messages.ts';
import he from '../../../src/lib/i18n/catalogues/he.ts';
import { clusterName, mapSummary, placeButtonName } from '../../../src/lib/map/map-words.ts';

registerCatalogue('he', he);

describe('placeButtonName', () => {
  const cases: { count: number; language: 'en' | 'he'; expected: string }[] = [
    { count: 0, language: 'en', expected: 'Ankara, no events in 2009–2013' },
    { count: 1, language: 'en', expected: 'Ankara, 1 event in 2009–2013' },
    { count: 3, language: 'en', expected: 'Ankara, 3 events in 2009–2013' },
    { count: 2, language: 'he', expected: 'Ankara, שני אירועים ב־2009–2013' },
  ];
  for (const { count, language, expected } of cases)
    it(`${language}, ${count}: starts with the place's name`, () =>
      expect(placeButtonName('Ankara', count, '2009–2013', language)).toBe(expected));
});

describe('clusterName', () => {
  const cases: { names: string[]; expected: string }[] = [
    {
      names: ['Gaza Strip', 'Turkish-Palestinian Friendship Hospital'],
      expected: '2 places: Gaza Strip, Turkish-Palestinian Friendship Hospital',
    },
    { names: ['Jerusalem', 'Tel Aviv', 'West Bank'], expected: '3 places: Jerusalem, Tel Aviv, West Bank' },
  ];
  for (const { names, expected } of cases) it(expected, () => expect(clusterName(names, 'en')).toBe(expected));
});

describe('mapSummary', () => {
  const cases: { name: string; input: Parameters<typeof mapSummary>[0]; expected: string }[] = [
    {
      name: 'the busiest place, the others counted, the period and the issue',
      input: {
        shown: [
          { name: 'Ankara', count: 2 },
          { name: 'Gaza Strip', count: 5 },
          { name: 'Jerusalem', count: 1 },
          { name: 'Istanbul', count: 1 },
        ],
        period: '2009–2013',
        issues: ['Gaza and the Turkish hospital'],
        language: 'en',
      },
      expected: 'Map: Gaza Strip and 3 other places, 2009–2013, issue Gaza and the Turkish hospital',
    },
    {
      name: 'one other place is singular; no issue, no issue clause',
      input: {
        shown: [
          { name: 'Ankara', count: 1 },
          { name: 'Jerusalem', count: 1 },
        ],
        period: '2009–2013',
        issues: [],
        language: 'en',
      },
      expected: 'Map: Ankara and 1 other place, 2009–2013',
    },
    {
      name: 'a single place is named alone; several issues are listed',
      input: { shown: [{ name: 'Ankara', count: 4 }], period: '1949–2024', issues: ['Trade', 'Gaza'], language: 'en' },
      expected: 'Map: Ankara, 1949–2024, issues Trade and Gaza',
    },
    {
      name: 'no place with events says so',
      input: { shown: [], period: '1990–1995', issues: [], language: 'en' },
      expected: 'Map: no places with events, 1990–1995',
    },
    {
      name: 'in Hebrew',
      input: {
        shown: [
          { name: 'אנקרה', count: 3 },
          { name: 'עזה', count: 1 },
          { name: 'ירושלים', count: 1 },
        ],
        period: '2009–2013',
        issues: [],
        language: 'he',
      },
      expected: 'מפה: אנקרה ועוד שני מקומות, 2009–2013',
    },
  ];
  for (const { name, input, expected } of cases) it(name, () => expect(mapSummary(input)).toBe(expected));
});
