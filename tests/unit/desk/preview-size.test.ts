import { describe, expect, it } from 'vitest';
import { fitWindow, PREVIEW_FOLLOWS_UP_TO, previewFollows } from '../../../src/lib/desk/preview-size.ts';

describe('previewFollows', () => {
  const cases = [
    { name: 'an empty story', events: 0, expected: true },
    { name: 'the published story', events: 64, expected: true },
    { name: 'the 1,000-event benchmark story', events: 1000, expected: true },
    { name: 'a story at the limit', events: PREVIEW_FOLLOWS_UP_TO, expected: true },
    { name: 'a story one past the limit', events: PREVIEW_FOLLOWS_UP_TO + 1, expected: false },
    { name: 'the 20,000-event story', events: 20_000, expected: false },
  ];
  for (const { name, events, expected } of cases)
    it(`${expected ? 'redraws' : 'waits to be asked to draw'} ${name}`, () => expect(previewFollows(events)).toBe(expected));
});

describe('fitWindow', () => {
  const desktop = { width: 1280, height: 800 };
  const phone = { width: 375, height: 667 };
  const cases = [
    {
      name: 'a desktop window in a 640 px column is drawn at half size',
      window: desktop,
      available: 640,
      expected: { scale: 0.5, width: 640, height: 400 },
    },
    {
      name: 'a desktop window in a wider column keeps its own size',
      window: desktop,
      available: 1600,
      expected: { scale: 1, width: 1280, height: 800 },
    },
    {
      name: 'a phone in a 600 px column keeps its own size',
      window: phone,
      available: 600,
      expected: { scale: 1, width: 375, height: 667 },
    },
    {
      name: 'a phone in a 300 px column shrinks in proportion',
      window: phone,
      available: 300,
      expected: { scale: 0.8, width: 300, height: 533.6 },
    },
    {
      name: 'a column not measured yet leaves the window as it is',
      window: desktop,
      available: 0,
      expected: { scale: 1, width: 1280, height: 800 },
    },
  ];
  for (const { name, window, available, expected } of cases)
    it(name, () => {
      const fitted = fitWindow(window, available);
      expect(fitted.scale).toBeCloseTo(expected.scale, 10);
      expect(fitted.width).toBeCloseTo(expected.width, 10);
      expect(fitted.height).toBeCloseTo(expected.height, 10);
    });
});
