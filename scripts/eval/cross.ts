// Cross-article evaluation: does one real actor, claim and incident end up as one stored node across articles?
// Usage: npx tsx scripts/eval/cross.ts --gold <dir> --articles <dir> [--neo4j] [--verbose] [--json] [--order reverse|<seed>]
// Ingests the articles into a fresh temporary embedded store (or the configured Neo4j with --neo4j) through the
// library (graph/load.ts), reads the graph back through GraphStore, and scores it (scripts/eval/cross/score.ts).
// Exit 2: a gold or article folder is missing (e.g. no ../shared); 1: a bad gold file; 0 otherwise.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { loadConfig } from '../../graph/config.ts';
import { ingest } from '../../graph/load.ts';
import { openStore } from '../../graph/open.ts';
import type { GraphStore, Subgraph } from '../../graph/store.ts';
import { type GoldDoc, GoldInputError, readGoldDir } from './cross/gold.ts';
import { SPEECH } from './cross/graph.ts';
import { formatReport } from './cross/report.ts';
import { type CrossReport, scoreCross } from './cross/score.ts';

/**
 * Pairs of claims the store relates without an edge: what `trace` shows a user as the same assertion. Only claims
 * told in the gold's articles are traced, so a large Neo4j store is not walked claim by claim.
 */
async function relatedClaims(store: GraphStore, graph: Subgraph, docs: GoldDoc[]): Promise<Array<[string, string]>> {
  const names = new Set(docs.map((d) => path.basename(d.articlePath)));
  const articles = new Set(
    graph.nodes
      .filter((n) => n.labels.includes('Article') && names.has(path.basename(String(n.props.source ?? ''))))
      .map((n) => n.id),
  );
  const claims = new Set(
    graph.edges.filter((e) => SPEECH.has(e.type) && articles.has(String(e.props.article))).map((e) => e.target),
  );
  const pairs: Array<[string, string]> = [];
  for (const id of claims)
    for (const claim of (await store.trace({ claimId: id, limit: 1 })).claims)
      for (const other of claim.related) pairs.push([claim.claim.id, other]);
  return pairs;
}

export interface CrossOptions {
  /** Score the configured Neo4j instead of a fresh temporary embedded store. */
  neo4j?: boolean;
  /** Keep only these gold documents. */
  only?: (doc: GoldDoc) => boolean;
  /** Ingestion order: file order, reversed, or shuffled by a seed (resolution should not depend on it). */
  order?: 'sorted' | 'reverse' | number;
}

/** The documents in the asked order; a seed gives the same shuffle every run (a small LCG, Fisher-Yates). */
function ordered<T>(items: T[], order: CrossOptions['order'] = 'sorted'): T[] {
  if (order === 'sorted') return items;
  if (order === 'reverse') return [...items].reverse();
  const out = [...items];
  let state = order >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Ingests the gold's articles into a store and scores it; the temporary embedded store is removed afterwards. */
export async function runCross(goldDir: string, articlesDir: string, options: CrossOptions = {}): Promise<CrossReport> {
  const { neo4j = false, only = () => true } = options;
  const docs = ordered(readGoldDir(goldDir, articlesDir).filter(only), options.order);
  const tmp = neo4j ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cross-'));
  const store = await openStore(loadConfig({ neo4j, dataFile: tmp ? path.join(tmp, 'graph.json') : undefined }), {
    write: true,
  });
  try {
    const summary = await ingest(
      docs.map((d) => d.articlePath),
      store,
    );
    for (const failure of summary.failures) console.error(`cross: ${failure.message}`);
    // Loading is idempotent: an article already in a (Neo4j) store keeps the resolution of the run that wrote it.
    if (summary.unchanged)
      console.error(
        `cross: ${summary.unchanged} article(s) were already in the store; their nodes are as an earlier run resolved them`,
      );
    const graph = await store.subgraph({ limit: 10_000_000 });
    if (graph.truncated)
      console.error('cross: the stored graph was cut at 10,000,000 nodes; scores cover what was read');
    return scoreCross(docs, graph, { claimLinks: await relatedClaims(store, graph, docs) });
  } finally {
    await store.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      gold: { type: 'string' },
      articles: { type: 'string' },
      neo4j: { type: 'boolean', default: false },
      verbose: { type: 'boolean', short: 'v', default: false },
      json: { type: 'boolean', default: false },
      order: { type: 'string', default: 'sorted' },
    },
  });
  if (!values.gold || !values.articles) {
    console.error(
      'usage: npx tsx scripts/eval/cross.ts --gold <dir> --articles <dir> [--neo4j] [--verbose] [--json] [--order reverse|<seed>]',
    );
    process.exit(2);
  }
  for (const dir of [values.gold, values.articles]) {
    if (fs.existsSync(dir)) continue;
    // A clone without the team's shared folder: say that, not just that one path is missing.
    const shared = /^(.*?[\\/]?shared)([\\/]|$)/.exec(dir)?.[1];
    console.error(
      shared && !fs.existsSync(shared)
        ? `cross: ${shared} is missing (needed for ${dir}); link the shared folder beside the repository`
        : `cross: ${dir}: no such folder`,
    );
    process.exit(2);
  }
  try {
    const order = values.order === 'sorted' || values.order === 'reverse' ? values.order : Number(values.order);
    if (typeof order === 'number' && !Number.isInteger(order)) {
      console.error(`cross: --order ${values.order}: expected sorted, reverse or an integer seed`);
      process.exit(2);
    }
    const report = await runCross(values.gold, values.articles, { neo4j: values.neo4j, order });
    console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report, values.verbose).join('\n'));
  } catch (err) {
    if (err instanceof GoldInputError) {
      console.error(`cross: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
