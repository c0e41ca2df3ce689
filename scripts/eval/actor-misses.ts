// Lists each missed and wrong cross-article actor pair of a gold set with what each article stored: the gold forms,
// the node its mentions mapped to (id, name, how many mentions mapped), for classifying misses by cause.
// Usage: npx tsx scripts/eval/actor-misses.ts --gold <dir> --articles <dir>
// Ingests into a fresh temporary embedded store, prints, removes the store.
import path from 'node:path';
import { parseArgs } from 'node:util';

import { goldMentions, mapMention, plurality } from './cross/map.ts';
import { withGoldGraph } from './cross/gold-graph.ts';

interface Item {
  doc: string;
  gold: string;
  forms: string[];
  node: string | null;
  mapped: number;
  total: number;
}

const { values } = parseArgs({ options: { gold: { type: 'string' }, articles: { type: 'string' } } });
await withGoldGraph(values.gold!, values.articles!, async (docs, _g, ix) => {
  const items: Item[] = [];
  for (const d of docs) {
    const art = ix.articleByText.get(d.text) ?? ix.articleBySource.get(path.basename(d.articlePath));
    if (!art) continue;
    const spans = goldMentions(d.gold, d.text);
    d.gold.actors.forEach((a, i) => {
      if (a.optional) return;
      const mapped = spans[i]!.map((s) => mapMention(ix, art, d.text, s).node);
      const node = plurality(mapped);
      items.push({
        doc: path.basename(d.articlePath).replace(/\.txt$/, ''),
        gold: a.id,
        forms: [...new Set(spans[i]!.map(([s, e]) => d.text.slice(s, e)))],
        node,
        mapped: mapped.filter((m) => m === node && m).length,
        total: mapped.length,
      });
    });
  }
  const nodeText = (id: string | null) => {
    const n = id ? ix.nodes.get(id) : null;
    return n ? `${id} "${String(n.props.name)}" (${String(n.props.kind)})` : 'NOT EXTRACTED';
  };
  const groups = new Map<string, Item[]>();
  for (const it of items) groups.set(it.gold, [...(groups.get(it.gold) ?? []), it]);
  for (const [gold, group] of groups) {
    const docsOf = new Set(group.map((g) => g.doc));
    if (docsOf.size < 2 || new Set(group.map((g) => g.node ?? `null:${g.doc}`)).size < 2) continue;
    console.log(`\nMISSED ${gold}`);
    for (const g of group)
      console.log(`  ${g.doc.padEnd(34)} ${nodeText(g.node)} [${g.mapped}/${g.total}] forms: ${g.forms.join(' | ')}`);
  }
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const [a, b] = [items[i]!, items[j]!];
      if (a.doc !== b.doc && a.gold !== b.gold && a.node && a.node === b.node)
        console.log(`\nWRONG ${a.gold} (${a.doc}) + ${b.gold} (${b.doc}) on ${nodeText(a.node)}`);
    }
});
