/**
 * Prerenders the story into the built index.html, for readers without JavaScript, feed
 * readers and search engines: the headline, standfirst and the text of every event grouped
 * by era inside #app (the app replaces it when it mounts), the story's title and standfirst
 * in <title> and the meta description (and Open Graph tags), the story index the timeline
 * first draws from (story-index.ts), and the static map as its own file (story-map.svg),
 * which only a <noscript> image asks for. Build only: the dev server serves index.html as
 * written. The data is validated by the app's own validateStory; invalid data stops the build.
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
import { escapeHtml } from './prerender/html.ts';
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

export function prerender(options: PrerenderOptions = {}): Plugin {
  const mapFile = options.mapFile ?? 'story-map.svg';
  const maxEvents = options.maxEvents ?? 500;
  let root = process.cwd();
  let result: Extract<PrerenderResult, { ok: true }> | undefined;
  let indexScript = '';

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
      // The story index (src/lib/data/story-index.ts) the timeline draws from before data/ loads.
      const { model } = validateStory(files);
      indexScript = `<script type="application/json" id="${STORY_INDEX_ELEMENT_ID}">${storyIndexScriptText(toStoryIndex(model!))}</script>`;
    },
    transformIndexHtml: {
      // After Vite has processed the page, so the prerendered markup is left as it is.
      order: 'post',
      handler(html, context) {
        // The editors' desk (edit.html) is a page of its own, without the story's text.
        if (!result || !context.filename.endsWith('index.html')) return html;
        const { title, description, appHtml } = result;
        const replace = (pattern: RegExp, replacement: string) => {
          if (!pattern.test(html)) throw new Error(`index.html has no ${pattern.source} for the prerendered story.`);
          html = html.replace(pattern, () => replacement);
        };
        replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`);
        for (const [attribute, value] of [
          ['name="description"', description],
          ['property="og:title"', title],
          ['property="og:description"', description],
        ])
          replace(new RegExp(`<meta ${attribute} content="[^"]*"\\s*/?>`), `<meta ${attribute} content="${escapeHtml(value!)}" />`);
        replace(/<div id="app"><\/div>/, `<div id="app">${appHtml}</div>`);
        // The index goes in the head: data, not content, and before the text, where it
        // compresses a little better (the text repeats its titles).
        replace(/<\/head>/, `  ${indexScript}\n  </head>`);
        return html;
      },
    },
    generateBundle() {
      if (result) this.emitFile({ type: 'asset', fileName: mapFile, source: result.mapSvg });
    },
  };
}
