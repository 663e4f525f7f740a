/**
 * JSON.parse with a located error: engines word their messages differently (V8 gives a
 * character position, Firefox a line and column), so both are turned into line and column.
 */

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; message: string; line: number; column: number };

export function parseJson(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const { line, column } = locateJsonError(raw, text);
    return { ok: false, message: describeJsonError(raw), line, column };
  }
}

function locateJsonError(message: string, text: string): { line: number; column: number } {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/i.exec(message);
  const offset = position ? Number(position[1]) : text.length;
  return lineAndColumnAt(text, offset);
}

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

/** Keep the engine's own words (they name the token) but drop its position suffix. */
function describeJsonError(message: string): string {
  const words = message
    .replace(/^JSON\.parse: /, '')
    .replace(/\s*(in JSON )?at position \d+.*$/i, '')
    .replace(/\s*at line \d+ column \d+.*$/i, '')
    .trim();
  return `the file is not valid JSON (${words || 'unexpected end'}). Look for a missing comma, quote or bracket just before this point.`;
}
