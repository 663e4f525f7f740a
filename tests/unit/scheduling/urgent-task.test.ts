import { describe, expect, it } from 'vitest';
import { runInUrgentTask } from '../../../src/lib/scheduling/urgent-task.ts';

/** A stand-in for the browser's scheduler that keeps the posted tasks until `runAll`. */
function fakeScheduler() {
  const posted: { callback: () => void; priority: string; signal: AbortSignal }[] = [];
  return {
    posted,
    scheduler: {
      postTask(callback: () => void, { priority, signal }: { priority: string; signal: AbortSignal }) {
        posted.push({ callback, priority, signal });
        return new Promise<void>((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
      },
    },
    runAll() {
      for (const task of posted.splice(0)) if (!task.signal.aborted) task.callback();
    },
  };
}

describe('runInUrgentTask', () => {
  it('posts the callback as a user-blocking task rather than running it in the caller’s task', () => {
    const fake = fakeScheduler();
    let ran = 0;
    runInUrgentTask(() => ran++, { scheduler: fake.scheduler });
    expect(ran).toBe(0);
    expect(fake.posted.map((task) => task.priority)).toEqual(['user-blocking']);
    fake.runAll();
    expect(ran).toBe(1);
  });

  it('cancels a task that has not run yet, without an unhandled rejection', async () => {
    const fake = fakeScheduler();
    let ran = 0;
    const cancel = runInUrgentTask(() => ran++, { scheduler: fake.scheduler });
    cancel();
    fake.runAll();
    // Give a rejection the chance to surface: vitest fails the run on an unhandled one.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ran).toBe(0);
  });

  it('runs the callback at once where the browser has no scheduler (Safari), as before the split', () => {
    for (const scope of [{}, { scheduler: {} }, { scheduler: { postTask: 'not a function' } }]) {
      let ran = 0;
      const cancel = runInUrgentTask(() => ran++, scope);
      expect(ran).toBe(1);
      cancel();
      expect(ran).toBe(1);
    }
  });
});
