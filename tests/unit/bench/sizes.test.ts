import { describe, expect, it } from 'vitest';
import { prerenderedRange, prerenderedTextBytes, reachable, withoutPrerendered } from '../../../scripts/bench/sizes.ts';

const page = (app: string) => `<html><head><title>t</title></head><body>${app}\n</body></html>`;

describe('withoutPrerendered leaves #app empty, as the page is before the build fills it', () => {
  const cases: { name: string; html: string; expected: string }[] = [
    { name: 'an empty #app stays as it is', html: page('<div id="app"></div>'), expected: page('<div id="app"></div>') },
    {
      name: 'text and nested elements go, up to the element’s own end',
      html: page('<div id="app"><main><div class="a"><div>x</div></div><p>&lt;div&gt; y</p></main></div>'),
      expected: page('<div id="app"></div>'),
    },
    {
      name: 'what follows #app stays',
      html: page('<div id="app"><div>x</div></div><div id="after">z</div>'),
      expected: page('<div id="app"></div><div id="after">z</div>'),
    },
    { name: 'a page without #app is unchanged', html: page('<main>x</main>'), expected: page('<main>x</main>') },
    {
      name: 'an #app that is never closed is left alone',
      html: page('<div id="app"><div>x</div>'),
      expected: page('<div id="app"><div>x</div>'),
    },
  ];
  for (const { name, html, expected } of cases) it(name, () => expect(withoutPrerendered(html)).toBe(expected));
});

describe('prerenderedRange finds the contents of #app', () => {
  it('returns the offsets of the text between the tags', () => {
    const html = '<body><div id="app"><div>x</div></div></body>';
    const range = prerenderedRange(html)!;
    expect(html.slice(range.start, range.end)).toBe('<div>x</div>');
  });
  it('returns null when there is no #app', () => expect(prerenderedRange('<body></body>')).toBeNull());
});

describe('reachable follows the names that files mention', () => {
  const build: Record<string, string> = {
    'index.html': '<script src="./assets/index-A1.js"></script><link href="./assets/index-B2.css">',
    'edit.html': '<script src="./assets/edit-C3.js"></script>',
    'assets/index-A1.js': 'import("./Map-D4.js");m.f=["assets/Map-D4.js","assets/Map-E5.css","assets/shared-F6.js"]',
    'assets/index-B2.css': 'body{}',
    'assets/Map-D4.js': 'import{a}from"./shared-F6.js"',
    'assets/Map-E5.css': '.map{}',
    'assets/shared-F6.js': 'export const a=1',
    'assets/edit-C3.js': 'import{a}from"./shared-F6.js";import("./desk-G7.js")',
    'assets/desk-G7.js': 'export const b=2',
    'assets/unused-H8.js': 'import("./Map-D4.js")',
  };
  const assets = Object.keys(build).filter((file) => file.startsWith('assets/'));
  const cases: { roots: string[]; expected: string[] }[] = [
    {
      roots: ['index.html'],
      expected: ['assets/index-A1.js', 'assets/index-B2.css', 'assets/Map-D4.js', 'assets/Map-E5.css', 'assets/shared-F6.js'],
    },
    { roots: ['edit.html'], expected: ['assets/edit-C3.js', 'assets/shared-F6.js', 'assets/desk-G7.js'] },
    { roots: ['assets/Map-D4.js'], expected: ['assets/shared-F6.js'] },
    { roots: [], expected: [] },
  ];
  for (const { roots, expected } of cases)
    it(`from ${roots.join(', ') || 'nothing'}: ${expected.length} files`, () =>
      expect([...reachable(roots, (file) => build[file] ?? '', assets)].sort()).toEqual([...expected].sort()));

  it('ends on files that mention each other', () => {
    const cycle: Record<string, string> = { 'a-1.js': 'b-2.js', 'b-2.js': 'a-1.js' };
    expect([...reachable(['a-1.js'], (file) => cycle[file]!, Object.keys(cycle))].sort()).toEqual(['a-1.js', 'b-2.js']);
  });
});

describe('prerenderedTextBytes counts what the text adds to the gzipped page', () => {
  const page = (app: string) => `<!doctype html><html><head><title>T</title></head><body><div id="app">${app}</div></body></html>`;
  const story = Array.from({ length: 200 }, (_, i) => `<p>Event ${i}: a summary of what happened, in its own words ${i * 7}.</p>`).join('');
  const cases: { name: string; html: string; check: (bytes: number) => boolean }[] = [
    { name: 'nothing for an empty #app', html: page(''), check: (bytes) => bytes === 0 },
    { name: 'nothing for a page without #app', html: '<html><body><main>text</main></body></html>', check: (bytes) => bytes === 0 },
    { name: 'some bytes for a short text', html: page('<p>One event.</p>'), check: (bytes) => bytes > 0 && bytes < 40 },
    { name: 'more for a longer text, less than its raw length', html: page(story), check: (bytes) => bytes > 500 && bytes < story.length },
  ];
  for (const { name, html, check } of cases) it(name, () => expect(check(prerenderedTextBytes(html))).toBe(true));
});
