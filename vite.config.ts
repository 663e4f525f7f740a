import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { storyData } from './scripts/vite-plugin-story-data.ts';

// Pin a time zone far from UTC for every test run, so a calendar-date shift fails here first.
if (process.env.VITEST) process.env.TZ ??= 'Pacific/Chatham';

export default defineConfig({
  base: './',
  // STORY_DATA_DIR serves another data folder (the benchmark's synthetic stories).
  plugins: [svelte(), storyData({ dir: process.env.STORY_DATA_DIR ?? 'data' })],
  build: {
    target: 'es2022',
    reportCompressedSize: false,
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
