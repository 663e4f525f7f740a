/**
 * Runs a callback in a task of its own that the browser runs before its next frame, so a
 * long piece of start-up work can be split in two without the frame (style, layout, paint)
 * landing between the halves.
 *
 * Why not setTimeout: a timer's task queues behind the frame, which delays the timeline's
 * first draw. `scheduler.postTask` at 'user-blocking' priority runs ahead of
 * rendering in Chromium (and in Firefox, which has it too). Where the scheduler is missing
 * (Safari), the callback runs at once, in the caller's task: exactly what happened before
 * the split, so no browser is worse off.
 *
 * Returns a function that cancels the callback if it has not run yet.
 */
interface PostTaskScheduler {
  postTask(callback: () => void, options: { priority: 'user-blocking'; signal: AbortSignal }): Promise<unknown>;
}

export function runInUrgentTask(callback: () => void, scope: object = globalThis): () => void {
  const scheduler = (scope as { scheduler?: PostTaskScheduler }).scheduler;
  if (typeof scheduler?.postTask !== 'function') {
    callback();
    return () => {};
  }
  const controller = new AbortController();
  // An aborted task rejects its promise: that is the cancellation asked for, not an error.
  scheduler.postTask(callback, { priority: 'user-blocking', signal: controller.signal }).catch(() => {});
  return () => controller.abort();
}
