/**
 * The story rendered at build time, by the app's own code: data validated by validateStory,
 * the text version and header rendered with svelte/server, and the map drawn by the no-WebGL
 * fallback's code (static-map.ts, StaticMap.svelte) into a standalone SVG. Loaded by
 * scripts/vite-plugin-prerender.ts through Vite, which compiles the components.
 */
import { render } from 'svelte/server';
import { validateStory, type FileInput } from '../../src/lib/data/validate.ts';
import type { Problem } from '../../src/lib/data/problems.ts';
import { groupByEra } from '../../src/lib/data/era-groups.ts';
import { decodeBasemap } from '../../src/lib/map/basemap.ts';
import { staticMapShapes, type StaticMapShapes } from '../../src/lib/map/static-map.ts';
import { placeMarks, regionMarks } from '../../src/lib/map/marks.ts';
import { windowCounts } from '../../src/lib/state/window-counts.ts';
import { layoutMarkers } from '../../src/lib/map/layout.ts';
import { BASEMAP_EXTENT, isInside } from '../../src/lib/map/extent.ts';
import { MAP_TOKEN_PROPERTIES } from '../../src/lib/map/tokens.ts';
import { registerCatalogue, translate } from '../../src/lib/i18n/messages.ts';
import '../../src/lib/i18n/messages-extras.ts';
import { localized } from '../../src/lib/i18n/localize.ts';
import { LANGUAGES, type Language } from '../../src/lib/data/vocabulary.ts';
import tr from '../../src/lib/i18n/catalogues/tr.ts';
import he from '../../src/lib/i18n/catalogues/he.ts';
import ar from '../../src/lib/i18n/catalogues/ar.ts';
import { escapeHtml, stripHydrationMarkers, tokenCss } from './html.ts';
import { compactPaths } from './compact-paths.ts';
import PrerenderedStory from './PrerenderedStory.svelte';
import StoryMapImage from './StoryMapImage.svelte';

export interface PrerenderInput {
  /** data/*.json by file name, as the page's loader hands them to validateStory. */
  files: Readonly<Record<string, FileInput>>;
  /** public/basemap/countries.json, parsed. */
  basemap: unknown;
  /** src/app.css, for the map's colours. */
  appCss: string;
  /** The map image's file name, relative to index.html. */
  mapFile: string;
  /** Longer stories get the headline and map only: their text would outweigh the page. */
  maxEvents: number;
}

/** One language's page: its <title>, meta description and the markup that goes inside #app. */
export interface PrerenderedPage {
  title: string;
  description: string;
  appHtml: string;
}

export type PrerenderResult =
  | { ok: false; problems: Problem[] }
  | {
      ok: true;
      /** The story in each language, for its own page. */
      pages: Record<Language, PrerenderedPage>;
      /** The whole SVG file, one for every page. */
      mapSvg: string;
      events: number;
      /** False when the story had more than maxEvents events. */
      listed: boolean;
    };

// The server render reads the interface text synchronously: every catalogue is registered up front.
registerCatalogue('tr', tr);
registerCatalogue('he', he);
registerCatalogue('ar', ar);

/** The image's own description is in English: one file serves every page, and each page's <img> has its alt in its language. */
const IMAGE_LANGUAGE = 'en';
const MAP_SIZE = { width: 720, height: 420 };

export function prerenderStory({ files, basemap, appCss, mapFile, maxEvents }: PrerenderInput): PrerenderResult {
  const { model, problems } = validateStory(files);
  if (!model) return { ok: false, problems };

  const { width, height } = MAP_SIZE;
  const shapes = compactShapes(
    staticMapShapes({ width, height, bounds: model.story.bounds, basemap: decodeBasemap(basemap), regions: model.regions }),
  );
  const marks = placeMarks({
    places: model.places,
    themes: model.themes,
    activeThemes: [],
    highlighted: new Set(),
    selectedId: null,
    extent: BASEMAP_EXTENT,
    // The whole story, no filter: every event counts.
    counts: windowCounts(model.events, null, []),
  });
  const { markers } = layoutMarkers(marks, [], shapes.project, { width, height });
  const image = render(StoryMapImage, {
    props: { shapes, regionMarks: regionMarks(model.regions, model.themes, [], new Set()), markers, width, height },
  });
  const mapped = model.places.filter((place) => isInside(BASEMAP_EXTENT, place.coordinates));
  const altIn = (language: Language) =>
    translate(language, 'text.mapAlt', { places: mapped.map((place) => localized(place, 'name', language)).join(', ') });
  const mapSvg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    // The pages' <img> carries the full description, with every place, in their language; the
    // file's own title only names it, for a reader who opens it alone.
    `<title>${escapeHtml(`${localized(model.story, 'title', IMAGE_LANGUAGE)}: map of the places`)}</title>` +
    `<style>${tokenCss(appCss, Object.values(MAP_TOKEN_PROPERTIES))}${componentCss(image.head)}</style>` +
    `${stripHydrationMarkers(image.body)}</svg>\n`;

  const listed = model.events.length <= maxEvents;
  const groups = listed ? groupByEra(model.events, model.eras) : [];
  const pageIn = (language: Language): PrerenderedPage => {
    const page = render(PrerenderedStory, {
      props: {
        story: model.story,
        groups,
        total: model.events.length,
        language,
        map: { src: mapFile, width, height, alt: altIn(language) },
      },
    });
    return {
      title: localized(model.story, 'title', language),
      description: localized(model.story, 'dek', language),
      appHtml: stripHydrationMarkers(page.body),
    };
  };

  return {
    ok: true,
    pages: Object.fromEntries(LANGUAGES.map((language) => [language, pageIn(language)])) as Record<Language, PrerenderedPage>,
    mapSvg,
    events: model.events.length,
    listed,
  };
}

/**
 * The map's paths made small for an image that is only ever drawn at MAP_SIZE (compact-paths.ts):
 * all of them at once, so that fills, coast, borders and regions still meet where they share a line.
 */
function compactShapes(shapes: StaticMapShapes): StaticMapShapes {
  const { countries, regions } = shapes;
  const [coast, borders, ...rest] = compactPaths([shapes.coast, shapes.borders, ...countries.map((c) => c.d), ...regions.map((r) => r.d)]);
  return {
    ...shapes,
    coast: coast!,
    borders: borders!,
    // A country whose every island is too small to see is left out; regions are kept, as their marks refer to them.
    countries: countries.map((country, i) => ({ ...country, d: rest[i]! })).filter((country) => country.d !== ''),
    regions: regions.map((region, i) => ({ ...region, d: rest[countries.length + i]! })),
  };
}

/** The components' scoped CSS, which svelte/server puts in `head` when compiled with css: 'injected'. */
function componentCss(head: string): string {
  return [...head.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('');
}
