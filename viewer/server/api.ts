// The JSON API over a GraphStore: every route validates its parameters (zod) and caps its result.
// In: method, URL and body. Out: JSON, or an HttpError (400 on bad parameters, 404, 409, ...).
import type { IncomingMessage } from 'node:http';

import type { GraphEdge, GraphNode, GraphStore } from '../../graph/store.ts';
import { ActorsParams, FoldedParams, TimelineParams, actorNetwork, foldedDetails, timeline } from './actors.ts';
import { toColumns } from './columns.ts';
import { packColumns } from './packed.ts';
import { edgeDetails, nodeDetails, withoutText } from './details.ts';
import { HttpError, parseParams, readJsonBody } from './http.ts';
import {
  ArticleParams,
  CypherBody,
  EdgeParams,
  GraphParams,
  LIMITS,
  NeighborhoodParams,
  NodeParams,
  PathParams,
  SearchParams,
  TraceParams,
  VIEW_PROPS,
  queryObject,
} from './params.ts';

export interface CypherResult {
  columns: string[];
  /** One object per row, keyed by column; nodes and relationships as GraphNode / GraphEdge. */
  rows: Array<Record<string, unknown>>;
  /** Every node and relationship found in the rows, to draw. */
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}
/** A read-only Cypher runner (Neo4j only): read session, timeout, row limit. */
export type CypherRunner = (request: CypherBody) => Promise<CypherResult>;

export interface ApiOptions {
  store: GraphStore;
  cypher?: CypherRunner | null;
}

type Handler = (url: URL, req: IncomingMessage, params: Record<string, string>) => Promise<unknown>;
interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  names: string[];
  handler: Handler;
}

export function createApi({ store, cypher = null }: ApiOptions) {
  const routes: Route[] = [];
  const route = (method: Route['method'], spec: string, handler: Handler) => {
    const names: string[] = [];
    const pattern = new RegExp(
      `^${spec.replace(/:(\w+)/g, (_m, name: string) => {
        names.push(name);
        return '([^/]+)';
      })}$`,
    );
    routes.push({ method, pattern, names, handler });
  };
  const q = (url: URL) => queryObject(url);

  route('GET', '/api/config', async () => ({
    store: store.kind,
    cypher: Boolean(cypher),
    limits: LIMITS,
  }));

  route('GET', '/api/stats', async () => ({ store: store.kind, ...(await store.stats()) }));

  route('GET', '/api/graph', async (url) => {
    const p = parseParams(GraphParams, q(url));
    const view = p.props === 'view';
    const sub = await store.subgraph({
      limit: p.limit,
      offset: p.offset,
      withoutArticles: !p.articles,
      maxEdges: p.edges ?? p.limit * LIMITS.graphEdgesPerNode,
      ...(view ? { nodeProps: VIEW_PROPS.node, edgeProps: VIEW_PROPS.edge } : {}),
    });
    const nodes = sub.nodes.map(withoutText);
    // Every capped answer says what it left out: `total` nodes to choose from, this page from `offset`, and the
    // page's `edgeTotal` edges of which `edges` were kept.
    const page = { limit: p.limit, offset: p.offset, total: sub.total ?? null, edgeTotal: sub.edgeTotal ?? null };
    if (p.format === 'columns') return { ...toColumns({ ...sub, nodes }), ...page };
    if (p.format === 'packed') return { ...packColumns(toColumns({ ...sub, nodes })), ...page };
    return { ...sub, nodes, ...page };
  });

  route('GET', '/api/search', async (url) => {
    const p = parseParams(SearchParams, q(url));
    const hits = await store.search(p.q, { limit: p.limit, labels: p.labels });
    return { hits: hits.slice(0, p.limit).map(withoutText) };
  });

  route('GET', '/api/node/:id', async (url, _req, params) => {
    const p = parseParams(NodeParams, { ...q(url), ...params });
    return nodeDetails(store, p.id);
  });

  route('GET', '/api/neighborhood/:id', async (url, _req, params) => {
    const p = parseParams(NeighborhoodParams, { ...q(url), ...params });
    const sub = await store.neighborhood(p.id, { depth: p.depth, limit: p.limit });
    return { ...sub, nodes: sub.nodes.map(withoutText) };
  });

  route('GET', '/api/edge/:key', async (url, _req, params) => {
    const p = parseParams(EdgeParams, { ...q(url), ...params });
    return edgeDetails(store, p.key, p.node);
  });

  route('GET', '/api/article/:id', async (url, _req, params) => {
    const p = parseParams(ArticleParams, { ...q(url), ...params });
    const node = await store.getNode(p.id);
    if (!node || !node.labels.includes('Article'))
      throw new HttpError(404, `No article with id ${JSON.stringify(p.id)}`);
    const text = typeof node.props.text === 'string' ? node.props.text : '';
    return {
      ...withoutText(node).props,
      id: node.id,
      text: text.slice(p.offset, p.offset + p.length),
      offset: p.offset,
      totalChars: text.length,
      nextOffset: p.offset + p.length < text.length ? p.offset + p.length : null,
    };
  });

  route('GET', '/api/trace', async (url) => {
    const p = parseParams(TraceParams, q(url));
    return store.trace(p.claim ? { claimId: p.claim, limit: p.limit } : { actor: p.actor!, limit: p.limit });
  });

  route('GET', '/api/path', async (url) => {
    const p = parseParams(PathParams, q(url));
    // Breadth-first from both ends by index, capped (GraphStore.shortestPath); an unknown end or an article is a 404.
    const result = await store.shortestPath(p.from, p.to);
    return { ...result, nodes: result.nodes.map(withoutText) };
  });

  // The actor-first view: folded actor network, a folded link's statements, a node's timeline (actors.ts).
  route('GET', '/api/actors', async (url) => actorNetwork(store, parseParams(ActorsParams, q(url))));
  // The first page load asks for the actor network: fold it while the server waits for that request.
  void store.actorGraph({ limit: 1 }).catch(() => {});
  route('GET', '/api/folded', async (url) => foldedDetails(store, parseParams(FoldedParams, q(url))));
  route('GET', '/api/timeline/:id', async (url, _req, params) =>
    timeline(store, parseParams(TimelineParams, { ...q(url), ...params }).id),
  );

  route('POST', '/api/cypher', async (_url, req) => {
    if (!cypher)
      throw new HttpError(
        409,
        `The Cypher console needs Neo4j; this server runs the ${store.kind} store. Set NEO4J_URI (or pass --neo4j) and restart \`kg serve\`.`,
      );
    const body = parseParams(CypherBody, await readJsonBody(req));
    const result = await cypher(body);
    return { ...result, nodes: result.nodes.map(withoutText) };
  });

  /** Resolves a request to a handler result, or throws HttpError (404 for unknown API paths). */
  return async function handle(req: IncomingMessage, url: URL): Promise<unknown> {
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    let allowed: string[] = [];
    for (const r of routes) {
      const m = r.pattern.exec(url.pathname);
      if (!m) continue;
      if (r.method !== method) {
        allowed.push(r.method);
        continue;
      }
      const params: Record<string, string> = {};
      try {
        r.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1]!)));
      } catch {
        throw new HttpError(400, 'Invalid URL encoding in path');
      }
      return r.handler(url, req, params);
    }
    allowed = [...new Set(allowed)];
    if (allowed.length) throw new HttpError(405, `Method ${req.method} not allowed; use ${allowed.join(', ')}`);
    throw new HttpError(404, `No API endpoint ${url.pathname}`);
  };
}
