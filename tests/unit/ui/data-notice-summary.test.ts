/**
 * The data notice says what the page did without: an entry left out is not a reference
 * dropped from an entry that still shows, and each is counted by file.
 */
import { describe, expect, it } from 'vitest';
import { dataNoticeSummary, noticeCounts } from '../../../src/lib/ui/data-notice-summary.ts';
import { validateStory } from '../../../src/lib/data/validate.ts';
import { LABEL_MAX_LENGTH } from '../../../src/lib/data/schema.ts';
import type { Problem } from '../../../src/lib/data/problems.ts';
import { registerCatalogue } from '../../../src/lib/i18n/messages.ts';
import tr from '../../../src/lib/i18n/catalogues/tr.ts';
import he from '../../../src/lib/i18n/catalogues/he.ts';
import ar from '../../../src/lib/i18n/catalogues/ar.ts';
import { asInputs, smallStory, type StoryFiles } from '../../fixtures/small-story.ts';

type Loose = Record<string, unknown>;
const event = (f: StoryFiles, id: string) => f['events.json'].events.find((e) => e.id === id) as Loose;

/** What the page's notice lists: the errors of a story that still shows (App.svelte keeps only these). */
function noticeFor(change: (files: StoryFiles) => void): Problem[] {
  const files = smallStory();
  change(files);
  const { model, problems } = validateStory(asInputs(files));
  expect(model).not.toBeNull();
  return problems.filter((problem) => problem.severity === 'error');
}

describe('the summary of a story that shows with something left out', () => {
  const cases: { name: string; change: (f: StoryFiles) => void; expected: string }[] = [
    {
      name: 'one misspelt place in an event is a reference left out, and the event still shows',
      change: (f) => (event(f, 'visit-ankara').places = ['ankaraa']),
      expected: 'One reference to places.json was left out; its entry still shows.',
    },
    {
      name: 'a place misspelt in three events counts three references, in one problem',
      change: (f) => f['events.json'].events.forEach((e) => (e.places = e.places.map((p) => (p === 'ankara' ? 'ankra' : p)))),
      expected: '3 references to places.json were left out; their entries still show.',
    },
    {
      name: 'an event with an impossible date is an entry left out',
      change: (f) => (event(f, 'raid-at-sea').date = '2010-02-30'),
      expected: 'One entry of events.json was left out.',
    },
    {
      name: 'an event with two bad fields is still one entry',
      change: (f) => Object.assign(event(f, 'raid-at-sea'), { date: '2010-02-30', title: '' }),
      expected: 'One entry of events.json was left out.',
    },
    {
      name: 'a misspelt place in an event left out anyway costs nothing more',
      change: (f) => Object.assign(event(f, 'raid-at-sea'), { date: '2010-02-30', places: ['at-sae'] }),
      expected: 'One entry of events.json was left out.',
    },
    {
      name: 'an unknown category leaves out each of its events',
      change: (f) => f['events.json'].events.forEach((e) => e.category === 'diplomatic' && (e.category = 'diplomacy')),
      expected: '2 entries of events.json were left out.',
    },
    {
      name: 'a chart label too long is a field left out, its event kept',
      change: (f) => (event(f, 'visit-ankara').label = 'x'.repeat(LABEL_MAX_LENGTH + 1)),
      expected: 'One field in events.json was left out or replaced; its entry still shows.',
    },
    {
      name: 'a file the story can do without, cut short, is the file',
      change: (f) => ((f as Loose)['themes.json'] = '{ "themes": ['),
      expected: 'themes.json could not be used.',
    },
    {
      name: 'each kind is its own sentence, entries first, then references by file',
      change: (f) => {
        event(f, 'raid-at-sea').date = '2010-02-30';
        event(f, 'visit-ankara').places = ['ankaraa'];
        f['themes.json'].themes[0]!.regions = ['gaza'];
      },
      expected:
        'One entry of events.json was left out. One reference to regions.json was left out; its entry still shows. ' +
        'One reference to places.json was left out; its entry still shows.',
    },
  ];
  for (const { name, change, expected } of cases) {
    it(name, () => expect(dataNoticeSummary(noticeFor(change), 'en')).toBe(expected));
  }
});

describe('noticeCounts', () => {
  const problem = (fields: Partial<Problem>): Problem => ({ severity: 'error', file: 'events.json', path: [], message: 'x', ...fields });
  const cases: { name: string; problems: Problem[]; expected: ReturnType<typeof noticeCounts> }[] = [
    { name: 'no problem, nothing to say', problems: [], expected: [] },
    {
      name: 'entries are counted by their place in the file',
      problems: [
        problem({ path: ['events', 3, 'date'], skipped: true }),
        problem({ path: ['events', 3, 'title'], skipped: true }),
        problem({ path: ['events', 4, 'date'], skipped: true }),
        problem({ file: 'eras.json', path: ['eras', 0, 'end'], skipped: true }),
      ],
      expected: [
        { kind: 'notice.skipped', file: 'events.json', count: 2 },
        { kind: 'notice.skipped', file: 'eras.json', count: 1 },
      ],
    },
    {
      name: 'a reference counts what it cost, and nothing when that was already counted',
      problems: [
        problem({ path: ['events', 0, 'places', 0], reference: { file: 'places.json', count: 2 } }),
        problem({ path: ['events', 1, 'places', 0], reference: { file: 'places.json', count: 1 } }),
        problem({ path: ['events', 2, 'themes', 0], reference: { file: 'themes.json', count: 0 } }),
      ],
      expected: [{ kind: 'notice.references', file: 'places.json', count: 3 }],
    },
    {
      name: 'the most costly kind comes first, whatever the order of the problems',
      problems: [
        problem({ file: 'story.json', path: ['defaultEvent'] }),
        problem({ path: ['events', 0, 'category'], skipped: true, reference: { file: 'categories.json', count: 4 } }),
        problem({ file: 'themes.json', skipped: true }),
      ],
      expected: [
        { kind: 'notice.file', file: 'themes.json', count: 1 },
        { kind: 'notice.skipped', file: 'events.json', count: 4 },
        { kind: 'notice.fields', file: 'story.json', count: 1 },
      ],
    },
  ];
  for (const { name, problems, expected } of cases) {
    it(name, () => expect(noticeCounts(problems)).toEqual(expected));
  }
});

describe('the summary in each language', () => {
  registerCatalogue('tr', tr);
  registerCatalogue('he', he);
  registerCatalogue('ar', ar);
  const place = (count: number): Problem => ({
    severity: 'error',
    file: 'events.json',
    path: ['events', 0, 'places', 0],
    message: 'x',
    reference: { file: 'places.json', count },
  });
  const entry = (index: number): Problem => ({
    severity: 'error',
    file: 'events.json',
    path: ['events', index, 'date'],
    message: 'x',
    skipped: true,
  });
  const cases: { language: 'en' | 'tr' | 'he' | 'ar'; problems: Problem[]; expected: string }[] = [
    { language: 'en', problems: [entry(0), entry(1)], expected: '2 entries of events.json were left out.' },
    {
      language: 'tr',
      problems: [place(1)],
      expected: 'places.json dosyasına yapılan 1 başvuru dışarıda bırakıldı; kaydı gösteriliyor.',
    },
    { language: 'tr', problems: [entry(0), entry(1)], expected: 'events.json dosyasındaki 2 kayıt dışarıda bırakıldı.' },
    { language: 'he', problems: [place(1)], expected: 'הפניה אחת אל places.json הושמטה; הרשומה שלה עדיין מוצגת.' },
    { language: 'he', problems: [entry(0), entry(1)], expected: 'שתי רשומות ב־events.json הושמטו.' },
    { language: 'he', problems: [place(5)], expected: '5 הפניות אל places.json הושמטו; הרשומות שלהן עדיין מוצגות.' },
    { language: 'ar', problems: [place(1)], expected: 'حُذفت إشارة واحدة إلى places.json؛ ولا يزال مدخلها معروضًا.' },
    { language: 'ar', problems: [place(2)], expected: 'حُذفت إشارتان إلى places.json؛ ولا تزال مدخلاتهما معروضة.' },
    { language: 'ar', problems: [place(3)], expected: 'حُذفت 3 إشارات إلى places.json؛ ولا تزال مدخلاتها معروضة.' },
    { language: 'ar', problems: [place(11)], expected: 'حُذفت 11 إشارةً إلى places.json؛ ولا تزال مدخلاتها معروضة.' },
  ];
  for (const { language, problems, expected } of cases) {
    it(`${language}: "${expected}"`, () => expect(dataNoticeSummary(problems, language)).toBe(expected));
  }
});
