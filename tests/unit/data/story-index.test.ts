import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateStory } from '../../../src/lib/data/validate.ts';
import { DATA_FILES } from '../../../src/lib/data/data-files.ts';
import {
  fromStoryIndex,
  readStoryIndex,
  sameStoryIndex,
  storyIndexScriptText,
  toStoryIndex,
  STORY_INDEX_VERSION,
} from '../../../src/lib/data/story-index.ts';
import type { StoryModel } from '../../../src/lib/data/model.ts';
import { asInputs, smallStory } from '../../fixtures/small-story.ts';

const modelOf = (files = smallStory()) => validateStory(asInputs(files)).model!;

/** What the timeline reads: ids, dates, titles, lanes, themes, eras, relations. */
function timelineView(model: StoryModel) {
  return {
    story: [model.story.title, model.story.dek, model.story.byline, model.story.defaultEvent, model.story.bounds],
    events: model.events.map((e) => [e.id, e.startDate, e.endDate, e.title, e.category, e.themes, e.key, e.label]),
    eras: model.eras.map((e) => [e.id, e.name, e.startDate, e.endDate]),
    categories: model.categories.map((c) => [c.id, c.name, c.colour]),
    themes: model.themes.map((t) => [t.id, t.name, t.colour]),
    relations: model.relations.map((side) => [side.id, side.name, side.periods.map((p) => [p.startDate, p.endDate, p.level])]),
  };
}

describe('the story index', () => {
  it('gives back everything the timeline draws, in the same order, marked partial', () => {
    const model = modelOf();
    const revived = fromStoryIndex(JSON.parse(JSON.stringify(toStoryIndex(model))));
    expect(timelineView(revived)).toEqual(timelineView(model));
    expect(revived.partial).toBe(true);
    expect(model.partial).toBeUndefined();
  });

  it('carries the key moments and their chart labels, and grows no other row', () => {
    const files = smallStory();
    const [first, second] = files['events.json'].events;
    Object.assign(first!, { key: true, label: 'A short label' });
    Object.assign(second!, { key: true });
    const index = toStoryIndex(modelOf(files));
    const rows = new Map(index.events.map((row) => [row[0], row]));
    expect(rows.get(first!.id)!.slice(6)).toEqual([1, 'A short label']);
    expect(rows.get(second!.id)!.slice(6)).toEqual([1, 0]);
    expect(index.events.filter((row) => row.length > 6)).toHaveLength(2);
    const revived = fromStoryIndex(JSON.parse(JSON.stringify(index)));
    const byId = new Map(revived.events.map((event) => [event.id, event]));
    expect([byId.get(first!.id)!.key, byId.get(first!.id)!.label]).toEqual([true, 'A short label']);
    expect([byId.get(second!.id)!.key, byId.get(second!.id)!.label]).toEqual([true, undefined]);
    expect(revived.events.filter((event) => event.key)).toHaveLength(2);
  });

  it('names each event’s category and issues by their position in the index, and reads them back as ids', () => {
    const model = modelOf();
    const index = toStoryIndex(model);
    const cases = model.events.map((event, at) => ({ event, row: index.events[at]! }));
    for (const { event, row } of cases) {
      expect(index.categories[row[4]]![0]).toBe(event.category);
      expect(row[5].map((theme) => index.themes[theme]![0])).toEqual(event.themes);
    }
    expect(cases.some(({ event }) => event.themes.length > 0)).toBe(true);
  });

  it('leaves out the texts only the details, map and text version show', () => {
    const revived = fromStoryIndex(toStoryIndex(modelOf()));
    expect(revived.events.every((e) => e.summary === '' && e.sources.length === 0 && e.translations === undefined)).toBe(true);
    expect(revived.regions).toEqual([]);
    // Places are the map's and the details': both wait for the full story.
    expect(revived.places).toEqual([]);
    expect(revived.events.every((e) => e.places.length === 0)).toBe(true);
    expect(revived.themes.every((t) => t.explainer === '' && t.places.length === 0)).toBe(true);
  });

  it('round-trips the bundled story, and stays a small part of data/', () => {
    const files = Object.fromEntries(DATA_FILES.map((file) => [file, { text: readFileSync(`data/${file}`, 'utf8') }]));
    const model = validateStory(files).model!;
    const index = toStoryIndex(model);
    expect(timelineView(fromStoryIndex(index))).toEqual(timelineView(model));
    // The relations' notes and sources wait for data/: the timeline does not show them.
    const periods = (story: StoryModel) => story.relations.flatMap((side) => side.periods);
    expect(periods(model).some((period) => period.note)).toBe(true);
    expect(periods(fromStoryIndex(index)).every((period) => period.note === undefined && period.sources.length === 0)).toBe(true);
    const dataBytes = DATA_FILES.reduce((total, file) => total + readFileSync(`data/${file}`).length, 0);
    expect(JSON.stringify(index).length).toBeLessThan(dataBytes / 5);
  });

  it('is safe inside a script element, whatever the story says', () => {
    const files = smallStory();
    files['events.json'].events[0]!.title = '</script><script>alert(1)</script><!--';
    const text = storyIndexScriptText(toStoryIndex(modelOf(files)));
    expect(text).not.toMatch(/</);
    expect(readStoryIndex(text)!.events.some((e) => e.title === '</script><script>alert(1)</script><!--')).toBe(true);
  });

  it('reads as null when missing, malformed or of another version, so the page loads data/ instead', () => {
    const good = toStoryIndex(modelOf());
    expect(readStoryIndex(null)).toBeNull();
    expect(readStoryIndex('')).toBeNull();
    expect(readStoryIndex('{"version":1,')).toBeNull();
    expect(readStoryIndex(JSON.stringify({ ...good, version: STORY_INDEX_VERSION + 1 }))).toBeNull();
    expect(readStoryIndex(JSON.stringify({ ...good, events: [] }))).toBeNull();
    expect(readStoryIndex(JSON.stringify({ ...good, events: [['x', 'not a date', 0, 't', 0, []]] }))).toBeNull();
    expect(readStoryIndex(JSON.stringify({ ...good, eras: 'nope' }))).toBeNull();
    expect(readStoryIndex(JSON.stringify(good))).not.toBeNull();
  });

  it('tells a current index from a stale one', () => {
    const model = modelOf();
    const revived = fromStoryIndex(toStoryIndex(model));
    expect(sameStoryIndex(revived, model)).toBe(true);
    const files = smallStory();
    files['events.json'].events[0]!.title = 'A new title';
    expect(sameStoryIndex(revived, modelOf(files))).toBe(false);
  });

  describe('in another language than English', () => {
    let firstId = '';
    const translatedModel = () => {
      const files = smallStory();
      const [first, second] = files['events.json'].events as Record<string, unknown>[];
      first!.translations = { he: { title: 'הכרה', reviewed: false } };
      second!.translations = { tr: { title: 'Türkçe', reviewed: false } };
      firstId = first!.id as string;
      (files['story.json'] as Record<string, unknown>).translations = { he: { title: 'כתבה', dek: 'תקציר', reviewed: true } };
      return modelOf(files);
    };

    it('holds the texts in that language, and English where they have no translation', () => {
      const model = translatedModel();
      const index = toStoryIndex(model, 'he');
      expect(index.language).toBe('he');
      expect(index.story.title).toBe('כתבה');
      expect(index.events.map((row) => row[3])).toEqual(model.events.map((event) => (event.id === firstId ? 'הכרה' : event.title)));
    });

    it('is read only by a reader of that language', () => {
      const text = storyIndexScriptText(toStoryIndex(translatedModel(), 'he'));
      expect(readStoryIndex(text, 'en')).toBeNull();
      expect(readStoryIndex(text, 'tr')).toBeNull();
      const revived = readStoryIndex(text, 'he')!;
      // The text is found where the views look for Hebrew, and with no claim about its review.
      expect(revived.events.find((event) => event.id === firstId)!.translations).toEqual({ he: { title: 'הכרה' } });
      expect(revived.story.translations).toEqual({ he: { title: 'כתבה', dek: 'תקציר' } });
    });

    it('of English, has no translations at all', () => {
      const revived = readStoryIndex(storyIndexScriptText(toStoryIndex(translatedModel())), 'en')!;
      expect(revived.events.every((event) => event.translations === undefined)).toBe(true);
    });
  });
});
