/**
 * What a key does in the timeline's listbox, as a pure decision the container carries out.
 * Arrows walk events in date order in every layout (and both directions of writing: the
 * time axis runs left to right in every language).
 */

export type TimelineAction =
  { kind: 'move'; index: number } | { kind: 'select' } | { kind: 'zoom'; direction: 1 | -1 } | { kind: 'clear' } | { kind: 'none' };

export function actionForKey(key: string, current: number, count: number): TimelineAction {
  if (count === 0) return { kind: 'none' };
  const clamp = (index: number) => Math.min(count - 1, Math.max(0, index));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return { kind: 'move', index: clamp(current + 1) };
    case 'ArrowLeft':
    case 'ArrowUp':
      return { kind: 'move', index: clamp(current - 1) };
    case 'PageDown':
      return { kind: 'move', index: clamp(current + 10) };
    case 'PageUp':
      return { kind: 'move', index: clamp(current - 10) };
    case 'Home':
      return { kind: 'move', index: 0 };
    case 'End':
      return { kind: 'move', index: count - 1 };
    case 'Enter':
    case ' ':
      return { kind: 'select' };
    case '+':
    case '=':
      return { kind: 'zoom', direction: 1 };
    case '-':
    case '_':
      return { kind: 'zoom', direction: -1 };
    case 'Escape':
      return { kind: 'clear' };
    default:
      return { kind: 'none' };
  }
}
