import { describe, expect, it } from 'vitest';
import { periodText } from '../../../src/lib/format/period.ts';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('periodText', () => {
  const cases: { name: string; span: [number, number]; language: 'en' | 'he'; expected: RegExp }[] = [
    {
      name: 'the lost decade, by years (the end is exclusive)',
      span: [utc('2009-01-01'), utc('2014-01-01')],
      language: 'en',
      expected: /^2009\s*–\s*2013$/,
    },
    {
      name: 'a span that ends on 31 December keeps that year',
      span: [utc('2009-01-01'), utc('2014-01-01') - 1],
      language: 'en',
      expected: /^2009\s*–\s*2013$/,
    },
    {
      name: 'a span within one year is named by its months',
      span: [utc('2010-03-01'), utc('2010-07-01')],
      language: 'en',
      expected: /^Mar\s*–\s*Jun 2010$/,
    },
    {
      name: 'a single year, by years when long enough',
      span: [utc('1949-01-01'), utc('2025-01-01')],
      language: 'en',
      expected: /^1949\s*–\s*2024$/,
    },
    { name: 'Hebrew keeps Western digits for years', span: [utc('2009-01-01'), utc('2014-01-01')], language: 'he', expected: /2009.*2013/ },
  ];
  for (const { name, span, language, expected } of cases) it(name, () => expect(periodText(span, language)).toMatch(expected));
});
