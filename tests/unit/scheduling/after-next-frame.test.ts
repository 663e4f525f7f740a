import { describe, expect, it } from 'vitest';
import { afterNextFrame } from '../../../src/lib/scheduling/after-next-frame.ts';

/** A stand-in for the browser's frames and timers, advanced by hand. */
function fakeBrowser() {
  let next = 1;
  const frames = new Map<number, () => void>();
  const timers = new Map<number, { callback: () => void; at: number }>();
  let now = 0;
  return {
    scope: {
      requestAnimationFrame(callback: () => void) {
        frames.set(next, callback);
        return next++;
      },
      cancelAnimationFrame(handle: number) {
        frames.delete(handle);
      },
      setTimeout(callback: () => void, ms: number) {
        timers.set(next, { callback, at: now + ms });
        return next++;
      },
      clearTimeout(handle: unknown) {
        timers.delete(handle as number);
      },
    },
    /** The browser renders a frame: its animation-frame callbacks run. */
    frame() {
      const due = [...frames.values()];
      frames.clear();
      for (const callback of due) callback();
    },
    /** Time passes: the timers due by then run, in order. */
    advance(ms: number) {
      now += ms;
      for (const [handle, timer] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at > now || !timers.has(handle)) continue;
        timers.delete(handle);
        timer.callback();
      }
    },
  };
}

describe('afterNextFrame', () => {
  it('waits for the next frame, then for a task after it', () => {
    const browser = fakeBrowser();
    let ran = 0;
    afterNextFrame(() => ran++, 250, browser.scope);
    browser.advance(10);
    expect(ran, 'not before the frame').toBe(0);
    browser.frame();
    expect(ran, 'not inside the frame').toBe(0);
    browser.advance(0);
    expect(ran).toBe(1);
    // The fallback does not run it a second time.
    browser.advance(1000);
    expect(ran).toBe(1);
  });

  it('runs anyway after the fallback delay when no frame comes (a hidden document)', () => {
    const browser = fakeBrowser();
    let ran = 0;
    afterNextFrame(() => ran++, 250, browser.scope);
    browser.advance(249);
    expect(ran).toBe(0);
    browser.advance(1);
    expect(ran).toBe(1);
    browser.frame();
    browser.advance(0);
    expect(ran).toBe(1);
  });

  it('never runs once cancelled', () => {
    const browser = fakeBrowser();
    let ran = 0;
    const cancel = afterNextFrame(() => ran++, 250, browser.scope);
    browser.frame();
    cancel();
    browser.advance(1000);
    expect(ran).toBe(0);
  });
});
