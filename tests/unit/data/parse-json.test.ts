import { beforeAll, describe, expect, it } from 'vitest';
import { lineAndColumnAt, loadJsonScanner, parseJson } from '../../../src/lib/data/parse-json.ts';

beforeAll(() => loadJsonScanner());

/** Where each mistake is, as an editor's text editor counts it (1-based line and column). */
const malformed: { name: string; text: string; line: number; column: number; message: RegExp; hint?: RegExp }[] = [
  {
    name: 'a single-quoted string on line 5',
    text: '{\n  "events": [\n    {\n      "id": "a",\n      "title": \'Kurşun\'\n    }\n  ]\n}',
    line: 5,
    column: 16,
    message: /found "'Kurşun'"/,
    hint: /double quotes/,
  },
  {
    name: 'a missing comma between entries',
    text: '{\n  "events": [\n    { "id": "a" }\n    { "id": "b" }\n  ]\n}',
    line: 4,
    column: 5,
    message: /expected a comma before "\{"/,
  },
  {
    name: 'a missing comma between fields',
    text: '{\n  "id": "a"\n  "date": "2010"\n}',
    line: 3,
    column: 3,
    message: /expected a comma before ""date""/,
  },
  {
    name: 'a trailing comma in an object',
    text: '{\n  "id": "a",\n}',
    line: 3,
    column: 1,
    message: /a comma comes before the closing "\}"/,
    hint: /Remove the comma/,
  },
  {
    name: 'a trailing comma in a list',
    text: '{ "places": ["ankara",\n  ] }',
    line: 2,
    column: 3,
    message: /a comma comes before the closing "\]"/,
  },
  {
    name: 'a text not closed on its line',
    text: '{\n  "title": "Gantz in Ankara,\n  "date": "2022"\n}',
    line: 2,
    column: 12,
    message: /not closed by a double quote/,
  },
  { name: 'a comment', text: '{\n  // the visit\n  "id": "a"\n}', line: 2, column: 3, message: /no comments/ },
  { name: 'a missing colon', text: '{\n  "id" "a"\n}', line: 2, column: 8, message: /expected ":" after the key/ },
  { name: 'a key without quotes', text: '{\n  id: "a"\n}', line: 2, column: 3, message: /found "id" where a value or a key belongs/ },
  {
    name: 'a file cut short',
    text: '{\n  "events": [\n    { "id": "a" },\n',
    line: 4,
    column: 1,
    message: /the file ends before every \{ and \[ opened in it is closed/,
    hint: /cut short/,
  },
  { name: 'text after the end', text: '{ "events": [] }\n{ "events": [] }', line: 2, column: 1, message: /after the end of the data/ },
  {
    name: 'NaN as a value',
    text: '{\n  "coordinates": [NaN, 39.9]\n}',
    line: 2,
    column: 19,
    message: /found "NaN"/,
    hint: /no such value/,
  },
  { name: 'a number cut short', text: '{ "coordinates": [32., 39.9] }', line: 1, column: 19, message: /number "32\." is not complete/ },
  { name: 'an unknown escape', text: '{ "title": "C:\\path" }', line: 1, column: 12, message: /not an escape JSON knows/ },
  { name: 'a tab inside a text', text: '{ "title": "a\tb" }', line: 1, column: 12, message: /control character/ },
  { name: 'an empty file', text: '', line: 1, column: 1, message: /the file is empty/ },
  { name: 'an empty file with a BOM', text: '\uFEFF \n', line: 1, column: 1, message: /the file is empty/ },
  { name: 'Windows line endings', text: '{\r\n  "id": "a",\r\n  "x": \'b\'\r\n}', line: 3, column: 8, message: /found "'b'"/ },
];

describe('parseJson locates each syntax error where it is', () => {
  for (const { name, text, line, column, message, hint } of malformed) {
    it(`puts ${name} at ${line}:${column}`, () => {
      const result = parseJson(text);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect({ line: result.line, column: result.column }).toEqual({ line, column });
      expect(result.message).toMatch(message);
      if (hint) expect(result.hint).toMatch(hint);
      expect(`${result.message} ${result.hint}`).not.toMatch(/undefined/);
    });
  }
});

describe('parseJson on valid JSON', () => {
  const cases: { name: string; text: string; value: unknown }[] = [
    { name: 'an object', text: '{ "a": [1, 2.5, -3e2, true, null, "ş"] }', value: { a: [1, 2.5, -300, true, null, 'ş'] } },
    { name: 'a file starting with a BOM, as some Windows editors save it', text: '\uFEFF{ "a": 1 }', value: { a: 1 } },
    { name: 'a whole character written as two escapes', text: '{ "a": "\\ud83c\\udf0d" }', value: { a: '🌍' } },
    { name: 'the same key in two objects', text: '[{ "id": "a" }, { "id": "b" }]', value: [{ id: 'a' }, { id: 'b' }] },
    { name: 'null', text: 'null', value: null },
  ];
  for (const { name, text, value } of cases) {
    it(`reads ${name} with no flaws`, () => expect(parseJson(text)).toEqual({ ok: true, value, flaws: [] }));
  }
});

describe('parseJson reports what JSON.parse accepts silently', () => {
  const cases: { name: string; text: string; path: (string | number)[]; line: number; column: number; message: RegExp }[] = [
    {
      name: 'a key written twice, at the second',
      text: '{\n  "events": [\n    {\n      "date": "2010",\n      "id": "a",\n      "date": "2011"\n    }\n  ]\n}',
      path: ['events', 0, 'date'],
      line: 6,
      column: 7,
      message: /the key "date" is written twice in this object \(first at line 4, column 7\)/,
    },
    {
      name: 'a lone high surrogate escape, at the escape',
      text: '{\n  "title": "Ankara \\ud800 visit"\n}',
      path: ['title'],
      line: 2,
      column: 20,
      message: /half of a character \(\\ud800\)/,
    },
    {
      name: 'a lone low surrogate escape',
      text: '{ "a": ["\\udc00"] }',
      path: ['a', 0],
      line: 1,
      column: 10,
      message: /half of a character \(\\udc00\)/,
    },
    {
      name: 'a lone surrogate in a key',
      text: '{ "\\ud83c": 1 }',
      path: ['\ud83c'],
      line: 1,
      column: 4,
      message: /half of a character/,
    },
  ];
  for (const { name, text, path, line, column, message } of cases) {
    it(`reports ${name}`, () => {
      const result = parseJson(text);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.flaws).toHaveLength(1);
      expect(result.flaws[0]).toMatchObject({ path, line, column });
      expect(result.flaws[0]!.message).toMatch(message);
    });
  }

  it('keeps the value of a file with a duplicate key, as JSON.parse reads it', () => {
    const result = parseJson('{ "a": 1, "a": 2 }');
    expect(result.ok && result.value).toEqual({ a: 2 });
  });
});

describe('lineAndColumnAt', () => {
  const text = 'ab\ncd\n\nef';
  const cases: [offset: number, line: number, column: number][] = [
    [0, 1, 1],
    [2, 1, 3],
    [3, 2, 1],
    [7, 4, 1],
    [9, 4, 3],
  ];
  for (const [offset, line, column] of cases) {
    it(`puts offset ${offset} at ${line}:${column}`, () => expect(lineAndColumnAt(text, offset)).toEqual({ line, column }));
  }
});
