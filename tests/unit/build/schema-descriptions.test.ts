import { readdirSync, readFileSync } from 'node:fs';
import { build, type Plugin, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { dropDescriptions, type DescriptionSites } from '../../../scripts/vite-plugin-schema-descriptions.ts';
import config from '../../../vite.config.ts';

const VALIBOT = "import * as v from 'valibot';\n";
const SITES: DescriptionSites = { properties: [{ callee: 'collection', key: 'description' }] };

describe('dropDescriptions', () => {
  const cases: { name: string; input: string; expected: string; dropped: number }[] = [
    {
      name: "blanks the text of valibot's description()",
      input: `${VALIBOT}export const Id = v.pipe(v.string(), v.description('Stable id, used in links.'));`,
      expected: `${VALIBOT}export const Id = v.pipe(v.string(), v.description(''));`,
      dropped: 1,
    },
    {
      name: 'finds description() imported by name, under any local name',
      input: "import { description as about, pipe } from 'valibot';\nconst A = pipe(about(`Said ${'so'}`));",
      expected: "import { description as about, pipe } from 'valibot';\nconst A = pipe(about(''));",
      dropped: 1,
    },
    {
      name: 'keeps the line breaks of a text written over several lines',
      input: `${VALIBOT}const A = v.description(\n  'one line ' +\n    'and the next',\n);\nconst B = 1;`,
      expected: `${VALIBOT}const A = v.description(\n  ''\n,\n);\nconst B = 1;`,
      dropped: 1,
    },
    {
      name: 'counts places in UTF-16, as JavaScript does, after text that is not ASCII',
      input: `${VALIBOT}const A = v.pipe(v.regex(/x/, 'Chargé d’affaires…'), v.description('The “level”'));`,
      expected: `${VALIBOT}const A = v.pipe(v.regex(/x/, 'Chargé d’affaires…'), v.description(''));`,
      dropped: 1,
    },
    {
      name: 'leaves an argument that does something besides giving a text',
      input: `${VALIBOT}const A = v.description(describe('x'));`,
      expected: `${VALIBOT}const A = v.description(describe('x'));`,
      dropped: 0,
    },
    {
      name: 'leaves a description() that is not valibot’s',
      input: "import * as v from './mine.ts';\nconst A = v.description('kept');",
      expected: "import * as v from './mine.ts';\nconst A = v.description('kept');",
      dropped: 0,
    },
    {
      name: 'blanks the argument of a helper whose parameter goes only into a description',
      input: `${VALIBOT}const text = (what: string) => v.pipe(v.string(), v.description(what));\nconst A = text('Name shown on the map');`,
      expected: `${VALIBOT}const text = (what: string) => v.pipe(v.string(), v.description(''));\nconst A = text('');`,
      dropped: 2,
    },
    {
      name: 'follows a helper that passes its parameter on to another helper',
      input: `${VALIBOT}function text(what: string) { return v.description(what); }\nconst label = (n: number, what: string) => text(what);\nconst A = label(1, \`Label \${MAX}\`);`,
      expected: `${VALIBOT}function text(what: string) { return v.description(''); }\nconst label = (n: number, what: string) => text('');\nconst A = label(1, '');`,
      dropped: 3,
    },
    {
      name: 'keeps the argument of a helper that also uses it in a message',
      input: `${VALIBOT}const text = (what: string) => v.pipe(v.nonEmpty(\`\${what} is empty\`), v.description(what));\nconst A = text('Title');`,
      expected: `${VALIBOT}const text = (what: string) => v.pipe(v.nonEmpty(\`\${what} is empty\`), v.description(''));\nconst A = text('Title');`,
      dropped: 1,
    },
    {
      name: 'keeps the arguments of a helper whose name is declared twice in the module',
      input: `${VALIBOT}const text = (what: string) => v.description(what);\nconst f = (text: (s: string) => string) => text('Not a description');`,
      expected: `${VALIBOT}const text = (what: string) => v.description('');\nconst f = (text: (s: string) => string) => text('Not a description');`,
      dropped: 1,
    },
    {
      name: 'blanks a named property of the object passed to a named function, and nothing else there',
      input: `${VALIBOT}const C = collection({ file: 'eras.json', description: 'Named periods.', salvage: { description: { then: 'Kept.' } } });\nconst D = other({ description: 'Kept too.' });`,
      expected: `${VALIBOT}const C = collection({ file: 'eras.json', description: '', salvage: { description: { then: 'Kept.' } } });\nconst D = other({ description: 'Kept too.' });`,
      dropped: 1,
    },
    {
      name: 'leaves a module it cannot parse as it is',
      input: `${VALIBOT}const A = v.description('x'`,
      expected: `${VALIBOT}const A = v.description('x'`,
      dropped: 0,
    },
  ];
  for (const { name, input, expected, dropped } of cases) {
    it(name, () => expect(dropDescriptions(input, 'schema.ts', SITES)).toEqual({ code: expected, dropped }));
  }
});

/** Every description the editors' JSON Schema files carry. */
function jsonSchemaDescriptions(): string[] {
  const found = new Set<string>();
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === 'object' && value !== null)
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'description' && typeof inner === 'string') found.add(inner);
        else collect(inner);
      }
  };
  for (const file of readdirSync('data/schema')) collect(JSON.parse(readFileSync(`data/schema/${file}`, 'utf8')));
  return [...found];
}

describe('the story’s build of the validation code', () => {
  it('carries none of the descriptions the editors’ JSON Schema files still hold, and every message', async () => {
    // The plugin as vite.config.ts sets it up, in a build of the chunk that holds the schema.
    const plugin = (config.plugins ?? []).flat().find((entry) => (entry as Plugin | null)?.name === 'schema-descriptions');
    expect(plugin, 'the story’s build blanks the schema’s descriptions').toBeDefined();
    const output = (await build({
      configFile: false,
      logLevel: 'silent',
      plugins: [plugin],
      build: { write: false, target: 'es2022', rolldownOptions: { input: 'src/lib/data/validate.ts' } },
    })) as Rolldown.RolldownOutput;
    const code = output.output.flatMap((file) => (file.type === 'chunk' ? [file.code] : [])).join('\n');

    const descriptions = jsonSchemaDescriptions();
    expect(descriptions.length, 'descriptions in data/schema/*.json').toBeGreaterThan(40);
    expect(descriptions).toContain('Named periods shown as bands on the timeline.');
    // As the minifier may quote it: in backticks, as written, or in double quotes, escaped.
    const carried = (text: string) => code.includes(text) || code.includes(JSON.stringify(text).slice(1, -1));
    expect(descriptions.filter(carried)).toEqual([]);
    // What the page does say stays: messages of the schema and of its salvage rules.
    for (const message of [
      'a kebab-case id such as',
      'a real calendar date (this one does not exist)',
      'Readers in that language see the English text.',
    ])
      expect(code).toContain(message);
  });
});
