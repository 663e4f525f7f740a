/**
 * Wheel, trackpad, pinch and drag on the timeline, as a Svelte attachment. The arithmetic is
 * in gesture-window.ts and pointer-gesture.ts; this file only turns DOM events into their
 * inputs. The window lives in the app state and is the single source of truth (buttons,
 * brush and keys change it too), so nothing here keeps a transform of its own.
 *
 * Why not d3-zoom: the timeline never animates a zoom, yet d3-zoom imports d3-transition
 * (with d3-interpolate, d3-color, d3-ease and d3-timer) for animated zooms; with them its
 * chunk is about twice the size of this one, and every reader's visit has a size limit
 * (tests/e2e/budget.spec.ts). Pointer Events cover mouse, pen and touch alike.
 *
 * Like a good embedded map, the timeline does not steal the page's scroll: a plain vertical
 * wheel scrolls the article; Ctrl/⌘ + wheel and trackpad pinch (which browsers send as a
 * wheel with ctrlKey) zoom; a horizontal wheel or Shift + wheel pans. On touch screens the
 * element's `touch-action: pan-y` leaves vertical swipes to the page, which then cancels our
 * pointer; horizontal swipes pan and two fingers pinch.
 */
import { panByPx, wheelZoomFactor, zoomAtPx } from './gesture-window.ts';
import { pointerGesture, type PointerGestureOptions } from './pointer-gesture.ts';

export type ZoomGestureOptions = PointerGestureOptions;

export function attachZoomGesture(options: ZoomGestureOptions) {
  return (element: HTMLElement) => {
    const gesture = pointerGesture(options);
    /** The x of an event in the chart's coordinates (px from the element's left edge, as the range is). */
    const xOf = (event: MouseEvent) => event.clientX - element.getBoundingClientRect().left - element.clientLeft;
    /** Set when a drag ends, so the click the browser may fire after it does not select a mark. */
    let swallowClick = false;

    const onPointerDown = (event: PointerEvent) => {
      swallowClick = false;
      // The main button only, and not on buttons inside the chart, which have clicks of their own.
      if (event.button !== 0 || (event.target as Element).closest('button')) return;
      gesture.down(event.pointerId, xOf(event));
    };
    const onPointerMove = (event: PointerEvent) => {
      // A mouse released outside the chart before it dragged was never captured, and its
      // release never reached us: a move without buttons ends that press.
      if (event.pointerType === 'mouse' && event.buttons === 0) {
        gesture.up(event.pointerId);
        return;
      }
      if (!gesture.move(event.pointerId, xOf(event))) return;
      // A mouse drag keeps its events when the pointer leaves the chart. Touch and pen
      // pointers are captured by the browser already (and synthetic ones cannot be).
      if (event.pointerType === 'mouse' && !element.hasPointerCapture(event.pointerId)) element.setPointerCapture(event.pointerId);
    };
    const onPointerUp = (event: PointerEvent) => {
      if (gesture.up(event.pointerId)) swallowClick = true;
    };
    const onClick = (event: MouseEvent) => {
      if (!swallowClick) return;
      swallowClick = false;
      event.stopPropagation();
      event.preventDefault();
    };
    const onWheel = (event: WheelEvent) => {
      const scale = options.getScale();
      if (event.ctrlKey || event.metaKey) {
        // Always ours, even at the closest zoom: the browser would otherwise zoom the whole page.
        event.preventDefault();
        options.onWindow(zoomAtPx(scale, wheelZoomFactor(event.deltaY, event.deltaMode), xOf(event), options.getExtent()));
        return;
      }
      const horizontal = Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : event.shiftKey ? event.deltaY : 0;
      if (horizontal === 0) return;
      event.preventDefault();
      // Lines and pages (deltaMode 1 and 2) are rare for horizontal scrolling; a line is taken as 16 px.
      const px = event.deltaMode === 0 ? horizontal : horizontal * (event.deltaMode === 1 ? 16 : scale.range[1] - scale.range[0]);
      options.onWindow(panByPx(scale, -px, options.getExtent()));
    };

    element.addEventListener('pointerdown', onPointerDown);
    element.addEventListener('pointermove', onPointerMove);
    element.addEventListener('pointerup', onPointerUp);
    element.addEventListener('pointercancel', onPointerUp);
    element.addEventListener('click', onClick, { capture: true });
    element.addEventListener('wheel', onWheel, { passive: false });

    return () => {
      element.removeEventListener('pointerdown', onPointerDown);
      element.removeEventListener('pointermove', onPointerMove);
      element.removeEventListener('pointerup', onPointerUp);
      element.removeEventListener('pointercancel', onPointerUp);
      element.removeEventListener('click', onClick, { capture: true });
      element.removeEventListener('wheel', onWheel);
    };
  };
}
