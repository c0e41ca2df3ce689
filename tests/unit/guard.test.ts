// The viewer's request guard through a real server on the embedded store, with raw HTTP requests (a browser
// cannot choose its Host header; a rebinding page or a curl can): Host allow-list, same-origin, JSON bodies.
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { createViewerServer, listen } from '../../viewer/server/app.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kg-guard-'));
let server: Server;
let store: EmbeddedStore;
let port: number;
beforeAll(async () => {
  store = new EmbeddedStore(path.join(dir, 'graph.json'));
  await store.init();
  // A runner that records calls: whether a refused request ever got past the guard to the console.
  server = createViewerServer({
    store,
    distDir: dir,
    hosts: ['kg.internal'],
    cypher: async () => {
      calls++;
      return { columns: [], rows: [], nodes: [], edges: [], truncated: false };
    },
  });
  port = (await listen(server, 0, '127.0.0.1')).port;
});
afterAll(async () => {
  server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});
let calls = 0;

function send(
  method: string,
  pathname: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; error?: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path: pathname, headers, setHost: false }, (res) => {
      let data = '';
      res.on('data', (d: Buffer) => (data += d.toString()));
      res.on('end', () => {
        let error: string | undefined;
        try {
          error = (JSON.parse(data) as { error?: string }).error;
        } catch {
          error = undefined;
        }
        resolve({ status: res.statusCode!, error });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const here = () => `127.0.0.1:${port}`;
const query = JSON.stringify({ query: 'MATCH (n) RETURN n LIMIT 1' });
const json = { 'Content-Type': 'application/json' };

describe('viewer request guard', () => {
  it('refuses a Host it does not answer to, on every path (DNS rebinding)', async () => {
    for (const host of ['evil.example:80', `attacker.test:${port}`, `127.0.0.1.evil.example:${port}`, '']) {
      expect((await send('GET', '/api/stats', { Host: host })).status, host).toBe(403);
      expect((await send('GET', '/', { Host: host })).status, host).toBe(403);
      expect((await send('POST', '/api/cypher', { Host: host, ...json }, query)).status, host).toBe(403);
    }
    for (const host of [here(), `localhost:${port}`, `[::1]:${port}`, 'kg.internal:5173', 'LOCALHOST'])
      expect((await send('GET', '/api/stats', { Host: host })).status, host).toBe(200);
    expect(calls).toBe(0);
  });

  it('takes Cypher only as JSON from its own origin or from a client that is no browser', async () => {
    const cases: Array<[Record<string, string>, number]> = [
      [{ 'Content-Type': 'text/plain' }, 415],
      [{ 'Content-Type': 'application/x-www-form-urlencoded' }, 415],
      [{ 'Content-Type': 'multipart/form-data; boundary=x' }, 415],
      [{}, 415],
      [{ ...json, Origin: 'http://attacker.test:8000' }, 403],
      [{ ...json, Origin: `http://127.0.0.1:${port + 1}` }, 403],
      [{ ...json, Origin: 'null' }, 403],
      [{ ...json, 'Sec-Fetch-Site': 'cross-site' }, 403],
      [{ ...json, 'Sec-Fetch-Site': 'same-site' }, 403],
    ];
    for (const [headers, status] of cases)
      expect(
        (await send('POST', '/api/cypher', { Host: here(), ...headers }, query)).status,
        JSON.stringify(headers),
      ).toBe(status);
    expect(calls).toBe(0);
    // Its own page (same origin) and a script without Origin (curl, kg) get through.
    const ok: Array<Record<string, string>> = [
      { ...json, Origin: `http://${here()}`, 'Sec-Fetch-Site': 'same-origin' },
      { 'Content-Type': 'application/json; charset=utf-8' },
    ];
    for (const headers of ok)
      expect((await send('POST', '/api/cypher', { Host: here(), ...headers }, query)).status).toBe(200);
    expect(calls).toBe(2);
  });

  it('refuses a cross-site GET of the console and lets ordinary reads through', async () => {
    expect((await send('GET', '/api/cypher', { Host: here(), Origin: 'http://attacker.test' })).status).toBe(403);
    expect((await send('GET', '/api/stats', { Host: here(), 'Sec-Fetch-Site': 'cross-site' })).status).toBe(200);
  });
});

describe('console parameters', () => {
  it('refuses params nested past 32 levels with a 400, not a stack overflow', async () => {
    const before = calls;
    const deep = `{"query":"RETURN $p","params":{"p":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`;
    const res = await send('POST', '/api/cypher', { Host: here(), ...json }, deep);
    expect(res).toEqual({ status: 400, error: 'Invalid parameter `params`: is nested too deeply (at most 32 levels)' });
    expect(calls).toBe(before);
  });
});
