// End-to-end harness: ingests articles with the real CLI into a temporary embedded store (or a given Neo4j),
// starts `kg serve` on a free port and opens real headless Chromium. In: input paths. Out: a running app.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { type Browser, type Page, chromium } from 'playwright-core';

import { loadConfig } from '../../graph/config.ts';
import type { ArticleInput } from '../../graph/model.ts';
import type { Neo4jConnection } from '../../graph/neo4j/store.ts';
import { openStore } from '../../graph/open.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The in-repo sample articles (samples/): the seed pages and the team's own wire stories. */
export { SAMPLES } from '../fixtures/samples.ts';
const KG = path.join(ROOT, 'bin', 'kg.mjs');
const run = promisify(execFile);

export interface App {
  url: string;
  /** The embedded store's file; null on Neo4j. */
  dataFile: string | null;
  browser: Browser;
  newPage(search?: string): Promise<Page>;
  stop(): Promise<void>;
}

export interface AppOptions {
  /** Ingest into and serve from this Neo4j database (the caller empties it first) instead of an embedded file. */
  neo4j?: Neo4jConnection;
  /** Ready extractions (test fixtures) loaded straight into the store before the inputs are ingested. */
  articles?: ArticleInput[];
}

export async function startApp(inputs: string[], options: AppOptions = {}): Promise<App> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-e2e-'));
  const { neo4j } = options;
  const dataFile = neo4j ? null : path.join(dir, 'graph.json');
  const env = neo4j
    ? {
        ...process.env,
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password,
        NEO4J_DATABASE: neo4j.database ?? '',
      }
    : { ...process.env, KG_DATA: dataFile!, NEO4J_URI: '' };
  const store = neo4j ? ['--neo4j'] : ['--data', dataFile!];
  if (options.articles?.length) {
    const direct = await openStore(loadConfig({ neo4j: Boolean(neo4j), dataFile: dataFile ?? undefined }, env));
    try {
      for (const a of options.articles) await direct.loadArticle(a);
    } finally {
      await direct.close();
    }
  }
  if (inputs.length)
    await run(process.execPath, [KG, 'ingest', '--no-progress', ...store, ...inputs], { cwd: ROOT, env }).catch(
      async (err) => {
        // Ingest exits 1 when one input fails; the rest still loads, and the tests check what is there.
        if (!(err as { stdout?: string }).stdout) throw err;
      },
    );
  const server: ChildProcess = spawn(process.execPath, [KG, 'serve', '--port', '0', ...store], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`kg serve did not start: ${err}`)), 120_000);
    server.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    server.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    server.on('exit', (code) => reject(new Error(`kg serve exited with ${code}: ${err}`)));
  });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  return {
    url,
    dataFile,
    browser,
    async newPage(search = '') {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(`${url}/${search}`);
      await page.waitForFunction(() => window.__kg?.ready === true || Boolean(window.__kg?.error), null, {
        timeout: 60_000,
      });
      const error = await page.evaluate(() => window.__kg.error);
      if (error) throw new Error(`viewer failed to load: ${error}`);
      return page;
    },
    async stop() {
      await browser.close();
      server.kill('SIGTERM');
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Counts pixels of the graph area that differ from the white background, from a real screenshot. */
export async function drawnPixels(page: Page): Promise<number> {
  const png = (await page.locator('#graph').screenshot()).toString('base64');
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 240 || data[i + 1]! < 240 || data[i + 2]! < 240) n++;
    return n;
  }, png);
}

/** Stops the layout and waits out the fit animation that follows it, so the camera and node positions hold still
 * (a camera set or a point read while the fit runs would be overwritten). */
export const settleLayout = (page: Page): Promise<void> =>
  page.evaluate(async () => {
    window.__kg.stopLayout();
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    await frame();
    await frame();
    while (window.__kg.view!.sigma.getCamera().isAnimated()) await frame();
  });
