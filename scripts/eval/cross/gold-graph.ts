// A gold set ingested into a fresh temporary embedded store, for the diagnostics that classify misses by cause
// (actor-misses, claim-misses, cross-incidents-diag). In: the gold and articles folders. Out: whatever `use` makes of
// the gold documents, the stored graph and its index; the store is removed once `use` returns.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { loadConfig } from '../../../graph/config.ts';
import { ingest } from '../../../graph/load.ts';
import { openStore } from '../../../graph/open.ts';
import type { Subgraph } from '../../../graph/store.ts';
import { type GoldDoc, readGoldDir } from './gold.ts';
import { type GraphIndex, indexGraph } from './graph.ts';

export async function withGoldGraph<T>(
  gold: string,
  articles: string,
  use: (docs: GoldDoc[], g: Subgraph, ix: GraphIndex) => Promise<T> | T,
): Promise<T> {
  const docs = readGoldDir(gold, articles);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-gold-graph-'));
  const store = await openStore(loadConfig({ dataFile: path.join(tmp, 'graph.json') }), { write: true });
  try {
    await ingest(
      docs.map((d) => d.articlePath),
      store,
    );
    const g = await store.subgraph({ limit: 10_000_000 });
    return await use(docs, g, indexGraph(g));
  } finally {
    await store.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
