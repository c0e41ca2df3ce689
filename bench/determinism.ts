// Whether `kg ingest` gives the same graph whatever the timing: loads one corpus several times into a fresh store
// (embedded or Neo4j), each time with other timing, and prints a digest of every node and relationship (the
// articles' ingestedAt and stored extraction left out, and null properties, which Neo4j does not store) after each.
// The same digest: the same graph. A variant is a token: b<n> articles per write batch (the loader's batched path;
// the embedded store given a loadArticles that writes them in order, as graph/neo4j does in one transaction),
// d<ms> each batch's write waits a random 0..ms first (seeded), w<n> extraction workers (else extracted once, in
// this thread), g<ms> the embedded commit group's time limit, s<ms> the main thread busy that long after each article.
// Run: npx tsx bench/determinism.ts <inputs...> [--store embedded|neo4j] [--variants "b1 b20 b7d300 b20d300w2 g0"]
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';

import { loadConfig } from '../graph/config.ts';
import { EmbeddedStore } from '../graph/embedded/store.ts';
import { ingest } from '../graph/load.ts';
import type { ArticleInput } from '../graph/model.ts';
import type { GraphStore } from '../graph/store.ts';
import { extract } from '../ingest/extract.ts';
import type { SourceDoc } from '../ingest/types.ts';
import { arg } from './args.ts';
import { mulberry32 } from './rng.ts';

interface Variant {
  name: string;
  batch: number;
  delay: number;
  workers: number;
  groupMs: number;
  busy: number;
}

const inputs = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
const kind = arg('store', 'embedded');
const variants: Variant[] = arg('variants', 'b1 b20 b7d300 g0s20w2')
  .split(/\s+/)
  .filter(Boolean)
  .map((name) => {
    const n = (c: string, d: number) => Number(new RegExp(`${c}(\\d+)`).exec(name)?.[1] ?? d);
    return { name, batch: n('b', 1), delay: n('d', 0), workers: n('w', 0), groupMs: n('g', 2000), busy: n('s', 0) };
  });
const work = mkdtempSync(path.join(tmpdir(), 'kg-determinism-'));
const extracted = new Map<string, unknown>();
const cached = (doc: SourceDoc) => extracted.get(doc.text) ?? extracted.set(doc.text, extract(doc)).get(doc.text);

/** A fresh store for one variant: a new embedded file, or the configured Neo4j emptied. */
async function open(v: Variant, i: number): Promise<GraphStore & { digest(): Promise<string> }> {
  if (kind === 'neo4j') {
    const { Neo4jStore } = await import('../graph/neo4j/store.ts');
    const store = new Neo4jStore(loadConfig({ neo4j: true }).neo4j);
    await store.init();
    await store.clear();
    return Object.assign(store, { digest: () => neo4jDigest(store) });
  }
  const file = path.join(work, `${i}.db`);
  const store = new EmbeddedStore(file, { write: true, groupCommits: { ms: v.groupMs } });
  await store.init();
  return Object.assign(store, { digest: () => embeddedDigest(store) });
}

/** The embedded store writes one article per call: batches are written in order, as one Neo4j transaction is. */
function batched(store: GraphStore, v: Variant, rand: () => number): void {
  const one = store.loadArticle.bind(store);
  const many = store.loadArticles?.bind(store);
  if (v.batch > 1 || v.delay)
    store.loadArticles = async (batch: ArticleInput[]) => {
      if (v.delay) await new Promise((ok) => setTimeout(ok, rand() * v.delay));
      if (many) return many(batch);
      const out = [];
      for (const a of batch) out.push(await one(a));
      return out;
    };
}

const withoutNulls = (p: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(p)
      .filter(([k, v]) => v !== null && k !== 'ingestedAt' && k !== 'extraction')
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
const dump = arg('dump', '');
let dumped = 0;
/** The lines' hash; with --dump <prefix>, the lines also go to <prefix>-<n>.txt (to diff two variants). */
const hash = (lines: string[]) => {
  const text = lines.sort().join('\n');
  if (dump) writeFileSync(`${dump}-${dumped++}.txt`, text);
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
};

async function embeddedDigest(store: EmbeddedStore): Promise<string> {
  const g = store.graph();
  const nodes: string[] = [];
  const rels: string[] = [];
  g.forEachNode((id, a) => nodes.push(JSON.stringify([id, a.labels, withoutNulls(a.props)])));
  g.forEachEdge((key, a, s, t) => rels.push(JSON.stringify([key, a.type, s, t, withoutNulls(a.props)])));
  return `nodes ${nodes.length} ${hash(nodes)}, relationships ${rels.length} ${hash(rels)}`;
}

async function neo4jDigest(store: import('../graph/neo4j/store.ts').Neo4jStore): Promise<string> {
  const all = { limit: 10_000_000, maxBytes: 2 ** 31, timeoutMs: 600_000 };
  const nodes = await store.readQuery(`MATCH (n) RETURN n.id, labels(n), properties(n)`, all);
  const rels = await store.readQuery('MATCH (s)-[r]->(t) RETURN r.key, type(r), s.id, t.id, properties(r)', all);
  const line = (r: unknown[]) =>
    JSON.stringify(r.map((x) => (x && typeof x === 'object' && !Array.isArray(x) ? withoutNulls(x as never) : x)));
  const n = nodes.rows.map((r) => line([r[0], [...(r[1] as string[])].sort(), r[2]]));
  const e = rels.rows.map(line);
  return `nodes ${n.length} ${hash(n)}, relationships ${e.length} ${hash(e)}`;
}

for (const [i, v] of variants.entries()) {
  const store = await open(v, i);
  batched(store, v, mulberry32(i + 1));
  const t0 = performance.now();
  const summary = await ingest(inputs, store, {
    batch: v.batch,
    ...(v.workers ? { budget: { workers: v.workers } } : { extract: cached }),
    onProgress: () => {
      const until = performance.now() + v.busy;
      while (performance.now() < until); // the main thread held up, as under load
    },
  });
  const s = (performance.now() - t0) / 1000;
  const digest = await store.digest();
  await store.close();
  const load = loadavg()[0]!.toFixed(1);
  console.log(
    `${v.name.padEnd(12)} ${summary.loaded} loaded ${summary.failed} failed ${s.toFixed(1)} s load ${load}: ${digest}`,
  );
}
rmSync(work, { recursive: true, force: true });
