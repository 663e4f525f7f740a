/**
 * Line and column for a problem found after parsing, from its JSON path, as `npm run
 * check:data` prints them: the desk shows the same positions for the same file.
 */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import type { Problem } from '../data/problems.ts';
import { lineAndColumnAt } from '../data/parse-json.ts';

/** Each file's syntax tree, built once for all its problems: a 7 MB file takes a while to walk. */
const trees = new WeakMap<object, Map<string, Node | undefined>>();

export function locateProblem(problem: Problem, text: string | undefined, cache: object = {}): Problem {
  if (problem.line || text === undefined || problem.path.length === 0) return problem;
  let byText = trees.get(cache);
  if (!byText) trees.set(cache, (byText = new Map()));
  if (!byText.has(text)) byText.set(text, parseTree(text));
  const tree = byText.get(text);
  if (!tree) return problem;
  // The deepest node that exists: a missing field points at its parent object.
  for (let depth = problem.path.length; depth > 0; depth--) {
    const node = findNodeAtLocation(tree, problem.path.slice(0, depth));
    if (!node) continue;
    const target =
      node.parent?.type === 'property' && depth === problem.path.length && problem.message.startsWith('unknown field') ? node.parent : node;
    return { ...problem, ...lineAndColumnAt(text, target.offset) };
  }
  return problem;
}
