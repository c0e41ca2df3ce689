// Which part of the graph `kg export` writes: all of it, an actor's neighbourhood, and/or what articles published in a
// date range say. In: a GraphStore and the filters. Out: a Subgraph (nodes with labels and props, edges with types).
import { InvalidArgumentError, NotFoundError } from '../../graph/errors.ts';
import { normalizeName } from '../../graph/names.ts';
import type { GraphEdge, GraphStore, Subgraph } from '../../graph/store.ts';

export interface Selection {
  /** Only this actor (name, alias or id) and its neighbours within `depth` hops. */
  actor?: string;
  depth?: number;
  /** Only what articles published from `from` to `to` (inclusive; YYYY, YYYY-MM or YYYY-MM-DD) carry. */
  from?: string;
  to?: string;
  /** At most this many nodes (the best connected are kept); default: no limit. */
  limit?: number;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function checkSelection(s: Selection): void {
  for (const [name, v] of [
    ['--from', s.from],
    ['--to', s.to],
  ] as const)
    if (v !== undefined && !DATE.test(v))
      throw new InvalidArgumentError(`${name}: expected YYYY, YYYY-MM or YYYY-MM-DD, got "${v}"`);
  if (s.from && s.to && s.from.localeCompare(s.to) > 0)
    throw new InvalidArgumentError(`--from ${s.from} is after --to ${s.to}`);
  if (s.depth !== undefined && ![1, 2].includes(s.depth)) throw new InvalidArgumentError('--depth: 1 or 2');
  if (s.limit !== undefined && !(Number.isInteger(s.limit) && s.limit > 0))
    throw new InvalidArgumentError('--limit: a positive whole number');
}

/** The actor a name, alias or id means: an exact id, else the best search hit whose name or alias matches exactly. */
async function findActor(store: GraphStore, query: string): Promise<string> {
  const byId = await store.getNode(query);
  if (byId?.labels.includes('Actor')) return byId.id;
  const hits = await store.search(query, { labels: ['Actor'], limit: 20 });
  const key = normalizeName(query);
  const exact = hits.find((h) =>
    [h.props.name, ...(Array.isArray(h.props.aliases) ? h.props.aliases : [])].some(
      (n) => typeof n === 'string' && normalizeName(n) === key,
    ),
  );
  const found = exact ?? hits[0];
  if (!found) throw new NotFoundError(`--actor: no actor named "${query}" in the graph`);
  return found.id;
}

/** Keeps what articles dated in [from, to] carry: those articles, the edges they are evidence for, their ends. */
export function inDateRange(sub: Subgraph, from?: string, to?: string): Subgraph {
  const dated = (d: unknown) =>
    typeof d === 'string' && (!from || d.slice(0, from.length) >= from) && (!to || d.slice(0, to.length) <= to);
  const articles = new Set(
    sub.nodes.filter((n) => n.labels.includes('Article') && dated(n.props.publishedAt)).map((n) => n.id),
  );
  const isArticle = new Set(sub.nodes.filter((n) => n.labels.includes('Article')).map((n) => n.id));
  // An edge's article: its evidence's `article`, or the Article at one of its ends (REPORTS, PUBLISHED_BY, ...).
  const articleOf = (e: GraphEdge) =>
    typeof e.props.article === 'string' ? e.props.article : isArticle.has(e.source) ? e.source : e.target;
  const edges = sub.edges.filter((e) => articles.has(articleOf(e)));
  const keep = new Set([...articles, ...edges.flatMap((e) => [e.source, e.target])]);
  return { nodes: sub.nodes.filter((n) => keep.has(n.id)), edges, truncated: sub.truncated };
}

export async function selectGraph(store: GraphStore, s: Selection = {}): Promise<Subgraph> {
  checkSelection(s);
  // "No limit" as a whole number Neo4j takes as an INTEGER (2^53 would go as a float and fail in LIMIT).
  const limit = s.limit ?? 1_000_000_000;
  let sub = s.actor
    ? await store.neighborhood(await findActor(store, s.actor), { depth: s.depth ?? 1, limit })
    : await store.subgraph({ limit });
  if (s.from || s.to) sub = inDateRange(sub, s.from, s.to);
  return sub;
}
