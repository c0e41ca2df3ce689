// Viewer benchmark: a generated graph of 20,000 nodes and 50,000 edges served by the real viewer server and
// drawn in headless Chromium (the full view), or, with --articles N, the actor view of N generated articles
// loaded into a real embedded store (the server folds them with actorGraph). Prints time to the first drawn
// frame, frame times while a real mouse drags and wheel-zooms, the full-redraw time, hover/filter latency per
// run, and the load average. Never asserts.
// Run: npm run bench:viewer [-- --nodes 20000 --edges 50000 --runs 3]   or   [-- --articles 10000 --runs 3]
// or [-- --seeds]; add --compare <other dist/viewer> to alternate runs between this build and another, page by
// page under the same load (timings on a shared machine move with the load; the ratio is what to read).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { type Browser, type Page, chromium } from 'playwright-core';

import { EmbeddedStore } from '../graph/embedded/store.ts';
import { NotFoundError } from '../graph/errors.ts';
import type { GraphEdge, GraphNode, GraphStore, Subgraph } from '../graph/store.ts';
import { createViewerServer, listen } from '../viewer/server/app.ts';
import { ensureBuilt } from '../viewer/server/build.ts';
import { LIMITS } from '../viewer/server/params.ts';
import { newsArticles } from './news-graph.ts';
import { mulberry32 } from './rng.ts';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '20000' },
    edges: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '3' },
    /** Frames of the scripted full-redraw measure. */
    frames: { type: 'string', default: '12' },
    /** The actor view of this many generated articles in a real embedded store, instead of the full view. */
    articles: { type: 'string' },
    /** The actor view of the sample articles (samples/, ingested with the real `kg ingest`). */
    seeds: { type: 'boolean', default: false },
    /** Another built viewer (e.g. a copy of dist/viewer before a change): runs alternate between the two. */
    compare: { type: 'string' },
    /** A built viewer to serve instead of dist/viewer (e.g. a copy of an older build, to compare). */
    dist: { type: 'string' },
    /** Only serve the generated graph (to look at it in a browser); no measurement. */
    serve: { type: 'boolean', default: false },
  },
});
const N = Number(values.nodes);
const E = Number(values.edges);
const RUNS = Number(values.runs);
const ARTICLES = values.articles ? Number(values.articles) : null;
const SEEDS = values.seeds;
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** A real embedded store holding `n` generated articles (a temporary file, removed at exit). */
async function articleStore(n: number): Promise<{ store: EmbeddedStore; cleanup: () => void }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-bench-viewer-'));
  const store = new EmbeddedStore(path.join(dir, 'graph.json'));
  await store.init();
  const t = performance.now();
  for (const a of newsArticles(n)) await store.loadArticle(a);
  const stats = await store.stats();
  const count = (r: Record<string, number>) => Object.values(r).reduce((x, y) => x + y, 0);
  const nodes = ['Article', 'Actor', 'Claim', 'Incident'].reduce((x, l) => x + (stats.nodes[l] ?? 0), 0);
  console.log(
    `loaded ${n} generated articles in ${((performance.now() - t) / 1000).toFixed(1)} s: ${nodes} nodes, ${count(stats.relationships)} relationships`,
  );
  const f = performance.now();
  const folded = await store.actorGraph({ limit: 80 });
  console.log(
    `actorGraph (server side, first call): ${(performance.now() - f).toFixed(0)} ms, ${folded.total} actors with links, ${folded.edges.length} links among the top 80`,
  );
  return { store, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Clustered graph with laid-out positions (as after ForceAtlas2), the model's labels and edge types. */
function generate(n: number, m: number): Subgraph {
  const rand = mulberry32(42);
  const kinds: Array<[string[], string]> = [
    [['Actor', 'Person'], 'person'],
    [['Actor', 'State'], 'state'],
    [['Actor', 'Organization'], 'organization'],
    [['Claim'], ''],
    [['Incident'], ''],
  ];
  const clusters = Math.max(1, Math.round(n / 400));
  const centers = Array.from({ length: clusters }, () => [rand() * 1000, rand() * 1000] as const);
  const nodes: GraphNode[] = [];
  for (let i = 0; i < n; i++) {
    const c = centers[i % clusters]!;
    const [labels, kind] = kinds[Math.floor(rand() * kinds.length)]!;
    const r = Math.sqrt(rand()) * 40;
    const a = rand() * Math.PI * 2;
    nodes.push({
      id: `n${i}`,
      labels,
      props: { id: `n${i}`, name: `Node ${i}`, kind, x: c[0] + r * Math.cos(a), y: c[1] + r * Math.sin(a) },
    });
  }
  const types = ['CLAIMS', 'DENIES', 'RELAYED', 'ATTACKED', 'MET_WITH', 'SUPPORTS', 'MEMBER_OF', 'ABOUT'];
  const edges: GraphEdge[] = [];
  for (let i = 0; i < m; i++) {
    const s = Math.floor(rand() * n);
    // Mostly inside the cluster, some long-range edges.
    const t = rand() < 0.85 ? (s + clusters * Math.floor(rand() * 30 + 1)) % n : Math.floor(rand() * n);
    edges.push({
      key: `e${i}`,
      type: types[i % types.length]!,
      source: `n${s}`,
      target: `n${t}`,
      props: { article: 'bench' },
    });
  }
  return { nodes, edges, truncated: false };
}

/** A read-only in-memory store over the generated graph: the server needs only its subgraph. */
function benchStore(graph: Subgraph): GraphStore {
  const none = async () => {
    throw new NotFoundError('not available in the benchmark store');
  };
  return {
    kind: 'embedded',
    init: async () => {},
    hasArticle: async () => false,
    loadArticle: none,
    findActors: async () => new Map(),
    findClaims: async () => [],
    findIncidents: async () => [],
    stats: async () => ({ nodes: { Actor: graph.nodes.length }, relationships: {} }),
    getNode: async (id) => graph.nodes.find((x) => x.id === id) ?? null,
    subgraph: async (o = {}) => ({ ...graph, nodes: graph.nodes.slice(0, o.limit ?? 5000) }),
    neighborhood: async () => ({ nodes: [], edges: [], truncated: false }),
    shortestPath: none,
    search: async () => [],
    trace: async () => ({ claims: [] }),
    storedArticles: async function* () {},
    actorMentions: async () => [],
    clear: none,
    actorGraph: async () => ({ nodes: [], edges: [], total: 0, truncated: false }),
    close: async () => {},
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : NaN;
};
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

/** A real embedded store holding the sample articles, ingested by the real CLI (extraction included). */
async function seedStore(root: string): Promise<{ store: EmbeddedStore; cleanup: () => void }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-bench-seeds-'));
  const file = path.join(dir, 'graph.json');
  execFileSync(
    process.execPath,
    [path.join(root, 'bin', 'kg.mjs'), 'ingest', '--no-progress', '--data', file, 'samples'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const store = new EmbeddedStore(file);
  await store.init();
  return { store, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `first`: the first drawn frame; `edges`: when the edges were on screen too (later when a huge graph draws nodes first). */
type Row = { first: number; edges: number; moving: number[]; full: number[]; hover: number[]; filter: number[] };

/** One page load and its measures: first frame, frames while moving, full redraw, hover and filter latency. */
async function measurePage(browser: Browser, url: string, expected: number, settle: boolean): Promise<Row> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    // tsx keeps function names with a `__name` helper that does not exist inside the page.
    await page.addInitScript('window.__name = (f) => f;');
    await page.goto(url);
    await page.waitForFunction(() => window.__kg?.firstFrameMs != null || window.__kg?.error, null, {
      timeout: 180_000,
    });
    const ff = await page.evaluate(() => window.__kg.error ?? window.__kg.firstFrameMs!);
    if (typeof ff === 'string') throw new Error(`viewer failed: ${ff}`);
    await page.waitForFunction(() => window.__kg.ready, null, { timeout: 180_000 });
    // An older build (--compare) has no edgesFrameMs: its first frame had the edges.
    const edges = await page.evaluate(() => window.__kg.edgesFrameMs ?? window.__kg.firstFrameMs!);
    const drawn = await page.evaluate(() => {
      const s = window.__kg.view!.sigma;
      return s.getGraph().filterNodes((n) => !s.getNodeDisplayData(n)!.hidden).length;
    });
    if (drawn < expected) throw new Error(`only ${drawn} nodes are drawn`);
    // Every edge the filters pass is drawn (a huge graph adds its edges after the first frame).
    const edgeCount = await page.evaluate(() => {
      const v = window.__kg.view!;
      const shown = v.sigma.getGraph().filterEdges((e) => !v.sigma.getEdgeDisplayData(e)!.hidden).length;
      return { shown, visible: v.state.visibility.edges.size };
    });
    if (edgeCount.shown !== edgeCount.visible || (!settle && !edgeCount.shown))
      throw new Error(`${edgeCount.shown} edges drawn, ${edgeCount.visible} pass the filters`);
    // The actor view lays itself out after the first frame, then fits the camera (an animation): measure the
    // moves on the settled picture.
    if (settle) {
      await page.evaluate(() => window.__kg.stopLayout());
      await page.waitForTimeout(1_000);
    }
    return { first: ff, edges, ...(await measureMoves(page)) };
  } finally {
    await page.close();
  }
}

async function measureMoves(page: Page): Promise<Omit<Row, 'first' | 'edges'>> {
  // 1) Real input. A frame counts when sigma rendered in it while the camera was moving; its time is
  //    from that frame's start to the next frame's start (which waits for the GPU to finish it).
  await page.evaluate(() => {
    const view = window.__kg.view!;
    const w = window as unknown as { __rec: { ticks: number[]; rendered: boolean[]; on: boolean } };
    const rec = (w.__rec = { ticks: [] as number[], rendered: [] as boolean[], on: true });
    view.sigma.on('afterRender', () => {
      if (view.moving() && rec.rendered.length) rec.rendered[rec.rendered.length - 1] = true;
    });
    const tick = (t: number) => {
      rec.ticks.push(t);
      rec.rendered.push(false);
      if (rec.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const box = (await page.locator('#graph').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const drag = async (dx: number, dy: number) => {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + dx, cy + dy, { steps: 25 });
    await page.mouse.up();
    await page.waitForTimeout(400); // the inertia animation, then the resting frame
  };
  const wheel = async (dy: number, times: number) => {
    for (let z = 0; z < times; z++) {
      await page.mouse.move(cx + 40 * z, cy - 30 * z);
      await page.mouse.wheel(0, dy);
      await page.waitForTimeout(120);
    }
    await page.waitForTimeout(400);
  };
  await drag(220, 140); // the whole graph in view
  await wheel(-120, 4); // zoom in
  await drag(-260, -100);
  await wheel(-120, 3);
  await drag(180, -160);
  await wheel(120, 7); // back out
  await drag(-150, 120);
  const moving = await page.evaluate(() => {
    const rec = (window as unknown as { __rec: { ticks: number[]; rendered: boolean[]; on: boolean } }).__rec;
    rec.on = false;
    const out: number[] = [];
    for (let i = 0; i + 1 < rec.ticks.length; i++) if (rec.rendered[i]) out.push(rec.ticks[i + 1]! - rec.ticks[i]!);
    return out;
  });

  // 2) Full redraw: a new camera state every frame while sigma does not consider it moving, so every
  //    frame draws edges, labels and the picking layer (what the resting frame after a move costs).
  await page.evaluate(() => window.__kg.view!.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }));
  await page.waitForTimeout(300);
  const full = await page.evaluate(async (FRAMES) => {
    const camera = window.__kg.view!.sigma.getCamera();
    const deltas: number[] = [];
    let last = 0;
    await new Promise<void>((done) => {
      let i = 0;
      const step = (t: number) => {
        if (last) deltas.push(t - last);
        last = t;
        const s = camera.getState();
        camera.setState({
          x: s.x + 0.003 * Math.cos(i / 5),
          y: s.y + 0.003 * Math.sin(i / 5),
          ratio: s.ratio * 0.98,
        });
        if (++i <= FRAMES) requestAnimationFrame(step);
        else done();
      };
      requestAnimationFrame(step);
    });
    return deltas;
  }, Number(values.frames));

  // 3) Hover and filter latency: from the event to the frame after the one that shows it.
  const hover = await page.evaluate(async () => {
    const { sigma, graph } = window.__kg.view!;
    const node = graph.nodes()[Math.floor(graph.order / 2)]!;
    const times: number[] = [];
    for (const ev of ['enterNode', 'leaveNode', 'enterNode', 'leaveNode'] as const) {
      const t = performance.now();
      sigma.emit(ev, { node } as never);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      times.push(performance.now() - t);
    }
    return times;
  });
  const filter: number[] = [];
  const claims = page.locator('#filter-edge-CLAIMS');
  for (const checked of (await claims.count()) ? [false, true] : []) {
    const t0 = await page.evaluate(() => performance.now());
    await claims.setChecked(checked);
    filter.push(
      await page.evaluate(
        (t) =>
          new Promise<number>((r) =>
            requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now() - t))),
          ),
        t0,
      ),
    );
  }

  return { moving, full, hover, filter };
}

const fmt = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, p95 ${pct(xs, 0.95).toFixed(1)} ms`;

async function main(): Promise<void> {
  const root = path.resolve(import.meta.dirname, '..');
  const distDir = values.dist ? path.resolve(values.dist) : path.join(root, 'dist', 'viewer');
  if (!values.dist) await ensureBuilt(root, distDir, (l) => console.error(l));
  const real = SEEDS ? await seedStore(root) : ARTICLES ? await articleStore(ARTICLES) : null;
  const store = real ? real.store : benchStore(generate(N, E));
  // The server caps a snapshot at LIMITS.graphNodes: a larger generated graph is drawn capped, as a user sees it.
  const limit = Math.min(N, LIMITS.graphNodes);
  const page0 = real ? '/' : `/?view=full&limit=${limit}`;
  const builds = [{ name: 'this build', dir: distDir }];
  if (values.compare) builds.push({ name: 'compared', dir: path.resolve(values.compare) });
  const servers = builds.map((b) => createViewerServer({ store, distDir: b.dir }));
  const ports: number[] = [];
  for (const server of servers)
    ports.push((await listen(server, values.serve ? 5190 + ports.length : 0, '127.0.0.1')).port);
  if (values.serve) {
    ports.forEach((port, i) => console.log(`serving ${builds[i]!.name} on http://127.0.0.1:${port}${page0}`));
    return;
  }
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    // The e2e tests' flags. --enable-unsafe-swiftshader is Chromium's documented opt-in for software WebGL
    // (SwiftShader) when there is no GPU (required since Chromium 139 outside headless); it changes nothing
    // about speed here.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--enable-unsafe-swiftshader',
    ],
  });
  const what = SEEDS
    ? 'actor view of the sample articles'
    : real
      ? `actor view of ${ARTICLES} articles`
      : `full view, ${N} nodes, ${E} edges${limit < N ? ` (drawn capped at ${limit} nodes)` : ''}`;
  console.log(
    `viewer bench: ${what}, ${RUNS} runs${builds.length > 1 ? ' per build, alternating' : ''}, Chromium ${browser.version()} (no GPU: software WebGL, SwiftShader); load average ${loadavg()}`,
  );
  const rows = builds.map(() => [] as Row[]);
  try {
    for (let run = 1; run <= RUNS; run++)
      for (let b = 0; b < builds.length; b++) {
        // Alternate which build goes first, so neither always meets the same moment of the load.
        const i = run % 2 === 0 ? builds.length - 1 - b : b;
        const r = await measurePage(
          browser,
          `http://127.0.0.1:${ports[i]}${page0}`,
          real ? 1 : limit * 0.9,
          Boolean(real),
        );
        rows[i]!.push(r);
        console.log(
          `run ${run} ${builds[i]!.name}: first frame ${r.first.toFixed(0)} ms${r.edges > r.first + 1 ? ` (nodes; edges on screen at ${r.edges.toFixed(0)} ms)` : ''}; moving frames ${fmt(r.moving)} (${r.moving.length} frames); ` +
            `full redraw median ${median(r.full).toFixed(0)} ms; hover ${median(r.hover).toFixed(0)} ms; filter ${median(r.filter).toFixed(0)} ms; load average ${loadavg()}`,
        );
      }
  } finally {
    await browser.close();
    for (const server of servers) server.close();
    real?.cleanup();
  }
  builds.forEach((b, i) => {
    const rs = rows[i]!;
    const first = rs.map((r) => r.first);
    const moving = rs.flatMap((r) => r.moving);
    console.log(
      `${b.name} (${path.relative(root, b.dir) || b.dir}), ${rs.length} runs: first frame ${fmt(first)} (target ≤ 3000); ` +
        `edges on screen ${fmt(rs.map((r) => r.edges))}; ` +
        `frame while panning/zooming, all runs' frames: ${fmt(moving)} (target ≤ 50); ` +
        `full redraw ${median(rs.flatMap((r) => r.full)).toFixed(0)} ms; hover ${median(rs.flatMap((r) => r.hover)).toFixed(0)} ms; ` +
        `filter ${median(rs.flatMap((r) => r.filter)).toFixed(0)} ms; load average ${loadavg()}`,
    );
  });
}

await main();
