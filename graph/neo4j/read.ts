// Read queries for Neo4jStore: node views, capped subgraphs (highest degree first), neighbourhoods,
// search, actor lookup, counts. In: a managed read transaction. Out: the GraphStore read shapes.
import type { ManagedTransaction } from 'neo4j-driver';

import { ACTOR_LABEL, INTERACTION_TYPES, SPEECH_TYPES } from '../model.ts';
import { normalizeName } from '../resolve.ts';
import type {
  ActorMentions,
  ActorRef,
  GraphEdge,
  StoredArticle,
  GraphNode,
  SearchOptions,
  StoreStats,
  Subgraph,
  SubgraphOptions,
} from '../store.ts';
import { capEdges } from '../store.ts';
import { NODE_LABELS } from './schema.ts';
import { modelProps, toParam } from './values.ts';

const run = (tx: ManagedTransaction, cypher: string, params: Record<string, unknown> = {}) =>
  tx.run(cypher, toParam(params) as Record<string, unknown>);

/** Article texts are only returned by getNode: a subgraph of many articles should not carry every text. */
const NODE_VIEW = `elementId(n) AS eid, n.id AS id, labels(n) AS labels,
  CASE WHEN n:Article THEN n {.*, text: null} ELSE properties(n) END AS props`;

interface Row {
  eid: string;
  node: GraphNode;
}

function nodeOf(rec: { get(k: string): unknown }): Row {
  const props = modelProps(rec.get('props') as Record<string, unknown>);
  const labels = rec.get('labels') as string[];
  if (labels.includes('Article') && props.text === null) delete props.text;
  // Model label first (Actor before Person), as the embedded store returns them.
  labels.sort((a, b) => Number(!NODE_LABELS.includes(a as never)) - Number(!NODE_LABELS.includes(b as never)));
  return { eid: rec.get('eid') as string, node: { id: rec.get('id') as string, labels, props } };
}

/** The labelled node with this id (one index seek per label), full properties. */
export async function getNode(tx: ManagedTransaction, id: string): Promise<Row | null> {
  const union = NODE_LABELS.map((l) => `MATCH (n:${l} {id: $id}) RETURN n`).join(' UNION ALL ');
  const res = await run(
    tx,
    `CALL () { ${union} } RETURN elementId(n) AS eid, n.id AS id, labels(n) AS labels, properties(n) AS props LIMIT 1`,
    { id },
  );
  return res.records[0] ? nodeOf(res.records[0]) : null;
}

/** A node's or relationship's properties, or only `keys` of them (absent ones left out). */
const pickProps = (props: Record<string, unknown>, keys: readonly string[] | undefined) =>
  keys
    ? Object.fromEntries(keys.filter((k) => props[k] !== undefined && props[k] !== null).map((k) => [k, props[k]]))
    : props;

async function nodesByElementId(
  tx: ManagedTransaction,
  eids: string[],
  keys?: readonly string[],
): Promise<GraphNode[]> {
  const res = await run(tx, `UNWIND $eids AS eid MATCH (n) WHERE elementId(n) = eid RETURN ${NODE_VIEW}`, { eids });
  const byEid = new Map(
    res.records.map((r) => {
      const { node } = nodeOf(r);
      return [r.get('eid') as string, { ...node, props: pickProps(node.props, keys) as GraphNode['props'] }];
    }),
  );
  return eids.map((e) => byEid.get(e)).filter((n): n is GraphNode => !!n);
}

/**
 * Relationships whose both ends are in the set (outgoing from each node, filtered here); with `page`, only those
 * with an end in it (a later subgraph page: its edges to the nodes earlier pages sent).
 */
async function edgesAmong(
  tx: ManagedTransaction,
  eids: string[],
  keys?: readonly string[],
  page?: Set<string>,
): Promise<GraphEdge[]> {
  const res = await run(
    tx,
    `UNWIND $eids AS eid MATCH (s) WHERE elementId(s) = eid
     MATCH (s)-[r]->(t)
     RETURN r.key AS key, elementId(r) AS rid, type(r) AS type, s.id AS source, elementId(s) AS seid,
       elementId(t) AS teid, t.id AS target, properties(r) AS props`,
    { eids },
  );
  const set = new Set(eids);
  return res.records
    .filter((r) => set.has(r.get('teid') as string))
    .filter((r) => !page || page.has(r.get('seid') as string) || page.has(r.get('teid') as string))
    .map((r) => ({
      key: (r.get('key') as string | null) ?? (r.get('rid') as string),
      type: r.get('type') as string,
      source: r.get('source') as string,
      target: r.get('target') as string,
      props: pickProps(modelProps(r.get('props') as Record<string, unknown>), keys) as GraphEdge['props'],
    }));
}

const MODEL_NODE = '(n:Actor OR n:Incident OR n:Claim OR n:Article)';

export async function subgraph(tx: ManagedTransaction, options: SubgraphOptions = {}): Promise<Subgraph> {
  const limit = Math.max(0, Math.floor(options.limit ?? 5000));
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  const where = options.withoutArticles ? '(n:Actor OR n:Incident OR n:Claim)' : MODEL_NODE;
  const res = await run(
    tx,
    `MATCH (n) WHERE ${where}
     WITH n, COUNT { (n)--() } AS degree
     ORDER BY degree DESC, n.id ASC LIMIT $take
     RETURN elementId(n) AS eid, n.id AS id`,
    { take: offset + limit + 1 },
  );
  const total = (await run(tx, `MATCH (n) WHERE ${where} RETURN count(n) AS total`)).records[0]!.get('total');
  const all = res.records.map((r) => r.get('eid') as string);
  const truncated = all.length > offset + limit;
  const ranked = all.slice(0, offset + limit);
  const eids = ranked.slice(offset);
  const edges = await edgesAmong(tx, ranked, options.edgeProps, offset ? new Set(eids) : undefined);
  const rank = new Map(res.records.map((r, i) => [r.get('id') as string, i]));
  return {
    nodes: await nodesByElementId(tx, eids, options.nodeProps),
    edges: capEdges(edges, rank, options.maxEdges),
    truncated,
    total: Number(total),
    offset,
    edgeTotal: edges.length,
  };
}

/** Breadth-first from the node; each ring highest degree first, so a cap keeps the best-connected neighbours. */
export async function neighborhood(
  tx: ManagedTransaction,
  start: string,
  options: { depth?: number; limit?: number } = {},
): Promise<Subgraph> {
  const depth = Math.min(2, Math.max(1, Math.floor(options.depth ?? 1)));
  const limit = Math.max(1, Math.floor(options.limit ?? 500));
  const seen = [start];
  let ring = [start];
  let truncated = false;
  let total = 1;
  for (let d = 0; d < depth && !truncated && ring.length; d++) {
    const room = limit - seen.length;
    const res = await run(
      tx,
      `UNWIND $ring AS eid MATCH (n) WHERE elementId(n) = eid
       MATCH (n)--(m) WHERE NOT elementId(m) IN $seen
       WITH DISTINCT m
       WITH m, COUNT { (m)--() } AS degree
       ORDER BY degree DESC, m.id ASC
       WITH collect(elementId(m)) AS ms
       RETURN ms[..$take] AS eids, size(ms) AS found`,
      { ring, seen, take: room + 1 },
    );
    const next = (res.records[0]?.get('eids') as string[] | undefined) ?? [];
    total += Number(res.records[0]?.get('found') ?? 0);
    if (next.length > room) truncated = true;
    ring = next.slice(0, Math.max(0, room));
    seen.push(...ring);
  }
  return { nodes: await nodesByElementId(tx, seen), edges: await edgesAmong(tx, seen), truncated, total };
}

/**
 * Case- and accent-insensitive substring search through the searchKey text indexes; ranked as the
 * embedded store ranks: exact name, then prefix, then substring, then degree.
 */
export async function search(tx: ManagedTransaction, text: string, options: SearchOptions = {}): Promise<GraphNode[]> {
  const q = normalizeName(text);
  const limit = Math.max(0, Math.floor(options.limit ?? 20));
  if (!q || !limit) return [];
  const labels = NODE_LABELS.filter((l) => !options.labels?.length || options.labels.includes(l));
  const union = labels.map((l) => `MATCH (n:${l}) WHERE n.searchKey CONTAINS $q RETURN n`).join(' UNION ');
  // Rank in Cypher by the best match kind, so the cap keeps the best hits even when thousands match.
  const res = await run(
    tx,
    `CALL () { ${union} }
     WITH n, CASE WHEN n.searchKey CONTAINS $exact THEN 3 WHEN n.searchKey CONTAINS $prefix THEN 2 ELSE 1 END AS score,
          COUNT { (n)--() } AS degree
     ORDER BY score DESC, degree DESC, n.id ASC LIMIT $limit
     RETURN ${NODE_VIEW}`,
    { q, exact: `\n${q}\n`, prefix: `\n${q}`, limit },
  );
  return res.records.map((r) => nodeOf(r).node);
}

/** Actors whose normalised name or alias equals a normalised given name; display-name matches win. */
export async function findActors(tx: ManagedTransaction, names: string[]): Promise<Map<string, ActorRef>> {
  const keys = [...new Set(names.map(normalizeName).filter(Boolean))];
  const found = new Map<string, ActorRef>();
  if (!keys.length) return found;
  const res = await run(
    tx,
    `UNWIND $keys AS key
     MATCH (a:Actor) WHERE a.searchKey CONTAINS ('\\n' + key + '\\n')
     RETURN key, a.id AS id, a.name AS name, a.kind AS kind, a.anonymous AS anonymous, a.aliases AS aliases
     ORDER BY elementId(a)`,
    { keys },
  );
  const byKey = new Map<string, ActorRef>();
  for (const r of res.records) {
    const key = r.get('key') as string;
    const ref: ActorRef = {
      id: r.get('id') as string,
      name: r.get('name') as string,
      kind: (r.get('kind') as string | null) ?? undefined,
      anonymous: r.get('anonymous') === true,
    };
    const isName = normalizeName(ref.name) === key;
    const prev = byKey.get(key);
    if (!prev || (isName && normalizeName(prev.name) !== key)) byKey.set(key, ref);
  }
  for (const name of names) {
    const ref = byKey.get(normalizeName(name));
    if (ref) found.set(name, ref);
  }
  return found;
}

const COUNTED_LABELS = [...NODE_LABELS, ...Object.values(ACTOR_LABEL)];
const COUNTED_TYPES = [
  ...SPEECH_TYPES,
  'RELAYED',
  'REPORTS',
  'PARAPHRASES',
  ...INTERACTION_TYPES,
  'MEMBER_OF',
  'PUBLISHED_BY',
  'PARTICIPATED_IN',
  'ABOUT',
  'MENTIONED_IN',
];

/** Counts from Neo4j's count store (one fixed-label/type count each, no scan). Zero counts are left out. */
export async function stats(tx: ManagedTransaction): Promise<StoreStats> {
  const parts = [
    ...COUNTED_LABELS.map((l) => `MATCH (n:${l}) RETURN 'n' AS kind, '${l}' AS name, count(n) AS c`),
    ...COUNTED_TYPES.map((t) => `MATCH ()-[r:${t}]->() RETURN 'r' AS kind, '${t}' AS name, count(r) AS c`),
  ];
  const res = await run(tx, parts.join(' UNION ALL '));
  const out: StoreStats = { nodes: {}, relationships: {} };
  for (const r of res.records) {
    const c = r.get('c') as number;
    if (c > 0) (r.get('kind') === 'n' ? out.nodes : out.relationships)[r.get('name') as string] = c;
  }
  return out;
}

/** One page of stored articles after `after` in id order (the uniqueness index serves the order). */
export async function storedArticles(tx: ManagedTransaction, after: string, limit: number): Promise<StoredArticle[]> {
  const res = await run(
    tx,
    `MATCH (a:Article) WHERE a.id > $after
     RETURN a.id AS id, a.source AS source, a.text AS text, a.url AS url, a.title AS title,
            a.publishedAt AS publishedAt, a.ingestedAt AS ingestedAt, a.extraction AS extraction
     ORDER BY a.id LIMIT $limit`,
    { after, limit },
  );
  return res.records.map((r) => {
    const o = r.toObject() as Record<string, string | null>;
    return { ...o, id: o.id!, source: o.source ?? o.id!, text: o.text ?? '' } as StoredArticle;
  });
}

/** Every actor with its MENTIONED_IN forms and rules, one entry per article. */
export async function actorMentions(tx: ManagedTransaction): Promise<ActorMentions[]> {
  const res = await run(
    tx,
    `MATCH (a:Actor)
     OPTIONAL MATCH (a)-[m:MENTIONED_IN]->(art:Article)
     WITH a, art, m ORDER BY art.id
     RETURN a.id AS id, a.name AS name, a.kind AS kind, a.anonymous AS anonymous, a.aliases AS aliases, a.roles AS roles,
            [x IN collect({article: art.id, forms: coalesce(m.forms, []), rule: m.rule}) WHERE x.article IS NOT NULL] AS mentions
     ORDER BY a.id`,
  );
  return res.records.map((r) => ({
    id: r.get('id') as string,
    name: r.get('name') as string,
    kind: r.get('kind') as string,
    anonymous: r.get('anonymous') === true,
    aliases: (r.get('aliases') as string[] | null) ?? [],
    roles: (r.get('roles') as string[] | null) ?? [],
    mentions: r.get('mentions') as ActorMentions['mentions'],
  }));
}

/**
 * Neo4j's own shortest path (a bidirectional breadth-first search) between two nodes found by id, relationships
 * either way, no article on it; bounded by `maxHops` (Neo4j caps its own search; `maxNodes` is the embedded store's).
 */
export async function shortestPath(
  tx: ManagedTransaction,
  from: string,
  to: string,
  maxHops: number,
): Promise<{ found: boolean; nodes: GraphNode[]; edges: GraphEdge[] }> {
  const hops = Math.max(1, Math.floor(maxHops)); // a literal in the pattern (Cypher takes no parameter there)
  const res = await run(
    tx,
    `MATCH (a) WHERE elementId(a) = $from MATCH (b) WHERE elementId(b) = $to
     MATCH p = shortestPath((a)-[*..${hops}]-(b)) WHERE none(n IN nodes(p) WHERE n:Article)
     RETURN [n IN nodes(p) | elementId(n)] AS eids,
       [r IN relationships(p) | {key: coalesce(r.key, elementId(r)), type: type(r), source: startNode(r).id,
         target: endNode(r).id, props: properties(r)}] AS rels`,
    { from, to },
  );
  const rec = res.records[0];
  if (!rec) return { found: false, nodes: [], edges: [] };
  const rels = rec.get('rels') as Array<Omit<GraphEdge, 'props'> & { props: Record<string, unknown> }>;
  return {
    found: true,
    nodes: await nodesByElementId(tx, rec.get('eids') as string[]),
    edges: rels.map((r) => ({ ...r, props: modelProps(r.props) as GraphEdge['props'] })),
  };
}
