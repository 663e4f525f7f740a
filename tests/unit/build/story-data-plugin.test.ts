import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minifiedJson } from '../../../scripts/vite-plugin-story-data.ts';
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
