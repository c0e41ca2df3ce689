// Dumps every gold claim of a set with the stored side (text, terms, origins) of the node it maps to, one JSON line
// each, for trying claim decisions offline (scripts/eval/claim-replay.ts).
// Usage: npx tsx scripts/eval/claim-dump.ts --gold <dir> --articles <dir> >> items.jsonl
import { parseArgs } from 'node:util';

import { claimSide, goldClaimItems } from './cross/claim-items.ts';
import { withGoldGraph } from './cross/gold-graph.ts';

const { values } = parseArgs({ options: { gold: { type: 'string' }, articles: { type: 'string' } } });
await withGoldGraph(values.gold!, values.articles!, async (docs, g, ix) => {
  const side = (id: string) => claimSide(g, ix, id);
  const items = goldClaimItems(docs, ix);
  for (const it of items)
    console.log(JSON.stringify({ set: values.gold, ...it, side: it.nodes[0] ? side(it.nodes[0]) : null }));
});
