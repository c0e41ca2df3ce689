// The graph snapshot as columns: one array per field instead of one object per node and edge, which is
// several times cheaper to serialise, send, parse and garbage-collect. In: a Subgraph. Out: GraphColumns.
import type { GraphEdge, GraphNode, Subgraph } from '../../graph/store.ts';

type Value = GraphNode['props'][string];

/** Property columns: for each key seen, one value per row (null where the row lacks it). */
export type PropColumns = Record<string, Array<Value | null>>;

export interface GraphColumns {
  format: 'columns';
  truncated: boolean;
  nodes: {
    id: string[];
    /** Distinct label lists; `labels[i]` indexes into it. */
    labelSets: string[][];
    labels: number[];
    props: PropColumns;
  };
  edges: {
    key: string[];
    /** Distinct relationship types; `type[i]` indexes into it. */
    types: string[];
    type: number[];
    /** Row numbers into the node columns (edges with an end outside the snapshot are left out). */
    source: number[];
    target: number[];
    props: PropColumns;
  };
}

function propColumns(rows: Array<GraphNode | GraphEdge>): PropColumns {
  const cols: PropColumns = {};
  rows.forEach((row, i) => {
    for (const k in row.props) {
      const v = row.props[k];
      if (v === null || v === undefined) continue;
      (cols[k] ??= new Array<Value | null>(rows.length).fill(null))[i] = v;
    }
  });
  return cols;
}

export function toColumns(sub: Subgraph): GraphColumns {
  const row = new Map<string, number>();
  const setIndex = new Map<string, number>();
  const labelSets: string[][] = [];
  const labels = sub.nodes.map((n, i) => {
    row.set(n.id, i);
    const k = n.labels.join('\u0000');
    let s = setIndex.get(k);
    if (s === undefined) setIndex.set(k, (s = labelSets.push(n.labels) - 1));
    return s;
  });
  const edges = sub.edges.filter((e) => row.has(e.source) && row.has(e.target));
  const typeIndex = new Map<string, number>();
  const types: string[] = [];
  const type = edges.map((e) => {
    let t = typeIndex.get(e.type);
    if (t === undefined) typeIndex.set(e.type, (t = types.push(e.type) - 1));
    return t;
  });
  return {
    format: 'columns',
    truncated: sub.truncated,
    nodes: { id: sub.nodes.map((n) => n.id), labelSets, labels, props: propColumns(sub.nodes) },
    edges: {
      key: edges.map((e) => e.key),
      types,
      type,
      source: edges.map((e) => row.get(e.source)!),
      target: edges.map((e) => row.get(e.target)!),
      props: propColumns(edges),
    },
  };
}
