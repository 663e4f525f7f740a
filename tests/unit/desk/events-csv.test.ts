import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dsvFormat } from 'd3-dsv';
import { describe, expect, it, vi } from 'vitest';
import { DATA_FILES } from '../../../src/lib/data/data-files.ts';
import type { FileInput } from '../../../src/lib/data/validate.ts';
import { columnForPath, csvColumns, csvToEvents, eventsToCsv, formatCsvProblem } from '../../../src/lib/desk/events-csv.ts';
import { importEventsCsv } from '../../../src/lib/desk/events-import.ts';
import { formatDataFile } from '../../../src/lib/desk/format-json.ts';
import { syntheticStory } from '../../../scripts/synthetic-story.ts';
import { runEventsCsv } from '../../../scripts/events-csv.ts';
import { asInputs, smallStory } from '../../fixtures/small-story.ts';

const realFiles: Record<string, FileInput> = Object.fromEntries(
  DATA_FILES.map((file) => [file, { text: readFileSync(`data/${file}`, 'utf8') }]),
);

function syntheticFiles(count: number): Record<string, FileInput> {
  const story = syntheticStory(count);
  const inputs: Record<string, FileInput> = Object.fromEntries(
    Object.entries(story).map(([file, value]) => [file, { text: formatDataFile(value) }]),
  );
  inputs['regions.json'] = realFiles['regions.json']!;
  return inputs;
}

function eventsOf(files: Record<string, FileInput>): unknown[] {
  return (JSON.parse((files['events.json'] as { text: string }).text) as { events: unknown[] }).events;
}

describe('the spreadsheet round trip', () => {
  const stories = [
    { name: 'the real story in data/', files: realFiles },
    { name: 'the 1,000-event synthetic story', files: syntheticFiles(1000) },
  ];
  for (const { name, files } of stories) {
    it(`export then import gives byte-identical events.json for ${name}`, () => {
      const exported = eventsToCsv(eventsOf(files));
      expect(exported.problems).toEqual([]);
      const imported = importEventsCsv(exported.text, files);
      expect(imported.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(imported.text).toBe((files['events.json'] as { text: string }).text);
    });
  }

  const delimiters = [
    { name: 'semicolons', delimiter: ';' as const },
    { name: 'tabs', delimiter: '\t' as const },
  ];
  for (const { name, delimiter } of delimiters) {
    it(`reads back a spreadsheet saved with ${name}`, () => {
      const exported = eventsToCsv(eventsOf(realFiles), { delimiter });
      expect(importEventsCsv(exported.text, realFiles).text).toBe((realFiles['events.json'] as { text: string }).text);
    });
  }

  it('reads the file with or without a byte-order mark', () => {
    const { text } = eventsToCsv(eventsOf(realFiles));
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(importEventsCsv(text.slice(1), realFiles).text).toBe((realFiles['events.json'] as { text: string }).text);
  });

  it('reads TRUE and FALSE as a spreadsheet rewrites them', () => {
    const { text } = eventsToCsv(eventsOf(realFiles));
    expect(importEventsCsv(text.replace(/,false(,|\n)/g, ',FALSE$1'), realFiles).text).toBe(
      (realFiles['events.json'] as { text: string }).text,
    );
  });
});

describe('eventsToCsv refuses what a spreadsheet would lose', () => {
  const base = smallStory()['events.json'].events[0]!;
  const cases = [
    { name: 'an unknown field', event: { ...base, colour: '#fff' }, path: ['events', 0, 'colour'], says: /no column/ },
    {
      name: 'a number where text belongs',
      event: { ...base, date: 2010 },
      path: ['events', 0, 'date'],
      says: /expected text, found number/,
    },
    { name: 'an empty translations object', event: { ...base, translations: {} }, path: ['events', 0, 'translations'], says: /empty/ },
    {
      name: 'languages out of order',
      event: { ...base, translations: { he: { reviewed: false }, tr: { reviewed: false } } },
      path: ['events', 0, 'translations'],
      says: /order/,
    },
  ];
  for (const { name, event, path, says } of cases) {
    it(`refuses ${name}, located`, () => {
      const { problems } = eventsToCsv([event]);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ severity: 'error', file: 'events.json', path, entryId: 'visit-ankara' });
      expect(problems[0]!.message).toMatch(says);
    });
  }
});

/** A small story's events as CSV rows, for tests that change one cell. */
function smallCsv(edit: (rows: string[][], columns: string[]) => void = () => {}, delimiter = ','): string {
  const { text } = eventsToCsv(smallStory()['events.json'].events);
  const rows = dsvFormat(',').parseRows(text.slice(1));
  edit(rows, rows[0]!);
  return dsvFormat(delimiter).formatRows(rows) + '\n';
}
const set = (row: number, column: string, value: string) => (rows: string[][], columns: string[]) => {
  rows[row - 1]![columns.indexOf(column)] = value;
};

describe('importEventsCsv locates each problem by row and column', () => {
  const files = asInputs(smallStory());
  const cases = [
    { name: 'an ambiguous spreadsheet date', csv: smallCsv(set(3, 'date', '5/6/2010')), row: 3, column: 'date', says: /could be/ },
    { name: 'an impossible date', csv: smallCsv(set(2, 'date', '2022-02-30')), row: 2, column: 'date', says: /real calendar date/ },
    {
      name: 'an unknown place',
      csv: smallCsv(set(2, 'places', 'ankra')),
      row: 2,
      column: 'places',
      says: /unknown place "ankra"/,
      hint: /Did you mean "ankara"/,
    },
    { name: 'an unknown category', csv: smallCsv(set(4, 'category', 'diplomacy')), row: 4, column: 'category', says: /unknown category/ },
    { name: 'a bad source link', csv: smallCsv(set(2, 'source_1_url', 'example.org')), row: 2, column: 'source_1_url', says: /URL/ },
    {
      name: 'a reviewed flag that is not true or false',
      csv: smallCsv(set(2, 'reviewed_tr', 'yes')),
      row: 2,
      column: 'reviewed_tr',
      says: /true or false/,
    },
    {
      name: 'a missing column',
      csv: smallCsv((rows, columns) => {
        const at = columns.indexOf('category');
        for (const row of rows) row.splice(at, 1);
      }),
      row: 1,
      column: undefined,
      says: /the column "category" is missing/,
    },
    {
      name: 'an unknown column',
      csv: smallCsv(set(1, 'quote_speaker', 'speeker')),
      row: 1,
      column: 'speeker',
      says: /unknown column "speeker"/,
      hint: /quote_speaker/,
    },
  ];
  for (const { name, csv, row, column, says, hint } of cases) {
    it(`reports ${name} at row ${row}${column ? `, column ${column}` : ''} and writes nothing`, () => {
      const { text, problems } = importEventsCsv(csv, files);
      expect(text).toBeNull();
      const errors = problems.filter((p) => p.severity === 'error');
      expect(errors.length).toBeGreaterThan(0);
      const problem = errors.find((p) => says.test(p.message));
      expect(problem, JSON.stringify(errors)).toBeDefined();
      expect(problem).toMatchObject({ file: 'events.csv', row, columnName: column });
      if (hint) expect(problem!.hint).toMatch(hint);
      expect(formatCsvProblem(problem!)).toMatch(new RegExp(`^error: events\\.csv row ${row}${column ? `, column ${column}` : ''}`));
    });
  }

  it('accepts an unambiguous spreadsheet date with a warning at its cell', () => {
    const { text, problems } = importEventsCsv(smallCsv(set(3, 'date', '31/05/2010')), files);
    expect(text).not.toBeNull();
    expect(JSON.parse(text!).events[1].date).toBe('2010-05-31');
    expect(problems.find((p) => p.columnName === 'date')).toMatchObject({ severity: 'warning', row: 3 });
  });

  it('keeps a line break inside a quoted cell and counts rows as the spreadsheet does', () => {
    const csv = smallCsv((rows, columns) => {
      rows[1]![columns.indexOf('summary')] = 'Two lines,\nwith a comma.';
      rows[2]![columns.indexOf('places')] = 'nowhere';
    });
    const { problems } = importEventsCsv(csv, files);
    const read = csvToEvents(csv);
    expect(read.events[0]!.summary).toBe('Two lines,\nwith a comma.');
    // Row 3 of the spreadsheet starts on line 4 of the text: row 2 takes two lines.
    expect(problems.find((p) => p.columnName === 'places')).toMatchObject({ row: 3, line: 4, column: csvColumns(1).indexOf('places') + 1 });
  });

  it('ignores the empty rows a spreadsheet saves at the end', () => {
    const csv = smallCsv() + ',,,\n\n';
    expect(csvToEvents(csv).events).toHaveLength(3);
  });

  it('refuses a row with more cells than the header', () => {
    const csv = smallCsv((rows) => rows[1]!.push('stray'));
    expect(importEventsCsv(csv, files).problems).toContainEqual(
      expect.objectContaining({ row: 2, severity: 'error', message: expect.stringMatching(/cells/) }),
    );
  });
});

describe('columnForPath', () => {
  const cases = [
    { path: ['events', 3, 'date'], expected: 'date' },
    { path: ['events', 3, 'places', 1], expected: 'places' },
    { path: ['events', 3, 'sources', 1, 'url'], expected: 'source_2_url' },
    { path: ['events', 3, 'sources'], expected: 'source_1_publisher' },
    { path: ['events', 3, 'quote', 'speaker'], expected: 'quote_speaker' },
    { path: ['events', 3, 'translations', 'he', 'summary'], expected: 'summary_he' },
    { path: ['events', 3, 'translations', 'ar'], expected: 'title_ar' },
    { path: ['events', 3], expected: undefined },
  ];
  for (const { path, expected } of cases) {
    it(`puts ${path.join('.')} in column ${expected}`, () => expect(columnForPath(path)).toBe(expected));
  }
});

describe('npm run events:import', () => {
  function dataCopy() {
    const dir = mkdtempSync(join(tmpdir(), 'desk-csv-'));
    cpSync('data', join(dir, 'data'), { recursive: true });
    return dir;
  }

  it('exits 1 with located errors and leaves data/ untouched on a bad file', () => {
    const dir = dataCopy();
    const before = readFileSync(join(dir, 'data/events.json'), 'utf8');
    vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(runEventsCsv(['export', join(dir, 'events.csv')], join(dir, 'data'))).toBe(0);
    const csv = readFileSync(join(dir, 'events.csv'), 'utf8').replace('1949-03-28', '5/6/1949');
    writeFileSync(join(dir, 'events.csv'), csv);
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    try {
      expect(runEventsCsv(['import', join(dir, 'events.csv')], join(dir, 'data'))).toBe(1);
    } finally {
      spy.mockRestore();
      vi.restoreAllMocks();
    }
    expect(errors).toContainEqual(
      expect.stringMatching(/^error: events\.csv row 2, column date \(id "turkey-recognises-israel"\): "5\/6\/1949" could be/),
    );
    expect(readFileSync(join(dir, 'data/events.json'), 'utf8')).toBe(before);
  });

  it('rewrites events.json from a good file', () => {
    const dir = dataCopy();
    expect(runEventsCsv(['export', join(dir, 'events.csv')], join(dir, 'data'))).toBe(0);
    const csv = readFileSync(join(dir, 'events.csv'), 'utf8').replace('Turkey recognises Israel', 'Turkey recognises Israel first');
    writeFileSync(join(dir, 'events.csv'), csv);
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(runEventsCsv(['import', join(dir, 'events.csv')], join(dir, 'data'))).toBe(0);
    vi.restoreAllMocks();
    const after = readFileSync(join(dir, 'data/events.json'), 'utf8');
    expect(after).toBe(readFileSync('data/events.json', 'utf8').replace('"Turkey recognises Israel"', '"Turkey recognises Israel first"'));
  });
});
