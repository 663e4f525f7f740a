import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../src/lib/desk/delimiter.ts';

describe('detectDelimiter', () => {
  const cases = [
    { name: 'commas', text: 'id,date,title\na,b,c', expected: ',' },
    { name: 'semicolons, as Turkish and German spreadsheets save', text: 'id;date;title\n"a, b";c;d', expected: ';' },
    { name: 'tabs', text: 'id\tdate\ttitle\r\na\tb\tc', expected: '\t' },
    { name: 'commas in later rows do not outvote the header', text: 'id;date\n"a,b,c,d";e', expected: ';' },
    { name: 'a single column falls back to commas', text: 'id\na', expected: ',' },
  ];
  for (const { name, text, expected } of cases) {
    it(`detects ${name}`, () => expect(detectDelimiter(text)).toBe(expected));
  }
});
