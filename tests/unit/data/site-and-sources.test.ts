/**
 * Checks for the published site and for the standards desk: story.json's `site` (the address
 * hreflang links need), and events that rest only on Wikipedia or aggregators.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SiteUrl, type SourceData } from '../../../src/lib/data/schema.ts';
import { validateStory } from '../../../src/lib/data/validate.ts';
import { formatProblem, type Problem } from '../../../src/lib/data/problems.ts';
import { reportRelativePageLinks, reportSecondaryOnlySources, secondaryKind } from '../../../src/lib/data/editorial-checks.ts';
import { asInputs, smallStory } from '../../fixtures/small-story.ts';

describe('story.json site', () => {
  const cases: { site: string; accepted: boolean; says?: RegExp }[] = [
    { site: 'https://graphics.example.org/turkey-israel/', accepted: true },
    { site: 'https://example.org/', accepted: true },
    { site: 'http://example.org/story/', accepted: false, says: /the https address of the folder/ },
    { site: 'https://example.org/story', accepted: false, says: /ending in "\/"/ },
    { site: 'https://example.org/story/index.html', accepted: false, says: /ending in "\/"/ },
    { site: 'https://example.org/story/?lang=en', accepted: false, says: /without "\?" or "#"/ },
    { site: 'graphics.example.org/story/', accepted: false, says: /absolute address/ },
  ];
  for (const { site, accepted, says } of cases) {
    it(`${accepted ? 'accepts' : 'refuses'} ${site}`, () => {
      const result = v.safeParse(SiteUrl, site);
      expect(result.success).toBe(accepted);
      if (says) expect(result.issues?.map((issue) => issue.message).join(' ')).toMatch(says);
    });
  }

  it('is refused in story.json with its location, and kept in the model when valid', () => {
    const files = smallStory();
    Object.assign(files['story.json'], { site: 'http://example.org/story' });
    const refused = validateStory(asInputs(files)).problems.filter((problem) => problem.file === 'story.json');
    expect(refused.map(formatProblem).join('\n')).toMatch(/data\/story\.json site: .*the https address of the folder/);

    Object.assign(files['story.json'], { site: 'https://example.org/story/' });
    expect(validateStory(asInputs(files)).model?.story.site).toBe('https://example.org/story/');
  });
});

describe('reportRelativePageLinks', () => {
  const cases: { name: string; story: { site?: string }; warns: boolean }[] = [
    { name: 'warns, at story.json site, when there is no site', story: {}, warns: true },
    { name: 'says nothing when the site is given', story: { site: 'https://example.org/' }, warns: false },
  ];
  for (const { name, story, warns } of cases) {
    it(name, () => {
      const problems: Problem[] = [];
      reportRelativePageLinks(story, (problem) => problems.push(problem));
      expect(problems.length).toBe(warns ? 1 : 0);
      if (warns) {
        expect(problems[0]).toMatchObject({ severity: 'warning', file: 'story.json', path: ['site'] });
        expect(formatProblem(problems[0]!)).toMatch(/relative hreflang.*Add "site"/);
      }
    });
  }
});

const source = (publisher: string, url?: string): SourceData => ({
  publisher,
  title: 'A title',
  date: '2022-10-27',
  ...(url ? { url } : {}),
});

describe('secondaryKind', () => {
  const cases: { source: SourceData; kind: string | undefined }[] = [
    { source: source('Wikipedia', 'https://en.wikipedia.org/wiki/Israel%E2%80%93Turkey_relations'), kind: 'Wikipedia' },
    { source: source('Wikipedia', 'https://de.m.wikipedia.org/wiki/T%C3%BCrkei'), kind: 'Wikipedia' },
    { source: source('Wikipedia (print-out)'), kind: 'Wikipedia' },
    { source: source('Devdiscourse', 'https://www.devdiscourse.com/article/x'), kind: 'an aggregator of press releases and wire copy' },
    { source: source('Reuters', 'https://www.reuters.com/world/x'), kind: undefined },
    { source: source('Reuters'), kind: undefined },
    // A host that only ends in the same letters is someone else's.
    { source: source('Not Wikipedia', 'https://notwikipedia.org/x'), kind: undefined },
    { source: source('MSN', 'https://www.msn.com/en-us/news/x'), kind: 'a syndication portal' },
  ];
  for (const { source: given, kind } of cases) {
    it(`calls ${given.url ?? given.publisher} ${kind ?? 'a source that may stand alone'}`, () => {
      expect(secondaryKind(given)).toBe(kind);
    });
  }
});

describe('reportSecondaryOnlySources', () => {
  const wiki = source('Wikipedia', 'https://en.wikipedia.org/wiki/X');
  const menafn = source('MENAFN', 'https://menafn.com/x');
  const reuters = source('Reuters', 'https://www.reuters.com/x');
  const cases: { name: string; sources: SourceData[]; says?: string }[] = [
    { name: 'warns about an event on Wikipedia alone', sources: [wiki], says: 'every source is Wikipedia:' },
    {
      name: 'names both kinds when Wikipedia and an aggregator are all there is',
      sources: [wiki, menafn, wiki],
      says: 'every source is Wikipedia and an aggregator of press releases and syndicated copy:',
    },
    { name: 'accepts Wikipedia beside original reporting', sources: [wiki, reuters] },
    { name: 'accepts print without a URL beside Wikipedia', sources: [source('Encyclopaedia Judaica'), wiki] },
  ];
  for (const { name, sources, says } of cases) {
    it(name, () => {
      const problems: Problem[] = [];
      reportSecondaryOnlySources([{ entry: { id: 'an-event', sources }, index: 3 }], (problem) => problems.push(problem));
      if (!says) return expect(problems).toEqual([]);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ severity: 'warning', file: 'events.json', path: ['events', 3, 'sources'], entryId: 'an-event' });
      expect(problems[0]!.message).toContain(says);
    });
  }
});
