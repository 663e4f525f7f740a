/**
 * The zoom gesture, loaded after the timeline is ready: d3-zoom and what it brings
 * (d3-selection, d3-drag, d3-dispatch; not d3-transition, see no-transition.ts) are about
 * 9 KB gzip that the first paint does not need. Buttons, keys and the brush work before it arrives.
 * The element gets `data-gestures-ready` once wheel, drag and pinch are live.
 */
import type { ZoomGestureOptions } from './zoom-gesture.ts';

export function attachLazyZoomGesture(options: ZoomGestureOptions) {
  return (element: HTMLElement) => {
    let detach: (() => void) | undefined;
    let detached = false;
    // Attached once the marks are drawn (the timeline marks itself ready in the same update),
    // and loaded after the frame that shows them, so the chunk is never part of the first download.
    const frame = requestAnimationFrame(() => {
      import('./zoom-gesture.ts').then(({ attachZoomGesture }) => {
        if (detached) return;
        detach = attachZoomGesture(options)(element);
        element.setAttribute('data-gestures-ready', '');
      });
    });
    return () => {
      detached = true;
      cancelAnimationFrame(frame);
      detach?.();
      element.removeAttribute('data-gestures-ready');
    };
  };
}
