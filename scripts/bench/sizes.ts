/**
 * What the size budgets (tests/e2e/budget.spec.ts) count, as pure functions over the build's
 * text: the story prerendered into index.html for readers without JavaScript, which is
 * content and has a limit of its own, and which of the build's chunks each page reaches, so
 * the editors' desk (a page of its own, which the story never loads) stays out of the code
 * the story ships.
 */

import { gzipSync } from 'node:zlib';

const APP_OPEN = '<div id="app">';
const DIV_TAG = /<(\/?)div\b[^>]*>/gi;

/**
 * Where the prerendered story sits in the built page: the contents of `<div id="app">`,
 * which scripts/vite-plugin-prerender.ts fills and the app replaces when it mounts. Null
 * when the page has no such element or it is not closed. Text inside is escaped, so every
 * `<div` is a tag and counting them finds the element's own end.
 */
export function prerenderedRange(html: string): { start: number; end: number } | null {
  const open = html.indexOf(APP_OPEN);
  if (open < 0) return null;
  const start = open + APP_OPEN.length;
  const tag = new RegExp(DIV_TAG.source, DIV_TAG.flags);
  tag.lastIndex = start;
  let depth = 1;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return { start, end: match.index };
  }
  return null;
}

/** The page as a reader with JavaScript needs it: `#app` left empty, as the source index.html has it. */
export function withoutPrerendered(html: string): string {
  const range = prerenderedRange(html);
  return range ? html.slice(0, range.start) + html.slice(range.end) : html;
}

/**
 * The files among `candidates` that `roots` reach: a file reaches every candidate whose name
 * (the part after the last slash) appears in its text, and what those reach in turn. Built
 * chunks carry a content hash in their names, so a mention is a reference: a static or
 * dynamic import, a preload list, a stylesheet link or a `url()`.
 */
export function reachable(roots: string[], textOf: (file: string) => string, candidates: string[]): Set<string> {
  const byName = new Map(candidates.map((file) => [file.slice(file.lastIndexOf('/') + 1), file]));
  const reached = new Set<string>();
  const queue = [...roots];
  const visited = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (visited.has(file)) continue;
    visited.add(file);
    const text = textOf(file);
    for (const [name, candidate] of byName)
      if (!reached.has(candidate) && text.includes(name)) {
        reached.add(candidate);
        queue.push(candidate);
      }
  }
  return reached;
}

/**
 * The bytes the prerendered text adds to the page, as gzip (zlib's default level, as the
 * benchmark's server and most hosts) counts them: the page with it, less the page without.
 */
export function prerenderedTextBytes(html: string): number {
  return gzipSync(html).length - gzipSync(withoutPrerendered(html)).length;
}
