/**
 * Serves data/ as /data/*.json in the dev server and copies it into the build, so the app
 * fetches the editors' JSON at run time (a newsroom can replace it without rebuilding).
 * Saving a data file tells the page to reload its data at once, without a full reload.
 *
 * The build splits the story text by language (src/lib/data/split-translations.ts): each file
 * ships without translations, and data/i18n/<language>.json holds one language's, so a reader
 * downloads only their own. The dev server serves the editors' files as they are.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { DATA_FILES } from '../src/lib/data/schema.ts';
import { splitTranslations, translationFileNames, type TranslatedLanguage } from '../src/lib/data/split-translations.ts';
import { recordFingerprints, type RecordedFingerprints } from './data-fingerprints.ts';
import type { Fingerprints } from '../src/lib/data/as-built.ts';

export const DATA_CHANGED_EVENT = 'story-data:changed';

function listDataFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listDataFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

const BUILT_DATA_MODULE = 'virtual:built-data';

/**
 * `virtual:built-data`, which tells the page the fingerprints of the files the build shipped
 * (src/lib/data/as-built.ts). Empty for the dev server and the editors' desk, which validate
 * every file.
 */
export function builtDataModule(fingerprints: () => Fingerprints = () => ({})): Pick<Plugin, 'name' | 'resolveId' | 'load'> {
  return {
    name: 'built-data',
    resolveId: (id) => (id === BUILT_DATA_MODULE ? `\0${BUILT_DATA_MODULE}` : undefined),
    load: (id) => (id === `\0${BUILT_DATA_MODULE}` ? `export const BUILT_FINGERPRINTS = ${JSON.stringify(fingerprints())};` : undefined),
  };
}

export function storyData(options: { dir?: string } = {}): Plugin {
  const dataDir = resolve(options.dir ?? 'data');
  let command: 'build' | 'serve' = 'serve';
  /** What the build writes into data/, by name: computed once, before the code that records its fingerprints. */
  let shipped: Record<string, string> | null = null;
  let recorded: RecordedFingerprints = { fingerprints: {} };
  const builtData = builtDataModule(() => recorded.fingerprints);
  return {
    name: 'story-data',
    configResolved(config) {
      command = config.command;
    },
    async buildStart() {
      if (command !== 'build') return;
      shipped = shippedDataFiles(dataDir);
      recorded = await recordFingerprints(shipped);
      if (recorded.reason) this.warn(`the page will validate data/ in the browser: ${recorded.reason}.`);
    },
    resolveId: builtData.resolveId,
    load: builtData.load,
    configureServer(server) {
      server.watcher.add(dataDir);
      server.middlewares.use((request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        const match = /^\/data\/([\w/.-]+\.json)$/.exec(url.pathname);
        if (!match || match[1]!.includes('..')) return next();
        const path = join(dataDir, match[1]!);
        try {
          const body = readFileSync(path);
          response.setHeader('Content-Type', 'application/json; charset=utf-8');
          response.setHeader('Cache-Control', 'no-cache');
          response.end(body);
        } catch {
          response.statusCode = 404;
          response.end(`data/${match[1]} not found`);
        }
      });
      server.watcher.on('change', (path) => {
        if (!path.startsWith(dataDir + sep) || !path.endsWith('.json')) return;
        server.ws.send({ type: 'custom', event: DATA_CHANGED_EVENT, data: { file: relative(dataDir, path) } });
      });
    },
    // The dev server has no story index in its page (the prerender plugin writes it at build
    // time), so the app needs data/ first: preload it. Tags are added here rather than written
    // in index.html, where Vite would rewrite them into hashed copies that fetch would not reuse.
    // The built page draws from its index and fetches data/ after the timeline is ready:
    // preloading would put data/ back in the way of the first draw.
    transformIndexHtml() {
      if (command === 'build') return [];
      return DATA_FILES.map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `data/${file}`, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head' as const,
      }));
    },
    // The build copies the data files without their indentation (they passed validation, so
    // no line number in them will be reported) and leaves out data/schema/, which helps
    // editors in the repository and no reader, and so also each file's "$schema" pointing to it.
    generateBundle() {
      for (const [name, source] of Object.entries(shipped ?? shippedDataFiles(dataDir)))
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source });
    },
  };
}

/** Every file the build writes into data/: minified, split by language, data/schema/ left out. */
function shippedDataFiles(dataDir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const path of listDataFiles(dataDir)) {
    const name = relative(dataDir, path).split(sep).join('/');
    if (name.startsWith('schema/')) continue;
    files[name] = minifiedJson(readFileSync(path, 'utf8'));
  }
  return splitByLanguage(files);
}

/** A data file as the build ships it: one line, without "$schema"; text that is not JSON as it is. */
export function minifiedJson(text: string): string {
  try {
    const data: unknown = JSON.parse(text);
    if (data && typeof data === 'object' && !Array.isArray(data)) delete (data as { $schema?: unknown }).$schema;
    return JSON.stringify(data);
  } catch {
    return text; // not ours to fix here: the app reports it, located, to whoever opens the page
  }
}

/**
 * The story's files (minified) split by language: each without translations, and a file per
 * language beside them. A file that is not JSON is shipped as it is, for the page to report.
 */
export function splitByLanguage(shipped: Readonly<Record<string, string>>): Record<string, string> {
  const parsed: Record<string, unknown> = {};
  for (const file of DATA_FILES) {
    if (!(file in shipped)) continue;
    try {
      parsed[file] = JSON.parse(shipped[file]!);
    } catch {
      // not JSON: passed on below as it is
    }
  }
  const { files, translations } = splitTranslations(parsed);
  const names = translationFileNames(Object.keys(translations) as TranslatedLanguage[]);
  return {
    ...shipped,
    ...Object.fromEntries(Object.entries(files).map(([file, value]) => [file, JSON.stringify(value)])),
    ...Object.fromEntries(
      Object.entries(translations).map(([language, file]) => [names[language as TranslatedLanguage]!, JSON.stringify(file)]),
    ),
  };
}
