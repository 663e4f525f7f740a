/**
 * The zoom gesture, loaded after the timeline is ready: the first paint does not need it, and
 * the first download has a size limit of its own. Buttons, keys and the brush work before it arrives.
 * The element gets `data-gestures-ready` once wheel, drag and pinch are live.
 */
import type { Boot } from '../state/boot.svelte.ts';
import type { ZoomGestureOptions } from './zoom-gesture.ts';

export function attachLazyZoomGesture(boot: Boot, options: ZoomGestureOptions) {
  return (element: HTMLElement) => {
    let detach: (() => void) | undefined;
    // Like the rest of what follows the timeline: after the frame that shows it, so the chunk
    // is never part of the first download.
    const stopLoading = boot.loadAfter(
      'shown',
      () => import('./zoom-gesture.ts').then((module) => ({ default: module.attachZoomGesture })),
      (attachZoomGesture) => {
        detach = attachZoomGesture(options)(element);
        element.setAttribute('data-gestures-ready', '');
      },
    );
    return () => {
      stopLoading();
      detach?.();
      element.removeAttribute('data-gestures-ready');
    };
  };
}
