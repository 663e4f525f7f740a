/**
 * `npm run check:data`: validates every file in data/ with the app's own code and prints
 * every problem, located by file, line and column, JSON path and entry id. Exits 1 on any
 * error (warnings alone pass), so `npm run build` stops on bad data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { DATA_FILES } from '../src/lib/data/data-files.ts';
import { loadJsonScanner, validateStory, type FileInput } from '../src/lib/data/validate.ts';
import { formatProblem, type Problem } from '../src/lib/data/problems.ts';
import { lineAndColumnAt } from '../src/lib/data/parse-json.ts';
import { decodeUtf8 } from '../src/lib/data/decode.ts';
import { formatCoverage, translationCoverage } from '../src/lib/data/coverage.ts';
import { reportEditorialChecks } from '../src/lib/data/editorial-checks.ts';

const dataDir = resolve(process.argv[2] ?? 'data');
const texts: Record<string, string> = {};
const inputs: Record<string, FileInput> = {};
for (const file of DATA_FILES) {
  const path = resolve(dataDir, file);
  if (!existsSync(path)) {
    // A map-only file is optional: a story without it shows as before.
    if (DATA_FILES.includes(file)) inputs[file] = { unreadable: `there is no file ${path}` };
    continue;
  }
  // Bytes, as the page fetches them: both decode and parse them the same way.
  const bytes = readFileSync(path);
  inputs[file] = { bytes };
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) texts[file] = decoded.text;
}

// Editors get every JSON mistake located exactly, whatever it costs.
await loadJsonScanner();
// The country names the base map draws, which data/ may name (themes' countries, labels).
const basemap = JSON.parse(readFileSync(resolve('public/basemap/countries.json'), 'utf8')) as {
  objects: { countries: { geometries: { properties?: { name?: string } }[] } };
};
const basemapNames = basemap.objects.countries.geometries.flatMap((geometry) => geometry.properties?.name ?? []);
const { model, problems } = validateStory(inputs, { basemapNames, editorial: reportEditorialChecks });
for (const problem of problems) locate(problem);
problems.sort(
  (a, b) =>
    (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
);

const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number, text: string) => (useColour ? `\x1b[${code}m${text}\x1b[0m` : text);
for (const problem of problems) {
  console.log(paint(problem.severity === 'error' ? 31 : 33, formatProblem(problem)));
}
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
if (model) {
  console.log(
    `\nchecked data/: ${model.events.length} events, ${model.eras.length} eras, ${model.places.length} places, ${model.themes.length} themes, ${model.regions.length} regions, ${model.relations.length} relation tracks.`,
  );
  console.log('\ntranslation coverage (translated/written in English):');
  for (const line of formatCoverage(translationCoverage(model))) console.log(`  ${line}`);
  console.log('');
}
console.log(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`);
process.exit(errors > 0 ? 1 : 0);

/** Adds line and column from the JSON path, for problems found after parsing. */
function locate(problem: Problem) {
  const text = texts[problem.file];
  if (problem.line || text === undefined || problem.path.length === 0) return;
  const tree = parseTree(text);
  if (!tree) return;
  // The deepest node that exists: a missing field points at its parent object.
  for (let depth = problem.path.length; depth > 0; depth--) {
    const node = findNodeAtLocation(tree, problem.path.slice(0, depth));
    if (!node) continue;
    const target =
      node.parent?.type === 'property' && depth === problem.path.length && problem.message.startsWith('unknown field') ? node.parent : node;
    Object.assign(problem, lineAndColumnAt(text, target.offset));
    return;
  }
}
