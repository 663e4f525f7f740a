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
  const cases: {
    name: string;
    statuses: Record<string, (number | 'silence')[]>;
    expected: Record<string, object>;
    retried: string[];
    /** Files left out of the result, as if data/ never had them. */
    absent?: string[];
  }[] = [
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
      expected: { 'places.json': { unreadable: 'the server answered 404 (tried 3 times)', notFound: true } },
      retried: ['places.json 2', 'places.json 3'],
    },
    {
      name: 'an optional file not found is left out, as if never written (an older data/ without lines.json), and not asked for again',
      statuses: { 'lines.json': [404, 404, 404] },
      expected: {},
      retried: [],
      absent: ['lines.json'],
    },
    {
      name: 'an optional file the server fails on is unreadable: a fault, not an absence',
      statuses: { 'lines.json': [500, 500, 500] },
      expected: { 'lines.json': { unreadable: 'the server answered 500 (tried 3 times)' } },
      retried: ['lines.json 2', 'lines.json 3'],
    },
    {
      name: 'a stalled file becomes unreadable while the others arrive',
      statuses: { 'events.json': ['silence', 'silence', 'silence'] },
      expected: { 'events.json': { unreadable: 'nothing arrived for 5 s (tried 3 times)' } },
      retried: ['events.json 2', 'events.json 3'],
    },
  ];
  for (const { name, statuses, expected, retried: expectedRetries, absent = [] } of cases) {
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
      const present = DATA_FILES.filter((file) => !absent.includes(file));
      expect(Object.keys(result).sort()).toEqual(present.sort());
      for (const file of present) {
        const input = result[file]!;
        if (expected[file]) expect(input).toEqual(expected[file]);
        else expect(new TextDecoder().decode('bytes' in input ? input.bytes : new Uint8Array())).toBe(`{"file": "${file}"}`);
      }
      expect(settled.sort()).toEqual([...DATA_FILES].sort());
      // Retries are announced before every try after the first, never after the last.
      expect(retried).toEqual(expectedRetries);
    });
  }
});

describe('fetchStoryFiles on the built data/, split by language', () => {
  /** A server with the build's story.json, naming the language files, and one Hebrew file. */
  function builtServer() {
    const asked: string[] = [];
    const bodies: Record<string, string> = {
      'story.json': JSON.stringify({ $translations: { he: 'i18n/he.json', tr: 'i18n/tr.json' }, title: 'T' }),
      'events.json': JSON.stringify({ events: [{ id: 'a', title: 'A' }] }),
      'i18n/he.json': JSON.stringify({ version: 1, language: 'he', files: { 'events.json': { a: { title: 'א', reviewed: false } } } }),
    };
    const impl = (async (url: URL | string) => {
      const file = String(url).replace('https://example.test/data/', '');
      asked.push(file);
      return file in bodies
        ? new Response(bodies[file])
        : file.startsWith('i18n/')
          ? new Response('', { status: 404 })
          : new Response('{}');
    }) as typeof fetch;
    return { impl, asked };
  }
  const textOf = (input: unknown) => (input as { text?: string }).text ?? new TextDecoder().decode((input as { bytes: Uint8Array }).bytes);

  const cases: { name: string; languages: ('tr' | 'he' | 'ar')[]; fetched: string[]; title: object | undefined }[] = [
    { name: 'an English reader fetches no language file', languages: [], fetched: [], title: undefined },
    {
      name: 'a Hebrew reader fetches the Hebrew file only, and gets it inline',
      languages: ['he'],
      fetched: ['i18n/he.json'],
      title: { he: { title: 'א', reviewed: false } },
    },
    { name: 'a language story.json does not list is not asked for', languages: ['ar'], fetched: [], title: undefined },
  ];
  for (const { name, languages, fetched, title } of cases)
    it(name, async () => {
      const { impl, asked } = builtServer();
      const fetching = fetchStoryFiles('https://example.test/data/', { fetchImpl: impl, languages });
      await vi.runAllTimersAsync();
      const files = await fetching;
      expect(asked.filter((file) => file.startsWith('i18n/'))).toEqual(fetched);
      expect(JSON.parse(textOf(files['events.json'])).events[0].translations).toEqual(title);
      // The repository's format: the list of language files is gone.
      expect(JSON.parse(textOf(files['story.json']))).toEqual({ title: 'T' });
    });

  it('a language file that cannot be had costs only that language’s text', async () => {
    const { impl } = builtServer();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const files = fetchStoryFiles('https://example.test/data/', { fetchImpl: impl, languages: ['tr'] });
    await vi.runAllTimersAsync();
    const events = JSON.parse(textOf((await files)['events.json'])).events;
    expect(events).toEqual([{ id: 'a', title: 'A' }]);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/data\/i18n\/tr\.json could not be used \(the server answered 404/));
    warn.mockRestore();
  });
});
