/**
 * A deterministic synthetic story of N events, for the benchmark and for scale tests:
 * `npx tsx scripts/synthetic-story.ts 20000 /tmp/story-20000` writes a complete data folder.
 * Same N, same output: a seeded generator, no clock.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function seededRandom(seed: number): () => number {
  // mulberry32: small, fast, good enough for test data.
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const CATEGORIES = [
  { id: 'diplomatic', name: 'Diplomacy', colour: '#3b6fb6', description: 'Visits, envoys and agreements.' },
  { id: 'defence-security', name: 'Defence and security', colour: '#7a5195', description: 'Arms, training and intelligence.' },
  { id: 'economic', name: 'Economy', colour: '#2f8a5b', description: 'Trade, energy and tourism.' },
  { id: 'crisis', name: 'Crisis', colour: '#c0392b', description: 'Ruptures and incidents.' },
];
const PLACES = [
  { id: 'ankara', name: 'Ankara', kind: 'capital', coordinates: [32.8597, 39.9334] },
  { id: 'jerusalem', name: 'Jerusalem', kind: 'capital', coordinates: [35.2137, 31.7683] },
  { id: 'istanbul', name: 'Istanbul', kind: 'city', coordinates: [28.9784, 41.0082] },
  { id: 'gaza-strip', name: 'Gaza Strip', kind: 'region', coordinates: [34.39, 31.42] },
];
const THEMES = [
  { id: 'trade', name: 'Trade', colour: '#2f8a5b', explainer: 'Goods and energy.', places: ['istanbul'], regions: [] },
  { id: 'gaza', name: 'Gaza', colour: '#c0392b', explainer: 'The Gaza Strip.', places: ['gaza-strip'], regions: ['gaza-strip'] },
];

export function syntheticStory(count: number, seed = 1949) {
  const random = seededRandom(seed + count);
  const start = Date.UTC(1949, 0, 1);
  const end = Date.UTC(2025, 0, 1);
  const events = Array.from({ length: count }, (_, index) => {
    // Clustered in time like real news: most events bunch around a few busy years.
    const busy = random() < 0.6;
    const centre = [1956, 1980, 1996, 2010, 2018, 2022, 2023][Math.floor(random() * 7)]!;
    const time = busy ? Date.UTC(centre, 0, 1) + (random() - 0.3) * 3 * 365 * 864e5 : start + random() * (end - start);
    const day = new Date(Math.min(end - 864e5, Math.max(start, time))).toISOString().slice(0, 10);
    const category = CATEGORIES[Math.floor(random() * CATEGORIES.length)]!;
    return {
      id: `event-${index + 1}`,
      date: day,
      title: `Synthetic event ${index + 1} (${category.name.toLowerCase()})`,
      summary: `A generated event for measuring how the timeline scales. It has number ${index + 1}.`,
      category: category.id,
      places: [PLACES[Math.floor(random() * PLACES.length)]!.id],
      themes: random() < 0.5 ? [THEMES[Math.floor(random() * THEMES.length)]!.id] : [],
      sources: [{ publisher: 'Synthetic', title: 'Generated data', date: '2026-11-24', url: `https://example.org/synthetic/${index + 1}` }],
    };
  });
  events.sort((a, b) => a.date.localeCompare(b.date));
  return {
    'story.json': {
      title: `A synthetic story of ${count} events`,
      dek: 'Generated data for the benchmark.',
      byline: 'By the benchmark',
      credits: ['Generated'],
      published: '2026-11-24',
      updated: '2026-11-24',
      defaultEvent: events[Math.floor(count / 2)]!.id,
      corrections: [],
      bounds: [
        [19, 27],
        [53, 43],
      ],
    },
    'categories.json': { categories: CATEGORIES },
    'events.json': { events },
    'eras.json': {
      eras: [
        { id: 'first', name: 'First half', start: '1949', end: '1986', description: 'Generated.' },
        { id: 'second', name: 'Second half', start: '1987', end: '2024', description: 'Generated.' },
      ],
    },
    'places.json': { places: PLACES },
    'themes.json': { themes: THEMES },
    'relations.json': {
      sides: [
        {
          id: 'a-in-b',
          name: 'Side A',
          periods: [
            {
              start: '1949',
              end: '1980',
              level: 'ambassador',
              sources: [{ publisher: 'Synthetic', title: 'Generated', date: '2026', url: 'https://example.org/' }],
            },
            {
              start: '1980',
              level: 'lower',
              sources: [{ publisher: 'Synthetic', title: 'Generated', date: '2026', url: 'https://example.org/' }],
            },
          ],
        },
      ],
    },
  };
}

export function writeSyntheticStory(count: number, dir: string, regionsFrom = 'data/regions.json') {
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(syntheticStory(count))) writeFileSync(join(dir, file), JSON.stringify(content));
  writeFileSync(join(dir, 'regions.json'), readFileSync(regionsFrom));
  // The map's country labels are the real story's: the same region, whatever the events.
  writeFileSync(join(dir, 'countries.json'), readFileSync(join(dirname(regionsFrom), 'countries.json')));
}

if (process.argv[1]?.endsWith('synthetic-story.ts')) {
  const count = Number(process.argv[2] ?? 1000);
  const dir = process.argv[3] ?? `/tmp/story-${count}`;
  writeSyntheticStory(count, dir);
  console.log(`wrote a ${count}-event story to ${dir}`);
}
