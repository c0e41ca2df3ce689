// Read queries over the in-memory graph: node views, whole-graph and neighbourhood subgraphs with caps, search.
// In: a KgGraph and options. Out: the GraphStore read shapes (GraphNode, Subgraph).
import type { Props } from '../model.ts';
import { normalizeName } from '../resolve.ts';
import type { GraphEdge, GraphNode, SearchOptions, Subgraph, SubgraphOptions } from '../store.ts';
import type { KgGraph } from './types.ts';

/** Article texts are only returned by getNode: a subgraph of hundreds of articles should not carry every text. */
function withoutText(labels: string[], props: Props): Props {
  if (!labels.includes('Article') || !('text' in props)) return props;
  const rest = { ...props };
  delete rest.text;
  return rest;
}

export function nodeView(graph: KgGraph, id: string, full = false): GraphNode {
  const { labels, props } = graph.getNodeAttributes(id);
  return { id, labels: [...labels], props: full ? { ...props } : withoutText(labels, props) };
}

function edgesAmong(graph: KgGraph, ids: Set<string>): GraphEdge[] {
  const edges: GraphEdge[] = [];
  graph.forEachEdge((key, attrs, source, target) => {
    if (ids.has(source) && ids.has(target))
      edges.push({ key, type: attrs.type, source, target, props: { ...attrs.props } });
  });
  return edges;
}

const byDegree = (graph: KgGraph) => (a: string, b: string) =>
  graph.degree(b) - graph.degree(a) || (a < b ? -1 : a > b ? 1 : 0);

export function subgraph(graph: KgGraph, options: SubgraphOptions = {}): Subgraph {
  const limit = Math.max(0, options.limit ?? 5000);
  let ids = graph.filterNodes((_, attrs) => !(options.withoutArticles && attrs.labels.includes('Article')));
  const truncated = ids.length > limit;
  if (truncated) ids = ids.sort(byDegree(graph)).slice(0, limit);
  const set = new Set(ids);
  return { nodes: ids.map((id) => nodeView(graph, id)), edges: edgesAmong(graph, set), truncated };
}

/** Breadth-first from `id`; each ring is taken highest degree first so a cap keeps the best-connected neighbours. */
export function neighborhood(graph: KgGraph, id: string, options: { depth?: number; limit?: number } = {}): Subgraph {
  const depth = Math.min(2, Math.max(1, Math.floor(options.depth ?? 1)));
  const limit = Math.max(1, options.limit ?? 500);
  const seen = new Set<string>([id]);
  let ring = [id];
  let truncated = false;
  for (let d = 0; d < depth && !truncated; d++) {
    const next = new Set<string>();
    for (const n of ring) graph.forEachNeighbor(n, (m) => void (seen.has(m) || next.add(m)));
    const sorted = [...next].sort(byDegree(graph));
    const room = limit - seen.size;
    if (sorted.length > room) truncated = true;
    ring = sorted.slice(0, Math.max(0, room));
    for (const m of ring) seen.add(m);
  }
  return { nodes: [...seen].map((n) => nodeView(graph, n)), edges: edgesAmong(graph, seen), truncated };
}

function searchableTexts(labels: string[], props: Props): string[] {
  const str = (v: unknown) => (typeof v === 'string' ? [v] : []);
  if (labels.includes('Actor'))
    return [...str(props.name), ...(Array.isArray(props.aliases) ? (props.aliases as string[]) : [])];
  if (labels.includes('Incident')) return [...str(props.name), ...str(props.summary), ...str(props.place)];
  if (labels.includes('Claim')) return str(props.text);
  if (labels.includes('Article')) return [...str(props.title ?? props.name), ...str(props.source)];
  return [];
}

/**
 * How well a node's texts match a query (normalizeName'd `q`, lower-cased `qRaw`): 3 exact, 2 prefix, 1 substring,
 * 0 none. The one rule for the in-memory and the SQL search (search-sql.ts).
 */
export function matchScore(q: string, qRaw: string, texts: Iterable<unknown>): number {
  let score = 0;
  for (const t of texts) {
    if (typeof t !== 'string') continue;
    const n = normalizeName(t);
    if (q && n === q) return 3;
    if (q && n.startsWith(q)) score = 2;
    else if (score < 1 && ((q && n.includes(q)) || (qRaw && t.toLowerCase().includes(qRaw)))) score = 1;
  }
  return score;
}

/** Case- and accent-insensitive substring search; exact matches rank first, then prefixes, then degree. */
export function search(graph: KgGraph, text: string, options: SearchOptions = {}): GraphNode[] {
  const q = normalizeName(text);
  const qRaw = text.trim().toLowerCase();
  if (!q && !qRaw) return [];
  const limit = Math.max(0, options.limit ?? 20);
  const labels = options.labels?.length ? new Set<string>(options.labels) : null;
  const hits: Array<{ id: string; score: number }> = [];
  graph.forEachNode((id, attrs) => {
    if (labels && !attrs.labels.some((l) => labels.has(l))) return;
    const score = matchScore(q, qRaw, searchableTexts(attrs.labels, attrs.props));
    if (score) hits.push({ id, score });
  });
  hits.sort((a, b) => b.score - a.score || byDegree(graph)(a.id, b.id));
  return hits.slice(0, limit).map((h) => nodeView(graph, h.id));
}
