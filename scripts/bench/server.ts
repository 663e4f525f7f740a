/**
 * A small static file server for the benchmark: gzip for text, the right content types,
 * 127.0.0.1 on a port the OS picks, and a lifetime bound so a crashed run cannot leave it
 * listening. Written here rather than `vite preview` so what readers download (gzip, no
 * dev middleware) is the same for the app and its peers.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Types a real host would compress; binary formats are already compressed. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg', '.txt', '.map']);

/** One response as the server wrote it: bytes on the wire (status line, headers, body). */
export interface ServedRequest {
  path: string;
  bytes: number;
  /** Wall-clock ms (performance.timeOrigin + performance.now()) when the last byte was written. */
  finishedAt: number;
}

export interface StaticServer {
  origin: string;
  /** Every response so far, oldest first; the benchmark reads the slice for its run. */
  served: ServedRequest[];
  close: () => Promise<void>;
}

/** Serves `root` until `close()` or until `lifetimeMs` has passed, whichever is first. */
export async function serveStatic(root: string, lifetimeMs = 90 * 60_000): Promise<StaticServer> {
  const base = resolve(root);
  // Files are served many times per benchmark; compress each once.
  const gzipCache = new Map<string, Buffer>();
  const served: ServedRequest[] = [];

  const server: Server = createServer(async (request, response) => {
    // Keep-alive sockets carry many responses, so count this one's share of the socket.
    const socket = request.socket;
    const bytesBefore = socket.bytesWritten;
    response.on('finish', () => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      served.push({ path, bytes: socket.bytesWritten - bytesBefore, finishedAt: performance.timeOrigin + performance.now() });
    });
    try {
      const path = resolvePath(base, request.url ?? '/');
      if (!path) return send(response, 403, 'forbidden');
      const file = await findFile(path);
      if (!file) return send(response, 404, 'not found');
      const ext = extname(file).toLowerCase();
      const body = await readFile(file);
      response.setHeader('Content-Type', CONTENT_TYPES[ext] ?? 'application/octet-stream');
      response.setHeader('Cache-Control', 'no-cache');
      const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      if (COMPRESSIBLE.has(ext) && acceptsGzip) {
        let gz = gzipCache.get(file);
        if (!gz) gzipCache.set(file, (gz = gzipSync(body, { level: 6 })));
        response.setHeader('Content-Encoding', 'gzip');
        response.setHeader('Vary', 'Accept-Encoding');
        response.end(gz);
      } else {
        response.end(body);
      }
    } catch (error) {
      send(response, 500, String(error));
    }
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((done) => {
      clearTimeout(timer);
      server.closeAllConnections();
      server.close(() => done());
    });
  const timer = setTimeout(() => void close(), lifetimeMs);
  timer.unref(); // the lifetime is a safety net, not a reason to keep Node alive
  return { origin: `http://127.0.0.1:${port}`, served, close };
}

/** The file under `base` that a URL names, or null when the URL tries to leave it. */
function resolvePath(base: string, url: string): string | null {
  const pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  const path = normalize(join(base, pathname));
  return path === base || path.startsWith(base + sep) ? path : null;
}

/** The path itself, or its index.html when it is a folder. */
async function findFile(path: string): Promise<string | null> {
  const info = await stat(path).catch(() => null);
  if (info?.isFile()) return path;
  if (info?.isDirectory()) {
    const index = join(path, 'index.html');
    if ((await stat(index).catch(() => null))?.isFile()) return index;
  }
  return null;
}

function send(response: import('node:http').ServerResponse, status: number, text: string): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.end(text);
}
