// Lists each missed and wrong cross-article claim pair of a gold set with what claim identity saw: both stored
// claims' texts, terms, origins and the relation and overlap the paraphrase decision read (graph/claims/decide.ts).
// For classifying misses. Usage: npx tsx scripts/eval/claim-misses.ts --gold <dir> --articles <dir>
// Ingests into a fresh temporary embedded store, prints, removes the store.
import path from 'node:path';
import { parseArgs } from 'node:util';

import { type Origin, paraphrase, relation, termOverlap } from '../../graph/claims/decide.ts';
import { mapClaim } from './cross/map.ts';
import { unionFind } from './cross/score.ts';
import { withGoldGraph } from './cross/gold-graph.ts';

const { values } = parseArgs({ options: { gold: { type: 'string' }, articles: { type: 'string' } } });
await withGoldGraph(values.gold!, values.articles!, async (docs, g, ix) => {
  // Linked as the scorer links them: through any chain of claim links.
  const { find, union } = unionFind();
  for (const [a, b] of ix.claimLinks) union(a, b);
  const isLinked = (a: string, b: string) => find(a) === find(b);
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
  const show = (a: Item, b: Item, what: string) => {
    console.log(`\n=== ${what} ${a.key} | ${b.key}: ${a.doc}:${a.gold} / ${b.doc}:${b.gold}`);
    for (const it of [a, b]) {
      console.log(`  gold ${it.doc} [${it.speaker}] ${it.text.slice(0, 160)}`);
      const n = it.nodes[0];
      if (!n) {
        console.log('    (not extracted)');
        continue;
      }
      const s = side(n);
      console.log(`    node ${n.slice(6, 14)} "${s.text.slice(0, 160)}"`);
      console.log(`    terms ${s.terms.join(' ')}`);
      console.log(
        `    origins ${s.origins.map((o) => `${o.type} ${o.speaker} aff=${o.affiliation} via=${o.via.join(',')} out=${o.outlet}`).join(' ; ')}`,
      );
    }
    const [na, nb] = [a.nodes[0], b.nodes[0]];
    if (na && nb) {
      const [sa, sb] = [side(na), side(nb)];
      const o = termOverlap(sa.terms, sb.terms);
      console.log(
        `  relation ${relation(sa.origins, sb.origins)}; shared ${o.shared.join(' ')}; w ${o.weight} cont ${o.containment.toFixed(2)} dice ${o.dice.toFixed(2)} words ${o.words.toFixed(2)} lone ${o.lone}; decision ${JSON.stringify(paraphrase(sa, sb))}`,
      );
    }
  };
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const [a, b] = [items[i]!, items[j]!];
      if (a.doc === b.doc) continue;
      const same = a.key === b.key;
      const merged = a.nodes.some((x) => b.nodes.some((y) => isLinked(x, y)));
      if (same && !merged) show(a, b, 'MISSED');
      if (!same && merged) show(a, b, 'WRONG');
    }
});
