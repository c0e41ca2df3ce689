// Viewer benchmark: a generated graph of 20,000 nodes and 50,000 edges served by the real viewer
// server and drawn in headless Chromium. Prints time to first drawn frame and frame times while
// panning and zooming (requestAnimationFrame deltas), over several runs. Never asserts timings.
// Run: npm run bench:viewer [-- --nodes 20000 --edges 50000 --runs 3 --frames 30]
import path from 'node:path';
import { parseArgs } from 'node:util';

import { chromium } from 'playwright-core';

import { NotFoundError } from '../graph/errors.ts';
import type { GraphEdge, GraphNode, GraphStore, Subgraph } from '../graph/store.ts';
import { createViewerServer, listen } from '../viewer/server/app.ts';
import { ensureBuilt } from '../viewer/server/build.ts';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '20000' },
    edges: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '3' },
    frames: { type: 'string', default: '30' },
    /** Only serve the generated graph (to look at it in a browser); no measurement. */
    serve: { type: 'boolean', default: false },
  },
});
const N = Number(values.nodes);
const E = Number(values.edges);
const RUNS = Number(values.runs);

/** Deterministic PRNG, so every run draws the same graph. */
function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
    stats: async () => ({ nodes: { Actor: graph.nodes.length }, relationships: {} }),
    getNode: async (id) => graph.nodes.find((x) => x.id === id) ?? null,
    subgraph: async (o = {}) => ({ ...graph, nodes: graph.nodes.slice(0, o.limit ?? 5000) }),
    neighborhood: async () => ({ nodes: [], edges: [], truncated: false }),
    search: async () => [],
    trace: async () => ({ claims: [] }),
    close: async () => {},
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : NaN;
};
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

async function main(): Promise<void> {
  const root = path.resolve(import.meta.dirname, '..');
  const distDir = path.join(root, 'dist', 'viewer');
  await ensureBuilt(root, distDir, (l) => console.error(l));
  const graph = generate(N, E);
  const server = createViewerServer({ store: benchStore(graph), distDir });
  const { port } = await listen(server, values.serve ? 5190 : 0, '127.0.0.1');
  if (values.serve) {
    console.log(`serving the generated graph on http://127.0.0.1:${port}/?limit=${N}`);
    return;
  }
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  console.log(
    `viewer bench: ${N} nodes, ${E} edges, ${RUNS} runs, Chromium ${browser.version()} (software WebGL, --disable-gpu)`,
  );
  const first: number[] = [];
  const scripted: number[] = [];
  const mouse: number[] = [];
  try {
    for (let run = 1; run <= RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      // tsx keeps function names with a `__name` helper that does not exist inside the page.
      await page.addInitScript('window.__name = (f) => f;');
      await page.goto(`http://127.0.0.1:${port}/?limit=${N}`);
      await page.waitForFunction(() => window.__kg?.firstFrameMs != null || window.__kg?.error, null, {
        timeout: 120_000,
      });
      const ff = await page.evaluate(() => window.__kg.firstFrameMs!);
      console.error(`run ${run}: first frame after ${ff.toFixed(0)} ms`);
      await page.waitForFunction(() => window.__kg.ready, null, { timeout: 120_000 });

      // 1) Scripted camera: a new camera state every frame, so every frame redraws nodes, edges and labels.
      const frames = await page.evaluate(async (FRAMES) => {
        const camera = window.__kg.view!.sigma.getCamera();
        const deltas: number[] = [];
        let last = 0;
        await new Promise<void>((done) => {
          let i = 0;
          const step = (t: number) => {
            if (last) deltas.push(t - last);
            last = t;
            const s = camera.getState();
            const zoomIn = Math.floor(i / 40) % 2 === 0;
            camera.setState({
              x: s.x + 0.004 * Math.cos(i / 10),
              y: s.y + 0.004 * Math.sin(i / 10),
              ratio: s.ratio * (zoomIn ? 0.97 : 1.03),
            });
            if (++i < FRAMES) requestAnimationFrame(step);
            else done();
          };
          requestAnimationFrame(step);
        });
        return deltas;
      }, Number(values.frames));

      // 2) Real input: drag to pan and wheel to zoom, as a user does (edges hide while moving).
      await page.evaluate(() => {
        const w = window as unknown as { __frames: number[]; __last: number; __on: boolean };
        w.__frames = [];
        w.__last = 0;
        w.__on = true;
        const tick = (t: number) => {
          if (w.__last) w.__frames.push(t - w.__last);
          w.__last = t;
          if (w.__on) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      const box = (await page.locator('#graph').boundingBox())!;
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      for (let k = 0; k < 2; k++) {
        await page.mouse.move(cx, cy);
        await page.mouse.down();
        await page.mouse.move(cx + 200, cy + 120, { steps: 10 });
        await page.mouse.up();
        for (let z = 0; z < 4; z++) await page.mouse.wheel(0, k % 2 ? 120 : -120);
        await page.waitForTimeout(150);
      }
      const real = await page.evaluate(() => {
        const w = window as unknown as { __frames: number[]; __on: boolean };
        w.__on = false;
        return w.__frames;
      });
      first.push(ff);
      scripted.push(median(frames));
      mouse.push(median(real));
      console.log(
        `run ${run}: first frame ${ff.toFixed(0)} ms; scripted pan/zoom median ${median(frames).toFixed(1)} ms (p90 ${pct(frames, 0.9).toFixed(1)}, ${frames.length} frames); mouse pan/zoom median ${median(real).toFixed(1)} ms (p90 ${pct(real, 0.9).toFixed(1)}, ${real.length} frames)`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(
    `median over runs: first frame ${median(first).toFixed(0)} ms (target ≤ 3000), scripted frame ${median(scripted).toFixed(1)} ms, mouse frame ${median(mouse).toFixed(1)} ms (target ≤ 50)`,
  );
}

await main();
