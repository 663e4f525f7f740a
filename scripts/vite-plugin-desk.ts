/**
 * Builds the editors' desk (edit.html) into the same dist/, after the story, as a build of
 * its own: with both pages as inputs of one build, the bundler moves the code they share out
 * of the story's entry into shared chunks, and the story's first download grows by requests
 * and bytes the desk alone needs. Built apart, the story's chunks stay exactly as they were,
 * and the desk's files sit under dist/desk/, where the size tests can tell them apart.
 * The dev server needs none of this: it serves edit.html as it is.
 */
import { resolve } from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { builtDataModule } from './vite-plugin-story-data.ts';

export const DESK_PAGE = 'edit.html';
export const DESK_ASSETS = 'desk';
const MAPLIBRE = /[\\/]node_modules[\\/]maplibre-gl[\\/]/;

/** `workerPlugins`: for the desk's workers' own bundles (Vite's `worker.plugins`). */
export function desk(options: { workerPlugins?: () => Plugin[] } = {}): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'editors-desk',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      await build({
        configFile: false,
        root: config.root,
        base: config.base,
        logLevel: 'warn',
        publicDir: false,
        // The desk validates every file it opens, the published ones too: no fingerprints.
        plugins: [svelte(), builtDataModule()],
        worker: { plugins: options.workerPlugins },
        build: {
          outDir: config.build.outDir,
          emptyOutDir: false,
          assetsDir: DESK_ASSETS,
          target: config.build.target,
          sourcemap: config.build.sourcemap,
          reportCompressedSize: false,
          chunkSizeWarningLimit: 1500,
          modulePreload: { polyfill: false },
          rolldownOptions: {
            input: { edit: resolve(config.root, DESK_PAGE) },
            // MapLibre in a chunk of its own, as in the story, and everything else of the desk in one
            // file: the desk loads nearly all of its code at once anyway, and one file compresses
            // far better than the thirty small chunks the story's lazy parts would otherwise make.
            output: {
              codeSplitting: {
                groups: [
                  { name: 'maplibre', test: MAPLIBRE, priority: 1 },
                  { name: 'edit', test: (id) => !MAPLIBRE.test(id) },
                ],
              },
            },
          },
        },
      });
    },
  };
}
