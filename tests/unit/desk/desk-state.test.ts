import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_FILES } from '../../../src/lib/data/data-files.ts';
import { DeskState, publishedDoc } from '../../../src/lib/desk/desk-state.svelte.ts';
import { validateFiles, validateHere, type DeskValidation, type Validator } from '../../../src/lib/desk/desk-validation.ts';
import { LIST_FORMS } from '../../../src/lib/desk/entry-fields.ts';
import { withField, EVENT_ORDER } from '../../../src/lib/desk/event-edit.ts';
import { minifiedJson } from '../../../scripts/vite-plugin-story-data.ts';

const PUBLISHED_EVENTS = (JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: unknown[] }).events.length;

/** The site as the build publishes it: data/ minified, without "$schema". */
function stubPublishedSite() {
  vi.stubGlobal('fetch', async (url: URL) => {
    const file = String(url).split('/').pop()!;
    return new Response(minifiedJson(readFileSync(`data/${file}`, 'utf8')));
  });
}

async function openDesk(validator: Validator = validateHere) {
  stubPublishedSite();
  const desk = new DeskState(validator);
  await desk.loadPublished('http://site.example/data/');
  await desk.settled();
  return desk;
}

const retitle = (title: string) => (event: Record<string, unknown>) => withField(event, 'title', title, EVENT_ORDER);

afterEach(() => vi.unstubAllGlobals());

describe('publishedDoc', () => {
  for (const file of DATA_FILES.filter((name) => name !== 'relations.json')) {
    it(`gives back data/${file} byte for byte from the built copy, so problems' lines are the repository's`, () => {
      const text = readFileSync(`data/${file}`, 'utf8');
      expect(publishedDoc(file, { text: minifiedJson(text) }).text).toBe(text);
    });
  }
});

describe('DeskState', () => {
  it('opens the published story with no errors and nothing changed', async () => {
    const desk = await openDesk();
    expect(desk.errors).toEqual([]);
    expect(desk.model?.events).toHaveLength(PUBLISHED_EVENTS);
    expect(desk.changedFiles).toEqual([]);
  });

  it('makes typing in one field one undo step, and a new field another', async () => {
    const desk = await openDesk();
    desk.editEvent(0, 'title', retitle('T'));
    desk.editEvent(0, 'title', retitle('Tu'));
    desk.editEvent(0, 'title', retitle('Tur'));
    desk.editEvent(0, 'summary', (e) => withField(e, 'summary', 'S', EVENT_ORDER));
    expect(desk.changedFiles.map((f) => f.file)).toEqual(['events.json']);
    desk.undo();
    expect((desk.events[0] as { title: string; summary: string }).title).toBe('Tur');
    desk.undo();
    expect((desk.events[0] as { title: string }).title).toBe('Turkey recognises Israel');
    expect(desk.changedFiles).toEqual([]);
    expect(desk.canUndo).toBe(false);
    desk.redo();
    expect((desk.events[0] as { title: string }).title).toBe('Tur');
  });

  it('downloads a changed file in the repository format, differing only in the edit', async () => {
    const desk = await openDesk();
    desk.editEvent(0, 'title', retitle('Turkey recognises Israel first'));
    const [changed] = desk.changedFiles;
    expect(changed!.text).toBe(
      readFileSync('data/events.json', 'utf8').replace('"Turkey recognises Israel"', '"Turkey recognises Israel first"'),
    );
    expect(desk.changes[0]!.entries[0]!.fields).toEqual([
      { field: 'title', before: 'Turkey recognises Israel', after: 'Turkey recognises Israel first' },
    ]);
  });

  it('locates a problem in an edit at its line and column in the file as it will be written', async () => {
    const desk = await openDesk();
    desk.editEvent(1, 'places', (e) => withField(e, 'places', ['ankra', 'tel-aviv'], EVENT_ORDER));
    await desk.settled();
    expect(desk.errors).toEqual([expect.objectContaining({ file: 'events.json', path: ['events', 1, 'places', 0] })]);
    const { line, column } = desk.errors[0]!;
    expect(desk.changedFiles[0]!.text.split('\n')[line! - 1]!.slice(column! - 1)).toBe('"ankra",');
  });

  it('keeps the last good story for the preview while a file cannot be used, and refuses files not of the story', async () => {
    const desk = await openDesk();
    desk.applyOpened([
      { name: 'events.json', result: { text: '{ "events": [', value: undefined, parsed: false } },
      { name: 'notes.json', result: { text: '{}', value: {}, parsed: true } },
    ]);
    await desk.settled();
    expect(desk.validation?.model).toBeNull();
    expect(desk.model?.events).toHaveLength(PUBLISHED_EVENTS);
    expect(desk.errors.map((p) => p.file)).toEqual(['notes.json', 'events.json']);
    expect(desk.errors[1]).toMatchObject({ line: 1 });
  });

  it('edits a place, keeping its fields where places.json has them, and opens a place by id', async () => {
    const desk = await openDesk();
    expect(desk.openPlace('athens')).toBe(true);
    expect(desk.selected).toEqual({ list: 'places', index: 13 });
    expect(desk.openPlace('atlantis')).toBe(false);
    desk.editEntry('places', 13, 'coordinates', (p) => withField(p, 'coordinates', [37.9838, 23.7275], LIST_FORMS.places.order));
    await desk.settled();
    expect(desk.changedFiles.map((f) => f.file)).toEqual(['places.json']);
    expect(desk.changedFiles[0]!.text).toBe(
      readFileSync('data/places.json', 'utf8').replace('23.7275,\n        37.9838', '37.9838,\n        23.7275'),
    );
    expect(desk.warnings).toContainEqual(
      expect.objectContaining({
        path: ['places', 13, 'coordinates'],
        hint: 'Longitude and latitude look swapped: write [longitude, latitude].',
      }),
    );
  });

  it('adds an entry to a list and opens it; removing it gives back the published file', async () => {
    const desk = await openDesk();
    const eras = desk.list('eras').length;
    desk.addEntry('eras', { id: 'new-era', name: '', start: '', end: '', description: '' });
    expect(desk.selected).toEqual({ list: 'eras', index: eras });
    await desk.settled();
    expect(desk.errors.some((p) => p.file === 'eras.json' && p.path[1] === eras)).toBe(true);
    desk.removeEntry('eras', eras);
    await desk.settled();
    expect(desk.selected).toBeNull();
    expect(desk.changedFiles).toEqual([]);
    expect(desk.errors).toEqual([]);
  });

  it('checks only the newest files when edits come faster than the check, and never shows an older answer', async () => {
    const asked: string[] = [];
    const answers: (() => void)[] = [];
    // A check that answers only when told, as a busy worker would.
    const slow: Validator = (inputs) => {
      asked.push(JSON.parse((inputs['events.json'] as { text: string }).text).events[0].title);
      return new Promise<DeskValidation>((resolve) => answers.push(() => resolve(validateFiles(inputs))));
    };
    const opening = openDesk(slow);
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    answers.shift()!();
    const desk = await opening;
    for (const title of ['A', 'AB', 'ABC']) desk.editEvent(0, 'title', retitle(title));
    expect(desk.checking).toBe(true);
    answers.shift()!(); // the check of "A", already out of date
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    expect(desk.validation?.model?.events.some((e) => e.title === 'A')).toBe(false);
    answers.shift()!();
    await desk.settled();
    expect(asked).toEqual(['Turkey recognises Israel', 'A', 'ABC']);
    expect(desk.checking).toBe(false);
    expect(desk.model?.events.some((e) => e.title === 'ABC')).toBe(true);
  });

  it('says so among the problems when the check itself fails, and keeps the last good story', async () => {
    let fail = false;
    const flaky: Validator = async (inputs) => {
      if (fail) throw new Error('worker gone');
      return validateFiles(inputs);
    };
    const desk = await openDesk(flaky);
    fail = true;
    desk.editEvent(0, 'title', retitle('T'));
    await desk.settled();
    expect(desk.errors).toEqual([expect.objectContaining({ message: 'the desk could not check the files (Error: worker gone).' })]);
    expect(desk.model?.events).toHaveLength(PUBLISHED_EVENTS);
  });
});
