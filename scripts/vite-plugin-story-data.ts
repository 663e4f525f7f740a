/**
 * Serves data/ as /data/*.json in the dev server and copies it into the build, so the app
 * fetches the editors' JSON at run time (a newsroom can replace it without rebuilding).
 * Saving a data file tells the page to reload its data at once, without a full reload.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { DATA_FILES } from '../src/lib/data/schema.ts';

export const DATA_CHANGED_EVENT = 'story-data:changed';

function listDataFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listDataFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

export function storyData(options: { dir?: string } = {}): Plugin {
  const dataDir = resolve(options.dir ?? 'data');
  return {
    name: 'story-data',
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
    // Preload tags are added here rather than written in index.html, where Vite would
    // rewrite them into hashed copies that the app's own fetch would not reuse.
    transformIndexHtml() {
      return DATA_FILES.map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `data/${file}`, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head' as const,
      }));
    },
    generateBundle() {
      for (const path of listDataFiles(dataDir)) {
        const fileName = `data/${relative(dataDir, path).split(sep).join('/')}`;
        this.emitFile({ type: 'asset', fileName, source: readFileSync(path) });
      }
    },
  };
}
