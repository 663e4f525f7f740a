/**
 * The "temperature of relations": each side's level of diplomatic representation as a step
 * series, ready for d3-shape's curveStepAfter. An open period runs to the end of the story.
 */
import { line, curveStepAfter } from 'd3-shape';
import { REPRESENTATION_LEVELS, type RepresentationLevel } from '../data/schema.ts';
import type { RelationSideModel } from '../data/model.ts';

export interface Step {
  start: number;
  end: number;
  level: RepresentationLevel;
}

/** Periods as steps; gaps between periods are left out rather than guessed. */
export function relationSteps(side: RelationSideModel, storyEnd: number): Step[] {
  return side.periods.map((period) => ({
    start: period.startDate.start,
    end: period.end ? period.end.start : Math.max(storyEnd, period.startDate.end),
    level: period.level,
  }));
}

/** 0 for the highest level (ambassador) to 1 for none. */
export function levelPosition(level: RepresentationLevel): number {
  return REPRESENTATION_LEVELS.indexOf(level) / (REPRESENTATION_LEVELS.length - 1);
}

/** An SVG path for the steps; consecutive steps join, a gap breaks the line. */
export function stepPath(steps: readonly Step[], x: (time: number) => number, y: (level: RepresentationLevel) => number): string {
  const points: ([number, number] | null)[] = [];
  steps.forEach((step, index) => {
    const previous = steps[index - 1];
    if (previous && previous.end < step.start) points.push(null);
    points.push([x(step.start), y(step.level)]);
    const next = steps[index + 1];
    if (!next || next.start > step.end) points.push([x(step.end), y(step.level)]);
  });
  return (
    line<[number, number] | null>()
      .defined((point) => point !== null)
      .x((point) => point![0])
      .y((point) => point![1])
      .curve(curveStepAfter)(points) ?? ''
  );
}
