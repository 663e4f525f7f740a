import { describe, expect, it } from 'vitest';
import { Boot, BOOT_PARTS, READY_ATTRIBUTES, type BootScheduling } from '../../../src/lib/state/boot.svelte.ts';

/** Frames and timers advanced by hand. */
function fakeScheduling() {
  const frames = new Set<() => void>();
  const timers = new Map<number, () => void>();
  let next = 1;
  const scheduling: BootScheduling = {
    afterFrame(callback) {
      frames.add(callback);
      return () => frames.delete(callback);
    },
    setTimeout(callback) {
      timers.set(next, callback);
      return next++;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
  };
  return {
    scheduling,
    frame() {
      const due = [...frames];
      frames.clear();
      for (const callback of due) callback();
    },
    fireTimers() {
      const due = [...timers.values()];
      timers.clear();
      for (const callback of due) callback();
    },
    pendingTimers: () => timers.size,
  };
}

describe('Boot', () => {
  it('starts with every part pending', () => {
    const boot = new Boot(fakeScheduling().scheduling);
    expect(BOOT_PARTS.map((part) => boot.status(part))).toEqual(BOOT_PARTS.map(() => 'pending'));
  });

  it('marks the timeline shown after the next frame, not before', () => {
    const browser = fakeScheduling();
    const boot = new Boot(browser.scheduling);
    boot.markReady('timeline');
    expect(boot.status('shown')).toBe('pending');
    browser.frame();
    expect(boot.status('shown')).toBe('ready');
  });

  it('shows what waits for the timeline even if the timeline never draws (the fallback timer)', () => {
    const browser = fakeScheduling();
    const boot = new Boot(browser.scheduling);
    browser.fireTimers();
    expect(boot.status('shown')).toBe('ready');
    expect(boot.status('timeline')).toBe('pending');
  });

  it('clears the fallback timer once shown', () => {
    const browser = fakeScheduling();
    const boot = new Boot(browser.scheduling);
    boot.markReady('timeline');
    browser.frame();
    expect(browser.pendingTimers()).toBe(0);
  });

  it('lets one part fail while the others stand, with its reason', () => {
    const boot = new Boot(fakeScheduling().scheduling);
    boot.markReady('timeline');
    boot.markFailed('map', 'no WebGL and no base map');
    expect(boot.status('timeline')).toBe('ready');
    expect(boot.status('map')).toBe('failed');
    expect(boot.reason('map')).toBe('no WebGL and no base map');
    boot.reset('map');
    expect(boot.status('map')).toBe('pending');
    expect(boot.reason('map')).toBeUndefined();
  });

  it('resolves whenReady at once for a ready part, and later for a pending one', async () => {
    const boot = new Boot(fakeScheduling().scheduling);
    boot.markReady('story');
    await expect(boot.whenReady('story')).resolves.toBeUndefined();
    const order: string[] = [];
    const waiting = boot.whenReady('map').then(() => order.push('map ready'));
    order.push('before');
    boot.markReady('map');
    await waiting;
    expect(order).toEqual(['before', 'map ready']);
  });

  it('loads a chunk after its part, and drops it if the caller has gone', async () => {
    const browser = fakeScheduling();
    const boot = new Boot(browser.scheduling);
    const loaded: string[] = [];
    let loads = 0;
    const load = async () => {
      loads++;
      return { default: 'chunk' };
    };
    boot.loadAfter('shown', load, (value) => loaded.push(`kept ${value}`));
    const stop = boot.loadAfter('shown', load, (value) => loaded.push(`gone ${value}`));
    stop();
    await Promise.resolve();
    expect(loads).toBe(0);
    boot.markReady('timeline');
    browser.frame();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(loads).toBe(1);
    expect(loaded).toEqual(['kept chunk']);
  });

  it.each([
    ['ready', (boot: Boot) => boot.markReady('map')],
    ['failed', (boot: Boot) => boot.markFailed('map', 'no WebGL')],
  ])('settles a part once it is %s, and clears its fallback timer', async (_outcome, settle) => {
    const browser = fakeScheduling();
    const boot = new Boot(browser.scheduling);
    boot.markReady('timeline');
    browser.frame();
    const order: string[] = [];
    const settled = boot.whenSettled('map').then(() => order.push('settled'));
    await Promise.resolve();
    expect(order).toEqual([]);
    expect(browser.pendingTimers()).toBe(1);
    settle(boot);
    await settled;
    expect(order).toEqual(['settled']);
    expect(browser.pendingTimers()).toBe(0);
  });

  it('settles at once for a part that is no longer pending', async () => {
    const boot = new Boot(fakeScheduling().scheduling);
    boot.markFailed('map', 'no WebGL');
    await expect(boot.whenSettled('map')).resolves.toBeUndefined();
  });

  it('stops waiting for a part that never settles after the fallback time', async () => {
    const browser = fakeScheduling();
    const boot = new Boot(browser.scheduling);
    boot.markReady('timeline');
    browser.frame();
    let settled = false;
    const waiting = boot.whenSettled('map').then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    browser.fireTimers();
    await waiting;
    expect(settled).toBe(true);
    expect(boot.status('map')).toBe('pending');
  });

  it('loads a chunk after a promise, such as a part settling', async () => {
    const browser = fakeScheduling();
    const boot = new Boot(browser.scheduling);
    const loaded: string[] = [];
    boot.loadAfter(
      boot.whenSettled('map'),
      async () => ({ default: 'text version' }),
      (value) => loaded.push(value),
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(loaded).toEqual([]);
    boot.markFailed('map', 'the base map is missing');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(loaded).toEqual(['text version']);
  });

  it('names the attributes the page mirrors for tests and embedding pages', () => {
    expect(READY_ATTRIBUTES).toEqual({ timeline: 'data-timeline-ready', map: 'data-map-ready' });
  });
});
