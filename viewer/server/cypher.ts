// Adapts the Neo4j store's read-only query (READ session, timeout, row cap) to the console's result:
// rows keyed by column plus every node and relationship in them, ready to draw.
// In: a GraphStore (Neo4j) and a query. Out: CypherResult.
import type { Props } from '../../graph/model.ts';
import type { ReadQueryOptions, ReadQueryResult } from '../../graph/neo4j/query.ts';
import type { GraphEdge, GraphNode, GraphStore } from '../../graph/store.ts';
import type { CypherResult, CypherRunner } from './api.ts';

interface Readable {
  readQuery(cypher: string, options?: Omit<ReadQueryOptions, 'database'>): Promise<ReadQueryResult>;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNode = (v: unknown): v is { id: string; elementId: string; labels: string[]; props: Props } =>
  isObj(v) && typeof v.elementId === 'string' && Array.isArray(v.labels);
const isRel = (
  v: unknown,
): v is { type: string; elementId: string; startElementId: string; endElementId: string; props: Props } =>
  isObj(v) && typeof v.elementId === 'string' && typeof v.startElementId === 'string' && typeof v.type === 'string';

/** Collects nodes and relationships (also inside lists and paths) from result rows. Pure. */
export function toCypherResult(res: ReadQueryResult): CypherResult {
  const nodes = new Map<string, GraphNode>();
  const byElement = new Map<string, string>();
  const rels: Array<{ type: string; elementId: string; startElementId: string; endElementId: string; props: Props }> =
    [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (isNode(v)) {
      nodes.set(v.id, { id: v.id, labels: v.labels, props: v.props });
      byElement.set(v.elementId, v.id);
    } else if (isRel(v)) rels.push(v);
    else if (isObj(v)) Object.values(v).forEach(visit);
  };
  res.rows.forEach(visit);
  const edges: GraphEdge[] = [];
  for (const r of rels) {
    const source = byElement.get(r.startElementId);
    const target = byElement.get(r.endElementId);
    // A relationship is drawn only when the query also returned both of its ends.
    if (!source || !target) continue;
    edges.push({
      key: typeof r.props.key === 'string' ? r.props.key : r.elementId,
      type: r.type,
      source,
      target,
      props: r.props,
    });
  }
  return {
    columns: res.columns,
    rows: res.rows.map((row) => Object.fromEntries(res.columns.map((c, i) => [c, row[i]]))),
    nodes: [...nodes.values()],
    edges,
    truncated: res.truncated,
  };
}

/** A runner for stores that offer `readQuery` (the Neo4j store); null for the others. */
export async function neo4jCypherRunner(store: GraphStore): Promise<CypherRunner | null> {
  const readable = store as GraphStore & Partial<Readable>;
  if (typeof readable.readQuery !== 'function') return null;
  return async (req) =>
    toCypherResult(
      await readable.readQuery!(req.query, { params: req.params, limit: req.limit, timeoutMs: req.timeoutMs }),
    );
}
