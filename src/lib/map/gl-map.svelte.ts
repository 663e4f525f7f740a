/**
 * MapLibre's side of the map: the worker set up on our origin, the map created with our
 * options, its life as state MapView reads (`GlMap`), and every way it can fail turned into
 * one call, `onTrouble`, so MapView can show the static map instead. It fails when the
 * constructor throws (no WebGL), when the style or the worker fails before the first draw,
 * when the worker fails or its connection is cut at any time (the map would stay grey with
 * markers floating over nothing), and when the WebGL context is lost (`onTrouble('lost')`,
 * undone by `onRestored`).
 */
import { untrack } from 'svelte';
import { Map as MapLibreMap, prewarm, setWorkerUrl, type MapOptions, type StyleSpecification } from 'maplibre-gl';
import { BASEMAP_EXTENT, type LonLatBounds } from './extent.ts';
import 'maplibre-gl/dist/maplibre-gl.css';
// MapLibre finds its worker next to its own module, which a bundle moves: point it at
// the copy Vite emits, on our origin. https://maplibre.org/maplibre-gl-js/docs/API/functions/setWorkerUrl/
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);

/** Why MapLibre's worker failed (it could not load, or it died), once it has. */
let workerFailure: unknown = null;
const workerFailureListeners = new Set<(reason: unknown) => void>();

function reportWorkerFailure(event: Event) {
  workerFailure ??= event instanceof ErrorEvent && event.message ? event.message : 'the map worker failed to load or stopped';
  for (const listener of workerFailureListeners) listener(workerFailure);
}

/**
 * Starts MapLibre's worker while the base map is still on its way. MapLibre creates its
 * workers here, synchronously, and a worker that fails this early (its request cut off) is
 * reported to no map, since none exists yet: the map would wait for it forever. So for the
 * length of this call, workers are created with our own `error` listener, which also hears a
 * worker that dies later.
 */
export function prewarmGlMap() {
  const Native = globalThis.Worker;
  if (!Native) return prewarm();
  globalThis.Worker = class extends Native {
    constructor(...args: ConstructorParameters<typeof Worker>) {
      super(...args);
      this.addEventListener('error', reportWorkerFailure);
    }
  };
  try {
    prewarm();
  } finally {
    globalThis.Worker = Native;
  }
}

export type GlTrouble = 'failed' | 'lost';

export interface GlMapHandlers {
  /** The camera moved or the map was resized: the markers re-project. */
  onMove: () => void;
  /** The style is in: layers can be painted. */
  onLoad: () => void;
  /** Everything is drawn for the first time. */
  onIdle: () => void;
  onTrouble: (trouble: GlTrouble, reason: unknown) => void;
  /** The WebGL context came back after `lost`. */
  onRestored: () => void;
}

/**
 * MapLibre reports a worker that cannot load (once a map exists) as a map `error` whose
 * message names the worker (tests/unit/map/gl-map.test.ts holds it to the installed version).
 */
export const WORKER_FAILURE = /worker/i;

export function isWorkerFailure(error: unknown): boolean {
  return error instanceof Error && WORKER_FAILURE.test(error.message);
}

/** The map, or null when MapLibre could not start (`onTrouble('failed')` has been called). */
export function createGlMap(options: MapOptions, handlers: GlMapHandlers): MapLibreMap | null {
  let map: MapLibreMap;
  try {
    map = new MapLibreMap(options);
  } catch (error) {
    handlers.onTrouble('failed', error);
    return null;
  }
  let drawn = false;
  map.on('move', handlers.onMove);
  map.on('resize', handlers.onMove);
  map.once('load', handlers.onLoad);
  // The first `idle` after the sources load: everything is drawn.
  map.once('idle', () => {
    drawn = true;
    handlers.onIdle();
  });
  map.on('error', (event: { error?: unknown }) => {
    console.warn('Map error:', event.error);
    // Before the first draw any error leaves a blank map; after it, a dead worker does
    // (nothing redraws), whereas a single tile's error does not.
    if (!drawn || isWorkerFailure(event.error)) handlers.onTrouble('failed', event.error);
  });
  map.on('webglcontextlost', () => {
    drawn = false;
    handlers.onTrouble('lost', 'the WebGL context was lost');
  });
  map.on('webglcontextrestored', handlers.onRestored);
  return map;
}

type Bounds = [[number, number], [number, number]];

/**
 * Our map's options: no rotation or pitch, one world, gestures that leave the page's scrolling
 * alone. The style is not validated again on every page: style.ts builds it, and its test
 * validates it with MapLibre's own spec.
 */
export function glMapOptions(setup: {
  container: HTMLElement;
  style: StyleSpecification;
  bounds: LonLatBounds;
  maxZoom: number;
  locale: Record<string, string>;
}): MapOptions {
  return {
    container: setup.container,
    style: setup.style,
    validateStyle: false,
    bounds: setup.bounds as Bounds,
    fitBoundsOptions: { padding: 10 },
    maxBounds: BASEMAP_EXTENT as Bounds,
    maxZoom: setup.maxZoom,
    renderWorldCopies: false,
    cooperativeGestures: true,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    fadeDuration: 0,
    locale: setup.locale,
  };
}

/** The MapLibre map as state: created by `mount`, read by MapView's effects and derivations. */
export class GlMap {
  map = $state.raw<MapLibreMap | null>(null);
  /** The style is in: layers can be painted. */
  styleLoaded = $state(false);
  /** Drawn at least once since it was created. */
  ready = $state(false);
  /** Why the static map shows instead, if it does. */
  trouble = $state<GlTrouble | null>(null);
  /** Bumped on every camera change, so the markers re-project. */
  view = $state(0);
  /** Bumped to re-create the map after its WebGL context comes back. */
  generation = $state(0);

  /** MapLibre's worker starts at once, while the base map is still on its way. */
  constructor() {
    prewarmGlMap();
  }

  /** Creates the map (from an `$effect`); returns its teardown, or nothing when MapLibre could not start. */
  mount(options: MapOptions, setUp: (map: MapLibreMap) => void): (() => void) | undefined {
    const onTrouble = (trouble: GlTrouble, reason: unknown) => {
      console.warn('The interactive map failed; showing the static map instead:', reason);
      this.trouble = trouble;
      this.ready = false;
    };
    if (workerFailure) {
      onTrouble('failed', workerFailure);
      return;
    }
    const created = createGlMap(options, {
      onMove: () => this.view++,
      onLoad: () => (this.styleLoaded = true),
      onIdle: () => (this.ready = true),
      onTrouble,
      onRestored: () => {
        this.trouble = null;
        this.generation++;
      },
    });
    if (!created) return;
    const onWorkerFailure = (reason: unknown) => onTrouble('failed', reason);
    workerFailureListeners.add(onWorkerFailure);
    setUp(created);
    this.map = created;
    // Untracked: the effect that mounts must not depend on the camera it moves.
    untrack(() => this.view++);
    return () => {
      workerFailureListeners.delete(onWorkerFailure);
      created.remove();
      this.map = null;
      this.styleLoaded = false;
      this.ready = false;
    };
  }
}
