import { describe, expect, it } from 'vitest';
import { validateStory } from '../../../src/lib/data/validate.ts';
import { formatCoverage, translationCoverage } from '../../../src/lib/data/coverage.ts';
import { asInputs, smallStory } from '../../fixtures/small-story.ts';

function coverageOf(change: (files: ReturnType<typeof smallStory>) => void) {
  const files = smallStory();
  change(files);
  const { model } = validateStory(asInputs(files));
  return translationCoverage(model!);
}

const fieldsOf = (coverage: ReturnType<typeof translationCoverage>, language: string, file: string) =>
  coverage.find((c) => c.language === language && c.file === file)!.fields;

describe('translationCoverage', () => {
  const cases: {
    name: string;
    change: (files: ReturnType<typeof smallStory>) => void;
    language: string;
    file: string;
    expected: object[];
  }[] = [
    {
      name: 'counts no translation as 0 of each English text',
      change: () => {},
      language: 'tr',
      file: 'events.json',
      expected: [
        { field: 'title', translated: 0, of: 3 },
        { field: 'summary', translated: 0, of: 3 },
      ],
    },
    {
      name: 'counts titles and summaries separately',
      change: (f) => {
        const [a, b] = f['events.json'].events as Record<string, unknown>[];
        a!.translations = { tr: { title: 'A', summary: 'B', reviewed: false } };
        b!.translations = { tr: { title: 'C', reviewed: true }, he: { title: 'ד', reviewed: false } };
      },
      language: 'tr',
      file: 'events.json',
      expected: [
        { field: 'title', translated: 2, of: 3 },
        { field: 'summary', translated: 1, of: 3 },
      ],
    },
    {
      name: 'counts labels and quotes only where the English has them',
      change: (f) => {
        const [a] = f['events.json'].events as Record<string, unknown>[];
        Object.assign(a!, { label: 'L', quote: { text: 'Q', speaker: 'S' }, translations: { ar: { label: 'ل', reviewed: false } } });
      },
      language: 'ar',
      file: 'events.json',
      expected: [
        { field: 'title', translated: 0, of: 3 },
        { field: 'summary', translated: 0, of: 3 },
        { field: 'label', translated: 1, of: 1 },
        { field: 'quote', translated: 0, of: 1 },
      ],
    },
    {
      name: 'reads region names from their properties',
      change: (f) =>
        ((f['regions.json'].features[0]!.properties as Record<string, unknown>).translations = {
          he: { name: 'רצועת עזה', reviewed: false },
        }),
      language: 'he',
      file: 'regions.json',
      expected: [{ field: 'name', translated: 1, of: 1 }],
    },
  ];
  for (const { name, change, language, file, expected } of cases) {
    it(name, () => expect(fieldsOf(coverageOf(change), language, file)).toEqual(expected));
  }
});

describe('formatCoverage', () => {
  it('prints one aligned line per language and file', () => {
    const lines = formatCoverage([
      {
        language: 'tr',
        file: 'events.json',
        fields: [
          { field: 'title', translated: 54, of: 54 },
          { field: 'summary', translated: 12, of: 54 },
        ],
      },
      { language: 'tr', file: 'eras.json', fields: [{ field: 'name', translated: 7, of: 7 }] },
      { language: 'tr', file: 'lines.json', fields: [] },
    ]);
    expect(lines).toEqual(['tr  events.json  title 54/54 · summary 12/54', 'tr  eras.json    name 7/7']);
  });
});
