/**
 * Resolves once the timeline has marked the page interactive (`data-timeline-ready` on
 * <html>) and the browser has shown it (the frame after the mark, see after-next-frame.ts),
 * or after a timeout, so the map's heavy chunk never competes with the timeline yet still
 * loads if the timeline never says so.
 */
import { afterNextFrame } from './after-next-frame.ts';

export const TIMELINE_READY_ATTRIBUTE = 'data-timeline-ready';

export function whenTimelineReady(root: HTMLElement, timeoutMs = 3000): { ready: Promise<void>; cancel: () => void } {
  let cancel = () => {};
  const ready = new Promise<void>((resolve) => {
    if (root.hasAttribute(TIMELINE_READY_ATTRIBUTE)) return resolve();
    let cancelFrame = () => {};
    const observer = new MutationObserver(() => {
      if (!root.hasAttribute(TIMELINE_READY_ATTRIBUTE)) return;
      observer.disconnect();
      cancelFrame = afterNextFrame(done);
    });
    const timer = setTimeout(done, timeoutMs);
    function done() {
      cancel();
      resolve();
    }
    cancel = () => {
      observer.disconnect();
      clearTimeout(timer);
      cancelFrame();
    };
    observer.observe(root, { attributes: true, attributeFilter: [TIMELINE_READY_ATTRIBUTE] });
  });
  return { ready, cancel: () => cancel() };
}

/**
 * Imports a component's chunk once the timeline is ready and hands it over, unless the caller
 * has gone by then: the pattern of everything below the first paint (the map, the text
 * version, the zoom gesture). Returns the teardown, for an `$effect` or an attachment.
 */
export function importWhenTimelineReady<T>(load: () => Promise<{ default: T }>, onLoaded: (component: T) => void): () => void {
  const { ready, cancel } = whenTimelineReady(document.documentElement);
  let current = true;
  ready
    .then(load)
    .then((module) => {
      if (current) onLoaded(module.default);
    })
    .catch((error: unknown) => console.warn('A part of the story could not be loaded:', error));
  return () => {
    current = false;
    cancel();
  };
}
