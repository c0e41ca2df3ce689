// Where one write transaction's server time goes (issue #13): the cached extractions of bench/scale.ts (resolved,
// not linked, as bench/write-replay.ts), the first --stored articles loaded, then each next batch of --batch articles
// written three ways: with PROFILE (db hits and rows per statement, rolled back), plain and rolled back, plain and
// committed. Server CPU of rolled back vs committed transactions tells the statements from the commit.
// Usage (a scratch database: it is emptied!):
//   NEO4J_URI=bolt://127.0.0.1:7720 npx tsx bench/write-profile.ts --dir /tmp/kg-scale --articles 1000 \
//     --neo4j-data /tmp/kg-neo4j [--stored 100,300] [--batch 20] [--repeat 5]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';

import neo4j, { type ManagedTransaction, type ProfiledPlan } from 'neo4j-driver';

import { loadConfig } from '../graph/config.ts';
import { GAZETTEER_IDS, checkExtraction } from '../graph/load.ts';
import { type ArticleInput, recordsOf } from '../graph/model.ts';
import { Neo4jStore } from '../graph/neo4j/store.ts';
import { writeArticles } from '../graph/neo4j/write.ts';
import { NO_ALIASES, resolveExtraction } from '../graph/resolve.ts';
import type { SourceDoc } from '../ingest/types.ts';
import { arg } from './args.ts';

const N = Number(arg('articles', '1000'));
const DIR = arg('dir', '/tmp/kg-scale');
const DATA = arg('neo4j-data', '/tmp/kg-scale-neo4j');
const STORED = arg('stored', '100,300').split(',').map(Number);
const BATCH = Number(arg('batch', '20'));
const REPEAT = Number(arg('repeat', '5'));

const pid = Number(readFileSync(path.join(DATA, 'kg-neo4j.pid'), 'utf8').trim());
const serverCpu = () => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
};

const inputs: ArticleInput[] = [];
const need = Math.max(...STORED) + BATCH * REPEAT;
for (const line of readFileSync(path.join(DIR, `extractions-${N}.jsonl`), 'utf8').split('\n')) {
  if (!line || inputs.length >= need) continue;
  const { text, x } = JSON.parse(line) as { text: string; x: { article: { source: string } } };
  const doc: SourceDoc = { text, source: x.article.source } as SourceDoc;
  const extracted = checkExtraction(doc, x);
  const extraction = resolveExtraction(extracted, NO_ALIASES, GAZETTEER_IDS);
  inputs.push({ extraction, extracted, text, url: null });
}
const batchOf = (from: number) =>
  inputs.slice(from, from + BATCH).map((i) => ({ records: recordsOf(i), source: i.extraction.article.source }));

const hits = (p: ProfiledPlan): number => p.dbHits + p.children.reduce((n, c) => n + hits(c), 0);
const ops = (p: ProfiledPlan): string[] => [`${p.operatorType}:${p.dbHits}`, ...p.children.flatMap((c) => ops(c))];

const { uri, user, password } = loadConfig({ neo4j: true }).neo4j;
const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
const store = new Neo4jStore(loadConfig({ neo4j: true }).neo4j, { linkCache: false });

/** Runs `work` in a write transaction that is rolled back (commit false) or committed; server CPU seconds. */
async function timed(work: (tx: ManagedTransaction) => Promise<unknown>, commit: boolean): Promise<number> {
  const session = driver.session();
  const tx = session.beginTransaction();
  const s0 = serverCpu();
  try {
    await work(tx as unknown as ManagedTransaction);
    if (commit) await tx.commit();
    else await tx.rollback();
  } finally {
    await session.close();
  }
  return serverCpu() - s0;
}

/** The transaction's statements with PROFILE in front: db hits per statement kind, rolled back. */
async function profile(from: number): Promise<Map<string, { hits: number; n: number; plan: string }>> {
  const out = new Map<string, { hits: number; n: number; plan: string }>();
  await timed(async (tx) => {
    const profiled = {
      run: async (cypher: string, params: Record<string, unknown>) => {
        const res = await tx.run(`PROFILE ${cypher}`, params);
        const plan = res.summary.profile as ProfiledPlan;
        const kind = cypher
          .replace(/\s+/g, ' ')
          .replace('UNWIND $rows AS row ', '')
          .replace(/ (SET|ON CREATE SET) r \+= row.props$/, '')
          .slice(0, 120);
        const s = out.get(kind) ?? { hits: 0, n: 0, plan: '' };
        s.hits += hits(plan);
        s.n++;
        s.plan = ops(plan).join(' ');
        out.set(kind, s);
        return res;
      },
    };
    await writeArticles(profiled as unknown as ManagedTransaction, batchOf(from));
  }, false);
  return out;
}

try {
  await store.init();
  await store.clear();
  let loaded = 0;
  for (const stored of STORED) {
    for (; loaded < stored; loaded += BATCH)
      await store.loadArticles(inputs.slice(loaded, Math.min(stored, loaded + BATCH)));
    loaded = stored;
    const rolled: number[] = [];
    const committed: number[] = [];
    let total = new Map<string, { hits: number; n: number; plan: string }>();
    for (let r = 0; r < REPEAT; r++) {
      const from = stored + r * BATCH;
      const p = await profile(from);
      for (const [k, v] of p) {
        const t = total.get(k) ?? { hits: 0, n: 0, plan: v.plan };
        total.set(k, { hits: t.hits + v.hits, n: t.n + v.n, plan: v.plan });
      }
      rolled.push(await timed((tx) => writeArticles(tx, batchOf(from)), false));
      committed.push(await timed((tx) => writeArticles(tx, batchOf(from)), true));
    }
    // The committed batches stay: the next level starts after them.
    loaded = stored + REPEAT * BATCH;
    const per = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / xs.length / BATCH).toFixed(4);
    console.log(
      `stored ${stored}: batches of ${BATCH}, server CPU per article rolled back ${per(rolled)} s, committed ${per(committed)} s [load ${loadavg()[0]!.toFixed(1)}]`,
    );
    total = new Map([...total].sort((a, b) => b[1].hits - a[1].hits));
    for (const [k, v] of total)
      console.log(
        `  ${String(Math.round(v.hits / REPEAT / BATCH)).padStart(7)} db hits/article  ${v.n / REPEAT}× ${k}`,
      );
    if (process.argv.includes('--plans')) for (const [k, v] of total) console.log(`  ${k.slice(0, 40)}: ${v.plan}`);
  }
} finally {
  await store.close();
  await driver.close();
}
