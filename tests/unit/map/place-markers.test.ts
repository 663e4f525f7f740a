import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import PlaceMarkers from '../../../src/lib/map/PlaceMarkers.svelte';
import type { MarkerLayout } from '../../../src/lib/map/layout.ts';

const marker = (extra: Partial<MarkerLayout>): MarkerLayout => ({
  id: 'ankara',
  name: 'Ankara',
  kind: 'capital',
  lonLat: [32.85, 39.93],
  colour: '#117733',
  highlighted: false,
  selected: false,
  dimmed: false,
  far: false,
  weight: 30,
  x: 100,
  y: 50,
  arrow: null,
  side: 'right',
  visible: true,
  radius: 5,
  z: 1,
  ...extra,
});

function html(markers: MarkerLayout[]) {
  return render(PlaceMarkers, {
    props: {
      markers,
      width: 400,
      eventCounts: new Map([['ankara', 30]]),
      hoveredId: null,
      language: 'en',
      onselect: () => {},
      onhover: () => {},
    },
  }).body;
}

/** The text a screen reader would take as the button's name: its content minus aria-hidden parts. */
function buttonName(body: string): string {
  const button = /<button[^>]*>([\s\S]*?)<\/button>/.exec(body)![1]!;
  return button
    .replace(/<span[^>]*aria-hidden="true"[^>]*>[\s\S]*?<\/span><\/span>|<span[^>]*aria-hidden="true"[^>]*>[\s\S]*?<\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim();
}

describe('PlaceMarkers', () => {
  const cases: { name: string; input: Partial<MarkerLayout>; expected: RegExp }[] = [
    {
      name: 'a place is a button described by its kind and events',
      input: {},
      expected: /<button[^>]*aria-describedby="map-place-ankara"/,
    },
    { name: 'a highlighted place says so in data-highlighted', input: { highlighted: true }, expected: /data-highlighted="true"/ },
    { name: 'the selected place is aria-current', input: { selected: true }, expected: /aria-current="true"/ },
    {
      name: 'a crowded-out label stays in the button for screen readers',
      input: { side: null },
      expected: /class="label[^"]*visually-hidden/,
    },
    { name: 'a far place shows its arrow', input: { arrow: '←', far: true }, expected: /←/ },
    { name: 'the description counts the events', input: {}, expected: /Capital\. 30 events/ },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => expect(html([marker(input)])).toMatch(expected));
  }

  it('names the button exactly after the place, arrow and all', () => {
    expect(buttonName(html([marker({ arrow: '←', far: true })]))).toBe('Ankara');
  });

  it('leaves out places that need not show', () => {
    expect(html([marker({ visible: false })])).not.toContain('<button');
  });
});
