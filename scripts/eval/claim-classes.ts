// Sorts the missed cross-article claim pairs of gold sets (entities as the scorer counts them: one per article and
// gold identity, clusters joined by paraphraseOf) by what stopped them: a side never extracted, no shared candidate
// key between any of their stored claims, or decisions (paraphrase / answer) that said no. One line per missed pair
// with the closest stored claim pair's texts, then totals. Usage: npx tsx scripts/eval/claim-classes.ts <set dir>...
import path from 'node:path';

import { type Origin, answer, paraphrase, relation, termOverlap } from '../../graph/claims/decide.ts';
import { NEGATED, claimBands } from '../../graph/claims/similar.ts';
import { unionFind } from './cross/score.ts';
import { claimSide, goldClaimItems } from './cross/claim-items.ts';
import { withGoldGraph } from './cross/gold-graph.ts';

type S = ReturnType<typeof claimSide>;
/** Whether any denial or confirmation of `from` (or its negated claim) answers `to`. */
function answers(from: S, to: S): boolean {
  return from.origins.some((d) => {
    if (d.type === 'CLAIMS' && !from.terms.includes(NEGATED)) return false;
    const o: Origin = d.type === 'CLAIMS' ? { ...d, type: 'DENIES' } : d;
    return !!answer({ ...from, origins: [o], denier: o }, to);
  });
}

const total = new Map<string, number>();
for (const set of process.argv.slice(2)) {
  await withGoldGraph(path.join(set, 'gold'), set, async (docs, g, ix) => {
    const links = unionFind();
    for (const [a, b] of ix.claimLinks) links.union(a, b);
    const items = goldClaimItems(docs, ix);
    // Entities: per article and `same ?? id` (goldClaimItems' key already follows paraphraseOf to its cluster).
    const ents = new Map<string, { doc: string; key: string; nodes: string[]; texts: string[] }>();
    for (const it of items) {
      const k = `${it.doc}|${it.key}`;
      const e = ents.get(k) ?? { doc: it.doc, key: it.key, nodes: [], texts: [] };
      e.nodes.push(...it.nodes);
      e.texts.push(`[${it.speaker}] ${it.text}`);
      ents.set(k, e);
    }
    const list = [...ents.values()];
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!];
        if (a.doc === b.doc || a.key !== b.key) continue;
        if (a.nodes.some((x) => b.nodes.some((y) => links.find(x) === links.find(y)))) continue;
        let cls = 'unextracted';
        let detail = '';
        if (a.nodes.length && b.nodes.length) {
          let best = -1;
          for (const x of new Set(a.nodes))
            for (const y of new Set(b.nodes)) {
              const [sa, sb] = [claimSide(g, ix, x), claimSide(g, ix, y)];
              const kb = new Set(claimBands(sb.terms));
              const keyed = claimBands(sa.terms).some((k) => kb.has(k));
              const o = termOverlap(sa.terms, sb.terms);
              const score = (keyed ? 100 : 0) + o.weight;
              if (score <= best) continue;
              best = score;
              const types = [sa, sb].map((s) => s.origins.map((q) => q.type[0]).join('') || '-').join('/');
              const yes = paraphrase(sa, sb) || answers(sa, sb) || answers(sb, sa);
              cls = `${keyed ? 'keyed' : 'nokey'} ${types} ${relation(sa.origins, sb.origins)}${yes ? ' YES' : ''}`;
              detail = `\n    A "${sa.text.slice(0, 150)}" {${sa.terms.join(' ')}}\n    B "${sb.text.slice(0, 150)}" {${sb.terms.join(' ')}}\n    shared ${o.shared.join(' ')}`;
            }
        }
        total.set(cls, (total.get(cls) ?? 0) + 1);
        console.log(`\n${path.basename(set)}\t${cls}\t${a.key}\t${a.doc} / ${b.doc}`);
        console.log(`  gA ${a.texts.join(' | ').slice(0, 300)}\n  gB ${b.texts.join(' | ').slice(0, 300)}${detail}`);
      }
  });
}
console.log('\n== classes');
for (const [k, v] of [...total].sort((x, y) => y[1] - x[1])) console.log(`${v}\t${k}`);
