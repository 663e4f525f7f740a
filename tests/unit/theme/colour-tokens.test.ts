import { describe, expect, it } from 'vitest';
import { colourForScheme, readColourTokens, schemeOf, UNREADABLE_COLOUR } from '../../../src/lib/theme/colour-tokens.ts';
import { appCssStyle } from './app-css.ts';

describe('schemeOf', () => {
  const cases = [
    { colorScheme: 'light dark', prefersDark: true, expected: 'dark' },
    { colorScheme: 'light dark', prefersDark: false, expected: 'light' },
    { colorScheme: 'dark', prefersDark: false, expected: 'dark' },
    { colorScheme: 'light', prefersDark: true, expected: 'light' },
    { colorScheme: 'normal', prefersDark: true, expected: 'dark' },
  ] as const;
  for (const { colorScheme, prefersDark, expected } of cases) {
    it(`"${colorScheme}" with a ${prefersDark ? 'dark' : 'light'} system is ${expected}`, () =>
      expect(schemeOf(colorScheme, prefersDark)).toBe(expected));
  }
});

describe('colourForScheme', () => {
  const cases = [
    { value: 'light-dark(#ffffff, #15171a)', scheme: 'light', expected: '#ffffff' },
    { value: 'light-dark(#ffffff, #15171a)', scheme: 'dark', expected: '#15171a' },
    { value: ' light-dark(rgb(1, 2, 3), rgba(4, 5, 6, 0.5)) ', scheme: 'dark', expected: 'rgba(4, 5, 6, 0.5)' },
    { value: 'light-dark(light-dark(#111111, #222222), #333333)', scheme: 'light', expected: '#111111' },
    { value: '#c0ffee', scheme: 'dark', expected: '#c0ffee' },
    { value: '', scheme: 'light', expected: UNREADABLE_COLOUR },
  ] as const;
  for (const { value, scheme, expected } of cases)
    it(`"${value}" in ${scheme} is ${expected}`, () => expect(colourForScheme(value, scheme)).toBe(expected));
});

describe('readColourTokens', () => {
  it('reads the page’s own definitions in app.css', () => {
    const names = { background: '--color-background', text: '--color-text' };
    expect(readColourTokens(names, appCssStyle('dark'), false)).toEqual({ background: '#15171a', text: '#eceae6' });
    expect(readColourTokens(names, appCssStyle('light dark'), false)).toEqual({ background: '#ffffff', text: '#17191c' });
  });
});
