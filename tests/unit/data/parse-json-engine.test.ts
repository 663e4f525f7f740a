/**
 * Without the precise scanner (as the page runs until a file needs it): sound files are read
 * by JSON.parse alone, and a file that needs the scanner says so, so validateStoryFiles can
 * load it and read again.
 */
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../../src/lib/data/parse-json.ts';
import { validateStory, validateStoryFiles } from '../../../src/lib/data/validate.ts';
import { asInputs, smallStory } from '../../fixtures/small-story.ts';

describe('parseJson before the scanner is loaded', () => {
  const cases: { name: string; text: string; approximate: boolean }[] = [
    { name: 'a sound file', text: '{ "a": [1, "b"], "c": { "d": "ş 🌍" } }', approximate: false },
    { name: 'the same key in two objects', text: '[{ "id": "a" }, { "id": "b" }]', approximate: false },
    { name: 'a text holding colons and quotes', text: '{ "a": "b: c", "d": "\\"e\\" f: g" }', approximate: false },
    { name: 'a text with a quote before a colon (a harmless false alarm)', text: '{ "a": "say \\"b\\": c" }', approximate: true },
    { name: 'a key written twice', text: '{ "a": 1, "a": 2 }', approximate: true },
    { name: 'a surrogate escape', text: '{ "a": "\\ud800" }', approximate: true },
    { name: 'a syntax error', text: "{ 'a': 1 }", approximate: true },
  ];
  for (const { name, text, approximate } of cases) {
    it(`${approximate ? 'flags' : 'reads'} ${name}${approximate ? ' as needing the scanner' : ' with JSON.parse alone'}`, () => {
      expect(parseJson(text).approximate === true).toBe(approximate);
    });
  }

  it('still locates a syntax error from the engine’s message', () => {
    const result = parseJson('{\n  "a": 1\n  "b": 2\n}');
    expect(result).toMatchObject({ ok: false, line: 3, column: 3, approximate: true });
  });
});

describe('validateStoryFiles', () => {
  it('loads the scanner only for a file that needs it, and then locates the mistake exactly', async () => {
    const sound = asInputs(smallStory());
    expect(validateStory(sound).approximate).toBeUndefined();

    const broken = asInputs(smallStory());
    broken['events.json'] = { text: '{\n  "events": [\n    { \'id\': "a" }\n  ]\n}' };
    expect(validateStory(broken).approximate).toBe(true);
    const { approximate, problems } = await validateStoryFiles(broken);
    expect(approximate).toBeUndefined();
    expect(problems[0]).toMatchObject({ file: 'events.json', line: 3, column: 7 });
    expect(problems[0]!.message).toMatch(/found "'id'"/);
  });
});
