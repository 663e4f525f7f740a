/**
 * Bytes of a data file in, text out, or the place of the first byte that is not UTF-8. A
 * forgiving decoder would turn a file saved as Windows-1254 into "Kur�un" without a word;
 * the fatal one refuses it, and we say where, since TextDecoder does not.
 */
import type { JsonMistake } from './parse-json.ts';

export type DecodeResult = { ok: true; text: string } | ({ ok: false } & JsonMistake);

const BOM = [0xef, 0xbb, 0xbf];

export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    // A leading BOM is dropped (ignoreBOM: false), as parseJson drops it from text.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes) ?? { offset: 0, length: 1 };
    const shown = [...bytes.subarray(bad.offset, bad.offset + bad.length)]
      .map((byte) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`)
      .join(' ');
    return {
      ok: false,
      ...byteLocation(bytes, bad.offset),
      message: `the file is not UTF-8 text: the byte${bad.length > 1 ? 's' : ''} ${shown} here ${bad.length > 1 ? 'are' : 'is'} not a character in UTF-8, so readers would see "�".`,
      hint: 'Save the file with the encoding UTF-8 (files saved as Windows-1254 or Latin-1 spell ş, ğ or ı this way).',
    };
  }
}

/**
 * Offset and length of the first ill-formed sequence, by the table of well-formed UTF-8 in
 * the Unicode Standard (chapter 3, table 3-7): no overlong forms, no surrogates, nothing past
 * U+10FFFF. Null when every byte is well formed.
 */
export function firstInvalidUtf8(bytes: Uint8Array): { offset: number; length: number } | null {
  const inRange = (index: number, low: number, high: number) => index < bytes.length && bytes[index]! >= low && bytes[index]! <= high;
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    // [low, high] of the second byte, and how many bytes the character takes.
    let second: [number, number];
    let size: number;
    if (lead <= 0x7f) {
      index++;
      continue;
    } else if (lead >= 0xc2 && lead <= 0xdf) [second, size] = [[0x80, 0xbf], 2];
    else if (lead === 0xe0) [second, size] = [[0xa0, 0xbf], 3];
    else if (lead === 0xed) [second, size] = [[0x80, 0x9f], 3];
    else if (lead >= 0xe1 && lead <= 0xef) [second, size] = [[0x80, 0xbf], 3];
    else if (lead === 0xf0) [second, size] = [[0x90, 0xbf], 4];
    else if (lead === 0xf4) [second, size] = [[0x80, 0x8f], 4];
    else if (lead >= 0xf1 && lead <= 0xf3) [second, size] = [[0x80, 0xbf], 4];
    else return { offset: index, length: 1 };
    let length = 1;
    if (!inRange(index + 1, ...second)) return { offset: index, length };
    length++;
    while (length < size) {
      if (!inRange(index + length, 0x80, 0xbf)) return { offset: index, length };
      length++;
    }
    index += size;
  }
  return null;
}

/** Line and column of a byte, counting characters as an editor does (a leading BOM not counted). */
function byteLocation(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = BOM.every((byte, i) => bytes[i] === byte) ? BOM.length : 0;
  for (let index = lineStart; index < offset; index++) {
    if (bytes[index] === 0x0a) {
      line++;
      lineStart = index + 1;
    }
  }
  // The bytes before the bad one on its line are well formed, so they decode exactly.
  return { line, column: new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1 };
}

/** A file input's text, decoded if it came as bytes; undefined when it is unreadable or not UTF-8. */
export function textOfInput(input: { bytes: Uint8Array } | { text: string } | { unreadable: string } | undefined): string | undefined {
  if (!input || 'unreadable' in input) return undefined;
  if ('text' in input) return input.text;
  const decoded = decodeUtf8(input.bytes);
  return decoded.ok ? decoded.text : undefined;
}
