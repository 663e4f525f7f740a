import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../../src/lib/data/suggest.ts';

describe('editDistance', () => {
  const cases = [
    { a: 'ankara', b: 'ankara', expected: 0 },
    { a: 'ankra', b: 'ankara', expected: 1 },
    { a: 'titel', b: 'title', expected: 1 },
    { a: 'gaza', b: 'gaza-strip', expected: 6 },
    { a: '', b: 'abc', expected: 3 },
  ];
  for (const { a, b, expected } of cases) {
    it(`counts ${expected} edits between "${a}" and "${b}"`, () => expect(editDistance(a, b)).toBe(expected));
  }
});

describe('closest', () => {
  it('suggests a near id and nothing for an unrelated word', () => {
    expect(closest('ankra', ['ankara', 'athens'])).toBe('ankara');
    expect(closest('washington', ['ankara', 'athens'])).toBeUndefined();
  });
});
