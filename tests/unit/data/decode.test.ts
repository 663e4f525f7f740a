import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8 } from '../../../src/lib/data/decode.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const join = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)));

describe('firstInvalidUtf8', () => {
  const cases: { name: string; bytes: Uint8Array; expected: { offset: number; length: number } | null }[] = [
    { name: 'ASCII', bytes: utf8('{"a": 1}'), expected: null },
    { name: 'Turkish, Hebrew, Arabic and an emoji', bytes: utf8('Kurşun, כורש, كورش 🌍'), expected: null },
    { name: 'a Windows-1254 ş (0xFE)', bytes: join('Kur', [0xfe], 'un'), expected: { offset: 3, length: 1 } },
    { name: 'a Latin-1 ü (0xFC) before a letter', bytes: join('T', [0xfc], 'rkiye'), expected: { offset: 1, length: 1 } },
    { name: 'a continuation byte on its own', bytes: join('a', [0x80]), expected: { offset: 1, length: 1 } },
    { name: 'a sequence cut short by the end', bytes: join('a', [0xc5]), expected: { offset: 1, length: 1 } },
    { name: 'a three-byte sequence cut short', bytes: join('a', [0xe2, 0x82], 'b'), expected: { offset: 1, length: 2 } },
    { name: 'an overlong "/" (0xC0 0xAF)', bytes: join([0xc0, 0xaf]), expected: { offset: 0, length: 1 } },
    { name: 'an overlong three-byte form', bytes: join([0xe0, 0x80, 0x80]), expected: { offset: 0, length: 1 } },
    { name: 'an encoded surrogate (0xED 0xA0 0x80)', bytes: join('x', [0xed, 0xa0, 0x80]), expected: { offset: 1, length: 1 } },
    { name: 'a code point past U+10FFFF', bytes: join([0xf4, 0x90, 0x80, 0x80]), expected: { offset: 0, length: 1 } },
    { name: 'a byte that never occurs (0xFF)', bytes: join('ok', [0xff]), expected: { offset: 2, length: 1 } },
  ];
  for (const { name, bytes, expected } of cases) {
    it(`finds ${expected ? `a bad sequence at byte ${expected.offset}` : 'nothing'} in ${name}`, () => {
      expect(firstInvalidUtf8(bytes)).toEqual(expected);
      // It agrees with the browser's own fatal decoder on whether the bytes are UTF-8.
      expect(decodeUtf8(bytes).ok).toBe(expected === null);
    });
  }
});

describe('decodeUtf8', () => {
  it('drops a leading BOM, as parseJson does for text', () => {
    expect(decodeUtf8(join([0xef, 0xbb, 0xbf], '{"a": 1}'))).toEqual({ ok: true, text: '{"a": 1}' });
  });

  const located: { name: string; bytes: Uint8Array; line: number; column: number; shown: string }[] = [
    {
      name: 'a bad byte on line 3 after Turkish letters',
      bytes: join('{\n  "a": 1,\n  "title": "Şişli Kur', [0xfe], 'un"\n}'),
      line: 3,
      column: 22,
      shown: '0xFE',
    },
    { name: 'a bad byte on line 1 of a file with a BOM', bytes: join([0xef, 0xbb, 0xbf], 'ab', [0xfe]), line: 1, column: 3, shown: '0xFE' },
    { name: 'a cut sequence after Windows line endings', bytes: join('a\r\nb', [0xe2, 0x82]), line: 2, column: 2, shown: '0xE2 0x82' },
  ];
  for (const { name, bytes, line, column, shown } of located) {
    it(`locates ${name} at ${line}:${column}`, () => {
      const result = decodeUtf8(bytes);
      expect(result).toMatchObject({ ok: false, line, column });
      if (result.ok) return;
      expect(result.message).toContain(shown);
      expect(result.hint).toMatch(/UTF-8/);
    });
  }
});
