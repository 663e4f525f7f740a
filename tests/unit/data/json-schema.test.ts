import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateJsonSchemas, jsonSchemaText } from '../../../src/lib/data/json-schema.ts';

const generated = generateJsonSchemas();

describe('data/schema/*.schema.json', () => {
  it('holds exactly the files the schema code generates', () => {
    const onDisk = readdirSync('data/schema').filter((name) => name.endsWith('.schema.json'));
    expect(onDisk.sort()).toEqual(Object.keys(generated).sort());
  });

  for (const [name, schema] of Object.entries(generated)) {
    it(`${name} is up to date with src/lib/data/schema.ts (run "npm run schema" if not)`, () => {
      expect(readFileSync(`data/schema/${name}`, 'utf8')).toBe(jsonSchemaText(schema));
    });
  }
});
