import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minifiedJson, splitByLanguage } from '../../../scripts/vite-plugin-story-data.ts';
import { DATA_FILES } from '../../../src/lib/data/data-files.ts';

describe('the data files as the build ships them', () => {
  it('keep every entry of the editors’ files, on one line and without the "$schema" the build does not ship', () => {
    for (const file of DATA_FILES) {
      const text = readFileSync(`data/${file}`, 'utf8');
      const shipped = minifiedJson(text);
      const { $schema, ...content } = JSON.parse(text) as Record<string, unknown>;
      expect($schema, `data/${file} names its schema`).toMatch(/schema\.json$/);
      expect(JSON.parse(shipped), file).toEqual(content);
      expect(shipped).not.toContain('\n');
      expect(shipped).not.toContain('$schema');
    }
  });

  it('pass on a file that is not JSON unchanged, for the page to report it where it is read', () => {
    expect(minifiedJson('{"events": [,]}')).toBe('{"events": [,]}');
  });

  it('leave a top-level array or a "$schema" deeper in the data alone', () => {
    expect(minifiedJson('[1, 2]')).toBe('[1,2]');
    expect(minifiedJson('{"a": {"$schema": "x"}}')).toBe('{"a":{"$schema":"x"}}');
  });
});

describe('data/ split by language in the build', () => {
  const shipped = () => Object.fromEntries(DATA_FILES.map((file) => [file, minifiedJson(readFileSync(`data/${file}`, 'utf8'))]));

  it('ships no Turkish, Hebrew or Arabic text in the files every reader gets', () => {
    const built = splitByLanguage(shipped());
    const { events } = JSON.parse(readFileSync('data/events.json', 'utf8')) as {
      events: { translations?: Record<string, { summary?: string }> }[];
    };
    const summaries = (language: string) => events.flatMap((event) => event.translations?.[language]?.summary ?? []);
    expect(summaries('he').length).toBeGreaterThan(0);
    for (const file of DATA_FILES) expect(built[file], file).not.toContain('"translations"');
    for (const summary of [...summaries('tr'), ...summaries('he'), ...summaries('ar')]) expect(built['events.json']).not.toContain(summary);
    expect(
      Object.keys(built)
        .filter((name) => name.startsWith('i18n/'))
        .sort(),
    ).toEqual(['i18n/ar.json', 'i18n/he.json', 'i18n/tr.json']);
    for (const summary of summaries('he')) expect(built['i18n/he.json']).toContain(JSON.stringify(summary).slice(1, -1));
    for (const summary of summaries('ar')) expect(built['i18n/he.json']).not.toContain(summary);
  });

  it('passes a file that is not JSON on as it is, and splits the others', () => {
    const built = splitByLanguage({ ...shipped(), 'events.json': '{"events": [,]}' });
    expect(built['events.json']).toBe('{"events": [,]}');
    expect(built['eras.json']).not.toContain('"translations"');
  });
});
