// Diagnosis of cross-article incident identity: for every gold incident told in two or more articles, what each
// article's extraction made of it (the mapped stored incident with its kind, date, place and toll, or nothing),
// and every stored incident of each article with the text it anchors to.
// Usage: npx tsx scripts/eval/cross-incidents-diag.ts --gold <dir> --articles <dir>
import path from 'node:path';
import { parseArgs } from 'node:util';

import { mapIncident } from './cross/map.ts';
import { withGoldGraph } from './cross/gold-graph.ts';

const { values } = parseArgs({ options: { gold: { type: 'string' }, articles: { type: 'string' } } });
await withGoldGraph(values.gold!, values.articles!, async (docs, _g, ix) => {
  const short = (id: string | null) => (id ? id.slice(0, 40) : '-');
  const props = (id: string) => {
    const p = ix.nodes.get(id)!.props;
    return `${p.kind} ${p.date ?? '?'} @${p.place ?? '?'} k=${p.killed ?? '?'}`;
  };
  const byGold = new Map<
    string,
    Array<{ file: string; node: string | null; inc: (typeof docs)[0]['gold']['incidents'][0]; text: string }>
  >();
  for (const d of docs) {
    const art = ix.articleByText.get(d.text) ?? ix.articleBySource.get(path.basename(d.articlePath))!;
    for (const inc of d.gold.incidents) {
      if (inc.optional) continue;
      const span = inc.evidence?.span ?? inc.mentions?.[0];
      const text = span ? d.text.slice(span[0], span[1]).replace(/\s+/g, ' ') : '';
      const list = byGold.get(inc.id) ?? [];
      list.push({ file: d.file, node: mapIncident(ix, art, inc), inc, text });
      byGold.set(inc.id, list);
    }
  }
  for (const [id, list] of byGold) {
    if (list.length < 2) continue;
    const nodes = new Set(list.map((l) => l.node));
    const ok = nodes.size === 1 && !nodes.has(null);
    console.log(`${ok ? 'OK  ' : 'MISS'} ${id}`);
    for (const l of list)
      console.log(
        `   ${l.file.padEnd(28)} ${short(l.node).padEnd(40)} ${l.node ? props(l.node) : `GOLD ${l.inc.kind} ${l.inc.date} @${l.inc.place}`}\n      "${l.text.slice(0, 160)}"`,
      );
  }
  console.log('--- stored incidents per article');
  for (const d of docs) {
    const art = ix.articleByText.get(d.text) ?? ix.articleBySource.get(path.basename(d.articlePath))!;
    const anchors = ix.incidentAnchors.get(art) ?? [];
    console.log(`  ${d.file}`);
    for (const node of new Set(anchors.map((a) => a.node))) {
      const a = anchors.find((x) => x.node === node)!;
      console.log(
        `     ${short(node).padEnd(40)} ${props(node)} "${d.text.slice(a.span[0], a.span[1]).replace(/\s+/g, ' ').slice(0, 100)}"`,
      );
    }
  }
});
