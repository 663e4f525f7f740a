import { describe, expect, it } from 'vitest';
import { AppState } from '../../../src/lib/state/app-state.svelte.ts';
import { Boot } from '../../../src/lib/state/boot.svelte.ts';
import { applyUrlState, toUrlState } from '../../../src/lib/state/url-sync.svelte.ts';
import type { UrlState } from '../../../src/lib/state/url-state.ts';
import { validateStory } from '../../../src/lib/data/validate.ts';
import { asInputs, smallStory } from '../../fixtures/small-story.ts';

function appState() {
  const { model } = validateStory(asInputs(smallStory()));
  return new AppState(model!, [], 'en', new Boot({ afterFrame: () => () => {}, setTimeout: () => 0, clearTimeout: () => {} }));
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
