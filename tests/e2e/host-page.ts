/**
 * A stand-in for a newsroom's article page, on its own origin (another port), that embeds
 * the built story. Pages are plain HTML strings; pym.js comes from npm, as a newsroom would
 * host it.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const PYM = readFileSync(createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.min.js'), 'utf8');

export interface HostServer {
  origin: string;
  /** Serves `html` at `path` (and scripts at their own paths). */
  page(path: string, body: string, type?: string): void;
  close(): Promise<void>;
}

export async function startHostServer(port: number): Promise<HostServer> {
  const pages = new Map<string, { body: string; type: string }>([['/pym.v1.min.js', { body: PYM, type: 'text/javascript' }]]);
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const page = pages.get(path);
    if (!page) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': `${page.type}; charset=utf-8`, 'Cache-Control': 'no-store' }).end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    page: (path, body, type = 'text/html') => pages.set(path, { body, type }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** An article around the embed: text above and below, a column of a newsroom's width. */
export function articlePage(embed: string, scripts = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host article</title></head>
<body style="margin:0;font-family:serif"><article style="max-width:930px;margin:0 auto;padding:0 10px">
<h1>A newsroom's article</h1><p>Paragraph before the graphic.</p>
${embed}
<p id="after">Paragraph after the graphic.</p></article>${scripts}</body></html>`;
}
