/**
 * Lose as little as possible: a bad optional part is left out or replaced and its entry
 * stays; an entry goes only when what it cannot be shown without is bad.
 */
import { describe, expect, it } from 'vitest';
import { validateStory } from '../../../src/lib/data/validate.ts';
import { formatPath, formatProblem, type Problem } from '../../../src/lib/data/problems.ts';
import type { StoryModel } from '../../../src/lib/data/model.ts';
import { NEUTRAL_COLOUR } from '../../../src/lib/data/schema.ts';
import { asInputs, smallStory, type StoryFiles } from '../../fixtures/small-story.ts';

type Loose = Record<string, unknown>;
const ankaraVisit = (f: StoryFiles) => f['events.json'].events[0] as Loose;
const source = (url: string) => ({ publisher: 'Example News', title: 'An article', date: '2022-10-27', url });

function validateWith(change: (files: StoryFiles) => void) {
  const files = smallStory();
  change(files);
  return validateStory(asInputs(files));
}

const visit = (model: StoryModel) => model.events.find((e) => e.id === 'visit-ankara');

const salvaged: {
  name: string;
  change: (f: StoryFiles) => void;
  path: string;
  file?: string;
  message: RegExp;
  severity?: 'warning' | 'error';
  check: (model: StoryModel) => void;
}[] = [
  {
    name: 'a category colour that is not #rrggbb',
    change: (f) => (f['categories.json'].categories[0]!.colour = 'blue'),
    file: 'categories.json',
    path: 'categories[0].colour',
    message: /found "blue"\. The neutral grey #808080 is used instead\./,
    check: (model) => {
      expect(model.categories[0]!.colour).toBe(NEUTRAL_COLOUR);
      expect(model.events.filter((e) => e.category === 'diplomatic')).toHaveLength(2);
    },
  },
  {
    name: 'a theme colour that is missing',
    change: (f) => delete (f['themes.json'].themes[0] as Loose).colour,
    file: 'themes.json',
    path: 'themes[0].colour',
    message: /required field "colour" is missing\. The neutral grey/,
    check: (model) => expect(model.themes[0]!.colour).toBe(NEUTRAL_COLOUR),
  },
  {
    name: 'one bad source among several',
    change: (f) => (ankaraVisit(f).sources = [source('javascript:alert(1)'), source('https://example.org/b')]),
    path: 'events[0].sources[0].url',
    message: /http:\/\/ or https:\/\/.*This source is left out; the others are listed\./,
    check: (model) => expect(visit(model)!.sources.map((s) => s.url)).toEqual(['https://example.org/b']),
  },
  {
    name: 'a quote without its speaker',
    change: (f) => (ankaraVisit(f).quote = { text: 'We are ready.' }),
    path: 'events[0].quote.speaker',
    message: /required field "speaker" is missing\. The event shows without the quote\./,
    check: (model) => expect(visit(model)!.quote).toBeUndefined(),
  },
  {
    name: 'one empty translated field',
    change: (f) => (ankaraVisit(f).translations = { tr: { title: 'Ankara ziyareti', summary: ' ', reviewed: false } }),
    path: 'events[0].translations.tr.summary',
    message: /text is empty.*Readers in that language see the English text of that field\./,
    check: (model) => expect(visit(model)!.translations).toEqual({ tr: { title: 'Ankara ziyareti', reviewed: false } }),
  },
  {
    name: 'a translation without "reviewed"',
    change: (f) => (ankaraVisit(f).translations = { he: { title: 'ביקור' }, tr: { title: 'Ziyaret', reviewed: true } }),
    path: 'events[0].translations.he.reviewed',
    message: /required field "reviewed" is missing\. Readers in that language see the English text\./,
    check: (model) => expect(visit(model)!.translations).toEqual({ tr: { title: 'Ziyaret', reviewed: true } }),
  },
  {
    name: 'a translation into a language the story does not offer',
    change: (f) => (ankaraVisit(f).translations = { fr: { title: 'Visite', reviewed: false } }),
    path: 'events[0].translations.fr',
    message: /unknown field "fr"\. It is ignored\./,
    check: (model) => expect(visit(model)!.translations).toEqual({}),
  },
  {
    name: 'a label over 40 characters (an error, the entry kept)',
    change: (f) => (ankaraVisit(f).label = 'x'.repeat(41)),
    path: 'events[0].label',
    severity: 'error',
    message: /at most 40 characters, found 41\. The chart labels it with its shortened title\./,
    check: (model) => expect(visit(model)!.label).toBeUndefined(),
  },
  {
    name: 'an annotation that is a number',
    change: (f) => (ankaraVisit(f).annotation = 42),
    path: 'events[0].annotation',
    severity: 'error',
    message: /expected string, found 42\. The event shows without an annotation\./,
    check: (model) => expect(visit(model)!.annotation).toBeUndefined(),
  },
  {
    name: 'a missing summary',
    change: (f) => delete ankaraVisit(f).summary,
    path: 'events[0].summary',
    message: /required field "summary" is missing\. The event shows with its title alone\./,
    check: (model) => expect(visit(model)!.summary).toBe(''),
  },
  {
    name: 'a place id that is not text',
    change: (f) => (ankaraVisit(f).places = ['ankara', 7]),
    path: 'events[0].places[1]',
    message: /expected string, found 7\. The event shows without this place\./,
    check: (model) => expect(visit(model)!.places).toEqual(['ankara']),
  },
  {
    name: 'a bad end date',
    change: (f) => (ankaraVisit(f).end = '2022-13-01'),
    path: 'events[0].end',
    message: /The event shows as a single date\./,
    check: (model) => expect(visit(model)!.endDate).toBeUndefined(),
  },
  {
    name: 'a place with an unknown kind',
    change: (f) => ((f['places.json'].places[0] as Loose).kind = 'town'),
    file: 'places.json',
    path: 'places[0].kind',
    message: /The place is drawn as a site\./,
    check: (model) => expect(model.places[0]!.kind).toBe('site'),
  },
  {
    name: 'a relation period with a bad level',
    change: (f) => ((f['relations.json'].sides[0]!.periods[1] as Loose).level = 'envoy'),
    file: 'relations.json',
    path: 'sides[0].periods[1].level',
    message: /This period is left out; the track shows a gap\./,
    check: (model) => expect(model.relations[0]!.periods).toHaveLength(1),
  },
  {
    name: 'a correction with a bad date',
    change: (f) => (f['story.json'].corrections = [{ date: 'yesterday', text: 'Fixed.' }] as never),
    file: 'story.json',
    path: 'corrections[0].date',
    message: /This correction is left out of the list\./,
    check: (model) => expect(model.story.corrections).toEqual([]),
  },
];

describe('validateStory keeps an entry whose optional part is bad', () => {
  for (const { name, change, path, file = 'events.json', message, severity = 'warning', check } of salvaged) {
    it(`mends ${name}, located`, () => {
      const { model, problems } = validateWith(change);
      const found = problems.find((p) => p.file === file && formatPath(p.path) === path);
      expect(found, problems.map(formatProblem).join('\n')).toBeDefined();
      expect(found!.message).toMatch(message);
      expect(found!.severity).toBe(severity);
      expect(found!.skipped).toBeFalsy();
      expect(model!.events).toHaveLength(3);
      check(model!);
    });
  }
});

const dropped: { name: string; change: (f: StoryFiles) => void; path: string; message: RegExp }[] = [
  { name: 'a bad id', change: (f) => (ankaraVisit(f).id = 'Visit Ankara'), path: 'events[0].id', message: /kebab-case id/ },
  { name: 'a bad date', change: (f) => (ankaraVisit(f).date = '2022-02-30'), path: 'events[0].date', message: /real calendar date/ },
  {
    name: 'a missing title',
    change: (f) => delete ankaraVisit(f).title,
    path: 'events[0].title',
    message: /required field "title" is missing/,
  },
  {
    name: 'its only source, when that is bad',
    change: (f) => (ankaraVisit(f).sources = [source('ftp://example.org/a')]),
    path: 'events[0].sources',
    message: /at least one source, found 0/,
  },
];

describe('validateStory leaves out an entry it cannot show', () => {
  for (const { name, change, path, message } of dropped) {
    it(`for ${name}`, () => {
      const { model, problems } = validateWith(change);
      const found = problems.find((p) => formatPath(p.path) === path && message.test(p.message));
      expect(found, problems.map(formatProblem).join('\n')).toMatchObject({ severity: 'error', skipped: true, file: 'events.json' });
      expect(model!.events.map((e) => e.id)).not.toContain('visit-ankara');
      expect(model!.events).toHaveLength(2);
    });
  }
});

describe('follow-on problems are grouped under their cause', () => {
  const manyEvents = (f: StoryFiles, count: number) => {
    for (let i = 0; i < count; i++) f['events.json'].events.push({ ...f['events.json'].events[2]!, id: `event-${i}`, places: ['ankra'] });
  };
  const cases: { name: string; change: (f: StoryFiles) => void; expected: Partial<Problem>[] }[] = [
    {
      name: 'a misspelt place used by many events is one error, with did-you-mean',
      change: (f) => manyEvents(f, 13),
      expected: [
        {
          severity: 'error',
          file: 'events.json',
          path: ['events', 3, 'places', 0],
          entryId: 'event-0',
          message:
            'unknown place "ankra", used by 13 events (event-0, event-1, event-2, event-3, event-4 and 8 more): expected the id of a place in places.json; they show without it.',
          hint: 'Did you mean "ankara"?',
        },
      ],
    },
    {
      name: 'one use is named on its own',
      change: (f) => (ankaraVisit(f).places = ['ankra']),
      expected: [
        {
          severity: 'error',
          path: ['events', 0, 'places', 0],
          message: 'unknown place "ankra": expected the id of a place in places.json; the event shows without it.',
        },
      ],
    },
    {
      name: 'a place left out for its own problem is named as the cause, not as unknown',
      change: (f) => (f['places.json'].places[0]!.coordinates = [232.85, 39.93]),
      expected: [
        { severity: 'error', file: 'places.json', path: ['places', 0, 'coordinates', 0] },
        {
          severity: 'warning',
          file: 'themes.json',
          message:
            'the place "ankara" was left out for its own problem (places.json places[0].coordinates[0]), so the issue "trade" shows without it.',
        },
        {
          severity: 'warning',
          file: 'events.json',
          path: ['events', 0, 'places', 0],
          message:
            'the place "ankara" was left out for its own problem (places.json places[0].coordinates[0]), so 3 events (visit-ankara, raid-at-sea, a-year) show without it.',
        },
      ],
    },
    {
      name: 'an unknown category leaves its events out, in one error',
      change: (f) => f['events.json'].events.forEach((event) => event.category === 'diplomatic' && (event.category = 'diplomacy')),
      expected: [
        {
          severity: 'error',
          skipped: true,
          path: ['events', 0, 'category'],
          message:
            'unknown category "diplomacy", used by 2 events (visit-ankara, a-year): expected the id of a category in categories.json; they are left out.',
          hint: 'Did you mean "diplomatic"?',
        },
        {
          severity: 'warning',
          file: 'story.json',
          message:
            'the default event "visit-ankara" was left out for its own problem (events.json events[0].category); the story opens on its latest event instead.',
        },
      ],
    },
  ];
  for (const { name, change, expected } of cases) {
    it(name, () => {
      const { problems } = validateWith(change);
      const relevant = problems.filter((p) => !p.path.includes('translations'));
      expect(relevant).toHaveLength(expected.length);
      expected.forEach((problem, i) => expect(relevant[i]).toMatchObject(problem));
    });
  }
});
