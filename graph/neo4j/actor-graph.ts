// The actor network on Neo4j: three aggregating read queries (speech about actors, relay chains, interactions)
// fold the graph into actor → actor links in the database; graph/actor-graph.ts ranks and caps them exactly as
// the embedded store does. In: a read transaction and ActorGraphOptions. Out: ActorGraph.
import type { ManagedTransaction } from 'neo4j-driver';

import { type ActorGraph, type ActorGraphOptions, type FoldedLink, assembleActorGraph } from '../actor-graph.ts';
import { INTERACTION_TYPES } from '../model.ts';
import type { GraphNode } from '../store.ts';
import { NODE_LABELS } from './schema.ts';
import { modelProps } from './values.ts';

/** `d` in the range; undated evidence (null, or not starting with a year) is always in. */
const IN_RANGE = (d: string) => `(${d} IS NULL OR NOT ${d} =~ '[0-9]{4}.*' OR (
  ($from IS NULL OR substring(${d}, 0, 10) >= $from) AND ($to IS NULL OR substring(${d}, 0, size($to)) <= $to)))`;
const DAY = (d: string) => `CASE WHEN ${d} IS NULL OR ${d} = '' THEN null ELSE substring(${d}, 0, 10) END`;
const FOLD = 'count(*) AS count, max(d) AS latest, min(d) AS first';

const SPEECH = `
MATCH (a:Actor)-[s:CLAIMS|DENIES|CONFIRMS]->(c:Claim) WHERE ${IN_RANGE('s.publishedAt')}
WITH a, s, c, ${DAY('s.publishedAt')} AS d
CALL (a, s, c) {
  MATCH (c)-[:ABOUT]->(b:Actor) WHERE b <> a RETURN b
  UNION
  MATCH (b:Actor)-[:CLAIMS]->(c) WHERE type(s) <> 'CLAIMS' AND b <> a RETURN b
}
RETURN type(s) AS type, a.id AS source, b.id AS target, ${FOLD}`;

// publisher → relays (outermost first) → speaker, one REPORTS or RELAYED link per hop.
const CHAINS = `
MATCH (art:Article)-[r:REPORTS]->(:Claim) WHERE ${IN_RANGE('r.publishedAt')}
OPTIONAL MATCH (art)-[:PUBLISHED_BY]->(o)
WITH o.id AS outlet, ${DAY('r.publishedAt')} AS d,
     [x IN coalesce(r.via, []) + [r.speaker] WHERE x IS NOT NULL AND EXISTS { MATCH (:Actor {id: x}) }] AS chain
UNWIND range(0, size(chain) - 1) AS i
WITH CASE WHEN i = 0 THEN outlet ELSE chain[i - 1] END AS source, chain[i] AS target,
     CASE WHEN i = 0 THEN 'REPORTS' ELSE 'RELAYED' END AS type, d
WHERE source IS NOT NULL AND source <> target
RETURN type, source, target, ${FOLD}`;

const BETWEEN = [...INTERACTION_TYPES, 'MEMBER_OF'].join('|');
const INTERACTIONS = `
MATCH (a:Actor)-[r:${BETWEEN}]->(b:Actor) WHERE a <> b
OPTIONAL MATCH (art:Article {id: r.article})
WITH a, r, b, art.publishedAt AS date WHERE ${IN_RANGE('date')}
WITH a, r, b, ${DAY('date')} AS d
RETURN type(r) AS type, a.id AS source, b.id AS target, ${FOLD}`;

const SAID = `
MATCH (a:Actor)-[s:CLAIMS|DENIES|CONFIRMS]->(:Claim) WHERE ${IN_RANGE('s.publishedAt')}
RETURN a.id AS id, count(s) AS n`;

const ACTORS = `UNWIND $ids AS id MATCH (n:Actor {id: id}) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props`;

export async function actorGraphNeo4j(tx: ManagedTransaction, options: ActorGraphOptions): Promise<ActorGraph> {
  const params = { from: options.from ?? null, to: options.to ?? null };
  const links: FoldedLink[] = [];
  for (const q of [SPEECH, CHAINS, INTERACTIONS]) {
    const res = await tx.run(q, params);
    for (const r of res.records)
      links.push({
        type: r.get('type') as string,
        source: r.get('source') as string,
        target: r.get('target') as string,
        count: Number(r.get('count')),
        latest: (r.get('latest') as string | null) ?? null,
        first: (r.get('first') as string | null) ?? null,
      });
  }
  const said = new Map(
    (await tx.run(SAID, params)).records.map((r) => [r.get('id') as string, Number(r.get('n'))] as const),
  );
  const actors = async (ids: string[]): Promise<GraphNode[]> =>
    (await tx.run(ACTORS, { ids })).records.map((r) => {
      const labels = (r.get('labels') as string[]).sort(
        (a, b) => Number(!NODE_LABELS.includes(a as never)) - Number(!NODE_LABELS.includes(b as never)),
      );
      return { id: r.get('id') as string, labels, props: modelProps(r.get('props') as Record<string, unknown>) };
    });
  return assembleActorGraph(links, said, actors, options);
}
