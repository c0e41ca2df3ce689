// Serves the built viewer (dist/viewer) safely: no path traversal, no directory listing.
// In: a URL path. Out: the file with its content type, or index.html for app routes.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Resolves a URL path inside `root`, or null when it escapes it. Decoding happens once, and the
 * resolved path must stay under root, so `..`, `%2e%2e` and absolute paths are all refused.
 */
export function resolveStatic(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rel = path.posix.normalize(`/${decoded}`).replace(/^\/+/, '');
  const file = path.resolve(root, rel || 'index.html');
  const base = path.resolve(root);
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  return file;
}

/** Serves a static file; unknown paths without an extension fall back to index.html (app routes). */
export async function serveStatic(root: string, urlPath: string, res: ServerResponse, head = false): Promise<void> {
  let file = resolveStatic(root, urlPath);
  if (!file) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad path');
    return;
  }
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = path.join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info && !path.extname(file)) {
    file = path.join(root, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info || !info.isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  // Hashed assets can be cached forever; index.html must be re-read so a rebuild shows up.
  const cache = file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': info.size, 'Cache-Control': cache });
  if (head) {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}
