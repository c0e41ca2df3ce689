// Dumps every gold claim of a set with the stored side (text, terms, origins) of the node it maps to, one JSON line
// each, for trying claim decisions offline (scripts/eval/claim-replay.ts).
// Usage: npx tsx scripts/eval/claim-dump.ts --gold <dir> --articles <dir> >> items.jsonl
import path from 'node:path';
import { parseArgs } from 'node:util';

import type { Origin } from '../../graph/claims/decide.ts';
import { mapClaim } from './cross/map.ts';
import { withGoldGraph } from './cross/gold-graph.ts';

const { values } = parseArgs({ options: { gold: { type: 'string' }, articles: { type: 'string' } } });
await withGoldGraph(values.gold!, values.articles!, async (docs, g, ix) => {
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const side = (id: string) => {
    const n = ix.nodes.get(id);
    const origins: Origin[] = g.edges
      .filter((e) => e.target === id && ['CLAIMS', 'DENIES', 'CONFIRMS'].includes(e.type) && !e.props.answers)
      .map((e) => ({
        type: e.type as Origin['type'],
        speaker: e.source,
        affiliation: str(e.props.affiliation),
        via: Array.isArray(e.props.via) ? e.props.via.map(String) : [],
        outlet: str(e.props.outlet),
        publishedAt: str(e.props.publishedAt),
      }));
    return { text: String(n?.props.text ?? ''), terms: (n?.props.terms as string[]) ?? [], origins };
  };
  type Item = { doc: string; gold: string; key: string; text: string; speaker: string; nodes: string[] };
  const items: Item[] = [];
  for (const d of docs) {
    const art = ix.articleByText.get(d.text) ?? ix.articleBySource.get(path.basename(d.articlePath));
    if (!art) continue;
    const keyOf = new Map<string, string>();
    for (const c of d.gold.claims) keyOf.set(c.id, c.same ?? c.id);
    for (const c of d.gold.claims) {
      if (c.optional) continue;
      const key = c.paraphraseOf ? (keyOf.get(c.paraphraseOf) ?? c.paraphraseOf) : (c.same ?? c.id);
      items.push({
        doc: path.basename(d.articlePath).slice(0, 3),
        gold: c.id,
        key,
        text: c.text,
        speaker: c.speaker,
        nodes: mapClaim(ix, art, d.text, c),
      });
    }
  }
  for (const it of items)
    console.log(JSON.stringify({ set: values.gold, ...it, side: it.nodes[0] ? side(it.nodes[0]) : null }));
});
