// An index over a stored graph read through the GraphStore interface (store.subgraph): for each article, the
// spans that tie actors, claims and incidents to it. In: a Subgraph. Out: lookups the mapping step needs.
// Only documented graph properties are read (DESIGN.md's model), so the scorer survives resolution changes.
import type { GraphEdge, GraphNode, Subgraph } from '../../../graph/store.ts';
import type { Span } from './spans.ts';

export const SPEECH = new Set(['CLAIMS', 'DENIES', 'CONFIRMS']);

/** A node's tie to one article: where the article mentions it, and how we know. */
export interface Anchor {
  node: string;
  span: Span;
  /** `mentions`: the MENTIONED_IN edge's full mention list; `edge`: an edge's start/end; `speaker`: a speech edge's source span. */
  how: 'mentions' | 'edge' | 'speaker';
  /** An incident's trigger words inside `span` (its evidence sentence), when the edge carries them. */
  triggers?: Span[];
}

export interface GraphIndex {
  nodes: Map<string, GraphNode>;
  /** Article node id by its exact text. */
  articleByText: Map<string, string>;
  /** Article node id by the basename of its source. */
  articleBySource: Map<string, string>;
  /** Actor anchors per article. */
  actorAnchors: Map<string, Anchor[]>;
  /** Actors MENTIONED_IN each article. */
  actorsIn: Map<string, Set<string>>;
  /** Articles each actor is MENTIONED_IN. */
  articlesOf: Map<string, Set<string>>;
  /** Speech edges per article (their target is the Claim node). */
  speechIn: Map<string, GraphEdge[]>;
  /** Incident anchors per article. */
  incidentAnchors: Map<string, Anchor[]>;
  /** Claim nodes linked to other Claim nodes by any edge (a paraphrase or same-assertion link). */
  claimLinks: Array<[string, string]>;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The spans an edge holds: its `mentions` list ([s, e, s, e, ...]) when present, else its start/end. */
export function edgeSpans(edge: GraphEdge): { spans: Span[]; how: 'mentions' | 'edge' } {
  const m = edge.props.mentions;
  if (Array.isArray(m) && m.length >= 2 && m.every((x) => typeof x === 'number')) {
    const spans: Span[] = [];
    for (let i = 0; i + 1 < m.length; i += 2) spans.push([m[i] as number, m[i + 1] as number]);
    return { spans, how: 'mentions' };
  }
  const s = num(edge.props.start);
  const e = num(edge.props.end);
  return { spans: s !== null && e !== null && e > s ? [[s, e]] : [], how: 'edge' };
}

/** An incident's anchor on an edge: its evidence sentence, with the trigger words in it when the edge has them. */
function incidentAnchors(edge: GraphEdge, node: string): Anchor[] {
  const { spans, how } = edgeSpans(edge);
  const s = num(edge.props.start);
  const e = num(edge.props.end);
  if (how === 'mentions' && s !== null && e !== null && e > s)
    return [{ node, span: [s, e], how: 'edge', triggers: spans }];
  return spans.map((span) => ({ node, span, how }));
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};
const add = <K, V>(map: Map<K, Set<V>>, key: K, value: V) => {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
};

export function indexGraph(graph: Subgraph): GraphIndex {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const has = (id: string, label: string) => nodes.get(id)?.labels.includes(label) ?? false;
  const ix: GraphIndex = {
    nodes,
    articleByText: new Map(),
    articleBySource: new Map(),
    actorAnchors: new Map(),
    actorsIn: new Map(),
    articlesOf: new Map(),
    speechIn: new Map(),
    incidentAnchors: new Map(),
    claimLinks: [],
  };
  for (const n of graph.nodes) {
    if (!n.labels.includes('Article')) continue;
    if (typeof n.props.text === 'string') ix.articleByText.set(n.props.text, n.id);
    if (typeof n.props.source === 'string') ix.articleBySource.set(n.props.source.split(/[\\/]/).pop()!, n.id);
  }
  for (const e of graph.edges) {
    const article = typeof e.props.article === 'string' ? e.props.article : null;
    if (e.type === 'MENTIONED_IN' && has(e.target, 'Article')) {
      const { spans, how } = edgeSpans(e);
      if (has(e.source, 'Actor')) {
        add(ix.actorsIn, e.target, e.source);
        add(ix.articlesOf, e.source, e.target);
        for (const span of spans) push(ix.actorAnchors, e.target, { node: e.source, span, how });
      } else if (has(e.source, 'Incident'))
        for (const a of incidentAnchors(e, e.source)) push(ix.incidentAnchors, e.target, a);
      continue;
    }
    if (has(e.source, 'Claim') && has(e.target, 'Claim') && e.source !== e.target)
      ix.claimLinks.push([e.source, e.target]);
    if (!article) continue;
    if (SPEECH.has(e.type) && has(e.target, 'Claim')) {
      push(ix.speechIn, article, e);
      const s = num(e.props.sourceStart);
      const end = num(e.props.sourceEnd);
      if (s !== null && end !== null && end > s && has(e.source, 'Actor'))
        push(ix.actorAnchors, article, { node: e.source, span: [s, end], how: 'speaker' });
    }
    // Any other edge touching an incident in this article (participation, a per-article report) anchors it there;
    // not a claim's ABOUT edge, whose span is the claim's whole content (it may tell two incidents).
    if (e.type === 'ABOUT') continue;
    for (const end of [e.source, e.target])
      if (has(end, 'Incident')) for (const a of incidentAnchors(e, end)) push(ix.incidentAnchors, article, a);
  }
  return ix;
}
