import { describe, expect, it } from 'vitest';
import { FALLBACK_TOKENS, MAP_TOKEN_PROPERTIES, resolveTokens } from '../../../src/lib/map/tokens.ts';
import { readFileSync } from 'node:fs';

describe('resolveTokens', () => {
  const cases: { name: string; input: (property: string) => string; expected: Partial<typeof FALLBACK_TOKENS> }[] = [
    {
      name: 'takes each resolved colour as read',
      input: (p) => (p === '--map-water' ? 'rgb(1, 2, 3)' : 'rgb(0, 0, 0)'),
      expected: { water: 'rgb(1, 2, 3)', land: 'rgb(0, 0, 0)' },
    },
    {
      name: 'falls back token by token when one cannot be read',
      input: (p) => (p === '--map-land' ? '  ' : 'rgb(9, 9, 9)'),
      expected: { land: FALLBACK_TOKENS.land, water: 'rgb(9, 9, 9)' },
    },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => expect(resolveTokens(input)).toMatchObject(expected));
  }

  it('names only custom properties that app.css defines', () => {
    const css = readFileSync('src/app.css', 'utf8');
    for (const property of Object.values(MAP_TOKEN_PROPERTIES)) expect(css).toContain(`${property}:`);
  });
});
