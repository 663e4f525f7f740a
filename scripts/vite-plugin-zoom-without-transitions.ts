/**
 * Resolves d3-zoom's imports of d3-transition and d3-interpolate to the stand-ins in
 * src/lib/timeline/no-transition.ts, which says why the timeline needs neither. Only imports
 * made by d3-zoom are redirected: anything else that uses d3-interpolate (d3-scale in the
 * tests and the benchmark's peer) gets the real module.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const STAND_IN = fileURLToPath(new URL('../src/lib/timeline/no-transition.ts', import.meta.url));
const REPLACED = new Set(['d3-transition', 'd3-interpolate']);

export function zoomWithoutTransitions(): Plugin {
  return {
    name: 'zoom-without-transitions',
    enforce: 'pre',
    resolveId(source, importer) {
      if (REPLACED.has(source) && importer && /[\\/]node_modules[\\/]d3-zoom[\\/]/.test(importer)) return STAND_IN;
      return null;
    },
  };
}
