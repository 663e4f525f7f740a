/**
 * The "temperature of relations": each side's level of diplomatic representation as a step
 * series, and its SVG path. An open period runs to the end of the story.
 */
import { REPRESENTATION_LEVELS, type RepresentationLevel } from '../data/vocabulary.ts';
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
    end: period.endDate ? period.endDate.start : Math.max(storyEnd, period.startDate.end),
    level: period.level,
  }));
}

/** 0 for the highest level (ambassador) to 1 for none. */
export function levelPosition(level: RepresentationLevel): number {
  return REPRESENTATION_LEVELS.indexOf(level) / (REPRESENTATION_LEVELS.length - 1);
}

/**
 * An SVG path for the steps; consecutive steps join, a gap breaks the line. Along each
 * level, then straight up or down at the change, as d3-shape's curveStepAfter would draw
 * it: written out here because that is all this page used d3-shape for, and it is not a
 * small module to load for one curve.
 */
export function stepPath(steps: readonly Step[], x: (time: number) => number, y: (level: RepresentationLevel) => number): string {
  let path = '';
  let lastY = 0;
  steps.forEach((step, index) => {
    const previous = steps[index - 1];
    const stepY = y(step.level);
    const startX = x(step.start);
    // A new subpath at the first step and after a gap; otherwise across, then up or down.
    if (!previous || previous.end < step.start) path += `M${startX},${stepY}`;
    else path += `L${startX},${lastY}L${startX},${stepY}`;
    lastY = stepY;
    const next = steps[index + 1];
    if (!next || next.start > step.end) path += `L${x(step.end)},${stepY}`;
  });
  return path;
}
