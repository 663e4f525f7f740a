import { describe, expect, it } from 'vitest';
import { reportEditorialChecks } from '../../../src/lib/data/editorial-checks.ts';
import { validateStory, type FileInput } from '../../../src/lib/data/validate.ts';
import { formatPath, formatProblem, hasErrors, type Problem } from '../../../src/lib/data/problems.ts';
import { asInputs, smallStory, type StoryFiles } from '../../fixtures/small-story.ts';

/** As the editors' tools validate (check:data, the desk): with the editorial checks. */
function validateWith(change: (files: StoryFiles) => void) {
  const files = smallStory();
  change(files);
  return validateStory(asInputs(files), { editorial: reportEditorialChecks });
}

const errorsOf = (problems: Problem[]) => problems.filter((p) => p.severity === 'error');

describe('the story page’s validation', () => {
  it('leaves out the editorial checks, which warn editors and change nothing the page shows', () => {
    const change = (files: StoryFiles) => {
      files['categories.json'].categories[0]!.colour = '#ffffff';
      for (const event of files['events.json'].events) delete (event as { translations?: unknown }).translations;
    };
    const files = smallStory();
    change(files);
    const page = validateStory(asInputs(files));
    const editors = validateWith(change);
    expect(page.problems).toEqual([]);
    expect(editors.problems.map((problem) => formatPath(problem.path))).toEqual(expect.arrayContaining(['categories[0].colour']));
    expect(JSON.stringify(page.model)).toBe(JSON.stringify(editors.model));
  });
});

describe('validateStory on a valid story', () => {
  it('returns a model with events sorted by date and no errors', () => {
    const { model, problems } = validateStory(asInputs(smallStory()));
    expect(errorsOf(problems)).toEqual([]);
    expect(model?.events.map((e) => e.id)).toEqual(['a-year', 'raid-at-sea', 'visit-ankara']);
    expect(model?.events[1]!.startDate.precision).toBe('day');
  });
});

/** One case per kind of editor mistake: what the editor did, and where and what we must say. */
const mistakes: {
  name: string;
  change: (files: StoryFiles) => void;
  file: string;
  path: string;
  entryId?: string;
  message: RegExp;
  hint?: RegExp;
  /** Errors stop the build; a warning means the page mended the entry and shows it. */
  severity?: 'error' | 'warning';
  skipsEntry?: boolean;
}[] = [
  {
    name: 'a missing required field',
    change: (f) => delete (f['events.json'].events[0] as Record<string, unknown>).category,
    file: 'events.json',
    path: 'events[0].category',
    entryId: 'visit-ankara',
    message: /required field "category" is missing/,
    skipsEntry: true,
  },
  {
    name: 'a wrong type in an optional part',
    change: (f) => ((f['events.json'].events[1] as Record<string, unknown>).places = 'ankara'),
    file: 'events.json',
    path: 'events[1].places',
    entryId: 'raid-at-sea',
    severity: 'warning',
    message: /expected a list \[ … \], found "ankara"\. The event shows without places\./,
  },
  {
    name: 'an unknown place reference',
    change: (f) => (f['events.json'].events[0]!.places = ['ankra']),
    file: 'events.json',
    path: 'events[0].places[0]',
    entryId: 'visit-ankara',
    message: /unknown place "ankra"/,
    hint: /Did you mean "ankara"\?/,
  },
  {
    name: 'an unknown theme reference',
    change: (f) => (f['events.json'].events[0]!.themes = ['trades']),
    file: 'events.json',
    path: 'events[0].themes[0]',
    entryId: 'visit-ankara',
    message: /unknown theme "trades"/,
    hint: /Did you mean "trade"\?/,
  },
  {
    name: 'an unknown region in a theme',
    change: (f) => (f['themes.json'].themes[0]!.regions = ['gaza']),
    file: 'themes.json',
    path: 'themes[0].regions[0]',
    entryId: 'trade',
    message: /unknown region "gaza"/,
  },
  {
    name: 'a duplicate id',
    change: (f) => (f['events.json'].events[2]!.id = 'visit-ankara'),
    file: 'events.json',
    path: 'events[2].id',
    entryId: 'visit-ankara',
    message: /"visit-ankara" is used twice \(first at events\[0\]\)/,
    skipsEntry: true,
  },
  {
    name: 'an impossible date',
    change: (f) => (f['events.json'].events[0]!.date = '2022-02-30'),
    file: 'events.json',
    path: 'events[0].date',
    entryId: 'visit-ankara',
    message: /real calendar date.*found "2022-02-30"/,
    skipsEntry: true,
  },
  {
    name: 'a date in the wrong format',
    change: (f) => (f['events.json'].events[0]!.date = '27/10/2022'),
    file: 'events.json',
    path: 'events[0].date',
    message: /an ISO date/,
    skipsEntry: true,
  },
  {
    name: 'an end before the start',
    change: (f) => ((f['events.json'].events[0] as Record<string, unknown>).end = '2022-10-01'),
    file: 'events.json',
    path: 'events[0].end',
    entryId: 'visit-ankara',
    severity: 'warning',
    message: /end date "2022-10-01" is before the start date "2022-10-27"\. The event shows as a single date\./,
  },
  {
    name: 'a non-http URL',
    change: (f) => (f['events.json'].events[0]!.sources = [{ publisher: 'X', title: 'Y', date: '2022', url: 'javascript:alert(1)' }]),
    file: 'events.json',
    path: 'events[0].sources[0].url',
    entryId: 'visit-ankara',
    message: /http:\/\/ or https:\/\//,
    skipsEntry: true,
  },
  {
    name: 'an empty title',
    change: (f) => (f['events.json'].events[0]!.title = '   '),
    file: 'events.json',
    path: 'events[0].title',
    entryId: 'visit-ankara',
    message: /text is empty/,
    skipsEntry: true,
  },
  {
    name: 'an unknown extra field',
    change: (f) => ((f['events.json'].events[0] as Record<string, unknown>).titel = 'typo'),
    file: 'events.json',
    path: 'events[0].titel',
    entryId: 'visit-ankara',
    severity: 'warning',
    message: /unknown field "titel"\. It is ignored\./,
    hint: /Did you mean "title"\?/,
  },
  {
    name: 'an unknown category',
    change: (f) => (f['events.json'].events[0]!.category = 'diplomacy'),
    file: 'events.json',
    path: 'events[0].category',
    message: /unknown category "diplomacy"/,
    hint: /Did you mean "diplomatic"\?/,
    skipsEntry: true,
  },
  {
    name: 'a default event that does not exist',
    change: (f) => (f['story.json'].defaultEvent = 'visit-ankra'),
    file: 'story.json',
    path: 'defaultEvent',
    message: /"visit-ankra" is not the id of an event/,
    hint: /Did you mean "visit-ankara"\?/,
  },
  {
    name: 'a longitude out of range',
    change: (f) => (f['places.json'].places[0]!.coordinates = [232.85, 39.93]),
    file: 'places.json',
    path: 'places[0].coordinates[0]',
    entryId: 'ankara',
    message: /longitude from -180 to 180/,
    skipsEntry: true,
  },
  {
    name: 'an unknown place kind',
    change: (f) => ((f['places.json'].places[0] as Record<string, unknown>).kind = 'town'),
    file: 'places.json',
    path: 'places[0].kind',
    severity: 'warning',
    message: /one of "capital", "city".*The place is drawn as a site\./,
  },
  {
    name: 'overlapping relation periods',
    change: (f) => (f['relations.json'].sides[0]!.periods[1]!.start = '2000-01-01'),
    file: 'relations.json',
    path: 'sides[0].periods[1].start',
    message: /starts before the previous one ends \(2010-06-01\)/,
  },
];

describe('validateStory locates each kind of editor mistake', () => {
  for (const mistake of mistakes) {
    it(`reports ${mistake.name} with file, path and message`, () => {
      const { problems, model } = validateWith(mistake.change);
      const found = problems.find((p) => p.file === mistake.file && formatPath(p.path) === mistake.path && mistake.message.test(p.message));
      expect(found, `problems were:\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
      expect(found!.severity).toBe(mistake.severity ?? 'error');
      // Errors stop `npm run check:data`, and so the build.
      expect(hasErrors(problems)).toBe(found!.severity === 'error');
      if (mistake.entryId) expect(found!.entryId).toBe(mistake.entryId);
      if (mistake.hint) expect(found!.hint).toMatch(mistake.hint);
      // A bad entry is left out, but the rest of the story still loads.
      expect(model).not.toBeNull();
      if (mistake.file === 'events.json') expect(model!.events).toHaveLength(mistake.skipsEntry ? 2 : 3);
    });
  }
});

describe('validateStory reports every problem in one run', () => {
  it('checks the references of an entry it leaves out for another problem', () => {
    const { problems } = validateWith((f) => {
      f['events.json'].events[0]!.date = '2022-02-30';
      f['events.json'].events[0]!.places = ['ankra'];
    });
    const paths = errorsOf(problems).map((p) => formatPath(p.path));
    expect(paths).toContain('events[0].date');
    expect(paths).toContain('events[0].places[0]');
  });
});

describe('validateStory on files that cannot be used', () => {
  it('gives line and column of malformed JSON', () => {
    const files = asInputs(smallStory());
    files['events.json'] = { text: '{\n  "events": [\n    { "id": "a" }\n    { "id": "b" }\n  ]\n}' };
    const { model, problems } = validateStory(files);
    expect(model).toBeNull();
    const problem = problems.find((p) => p.file === 'events.json')!;
    expect(problem.message).toMatch(/not valid JSON/);
    expect(problem.line).toBe(4);
    expect(problem.column).toBe(5);
    expect(formatProblem(problem)).toMatch(/^error: data\/events\.json:4:5: /);
  });

  it('shows the story without a map-only file that is missing, and says so', () => {
    const files: Record<string, FileInput> = asInputs(smallStory());
    files['places.json'] = { unreadable: 'the server answered 404 Not Found' };
    const { model, problems } = validateStory(files);
    expect(model?.unavailable).toEqual(['places.json']);
    expect(model?.places).toEqual([]);
    expect(model?.events).toHaveLength(3);
    expect(problems[0]!.message).toMatch(/could not be read: the server answered 404/);
    // One follow-on notice per referring file, not one per event.
    const followOn = problems.filter((p) => /places\.json could not be used/.test(p.message));
    expect(followOn.map((p) => `${p.file} ${p.severity} ${p.message}`)).toEqual([
      'themes.json warning places.json could not be used (see its own problem), so the issue "trade" shows without places.',
      'events.json warning places.json could not be used (see its own problem), so 3 events (visit-ankara, raid-at-sea, a-year) show without places.',
    ]);
  });

  it('has no story without its events file', () => {
    const files: Record<string, FileInput> = asInputs(smallStory());
    files['events.json'] = { unreadable: 'the server answered 500 Internal Server Error' };
    const { model, problems } = validateStory(files);
    expect(model).toBeNull();
    expect(problems.map((p) => p.message)).toEqual(['the file could not be read: the server answered 500 Internal Server Error.']);
  });

  it('reports a file of the wrong shape', () => {
    const files = asInputs(smallStory());
    files['events.json'] = { text: '[1, 2, 3]' };
    const { model, problems } = validateStory(files);
    expect(model).toBeNull();
    expect(problems.some((p) => p.file === 'events.json' && /object with a list "events"/.test(p.message))).toBe(true);
  });
});

describe('validateStory warnings', () => {
  it('warns when longitude and latitude look swapped', () => {
    const { problems } = validateWith((f) => (f['places.json'].places[0]!.coordinates = [37.98, 23.73]));
    const warning = problems.find((p) => p.severity === 'warning' && formatPath(p.path) === 'places[0].coordinates');
    expect(warning?.hint).toMatch(/look swapped/);
  });

  it('warns when a category colour would not stand out from the dark page', () => {
    const { problems } = validateWith((f) => (f['categories.json'].categories[0]!.colour = '#202020'));
    const warning = problems.find((p) => p.file === 'categories.json' && formatPath(p.path) === 'categories[0].colour');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toMatch(/contrast of 1\.\d:1 with the dark page/);
    expect(warning?.hint).toMatch(/lighter shade/);
  });

  it('warns when a theme colour would not stand out from the light page', () => {
    const { problems } = validateWith((f) => (f['themes.json'].themes[0]!.colour = '#f0e68c'));
    const warning = problems.find((p) => p.file === 'themes.json' && formatPath(p.path) === 'themes[0].colour');
    expect(warning?.message).toMatch(/with the light page/);
    expect(warning?.hint).toMatch(/darker shade/);
  });

  it('counts missing translations per language as one warning each', () => {
    const { problems } = validateWith(
      (f) => ((f['events.json'].events[0] as Record<string, unknown>).translations = { tr: { title: 'Ankara ziyareti', reviewed: false } }),
    );
    const turkish = problems.find((p) => p.file === 'events.json' && p.path.includes('tr'));
    expect(turkish?.message).toMatch(/2 of 3 events have no Turkish title/);
    expect(turkish?.severity).toBe('warning');
  });
});
