// The viewer's HTTP server: /api/* over a GraphStore and the built sigma.js app from dist/viewer.
// In: a GraphStore, the dist directory, host and port. Out: a listening node:http server.
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { KgError } from '../../graph/errors.ts';
import type { GraphStore } from '../../graph/store.ts';
import { type CypherRunner, createApi } from './api.ts';
import { createGuard } from './guard.ts';
import { HttpError, sendError, sendJson, setSecurityHeaders } from './http.ts';
import { serveStatic } from './static.ts';

export interface ViewerServerOptions {
  store: GraphStore;
  distDir: string;
  cypher?: CypherRunner | null;
  log?: (line: string) => void;
  /** Host names the server answers to besides 127.0.0.1, localhost and ::1 (what `--host` names). */
  hosts?: string[];
}

const KG_STATUS: Partial<Record<KgError['code'], number>> = {
  NOT_FOUND: 404,
  INVALID_ARGUMENT: 400,
  INPUT_INVALID: 400,
  STORE_READONLY: 403,
  QUERY_REFUSED: 403,
  STORE_UNAVAILABLE: 503,
};

export function createViewerServer({ store, distDir, cypher, log = () => {}, hosts }: ViewerServerOptions): Server {
  const api = createApi({ store, cypher });
  const guard = createGuard({ hosts });
  return createServer(async (req, res) => {
    setSecurityHeaders(res);
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      sendError(res, 400, 'Invalid URL');
      return;
    }
    // Every request, static or API, passes the guard first (guard.ts): new endpoints need nothing more.
    const refusal = guard(req, url.pathname);
    if (refusal) {
      req.resume();
      sendError(res, refusal.status, refusal.message);
      return;
    }
    try {
      if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
        sendJson(res, 200, await api(req, url));
      } else if (req.method === 'GET' || req.method === 'HEAD') {
        await serveStatic(distDir, url.pathname, res, req.method === 'HEAD');
      } else {
        sendError(res, 405, `Method ${req.method} not allowed`);
      }
    } catch (err) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (err instanceof HttpError) return sendError(res, err.status, err.message);
      if (err instanceof KgError) {
        const status = KG_STATUS[err.code] ?? 500;
        if (status === 500) log(`error: ${err.message}`);
        return sendError(res, status, err.message);
      }
      log(`error: ${req.method} ${url.pathname}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      sendError(res, 500, 'Internal error (see the server log)');
    }
  });
}

/** Listens on host:port (port 0 = any free port) and resolves with the bound address. */
export function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}
