import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, nestingDepth, refuseFile } from '../../../src/lib/desk/json-guard.ts';
import { locateProblem } from '../../../src/lib/desk/locate.ts';

describe('nestingDepth', () => {
  const cases = [
    { text: '{}', expected: 1 },
    { text: '{"a":[1,{"b":[]}]}', expected: 4 },
    { text: '{"a":"[[[[{{{{"}', expected: 1 },
    { text: '{"a":"\\"[[["}', expected: 1 },
    { text: '"plain"', expected: 0 },
  ];
  for (const { text, expected } of cases) it(`counts ${expected} levels in ${text}`, () => expect(nestingDepth(text)).toBe(expected));
});

describe('refuseFile', () => {
  const cases = [
    { name: 'a file over 20 MB', file: ['events.json', MAX_FILE_BYTES + 1, undefined] as const, says: /up to 20 MB/ },
    { name: 'a deeply nested file', file: ['events.json', 400, '['.repeat(100) + ']'.repeat(100)] as const, says: /more than 64 levels/ },
    { name: 'nothing for an ordinary file', file: ['events.json', 10, '{"events":[]}'] as const, says: null },
  ];
  for (const { name, file, says } of cases) {
    it(`refuses ${name}`, () => {
      const reason = refuseFile(file[0], file[1], file[2]);
      if (says) expect(reason).toMatch(says);
      else expect(reason).toBeNull();
    });
  }
});

describe('locateProblem', () => {
  const text = '{\n  "events": [\n    {\n      "id": "a",\n      "places": ["ankra"],\n      "colour": 1\n    }\n  ]\n}\n';
  const cases = [
    { path: ['events', 0, 'places', 0], message: 'unknown place', expected: { line: 5, column: 18 } },
    { path: ['events', 0, 'colour'], message: 'unknown field "colour".', expected: { line: 6, column: 7 } },
    { path: ['events', 0, 'title'], message: 'the required field "title" is missing.', expected: { line: 3, column: 5 } },
  ];
  for (const { path, message, expected } of cases) {
    it(`puts ${path.join('.')} at ${expected.line}:${expected.column}`, () => {
      expect(locateProblem({ severity: 'error', file: 'events.json', path, message }, text)).toMatchObject(expected);
    });
  }
});
