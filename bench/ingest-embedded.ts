// Ingest throughput on the embedded store, split into extraction and store loading (resolve + write + persist).
// In: a directory of articles (argv[2]). Out: articles/s for each phase on stdout. Run: npx tsx bench/ingest-embedded.ts <dir>
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { EmbeddedStore } from '../graph/embedded/store.ts';
import { GAZETTEER_IDS, extractChecked } from '../graph/load.ts';
import { NO_ALIASES, resolveExtraction } from '../graph/resolve.ts';
import type { Extraction } from '../graph/schema.ts';
import { readInputs } from '../ingest/sources/index.ts';
import type { SourceDoc } from '../ingest/types.ts';

const input = process.argv[2] ?? '../shared/eval/polnear/train/text';
// The PolNeAR texts are evaluation data kept beside the development clone, not in the repository.
if (!existsSync(input)) {
  console.error(
    `bench/ingest-embedded: ${input} not found (PolNeAR lives in ../shared/eval beside the clone); pass a folder`,
  );
  process.exit(1);
}
const docs: SourceDoc[] = [];
for await (const item of readInputs([input])) if (!(item instanceof Error)) docs.push(item);

let t = performance.now();
const extracted: Array<{ doc: SourceDoc; x: Extraction }> = docs.map((doc) => ({ doc, x: extractChecked(doc) }));
const extractMs = performance.now() - t;

const dir = mkdtempSync(path.join(tmpdir(), 'kg-bench-'));
const file = path.join(dir, 'graph.db');
const store = new EmbeddedStore(file);
await store.init();
t = performance.now();
for (const { doc, x } of extracted) {
  const resolved = resolveExtraction(x, NO_ALIASES, GAZETTEER_IDS);
  await store.loadArticle({ extraction: resolved, extracted: x, text: doc.text, url: doc.url ?? null });
}
await store.close();
const loadMs = performance.now() - t;

t = performance.now();
const reopened = new EmbeddedStore(file);
await reopened.init();
const openMs = performance.now() - t;
const stats = await reopened.stats();
const nodes = Object.entries(stats.nodes)
  .filter(([l]) => ['Article', 'Actor', 'Claim', 'Incident'].includes(l))
  .reduce((s, [, n]) => s + n, 0);
const rels = Object.values(stats.relationships).reduce((s, n) => s + n, 0);

const rate = (n: number, ms: number) => `${((n * 1000) / ms).toFixed(1)} articles/s`;
console.log(`${docs.length} articles from ${input}`);
console.log(`extract:          ${(extractMs / 1000).toFixed(2)} s  ${rate(docs.length, extractMs)}`);
console.log(
  `resolve + load:   ${(loadMs / 1000).toFixed(2)} s  ${rate(docs.length, loadMs)} (embedded store, one SQLite transaction per article)`,
);
console.log(
  `reopen:           ${openMs.toFixed(0)} ms (${(statSync(file).size / 1024 / 1024).toFixed(1)} MB, ${nodes} nodes, ${rels} relationships)`,
);
rmSync(dir, { recursive: true, force: true });
