/**
 * Wheel, trackpad, pinch and drag on the timeline, through d3-zoom, as a Svelte attachment.
 * d3-zoom only computes: its transform is turned into a time window that the app state holds,
 * and the window is the single source of truth (buttons, brush and keys change it too).
 *
 * Like a good embedded map, the timeline does not steal the page's scroll: a plain vertical
 * wheel scrolls the article; Ctrl/⌘ + wheel and trackpad pinch (which browsers send as a
 * wheel with ctrlKey) zoom; a horizontal wheel or Shift + wheel pans.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import { untrack } from 'svelte';
import type { TimeWindow } from '../state/time-window.ts';
import { timeScale } from './time-scale.ts';

export interface ZoomGestureOptions {
  getWindow: () => TimeWindow;
  getExtent: () => TimeWindow;
  getRange: () => [number, number];
  onWindow: (window: TimeWindow) => void;
}

export function attachZoomGesture(options: ZoomGestureOptions) {
  return (element: HTMLElement) => {
    const selection = select(element);
    const behaviour = zoom<HTMLElement, unknown>()
      .filter((event: Event) => {
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        // Drags start on the chart's background or marks, not on buttons in it.
        return !(event as MouseEvent).button && !(event.target as Element).closest?.('button');
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (!event.sourceEvent) return; // set by us from the window below: no feedback loop
        // What transform.rescaleX(base).domain() computes: the times under the range's ends.
        const base = timeScale(options.getExtent(), options.getRange());
        const [r0, r1] = base.range;
        options.onWindow([base.invert(event.transform.invertX(r0)), base.invert(event.transform.invertX(r1))]);
      });

    /** Puts d3-zoom's transform where the window is, after any change made elsewhere. */
    const syncTransform = () => {
      const extent = options.getExtent();
      const [start, end] = options.getWindow();
      const range = options.getRange();
      const base = timeScale(extent, range);
      const k = (extent[1] - extent[0]) / (end - start);
      const tx = range[0] - k * base(start);
      // The vertical extent does not matter (time is horizontal); reading the element's
      // height here would force a layout on every gesture.
      behaviour.extent([
        [range[0], 0],
        [range[1], 1],
      ]);
      behaviour.translateExtent([
        [range[0], -Infinity],
        [range[1], Infinity],
      ]);
      behaviour.scaleExtent([1, Math.max(1, (extent[1] - extent[0]) / (14 * 86_400_000))]);
      selection.property('__zoom', zoomIdentity.translate(tx, 0).scale(k));
    };

    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey || event.metaKey) return;
      const horizontal = Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : event.shiftKey ? event.deltaY : 0;
      if (horizontal === 0) return;
      event.preventDefault();
      const [start, end] = options.getWindow();
      const range = options.getRange();
      const msPerPx = (end - start) / (range[1] - range[0]);
      options.onWindow([start + horizontal * msPerPx, end + horizontal * msPerPx]);
    };

    selection.call(behaviour).on('dblclick.zoom', null);
    element.addEventListener('wheel', onWheel, { passive: false });
    // Before each gesture, start from the current window.
    element.addEventListener('pointerdown', syncTransform, { capture: true });
    element.addEventListener('wheel', syncTransform, { capture: true, passive: true });
    element.addEventListener('touchstart', syncTransform, { capture: true, passive: true });
    // Read the window without subscribing: this attachment must not be re-created on every pan.
    untrack(syncTransform);

    return () => {
      selection.on('.zoom', null);
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('pointerdown', syncTransform, { capture: true });
      element.removeEventListener('wheel', syncTransform, { capture: true });
      element.removeEventListener('touchstart', syncTransform, { capture: true });
    };
  };
}
