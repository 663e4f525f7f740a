import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prerenderStory } from '../../../scripts/prerender/render.ts';
import { asInputs, smallStory } from '../../fixtures/small-story.ts';

const basemap = JSON.parse(readFileSync('public/basemap/countries.json', 'utf8')) as unknown;
const appCss = readFileSync('src/app.css', 'utf8');
const input = (files = smallStory(), maxEvents = 100) => ({ files: asInputs(files), basemap, appCss, mapFile: 'story-map.svg', maxEvents });

describe('prerenderStory', () => {
  it('renders the headline, standfirst and every event, without hydration markers', () => {
    const result = prerenderStory(input());
    if (!result.ok) throw new Error('expected a story');
    expect(result.pages.en.title).toBe('A test story');
    expect(result.pages.en.description).toBe('Two sentences of standfirst.');
    expect(result.pages.en.appHtml).toContain('<h1');
    expect(result.pages.en.appHtml).toContain('data-prerendered');
    for (const title of ['Recognition', 'A raid at sea', 'A visit to Ankara']) expect(result.pages.en.appHtml).toContain(title);
    expect(result.pages.en.appHtml).not.toMatch(/<!--[[\]!\d-]*-->/);
    expect(result.pages.en.appHtml).toMatch(
      /<noscript>.*<img src="story-map.svg" width="720" height="420" alt="Map of the region[^"]*Ankara/s,
    );
  });

  it("keeps index.html light: each event's text, and the sources behind one link to the data file", () => {
    const files = smallStory();
    const result = prerenderStory(input(files));
    if (!result.ok) throw new Error('expected a story');
    for (const event of files['events.json'].events) expect(result.pages.en.appHtml).toContain(event.summary);
    expect(result.pages.en.appHtml).toContain('<a href="data/events.json" dir="ltr">data/events.json</a>');
    for (const event of files['events.json'].events)
      for (const source of event.sources) expect(result.pages.en.appHtml).not.toContain(source.url);
  });

  it('renders each language’s page in that language, falling back to English where a text has no translation', () => {
    const files = smallStory();
    const story = files['story.json'] as Record<string, unknown>;
    story.translations = { he: { title: 'כתבת ניסיון', dek: 'שני משפטים.', reviewed: false } };
    const [first] = files['events.json'].events as Record<string, unknown>[];
    first!.translations = { he: { title: 'הכרה', summary: 'תקציר בעברית.', reviewed: false } };
    const result = prerenderStory(input(files));
    if (!result.ok) throw new Error('expected a story');
    const he = result.pages.he;
    expect(he.title).toBe('כתבת ניסיון');
    expect(he.description).toBe('שני משפטים.');
    expect(he.appHtml).toContain('תקציר בעברית.');
    // The interface text too (the no-JavaScript note), from the Hebrew catalogue.
    expect(he.appHtml).toContain('JavaScript. לפניכם');
    // Untranslated events stay in English.
    expect(he.appHtml).toContain('A raid at sea');
    expect(result.pages.tr.title).toBe('A test story');
    expect(result.pages.en.appHtml).not.toContain('תקציר בעברית.');
  });

  it('draws the map as a standalone SVG image with its own colours', () => {
    const result = prerenderStory(input());
    if (!result.ok) throw new Error('expected a story');
    expect(result.mapSvg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 720 420"/);
    expect(result.mapSvg).toContain('--map-water:#dbe7ef');
    expect(result.mapSvg).toContain('@media (prefers-color-scheme:dark)');
    expect(result.mapSvg).toContain('>Ankara</text>');
    expect(result.mapSvg).toMatch(/<path d="m[\d .mz-]+"/);
  });

  it('leaves out the list of events when the story is longer than maxEvents', () => {
    const result = prerenderStory(input(smallStory(), 2));
    if (!result.ok) throw new Error('expected a story');
    expect(result.listed).toBe(false);
    expect(result.pages.en.appHtml).toContain('A test story');
    expect(result.pages.en.appHtml).not.toContain('A raid at sea');
  });

  it('returns the problems when the data cannot be used', () => {
    const files: Record<string, unknown> = smallStory();
    files['events.json'] = '{ "events": [ }';
    const result = prerenderStory(input(files as ReturnType<typeof smallStory>));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.some((problem) => problem.file === 'events.json')).toBe(true);
  });
});
