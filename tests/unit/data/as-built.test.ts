import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fetchedAsBuilt, fingerprintOf, modelFromBuiltFiles, type Fingerprints } from '../../../src/lib/data/as-built.ts';
import { validateStory } from '../../../src/lib/data/validate.ts';
import { DATA_FILES } from '../../../src/lib/data/data-files.ts';
import { mergeTranslations, readTranslationFile } from '../../../src/lib/data/split-translations.ts';
import { minifiedJson, splitByLanguage } from '../../../scripts/vite-plugin-story-data.ts';
import { recordFingerprints } from '../../../scripts/data-fingerprints.ts';

const bytes = (text: string) => ({ bytes: new TextEncoder().encode(text) });
/** data/ as the build ships it: minified and split by language. */
const shipped = (edit: (files: Record<string, string>) => void = () => {}) => {
  const files = Object.fromEntries(DATA_FILES.map((file) => [file, minifiedJson(readFileSync(`data/${file}`, 'utf8'))]));
  edit(files);
  return splitByLanguage(files);
};
interface EditedEvents {
  events: { title: string; end?: string; places: string[]; translations: Record<string, unknown> }[];
}
/** Changes events.json before the build ships it. */
const editing = (file: 'events.json', change: (data: EditedEvents) => void) => (files: Record<string, string>) => {
  const data = JSON.parse(files[file]!) as EditedEvents;
  change(data);
  files[file] = JSON.stringify(data);
};

describe('fetchedAsBuilt: the page skips validation only for the build’s own bytes', () => {
  const recorded = async (files: Record<string, string>): Promise<Fingerprints> =>
    Object.fromEntries(
      await Promise.all(Object.entries(files).map(async ([name, text]) => [name, (await fingerprintOf(new TextEncoder().encode(text)))!])),
    );
  const built = { 'story.json': '{"title":"T"}', 'events.json': '{"events":[]}', 'i18n/he.json': '{"language":"he"}' };
  const cases: {
    name: string;
    fetched: Record<string, { bytes: Uint8Array } | { text: string } | { unreadable: string }>;
    expected: boolean;
  }[] = [
    {
      name: 'every file as built',
      fetched: { 'story.json': bytes(built['story.json']), 'events.json': bytes(built['events.json']) },
      expected: true,
    },
    {
      name: 'with the reader’s language file as built',
      fetched: {
        'story.json': bytes(built['story.json']),
        'events.json': bytes(built['events.json']),
        'i18n/he.json': bytes(built['i18n/he.json']),
      },
      expected: true,
    },
    {
      name: 'one byte changed',
      fetched: { 'story.json': bytes('{"title":"U"}'), 'events.json': bytes(built['events.json']) },
      expected: false,
    },
    { name: 'a file the build shipped is missing', fetched: { 'story.json': bytes(built['story.json']) }, expected: false },
    {
      name: 'a file the build did not ship',
      fetched: { 'story.json': bytes(built['story.json']), 'events.json': bytes(built['events.json']), 'lines.json': bytes('{}') },
      expected: false,
    },
    {
      name: 'a file that could not be read',
      fetched: { 'story.json': bytes(built['story.json']), 'events.json': { unreadable: '500' } },
      expected: false,
    },
    {
      name: 'a file given as text, not as fetched bytes',
      fetched: { 'story.json': bytes(built['story.json']), 'events.json': { text: built['events.json'] } },
      expected: false,
    },
  ];
  for (const { name, fetched, expected } of cases)
    it(`${name}: ${expected ? 'as built' : 'validated'}`, async () => {
      expect(await fetchedAsBuilt(fetched, await recorded(built))).toBe(expected);
    });

  it('validates everything when the build recorded nothing (the dev server, the desk)', async () => {
    expect(await fetchedAsBuilt({ 'story.json': bytes(built['story.json']) }, {})).toBe(false);
  });
});

describe('the build records fingerprints only where the page’s model would equal validation’s', () => {
  it('for this story: every shipped file, and the same model as validation’s for a reader of each language', async () => {
    const files = shipped();
    const { fingerprints, reason } = await recordFingerprints(files);
    expect(reason).toBeUndefined();
    expect(Object.keys(fingerprints).sort()).toEqual(Object.keys(files).sort());
    for (const language of [undefined, 'tr', 'he', 'ar']) {
      const base = Object.fromEntries(DATA_FILES.map((file) => [file, bytes(files[file]!)]));
      const translation = language ? [readTranslationFile(bytes(files[`i18n/${language}.json`]!))!] : [];
      const merged = mergeTranslations(base, translation);
      const model = modelFromBuiltFiles(merged);
      expect(JSON.parse(JSON.stringify(model)), language ?? 'en').toEqual(JSON.parse(JSON.stringify(validateStory(merged).model)));
      expect(model.events.length).toBeGreaterThan(50);
    }
  });

  const cases: { name: string; edit: (files: Record<string, string>) => void; reason: RegExp }[] = [
    {
      name: 'a title validation would trim',
      edit: editing('events.json', (data) => (data.events[0]!.title = ` ${data.events[0]!.title} `)),
      reason: /changes the story for a reader of English/,
    },
    {
      name: 'an end before the start, which validation drops',
      edit: editing('events.json', (data) => (data.events[0]!.end = '1900')),
      reason: /changes the story/,
    },
    {
      name: 'an unknown place, an error',
      edit: editing('events.json', (data) => data.events[0]!.places.push('ankra')),
      reason: /errors for a reader of English/,
    },
    {
      name: 'a file that is not JSON',
      edit: (files) => (files['eras.json'] = '{"eras": [,]}'),
      reason: /errors/,
    },
    {
      name: 'a translation validation leaves out, seen only by that language’s readers',
      edit: editing('events.json', (data) => (data.events[0]!.translations.he = { title: 5, reviewed: false })),
      reason: /i18n\/he\.json/,
    },
  ];
  for (const { name, edit, reason } of cases)
    it(`none for ${name}`, async () => {
      const recorded = await recordFingerprints(shipped(edit));
      expect(recorded.fingerprints).toEqual({});
      expect(recorded.reason).toMatch(reason);
    });
});
