/**
 * JSON text in, a value or a located mistake out. A sound file, the common case, is read by
 * the engine's JSON.parse alone. When it fails, or when the text shows signs of what
 * JSON.parse accepts silently (a key written twice, half of a character), the precise scanner
 * (scan-json.ts, with jsonc-parser) says what and where: `validateStoryFiles` loads it for the
 * files that need it, so readers of a sound story never download it. Without it, a mistake
 * is located from the engine's message, which can be vaguer, and the result says so.
 */
import type { PathSegment } from './problems.ts';

/** A mistake at a place in the text; line and column are 1-based, as editors count them. */
export interface JsonMistake {
  message: string;
  hint: string;
  line: number;
  column: number;
}

/** A mistake that leaves the value usable, at its path in the value. */
export interface JsonFlaw extends JsonMistake {
  path: PathSegment[];
}

export type JsonParseResult = ({ ok: true; value: unknown; flaws: JsonFlaw[] } | ({ ok: false } & JsonMistake)) & {
  /** Set when the scanner was not loaded and would say more (see loadJsonScanner). */
  approximate?: true;
};

const BYTE_ORDER_MARK = '\uFEFF';
let scanJson: ((text: string) => JsonParseResult) | undefined;

/** Loads the precise scanner; every parseJson after this uses it where needed. */
export async function loadJsonScanner(): Promise<void> {
  scanJson ??= (await import('./scan-json.ts')).scanJson;
}

export function parseJson(input: string): JsonParseResult {
  // A BOM is what some Windows editors put first; TextDecoder drops it too, so the page and
  // check:data read the same file alike.
  const text = input.startsWith(BYTE_ORDER_MARK) ? input.slice(1) : input;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return scanJson ? scanJson(text) : { ok: false, ...engineMistake(error, text), approximate: true };
  }
  if (!mayHaveFlaws(text, value)) return { ok: true, value, flaws: [] };
  return scanJson ? scanJson(text) : { ok: true, value, flaws: [], approximate: true };
}

/** Escapes of half a character, or such halves themselves (text that did not come from UTF-8 bytes). */
const SURROGATE_SIGNS = /\\u[dD][89a-fA-F][0-9a-fA-F]{2}|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether the text may hide a duplicate key or a lone surrogate: more keys written in the text
 * than the value holds, or a surrogate escape anywhere. Every key ends in a quote and a colon;
 * inside a text the pair can only follow a backslash (\":), which can only add to the count:
 * a false alarm costs a scan, a duplicate is never missed.
 */
function mayHaveFlaws(text: string, value: unknown): boolean {
  if (SURROGATE_SIGNS.test(text)) return true;
  const keyEnd = /"\s*:/g;
  let written = 0;
  while (keyEnd.exec(text)) written++;
  return written !== countKeys(value);
}

function countKeys(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let count = Array.isArray(value) ? 0 : Object.keys(value).length;
  for (const child of Object.values(value)) count += countKeys(child);
  return count;
}

/** The engine's own words and position (V8 gives an offset, Firefox a line and column). */
function engineMistake(error: unknown, text: string): JsonMistake {
  const raw = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/i.exec(raw);
  const position = /position (\d+)/i.exec(raw);
  const at = lineColumn
    ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
    : lineAndColumnAt(text, position ? Number(position[1]) : text.length);
  const words = raw
    .replace(/^JSON\.parse: /, '')
    .replace(/\s*(in JSON )?at position \d+.*$/i, '')
    .replace(/\s*at line \d+ column \d+.*$/i, '')
    .trim();
  return {
    ...at,
    message: `the file is not valid JSON (${words || 'unexpected end'}).`,
    hint: 'Look for a missing comma, quote or bracket just before this point.',
  };
}

/** 1-based line and column of an offset, for problems located after parsing. */
export function lineAndColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text[index] === '\n') {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
