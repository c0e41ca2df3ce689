// Which part of an article's data the Neo4j server's write CPU goes to (issue #13): the cached extractions of
// bench/scale.ts, resolved and not linked (as bench/write-replay.ts), written with writeArticles in batches of B
// into a cleared database, whole and with one part left out: relationships' sentences, the article's text and
// stored extraction, every relationship, or some of the store's secondary indexes dropped (the constraints stay):
// `indexes` all of them (text, fulltext, chain and name), `chain` the speech relationships' chainKey indexes,
// `lucene` the fulltext and text ones, `text`, `fulltext`, `kg_fulltext` one kind or one index; `ec` makes
// kg_fulltext eventually consistent (its updates applied after the commit, awaited before the CPU is read). Each run
// writes into a cleared store with its indexes made again (fresh, as a first load). Modes alternate, each repeated;
// medians of server CPU per article.
// A diagnostic, not a load: the stripped graphs are not the store's. The dropped indexes are made again by the next
// run and at the end.
// Usage (a scratch database: it is emptied!):
//   NEO4J_URI=bolt://127.0.0.1:7720 npx tsx bench/write-parts.ts --dir /tmp/kg-scale --articles 1000 \
//     --neo4j-data /tmp/kg-neo4j [--take 1000] [--batch 50] [--repeat 3] \
//     [--modes all,sentences,article,rels,indexes,chain,lucene,text,fulltext,kg_fulltext,ec]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';

import neo4j from 'neo4j-driver';

import { loadConfig } from '../graph/config.ts';
import { GAZETTEER_IDS, checkExtraction } from '../graph/load.ts';
import { recordsOf } from '../graph/model.ts';
import { FULLTEXT_INDEX } from '../graph/neo4j/schema.ts';
import { Neo4jStore } from '../graph/neo4j/store.ts';
import { type BatchArticle, writeArticles } from '../graph/neo4j/write.ts';
import { NO_ALIASES, resolveExtraction } from '../graph/resolve.ts';
import type { SourceDoc } from '../ingest/types.ts';
import { arg } from './args.ts';

const N = Number(arg('articles', '1000'));
const TAKE = Number(arg('take', String(N)));
const DIR = arg('dir', '/tmp/kg-scale');
const DATA = arg('neo4j-data', '/tmp/kg-scale-neo4j');
const BATCH = Number(arg('batch', '50'));
const REPEAT = Number(arg('repeat', '3'));
const MODES = arg('modes', 'all,sentences,article,rels,indexes').split(',');

const pid = Number(readFileSync(path.join(DATA, 'kg-neo4j.pid'), 'utf8').trim());
const serverCpu = () => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
};

/** The articles' records with `mode`'s part left out (a fresh copy each time: the records are not shared). */
function articles(mode: string): BatchArticle[] {
  const out: BatchArticle[] = [];
  for (const line of readFileSync(path.join(DIR, `extractions-${N}.jsonl`), 'utf8').split('\n')) {
    if (!line || out.length >= TAKE) continue;
    const { text, x } = JSON.parse(line) as { text: string; x: { article: { source: string } } };
    const extracted = checkExtraction({ text, source: x.article.source } as SourceDoc, x);
    const extraction = resolveExtraction(extracted, NO_ALIASES, GAZETTEER_IDS);
    const records = recordsOf({ extraction, extracted, text, url: null });
    if (mode === 'sentences') for (const r of records.rels) Reflect.deleteProperty(r.props, 'sentence');
    if (mode === 'article') {
      Reflect.deleteProperty(records.article.props, 'text');
      records.extracted = null;
    }
    if (mode === 'rels') records.rels = [];
    out.push({ records, source: extraction.article.source });
  }
  return out;
}

const config = loadConfig({ neo4j: true }).neo4j;
const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));

/**
 * The secondary indexes each index mode drops (the id constraints' and the token lookups stay; store.init() makes
 * them again): every one, the speech relationships' chainKey range indexes, the fulltext and text (Lucene) ones.
 */
const DROPS: Record<string, string> = {
  indexes: "type <> 'LOOKUP'",
  chain: "entityType = 'RELATIONSHIP' AND type = 'RANGE'",
  lucene: "type IN ['FULLTEXT', 'TEXT']",
  text: "type = 'TEXT'",
  fulltext: "type = 'FULLTEXT'",
  kg_fulltext: "name = 'kg_fulltext'",
};

async function dropIndexes(mode: string): Promise<void> {
  const res = await driver.executeQuery(
    `SHOW INDEXES YIELD name, type, entityType, owningConstraint WHERE owningConstraint IS NULL AND ${DROPS[mode]} RETURN name`,
  );
  for (const r of res.records) await driver.executeQuery(`DROP INDEX ${String(r.get('name'))} IF EXISTS`);
}

async function run(mode: string): Promise<number> {
  const batch = articles(mode);
  // Every run writes into empty, fresh indexes, as a first load does: the store is cleared, its secondary indexes
  // dropped and made again (a new store object each time: init() runs the schema once per object). Without that a
  // run's server CPU held the Lucene indexes' merges of the documents the clear deleted.
  for (const step of ['clear', 'init']) {
    const store = new Neo4jStore(config);
    try {
      await store.init();
      if (step === 'clear') await store.clear();
    } finally {
      await store.close();
    }
    if (step === 'clear') await dropIndexes('indexes');
  }
  if (DROPS[mode]) await dropIndexes(mode);
  if (mode === 'ec') {
    await driver.executeQuery(`DROP INDEX ${FULLTEXT_INDEX}`);
    await driver.executeQuery(
      `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} FOR (n:Actor|Claim|Incident|Article) ON EACH [n.name, n.aliases, n.text, n.summary, n.title] OPTIONS {indexConfig: {\`fulltext.eventually_consistent\`: true}}`,
    );
    await driver.executeQuery('CALL db.awaitIndexes(300)');
  }
  const s0 = serverCpu();
  for (let i = 0; i < batch.length; i += BATCH) {
    const session = driver.session();
    try {
      await session.executeWrite((tx) => writeArticles(tx, batch.slice(i, i + BATCH)));
    } finally {
      await session.close();
    }
  }
  await driver.executeQuery('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
  return (serverCpu() - s0) / batch.length;
}

try {
  const seen = new Map<string, number[]>();
  for (let r = 0; r < REPEAT; r++)
    for (const mode of MODES) {
      const cpu = await run(mode);
      seen.set(mode, [...(seen.get(mode) ?? []), cpu]);
      console.log(`${mode}: ${(cpu * 1000).toFixed(1)} ms server CPU an article [load ${loadavg()[0]!.toFixed(1)}]`);
    }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const [mode, xs] of seen)
    console.log(
      `median ${mode}: ${(median(xs) * 1000).toFixed(1)} ms an article (${xs.length} runs, batches of ${BATCH})`,
    );
} finally {
  // The store's own kg_fulltext again (init() keeps an index of that name as it is, `ec`'s too).
  await dropIndexes('kg_fulltext');
  const store = new Neo4jStore(config);
  await store.init();
  await store.close();
  await driver.close();
}
