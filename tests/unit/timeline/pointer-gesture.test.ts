import { describe, expect, it } from 'vitest';
import { DRAG_THRESHOLD, pointerGesture } from '../../../src/lib/timeline/pointer-gesture.ts';
import type { TimeWindow } from '../../../src/lib/state/time-window.ts';
import { timeScale } from '../../../src/lib/timeline/time-scale.ts';

const DAY = 86_400_000;
const day = (n: number): number => Date.UTC(2000, 0, 1) + n * DAY;
const days = (window: TimeWindow): [number, number] => [(window[0] - day(0)) / DAY, (window[1] - day(0)) / DAY];

type Step = ['down' | 'move' | 'up', number, number?];

/**
 * Plays pointer events against a chart that, like the timeline, takes each window it is asked
 * for (here without clamping: gesture-window.test.ts covers limits). The chart runs from x = 100
 * to x = 1100 over a 1000-day story and starts on days 400 to 600 (0.2 days a px).
 */
function play(steps: Step[]) {
  let window: TimeWindow = [day(400), day(600)];
  const asked: TimeWindow[] = [];
  const gesture = pointerGesture({
    getScale: () => timeScale(window, [100, 1100]),
    getExtent: () => [day(0), day(1000)],
    onWindow: (next) => {
      asked.push(next);
      window = next;
    },
  });
  const answers = steps.map(([kind, id, x]) => (kind === 'up' ? gesture.up(id) : gesture[kind](id, x!)));
  return { window: days(window), asked: asked.length, answers };
}

describe('pointerGesture', () => {
  const cases: { name: string; steps: Step[]; window: [number, number]; asked: number; answers: boolean[] }[] = [
    {
      name: 'a press released where it started is a click: the window stays and the click goes through',
      steps: [
        ['down', 1, 500],
        ['up', 1],
      ],
      window: [400, 600],
      asked: 0,
      answers: [true, false],
    },
    {
      name: `a press that wobbles less than ${DRAG_THRESHOLD} px is still a click`,
      steps: [
        ['down', 1, 500],
        ['move', 1, 502],
        ['move', 1, 498],
        ['up', 1],
      ],
      window: [400, 600],
      asked: 0,
      answers: [true, false, false, false],
    },
    {
      name: 'a drag pans by the distance from where it started, and its release is no click',
      steps: [
        ['down', 1, 500],
        ['move', 1, 450],
        ['move', 1, 400],
        ['up', 1],
      ],
      // 100 px to the left at 0.2 days a px: 20 days later.
      window: [420, 620],
      asked: 2,
      answers: [true, true, true, true],
    },
    {
      name: 'a drag that comes back to its start is no click either',
      steps: [
        ['down', 1, 500],
        ['move', 1, 540],
        ['move', 1, 500],
        ['up', 1],
      ],
      window: [400, 600],
      asked: 2,
      answers: [true, true, true, true],
    },
    {
      name: 'moves of a pointer that is not down are not ours (a mouse passing over)',
      steps: [
        ['move', 1, 500],
        ['move', 1, 700],
        ['up', 1],
      ],
      window: [400, 600],
      asked: 0,
      answers: [false, false, false],
    },
    {
      name: 'two fingers spreading around the same midpoint zoom in',
      steps: [
        ['down', 1, 500],
        ['down', 2, 700],
        ['move', 1, 400],
        ['move', 2, 800],
        ['up', 1],
        ['up', 2],
      ],
      // Days 480 and 520 were under the fingers; now 400 px apart instead of 200: 0.1 days a px.
      window: [450, 550],
      asked: 2,
      answers: [true, true, true, true, false, true],
    },
    {
      name: 'the finger left after a pinch pans on from where the pinch ended',
      steps: [
        ['down', 1, 500],
        ['down', 2, 700],
        ['move', 2, 900], // finger 1 stays on day 480, finger 2 moves day 520 to x = 900: 0.1 days a px
        ['up', 1],
        ['move', 2, 800], // 100 px back at 0.1 days a px: 10 days later
        ['up', 2],
      ],
      window: [450, 550],
      asked: 2,
      answers: [true, true, true, false, true, true],
    },
    {
      name: 'a third finger takes no part',
      steps: [
        ['down', 1, 500],
        ['down', 2, 700],
        ['down', 3, 900],
        ['move', 3, 100],
      ],
      window: [400, 600],
      asked: 0,
      answers: [true, true, false, false],
    },
    {
      name: 'a pointer pressed again whose release went unseen starts afresh, not from its old place',
      steps: [
        ['down', 1, 500],
        ['down', 1, 800],
        ['move', 1, 801],
        ['up', 1],
      ],
      window: [400, 600],
      asked: 0,
      answers: [true, true, false, false],
    },
  ];
  for (const c of cases) {
    it(`pointerGesture: ${c.name}`, () => {
      const result = play(c.steps);
      expect(result.window[0]).toBeCloseTo(c.window[0], 9);
      expect(result.window[1]).toBeCloseTo(c.window[1], 9);
      expect(result.asked).toBe(c.asked);
      expect(result.answers).toEqual(c.answers);
    });
  }
});
