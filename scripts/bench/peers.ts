/**
 * The peer pages the app is measured against. The map and canvas floors
 * (scripts/bench/peers/maplibre-world, d3-canvas) are built with the project's own Vite, so
 * the app and its floors are bundled and minified by the same tool; TimelineJS is served as
 * its npm package ships it (dist/js/timeline.js and dist/css), as a newsroom would host it.
 * Each page gets its data copied or converted next to it.
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { toTimelineJs } from './timelinejs-data.ts';

export const PEERS = {
  map: { name: 'peer: bare MapLibre', folder: 'maplibre-world' },
  events: { name: 'peer: d3 canvas', folder: 'd3-canvas' },
  timelineJs: { name: 'peer: TimelineJS', folder: 'timelinejs' },
} as const;

/** The TimelineJS page for a story: `/timelinejs/<story>.html`. */
export function timelineJsPath(story: string): string {
  return `/${PEERS.timelineJs.folder}/${story}.html`;
}

export interface PeerData {
  /** events.json of the 20,000-event story, for the canvas floor. */
  canvasEvents: string;
  /** Data folders TimelineJS draws, by the name its page takes (`real`, `5000`). */
  timelineJsStories: Record<string, string>;
}

/** Builds every peer into `out/peers/<folder>`; returns the folder to serve them from. */
export async function buildPeers(root: string, out: string, data: PeerData): Promise<string> {
  const peersOut = join(out, 'peers');
  for (const peer of [PEERS.map, PEERS.events]) {
    await build({
      root: join(root, 'scripts/bench/peers', peer.folder),
      base: './',
      configFile: false,
      logLevel: 'error',
      build: { outDir: join(peersOut, peer.folder), emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
    });
  }
  mkdirSync(join(peersOut, PEERS.map.folder, 'basemap'), { recursive: true });
  copyFileSync(join(root, 'node_modules/world-atlas/countries-50m.json'), join(peersOut, PEERS.map.folder, 'basemap/countries-50m.json'));
  mkdirSync(join(peersOut, PEERS.events.folder, 'data'), { recursive: true });
  copyFileSync(data.canvasEvents, join(peersOut, PEERS.events.folder, 'data/events.json'));
  buildTimelineJsPeer(root, join(peersOut, PEERS.timelineJs.folder), data.timelineJsStories);
  return peersOut;
}

/** TimelineJS's own files, our page and loader, and each story as TimelineJS JSON. */
function buildTimelineJsPeer(root: string, dir: string, stories: Record<string, string>): void {
  const source = join(root, 'scripts/bench/peers', PEERS.timelineJs.folder);
  const library = join(root, 'node_modules/@knight-lab/timelinejs/dist');
  mkdirSync(join(dir, 'data'), { recursive: true });
  // The layout TimelineJS expects: its CSS finds the icon font at ../js/../css/icons/.
  cpSync(join(library, 'js/timeline.js'), join(dir, 'timelinejs/js/timeline.js'));
  cpSync(join(library, 'css/timeline.css'), join(dir, 'timelinejs/css/timeline.css'));
  cpSync(join(library, 'css/icons'), join(dir, 'timelinejs/css/icons'), { recursive: true });
  copyFileSync(join(source, 'main.js'), join(dir, 'main.js'));
  const page = readFileSync(join(source, 'index.html'), 'utf8');
  for (const [story, dataDir] of Object.entries(stories)) {
    const read = (file: string) => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
    const converted = toTimelineJs({ events: read('events.json'), eras: read('eras.json'), categories: read('categories.json') });
    writeFileSync(join(dir, `data/${story}.json`), JSON.stringify(converted));
    writeFileSync(join(dir, `${story}.html`), page.replaceAll('%STORY%', story));
  }
}
