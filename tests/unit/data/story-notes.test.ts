import { describe, expect, it } from 'vitest';
import { correctionIds, correctionsByEvent, showsUnreviewedText } from '../../../src/lib/data/story-notes.ts';

describe('correctionIds', () => {
  const cases: { name: string; input: { date: string; event?: string }[]; expected: string[] }[] = [
    {
      name: 'names each entry by its date and event',
      input: [{ date: '2026-12-05', event: 'low-chair-incident' }],
      expected: ['correction-2026-12-05-low-chair-incident'],
    },
    {
      name: 'names an entry about the story as a whole "story"',
      input: [{ date: '2026-12-05' }],
      expected: ['correction-2026-12-05-story'],
    },
    {
      name: 'numbers entries alike in the log’s order',
      input: [
        { date: '2026-12-05', event: 'a' },
        { date: '2026-12-05', event: 'a' },
        { date: '2026-12-06', event: 'a' },
      ],
      expected: ['correction-2026-12-05-a', 'correction-2026-12-05-a-2', 'correction-2026-12-06-a'],
    },
    { name: 'gives nothing for an empty log', input: [], expected: [] },
  ];
  for (const { name, input, expected } of cases) it(name, () => expect(correctionIds(input)).toEqual(expected));

  it('keeps an entry’s id when another is added before it', () => {
    const entry = { date: '2026-12-05', event: 'a' };
    expect(correctionIds([{ date: '2026-12-07', event: 'b' }, entry])[1]).toBe(correctionIds([entry])[0]);
  });
});

describe('correctionsByEvent', () => {
  const cases: { name: string; input: { date: string; event?: string }[]; expected: [string, { id: string; date: string }][] }[] = [
    {
      name: 'links each corrected event to its entry, and leaves out entries about the story',
      input: [{ date: '2026-12-05', event: 'a' }, { date: '2026-12-05' }],
      expected: [['a', { id: 'correction-2026-12-05-a', date: '2026-12-05' }]],
    },
    {
      name: 'links an event corrected twice to its latest entry, wherever it is in the log',
      input: [
        { date: '2026-12-09', event: 'a' },
        { date: '2026-12-05', event: 'a' },
      ],
      expected: [['a', { id: 'correction-2026-12-09-a', date: '2026-12-09' }]],
    },
    {
      name: 'takes the later in the log of two entries on the same day',
      input: [
        { date: '2026-12-05', event: 'a' },
        { date: '2026-12-05', event: 'a' },
      ],
      expected: [['a', { id: 'correction-2026-12-05-a-2', date: '2026-12-05' }]],
    },
  ];
  for (const { name, input, expected } of cases) it(name, () => expect([...correctionsByEvent(input)]).toEqual(expected));
});

const event = (translations?: Record<string, Record<string, unknown>>) => ({ title: 'T', summary: 'S', translations });

describe('showsUnreviewedText', () => {
  const cases: { name: string; entries: ReturnType<typeof event>[]; language: 'en' | 'tr' | 'he' | 'ar'; expected: boolean }[] = [
    {
      name: 'an unreviewed Hebrew summary, read in Hebrew',
      entries: [event({ he: { summary: 'ס', reviewed: false } })],
      language: 'he',
      expected: true,
    },
    { name: 'the same read in English', entries: [event({ he: { summary: 'ס', reviewed: false } })], language: 'en', expected: false },
    {
      name: 'the same read in Turkish, which shows English',
      entries: [event({ he: { summary: 'ס', reviewed: false } })],
      language: 'tr',
      expected: false,
    },
    {
      name: 'a reviewed translation',
      entries: [event({ tr: { title: 'B', summary: 'Ö', reviewed: true } })],
      language: 'tr',
      expected: false,
    },
    {
      name: 'an unreviewed translation of no field shown here',
      entries: [event({ ar: { label: 'ل', reviewed: false } })],
      language: 'ar',
      expected: false,
    },
    {
      name: 'an empty translated field, which shows English',
      entries: [event({ ar: { summary: '', reviewed: false } })],
      language: 'ar',
      expected: false,
    },
    {
      name: 'a translation whose review is not known (the page’s first draw)',
      entries: [event({ he: { title: 'כ' } })],
      language: 'he',
      expected: false,
    },
    {
      name: 'one unreviewed entry among reviewed ones',
      entries: [event({ he: { title: 'א', reviewed: true } }), event(), event({ he: { title: 'ב', reviewed: false } })],
      language: 'he',
      expected: true,
    },
    { name: 'no entries', entries: [], language: 'he', expected: false },
  ];
  for (const { name, entries, language, expected } of cases)
    it(`says ${expected} for ${name}`, () => expect(showsUnreviewedText(entries, ['title', 'summary'], language)).toBe(expected));
});
