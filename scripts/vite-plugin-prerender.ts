/**
 * Prerenders the story into a page per language (index.html in English, index.tr.html,
 * index.he.html, index.ar.html: prerender/pages.ts), for readers without JavaScript, feed
 * readers and search engines: the headline, standfirst and the text of every event grouped
 * by era inside #app (the app replaces it when it mounts), the story's title and standfirst
 * in <title> and the meta description (and Open Graph tags), the story index the timeline
 * first draws from (story-index.ts), links to the other languages' pages (absolute, with a
 * canonical link, when story.json gives the site's address), and the static map
 * as its own file (story-map.svg), which only a <noscript> image asks for. Build only: the dev
 * server serves index.html as written. The data is validated by the app's own validateStory;
 * invalid data stops the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { DATA_FILES } from '../src/lib/data/schema.ts';
import { validateStory, type FileInput } from '../src/lib/data/validate.ts';
import { STORY_INDEX_ELEMENT_ID, storyIndexScriptText, toStoryIndex } from '../src/lib/data/story-index.ts';
import { formatProblem } from '../src/lib/data/problems.ts';
import { BASEMAP_PATH } from '../src/lib/map/extent.ts';
import { LANGUAGES, type Language } from '../src/lib/data/vocabulary.ts';
import { languagePage, PAGE_FILES } from './prerender/pages.ts';
import { firstDrawText, firstDrawTextScript } from '../src/lib/i18n/first-draw-text.ts';
import tr from '../src/lib/i18n/catalogues/tr.ts';
import he from '../src/lib/i18n/catalogues/he.ts';
import ar from '../src/lib/i18n/catalogues/ar.ts';
import type { PrerenderResult } from './prerender/render.ts';

export interface PrerenderOptions {
  /** The data folder, as for storyData(). */
  dir?: string;
  /** The map image's file name in the build. */
  mapFile?: string;
  /**
   * Longer stories (the benchmark's synthetic ones) get the headline and map only: the text of
   * thousands of events would outweigh everything else the page loads.
   */
  maxEvents?: number;
}

/** The interface text of each language but English, whose first draw's strings are in the app's own code. */
const CATALOGUES = { tr, he, ar } as const;

export function prerender(options: PrerenderOptions = {}): Plugin {
  const mapFile = options.mapFile ?? 'story-map.svg';
  const maxEvents = options.maxEvents ?? 500;
  let root = process.cwd();
  let result: Extract<PrerenderResult, { ok: true }> | undefined;
  let indexScripts: Partial<Record<Language, string>> = {};
  /** story.json's `site`: the pages' links to each other are absolute with it. */
  let site: string | undefined;
  /** The other languages' pages, written from index.html as Vite built it. */
  const pages: Record<string, string> = {};

  return {
    name: 'story-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      const dataDir = resolve(root, options.dir ?? 'data');
      const files: Record<string, FileInput> = {};
      for (const file of DATA_FILES) {
        const path = resolve(dataDir, file);
        files[file] = existsSync(path) ? { text: readFileSync(path, 'utf8') } : { unreadable: `there is no file ${path}` };
      }
      // Vite compiles the components for the server, with their CSS kept for the SVG image.
      const { module } = await runnerImport<typeof import('./prerender/render.ts')>(resolve(root, 'scripts/prerender/render.ts'), {
        root,
        configFile: false,
        logLevel: 'warn',
        plugins: [svelte({ compilerOptions: { css: 'injected' }, emitCss: false })],
      });
      const rendered = module.prerenderStory({
        files,
        basemap: JSON.parse(readFileSync(resolve(root, 'public', BASEMAP_PATH), 'utf8')),
        appCss: readFileSync(resolve(root, 'src/app.css'), 'utf8'),
        mapFile,
        maxEvents,
      });
      if (!rendered.ok) {
        const errors = rendered.problems.filter((problem) => problem.severity === 'error').map(formatProblem);
        this.error(`The story could not be prerendered: data/ has errors (run npm run check:data).\n${errors.join('\n')}`);
      }
      if (!rendered.listed)
        this.warn(
          `${rendered.events} events is more than ${maxEvents}: index.html holds the headline and map, not the text of every event.`,
        );
      result = rendered;
      // The story index (src/lib/data/story-index.ts) the timeline draws from before data/ loads, in each page's language.
      const { model } = validateStory(files);
      site = model!.story.site;
      indexScripts = Object.fromEntries(
        LANGUAGES.map((language) => [
          language,
          `<script type="application/json" id="${STORY_INDEX_ELEMENT_ID}">${storyIndexScriptText(toStoryIndex(model!, language))}</script>`,
        ]),
      );
    },
    transformIndexHtml: {
      // After Vite has processed the page, so the prerendered markup is left as it is.
      order: 'post',
      handler(html, context) {
        // The editors' desk (edit.html) is a page of its own, without the story's text.
        if (!result || !context.filename.endsWith('index.html')) return html;
        const built = result;
        const pageIn = (language: Language) =>
          languagePage(html, {
            language,
            ...built.pages[language],
            indexScript: indexScripts[language]!,
            // A page in another language than English carries its first draw's interface text.
            interfaceTextScript: language === 'en' ? undefined : firstDrawTextScript(firstDrawText(language, CATALOGUES[language])),
            site,
          });
        for (const language of LANGUAGES) if (language !== 'en') pages[PAGE_FILES[language]] = pageIn(language);
        return pageIn('en');
      },
    },
    // After Vite has written index.html (and, with it, the other pages above).
    generateBundle: {
      order: 'post',
      handler() {
        if (!result) return;
        this.emitFile({ type: 'asset', fileName: mapFile, source: result.mapSvg });
        for (const [fileName, source] of Object.entries(pages)) this.emitFile({ type: 'asset', fileName, source });
      },
    },
  };
}
