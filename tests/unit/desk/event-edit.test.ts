import { describe, expect, it } from 'vitest';
import { EVENT_ORDER, datePrecision, toggled, withField, withReviewed, withTranslation } from '../../../src/lib/desk/event-edit.ts';
import { eventRows, filterRows, sortRows } from '../../../src/lib/desk/event-rows.ts';
import { EVENT_HELP, SOURCE_HELP } from '../../../src/lib/desk/schema-help.ts';

const event = { id: 'a', date: '2010', title: 'T', summary: 'S', category: 'c', places: ['x'], themes: [], sources: [] };

describe('withField', () => {
  const cases = [
    {
      name: 'sets a field in place',
      key: 'title',
      value: 'New',
      keys: ['id', 'date', 'title', 'summary', 'category', 'places', 'themes', 'sources'],
    },
    {
      name: 'puts a new "end" after "date", where the schema has it',
      key: 'end',
      value: '2011',
      keys: ['id', 'date', 'end', 'title', 'summary', 'category', 'places', 'themes', 'sources'],
    },
    {
      name: 'puts a new quote before the sources',
      key: 'quote',
      value: { text: 'q', speaker: 's' },
      keys: ['id', 'date', 'title', 'summary', 'category', 'places', 'themes', 'quote', 'sources'],
    },
    {
      name: 'removes a field set to undefined',
      key: 'places',
      value: undefined,
      keys: ['id', 'date', 'title', 'summary', 'category', 'themes', 'sources'],
    },
  ];
  for (const { name, key, value, keys } of cases) {
    it(name, () => {
      const next = withField(event, key, value, EVENT_ORDER);
      expect(Object.keys(next)).toEqual(keys);
      if (value !== undefined) expect(next[key]).toEqual(value);
      expect(event.title).toBe('T');
    });
  }
});

describe('withTranslation', () => {
  const cases = [
    {
      name: 'adds a first translation with reviewed false, at the end',
      start: event,
      lang: 'he',
      text: 'כותרת',
      expected: { he: { title: 'כותרת', reviewed: false } },
    },
    {
      name: 'adds a language in tr, he, ar order',
      start: { ...event, translations: { ar: { title: 'ع', reviewed: true } } },
      lang: 'tr',
      text: 'Başlık',
      expected: { tr: { title: 'Başlık', reviewed: false }, ar: { title: 'ع', reviewed: true } },
    },
    {
      name: 'removes translations emptied of text',
      start: { ...event, translations: { tr: { title: 'x', reviewed: false } } },
      lang: 'tr',
      text: '',
      expected: undefined,
    },
  ];
  for (const { name, start, lang, text, expected } of cases) {
    it(name, () => {
      const next = withTranslation(start, lang, 'title', text);
      expect(next.translations).toEqual(expected);
      if (expected) expect(JSON.stringify(next.translations)).toBe(JSON.stringify(expected));
    });
  }
  it('marks a translation reviewed', () => {
    expect(withReviewed({ ...event, translations: { tr: { title: 'x', reviewed: false } } }, 'tr', true).translations).toEqual({
      tr: { title: 'x', reviewed: true },
    });
  });
});

describe('toggled and datePrecision', () => {
  it('adds an id at the end once and removes it', () => {
    expect(toggled(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'b', true)).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a', false)).toEqual(['b']);
  });
  const dates = [
    { text: '2010', expected: 'year' },
    { text: '2010-05', expected: 'month' },
    { text: '2010-05-31', expected: 'day' },
    { text: '31/05/2010', expected: null },
  ];
  for (const { text, expected } of dates)
    it(`reads "${text}" as a ${expected ?? 'non-'} date`, () => expect(datePrecision(text)).toBe(expected));
});

describe('the events table', () => {
  const events = [
    {
      ...event,
      id: 'b',
      date: '2012',
      title: 'Beta',
      translations: { tr: { title: 'x', reviewed: true }, he: { title: 'y', reviewed: false } },
    },
    { ...event, id: 'a', date: '1950-03', title: 'Alpha', places: ['ankara', 'gaza'], sources: [{}, {}] },
    'not an object',
  ];
  it('reads every row defensively, with translation status', () => {
    const rows = eventRows(events);
    expect(rows[0]!.translations).toEqual({ tr: 'reviewed', he: 'draft', ar: 'missing' });
    expect(rows[1]).toMatchObject({ places: 'ankara, gaza', sources: 2 });
    expect(rows[2]).toMatchObject({ id: '', title: '', sources: 0 });
  });
  const sorts = [
    { key: 'date' as const, descending: false, expected: [2, 1, 0] },
    { key: 'date' as const, descending: true, expected: [0, 1, 2] },
    { key: 'sources' as const, descending: true, expected: [1, 0, 2] },
  ];
  for (const { key, descending, expected } of sorts) {
    it(`sorts by ${key}${descending ? ' descending' : ''}`, () =>
      expect(sortRows(eventRows(events), key, descending).map((r) => r.index)).toEqual(expected));
  }
  it('filters by every word of the query', () => {
    expect(filterRows(eventRows(events), 'gaza alpha').map((r) => r.index)).toEqual([1]);
    expect(filterRows(eventRows(events), '  ').length).toBe(3);
  });
});

describe('schema help', () => {
  it("takes the form's help from the schema's descriptions", () => {
    expect(EVENT_HELP.title).toBe('Short headline of the event');
    expect(EVENT_HELP.places).toBe('Ids of places in places.json');
    expect(SOURCE_HELP.url).toMatch(/http or https/);
  });
});

describe('withTranslation for a place, in the order places.json has its fields', () => {
  const orders = {
    entry: ['id', 'name', 'kind', 'coordinates', 'description', 'translations'],
    translation: ['name', 'description', 'reviewed'],
  };
  const place = { id: 'konya', name: 'Konya', kind: 'city', coordinates: [32.4846, 37.8746] };
  it('adds the first translation after the coordinates, its name before the flag', () => {
    const next = withTranslation(place, 'tr', 'name', 'Konya', orders);
    expect(Object.keys(next)).toEqual(['id', 'name', 'kind', 'coordinates', 'translations']);
    expect(next.translations).toEqual({ tr: { name: 'Konya', reviewed: false } });
  });
  it('puts a translated description between the name and the flag', () => {
    const next = withTranslation(withTranslation(place, 'he', 'name', 'קוניה', orders), 'he', 'description', 'עיר', orders);
    expect(Object.keys((next.translations as { he: object }).he)).toEqual(['name', 'description', 'reviewed']);
  });
  it('marks a place translation reviewed', () => {
    const next = withReviewed(withTranslation(place, 'ar', 'name', 'قونية', orders), 'ar', true, orders);
    expect(next.translations).toEqual({ ar: { name: 'قونية', reviewed: true } });
  });
});
