/**
 * The builds the benchmark loads: the app on the editors' data (a snapshot of dist/) and
 * on synthetic stories of growing size, each built with the same Vite config.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeSyntheticStory } from '../synthetic-story.ts';

export interface Dataset {
  name: string;
  /** Events in the story, when known in advance (synthetic). */
  events: number | null;
  dist: string;
}

export const SYNTHETIC_SIZES = [1000, 5000, 20000] as const;

/**
 * Copies dist/ aside before measuring: other people's `npm test` rebuilds dist/ in place,
 * and a bundle swapped mid-benchmark would mix two versions in one set of runs.
 */
export function snapshotRealDist(root: string, out: string): Dataset {
  const source = join(root, 'dist');
  if (!existsSync(join(source, 'index.html'))) throw new Error('dist/ has no index.html: run `npm run build` first (npm run bench does).');
  const dist = join(out, 'dist-real');
  rmSync(dist, { recursive: true, force: true });
  cpSync(source, dist, { recursive: true });
  return { name: 'real', events: null, dist };
}

/** Writes the synthetic story and builds the app on it, unless `reuse` and a build exists. */
export async function buildSynthetic(root: string, out: string, count: number, reuse: boolean): Promise<Dataset> {
  const dataDir = join(out, `data-${count}`);
  const dist = join(out, `dist-${count}`);
  const dataset = { name: `synthetic ${count}`, events: count, dist };
  if (reuse && existsSync(join(dist, 'index.html'))) return dataset;
  writeSyntheticStory(count, dataDir, join(root, 'data/regions.json'));
  await run(join(root, 'node_modules/.bin/vite'), ['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], root, {
    STORY_DATA_DIR: dataDir,
  });
  return dataset;
}

function run(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}
