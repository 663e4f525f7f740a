/**
 * The optional fields editors use to shape the story: sources without links, key moments,
 * short era names, the focus period, corrections tied to events.
 */
import { describe, expect, it } from 'vitest';
import { reportEditorialChecks } from '../../../src/lib/data/editorial-checks.ts';
import { validateStory } from '../../../src/lib/data/validate.ts';
import { formatPath, formatProblem, type Problem } from '../../../src/lib/data/problems.ts';
import { asInputs, smallStory, type StoryFiles } from '../../fixtures/small-story.ts';

type Loose = Record<string, unknown>;
const event = (f: StoryFiles, index = 0) => f['events.json'].events[index] as Loose;

/** As the editors' tools validate (check:data, the desk): with the editorial checks. */
function validateWith(change: (files: StoryFiles) => void) {
  const files = smallStory();
  change(files);
  return validateStory(asInputs(files), { editorial: reportEditorialChecks });
}

const at = (problems: Problem[], path: string) => problems.filter((p) => formatPath(p.path) === path);
const list = (problems: Problem[]) => problems.map(formatProblem).join('\n');

const accepted: {
  name: string;
  change: (f: StoryFiles) => void;
  check?: (model: NonNullable<ReturnType<typeof validateStory>['model']>) => void;
}[] = [
  {
    name: 'a print source with publisher, title and date but no URL',
    change: (f) => (event(f).sources = [{ publisher: 'Hürriyet', title: 'Gantz Ankara’da', date: '2022-10-28' }]),
    check: (model) => expect(model.events.find((e) => e.id === 'visit-ankara')!.sources[0]!.url).toBeUndefined(),
  },
  {
    name: 'a key moment with a label and an annotation',
    change: (f) =>
      Object.assign(event(f), {
        key: true,
        label: 'Gantz in Ankara',
        annotation: 'The first visit by an Israeli defence minister in a decade.',
      }),
    check: (model) => expect(model.events.find((e) => e.id === 'visit-ankara')).toMatchObject({ key: true, label: 'Gantz in Ankara' }),
  },
  {
    name: 'translated label, annotation and quote',
    change: (f) =>
      Object.assign(event(f), {
        quote: { text: 'We are ready.', speaker: 'A minister' },
        translations: { tr: { title: 'Ziyaret', label: 'Gantz Ankara’da', annotation: 'Bir cümle.', quote: 'Hazırız.', reviewed: false } },
      }),
  },
  {
    name: 'an era with a short name and its translation',
    change: (f) =>
      Object.assign(f['eras.json'].eras[0]!, {
        shortName: 'Early',
        translations: { he: { name: 'השנים הראשונות', shortName: 'ראשית', reviewed: false } },
      }),
    check: (model) => expect(model.eras[0]!.shortName).toBe('Early'),
  },
  {
    name: 'a focus period with a start only',
    change: (f) => Object.assign(f['story.json'], { focus: ['2008'] }),
    check: (model) => expect(model.story.focus).toEqual(['2008']),
  },
  {
    name: 'a focus period with a start and an end',
    change: (f) => Object.assign(f['story.json'], { focus: ['2008', '2023-10'] }),
    check: (model) => expect(model.story.focus).toEqual(['2008', '2023-10']),
  },
  {
    name: 'a correction tied to an event',
    change: (f) => (f['story.json'].corrections = [{ date: '2026-12-01', text: 'The date was wrong.', event: 'raid-at-sea' }] as never),
    check: (model) => expect(model.story.corrections[0]!.event).toBe('raid-at-sea'),
  },
];

describe('validateStory accepts the optional story fields', () => {
  for (const { name, change, check } of accepted) {
    it(`accepts ${name}`, () => {
      const { model, problems } = validateWith(change);
      expect(
        problems.filter((p) => p.severity === 'error'),
        list(problems),
      ).toEqual([]);
      expect(model).not.toBeNull();
      check?.(model!);
    });
  }
});

const rejected: {
  name: string;
  change: (f: StoryFiles) => void;
  severity: 'error' | 'warning';
  path: string;
  file?: string;
  message: RegExp;
  hint?: RegExp;
}[] = [
  {
    name: 'a source with neither URL nor publisher and date',
    change: (f) => (event(f).sources = [{ title: 'Something I read' }]),
    severity: 'error',
    path: 'events[0].sources[0].publisher',
    message: /required field "publisher" is missing/,
    hint: /"url" may be left out only for print or wire copy/,
  },
  {
    name: 'a URL with a tracking parameter',
    change: (f) =>
      (event(f).sources = [{ publisher: 'X', title: 'Y', date: '2022', url: 'https://example.org/a?id=1&utm_source=twitter' }]),
    severity: 'warning',
    path: 'events[0].sources[0].url',
    message: /tracking parameter "utm_source"/,
    hint: /Remove it: https:\/\/example\.org\/a\?id=1$/,
  },
  {
    name: 'a tracking parameter in a relation period’s source',
    change: (f) =>
      (f['relations.json'].sides[0]!.periods[0]!.sources = [
        { publisher: 'X', title: 'Y', date: '2022', url: 'https://example.org/?fbclid=1' },
      ]),
    severity: 'warning',
    file: 'relations.json',
    path: 'sides[0].periods[0].sources[0].url',
    message: /tracking parameter "fbclid"/,
  },
  {
    name: 'an English label over 40 characters',
    change: (f) => (event(f).label = 'A label that runs on far past the forty characters'),
    severity: 'error',
    path: 'events[0].label',
    message: /at most 40 characters.*The chart labels it with its shortened title\./,
  },
  {
    name: 'an English annotation over 140 characters',
    change: (f) => (event(f).annotation = 'word '.repeat(30).trim()),
    severity: 'error',
    path: 'events[0].annotation',
    message: /at most 140 characters.*The event shows without an annotation\./,
  },
  {
    name: 'a translated label over 40 characters',
    change: (f) => (event(f).translations = { ar: { label: 'ا'.repeat(41), reviewed: false } }),
    severity: 'warning',
    path: 'events[0].translations.ar.label',
    message: /Arabic label has 41 characters; it is written for at most 40/,
  },
  {
    name: 'a translated annotation over 140 characters',
    change: (f) => (event(f).translations = { tr: { annotation: 'ç'.repeat(141), reviewed: false } }),
    severity: 'warning',
    path: 'events[0].translations.tr.annotation',
    message: /Turkish annotation has 141 characters/,
  },
  {
    name: 'a translated quote without an original',
    change: (f) => (event(f).translations = { he: { quote: 'ציטוט', reviewed: false } }),
    severity: 'warning',
    path: 'events[0].translations.he.quote',
    message: /no "quote" to translate/,
  },
  {
    name: 'a focus that ends before it starts',
    change: (f) => Object.assign(f['story.json'], { focus: ['2020', '2010'] }),
    severity: 'warning',
    file: 'story.json',
    path: 'focus[1]',
    message: /the focus ends \("2010"\) before it starts \("2020"\)/,
  },
  {
    name: 'a focus of three dates',
    change: (f) => Object.assign(f['story.json'], { focus: ['2008', '2010', '2012'] }),
    severity: 'warning',
    file: 'story.json',
    path: 'focus',
    message: /one or two ISO dates.*The timeline opens without a focus period\./,
  },
  {
    name: 'a correction naming an unknown event',
    change: (f) => (f['story.json'].corrections = [{ date: '2026-12-01', text: 'Fixed.', event: 'raid-at-se' }] as never),
    severity: 'error',
    file: 'story.json',
    path: 'corrections[0].event',
    message: /unknown event "raid-at-se"/,
    hint: /Did you mean "raid-at-sea"\?/,
  },
];

describe('validateStory locates mistakes in the optional story fields', () => {
  for (const { name, change, severity, path, file = 'events.json', message, hint } of rejected) {
    it(`reports ${name} as ${severity === 'error' ? 'an error' : 'a warning'} at ${file} ${path}`, () => {
      const { problems } = validateWith(change);
      const found = at(problems, path).find((p) => p.file === file && message.test(p.message));
      expect(found, list(problems)).toBeDefined();
      expect(found!.severity).toBe(severity);
      if (hint) expect(found!.hint).toMatch(hint);
    });
  }

  it('drops an unknown event from a correction, keeping the correction', () => {
    const { model } = validateWith(
      (f) => (f['story.json'].corrections = [{ date: '2026-12-01', text: 'Fixed.', event: 'nowhere' }] as never),
    );
    expect(model!.story.corrections).toEqual([{ date: '2026-12-01', text: 'Fixed.' }]);
  });

  it('opens without a focus when the focus is backwards', () => {
    const { model } = validateWith((f) => Object.assign(f['story.json'], { focus: ['2020', '2010'] }));
    expect(model!.story.focus).toBeUndefined();
  });
});

describe('missing translations of events', () => {
  it('give one warning per language and field, naming the first few ids and counting the rest', () => {
    const { problems } = validateWith((f) => {
      for (let i = 0; i < 7; i++) f['events.json'].events.push({ ...f['events.json'].events[2]!, id: `extra-${i}` });
      event(f).translations = { tr: { title: 'Ziyaret', summary: 'Biri ziyaret etti.', reviewed: false } };
    });
    const turkish = problems.filter((p) => p.file === 'events.json' && p.path.includes('tr'));
    expect(turkish.map((p) => p.message)).toEqual([
      '9 of 10 events have no Turkish title (raid-at-sea, a-year, extra-0, extra-1, extra-2 and 4 more); readers in Turkish see the English text.',
      '9 of 10 events have no Turkish summary (raid-at-sea, a-year, extra-0, extra-1, extra-2 and 4 more); readers in Turkish see the English text.',
    ]);
    expect(turkish.every((p) => p.severity === 'warning' && formatPath(p.path) === 'events[1].translations.tr')).toBe(true);
    expect(problems.filter((p) => p.file === 'events.json' && p.path.includes('he'))).toHaveLength(2);
  });
});
