// The scale benchmark on Neo4j (issue #13): a generated corpus of N articles (bench/corpus.ts) extracted once and
// cached, then loaded through the real loader (graph/load.ts: resolve, link, write) one article per transaction
// and in batches, with wall time, articles/s, client and server CPU, peak RSS, disk; re-ingest of the unchanged
// corpus, `kg stats`, `kg trace` median/p95, the viewer's first loads (/api/graph, /api/actors, /api/node on a hub)
// through a real `kg serve`, and the CSV export + the printed neo4j-admin import, timed.
// Usage (a scratch database: it is emptied!):
//   NEO4J_URI=bolt://127.0.0.1:7791 npx tsx bench/scale.ts --articles 1000 --neo4j-data /tmp/kg-scale-neo4j \
//     [--batches 1,50] [--workers 2] [--skip serve,import,trace] [--digest] [--profile]
// --digest prints a digest of every node and relationship after each load (the same digest: the same graph).
// --profile runs every write statement with PROFILE and prints its db hits per article (a diagnostic: slower).
// Out: lines on stdout and a JSON summary in /tmp/kg-scale/result-<N>.json (docs/scale-plot.ts draws them).
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';

import neo4j from 'neo4j-driver';

import { exportGraph } from '../cli/export/index.ts';
import { loadConfig } from '../graph/config.ts';
import { ingest } from '../graph/load.ts';
import { Neo4jStore } from '../graph/neo4j/store.ts';
import { WRITE_PREFIX } from '../graph/neo4j/write.ts';
import { ExtractPool } from '../ingest/budget/pool.ts';
import { readInputs } from '../ingest/sources/index.ts';
import type { SourceDoc } from '../ingest/types.ts';
import { ensureBuilt } from '../scripts/neo4j/launch.ts';
import { corpus } from './corpus.ts';
import { mulberry32 } from './rng.ts';
import { arg } from './args.ts';

const N = Number(arg('articles', '1000'));
const BATCHES = arg('batches', '1,50').split(',').map(Number);
const WORKERS = Number(arg('workers', '2'));
const SKIP = new Set(arg('skip', '').split(','));
const DATA = arg('neo4j-data', '/tmp/kg-scale-neo4j');
const DIR = arg('dir', '/tmp/kg-scale');
mkdirSync(DIR, { recursive: true });
const corpusFile = path.join(DIR, `corpus-${N}.jsonl`);
const cacheFile = path.join(DIR, `extractions-${N}.jsonl`);
const result: Record<string, unknown> = { articles: N, started: new Date().toISOString() };
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const log = (line: string) => console.log(`${line}   [load ${load()}]`);
const ms = (t: number) => performance.now() - t;

/** The Neo4j server's process: pid from the launcher's pid file, CPU seconds and RSS from /proc. */
function server(): { pid: number; cpu: () => number; rss: () => { now: number; peak: number } } {
  const pid = Number(readFileSync(path.join(DATA, 'kg-neo4j.pid'), 'utf8').trim());
  const hz = 100;
  return {
    pid,
    cpu: () => {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(f[11]) + Number(f[12])) / hz;
    },
    rss: () => {
      const s = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? 0) / 1024;
      return { now: kb('VmRSS'), peak: kb('VmHWM') };
    },
  };
}

async function makeCorpus(): Promise<void> {
  if (existsSync(corpusFile)) return;
  const out = createWriteStream(corpusFile);
  for (const r of corpus(N)) if (!out.write(`${JSON.stringify(r)}\n`)) await new Promise((ok) => out.once('drain', ok));
  await new Promise((ok) => out.end(ok));
}

/** The corpus is one JSON-lines file, over kg's 20 MB input limit from ~5,000 articles on: read without it. */
const SOURCES = { maxBytes: Number.MAX_SAFE_INTEGER };

async function docs(): Promise<SourceDoc[]> {
  const out: SourceDoc[] = [];
  for await (const item of readInputs([corpusFile], SOURCES)) {
    if (item instanceof Error) throw item;
    out.push(item);
  }
  return out;
}

/** Extracts every article once on the worker pool (kept in cacheFile); times extraction alone. */
async function extractions(all: SourceDoc[]): Promise<Map<string, unknown>> {
  const byText = new Map<string, unknown>();
  if (existsSync(cacheFile)) {
    for (const line of readFileSync(cacheFile, 'utf8').split('\n').filter(Boolean)) {
      const { text, x } = JSON.parse(line) as { text: string; x: unknown };
      byText.set(text, x);
    }
    return byText;
  }
  const pool = new ExtractPool({ workers: WORKERS });
  const t = performance.now();
  const xs = await Promise.all(all.map((d) => pool.run(d)));
  await pool.close();
  const s = ms(t) / 1000;
  log(
    `extract ${all.length} articles on ${WORKERS} workers: ${s.toFixed(1)} s, ${(all.length / s).toFixed(1)} articles/s`,
  );
  result.extract = { workers: WORKERS, seconds: s };
  writeFileSync(cacheFile, all.map((d, i) => JSON.stringify({ text: d.text, x: xs[i] })).join('\n') + '\n');
  all.forEach((d, i) => byText.set(d.text, xs[i]));
  return byText;
}

/** Extraction alone on `k` articles with 1 and then 2 workers, in one run (the ratio is what counts). */
async function workersRatio(all: SourceDoc[], k = 40): Promise<void> {
  const rates: number[] = [];
  for (const workers of [1, 2]) {
    const pool = new ExtractPool({ workers });
    await Promise.all(all.slice(0, workers).map((d) => pool.run(d))); // every worker started and warm
    const t = performance.now();
    await Promise.all(all.slice(2, k + 2).map((d) => pool.run(d)));
    rates.push(k / (ms(t) / 1000));
    await pool.close();
  }
  log(
    `extract ${k} articles: 1 worker ${rates[0]!.toFixed(2)}/s, 2 workers ${rates[1]!.toFixed(2)}/s, ratio ${(rates[1]! / rates[0]!).toFixed(2)}`,
  );
  result.workers = { k, one: rates[0], two: rates[1] };
}

const du = () =>
  Number(
    execFileSync('du', ['-sb', path.join(DATA, 'data')])
      .toString()
      .split('\t')[0],
  ) /
  2 ** 20;

/** Time spent in each store call during a load (calls overlap: writes run behind linking). */
function timeCalls(store: Neo4jStore): Record<string, { ms: number; calls: number }> {
  const out: Record<string, { ms: number; calls: number }> = {};
  const target = store as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
  for (const m of ['hasArticle', 'findMany', 'findClaims', 'findIncidents', 'loadArticle', 'loadArticles']) {
    const f = target[m]!.bind(store);
    const t = (out[m] = { ms: 0, calls: 0 });
    target[m] = async (...a: unknown[]) => {
      const t0 = performance.now();
      try {
        return await f(...a);
      } finally {
        t.ms += ms(t0);
        t.calls++;
      }
    };
  }
  return out;
}

/**
 * Statements sent per kind (the first words of the Cypher, numbers dropped) with the time each took from send to
 * its records: statements of one transaction are pipelined, so times overlap. Reset by each call.
 */
const statements: Record<string, { ms: number; n: number; hits?: number }> = {};
const ManagedTx = (neo4j as unknown as { ManagedTransaction: { prototype: { run: (...a: unknown[]) => unknown } } })
  .ManagedTransaction.prototype;
const sendStatement = ManagedTx.run;
/** --profile: each write statement (WRITE_PREFIX) runs with PROFILE, its db hits summed per kind (slower: a diagnostic). */
const PROFILE = process.argv.includes('--profile');
type Plan = { dbHits: number; children: Plan[] };
const dbHits = (p: Plan): number => p.dbHits + p.children.reduce((n, c) => n + dbHits(c), 0);
ManagedTx.run = function (this: unknown, ...a: unknown[]) {
  const profiled = PROFILE && String(a[0]).startsWith(WRITE_PREFIX);
  const kind = String(a[0])
    .replace(/\s+/g, ' ')
    .replace(/^CYPHER replan=skip (UNWIND \$rows AS row )?/, '')
    .slice(0, profiled ? 110 : 60);
  if (profiled) a[0] = `PROFILE ${String(a[0])}`;
  const t0 = performance.now();
  const res = sendStatement.apply(this, a) as PromiseLike<unknown>;
  const then = res.then.bind(res);
  (res as { then: unknown }).then = (ok?: (v: unknown) => unknown, no?: (e: unknown) => unknown) =>
    then((v) => {
      const s = (statements[kind] ??= { ms: 0, n: 0, hits: 0 });
      s.ms += ms(t0);
      s.n++;
      const plan = (v as { summary?: { profile?: Plan | false } }).summary?.profile;
      if (profiled && plan) s.hits! += dbHits(plan);
      return ok ? ok(v) : v;
    }, no);
  return res;
};

/** The first `k` articles of the corpus as a file of their own (the batch-size comparison runs on them). */
function firstArticles(k: number): string {
  if (k >= N) return corpusFile;
  const file = path.join(DIR, `corpus-${N}-first-${k}.jsonl`);
  const lines = readFileSync(corpusFile, 'utf8').split('\n').slice(0, k);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/**
 * A digest of every node and relationship with its properties (ingestedAt and the stored extraction left out), so
 * runs of different code or batch sizes can be compared: the same digests, the same graph.
 */
async function digest(store: Neo4jStore): Promise<string> {
  const all = { limit: 10_000_000, maxBytes: 2 ** 31, timeoutMs: 600_000 };
  const nodes = await store.readQuery(
    `MATCH (n) WITH n ORDER BY n.id RETURN n.id, labels(n), [k IN keys(n) WHERE k <> 'ingestedAt' AND k <> 'extraction' | [k, n[k]]]`,
    all,
  );
  const rels = await store.readQuery(
    'MATCH (s)-[r]->(t) WITH s, r, t ORDER BY r.key, type(r) RETURN r.key, type(r), s.id, t.id, [k IN keys(r) | [k, r[k]]]',
    all,
  );
  const norm = (rows: unknown[][]) =>
    rows.map((r) =>
      JSON.stringify([
        ...r.slice(0, -1),
        (r.at(-1) as unknown[][]).sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)),
      ]),
    );
  const hash = (x: string[]) => createHash('sha256').update(x.join('\n')).digest('hex').slice(0, 16);
  const [n, r] = [norm(nodes.rows), norm(rels.rows)];
  return `nodes ${n.length} ${hash(n)}, relationships ${r.length} ${hash(r)}`;
}

async function loads(store: Neo4jStore, byText: Map<string, unknown>): Promise<void> {
  const srv = server();
  const extract = (d: SourceDoc) => byText.get(d.text);
  const runs: Record<string, unknown>[] = [];
  const k = Number(arg('compare', String(N)));
  const plan = [
    ...BATCHES.map((batch) => ({ batch, file: firstArticles(k) })),
    { batch: BATCHES.at(-1)!, file: corpusFile },
  ];
  if (k >= N || SKIP.has('full')) plan.pop();
  for (const { batch, file } of plan) {
    await store.clear();
    const calls = timeCalls(store);
    for (const k of Object.keys(statements)) delete statements[k];
    (globalThis as Record<string, unknown>).kgWaits = { n: 0 };
    const [c0, s0, t] = [process.cpuUsage(), srv.cpu(), performance.now()];
    const summary = await ingest([file], store, { extract, batch, sources: SOURCES });
    const wall = ms(t) / 1000;
    const client = process.cpuUsage(c0);
    const run = {
      batch,
      articles: summary.loaded + summary.failed,
      loaded: summary.loaded,
      failed: summary.failed,
      seconds: wall,
      perSecond: summary.loaded / wall,
      clientCpu: (client.user + client.system) / 1e6,
      serverCpu: srv.cpu() - s0,
      serverRssMb: srv.rss(),
      clientPeakRssMb: process.resourceUsage().maxRSS / 1024,
      diskMb: du(),
      calls,
      statements: { ...statements },
      waits: (globalThis as Record<string, unknown>).kgWaits,
      load: load(),
    };
    runs.push(run);
    log(
      `load batch ${batch}: ${summary.loaded} articles (${summary.failed} failed) in ${wall.toFixed(1)} s, ` +
        `${run.perSecond.toFixed(1)}/s; CPU client ${run.clientCpu.toFixed(1)} s, server ${run.serverCpu.toFixed(1)} s; ` +
        `disk ${run.diskMb.toFixed(0)} MB; server RSS ${run.serverRssMb.now.toFixed(0)} MB; calls ${JSON.stringify(calls)}; waits ${JSON.stringify(run.waits)}`,
    );
    for (const [k, v] of Object.entries(statements).sort((a, b) => b[1].ms - a[1].ms))
      console.log(
        `  ${String(v.n).padStart(6)} × ${(v.ms / 1000).toFixed(1).padStart(6)} s` +
          `${PROFILE ? ` ${String(Math.round((v.hits ?? 0) / summary.loaded)).padStart(6)} db hits/article` : ''}  ${k}`,
      );
    const sent = Object.values(statements).reduce((n, v) => n + v.n, 0);
    const hits = Object.values(statements).reduce((n, v) => n + (v.hits ?? 0), 0);
    log(
      `${(sent / summary.loaded).toFixed(2)} statements/article` +
        (PROFILE ? `, write statements ${Math.round(hits / summary.loaded)} db hits/article` : ''),
    );
    if (process.argv.includes('--digest')) log(`graph ${await digest(store)}`);
  }
  result.loads = runs;
  if (SKIP.has('reingest')) return;
  const t = performance.now();
  const again = await ingest([corpusFile], store, { extract, sources: SOURCES });
  result.reingest = { seconds: ms(t) / 1000, unchanged: again.unchanged };
  log(`re-ingest unchanged: ${again.unchanged} unchanged in ${(ms(t) / 1000).toFixed(1)} s`);
  const t2 = performance.now();
  const stats = await store.stats();
  result.stats = { ms: ms(t2), ...stats };
  log(`kg stats: ${ms(t2).toFixed(0)} ms: ${JSON.stringify(stats)}`);
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]!;

async function traces(store: Neo4jStore): Promise<void> {
  const names = (await store.readQuery('MATCH (a:Actor) WHERE NOT a.anonymous RETURN a.name ORDER BY a.id')).rows.map(
    (r) => String(r[0]),
  );
  const hubs = (
    await store.readQuery('MATCH (a:Actor) RETURN a.name ORDER BY COUNT { (a)--() } DESC LIMIT 10')
  ).rows.map((r) => String(r[0]));
  const rand = mulberry32(5);
  const picks = [...hubs, ...Array.from({ length: 40 }, () => names[Math.floor(rand() * names.length)]!)];
  for (const a of picks.slice(0, 5)) await store.trace({ actor: a });
  const times: number[] = [];
  for (const actor of picks) {
    const t = performance.now();
    await store.trace({ actor });
    times.push(ms(t));
  }
  result.trace = { n: times.length, median: quantile(times, 0.5), p95: quantile(times, 0.95) };
  log(
    `kg trace, ${times.length} actors (10 hubs): median ${quantile(times, 0.5).toFixed(0)} ms, p95 ${quantile(times, 0.95).toFixed(0)} ms`,
  );
}

/** A real `kg serve --neo4j`: the first request of each endpoint after start, time and bytes. */
async function serve(store: Neo4jStore): Promise<void> {
  const hub = (await store.readQuery('MATCH (a:Actor) RETURN a.id ORDER BY COUNT { (a)--() } DESC LIMIT 1'))
    .rows[0]![0];
  const port = 7900 + Math.floor(Math.random() * 50);
  const child = spawn(process.execPath, ['bin/kg.mjs', 'serve', '--neo4j', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/api/config`)).ok) break;
      } catch {
        if (i > 600) throw new Error('kg serve did not start');
      }
      await new Promise((ok) => setTimeout(ok, 200));
    }
    const out: Record<string, unknown> = {};
    for (const [name, url] of [
      ['graph', '/api/graph?format=columns'],
      ['actors', '/api/actors'],
      ['node', `/api/node/${encodeURIComponent(String(hub))}`],
      ['neighborhood', `/api/neighborhood/${encodeURIComponent(String(hub))}`],
    ] as const) {
      const t = performance.now();
      const res = await fetch(base + url);
      const body = await res.arrayBuffer();
      out[name] = { ms: ms(t), bytes: body.byteLength, status: res.status };
      log(`${url.slice(0, 40)}: ${res.status}, ${ms(t).toFixed(0)} ms, ${(body.byteLength / 1024).toFixed(0)} KB`);
    }
    result.serve = { hub, ...out };
  } finally {
    child.kill('SIGTERM');
  }
}

/** `kg export --format csv` and the neo4j-admin import command it prints, into a fresh home, timed. */
async function csvImport(store: Neo4jStore): Promise<void> {
  const dir = path.join(DIR, `csv-${N}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  let t = performance.now();
  const { csv, nodes, edges } = await exportGraph(store, { format: 'csv', dir: path.join(dir, 'csv') });
  const exportS = ms(t) / 1000;
  const home = path.join(dir, 'neo4j');
  mkdirSync(home);
  t = performance.now();
  const script = `neo4j-admin() { java -Xmx512m -cp "$KG_CP" org.neo4j.cli.AdminTool "$@"; }\n${csv!.command}\n`;
  execFileSync('bash', ['-c', script], { env: { ...process.env, KG_CP: ensureBuilt(), NEO4J_HOME: home } });
  const importS = ms(t) / 1000;
  result.csv = { nodes, edges, exportS, importS };
  log(
    `CSV export ${nodes} nodes, ${edges} relationships: ${exportS.toFixed(1)} s; neo4j-admin import ${importS.toFixed(1)} s`,
  );
  rmSync(dir, { recursive: true, force: true });
}

await makeCorpus();
const all = await docs();
log(
  `corpus: ${all.length} articles, ${(all.reduce((n, d) => n + d.text.length, 0) / all.length / 1024).toFixed(1)} KB each`,
);
if (!SKIP.has('workers')) await workersRatio(all);
const byText = await extractions(all);
const store = new Neo4jStore(loadConfig({ neo4j: true }).neo4j);
try {
  await store.init();
  if (!SKIP.has('load')) await loads(store, byText);
  if (!SKIP.has('trace')) await traces(store);
  if (!SKIP.has('serve')) await serve(store);
  if (!SKIP.has('import')) await csvImport(store);
} finally {
  await store.close();
  writeFileSync(path.join(DIR, `result-${N}.json`), JSON.stringify(result, null, 2));
}
