/**
 * The benchmark's floor for "a map": MapLibre alone drawing Natural Earth's countries
 * (world-atlas, 1:50m), no tiles, fonts or other hosts. Marks `data-map-ready` at the
 * map's first 'idle', the same mark the app sets when its map has drawn.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// The worker from our own origin, as the app does. https://maplibre.org/maplibre-gl-js/docs/API/functions/setWorkerUrl/
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

setWorkerUrl(workerUrl);

// Fetched and decoded on the main thread, like the app's base map, so its bytes and its
// decoding count the same way in both.
const response = await fetch('basemap/countries-50m.json');
const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
const countries = feature(topology, topology.objects.countries);

const map = new MapLibreMap({
  container: 'map',
  center: [35, 37],
  zoom: 3,
  attributionControl: false,
  style: {
    version: 8,
    sources: { countries: { type: 'geojson', data: countries } },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': '#dfe9f0' } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f4f1ea' } },
      { id: 'borders', type: 'line', source: 'countries', paint: { 'line-color': '#9a9a9a', 'line-width': 0.6 } },
    ],
  },
});
map.once('idle', () => document.documentElement.setAttribute('data-map-ready', ''));
