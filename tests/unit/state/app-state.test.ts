import { describe, expect, it } from 'vitest';
import { AppState } from '../../../src/lib/state/app-state.svelte.ts';
import { Boot } from '../../../src/lib/state/boot.svelte.ts';
import { validateStory } from '../../../src/lib/data/validate.ts';
import { asInputs, smallStory } from '../../fixtures/small-story.ts';

const quietBoot = () => new Boot({ afterFrame: () => () => {}, setTimeout: () => 0, clearTimeout: () => {} });

function appState() {
  const { model } = validateStory(asInputs(smallStory()));
  if (!model) throw new Error('the small story should validate');
  return new AppState(model, [], 'en', quietBoot());
}

const sorted = (ids: Set<string>) => [...ids].sort();

describe('AppState', () => {
  it('matches every event when no theme is chosen, and events with any chosen theme otherwise', () => {
    const app = appState();
    expect(app.matchingEventIds.size).toBe(app.model.events.length);
    app.toggleTheme('trade');
    expect(sorted(app.matchingEventIds)).toEqual(
      sorted(new Set(app.model.events.filter((e) => e.themes.includes('trade')).map((e) => e.id))),
    );
    app.toggleTheme('trade');
    expect(app.matchingEventIds.size).toBe(app.model.events.length);
  });

  it('ignores unknown themes', () => {
    const app = appState();
    app.toggleTheme('no-such-theme');
    app.setThemes(['trade', 'nor-this-one']);
    expect(app.activeThemes).toEqual(['trade']);
  });

  const highlightCases: {
    name: string;
    act: (app: AppState) => void;
    expected: (app: AppState) => { events: string[]; places: string[] };
  }[] = [
    {
      name: 'a selected event highlights its places',
      act: (app) => app.selectEvent('raid-at-sea'),
      expected: () => ({ events: [], places: ['ankara', 'at-sea'] }),
    },
    {
      name: 'a selected place highlights its events and itself',
      act: (app) => app.selectPlace('at-sea'),
      expected: (app) => ({ events: app.model.events.filter((e) => e.places.includes('at-sea')).map((e) => e.id), places: ['at-sea'] }),
    },
    {
      name: 'a chosen theme highlights its places',
      act: (app) => app.toggleTheme('trade'),
      expected: (app) => ({
        events: app.model.events.filter((e) => e.themes.includes('trade')).map((e) => e.id),
        places: app.model.themes.find((t) => t.id === 'trade')!.places,
      }),
    },
  ];
  describe('highlights', () => {
    for (const { name, act, expected } of highlightCases) {
      it(name, () => {
        const app = appState();
        act(app);
        const want = expected(app);
        expect(sorted(app.highlightedPlaceIds)).toEqual([...want.places].sort());
        if (want.events.length) expect(sorted(app.highlightedEventIds)).toEqual([...want.events].sort());
      });
    }
  });

  it('selects only what exists', () => {
    const app = appState();
    app.selectEvent('nowhere');
    expect(app.selection).toBeNull();
    app.selectPlace('ankara');
    expect(app.selection).toEqual({ kind: 'place', id: 'ankara' });
    app.clearSelection();
    expect(app.selection).toBeNull();
  });

  it('steps through events in date order and stops at either end', () => {
    const app = appState();
    const ids = app.model.events.map((event) => event.id);
    app.step(1);
    expect(app.selectedEvent?.id).toBe(ids[0]);
    for (let i = 0; i < ids.length + 2; i++) app.step(1);
    expect(app.selectedEvent?.id).toBe(ids.at(-1));
    app.step(-1);
    expect(app.selectedEvent?.id).toBe(ids.at(-2));
  });

  it('keeps the selection and filter when a new model replaces the old', () => {
    const app = appState();
    app.selectEvent('raid-at-sea');
    app.toggleTheme('trade');
    const { model } = validateStory(asInputs(smallStory()));
    app.replaceModel(model!, []);
    expect(app.selectedEvent?.id).toBe('raid-at-sea');
    expect(app.activeThemes).toEqual(['trade']);
  });

  it('changes hover and announcements only through its methods', () => {
    const app = appState();
    app.hoverPlace('ankara');
    expect(app.hoveredPlaceId).toBe('ankara');
    app.hoverPlace(null);
    expect(app.hoveredPlaceId).toBeNull();
    app.announce('Selected: a raid at sea');
    expect(app.announcement).toBe('Selected: a raid at sea');
  });
});
