// Lists each missed and wrong cross-article claim pair of a gold set with what claim identity saw: both stored
// claims' texts, terms, origins and the relation and overlap the paraphrase decision read (graph/claims/decide.ts).
// For classifying misses. Usage: npx tsx scripts/eval/claim-misses.ts --gold <dir> --articles <dir>
// Ingests into a fresh temporary embedded store, prints, removes the store.
import { parseArgs } from 'node:util';

import { paraphrase, relation, termOverlap } from '../../graph/claims/decide.ts';
import { unionFind } from './cross/score.ts';
import { type ClaimItem, claimSide, goldClaimItems } from './cross/claim-items.ts';
import { withGoldGraph } from './cross/gold-graph.ts';

const { values } = parseArgs({ options: { gold: { type: 'string' }, articles: { type: 'string' } } });
await withGoldGraph(values.gold!, values.articles!, async (docs, g, ix) => {
  // Linked as the scorer links them: through any chain of claim links.
  const { find, union } = unionFind();
  for (const [a, b] of ix.claimLinks) union(a, b);
  const isLinked = (a: string, b: string) => find(a) === find(b);
  const side = (id: string) => claimSide(g, ix, id);
  const items = goldClaimItems(docs, ix);
  const show = (a: ClaimItem, b: ClaimItem, what: string, pick = (it: ClaimItem) => it.nodes[0]) => {
    console.log(`\n=== ${what} ${a.key} | ${b.key}: ${a.doc}:${a.gold} / ${b.doc}:${b.gold}`);
    for (const it of [a, b]) {
      console.log(`  gold ${it.doc} [${it.speaker}] ${it.text.slice(0, 160)}`);
      const n = pick(it);
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
    const [na, nb] = [pick(a), pick(b)];
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
      if (!same && merged) {
        // The nodes that were linked, not each item's first node.
        const [x, y] = a.nodes.flatMap((x) => b.nodes.filter((y) => isLinked(x, y)).map((y) => [x, y]))[0]!;
        show(a, b, 'WRONG', (it) => (it === a ? x : y));
      }
    }
});
