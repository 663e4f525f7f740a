/**
 * Builds the peer pages (scripts/bench/peers/*) with the project's own Vite, so the app
 * and its floors are bundled and minified by the same tool, then adds each one's data.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

export const PEERS = {
  map: { name: 'peer: bare MapLibre', folder: 'maplibre-world' },
  events: { name: 'peer: d3 canvas', folder: 'd3-canvas' },
} as const;

/** Builds both peers into `out/peers/<folder>`; returns the folder to serve them from. */
export async function buildPeers(root: string, out: string, eventsJson: string): Promise<string> {
  const peersOut = join(out, 'peers');
  for (const peer of Object.values(PEERS)) {
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
  copyFileSync(eventsJson, join(peersOut, PEERS.events.folder, 'data/events.json'));
  return peersOut;
}
