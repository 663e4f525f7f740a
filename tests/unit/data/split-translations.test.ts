import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  listedTranslationFiles,
  mergeTranslations,
  readTranslationFile,
  splitTranslations,
  TRANSLATION_FILES_KEY,
  type TranslationFile,
} from '../../../src/lib/data/split-translations.ts';
import { DATA_FILES } from '../../../src/lib/data/data-files.ts';
import type { FileInput } from '../../../src/lib/data/read-file.ts';
import { validateStory } from '../../../src/lib/data/validate.ts';

const textOf = (input: FileInput | undefined) =>
  input && 'text' in input ? input.text : input && 'bytes' in input ? new TextDecoder().decode(input.bytes) : undefined;
const asInputs = (files: Record<string, unknown>): Record<string, FileInput> =>
  Object.fromEntries(Object.entries(files).map(([file, value]) => [file, { text: JSON.stringify(value) }]));
const parsedFiles = (inputs: Record<string, FileInput>) =>
  Object.fromEntries(Object.entries(inputs).map(([file, input]) => [file, JSON.parse(textOf(input)!)]));

/** The editors' data/, parsed, without the "$schema" the build does not ship. */
function repositoryData(): Record<string, unknown> {
  return Object.fromEntries(
    DATA_FILES.map((file) => {
      const { $schema: _schema, ...content } = JSON.parse(readFileSync(`data/${file}`, 'utf8')) as Record<string, unknown>;
      return [file, content];
    }),
  );
}

const small = () => ({
  'story.json': { title: 'T', dek: 'D', translations: { he: { title: 'ת', reviewed: false }, tr: { title: 'B', reviewed: true } } },
  'events.json': {
    events: [
      { id: 'a', title: 'A', translations: { he: { title: 'א', reviewed: false } } },
      { id: 'b', title: 'B' },
    ],
  },
  'regions.json': {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { id: 'gaza', name: 'Gaza', translations: { ar: { name: 'غزة', reviewed: false } } } }],
  },
});

describe('splitTranslations', () => {
  it('takes every translation out of the files and puts each language in a file of its own', () => {
    const { files, translations } = splitTranslations(small());
    expect(files['events.json']).toEqual({
      events: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
      ],
    });
    expect(files['regions.json']).toEqual({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { id: 'gaza', name: 'Gaza' } }],
    });
    expect(files['story.json']).toEqual({
      [TRANSLATION_FILES_KEY]: { tr: 'i18n/tr.json', he: 'i18n/he.json', ar: 'i18n/ar.json' },
      title: 'T',
      dek: 'D',
    });
    expect(translations.he).toEqual({
      version: 1,
      language: 'he',
      files: { 'story.json': { '': { title: 'ת', reviewed: false } }, 'events.json': { a: { title: 'א', reviewed: false } } },
    });
    expect(translations.ar!.files).toEqual({ 'regions.json': { gaza: { name: 'غزة', reviewed: false } } });
  });

  it('leaves its input as it was', () => {
    const input = small();
    const before = JSON.stringify(input);
    splitTranslations(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('writes no list of language files when there is no translation', () => {
    const { files, translations } = splitTranslations({ 'story.json': { title: 'T' } });
    expect(files['story.json']).toEqual({ title: 'T' });
    expect(translations).toEqual({});
  });

  it('keeps inline what it cannot file by id, or a language it does not know, for validation to report', () => {
    const { files } = splitTranslations({
      'events.json': { events: [{ title: 'no id', translations: { he: { title: 'x', reviewed: false } } }] },
      'eras.json': { eras: [{ id: 'e', translations: { fr: { name: 'n', reviewed: false }, he: { name: 'ש', reviewed: false } } }] },
    });
    expect(files['events.json']).toEqual({ events: [{ title: 'no id', translations: { he: { title: 'x', reviewed: false } } }] });
    expect(files['eras.json']).toEqual({ eras: [{ id: 'e', translations: { fr: { name: 'n', reviewed: false } } }] });
  });
});

describe('mergeTranslations', () => {
  const split = () => splitTranslations(small());

  it('puts a language back inline, in the repository’s format, and no other', () => {
    const { files, translations } = split();
    const merged = parsedFiles(mergeTranslations(asInputs(files), [translations.he!]));
    expect(merged['events.json']).toEqual({
      events: [
        { id: 'a', title: 'A', translations: { he: { title: 'א', reviewed: false } } },
        { id: 'b', title: 'B' },
      ],
    });
    expect(merged['story.json']).toEqual({ title: 'T', dek: 'D', translations: { he: { title: 'ת', reviewed: false } } });
    expect(merged['regions.json']).toEqual(files['regions.json']);
  });

  it('with every language gives back the editors’ files exactly', () => {
    const repository = repositoryData();
    const { files, translations } = splitTranslations(repository);
    const merged = parsedFiles(mergeTranslations(asInputs(files), Object.values(translations)));
    // Key order aside (JSON equality), every file is as the editors wrote it.
    for (const file of DATA_FILES) expect(merged[file], file).toEqual(repository[file]);
  });

  it('passes a file that gains nothing on untouched, bytes and all, so its problems keep their lines', () => {
    const bytes = new TextEncoder().encode('{\n  "events": [\n    { "id": "a" }\n  ]\n}\n');
    const files = { 'events.json': { bytes }, 'story.json': { text: '{\n  "title": "T"\n}' } };
    const merged = mergeTranslations(files, []);
    expect(merged['events.json']).toBe(files['events.json']);
    expect(merged['story.json']).toBe(files['story.json']);
  });

  it('passes a file that is not JSON on for validation to locate the mistake', () => {
    const { translations } = split();
    const broken = { 'events.json': { text: '{"events": [,]}' }, 'story.json': { unreadable: 'the server answered 404' } };
    expect(mergeTranslations(broken, [translations.he!])).toEqual(broken);
  });

  it('keeps a translation already inline over the language file’s, and skips entries the data no longer has', () => {
    const languageFile: TranslationFile = {
      version: 1,
      language: 'he',
      files: { 'events.json': { a: { title: 'from the file', reviewed: false }, gone: { title: 'x', reviewed: false } } },
    };
    const inline = { events: [{ id: 'a', title: 'A', translations: { he: { title: 'inline', reviewed: true } } }] };
    const merged = parsedFiles(mergeTranslations(asInputs({ 'events.json': inline }), [languageFile]));
    expect(merged['events.json']).toEqual(inline);
  });

  it('gives a story that validates with the translations in place', () => {
    const { files, translations } = splitTranslations(repositoryData());
    const { model, problems } = validateStory(mergeTranslations(asInputs(files), [translations.he!]));
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const gantz = model!.events.find((event) => event.id === 'gantz-visits-ankara')!;
    expect(gantz.translations?.he?.summary).toEqual(expect.any(String));
    expect(gantz.translations?.tr).toBeUndefined();
  });
});

describe('listedTranslationFiles and readTranslationFile', () => {
  const cases: { name: string; story: FileInput | undefined; expected: object }[] = [
    {
      name: 'the built story.json names its language files',
      story: { text: '{"$translations": {"he": "i18n/he.json"}}' },
      expected: { he: 'i18n/he.json' },
    },
    { name: 'the editors’ story.json names none', story: { text: '{"title": "T"}' }, expected: {} },
    { name: 'a story.json that is not JSON names none', story: { text: '{' }, expected: {} },
    { name: 'no story.json names none', story: undefined, expected: {} },
    {
      name: 'a file outside data/ or another host is not fetched',
      story: { text: '{"$translations": {"he": "../secret.json", "ar": "https://evil.example/x.json", "tr": "i18n/tr.json"}}' },
      expected: { tr: 'i18n/tr.json' },
    },
  ];
  for (const { name, story, expected } of cases) it(name, () => expect(listedTranslationFiles(story)).toEqual(expected));

  it('reads a language file, and refuses what is not one', () => {
    expect(readTranslationFile({ text: '{"version": 1, "language": "he", "files": {}}' })).toEqual({
      version: 1,
      language: 'he',
      files: {},
    });
    expect(readTranslationFile({ text: '{"version": 2, "language": "he", "files": {}}' })).toBeNull();
    expect(readTranslationFile({ text: '{"version": 1, "language": "fr", "files": {}}' })).toBeNull();
    expect(readTranslationFile({ unreadable: 'the server answered 404' })).toBeNull();
  });
});
