// Lists the cross-article claim links a corpus gets: PARAPHRASES edges and answers across articles, with their
// reasons, for reviewing what claim identity decided. Usage: npx tsx scripts/eval/claim-links.ts <inputs...>
// Ingests into a fresh temporary embedded store, prints one line per link, removes the store.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { loadConfig } from '../../graph/config.ts';
import { ingest } from '../../graph/load.ts';
import { openStore } from '../../graph/open.ts';

const inputs = process.argv.slice(2);
if (!inputs.length) {
  console.error('usage: npx tsx scripts/eval/claim-links.ts <inputs...>');
  process.exit(2);
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-claim-links-'));
const store = await openStore(loadConfig({ dataFile: path.join(tmp, 'graph.json') }), { write: true });
try {
  await ingest(inputs, store);
  const g = await store.subgraph({ limit: 10_000_000 });
  const nodes = new Map(g.nodes.map((n) => [n.id, n]));
  const articles = new Map(
    g.nodes.filter((n) => n.labels.includes('Article')).map((n) => [n.id, path.basename(String(n.props.source))]),
  );
  const text = (id: string) => String(nodes.get(id)?.props.text ?? '').slice(0, 90);
  const where = (id: string) =>
    [
      ...new Set(
        g.edges.filter((e) => e.target === id && e.type === 'REPORTS').map((e) => articles.get(e.source)?.slice(0, 2)),
      ),
    ].join(',');
  for (const e of g.edges) {
    if (e.type === 'PARAPHRASES')
      console.log(
        `PARA [${where(e.source)}] ${text(e.source)}\n  ~ [${where(e.target)}] ${text(e.target)}\n  ${String(e.props.reason)}`,
      );
    else if (e.props.answers === 'across articles')
      console.log(
        `${e.type} by ${e.source} [${articles.get(String(e.props.article))?.slice(0, 2)}] "${String(e.props.said).slice(0, 80)}"\n  -> [${where(e.target)}] ${text(e.target)}\n  ${String(e.props.reason)}`,
      );
  }
} finally {
  await store.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
