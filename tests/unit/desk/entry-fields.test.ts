import { describe, expect, it } from 'vitest';
import { entryOfProblem, LIST_FORMS, newId } from '../../../src/lib/desk/entry-fields.ts';

describe('LIST_FORMS, built from the schema', () => {
  const cases = [
    {
      list: 'places',
      order: ['id', 'name', 'kind', 'coordinates', 'description', 'translations'],
      text: ['id', 'name', 'description'],
      optional: ['description'],
      translated: ['name', 'description'],
    },
    {
      list: 'themes',
      order: ['id', 'name', 'colour', 'explainer', 'places', 'regions', 'countries', 'lines', 'translations'],
      text: ['id', 'name', 'colour', 'explainer'],
      optional: [],
      translated: ['name', 'explainer'],
    },
    {
      list: 'eras',
      order: ['id', 'name', 'shortName', 'start', 'end', 'description', 'translations'],
      text: ['id', 'name', 'shortName', 'start', 'end', 'description'],
      optional: ['shortName'],
      translated: ['name', 'shortName', 'description'],
    },
  ] as const;
  for (const { list, order, text, optional, translated } of cases) {
    const form = LIST_FORMS[list];
    it(`gives ${list} its fields in the schema's order, its text fields and which are optional`, () => {
      expect(form.order).toEqual(order);
      expect(form.text.map((field) => field.key)).toEqual(text);
      expect(form.text.filter((field) => field.optional).map((field) => field.key)).toEqual(optional);
      expect(form.translated).toEqual(translated);
      expect(form.translationOrder.at(-1)).toBe('reviewed');
    });
  }
  it("takes each field's help from the schema's description", () => {
    expect(LIST_FORMS.places.text.find((f) => f.key === 'name')?.help).toBe('Name shown on the map');
    expect(LIST_FORMS.eras.text.find((f) => f.key === 'description')).toMatchObject({ multiline: true });
  });
});

describe('entryOfProblem', () => {
  const cases = [
    { problem: { file: 'places.json', path: ['places', 3, 'coordinates'] }, expected: { list: 'places', index: 3 } },
    { problem: { file: 'events.json', path: ['events', 0, 'places', 1] }, expected: { list: 'events', index: 0 } },
    { problem: { file: 'eras.json', path: ['eras', 2] }, expected: { list: 'eras', index: 2 } },
    { problem: { file: 'events.csv', path: ['events', 13, 'date'] }, expected: { list: 'events', index: 13 } },
    { problem: { file: 'story.json', path: ['corrections', 0] }, expected: null },
    { problem: { file: 'places.json', path: [] }, expected: null },
    { problem: { file: 'themes.json', path: ['places', 1] }, expected: null },
  ];
  for (const { problem, expected } of cases)
    it(`finds ${JSON.stringify(expected)} for ${problem.file} ${problem.path.join('.')}`, () =>
      expect(entryOfProblem(problem)).toEqual(expected));
});

describe('newId', () => {
  it('numbers a new entry after the list', () => expect(newId('place', [{ id: 'a' }, { id: 'b' }])).toBe('new-place-3'));
  it('skips an id the list already has', () => expect(newId('era', [{ id: 'new-era-2' }])).toBe('new-era-3'));
});
