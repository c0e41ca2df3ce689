// Cross-article identity scores for one gold corpus against one stored graph.
// In: gold documents (gold.ts) and the graph as read through GraphStore.subgraph. Out: a CrossReport: actor,
// claim and incident identity over pairs of articles, anonymous nodes spanning articles, given-name clashes.
import type { Subgraph } from '../../../graph/store.ts';
import { type NameClash, givenNameClashes } from './given-names.ts';
import { type GraphIndex, indexGraph } from './graph.ts';
import type { GoldDoc } from './gold.ts';
import { type MentionHow, goldMentions, mapClaim, mapIncident, mapMention, plurality } from './map.ts';
import { type Entity, type PairScore, scorePairs } from './pairs.ts';

export interface CrossReport {
  articles: { gold: number; found: number; missing: string[] };
  mentions: Record<MentionHow, number> & { total: number };
  actors: PairScore & { entities: number; unmapped: number };
  anonymous: {
    /** Stored anonymous actors MENTIONED_IN two or more of the gold articles. */
    crossArticleNodes: Array<{ node: string; name: string; articles: number }>;
    /** Gold anonymous actors that share a stored node with a gold actor of another article. */
    mergedGold: number;
  };
  claims: {
    entities: number;
    unmapped: number;
    /** Same gold claim (id / `same`) ⇔ same stored Claim node. */
    strict: PairScore;
    /** Same gold cluster (with `paraphraseOf`) ⇔ same stored node or linked Claim nodes. */
    linked: PairScore;
    /** False when no gold file declares cross-article claim ids (globalIds): nothing to score. */
    scored: boolean;
  };
  incidents: PairScore & { entities: number; unmapped: number; scored: boolean };
  givenNames: NameClash[];
}

/** Union-find over string keys. */
export function unionFind() {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const r = find(p);
    parent.set(x, r);
    return r;
  };
  return { find, union: (a: string, b: string) => parent.set(find(a), find(b)) };
}

function actorEntities(docs: Array<GoldDoc & { node: string }>, ix: GraphIndex, mentions: CrossReport['mentions']) {
  const entities: Array<Entity & { anonymous: boolean }> = [];
  for (const d of docs) {
    const spans = goldMentions(d.gold, d.text);
    d.gold.actors.forEach((actor, i) => {
      if (actor.optional) return;
      const mapped = spans[i]!.map((span) => {
        const m = mapMention(ix, d.node, d.text, span);
        mentions[m.how]++;
        mentions.total++;
        return m.node;
      });
      entities.push({
        article: d.node,
        gold: actor.id,
        name: actor.name,
        node: plurality(mapped),
        anonymous: actor.anonymous,
      });
    });
  }
  return entities;
}

function claimEntities(docs: Array<GoldDoc & { node: string }>, ix: GraphIndex) {
  const uf = unionFind();
  const strict: Entity[] = [];
  for (const d of docs) {
    const scope = d.gold.globalIds ? '' : `${d.file}#`;
    const byKey = new Map<string, string[][]>();
    for (const c of d.gold.claims) {
      if (c.optional) continue;
      const key = scope + (c.same ?? c.id);
      if (c.paraphraseOf) uf.union(key, scope + c.paraphraseOf);
      byKey.set(key, [...(byKey.get(key) ?? []), mapClaim(ix, d.node, d.text, c)]);
    }
    for (const [key, mapped] of byKey) {
      const node = plurality(mapped.map((m) => m[0] ?? null));
      const alt = [...new Set(mapped.flat())].filter((n) => n !== node);
      strict.push({ article: d.node, gold: key, name: key.replace(/^.*#/, ''), node, alt });
    }
  }
  const linked = strict.map((e) => ({ ...e, gold: uf.find(e.gold) }));
  return { strict, linked };
}

function incidentEntities(docs: Array<GoldDoc & { node: string }>, ix: GraphIndex): Entity[] {
  return docs.flatMap((d) =>
    d.gold.incidents
      .filter((i) => !i.optional)
      .map((i) => ({
        article: d.node,
        gold: (d.gold.globalIds ? '' : `${d.file}#`) + i.id,
        name: i.id,
        node: mapIncident(ix, d.node, i),
      })),
  );
}

/**
 * Scores the gold documents against the stored graph. `claimLinks`: pairs of Claim nodes the store relates without an
 * edge (GraphStore.trace's `related`), counted as linked.
 */
export function scoreCross(
  docs: GoldDoc[],
  graph: Subgraph,
  options: { claimLinks?: Array<[string, string]> } = {},
): CrossReport {
  const ix = indexGraph(graph);
  const placed = docs.map((d) => ({
    ...d,
    node: ix.articleByText.get(d.text) ?? ix.articleBySource.get(d.articlePath.split(/[\\/]/).pop()!) ?? null,
  }));
  const found = placed.filter((d): d is GoldDoc & { node: string } => d.node !== null);
  const articleSet = new Set(found.map((d) => d.node));
  const mentions = { mentions: 0, edge: 0, speaker: 0, name: 0, unmapped: 0, total: 0 };

  const actors = actorEntities(found, ix, mentions);
  const nodeArticles = new Map<string, Set<string>>();
  for (const e of actors) if (e.node) nodeArticles.set(e.node, (nodeArticles.get(e.node) ?? new Set()).add(e.article));
  const crossArticleNodes = [...ix.nodes.values()]
    .filter((n) => n.labels.includes('Actor') && n.props.anonymous === true)
    .map((n) => ({
      node: n.id,
      name: String(n.props.name),
      articles: [...(ix.articlesOf.get(n.id) ?? [])].filter((a) => articleSet.has(a)).length,
    }))
    .filter((n) => n.articles >= 2)
    .sort((a, b) => b.articles - a.articles);

  const claims = claimEntities(found, ix);
  const links = unionFind();
  for (const [a, b] of [...ix.claimLinks, ...(options.claimLinks ?? [])]) links.union(a, b);
  const incidents = incidentEntities(found, ix);

  return {
    articles: {
      gold: docs.length,
      found: found.length,
      missing: placed.filter((d) => !d.node).map((d) => d.articlePath),
    },
    mentions,
    actors: { ...scorePairs(actors), entities: actors.length, unmapped: actors.filter((e) => !e.node).length },
    anonymous: {
      crossArticleNodes,
      mergedGold: actors.filter((e) => e.anonymous && e.node && nodeArticles.get(e.node)!.size > 1).length,
    },
    claims: {
      entities: claims.strict.length,
      unmapped: claims.strict.filter((e) => !e.node).length,
      strict: scorePairs(claims.strict),
      linked: scorePairs(claims.linked, (a, b) => a === b || links.find(a) === links.find(b)),
      scored: docs.some((d) => d.gold.globalIds),
    },
    incidents: {
      ...scorePairs(incidents),
      entities: incidents.length,
      unmapped: incidents.filter((e) => !e.node).length,
      scored: docs.some((d) => d.gold.globalIds),
    },
    givenNames: givenNameClashes(
      graph.nodes.filter((n) => [...(ix.articlesOf.get(n.id) ?? [])].some((a) => articleSet.has(a))),
    ),
  };
}
