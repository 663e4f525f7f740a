import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchStoryFiles } from '../../../src/lib/data/load.ts';
import { DATA_FILES } from '../../../src/lib/data/data-files.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A server that answers each file by name with the next status in its list (200 once they run out). */
function server(statuses: Record<string, (number | 'silence')[]>) {
  const asked: string[] = [];
  const impl = (async (url: URL | string) => {
    const file = String(url).split('/').pop()!;
    asked.push(file);
    const next = statuses[file]?.shift() ?? 200;
    if (next === 'silence') return new Promise<never>(() => {});
    return new Response(next === 200 ? `{"file": "${file}"}` : 'error', { status: next });
  }) as typeof fetch;
  return { impl, asked };
}

describe('fetchStoryFiles', () => {
  const cases: { name: string; statuses: Record<string, (number | 'silence')[]>; expected: Record<string, string>; retried: string[] }[] = [
    { name: 'every file arrives', statuses: {}, expected: {}, retried: [] },
    {
      name: 'a 500 tried again is as good as a first answer',
      statuses: { 'events.json': [500] },
      expected: {},
      retried: ['events.json 2'],
    },
    {
      name: 'a file missing on every try becomes unreadable, saying how often it was asked for',
      statuses: { 'places.json': [404, 404, 404] },
      expected: { 'places.json': 'the server answered 404 (tried 3 times)' },
      retried: ['places.json 2', 'places.json 3'],
    },
    {
      name: 'a stalled file becomes unreadable while the others arrive',
      statuses: { 'events.json': ['silence', 'silence', 'silence'] },
      expected: { 'events.json': 'nothing arrived for 5 s (tried 3 times)' },
      retried: ['events.json 2', 'events.json 3'],
    },
  ];
  for (const { name, statuses, expected, retried: expectedRetries } of cases) {
    it(name, async () => {
      const { impl } = server(statuses);
      const retried: string[] = [];
      const settled: string[] = [];
      const files = fetchStoryFiles('https://example.test/data/', {
        fetchImpl: impl,
        onRetry: (file, retry) => retried.push(`${file} ${retry.attempt}`),
        onSettled: (file) => settled.push(file),
      });
      await vi.runAllTimersAsync();
      const result = await files;
      expect(Object.keys(result).sort()).toEqual([...DATA_FILES].sort());
      for (const file of DATA_FILES) {
        const input = result[file]!;
        if (expected[file]) expect(input).toEqual({ unreadable: expected[file] });
        else expect(new TextDecoder().decode('bytes' in input ? input.bytes : new Uint8Array())).toBe(`{"file": "${file}"}`);
      }
      expect(settled.sort()).toEqual([...DATA_FILES].sort());
      // Retries are announced before every try after the first, never after the last.
      expect(retried).toEqual(expectedRetries);
    });
  }
});
