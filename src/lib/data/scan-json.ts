/**
 * The precise reading of JSON text: jsonc-parser's scanner reports each syntax mistake where
 * it is (engines' JSON.parse messages often point at the end of the file), and the same pass
 * finds what JSON.parse accepts silently: a key written twice in one object (the first value
 * is lost) and half of a character (a lone surrogate escape). Loaded only for a file that
 * needs it (parse-json.ts), so readers of a sound story never download it.
 */
import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';
import type { PathSegment } from './problems.ts';
import { lineAndColumnAt, type JsonFlaw, type JsonMistake, type JsonParseResult } from './parse-json.ts';

const STRICT_JSON = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** Reads `text` (without a BOM) as strict JSON: its value and flaws, or its first mistake, located. */
export function scanJson(text: string): JsonParseResult {
  let mistake: JsonMistake | undefined;
  const flaws: JsonFlaw[] = [];
  // The offset of each key seen in each open object. Paths and line numbers are worked out
  // only for a flaw: a large story has hundreds of thousands of keys.
  const keysSeen: Map<string, number>[] = [];

  visit(
    text,
    {
      onError(code, offset, length, line, character) {
        const empty = text.trim() === '';
        mistake ??= { ...describeSyntaxError(code, text, offset, length), line: empty ? 1 : line + 1, column: empty ? 1 : character + 1 };
      },
      onObjectBegin: () => void keysSeen.push(new Map()),
      onObjectEnd: () => void keysSeen.pop(),
      onObjectProperty(key, offset, length, line, character, pathOf) {
        const keys = keysSeen[keysSeen.length - 1]!;
        const first = keys.get(key);
        if (first === undefined) keys.set(key, offset);
        else {
          const { line: firstLine, column: firstColumn } = lineAndColumnAt(text, first);
          flaws.push({
            message: `the key "${key}" is written twice in this object (first at line ${firstLine}, column ${firstColumn}); only this second value is read, the first is lost.`,
            hint: 'Keep one of the two and remove the other.',
            path: [...pathOf(), key],
            line: line + 1,
            column: character + 1,
          });
        }
        if (hasLoneSurrogate(key))
          flaws.push(loneSurrogate(text.slice(offset, offset + length), [...pathOf(), key], { line: line + 1, column: character + 1 }));
      },
      onLiteralValue(value, offset, length, line, character, pathOf) {
        if (typeof value === 'string' && hasLoneSurrogate(value)) {
          flaws.push(loneSurrogate(text.slice(offset, offset + length), pathOf(), { line: line + 1, column: character + 1 }));
        }
      },
    },
    STRICT_JSON,
  );
  if (mistake) return { ok: false, ...mistake };
  try {
    return { ok: true, value: JSON.parse(text), flaws };
  } catch (error) {
    // The scanner accepted what the engine refused: not known to happen, but never lose the reason.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message: `the file is not valid JSON (${reason}).`,
      hint: 'Check the file with a JSON validator.',
      line: 1,
      column: 1,
    };
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const hasLoneSurrogate = (text: string) => LONE_SURROGATE.test(text);

/** Located at the escape itself when the raw text shows one, else at the string. */
function loneSurrogate(raw: string, path: PathSegment[], at: { line: number; column: number }): JsonFlaw {
  const escape =
    /\\u[dD][89a-fA-F][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])|(?<!\\u[dD][89a-fA-F][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}/.exec(raw);
  const shown = escape ? escape[0] : 'a lone surrogate';
  return {
    message: `this text holds half of a character (${shown}), which readers see as "�".`,
    hint: 'Write the whole character, or both halves of its escape (such as \\ud83c\\udf0d), or remove it.',
    path,
    line: at.line,
    column: at.column + (escape?.index ?? 0),
  };
}

/** What went wrong, in an editor's words, from the scanner's error code and what it found there. */
function describeSyntaxError(code: ParseErrorCode, text: string, offset: number, length: number): { message: string; hint: string } {
  const found = text.slice(offset, offset + Math.max(length, 1));
  const shown = found === '' ? 'the end of the file' : `"${found.length > 20 ? `${found.slice(0, 20)}…` : found}"`;
  const before = text.slice(0, offset).trimEnd().at(-1);
  const invalid = (what: string) => `the file is not valid JSON: ${what}.`;
  if (text.trim() === '')
    return { message: 'the file is empty.', hint: 'Restore its contents; see the README for the shape of each file.' };
  if (found === '')
    return {
      message: invalid('the file ends before every { and [ opened in it is closed'),
      hint: 'The file may be cut short: restore its end, or close what is open.',
    };
  const name = printParseErrorCode(code);
  switch (name) {
    case 'InvalidSymbol':
      if (found.startsWith("'")) return { message: invalid(`found ${shown}`), hint: 'Text and keys take double quotes: "like this".' };
      if (/^(NaN|-?Infinity|undefined)$/.test(found))
        return {
          message: invalid(`found ${shown}`),
          hint: 'JSON has no such value: write a number or null, or leave the field out.',
        };
      return {
        message: invalid(`found ${shown} where a value or a key belongs`),
        hint: 'Keys and text take double quotes; numbers are written like 12 or -3.5.',
      };
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return { message: invalid(`the number ${shown} is not complete`), hint: 'Write numbers like 12, -3.5 or 1e6.' };
    case 'PropertyNameExpected':
      if (before === ',' && found.startsWith('}'))
        return { message: invalid('a comma comes before the closing "}"'), hint: 'Remove the comma after the last field.' };
      return {
        message: invalid(`expected a key in double quotes, found ${shown}`),
        hint: 'Write each key in double quotes, followed by a colon: "title": …',
      };
    case 'ValueExpected':
      if (text.trim() === '')
        return { message: 'the file is empty.', hint: 'Restore its contents; see the README for the shape of each file.' };
      if (before === ',' && found.startsWith(']'))
        return { message: invalid('a comma comes before the closing "]"'), hint: 'Remove the comma after the last item.' };
      if (before === ',') return { message: invalid(`expected a value after the comma, found ${shown}`), hint: 'Remove the extra comma.' };
      return {
        message: invalid(`expected a value, found ${shown}`),
        hint: 'Write text in double quotes, a number, true, false, null, a list [ … ] or an object { … }.',
      };
    case 'ColonExpected':
      return {
        message: invalid(`expected ":" after the key, found ${shown}`),
        hint: 'Write a colon between each key and its value: "title": "…".',
      };
    case 'CommaExpected':
      return { message: invalid(`expected a comma before ${shown}`), hint: 'Add a comma between the two values or fields.' };
    case 'CloseBraceExpected':
      return {
        message: invalid(`expected "}" or a comma, found ${shown}`),
        hint: 'Close the object with "}", or add a comma before the next field.',
      };
    case 'CloseBracketExpected':
      return {
        message: invalid(`expected "]" or a comma, found ${shown}`),
        hint: 'Close the list with "]", or add a comma before the next item.',
      };
    case 'EndOfFileExpected':
      return {
        message: invalid(`found ${shown} after the end of the data`),
        hint: 'Remove it: a file holds one object, and its entries go inside its list.',
      };
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return {
        message: invalid('JSON allows no comments'),
        hint: 'Remove the comment; a note for readers belongs in a field such as "description".',
      };
    case 'UnexpectedEndOfString':
      if (offset + length >= text.length)
        return { message: invalid('the file ends inside this text'), hint: 'The file may be cut short: restore its end.' };
      return {
        message: invalid('this text is not closed by a double quote on its line'),
        hint: 'Close it with "; a line break inside text is written \\n.',
      };
    case 'InvalidUnicode':
      return {
        message: invalid(`the escape ${shown} is not a \\u followed by four hexadecimal digits`),
        hint: 'Write the character itself instead.',
      };
    case 'InvalidEscapeCharacter':
      return {
        message: invalid(`${shown} is not an escape JSON knows`),
        hint: 'A backslash in text is written \\\\; or write the character itself.',
      };
    case 'InvalidCharacter':
      return {
        message: invalid('a control character (such as a tab or a line break) is inside a text'),
        hint: 'Remove it, or write it as \\t or \\n.',
      };
    default:
      return { message: invalid(`unexpected ${shown}`), hint: 'Look for a missing comma, quote or bracket just before this point.' };
  }
}
