import { describe, expect, it } from 'vitest';
import { QuietAnnouncer, type AnnouncerClock } from '../../../src/lib/map/quiet-announcer.ts';

/** A clock the test moves by hand. */
function fakeClock() {
  let now = 0;
  let timers: { at: number; callback: () => void; id: number }[] = [];
  let nextId = 1;
  const clock: AnnouncerClock = {
    now: () => now,
    setTimeout: (callback, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, callback, id });
      return id;
    },
    clearTimeout: (handle) => (timers = timers.filter((timer) => timer.id !== handle)),
  };
  const advance = (ms: number) => {
    now += ms;
    const due = timers.filter((timer) => timer.at <= now);
    timers = timers.filter((timer) => timer.at > now);
    for (const timer of due) timer.callback();
  };
  return { clock, advance };
}

type Step = { view: string } | { select: true } | { wait: number };

describe('QuietAnnouncer', () => {
  const cases: { name: string; steps: Step[]; expected: string[] }[] = [
    { name: 'a change is read once the reader pauses', steps: [{ view: 'A' }, { wait: 699 }, { wait: 1 }], expected: ['A'] },
    {
      name: 'a brush stroke of many changes is read once, as it ends',
      steps: [{ view: 'A' }, { wait: 100 }, { view: 'B' }, { wait: 100 }, { view: 'C' }, { wait: 700 }],
      expected: ['C'],
    },
    { name: 'a change that comes with a selection stays quiet', steps: [{ select: true }, { view: 'A' }, { wait: 2000 }], expected: [] },
    {
      name: 'a selection just after a change silences it',
      steps: [{ view: 'A' }, { wait: 100 }, { select: true }, { wait: 2000 }],
      expected: [],
    },
    {
      name: 'a change well after a selection is read',
      steps: [{ select: true }, { wait: 800 }, { view: 'A' }, { wait: 700 }],
      expected: ['A'],
    },
    {
      name: 'two pauses, two summaries',
      steps: [{ view: 'A' }, { wait: 700 }, { view: 'B' }, { wait: 700 }],
      expected: ['A', 'B'],
    },
  ];
  for (const { name, steps, expected } of cases)
    it(name, () => {
      const { clock, advance } = fakeClock();
      const said: string[] = [];
      const announcer = new QuietAnnouncer((text) => said.push(text), 700, clock);
      for (const step of steps) {
        if ('view' in step) announcer.viewChanged(() => step.view);
        else if ('select' in step) announcer.selectionChanged();
        else advance(step.wait);
      }
      expect(said).toEqual(expected);
    });

  it('reads the text as it is when it speaks, not when the change began', () => {
    const { clock, advance } = fakeClock();
    const said: string[] = [];
    let current = 'before';
    const announcer = new QuietAnnouncer((text) => said.push(text), 700, clock);
    announcer.viewChanged(() => current);
    current = 'after';
    advance(700);
    expect(said).toEqual(['after']);
  });

  it('says nothing after it is disposed', () => {
    const { clock, advance } = fakeClock();
    const said: string[] = [];
    const announcer = new QuietAnnouncer((text) => said.push(text), 700, clock);
    announcer.viewChanged(() => 'A');
    announcer.dispose();
    advance(1000);
    expect(said).toEqual([]);
  });
});
