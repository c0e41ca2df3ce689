// The dataset stage: API subgraph → a graphology MultiDirectedGraph holding data and positions only.
// Display attributes (colour, size, hidden, highlight) are never written here; reducers derive them.
import { MultiDirectedGraph } from 'graphology';

import type { GraphColumns, GraphEdge, GraphNode } from '../app/api.ts';
import { type NodeKind, type Stance, kindOf } from './style.ts';

export interface NodeAttrs {
  x: number;
  y: number;
  label: string;
  kind: NodeKind;
  labels: string[];
  /** Incident date or article publication date (YYYY-MM-DD, YYYY-MM, --MM-DD) when known. */
  date: string | null;
  /** For articles: the outlet actor id. */
  outlet: string | null;
  props: GraphNode['props'];
}
export interface EdgeAttrs {
  /** The relationship type (sigma reserves `type` for its render program). */
  rel: string;
  /** The article the evidence comes from. */
  article: string | null;
  stance: Stance | null;
  props: GraphEdge['props'];
}
export type Dataset = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

/** A stable pseudo-random number in [0, 1) from a string, so first layouts are reproducible. */
export function hash01(s: string, salt = 0): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return ((h >>> 0) % 1_000_003) / 1_000_003;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const STANCE_OF: Record<string, Stance> = { CLAIMS: 'claims', DENIES: 'denies', CONFIRMS: 'confirms' };

export function nodeAttrs(n: GraphNode): NodeAttrs {
  const kind = kindOf(n.labels);
  const p = n.props;
  // Preset positions (a bench or an export) are kept; otherwise a stable scatter seeds ForceAtlas2.
  const x = typeof p.x === 'number' ? p.x : hash01(n.id, 1) * 100;
  const y = typeof p.y === 'number' ? p.y : hash01(n.id, 2) * 100;
  return {
    x,
    y,
    label: str(p.name) ?? str(p.title) ?? n.id,
    kind,
    labels: n.labels,
    date: kind === 'Article' ? str(p.publishedAt) : kind === 'Incident' ? str(p.date) : null,
    outlet: kind === 'Article' ? str(p.outlet) : null,
    props: p,
  };
}

export function edgeAttrs(e: GraphEdge): EdgeAttrs {
  const stance = STANCE_OF[e.type] ?? (e.type === 'REPORTS' ? ((str(e.props.stance) as Stance | null) ?? null) : null);
  return { rel: e.type, article: str(e.props.article), stance, props: e.props };
}

/** Adds nodes and edges to the dataset; existing ones are left as they are (positions kept). */
export function mergeInto(graph: Dataset, nodes: GraphNode[], edges: GraphEdge[]): void {
  for (const n of nodes) if (!graph.hasNode(n.id)) graph.addNode(n.id, nodeAttrs(n));
  for (const e of edges) {
    if (graph.hasEdge(e.key) || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.addDirectedEdgeWithKey(e.key, e.source, e.target, edgeAttrs(e));
  }
}

export function buildDataset(nodes: GraphNode[], edges: GraphEdge[]): Dataset {
  const graph: Dataset = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  mergeInto(graph, nodes, edges);
  return graph;
}

/** Row i of property columns as a props object (absent values left out, as in the object format). */
function rowProps(cols: Record<string, unknown[]>, keys: string[], i: number): GraphNode['props'] {
  const out: GraphNode['props'] = {};
  for (const k of keys) {
    const v = cols[k]![i];
    if (v !== null && v !== undefined) out[k] = v as GraphNode['props'][string];
  }
  return out;
}

/** The dataset from the columnar snapshot: same attributes as buildDataset, without the per-row JSON objects. */
export function buildDatasetFromColumns(c: GraphColumns): Dataset {
  const graph: Dataset = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  const { nodes, edges } = c;
  const nodeKeys = Object.keys(nodes.props);
  for (let i = 0; i < nodes.id.length; i++) {
    const id = nodes.id[i]!;
    if (graph.hasNode(id)) continue;
    graph.addNode(
      id,
      nodeAttrs({ id, labels: nodes.labelSets[nodes.labels[i]!]!, props: rowProps(nodes.props, nodeKeys, i) }),
    );
  }
  const edgeKeys = Object.keys(edges.props);
  for (let i = 0; i < edges.key.length; i++) {
    const key = edges.key[i]!;
    if (graph.hasEdge(key)) continue;
    const e = {
      key,
      type: edges.types[edges.type[i]!]!,
      source: nodes.id[edges.source[i]!]!,
      target: nodes.id[edges.target[i]!]!,
      props: rowProps(edges.props, edgeKeys, i),
    };
    graph.addDirectedEdgeWithKey(key, e.source, e.target, edgeAttrs(e));
  }
  return graph;
}
