import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isWorkerFailure, WORKER_FAILURE } from '../../../src/lib/map/gl-map.svelte.ts';

describe('isWorkerFailure', () => {
  const cases: { name: string; error: unknown; expected: boolean }[] = [
    {
      name: 'MapLibre’s message for a worker that cannot load',
      error: new Error('Worker failed to load. Check that the worker URL is correct.'),
      expected: true,
    },
    { name: 'a tile or source error is not a worker failure', error: new Error('Could not load image'), expected: false },
    { name: 'a string is not an Error', error: 'Worker failed', expected: false },
    { name: 'nothing at all', error: undefined, expected: false },
  ];
  for (const { name, error, expected } of cases) it(name, () => expect(isWorkerFailure(error)).toBe(expected));
});

describe('the installed maplibre-gl', () => {
  it('still reports a worker that cannot load with a message WORKER_FAILURE recognises', () => {
    const path = createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.mjs');
    const messages = [...readFileSync(path, 'utf8').matchAll(/Error\(`([^`]*[Ww]orker[^`]*)`\)/g)].map((match) => match[1]!);
    const failedToLoad = messages.find((message) => /failed to load/i.test(message));
    expect(failedToLoad).toBeDefined();
    expect(WORKER_FAILURE.test(failedToLoad!)).toBe(true);
  });
});
