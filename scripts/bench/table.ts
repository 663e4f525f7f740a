/**
 * `npm run bench:table [results.json]`: rewrites the table in docs/performance.md from the
 * benchmark's last results (bench-results/latest.json, written by `npm run bench`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { replaceBetweenMarkers, resultsMarkdown, type BenchResults } from './results.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DOC = join(ROOT, 'docs/performance.md');

const source = process.argv[2] ?? join(ROOT, 'bench-results/latest.json');
if (!existsSync(source)) {
  console.error(`There is no ${relative(ROOT, source)}: run \`npm run bench\` first, which writes it.`);
  process.exit(1);
}
const results = JSON.parse(readFileSync(source, 'utf8')) as BenchResults;
if (results.version !== 1) {
  console.error(`${relative(ROOT, source)} is of version ${results.version}; this script reads version 1. Run \`npm run bench\` again.`);
  process.exit(1);
}
if (results.options.runs < 5 || !results.options.peers)
  console.warn(
    `Note: ${relative(ROOT, source)} comes from a shortened run (--quick, --runs or --no-peers); the table's first line gives the number of runs, and a missing peer leaves its cells empty.`,
  );
// Formatted as `npm run lint` checks it, so a regenerated table passes the check as it is.
const doc = replaceBetweenMarkers(readFileSync(DOC, 'utf8'), resultsMarkdown(results));
writeFileSync(DOC, await format(doc, { ...(await resolveConfig(DOC)), filepath: DOC }));
console.log(`Wrote the table in ${relative(ROOT, DOC)} from ${relative(ROOT, source)}.`);
