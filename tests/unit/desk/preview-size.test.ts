import { describe, expect, it } from 'vitest';
import { PREVIEW_FOLLOWS_UP_TO, previewFollows } from '../../../src/lib/desk/preview-size.ts';

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
