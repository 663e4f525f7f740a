import { describe, expect, it } from 'vitest';
import { actionForKey, type TimelineAction } from '../../../src/lib/timeline/keyboard.ts';

describe('actionForKey', () => {
  // Most cases stand on the sixth of 30 events (index 5), so a step either way is visible.
  const cases: { name: string; key: string; current?: number; count?: number; expected: TimelineAction }[] = [
    { name: 'ArrowRight moves to the next event', key: 'ArrowRight', expected: { kind: 'move', index: 6 } },
    { name: 'ArrowDown moves to the next event too', key: 'ArrowDown', expected: { kind: 'move', index: 6 } },
    { name: 'ArrowLeft moves to the previous event', key: 'ArrowLeft', expected: { kind: 'move', index: 4 } },
    { name: 'ArrowUp moves to the previous event too', key: 'ArrowUp', expected: { kind: 'move', index: 4 } },
    { name: 'PageDown jumps ten events on', key: 'PageDown', expected: { kind: 'move', index: 15 } },
    { name: 'PageUp jumps ten events back, stopping at the first', key: 'PageUp', expected: { kind: 'move', index: 0 } },
    { name: 'PageDown stops at the last event', key: 'PageDown', current: 25, expected: { kind: 'move', index: 29 } },
    { name: 'Home goes to the first event', key: 'Home', expected: { kind: 'move', index: 0 } },
    { name: 'End goes to the last event', key: 'End', expected: { kind: 'move', index: 29 } },
    { name: 'ArrowRight on the last event stays there', key: 'ArrowRight', current: 29, expected: { kind: 'move', index: 29 } },
    { name: 'ArrowLeft on the first event stays there', key: 'ArrowLeft', current: 0, expected: { kind: 'move', index: 0 } },
    {
      name: 'ArrowRight with no event focused yet goes to the first (the container passes -1)',
      key: 'ArrowRight',
      current: -1,
      expected: { kind: 'move', index: 0 },
    },
    { name: 'Enter selects the focused event', key: 'Enter', expected: { kind: 'select' } },
    { name: 'Space selects the focused event', key: ' ', expected: { kind: 'select' } },
    { name: '+ zooms in', key: '+', expected: { kind: 'zoom', direction: 1 } },
    { name: '= (+ without Shift on many keyboards) zooms in', key: '=', expected: { kind: 'zoom', direction: 1 } },
    { name: '- zooms out', key: '-', expected: { kind: 'zoom', direction: -1 } },
    { name: '_ (- with Shift) zooms out', key: '_', expected: { kind: 'zoom', direction: -1 } },
    { name: 'Escape clears the selection', key: 'Escape', expected: { kind: 'clear' } },
    { name: 'Tab is left to the browser, to leave the listbox', key: 'Tab', expected: { kind: 'none' } },
    { name: 'a letter does nothing', key: 'a', expected: { kind: 'none' } },
    { name: 'an empty timeline ignores every key', key: 'ArrowRight', count: 0, expected: { kind: 'none' } },
    { name: 'an empty timeline ignores Enter too', key: 'Enter', count: 0, expected: { kind: 'none' } },
    { name: 'a single event is both first and last', key: 'End', current: 0, count: 1, expected: { kind: 'move', index: 0 } },
  ];
  for (const c of cases) {
    it(`actionForKey: ${c.name}`, () => {
      expect(actionForKey(c.key, c.current ?? 5, c.count ?? 30)).toEqual(c.expected);
    });
  }
});
