import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import PlaceMarkers from '../../../src/lib/map/PlaceMarkers.svelte';
import type { ClusterLayout, MarkerLayout } from '../../../src/lib/map/layout.ts';

const marker = (extra: Partial<MarkerLayout>): MarkerLayout => ({
  id: 'ankara',
  name: 'Ankara',
  kind: 'capital',
  lonLat: [32.85, 39.93],
  colour: '#117733',
  highlighted: false,
  selected: false,
  dimmed: false,
  count: 30,
  badge: 'top-left',
  far: false,
  weight: 30,
  x: 100,
  y: 50,
  arrow: null,
  side: 'right',
  visible: true,
  radius: 5,
  z: 1,
  cluster: null,
  ...extra,
});

function html(markers: MarkerLayout[], clusters: ClusterLayout[] = []) {
  return render(PlaceMarkers, {
    props: {
      markers,
      clusters,
      width: 400,
      height: 300,
      period: '2009–2013',
      hoveredId: null,
      language: 'en',
      onselect: () => {},
      onhover: () => {},
      onexpand: () => false,
    },
  }).body;
}

/** The accessible names of the buttons, in document order. */
const buttonNames = (body: string) => [...body.matchAll(/<button[^>]*aria-label="([^"]*)"/g)].map((match) => match[1]);

describe('PlaceMarkers', () => {
  const cases: { name: string; input: Partial<MarkerLayout>; expected: RegExp }[] = [
    { name: 'a place is a button described by its kind', input: {}, expected: /<button[^>]*aria-describedby="map-place-ankara"/ },
    { name: 'the description gives the kind', input: {}, expected: /id="map-place-ankara">Capital</ },
    { name: 'the button carries its count in the window', input: { count: 3 }, expected: /data-events-in-window="3"/ },
    { name: 'a place with none in the window says 0', input: { count: 0, dimmed: true }, expected: /data-events-in-window="0"/ },
    { name: 'a place with none in the window recedes', input: { count: 0, dimmed: true }, expected: /class="place[^"]*dimmed/ },
    { name: 'a highlighted place says so in data-highlighted', input: { highlighted: true }, expected: /data-highlighted="true"/ },
    { name: 'the selected place is aria-current', input: { selected: true }, expected: /aria-current="true"/ },
    {
      name: 'a crowded-out label stays in the button for screen readers',
      input: { side: null },
      expected: /class="label[^"]*visually-hidden/,
    },
    { name: 'a far place shows its arrow', input: { arrow: '←', far: true }, expected: /←/ },
    { name: 'the label shows the bare name', input: {}, expected: /class="label[^"]*"[^>]*>Ankara<\/span>/ },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => expect(html([marker(input)])).toMatch(expected));
  }

  const names: { input: Partial<MarkerLayout>; expected: string }[] = [
    { input: { count: 3 }, expected: 'Ankara, 3 events in 2009–2013' },
    { input: { count: 1 }, expected: 'Ankara, 1 event in 2009–2013' },
    { input: { count: 0, dimmed: true }, expected: 'Ankara, no events in 2009–2013' },
    { input: { count: 2, arrow: '←', far: true }, expected: 'Ankara, 2 events in 2009–2013' },
  ];
  for (const { input, expected } of names)
    it(`names the button by its place first: "${expected}"`, () => expect(buttonNames(html([marker(input)]))).toEqual([expected]));

  it('leaves out places that need not show', () => {
    expect(html([marker({ visible: false })])).not.toContain('<button');
  });

  it('draws a cluster as one button named by its places, and no button for each of them', () => {
    const cluster = 'cluster:gaza-strip+turkish-hospital-gaza';
    const gaza = marker({ id: 'gaza-strip', name: 'Gaza Strip', kind: 'region', cluster });
    const hospital = marker({ id: 'turkish-hospital-gaza', name: 'Turkish-Palestinian Friendship Hospital', kind: 'site', cluster });
    const body = html(
      [gaza, hospital, marker({})],
      [{ id: cluster, x: 200, y: 200, members: [gaza, hospital], dimmed: false, highlighted: false, selected: false }],
    );
    expect(buttonNames(body)).toEqual(['Ankara, 30 events in 2009–2013', '2 places: Gaza Strip, Turkish-Palestinian Friendship Hospital']);
    expect(body).toMatch(/aria-expanded="false"/);
  });
});
