import { describe, expect, it } from 'vitest';
import { levelPosition, relationSteps, stepPath, type Step } from '../../../src/lib/timeline/relations-steps.ts';
import { parseCalendarDate, type CalendarDate } from '../../../src/lib/format/calendar-date.ts';
import type { RelationSideModel } from '../../../src/lib/data/model.ts';
import type { RepresentationLevel } from '../../../src/lib/data/schema.ts';

const utc = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const date = (iso: string): CalendarDate => parseCalendarDate(iso)!;

/** A side from [start, end or null, level] triples, as validate.ts would build it. */
function side(periods: [string, string | null, RepresentationLevel][]): RelationSideModel {
  return {
    id: 'turkey-in-israel',
    name: "Turkey's representation in Israel",
    periods: periods.map(([start, end, level]) => ({
      start,
      startDate: date(start),
      endDate: end ? date(end) : null,
      level,
      sources: [{ publisher: 'Test', title: 'Test', date: start, url: 'https://example.org' }],
    })),
  };
}

const STORY_END = utc('2025-12-31');

describe('relationSteps', () => {
  const cases = [
    {
      name: 'runs an open last period to the end of the story',
      input: side([
        ['1949-03', '1952-01', 'minister'],
        ['1952-01', null, 'charge-d-affaires'],
      ]),
      expected: [
        { start: utc('1949-03-01'), end: utc('1952-01-01'), level: 'minister' },
        { start: utc('1952-01-01'), end: STORY_END, level: 'charge-d-affaires' },
      ],
    },
    {
      name: 'ends a closed period where its end date starts',
      input: side([['1991-12-19', '2010-06-01', 'ambassador']]),
      expected: [{ start: utc('1991-12-19'), end: utc('2010-06-01'), level: 'ambassador' }],
    },
    {
      name: 'leaves a gap between periods as a gap',
      input: side([
        ['1980', '1981', 'lower'],
        ['1985', '1990', 'minister'],
      ]),
      expected: [
        { start: utc('1980-01-01'), end: utc('1981-01-01'), level: 'lower' },
        { start: utc('1985-01-01'), end: utc('1990-01-01'), level: 'minister' },
      ],
    },
    {
      name: 'runs an open period that starts after the story end to the end of its start date, not backwards',
      // Story end 31 Dec 2025; the period starts in 2026 (a year), so it covers 2026.
      input: side([['2026', null, 'none']]),
      expected: [{ start: utc('2026-01-01'), end: utc('2027-01-01'), level: 'none' }],
    },
  ] as const;
  for (const c of cases) {
    it(`relationSteps ${c.name}`, () => {
      expect(relationSteps(c.input, STORY_END)).toEqual(c.expected);
    });
  }
});

describe('levelPosition', () => {
  const cases = [
    { input: 'ambassador', expected: 0 },
    { input: 'minister', expected: 0.25 },
    { input: 'charge-d-affaires', expected: 0.5 },
    { input: 'lower', expected: 0.75 },
    { input: 'none', expected: 1 },
  ] as const;
  for (const c of cases) {
    it(`levelPosition puts "${c.input}" at ${c.expected} (0 ambassador … 1 none)`, () => {
      expect(levelPosition(c.input)).toBe(c.expected);
    });
  }
});

/** The subpaths of an SVG path as lists of absolute points; understands M, L, H and V. */
function subpaths(path: string): [number, number][][] {
  const result: [number, number][][] = [];
  let current: [number, number] = [NaN, NaN];
  for (const [, command, args] of path.matchAll(/([MLHV])([^MLHVZ]*)/gi)) {
    const numbers = args!
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (command === 'M') result.push([(current = [numbers[0]!, numbers[1]!])]);
    else if (command === 'L') current = [numbers[0]!, numbers[1]!];
    else if (command === 'H') current = [numbers[0]!, current[1]];
    else if (command === 'V') current = [current[0], numbers[0]!];
    else throw new Error(`unexpected command ${command} in ${path}`);
    if (command !== 'M') result.at(-1)!.push(current);
  }
  return result;
}

describe('stepPath', () => {
  // Times in years for readability: x = years × 10, y = levelPosition × 100.
  const x = (time: number) => time * 10;
  const y = (level: RepresentationLevel) => levelPosition(level) * 100;
  const step = (start: number, end: number, level: RepresentationLevel): Step => ({ start, end, level });

  const cases = [
    {
      name: 'draws contiguous periods as one line: along each level, down or up at each change',
      input: [step(0, 10, 'minister'), step(10, 25, 'ambassador'), step(25, 40, 'none')],
      expected: [
        [
          [0, 25],
          [100, 25],
          [100, 0],
          [250, 0],
          [250, 100],
          [400, 100],
        ],
      ],
    },
    {
      name: 'breaks the line where there is a gap between periods',
      input: [step(0, 10, 'minister'), step(20, 30, 'lower')],
      expected: [
        [
          [0, 25],
          [100, 25],
        ],
        [
          [200, 75],
          [300, 75],
        ],
      ],
    },
    {
      name: 'draws a single period as one horizontal line from its start to its end',
      input: [step(5, 15, 'charge-d-affaires')],
      expected: [
        [
          [50, 50],
          [150, 50],
        ],
      ],
    },
    {
      name: 'joins the periods on each side of a gap and breaks only at the gap',
      input: [step(0, 10, 'ambassador'), step(10, 20, 'lower'), step(30, 40, 'none'), step(40, 50, 'minister')],
      expected: [
        [
          [0, 0],
          [100, 0],
          [100, 75],
          [200, 75],
        ],
        [
          [300, 100],
          [400, 100],
          [400, 25],
          [500, 25],
        ],
      ],
    },
  ] as const;
  for (const c of cases) {
    it(`stepPath ${c.name}`, () => {
      const path = stepPath(c.input, x, y);
      expect(path.startsWith('M')).toBe(true);
      expect(path.match(/M/g)).toHaveLength(c.expected.length);
      // Consecutive duplicate points (a zero-length segment) say nothing about the shape.
      const points = subpaths(path).map((sub) => sub.filter((p, i) => i === 0 || p[0] !== sub[i - 1]![0] || p[1] !== sub[i - 1]![1]));
      expect(points).toEqual(c.expected);
    });
  }

  it('stepPath contains the x of each change of level in a path that starts with M', () => {
    const path = stepPath([step(0, 12, 'minister'), step(12, 37, 'ambassador'), step(37, 41, 'lower')], x, y);
    expect(path).toMatch(/^M/);
    for (const changeX of [120, 370, 410]) expect(path).toMatch(new RegExp(`[MLH,\\s]${changeX}[,\\s]`));
  });

  it('stepPath draws nothing for no periods', () => {
    expect(stepPath([], x, y)).toBe('');
  });

  it('stepPath draws a relation side end to end, from relationSteps and levelPosition', () => {
    const steps = relationSteps(
      side([
        ['1949-03', '1952-01', 'minister'],
        ['1952-01', null, 'ambassador'],
      ]),
      utc('1960-01-01'),
    );
    const scaleX = (time: number) => (time - utc('1949-01-01')) / 86_400_000;
    const path = stepPath(steps, scaleX, (level) => levelPosition(level) * 100);
    const [only, ...rest] = subpaths(path);
    expect(rest).toEqual([]);
    expect(only![0]).toEqual([scaleX(utc('1949-03-01')), 25]);
    expect(only).toContainEqual([scaleX(utc('1952-01-01')), 0]);
    expect(only!.at(-1)).toEqual([scaleX(utc('1960-01-01')), 0]);
  });
});
