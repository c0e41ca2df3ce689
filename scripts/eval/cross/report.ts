// Formats a CrossReport as the text the CLI prints. In: a report and whether to list merges. Out: lines.
import type { PairScore } from './pairs.ts';
import type { CrossReport } from './score.ts';

const f = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));
const prf = (s: PairScore) =>
  `P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}  (pairs: ${s.tp} right, ${s.fp} wrongly merged, ${s.fn} missed)`;

function merges(s: PairScore, limit: number): string[] {
  return [
    ...s.wrongMerges
      .slice(0, limit)
      .map((w) => `    wrong merge  ${w.a} + ${w.b}: ${w.pairs} pair(s), node ${w.nodes.join(', ')}`),
    ...s.missedMerges
      .slice(0, limit)
      .map(
        (m) =>
          `    missed merge ${m.name}: ${m.pairs} pair(s), ${m.nodes.length} node(s)${m.unmapped ? `, ${m.unmapped} article(s) unmapped` : ''}`,
      ),
  ];
}

export function formatReport(r: CrossReport, verbose = false, limit = 15): string[] {
  const m = r.mentions;
  const lines = [
    `articles: ${r.articles.found} of ${r.articles.gold} gold articles found in the store${r.articles.missing.length ? ` (missing: ${r.articles.missing.join(', ')})` : ''}`,
    `mentions: ${m.total} gold actor mentions; mapped by mention list ${m.mentions}, by edge span ${m.edge}, by speaker span ${m.speaker}, by name ${m.name}; unmapped ${m.unmapped}`,
    `actor identity: ${prf(r.actors)}; ${r.actors.entities} (article, actor) entities, ${r.actors.unmapped} unmapped`,
    ...(verbose ? merges(r.actors, limit) : []),
    `anonymous nodes across articles: ${r.anonymous.crossArticleNodes.length}${
      r.anonymous.crossArticleNodes.length
        ? ` (${r.anonymous.crossArticleNodes
            .slice(0, 8)
            .map((n) => `${n.name} ×${n.articles}`)
            .join('; ')})`
        : ''
    }; gold anonymous actors merged across articles: ${r.anonymous.mergedGold}`,
  ];
  if (r.claims.scored) {
    lines.push(
      `claim identity (same node or linked; paraphrases count): ${prf(r.claims.linked)}; ${r.claims.entities} entities, ${r.claims.unmapped} unmapped`,
    );
    lines.push(`claim identity, strict (same gold claim, same node): ${prf(r.claims.strict)}`);
    if (verbose) lines.push(...merges(r.claims.linked, limit));
  } else
    lines.push(
      `claim identity: not scored (no gold file declares cross-article claim ids); stored merges across articles: ${r.claims.strict.fp} pair(s)`,
    );
  if (r.incidents.scored) {
    lines.push(
      `incident identity: ${prf(r.incidents)}; ${r.incidents.entities} entities, ${r.incidents.unmapped} unmapped`,
    );
    if (verbose) lines.push(...merges(r.incidents, limit));
  } else
    lines.push(
      `incident identity: not scored (no cross-article incident ids in the gold); stored merges across articles: ${r.incidents.fp} pair(s)`,
    );
  lines.push(`persons whose stored forms disagree on the given name: ${r.givenNames.length}`);
  if (verbose) for (const c of r.givenNames) lines.push(`    ${c.name}: "${c.forms[0]}" vs "${c.forms[1]}" (${c.why})`);
  return lines;
}
