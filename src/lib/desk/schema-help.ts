/**
 * The form's help text comes from the schema's own descriptions, the same words editors see
 * as autocompletion hints in data/schema/*.json: nothing about a field is written twice.
 */
import type { GenericSchema } from 'valibot';
import { Event, Source } from '../data/schema.ts';

/** The first description in a schema, looking through pipes and optional wrappers. */
export function descriptionOf(schema: unknown, depth = 0): string | undefined {
  if (!schema || typeof schema !== 'object' || depth > 8) return undefined;
  const node = schema as { pipe?: unknown[]; wrapped?: unknown; type?: string; description?: string };
  for (const item of node.pipe ?? []) {
    const action = item as { type?: string; kind?: string; description?: string };
    if (action.type === 'description' && action.description) return action.description;
  }
  for (const item of node.pipe ?? []) {
    const found = (item as { kind?: string }).kind === 'schema' && item !== schema ? descriptionOf(item, depth + 1) : undefined;
    if (found) return found;
  }
  return node.wrapped ? descriptionOf(node.wrapped, depth + 1) : undefined;
}

function helpFor(entries: Record<string, GenericSchema>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(entries).flatMap(([key, schema]) => (descriptionOf(schema) ? [[key, descriptionOf(schema)!]] : [])),
  );
}

export const EVENT_HELP = helpFor(Event.entries as unknown as Record<string, GenericSchema>);
export const SOURCE_HELP = helpFor(Source.entries as unknown as Record<string, GenericSchema>);
