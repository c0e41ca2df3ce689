// Benchmark (not a test): generates N synthetic articles' graph records (default 100,000; a few thousand
// actors, relayed and shared claims), loads them into the embedded store and, when NEO4J_URI is set, into
// Neo4j with batched UNWIND; then times trace() for random actors and claims. Prints median and p95.
// Run: npm run bench:trace   (env: BENCH_ARTICLES, BENCH_RUNS, BENCH_NEO4J_ARTICLES, BENCH_SKIP_EMBEDDED=1, NEO4J_URI; Neo4j must be a scratch database)
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { EmbeddedStore } from '../graph/embedded/store.ts';
import { type GraphRecords, type NodeRecord, articleIdFor, toGraphRecords } from '../graph/model.ts';
import { internalRelProps, searchKey } from '../graph/neo4j/keys.ts';
import { Neo4jStore } from '../graph/neo4j/store.ts';
import { Extraction, type ExtractionInput } from '../graph/schema.ts';
import type { GraphStore, TraceQuery } from '../graph/store.ts';
import { mulberry32 } from './rng.ts';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const NEO4J_ARTICLES = Number(process.env.BENCH_NEO4J_ARTICLES ?? ARTICLES);

const rand = mulberry32(42);
const int = (n: number) => Math.floor(rand() * n);
/** Zipf-like pick (s≈1): a few actors and outlets are everywhere, most appear rarely, as in news. */
const zipf = (n: number) => Math.min(n - 1, Math.floor(Math.exp(rand() * Math.log(n + 1))) - 1);

const WORDS = (
  'army strike talks ceasefire militants convoy border meeting envoy minister troops airbase province rebels ' +
  'sanctions negotiations delegation officials intelligence offensive shelling withdrawal agreement city villages ' +
  'oil fields aid corridor refugees casualties drones missiles base checkpoint government opposition coalition'
).split(' ');

interface Actor {
  id: string;
  name: string;
  kind: 'person' | 'state' | 'organization' | 'group' | 'outlet';
  anonymous: boolean;
}
const actors: Actor[] = [];
const addActors = (n: number, kind: Actor['kind'], prefix: string, anonymous = false) => {
  for (let i = 0; i < n; i++)
    actors.push({ id: `${prefix}-${i}`, name: `${prefix[0]!.toUpperCase()}${prefix.slice(1)} ${i}`, kind, anonymous });
};
addActors(2000, 'person', 'person');
addActors(120, 'state', 'state');
addActors(500, 'organization', 'org');
addActors(150, 'group', 'group');
addActors(200, 'group', 'sources', true);
addActors(200, 'outlet', 'outlet');
const actorById = new Map(actors.map((a) => [a.id, a]));
const speakers = actors.filter((a) => a.kind !== 'outlet');
const outlets = actors.filter((a) => a.kind === 'outlet');
const relays = [...outlets, ...actors.filter((a) => a.anonymous)];
/** Widely carried stories: the same claim text in many articles (cross-article claims). */
const stories = Array.from(
  { length: 20_000 },
  (_, i) => `${Array.from({ length: 8 }, () => WORDS[int(WORDS.length)]).join(' ')} story ${i}`,
);

function article(i: number): { extraction: Extraction; text: string } {
  const outlet = outlets[zipf(outlets.length)]!;
  const date = `${2015 + int(10)}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`;
  const sentences: string[] = [`Article ${i} from ${outlet.name}`];
  const used = new Map<string, Actor>([[outlet.id, outlet]]);
  const claims: ExtractionInput['claims'] = [];
  let offset = sentences[0]!.length + 1;
  const nClaims = 3 + int(4);
  for (let c = 0; c < nClaims; c++) {
    const speaker = speakers[zipf(speakers.length)]!;
    const via =
      rand() < 0.3
        ? Array.from({ length: 1 + zipf(3) }, () => relays[int(relays.length)]!).filter((v) => v.id !== speaker.id)
        : [];
    const content =
      rand() < 0.15
        ? stories[zipf(stories.length)]!
        : `${Array.from({ length: 10 }, () => WORDS[int(WORDS.length)]).join(' ')} ${i}-${c}`;
    const cue = rand() < 0.15 ? 'denied' : rand() < 0.1 ? 'confirmed' : 'said';
    const sentence = `${speaker.name} ${cue} that ${content}.`;
    const at = (s: string): [number, number] => [offset + sentence.indexOf(s), offset + sentence.indexOf(s) + s.length];
    for (const a of [speaker, ...via]) used.set(a.id, a);
    claims.push({
      id: `c${c}`,
      speaker: speaker.id,
      stance: cue === 'denied' ? 'denies' : cue === 'confirmed' ? 'confirms' : 'claims',
      text: content,
      via: [...new Set(via.map((v) => v.id))],
      about: [speakers[zipf(speakers.length)]!.id].filter(
        (id) => used.has(id) || (used.set(id, actorById.get(id)!), true),
      ),
      evidence: { cue: at(cue), source: at(speaker.name), content: at(content) },
    });
    sentences.push(sentence);
    offset += sentence.length + 1;
  }
  const text = sentences.join('\n');
  const extraction = Extraction.parse({
    article: {
      id: articleIdFor(text),
      source: `bench/${i}.txt`,
      title: sentences[0],
      publishedAt: date,
      outlet: outlet.id,
    },
    actors: [...used.values()].map((a) => ({ ...a, aliases: [], mentions: [] })),
    claims,
  });
  return { extraction, text };
}

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return `median ${q(0.5).toFixed(2)} ms, p95 ${q(0.95).toFixed(2)} ms, max ${s[s.length - 1]!.toFixed(2)} ms (${s.length} runs)`;
}

async function timeTraces(name: string, store: GraphStore, claimIds: string[], present: Actor[]) {
  const pick = <T>(xs: T[]) => xs[int(xs.length)]!;
  const sets: Record<string, () => TraceQuery> = {
    'actor (random)': () => ({ actor: pick(present).name }),
    'actor (top-20 hub)': () => ({ actor: `Person ${int(20)}` }),
    // The same query over and over: the biggest hub, so its median is the worst case, not an average.
    'actor (Person 0)': () => ({ actor: 'Person 0' }),
    'claim (random)': () => ({ claimId: pick(claimIds) }),
  };
  // The first trace of an actor builds its index entries on embedded (graph/embedded/trace-index.ts): a one-shot `kg trace`.
  const cold = performance.now();
  await store.trace({ actor: 'Person 0' });
  console.log(
    `${name.padEnd(9)} first trace of Person 0 (cold: builds its index entries on embedded) ${(performance.now() - cold).toFixed(0)} ms`,
  );
  for (const [label, make] of Object.entries(sets)) {
    for (let i = 0; i < 20; i++) await store.trace(make()); // warm-up: JIT, caches, query plans
    const ms: number[] = [];
    let claims = 0;
    let slowest = { ms: 0, q: {} as TraceQuery };
    for (let i = 0; i < RUNS; i++) {
      const q = make();
      const t0 = performance.now();
      const r = await store.trace(q);
      const took = performance.now() - t0;
      ms.push(took);
      if (took > slowest.ms) slowest = { ms: took, q };
      claims += r.claims.length;
    }
    if (process.env.BENCH_VERBOSE) console.log(`  slowest: ${JSON.stringify(slowest)}`);
    console.log(
      `${name.padEnd(9)} trace ${label.padEnd(19)} ${stats(ms)}; ${(claims / RUNS).toFixed(1)} claims/answer`,
    );
  }
}

/** Both stores must give the same answers on the big graph too, where Neo4j walks articles for hubs. */
async function compareStores(a: GraphStore, b: GraphStore, claimIds: string[]) {
  const queries: TraceQuery[] = [];
  for (const limit of [1, 5, 25, 200]) for (const i of [0, 1, 7, 19]) queries.push({ actor: `Person ${i}`, limit });
  for (const name of ['Outlet 0', 'Outlet 11', 'Sources 3', 'Org 40', 'State 2', 'Group 100', 'Person 1999'])
    queries.push({ actor: name }, { actor: name, limit: 3 });
  for (let i = 0; i < 20; i++) queries.push({ claimId: claimIds[int(claimIds.length)]! });
  let same = 0;
  for (const q of queries) {
    const [x, y] = [await a.trace(q), await b.trace(q)];
    if (JSON.stringify(x) === JSON.stringify(y)) same++;
    else console.log(`  stores differ on ${JSON.stringify(q)}`);
  }
  console.log(`stores agree on ${same} of ${queries.length} traces (hubs, outlets, relays, claims; limits 1-200)`);
}

async function loadNeo4j(store: Neo4jStore, records: GraphRecords[]) {
  const labelOf = new Map<string, NodeRecord>();
  for (const r of records) for (const n of [r.article, ...r.nodes]) if (!labelOf.has(n.id)) labelOf.set(n.id, n);
  const batch = <T>(xs: T[], n: number) =>
    Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));
  const byLabel = new Map<string, NodeRecord[]>();
  for (const n of labelOf.values()) {
    const k = n.subLabel ? `${n.label}:${n.subLabel}` : n.label;
    const list = byLabel.get(k);
    if (list) list.push(n);
    else byLabel.set(k, [n]);
  }
  for (const [labels, nodes] of byLabel) {
    for (const rows of batch(nodes, 5000)) {
      const label = labels.split(':')[0]!;
      await store.writeQuery(`UNWIND $rows AS r CREATE (n:${labels}) SET n = r.props`, {
        rows: rows.map((n) => ({ props: { ...n.props, searchKey: searchKey(label, n.props) } })),
      });
    }
  }
  console.log(`neo4j: ${labelOf.size} nodes created in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const groups = new Map<string, Array<{ s: string; t: string; props: Record<string, unknown> }>>();
  for (const r of records) {
    for (const rel of r.rels) {
      const k = `${labelOf.get(rel.source)!.label}|${rel.type}|${labelOf.get(rel.target)!.label}`;
      const list = groups.get(k) ?? [];
      list.push({ s: rel.source, t: rel.target, props: { ...rel.props, ...internalRelProps(rel) } });
      groups.set(k, list);
    }
  }
  for (const [k, rels] of groups) {
    const [sl, type, tl] = k.split('|');
    for (const rows of batch(rels, 10_000)) {
      await store.writeQuery(
        `UNWIND $rows AS r MATCH (a:${sl} {id: r.s}) MATCH (b:${tl} {id: r.t}) CREATE (a)-[x:${type}]->(b) SET x = r.props`,
        { rows },
      );
    }
  }
}

let t0 = performance.now();
const inputs = Array.from({ length: ARTICLES }, (_, i) => article(i));
console.log(
  `generated ${ARTICLES} articles, ${actors.length} actors in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

let embeddedStore: EmbeddedStore | undefined;
if (process.env.BENCH_SKIP_EMBEDDED !== '1') {
  t0 = performance.now();
  const dbFile = path.join(tmpdir(), `kg-bench-${process.pid}.db`);
  const embedded = new EmbeddedStore(dbFile);
  // The database is scratch: gone when the benchmark exits, however it exits.
  process.on('exit', () => ['', '-wal', '-shm', '.lock'].forEach((x) => rmSync(dbFile + x, { force: true })));
  await embedded.init();
  embeddedStore = embedded;
  for (const input of inputs) await embedded.loadArticle({ ...input, ingestedAt: '2024-01-01T00:00:00Z' });
  const g = embedded.graph();
  console.log(
    `embedded: ${g.order} nodes, ${g.size} relationships, loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const claimIds = g.filterNodes((_, a) => a.labels.includes('Claim'));
  await timeTraces(
    'embedded',
    embedded,
    claimIds,
    actors.filter((a) => g.hasNode(a.id)),
  );
}

if (process.env.NEO4J_URI) {
  const neo = new Neo4jStore({
    uri: process.env.NEO4J_URI,
    user: process.env.NEO4J_USER || 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? 'kg-local-password',
    database: process.env.NEO4J_DATABASE || undefined,
  });
  await neo.init();
  t0 = performance.now();
  const records = inputs
    .slice(0, NEO4J_ARTICLES)
    .map((x) => toGraphRecords({ ...x, ingestedAt: '2024-01-01T00:00:00Z' }));
  const count = async (cypher: string, params = {}) => Number((await neo.readQuery(cypher, { params })).rows[0]?.[0]);
  const last = records[records.length - 1]!.article.id;
  // BENCH_NEO4J_REUSE=1: a scratch database an earlier run loaded with this same graph is timed as it is.
  const reuse =
    process.env.BENCH_NEO4J_REUSE === '1' &&
    (await count('MATCH (a:Article) RETURN count(a)')) === records.length &&
    (await count('MATCH (a:Article {id: $id}) RETURN count(a)', { id: last })) === 1;
  if (reuse) console.log(`neo4j: reusing the ${records.length} articles already loaded`);
  else {
    if ((await count('MATCH (n) RETURN count(n)')) > 0)
      throw new Error(`bench: ${process.env.NEO4J_URI} is not empty; point NEO4J_URI at a scratch database`);
    await loadNeo4j(neo, records);
    console.log(
      `neo4j: ${NEO4J_ARTICLES} articles loaded with batched UNWIND in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  const neoClaims = [...new Set(records.flatMap((r) => r.nodes.filter((n) => n.label === 'Claim').map((n) => n.id)))];
  const inNeo = new Set(records.flatMap((r) => r.nodes.map((n) => n.id)));
  await timeTraces(
    'neo4j',
    neo,
    neoClaims,
    actors.filter((a) => inNeo.has(a.id)),
  );
  if (embeddedStore && NEO4J_ARTICLES === ARTICLES) await compareStores(embeddedStore, neo, neoClaims);
  await neo.close();
}
