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
    /**
     * Row numbers into the node columns; a number past the last row names `outside[n - rows]`: an end that is not
     * a row of this answer (a node an earlier page sent).
     */
    source: number[];
    target: number[];
    outside: string[];
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
  const edges = sub.edges;
  const outside: string[] = [];
  const end = (id: string) => {
    let r = row.get(id);
    if (r === undefined) row.set(id, (r = sub.nodes.length + outside.push(id) - 1));
    return r;
  };
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
      source: edges.map((e) => end(e.source)),
      target: edges.map((e) => end(e.target)),
      outside,
      props: propColumns(edges),
    },
  };
}
