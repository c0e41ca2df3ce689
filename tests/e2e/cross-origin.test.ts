// Another origin attacks the Cypher console of `kg serve --neo4j` in real Chromium: a page on a second local server
// (another port) posts LOAD CSV with fetch as text/plain, by a text/plain form, and as JSON (preflighted), and a
// rebinding name (resolved to 127.0.0.1 by Chromium's resolver rules) tries it same-origin. A local listener that
// LOAD CSV would hit must get nothing, and every attack request must stop at the guard (its status says so).
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Neo4jStore } from '../../graph/neo4j/store.ts';
import { type Listener, startListener } from '../integration/listener.ts';
import { neo4jConnection, openNeo4jStore, resetNeo4j } from '../integration/neo4j.ts';
import { type App, startApp } from './harness.ts';

let app: App;
let store: Neo4jStore;
let listener: Listener;
let attacker: Server;
let attackerUrl: string;
let browser: Browser;
const kgPort = () => new URL(app.url).port;

const attackPage = (kg: string, csv: string) => {
  const body = JSON.stringify({ query: `LOAD CSV FROM '${csv}/leak.csv' AS row RETURN row` });
  // A text/plain form sends "name=value": the name carries the JSON up to a string the value closes.
  const name = body.slice(0, -1) + ',"pad":"';
  return `<!doctype html><html><body>
<form id="f" method="POST" action="${kg}/api/cypher" enctype="text/plain" target="sink">
<input name='${name.replace(/'/g, '&#39;')}' value='"}'></form><iframe name="sink"></iframe>
<script>
window.attack = async () => {
  const out = [];
  const tries = [
    () => fetch('${kg}/api/cypher', { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: ${JSON.stringify(body)} }),
    () => fetch('${kg}/api/cypher', { method: 'POST', mode: 'no-cors', body: new Blob([${JSON.stringify(body)}]) }),
    () => fetch('${kg}/api/cypher', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: ${JSON.stringify(body)} }),
  ];
  for (const t of tries) out.push(await t().then((r) => r.type + ' ' + r.status, (e) => 'blocked: ' + e.message));
  document.getElementById('f').submit();
  return out;
};
</script></body></html>`;
};

beforeAll(async () => {
  store = await openNeo4jStore();
  await resetNeo4j(store);
  listener = await startListener();
  app = await startApp([], { neo4j: neo4jConnection() });
  attacker = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' }).end(attackPage(app.url, listener.url));
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--host-resolver-rules=MAP rebind.test 127.0.0.1',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  attacker?.close();
  await app?.stop();
  await listener?.close();
  await store?.close();
});

/**
 * Status of every request the page sent to the kg server's console, read from Chromium's network log (CDP): a
 * cross-origin response is blocked from the page (CORP), but the browser still records what the server answered.
 */
async function consoleStatuses(page: Page): Promise<() => number[]> {
  // Chromium may report a response's raw headers before the request itself: join the two by id when read.
  const urls = new Map<string, string>();
  const statuses = new Map<string, number>();
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) =>
    urls.set(e.requestId, e.request.url),
  );
  cdp.on('Network.responseReceivedExtraInfo', (e: { requestId: string; statusCode: number }) =>
    statuses.set(e.requestId, e.statusCode),
  );
  await cdp.send('Network.enable');
  return () => [...statuses].filter(([id]) => urls.get(id)?.endsWith('/api/cypher')).map(([, status]) => status);
}

describe('console attacked from another origin', () => {
  it('a page on another port gets nothing through: fetch text/plain, a form post, a preflighted JSON post', async () => {
    const page = await browser.newPage();
    const statuses = await consoleStatuses(page);
    await page.goto(attackerUrl);
    const results = await page.evaluate(() => (window as unknown as { attack: () => Promise<string[]> }).attack());
    await page.waitForResponse(
      (r) => r.url().endsWith('/api/cypher') && r.request().postData()?.includes('pad') === true,
    );
    // The two no-cors posts, the JSON post's preflight (OPTIONS) and the form all reached the server and were
    // refused by the Origin check (403) before any route; the JSON post itself never left the browser.
    expect(results).toEqual(['blocked: Failed to fetch', 'blocked: Failed to fetch', 'blocked: Failed to fetch']);
    // Chromium may report the last status after the response event above: wait for all four.
    await expect.poll(() => statuses(), { timeout: 10_000 }).toEqual([403, 403, 403, 403]);
    expect(listener.hits).toEqual([]);
    await page.close();
  });

  it('a rebinding name for 127.0.0.1 is refused, page and console alike', async () => {
    const page = await browser.newPage();
    const statuses = await consoleStatuses(page);
    const res = await page.goto(`http://rebind.test:${kgPort()}/`);
    expect(res?.status()).toBe(403);
    // Same-origin from the rebinding name, so the browser lets the JSON post go: the Host check stops it.
    const status = await page.evaluate(async () => {
      const r = await fetch('/api/cypher', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: 'MATCH (n) RETURN count(n)' }),
      });
      return r.status;
    });
    expect(status).toBe(403);
    await expect.poll(() => statuses(), { timeout: 10_000 }).toEqual([403]);
    expect(listener.hits).toEqual([]);
    await page.close();
  });

  it('its own page runs reads but not LOAD CSV, and the listener still gets nothing', async () => {
    const page = await app.newPage();
    const call = (query: string) =>
      page.evaluate(async (q) => {
        const r = await fetch('/api/cypher', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ query: q }),
        });
        return { status: r.status, body: (await r.json()) as { error?: string; rows?: unknown[] } };
      }, query);
    expect(await call('RETURN 1 AS one')).toEqual({
      status: 200,
      body: expect.objectContaining({ rows: [{ one: 1 }] }),
    });
    const load = await call(`LOAD CSV FROM '${listener.url}/own.csv' AS row RETURN row`);
    expect(load.status).toBe(403);
    expect(load.body.error).toMatch(/LOAD CSV is not allowed/);
    expect(listener.hits).toEqual([]);
    await page.close();
  });
});
