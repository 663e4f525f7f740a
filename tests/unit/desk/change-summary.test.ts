import { describe, expect, it } from 'vitest';
import { changesAsText, correctionDrafts, summarizeChanges } from '../../../src/lib/desk/change-summary.ts';
import { smallStory } from '../../fixtures/small-story.ts';

const published = smallStory();
const edited = (change: (story: ReturnType<typeof smallStory>) => void) => {
  const story = smallStory();
  change(story);
  return story;
};

describe('summarizeChanges', () => {
  const cases = [
    { name: 'nothing when nothing changed', current: smallStory(), expected: [] },
    {
      name: 'a changed field of an event, by id',
      current: edited((s) => (s['events.json'].events[0]!.title = 'A visit to Ankara, corrected')),
      expected: [
        {
          file: 'events.json',
          fields: [],
          entries: [
            {
              kind: 'changed',
              id: 'visit-ankara',
              label: 'A visit to Ankara, corrected',
              fields: [{ field: 'title', before: 'A visit to Ankara', after: 'A visit to Ankara, corrected' }],
            },
          ],
        },
      ],
    },
    {
      name: 'a list of ids compared whole and a source field by position',
      current: edited((s) => {
        s['events.json'].events[1]!.places = ['ankara'];
        s['events.json'].events[1]!.sources[0] = { ...s['events.json'].events[1]!.sources[0]!, url: 'https://example.org/other' };
      }),
      expected: [
        {
          file: 'events.json',
          fields: [],
          entries: [
            {
              kind: 'changed',
              id: 'raid-at-sea',
              label: 'A raid at sea',
              fields: [
                { field: 'places', before: ['at-sea', 'ankara'], after: ['ankara'] },
                { field: 'sources[0].url', before: 'https://example.org/article', after: 'https://example.org/other' },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'an added and a removed entry, and a moved one as unchanged',
      current: edited((s) => {
        const [first, second, third] = s['events.json'].events;
        s['events.json'].events = [third!, { ...second!, id: 'raid-renamed' }, first!];
      }),
      expected: [
        {
          file: 'events.json',
          fields: [],
          entries: [
            { kind: 'added', id: 'raid-renamed', label: 'A raid at sea', fields: [] },
            { kind: 'removed', id: 'raid-at-sea', label: 'A raid at sea', fields: [] },
          ],
        },
      ],
    },
    {
      name: "a story.json field, but not the build's missing $schema",
      current: edited((s) => {
        s['story.json'].updated = '2026-12-05';
        delete (s['story.json'] as { $schema?: string }).$schema;
      }),
      expected: [{ file: 'story.json', entries: [], fields: [{ field: 'updated', before: '2026-11-24', after: '2026-12-05' }] }],
    },
  ];
  for (const { name, current, expected } of cases) {
    it(`reports ${name}`, () => expect(summarizeChanges(published, current)).toEqual(expected));
  }
});

describe('correctionDrafts', () => {
  const cases = [
    {
      name: 'no draft for a changed place',
      change: (s: ReturnType<typeof smallStory>) => (s['events.json'].events[1]!.places = []),
      expected: [],
    },
    {
      name: 'a draft for a changed date',
      change: (s: ReturnType<typeof smallStory>) => (s['events.json'].events[1]!.date = '2010-05-30'),
      expected: [
        { date: '2026-12-05', text: 'An earlier version of the event "A raid at sea" gave its date as 2010-05-31; it is 2010-05-30.' },
      ],
    },
    {
      name: 'one draft for a changed title and summary',
      change: (s: ReturnType<typeof smallStory>) => {
        s['events.json'].events[2]!.title = 'Recognition of Israel';
        s['events.json'].events[2]!.summary = 'Another text.';
      },
      expected: [
        {
          date: '2026-12-05',
          text: 'An earlier version of the event "Recognition of Israel" titled it "Recognition", and had a different summary, now corrected.',
        },
      ],
    },
    {
      name: 'no draft for an event that was never published',
      change: (s: ReturnType<typeof smallStory>) => s['events.json'].events.push({ ...s['events.json'].events[0]!, id: 'new-one' }),
      expected: [],
    },
  ];
  for (const { name, change, expected } of cases) {
    it(`gives ${name}`, () => expect(correctionDrafts(summarizeChanges(published, edited(change)), '2026-12-05')).toEqual(expected));
  }
});

describe('changesAsText', () => {
  it('writes one line per file and per entry, for a commit message', () => {
    const current = edited((s) => {
      s['events.json'].events[0]!.places = ['at-sea'];
      s['events.json'].events.pop();
    });
    expect(changesAsText(summarizeChanges(published, current))).toBe(
      [
        'events.json: 0 added, 1 removed, 1 changed',
        '  ~ visit-ankara "A visit to Ankara": places ["ankara"] → ["at-sea"]',
        '  - a-year "Recognition"',
      ].join('\n'),
    );
  });
  it('says so when nothing changed', () => expect(changesAsText([])).toBe('No changes against the published data.'));
  it('lists the first entries of a big change and counts them all', () => {
    const events = Array.from({ length: 5 }, (_, i) => ({ id: `e${i}`, title: `E${i}` }));
    expect(changesAsText(summarizeChanges({ 'events.json': { events: [] } }, { 'events.json': { events } }), 2)).toBe(
      ['events.json: 5 added, 0 removed, 0 changed', '  (the first 2 of 5 entries:)', '  + e0 "E0"', '  + e1 "E1"'].join('\n'),
    );
  });
});
