/**
 * The builds the benchmark loads: the app on the editors' data and on synthetic stories of
 * growing size, each built with the same Vite config into bench-results/.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeSyntheticStory } from '../synthetic-story.ts';

export interface Dataset {
  name: string;
  /** Events in the story, when known in advance (synthetic). */
  events: number | null;
  /** The data folder the build was made from. */
  dataDir: string;
  dist: string;
}

export const SYNTHETIC_SIZES = [1000, 5000, 20000] as const;

/**
 * Builds the app on the editors' data into `out/dist-real` (unless `reuse` and a build
 * exists). Never dist/: other people's `npm test` rebuilds that in place, and a bundle
 * swapped mid-benchmark would mix two versions in one set of runs.
 */
export async function buildReal(root: string, out: string, reuse: boolean): Promise<Dataset> {
  const dist = join(out, 'dist-real');
  const dataset = { name: 'real', events: null, dataDir: join(root, 'data'), dist };
  if (reuse && existsSync(join(dist, 'index.html'))) return dataset;
  await viteBuild(root, dist, {});
  return dataset;
}

/** Writes the synthetic story and builds the app on it, unless `reuse` and a build exists. */
export async function buildSynthetic(root: string, out: string, count: number, reuse: boolean): Promise<Dataset> {
  const dataDir = join(out, `data-${count}`);
  const dist = join(out, `dist-${count}`);
  const dataset = { name: `synthetic ${count}`, events: count, dataDir, dist };
  if (reuse && existsSync(join(dist, 'index.html'))) return dataset;
  writeSyntheticStory(count, dataDir, join(root, 'data/regions.json'));
  await viteBuild(root, dist, { STORY_DATA_DIR: dataDir });
  return dataset;
}

/** The app's own build (vite.config.ts), into `dist`, with `env` added. */
function viteBuild(root: string, dist: string, env: Record<string, string>): Promise<void> {
  return run(join(root, 'node_modules/.bin/vite'), ['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], root, env);
}

function run(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}
