import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { storyData } from './scripts/vite-plugin-story-data.ts';

// Pin a time zone far from UTC for every test run, so a calendar-date shift fails here first.
process.env.TZ ??= 'Pacific/Chatham';

export default defineConfig({
  base: './',
  plugins: [svelte(), storyData()],
  build: {
    target: 'es2022',
    reportCompressedSize: false,
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
