/**
 * Files that cannot be read as they are: each fault located at its true line and column,
 * read from bytes as the page fetches them and as check:data reads them.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadJsonScanner, validateStory, type FileInput } from '../../../src/lib/data/validate.ts';
import { formatProblem, type Problem } from '../../../src/lib/data/problems.ts';
import { asInputs, smallStory } from '../../fixtures/small-story.ts';

beforeAll(() => loadJsonScanner());

const broken = (name: string) => readFileSync(`tests/fixtures/broken/${name}`);

function validateWithEvents(input: FileInput) {
  const files = asInputs(smallStory());
  files['events.json'] = input;
  return validateStory(files);
}

const cases: { fixture: string; hasModel: boolean; problem?: Omit<Partial<Problem>, 'message'> & { message: RegExp } }[] = [
  {
    fixture: 'events-windows-1254.json',
    hasModel: false,
    problem: { severity: 'error', line: 6, column: 20, message: /not UTF-8 text: the byte 0xFE here/ },
  },
  { fixture: 'events-bom.json', hasModel: true },
  {
    fixture: 'events-duplicate-key.json',
    hasModel: true,
    problem: {
      severity: 'error',
      line: 6,
      column: 7,
      entryId: 'lead-shot',
      path: ['events', 0, 'date'],
      message: /"date" is written twice/,
    },
  },
  {
    fixture: 'events-lone-surrogate.json',
    hasModel: true,
    problem: {
      severity: 'error',
      line: 6,
      column: 20,
      entryId: 'lead-shot',
      path: ['events', 0, 'title'],
      message: /half of a character \(\\ud800\)/,
    },
  },
  { fixture: 'events-single-quote.json', hasModel: false, problem: { line: 7, column: 7, message: /found "'summary'"/ } },
  {
    fixture: 'events-empty.json',
    hasModel: false,
    problem: { path: ['events'], message: /^the list of events is empty, so the timeline has nothing to show\.$/ },
  },
  {
    fixture: 'events-null.json',
    hasModel: false,
    problem: { path: [], message: /^the file must hold an object with a list "events": \[ … \], but it holds null\.$/ },
  },
  { fixture: 'events-truncated.json', hasModel: false, problem: { line: 10, column: 7, message: /the file ends inside this text/ } },
];

describe('validateStory on a faulty events.json, read as bytes', () => {
  for (const { fixture, hasModel, problem } of cases) {
    it(`${problem ? 'locates the fault in' : 'reads'} ${fixture}`, () => {
      const { model, problems } = validateWithEvents({ bytes: broken(fixture) });
      const events = problems.filter((p) => p.file === 'events.json' && !p.path.includes('translations'));
      if (problem) {
        const { message, ...where } = problem;
        expect(events, problems.map(formatProblem).join('\n')).toHaveLength(1);
        expect(events[0]).toMatchObject(where);
        expect(events[0]!.message).toMatch(message);
      } else expect(events).toEqual([]);
      expect(model !== null).toBe(hasModel);
    });
  }

  it('reads a BOM alike from bytes and from text', () => {
    const bytes = broken('events-bom.json');
    const fromText = validateWithEvents({ text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) });
    const fromBytes = validateWithEvents({ bytes });
    expect(fromText.model?.events.map((e) => e.title)).toEqual(['Kurşun']);
    expect(fromBytes).toEqual(fromText);
  });
});

/** Values an editor might leave anywhere; none may produce a message saying "undefined". */
const oddValues: unknown[] = [null, undefined, 0, -1, '', ' ', [], {}, [null], true];
const fields = [
  'id',
  'date',
  'end',
  'title',
  'summary',
  'category',
  'places',
  'themes',
  'quote',
  'sources',
  'translations',
  'label',
  'key',
];

describe('no message ever says "undefined"', () => {
  it('for files that are not objects', () => {
    for (const text of [
      'null',
      '[]',
      '0',
      '"events"',
      'true',
      '{}',
      '{"events": null}',
      '{"events": {}}',
      '{"events": [null, 1, "x", []]}',
    ]) {
      const { problems } = validateWithEvents({ text });
      for (const problem of problems)
        expect(`${problem.message} ${problem.hint ?? ''}`, `${text}: ${formatProblem(problem)}`).not.toMatch(/undefined/);
    }
  });

  it('for odd values in every field of an event', () => {
    for (const field of fields) {
      for (const value of oddValues) {
        const files = smallStory();
        (files['events.json'].events[0] as Record<string, unknown>)[field] = value;
        const { problems } = validateStory(asInputs(files));
        for (const problem of problems) {
          expect(`${problem.message} ${problem.hint ?? ''}`, `${field} = ${JSON.stringify(value)}: ${formatProblem(problem)}`).not.toMatch(
            /undefined/,
          );
        }
      }
    }
  });
});

// Each case runs the real script in its own process, which takes seconds on a busy machine.
describe('npm run check:data reads files as the page does', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-data-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const checkData = (events: Uint8Array) => {
    cpSync('data', dir, { recursive: true });
    writeFileSync(join(dir, 'events.json'), events);
    try {
      return {
        code: 0,
        output: execFileSync('node_modules/.bin/tsx', ['scripts/check-data.ts', dir], {
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '1' },
        }),
      };
    } catch (error) {
      const failed = error as { status: number; stdout: string };
      return { code: failed.status, output: failed.stdout };
    }
  };
  const original = readFileSync('data/events.json');

  it('accepts a BOM', { timeout: 30_000 }, () => {
    const { code, output } = checkData(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), original]));
    expect(output).toMatch(/^0 errors/m);
    expect(code).toBe(0);
  });

  it('locates a byte that is not UTF-8 and fails', { timeout: 30_000 }, () => {
    const text = original.toString('utf8');
    const at = text.indexOf('ş');
    const bytes = Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xfe]), Buffer.from(text.slice(at + 1))]);
    const before = text.slice(0, at).split('\n');
    const { code, output } = checkData(bytes);
    expect(output).toContain(`error: data/events.json:${before.length}:${before.at(-1)!.length + 1}: the file is not UTF-8 text`);
    expect(code).toBe(1);
  });
});
