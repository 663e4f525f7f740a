/**
 * Resolves once the timeline has marked the page interactive (`data-timeline-ready` on
 * <html>), or after a timeout, so the map's heavy chunk never competes with the timeline
 * yet still loads if the timeline never says so.
 */
export const TIMELINE_READY_ATTRIBUTE = 'data-timeline-ready';

export function whenTimelineReady(root: HTMLElement, timeoutMs = 3000): { ready: Promise<void>; cancel: () => void } {
  let cancel = () => {};
  const ready = new Promise<void>((resolve) => {
    if (root.hasAttribute(TIMELINE_READY_ATTRIBUTE)) return resolve();
    const observer = new MutationObserver(() => {
      if (root.hasAttribute(TIMELINE_READY_ATTRIBUTE)) done();
    });
    const timer = setTimeout(done, timeoutMs);
    function done() {
      cancel();
      resolve();
    }
    cancel = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(root, { attributes: true, attributeFilter: [TIMELINE_READY_ATTRIBUTE] });
  });
  return { ready, cancel: () => cancel() };
}
