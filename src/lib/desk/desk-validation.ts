/**
 * The desk's check of the story: check:data's own validation, with each problem given the
 * line and column it has in the file as the editor holds it. A pure function of the files'
 * texts, so it runs as well in the desk's worker as in a unit test.
 */
import type { Problem } from '../data/problems.ts';
import type { StoryModel } from '../data/model.ts';
import { validateStory, type FileInput } from '../data/validate.ts';
import { reportEditorialChecks } from '../data/editorial-checks.ts';
import { locateProblem } from './locate.ts';

export interface DeskValidation {
  /** The story for the preview; null when a file cannot be used at all. */
  model: StoryModel | null;
  problems: Problem[];
}

/** Checks the files and where it may, another way: in the worker, or (in tests) right here. */
export type Validator = (inputs: Record<string, FileInput>) => Promise<DeskValidation>;

export function validateFiles(inputs: Record<string, FileInput>): DeskValidation {
  const { model, problems } = validateStory(inputs, { editorial: reportEditorialChecks });
  // One syntax tree per file for all of its problems.
  const pass = {};
  const textOf = (file: string) => {
    const input = inputs[file];
    return input && 'text' in input && typeof input.text === 'string' ? input.text : undefined;
  };
  return { model, problems: problems.map((problem) => locateProblem(problem, textOf(problem.file), pass)) };
}

/** The validator for tests and for browsers without module workers: the same check, on this thread. */
export const validateHere: Validator = async (inputs) => validateFiles(inputs);
