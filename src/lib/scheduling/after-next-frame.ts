/**
 * Runs a callback once the browser has produced its next frame: a task queued from
 * requestAnimationFrame runs after that frame's style, layout and paint.
 *
 * Why: the timeline marks itself ready when its canvas is drawn, before the browser has laid
 * out and painted the page. Work started at that moment,
 * such as the requests for data/, the map and the details, and the scripts they bring, ran
 * ahead of that frame and held back the reader's first sight of the timeline.
 *
 * Hidden documents get no frames, so the callback runs after `fallbackMs` anyway.
 * Returns a function that cancels the callback if it has not run yet.
 */
interface FrameScope {
  requestAnimationFrame(callback: () => void): number;
  cancelAnimationFrame(handle: number): void;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export function afterNextFrame(
  callback: () => void,
  fallbackMs = 250,
  scope: FrameScope = globalThis as unknown as FrameScope,
): () => void {
  let done = false;
  let afterFrame: unknown;
  const finish = () => {
    if (done) return;
    cancel();
    callback();
  };
  const frame = scope.requestAnimationFrame(() => (afterFrame = scope.setTimeout(finish, 0)));
  const fallback = scope.setTimeout(finish, fallbackMs);
  function cancel() {
    done = true;
    scope.cancelAnimationFrame(frame);
    scope.clearTimeout(afterFrame);
    scope.clearTimeout(fallback);
  }
  return cancel;
}
