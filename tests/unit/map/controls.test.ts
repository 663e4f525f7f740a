import { describe, expect, it } from 'vitest';
import { controlBoxes, mapLocale } from '../../../src/lib/map/controls.ts';
import { translate } from '../../../src/lib/i18n/messages.ts';
import '../../../src/lib/i18n/messages-map.ts';

describe('mapLocale', () => {
  it('gives MapLibre every text it asks for, in the reader’s words', () => {
    const locale = mapLocale((key) => translate('en', key));
    expect(locale['NavigationControl.ZoomIn']).toBe('Zoom in');
    expect(Object.values(locale).every((text) => text.length > 0 && !text.startsWith('map.'))).toBe(true);
  });
});

describe('controlBoxes', () => {
  it('keeps the top-right zoom buttons and the bottom corners clear, inside the map', () => {
    const boxes = controlBoxes(600, 400);
    expect(boxes).toHaveLength(3);
    for (const box of boxes) {
      expect(box.x0).toBeGreaterThanOrEqual(0);
      expect(box.x1).toBeLessThanOrEqual(600);
      expect(box.y1).toBeLessThanOrEqual(400);
    }
  });
});
