// Typed client for the viewer server's JSON API. In: parameters. Out: parsed JSON, or an ApiError
// carrying the server's one-line message.
import type { ClaimTrace, GraphEdge, GraphNode, Subgraph, TraceChain, TraceResult } from '../../../graph/store.ts';
import type { CypherResult } from '../../server/api.ts';
import type { ActorGraph } from '../../../graph/actor-graph.ts';
import type { FoldedView, TimelineItem } from '../../server/actors.ts';
import type { GraphColumns } from '../../server/columns.ts';
import type { PackedColumns } from '../../server/packed.ts';
import { unpackColumns } from '../graph/packed.ts';
import type { EdgeView, NodeDetails } from '../../server/details.ts';

export type {
  ActorGraph,
  FoldedView,
  TimelineItem,
  ClaimTrace,
  CypherResult,
  EdgeView,
  GraphColumns,
  GraphEdge,
  GraphNode,
  NodeDetails,
  Subgraph,
  TraceChain,
  TraceResult,
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = (await res.json().catch(() => null)) as { error?: string } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error ?? `${res.status} ${res.statusText}`);
  return body as T;
}
const qs = (params: Record<string, string | number | boolean | undefined>) =>
  new URLSearchParams(
    Object.entries(params)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  ).toString();

/** A page of the full view: `total` nodes ranked, this one from `offset` (null total: a server that does not count). */
export type GraphPage = GraphColumns & PageInfo;
interface PageInfo {
  limit: number;
  offset?: number;
  total?: number | null;
  /** The page's edges before the server's cap (null or absent: a server that does not cap). */
  edgeTotal?: number | null;
}

export interface ServerConfig {
  store: 'embedded' | 'neo4j';
  cypher: boolean;
  limits: Record<string, number>;
}
export interface ArticleText {
  id: string;
  title: string | null;
  /** The first line when there is no title. */
  name?: string;
  source: string;
  url: string | null;
  publishedAt: string | null;
  text: string;
  offset: number;
  totalChars: number;
  nextOffset: number | null;
}
export interface PathResult {
  found: boolean;
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export const api = {
  config: () => call<ServerConfig>('/api/config'),
  /** The full view's snapshot, the properties it draws only; a later page from `offset` (GraphPage). */
  graph: async (limit: number, offset = 0): Promise<GraphPage> => {
    const packed = await call<PackedColumns & PageInfo>(
      `/api/graph?${qs({ limit, offset: offset || undefined, format: 'packed', props: 'view' })}`,
    );
    const { limit: l, offset: o, total, edgeTotal } = packed;
    return { ...unpackColumns(packed), limit: l, offset: o, total, edgeTotal };
  },
  actors: (o: { limit: number; focus?: string[]; from?: string | null; to?: string | null }) =>
    call<ActorGraph>(
      `/api/actors?${qs({ limit: o.limit, focus: o.focus?.join(','), from: o.from ?? undefined, to: o.to ?? undefined })}`,
    ),
  folded: (type: string, source: string, target: string, from?: string | null, to?: string | null) =>
    call<FoldedView>(`/api/folded?${qs({ type, source, target, from: from ?? undefined, to: to ?? undefined })}`),
  timeline: (id: string) =>
    call<{ items: TimelineItem[]; truncated: boolean }>(`/api/timeline/${encodeURIComponent(id)}`),
  search: (q: string, limit = 10) =>
    call<{ hits: GraphNode[] }>(`/api/search?${qs({ q, limit, labels: 'Actor,Incident,Claim,Article' })}`),
  neighborhood: (id: string, limit = 200) =>
    call<Subgraph>(`/api/neighborhood/${encodeURIComponent(id)}?${qs({ depth: 1, limit })}`),
  node: (id: string) => call<NodeDetails>(`/api/node/${encodeURIComponent(id)}`),
  edge: (key: string, node: string) => call<EdgeView>(`/api/edge/${encodeURIComponent(key)}?${qs({ node })}`),
  article: (id: string, offset = 0) => call<ArticleText>(`/api/article/${encodeURIComponent(id)}?${qs({ offset })}`),
  traceClaim: (claim: string) => call<TraceResult>(`/api/trace?${qs({ claim })}`),
  traceActor: (actor: string, limit?: number) => call<TraceResult>(`/api/trace?${qs({ actor, limit })}`),
  path: (from: string, to: string) => call<PathResult>(`/api/path?${qs({ from, to })}`),
  cypher: (query: string, limit = 200) =>
    call<CypherResult>('/api/cypher', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query, limit }),
    }),
};
