/**
 * Data files written the way the repository writes them (two-space JSON, the "$schema"
 * pointer first), so that a downloaded or imported file differs from the checked-in one
 * only where an editor changed something.
 */

/** The pointer each file in data/ carries for editors' autocompletion; the build strips it. */
export function schemaPointer(file: string): string {
  return `./schema/${file.replace(/\.json$/, '')}.schema.json`;
}

export interface FormatOptions {
  /** Whether the text ends with a newline; keep what the file had (one file in data/ has none). */
  finalNewline?: boolean;
}

/** The file's text in the repository's format: JSON.stringify with two spaces, as data/ is written. */
export function formatDataFile(value: unknown, options: FormatOptions = {}): string {
  return JSON.stringify(value, null, 2) + (options.finalNewline === false ? '' : '\n');
}

/**
 * Puts the "$schema" pointer back at the head of a file read from the built site, which
 * ships without it: written back into data/, the file then matches the checked-in copy.
 */
export function withSchemaPointer(file: string, value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value) || '$schema' in value) return value;
  return { $schema: schemaPointer(file), ...value };
}
