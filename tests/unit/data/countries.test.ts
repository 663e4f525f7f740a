/** countries.json (map labels and the disputed-areas policy) and the countries an issue tints. */
import { describe, expect, it } from 'vitest';
import { validateStory } from '../../../src/lib/data/validate.ts';
import { formatPath, formatProblem } from '../../../src/lib/data/problems.ts';
import { asInputs, smallStory } from '../../fixtures/small-story.ts';

const basemapNames = ['Turkey', 'Israel', 'Palestine', 'Syria', 'Cyprus', 'N. Cyprus', 'Iran'];
const countries = () => ({
  countries: [
    { id: 'turkey', name: 'Turkey', label: 'Turkey', labelAt: [35.2, 39], translations: { tr: { label: 'Türkiye', reviewed: false } } },
    {
      id: 'northern-cyprus',
      name: 'N. Cyprus',
      label: 'Northern Cyprus',
      labelAt: [33.6, 35.3],
      disputed: { tint: 'own', outline: 'dashed', labelled: false, explanation: 'Recognised by Turkey alone.' },
    },
    { id: 'golan-heights', label: 'Golan Heights', labelAt: [35.75, 33] },
  ],
});

function validateWith(
  change: (files: ReturnType<typeof smallStory> & { 'countries.json'?: ReturnType<typeof countries> }) => void,
  names = basemapNames,
) {
  const files: ReturnType<typeof smallStory> & { 'countries.json'?: ReturnType<typeof countries> } = {
    ...smallStory(),
    'countries.json': countries(),
  };
  change(files);
  return validateStory(asInputs(files), { basemapNames: names });
}

describe('countries.json', () => {
  it('is read into the model, with its policy', () => {
    const { model, problems } = validateWith(() => {});
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(model!.countries!.map((c) => c.id)).toEqual(['turkey', 'northern-cyprus', 'golan-heights']);
    expect(model!.countries![1]!.disputed).toMatchObject({ tint: 'own', labelled: false });
  });

  it('may be left out: a story without it shows as before', () => {
    const { model, problems } = validateStory(asInputs(smallStory()), { basemapNames });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(model!.countries).toBeUndefined();
  });

  const mistakes: {
    name: string;
    change: Parameters<typeof validateWith>[0];
    file: string;
    path: string;
    severity: 'error' | 'warning';
    message: RegExp;
    hint?: RegExp;
  }[] = [
    {
      name: 'a country name the base map does not have',
      change: (f) => (f['countries.json']!.countries[0]!.name = 'Turkiye'),
      file: 'countries.json',
      path: 'countries[0].name',
      severity: 'error',
      message: /unknown country "Turkiye": expected the id of a country in the base map/,
      hint: /Did you mean "Turkey"\?/,
    },
    {
      name: 'an issue tinting a misspelt country',
      change: (f) => ((f['themes.json'].themes[0] as Record<string, unknown>).countries = ['Syria', 'Iarn']),
      file: 'themes.json',
      path: 'themes[0].countries[1]',
      severity: 'error',
      message: /unknown country "Iarn"/,
      hint: /Did you mean "Iran"\?/,
    },
    {
      name: 'a disputed policy with an unknown tint',
      change: (f) => ((f['countries.json']!.countries[1]!.disputed as Record<string, unknown>).tint = 'hatched'),
      file: 'countries.json',
      path: 'countries[1].disputed.tint',
      severity: 'warning',
      message: /one of "own", "muted", "none".*drawn as an undisputed country/,
    },
  ];
  for (const { name, change, file, path, severity, message, hint } of mistakes) {
    it(`reports ${name}, located`, () => {
      const { problems, model } = validateWith(change);
      const found = problems.find((p) => p.file === file && formatPath(p.path) === path);
      expect(found, problems.map(formatProblem).join('\n')).toBeDefined();
      expect(found!.severity).toBe(severity);
      expect(found!.message).toMatch(message);
      if (hint) expect(found!.hint).toMatch(hint);
      expect(model!.countries).toHaveLength(3);
    });
  }

  it('keeps an issue’s known countries and drops the unknown one', () => {
    const { model } = validateWith((f) => ((f['themes.json'].themes[0] as Record<string, unknown>).countries = ['Syria', 'Iarn']));
    expect(model!.themes[0]!.countries).toEqual(['Syria']);
  });
});
