import { describe, expect, it } from 'vitest';
import { AppState } from '../../../src/lib/state/app-state.svelte.ts';
import { Boot } from '../../../src/lib/state/boot.svelte.ts';
import { applyUrlState, selectFromUrl, toUrlState } from '../../../src/lib/state/url-sync.svelte.ts';
import type { UrlState } from '../../../src/lib/state/url-state.ts';
import { validateStory } from '../../../src/lib/data/validate.ts';
import { asInputs, smallStory } from '../../fixtures/small-story.ts';

function appState(partial = false) {
  const { model } = validateStory(asInputs(smallStory()));
  return new AppState(
    partial ? { ...model!, partial } : model!,
    [],
    'en',
    new Boot({ afterFrame: () => () => {}, setTimeout: () => 0, clearTimeout: () => {} }),
  );
}

const cases: { name: string; url: UrlState; expected: UrlState }[] = [
  { name: 'an empty link opens on the default event', url: {}, expected: { event: 'visit-ankara' } },
  { name: 'an event in the link is selected', url: { event: 'raid-at-sea' }, expected: { event: 'raid-at-sea' } },
  { name: 'a place in the link is selected', url: { place: 'ankara' }, expected: { place: 'ankara' } },
  { name: 'an unknown event falls back to the default', url: { event: 'no-such-event' }, expected: { event: 'visit-ankara' } },
  {
    name: 'unknown themes are dropped, known ones kept',
    url: { themes: ['trade', 'nope'] },
    expected: { event: 'visit-ankara', themes: ['trade'] },
  },
  {
    name: 'a window keeps its last day (the state holds it exclusive)',
    url: { window: ['2009-01-01', '2013-12-31'] },
    expected: { event: 'visit-ankara', window: ['2009-01-01', '2013-12-31'] },
  },
  {
    name: 'a window that ends before it starts is ignored',
    url: { window: ['2013-01-01', '2009-12-31'] },
    expected: { event: 'visit-ankara' },
  },
];

describe('applyUrlState then toUrlState', () => {
  for (const { name, url, expected } of cases) {
    it(name, () => {
      const app = appState();
      applyUrlState(app, url);
      expect(toUrlState(app)).toEqual(expected);
    });
  }
});

describe('toUrlState names the language when it is not the page’s own', () => {
  const cases: { name: string; language: 'en' | 'he' | 'tr'; pageDefault?: 'en' | 'he'; expected: string | undefined }[] = [
    { name: 'English on the English page', language: 'en', expected: undefined },
    { name: 'Turkish on the English page', language: 'tr', expected: 'tr' },
    { name: 'Hebrew on the Hebrew page', language: 'he', pageDefault: 'he', expected: undefined },
    { name: 'English on the Hebrew page', language: 'en', pageDefault: 'he', expected: 'en' },
    { name: 'Turkish on the Hebrew page', language: 'tr', pageDefault: 'he', expected: 'tr' },
  ];
  for (const { name, language, pageDefault, expected } of cases)
    it(`${expected ?? 'nothing'} for ${name}`, () => {
      const app = appState();
      app.language = language;
      expect(toUrlState(app, pageDefault).lang).toBe(expected);
    });
});

describe('selectFromUrl: a linked id the story does not have', () => {
  const cases: { name: string; partial: boolean; url: UrlState; outcome: object; selection: object | null }[] = [
    {
      name: 'a known event is selected, partial story or not',
      partial: true,
      url: { event: 'raid-at-sea' },
      outcome: {},
      selection: { kind: 'event', id: 'raid-at-sea' },
    },
    {
      name: 'an event unknown to the index is awaited: nothing is selected yet',
      partial: true,
      url: { event: 'added-later' },
      outcome: { awaiting: 'added-later' },
      selection: null,
    },
    {
      name: 'a place unknown to the index is awaited too',
      partial: true,
      url: { place: 'added-later' },
      outcome: { awaiting: 'added-later' },
      selection: null,
    },
    {
      name: 'an event unknown to the full story falls back to the default and is reported',
      partial: false,
      url: { event: 'added-later' },
      outcome: { notFound: 'added-later' },
      selection: { kind: 'event', id: 'visit-ankara' },
    },
    {
      name: 'an unknown place falls back without a report (the notice is about events)',
      partial: false,
      url: { place: 'nowhere' },
      outcome: {},
      selection: { kind: 'event', id: 'visit-ankara' },
    },
    {
      name: 'a link without an event or place opens on the default, partial or not',
      partial: true,
      url: {},
      outcome: {},
      selection: { kind: 'event', id: 'visit-ankara' },
    },
  ];
  for (const { name, partial, url, outcome, selection } of cases) {
    it(name, () => {
      const app = appState(partial);
      expect(selectFromUrl(app, url)).toEqual(outcome);
      expect(app.selection).toEqual(selection);
    });
  }
});
