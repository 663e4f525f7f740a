/**
 * Writes data/schema/*.schema.json from src/lib/data/schema.ts, so editors' text editors
 * autocomplete and underline mistakes. Run `npm run schema` after changing the schema;
 * a unit test fails when the committed files are out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { generateJsonSchemas, jsonSchemaText } from '../src/lib/data/json-schema.ts';

const outDir = new URL('../data/schema/', import.meta.url);
mkdirSync(outDir, { recursive: true });
for (const [name, schema] of Object.entries(generateJsonSchemas())) {
  writeFileSync(new URL(name, outDir), jsonSchemaText(schema));
  console.log(`wrote data/schema/${name}`);
}
