import { describe, expect, it, test } from 'vitest';
import { BACKGROUNDS, contrastRatio, relativeLuminance, usableAccent } from '../../../src/lib/embed/accent.ts';

describe('relativeLuminance follows WCAG 2.1', () => {
  const cases: { input: string; expected: number }[] = [
    { input: '#000000', expected: 0 },
    { input: '#ffffff', expected: 1 },
    { input: '#FFFFFF', expected: 1 },
    { input: '#ff0000', expected: 0.2126 },
    { input: '#00ff00', expected: 0.7152 },
    { input: '#0000ff', expected: 0.0722 },
    // sRGB 0x77 = 119 → ((119/255 + 0.055) / 1.055) ** 2.4 ≈ 0.18447
    { input: '#777777', expected: 0.18447 },
  ];
  for (const c of cases) {
    it(`gives ${c.input} a luminance of ${c.expected}`, () => expect(relativeLuminance(c.input)).toBeCloseTo(c.expected, 4));
  }
});

describe('contrastRatio matches WCAG reference values', () => {
  const cases: { input: [string, string]; expected: number }[] = [
    { input: ['#000000', '#ffffff'], expected: 21 },
    { input: ['#ffffff', '#000000'], expected: 21 },
    { input: ['#777777', '#ffffff'], expected: 4.48 },
    { input: ['#b3261e', '#b3261e'], expected: 1 },
    { input: ['#ffffff', '#ffffff'], expected: 1 },
  ];
  for (const c of cases) {
    it(`gives ${c.input.join(' on ')} a contrast of ${c.expected}`, () => expect(contrastRatio(...c.input)).toBeCloseTo(c.expected, 2));
  }

  // 3-digit colours are expanded, not read as one number (#fff is white, not 0x000fff).
  const shortHex: { input: [string, string]; expected: number }[] = [
    { input: ['#000', '#fff'], expected: 21 },
    { input: ['#777', '#fff'], expected: 4.48 },
  ];
  for (const c of shortHex) {
    test(`gives the 3-digit ${c.input.join(' on ')} a contrast of ${c.expected}`, () => {
      expect(contrastRatio(...c.input)).toBeCloseTo(c.expected, 2);
    });
  }
});

describe('usableAccent refuses an accent with less than 3:1 against the page', () => {
  const cases: { input: [string, 'light' | 'dark']; expected: boolean }[] = [
    { input: ['#b3261e', 'light'], expected: true },
    { input: ['#005a9c', 'light'], expected: true },
    { input: ['#ffff00', 'light'], expected: false },
    { input: ['#ffffff', 'light'], expected: false },
    { input: ['#ff8a80', 'dark'], expected: true },
    { input: ['#ffff00', 'dark'], expected: true },
    { input: ['#202020', 'dark'], expected: false },
    { input: [BACKGROUNDS.dark, 'dark'], expected: false },
  ];
  for (const c of cases) {
    it(`${c.expected ? 'accepts' : 'refuses'} ${c.input[0]} on ${c.input[1]}`, () => expect(usableAccent(...c.input)).toBe(c.expected));
  }
});
