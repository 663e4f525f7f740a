import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import EntryForm from '../../../src/lib/desk/EntryForm.svelte';
import EventForm from '../../../src/lib/desk/EventForm.svelte';
import PlaceForm from '../../../src/lib/desk/PlaceForm.svelte';
import { LIST_FORMS } from '../../../src/lib/desk/entry-fields.ts';

const none = () => {};
const common = { onEdit: none, onRemove: none, onClose: none };

/** The forms as the desk draws them, each in the one frame (FormFrame.svelte). */
const cases = [
  {
    name: 'an event',
    body: () =>
      render(EventForm, {
        props: { ...common, event: { id: 'gaza-flotilla' }, index: 4, categories: [], places: [], themes: [], onOpenPlace: none },
      }).body,
    id: 'event-4',
    heading: 'Edit event 5: gaza-flotilla',
    remove: 'Remove event',
  },
  {
    name: 'an era',
    body: () => render(EntryForm, { props: { ...common, form: LIST_FORMS.eras, entry: { id: 'cold-war' }, index: 0, problems: [] } }).body,
    id: 'eras-0',
    heading: 'Edit era 1: cold-war',
    remove: 'Remove era',
  },
  {
    name: 'a place, whose own fields sit inside the entry form',
    body: () =>
      render(PlaceForm, {
        props: { ...common, entry: { id: 'konya', coordinates: [32.48, 37.87] }, index: 2, places: [], region: null, problems: [] },
      }).body,
    id: 'places-2',
    heading: 'Edit place 3: konya',
    remove: 'Remove place',
  },
];

describe('desk forms', () => {
  for (const { name, body, id, heading, remove } of cases)
    it(`frame ${name} once, named by its heading, with Close and ${remove}`, () => {
      const html = body();
      expect(html.match(/<section class="form/g)).toHaveLength(1);
      expect(html).toMatch(new RegExp(`<section class="form[^"]*" aria-labelledby="${id}-heading" id="${id}"`));
      const text = html
        .match(new RegExp(`<h2 id="${id}-heading"[^>]*>([\\s\\S]*?)</h2>`))![1]!
        .replace(/<[^>]+>/g, '')
        .trim();
      expect(text).toBe(heading);
      expect(html).toContain(`>${remove}</button>`);
      expect(html).toContain('>Close</button>');
    });
});
