// Node and edge details for the side panel: claims by/about a node and each edge's evidence.
// In: a GraphStore and an id. Out: JSON-ready views with evidence segments (plain text).
import { SPEECH_TYPES } from '../../graph/model.ts';
import type { GraphEdge, GraphNode, GraphStore, Subgraph } from '../../graph/store.ts';
import { type Evidence, evidenceSegments } from './evidence.ts';
import { HttpError } from './http.ts';
import { LIMITS } from './params.ts';

export interface NodeRef {
  id: string;
  name: string;
  labels: string[];
}
export interface EdgeView {
  key: string;
  type: string;
  source: NodeRef;
  target: NodeRef;
  props: GraphEdge['props'];
  evidence: Evidence | null;
}
export interface ClaimItem {
  claim: NodeRef & { text: string };
  /** The speech or relay edge that links the actor to the claim. */
  edge: EdgeView;
}
export interface NodeDetails {
  node: GraphNode;
  /** Claims the node made, denied, confirmed or relayed; for a Claim node, everyone who did so. */
  statements: ClaimItem[];
  /** Statements whose claim is ABOUT this node. */
  about: ClaimItem[];
  /** Other direct relationships (interactions, structure), with evidence. */
  relations: EdgeView[];
  articles: NodeRef[];
  truncated: boolean;
  /**
   * The neighbourhood the lists come from: nodes within two hops read (`shown`) of those counted (`total`, at least;
   * graph/store.ts Subgraph.total), the most connected first. A hub's lists come from its best-connected neighbours.
   */
  neighbours: { shown: number; total: number };
}

const STATEMENT_TYPES = new Set<string>([...SPEECH_TYPES, 'RELAYED']);
const MAX_ITEMS = 200;

/** Article nodes are returned without their text: it is paged through /api/article. */
export function withoutText(node: GraphNode): GraphNode {
  if (!('text' in node.props)) return node;
  const props = { ...node.props };
  delete props.text;
  return { ...node, props };
}

const ref = (n: GraphNode | undefined, id: string): NodeRef => ({
  id,
  name: typeof n?.props.name === 'string' ? n.props.name : id,
  labels: n?.labels ?? [],
});

/** Loads article texts once per request (a node's evidence often cites the same few articles). */
export class ArticleTexts {
  private readonly cache = new Map<string, Promise<string | null>>();
  constructor(private readonly store: GraphStore) {}
  get(id: string): Promise<string | null> {
    let p = this.cache.get(id);
    if (!p) {
      p = this.store.getNode(id).then((n) => (n && typeof n.props.text === 'string' ? n.props.text : null));
      this.cache.set(id, p);
    }
    return p;
  }
}

export async function edgeView(e: GraphEdge, nodes: Map<string, GraphNode>, texts: ArticleTexts): Promise<EdgeView> {
  const article = typeof e.props.article === 'string' ? e.props.article : null;
  const text = article && typeof e.props.sentence === 'string' ? await texts.get(article) : null;
  return {
    key: e.key,
    type: e.type,
    source: ref(nodes.get(e.source), e.source),
    target: ref(nodes.get(e.target), e.target),
    props: e.props,
    evidence: evidenceSegments(text, e.props),
  };
}

const claimRef = (n: GraphNode | undefined, id: string) => ({
  ...ref(n, id),
  text: typeof n?.props.text === 'string' ? n.props.text : ref(n, id).name,
});

export async function nodeDetails(store: GraphStore, id: string): Promise<NodeDetails> {
  const node = await store.getNode(id);
  if (!node) throw new HttpError(404, `No node with id ${JSON.stringify(id)}`);
  const sub: Subgraph = await store.neighborhood(id, { depth: 2, limit: LIMITS.neighborhood });
  const nodes = new Map(sub.nodes.map((n) => [n.id, n]));
  nodes.set(id, node);
  const texts = new ArticleTexts(store);
  const isClaim = node.labels.includes('Claim');

  const statementEdges = sub.edges.filter(
    (e) => STATEMENT_TYPES.has(e.type) && (isClaim ? e.target === id : e.source === id),
  );
  const aboutClaims = new Set(sub.edges.filter((e) => e.type === 'ABOUT' && e.target === id).map((e) => e.source));
  const aboutEdges = sub.edges.filter((e) => STATEMENT_TYPES.has(e.type) && aboutClaims.has(e.target));
  const direct = sub.edges.filter(
    (e) =>
      (e.source === id || e.target === id) &&
      !STATEMENT_TYPES.has(e.type) &&
      e.type !== 'MENTIONED_IN' &&
      e.type !== 'REPORTS',
  );
  const articleIds = new Set<string>();
  for (const e of sub.edges) {
    if (e.type === 'MENTIONED_IN' && e.source === id) articleIds.add(e.target);
    if (e.type === 'REPORTS' && e.target === id) articleIds.add(e.source);
  }
  if (node.labels.includes('Article')) articleIds.add(id);

  const toItem = async (e: GraphEdge): Promise<ClaimItem> => ({
    claim: claimRef(nodes.get(e.target), e.target),
    edge: await edgeView(e, nodes, texts),
  });
  const cut = (xs: GraphEdge[]) => xs.slice(0, MAX_ITEMS);
  return {
    node: withoutText(node),
    statements: await Promise.all(cut(statementEdges).map(toItem)),
    about: await Promise.all(cut(aboutEdges).map(toItem)),
    relations: await Promise.all(cut(direct).map((e) => edgeView(e, nodes, texts))),
    articles: [...articleIds].slice(0, MAX_ITEMS).map((a) => ref(nodes.get(a), a)),
    neighbours: { shown: sub.nodes.length - 1, total: Math.max(sub.nodes.length, sub.total ?? 0) - 1 },
    truncated:
      sub.truncated ||
      [statementEdges, aboutEdges, direct].some((xs) => xs.length > MAX_ITEMS) ||
      articleIds.size > MAX_ITEMS,
  };
}

export async function edgeDetails(store: GraphStore, key: string, nodeId: string): Promise<EdgeView> {
  const sub = await store.neighborhood(nodeId, { depth: 1, limit: LIMITS.neighborhood });
  const edge = sub.edges.find((e) => e.key === key);
  if (!edge) throw new HttpError(404, `No edge ${JSON.stringify(key)} at node ${JSON.stringify(nodeId)}`);
  return edgeView(edge, new Map(sub.nodes.map((n) => [n.id, n])), new ArticleTexts(store));
}
