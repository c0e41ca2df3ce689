// The Neo4j write path alone (issue #13): the cached extractions of bench/scale.ts, resolved as graph/load.ts does
// but not linked across articles, written with Neo4jStore.loadArticles in batches of B, into a cleared database.
// Out: articles/s, client CPU of the writes, server CPU, and the statements sent per article.
// Usage (a scratch database: it is emptied!):
//   NEO4J_URI=bolt://127.0.0.1:7720 npx tsx bench/write-replay.ts --dir /tmp/kg-scale --articles 1000 \
//     --neo4j-data /tmp/kg-neo4j [--take 300] [--batch 1,10,50]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
let dumpN = 0;
const rows0 = () => String(dumpN++);
import { loadavg } from 'node:os';
import path from 'node:path';

import neo4j from 'neo4j-driver';

import { loadConfig } from '../graph/config.ts';
import { GAZETTEER_IDS, checkExtraction } from '../graph/load.ts';
import type { ArticleInput } from '../graph/model.ts';
import { Neo4jStore } from '../graph/neo4j/store.ts';
import { NO_ALIASES, resolveExtraction } from '../graph/resolve.ts';
import type { SourceDoc } from '../ingest/types.ts';
import { arg } from './args.ts';

const N = Number(arg('articles', '1000'));
const TAKE = Number(arg('take', String(N)));
const DIR = arg('dir', '/tmp/kg-scale');
const DATA = arg('neo4j-data', '/tmp/kg-scale-neo4j');
const BATCHES = arg('batch', '1').split(',').map(Number);

const pid = Number(readFileSync(path.join(DATA, 'kg-neo4j.pid'), 'utf8').trim());
const serverCpu = () => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
};

let statements = 0;
const ManagedTx = (neo4j as unknown as { ManagedTransaction: { prototype: { run: (...a: unknown[]) => unknown } } })
  .ManagedTransaction.prototype;
const send = ManagedTx.run;
ManagedTx.run = function (this: unknown, ...a: unknown[]) {
  statements++;
  return send.apply(this, a);
};

const inputs: ArticleInput[] = [];
for (const line of readFileSync(path.join(DIR, `extractions-${N}.jsonl`), 'utf8').split('\n')) {
  if (!line || inputs.length >= TAKE) continue;
  const { text, x } = JSON.parse(line) as { text: string; x: { article: { source: string } } };
  const doc: SourceDoc = { text, source: x.article.source } as SourceDoc;
  const extracted = checkExtraction(doc, x);
  const extraction = resolveExtraction(extracted, NO_ALIASES, GAZETTEER_IDS);
  inputs.push({ extraction, extracted, text, url: null });
}

/** A hash of every node (id, labels, properties but ingestedAt) and relationship (key, type, ends, properties). */
async function digest(): Promise<string> {
  const nodes = await store.readQuery(
    `MATCH (n) WITH n ORDER BY n.id RETURN n.id, labels(n), [k IN keys(n) WHERE k <> 'ingestedAt' AND k <> 'extraction' | [k, n[k]]]`,
    { limit: 10_000_000, maxBytes: 2 ** 31, timeoutMs: 600_000 },
  );
  const rels = await store.readQuery(
    `MATCH (s)-[r]->(t) WITH s, r, t ORDER BY r.key RETURN r.key, type(r), s.id, t.id, [k IN keys(r) | [k, r[k]]]`,
    { limit: 10_000_000, maxBytes: 2 ** 31, timeoutMs: 600_000 },
  );
  const h = (rows: unknown[][]) => createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16);
  if (process.env.KG_DUMP)
    writeFileSync(
      process.env.KG_DUMP + rows0(),
      nodes.rows.map((r) => JSON.stringify([...r.slice(0, -1), (r.at(-1) as string[][]).sort()])).join('\n'),
    );
  return `nodes ${nodes.rows.length} ${h(nodes.rows)}, relationships ${rels.rows.length} ${h(rels.rows)}`;
}

const store = new Neo4jStore(loadConfig({ neo4j: true }).neo4j);
try {
  await store.init();
  for (const batch of BATCHES) {
    await store.clear();
    statements = 0;
    const [c0, s0, t0] = [process.cpuUsage(), serverCpu(), performance.now()];
    let failed = 0;
    for (let i = 0; i < inputs.length; i += batch)
      for (const r of await store.loadArticles(inputs.slice(i, i + batch))) if (r instanceof Error) failed++;
    const wall = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    const n = inputs.length;
    console.log(
      `batch ${batch}: ${n} articles (${failed} failed) in ${wall.toFixed(1)} s, ${(n / wall).toFixed(1)}/s; ` +
        `CPU per article client ${((c.user + c.system) / 1e6 / n).toFixed(3)} s, server ${((serverCpu() - s0) / n).toFixed(3)} s; ` +
        `${(statements / n).toFixed(1)} statements per article [load ${loadavg()[0]!.toFixed(1)}]`,
    );
    if (process.argv.includes('--digest'))
      console.log(`  stats ${JSON.stringify(await store.stats())}; ${await digest()}`);
  }
} finally {
  await store.close();
}
