/** lines.json (routes and pipelines the issues draw) and the lines an issue lists. */
import { describe, expect, it } from 'vitest';
import { validateStory } from '../../../src/lib/data/validate.ts';
import { formatPath, formatProblem } from '../../../src/lib/data/problems.ts';
import { unavailableMapFiles } from '../../../src/lib/data/load.ts';
import { asInputs, smallStory } from '../../fixtures/small-story.ts';

const lines = () => ({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {
        id: 'flotilla-route',
        name: 'The flotilla’s route',
        sources: [{ publisher: 'Gulf News', title: 'A send-off', date: '2010-05', url: 'https://example.org/send-off' }],
        translations: { tr: { name: 'Filonun rotası', reviewed: false } },
      },
      geometry: {
        type: 'LineString',
        coordinates: [
          [30.6, 36.8],
          [33.4, 32.4],
        ],
      },
    },
  ],
});

type Files = ReturnType<typeof smallStory> & { 'lines.json'?: ReturnType<typeof lines> };

function validateWith(change: (files: Files) => void) {
  const files: Files = { ...smallStory(), 'lines.json': lines() };
  (files['themes.json'].themes[0] as Record<string, unknown>).lines = ['flotilla-route'];
  change(files);
  return validateStory(asInputs(files));
}

const line = (f: Files) => f['lines.json']!.features[0]! as unknown as Record<string, Record<string, unknown>>;

describe('lines.json', () => {
  it('is read into the model, and an issue keeps the lines it lists', () => {
    const { model, problems } = validateWith(() => {});
    expect(
      problems.filter((p) => p.severity === 'error'),
      problems.map(formatProblem).join('\n'),
    ).toEqual([]);
    expect(model!.lines!.map((l) => l.properties.id)).toEqual(['flotilla-route']);
    expect(model!.themes[0]!.lines).toEqual(['flotilla-route']);
  });

  it('when left out, issues that list lines are drawn without them, unremarked (an older data/)', () => {
    const { model, problems } = validateWith((files) => delete files['lines.json']);
    const aboutLines = problems.filter((p) => p.file === 'lines.json' || p.path.includes('lines'));
    expect(aboutLines, problems.map(formatProblem).join('\n')).toEqual([]);
    expect(model!.themes[0]!.lines).toBeUndefined();
  });

  it('may be left out: a story without lines shows as before', () => {
    const { model, problems } = validateStory(asInputs(smallStory()));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(model!.lines).toBeUndefined();
  });

  const mistakes: {
    name: string;
    change: (files: Files) => void;
    file: string;
    path: string;
    severity: 'error' | 'warning';
    message: RegExp;
    hint?: RegExp;
  }[] = [
    {
      name: 'an issue listing a misspelt line',
      change: (f) => ((f['themes.json'].themes[0] as Record<string, unknown>).lines = ['flotila-route']),
      file: 'themes.json',
      path: 'themes[0].lines[0]',
      severity: 'error',
      message: /unknown line "flotila-route"/,
      hint: /Did you mean "flotilla-route"\?/,
    },
    {
      name: 'a line with one point',
      change: (f) => (line(f).geometry!.coordinates = [[30.6, 36.8]]),
      file: 'lines.json',
      path: 'features[0].geometry.coordinates',
      severity: 'error',
      message: /at least two points/,
    },
    {
      name: 'a line with latitude and longitude swapped past the pole',
      change: (f) =>
        (line(f).geometry!.coordinates = [
          [30.6, 36.8],
          [33.4, 132.4],
        ]),
      file: 'lines.json',
      path: 'features[0].geometry.coordinates[1][1]',
      severity: 'error',
      message: /a latitude from -90 to 90/,
    },
    {
      name: 'a line without sources',
      change: (f) => (line(f).properties!.sources = []),
      file: 'lines.json',
      path: 'features[0].properties.sources',
      severity: 'error',
      message: /at least one source/,
    },
    {
      name: 'a source with a bad date, which is left out while the line stays',
      change: (f) => {
        const sources = line(f).properties!.sources as Record<string, unknown>[];
        sources.push({ ...sources[0], date: 'May 2010' });
      },
      file: 'lines.json',
      path: 'features[0].properties.sources[1].date',
      severity: 'warning',
      message: /an ISO date/,
    },
  ];
  for (const { name, change, file, path, severity, message, hint } of mistakes) {
    it(`reports ${name}, located`, () => {
      const { problems } = validateWith(change);
      const found = problems.find((p) => p.file === file && formatPath(p.path) === path);
      expect(found, problems.map(formatProblem).join('\n')).toBeDefined();
      expect(found!.severity).toBe(severity);
      expect(found!.message).toMatch(message);
      if (hint) expect(found!.hint).toMatch(hint);
      expect(found!.entryId).toBe(file === 'themes.json' ? 'trade' : 'flotilla-route');
    });
  }

  it('drops an unknown line from the issue and keeps the issue', () => {
    const { model } = validateWith((f) => ((f['themes.json'].themes[0] as Record<string, unknown>).lines = ['flotilla-route', 'pipe']));
    expect(model!.themes[0]!.lines).toEqual(['flotilla-route']);
  });

  it('costs only the map when the file cannot be used', () => {
    const { model } = validateStory(asInputs({ ...smallStory(), 'lines.json': { features: 'none' } }));
    expect(model!.unavailable).toContain('lines.json');
    expect(unavailableMapFiles(model!.unavailable)).toEqual(['lines.json']);
    expect(model!.events.length).toBeGreaterThan(0);
  });
});
