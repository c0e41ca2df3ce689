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
  const graph = nodesFromColumns(c);
  addEdgesFromColumns(graph, c);
  return graph;
}

/** The snapshot's nodes only (a huge graph draws them first, its edges a frame later: addEdgesFromColumns). */
export function nodesFromColumns(c: GraphColumns): Dataset {
  const graph: Dataset = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  const { nodes } = c;
  const nodeKeys = Object.keys(nodes.props);
  for (let i = 0; i < nodes.id.length; i++) {
    const id = nodes.id[i]!;
    if (graph.hasNode(id)) continue;
    graph.addNode(
      id,
      nodeAttrs({ id, labels: nodes.labelSets[nodes.labels[i]!]!, props: rowProps(nodes.props, nodeKeys, i) }),
    );
  }
  return graph;
}

/** An edge end's id: a row of the node columns, or past them one of `outside` (a node an earlier page sent). */
export function endId(c: GraphColumns, n: number): string {
  const rows = c.nodes.id.length;
  return n < rows ? c.nodes.id[n]! : (c.edges.outside[n - rows] ?? '');
}

/** Adds the snapshot's edges to a dataset holding its nodes (an edge to a node it does not hold is skipped). */
export function addEdgesFromColumns(graph: Dataset, c: GraphColumns): void {
  const { edges } = c;
  const edgeKeys = Object.keys(edges.props);
  const rows = c.nodes.id.length;
  for (let i = 0; i < edges.key.length; i++) {
    const source = endId(c, edges.source[i]!);
    const target = endId(c, edges.target[i]!);
    if ((edges.source[i]! >= rows && !graph.hasNode(source)) || (edges.target[i]! >= rows && !graph.hasNode(target)))
      continue;
    const key = edges.key[i]!;
    const type = edges.types[edges.type[i]!]!;
    const attrs = edgeAttrs({ key, type, source: '', target: '', props: rowProps(edges.props, edgeKeys, i) });
    // Keys are unique in a store; a repeated one is skipped as buildDataset does (graphology refuses it).
    // No hasEdge test first: it costs a tenth of a second on 100,000 edges.
    try {
      graph.addDirectedEdgeWithKey(key, source, target, attrs);
    } catch (err) {
      if (!graph.hasEdge(key)) throw err;
    }
  }
}

/** Each node's degree (in + out, as graphology counts it) from the snapshot's edge columns, before the edges are added. */
export function degreesFromColumns(c: GraphColumns): Map<string, number> {
  const count = new Uint32Array(c.nodes.id.length + c.edges.outside.length);
  for (const s of c.edges.source) count[s]!++;
  for (const t of c.edges.target) count[t]!++;
  const out = new Map<string, number>();
  c.nodes.id.forEach((id, i) => out.set(id, count[i]!));
  return out;
}
