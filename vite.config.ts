import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { storyData } from './scripts/vite-plugin-story-data.ts';
import { prerender } from './scripts/vite-plugin-prerender.ts';
import { SECURITY_HEADERS } from './scripts/csp.ts';
import { desk } from './scripts/vite-plugin-desk.ts';
import { minifyEmbedScript } from './scripts/vite-plugin-minify-embed.ts';
import { schemaDescriptions } from './scripts/vite-plugin-schema-descriptions.ts';

// Pin a time zone far from UTC for every test run, so a calendar-date shift fails here first.
if (process.env.VITEST) process.env.TZ ??= 'Pacific/Chatham';

/**
 * Where schema.ts's descriptions are, for the builds that blank them: valibot's description(),
 * and a collection's own, which reaches description() only in collectionFileSchema.
 */
const SCHEMA_DESCRIPTIONS = {
  include: /[\\/]src[\\/]lib[\\/]data[\\/]schema\.ts$/,
  properties: [{ callee: 'collection', key: 'description' }],
};

export default defineConfig({
  base: './',
  // STORY_DATA_DIR serves another data folder (the benchmark's synthetic stories).
  // The build also prerenders the story as text into index.html, for readers without JavaScript.
  plugins: [
    // The schema's descriptions are for editors (data/schema/, the desk's help): the reader's
    // page never reads them.
    schemaDescriptions(SCHEMA_DESCRIPTIONS),
    svelte(),
    storyData({ dir: process.env.STORY_DATA_DIR ?? 'data' }),
    prerender({ dir: process.env.STORY_DATA_DIR ?? 'data' }),
    // The editors' desk (edit.html), built after the story as a page of its own. Its help shows
    // the descriptions; its parse worker, which only validates, does without them.
    desk({ workerPlugins: () => [schemaDescriptions(SCHEMA_DESCRIPTIONS)] }),
    minifyEmbedScript(),
  ],
  // The built story is previewed as it should be hosted: under a strict Content-Security-Policy.
  preview: { headers: SECURITY_HEADERS },
  build: {
    target: 'es2022',
    reportCompressedSize: false,
    // Every browser the target reaches preloads modules itself, save Safari before 17, which
    // then fetches a lazy chunk's imports when it runs it: slower there, never broken. The
    // polyfill would cost every reader 0.4 KB before the first draw.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // MapLibre (with its CSS) in a chunk of its own, loaded with the map after the timeline:
        // our own map code stays small and separate, and the size test can tell the two apart.
        codeSplitting: { groups: [{ name: 'maplibre', test: /[\\/]node_modules[\\/]maplibre-gl[\\/]/ }] },
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
