/** The editors' JSON Schema files, generated from the one valibot schema. */
import { toJsonSchema } from '@valibot/to-json-schema';
import { COLLECTIONS, STORY_FILE, StoryFile, collectionFileSchema } from './schema.ts';

const schemaName = (file: string) => file.replace(/\.json$/, '.schema.json');

export function generateJsonSchemas(): Record<string, object> {
  // Calendar checks (no 30 February) cannot be said in JSON Schema; check:data catches them.
  const convert = (schema: Parameters<typeof toJsonSchema>[0], title: string) => {
    const { $schema, ...rest } = toJsonSchema(schema, { errorMode: 'ignore' });
    return { $schema, title, ...rest };
  };
  const out: Record<string, object> = { [schemaName(STORY_FILE)]: convert(StoryFile, STORY_FILE) };
  for (const spec of Object.values(COLLECTIONS)) out[schemaName(spec.file)] = convert(collectionFileSchema(spec), spec.file);
  return out;
}

/** The text of a schema file as `npm run schema` writes it, so a test can compare it byte for byte. */
export function jsonSchemaText(schema: object): string {
  return JSON.stringify(schema, null, 2) + '\n';
}
