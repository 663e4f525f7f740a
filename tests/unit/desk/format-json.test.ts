import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDataFile, withSchemaPointer } from '../../../src/lib/desk/format-json.ts';
import { minifiedJson } from '../../../scripts/vite-plugin-story-data.ts';

const files = readdirSync('data').filter((name) => name.endsWith('.json'));

describe('formatDataFile', () => {
  for (const file of files) {
    it(`writes data/${file} byte for byte as the repository has it`, () => {
      const text = readFileSync(`data/${file}`, 'utf8');
      expect(formatDataFile(JSON.parse(text), { finalNewline: text.endsWith('\n') })).toBe(text);
    });
    it(`gives data/${file} back from the built site's minified copy without "$schema"`, () => {
      const text = readFileSync(`data/${file}`, 'utf8');
      const published: unknown = JSON.parse(minifiedJson(text));
      expect(formatDataFile(withSchemaPointer(file, published), { finalNewline: text.endsWith('\n') })).toBe(text);
    });
  }
});
