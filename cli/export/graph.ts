// A Subgraph as a graphology graph ready for Gephi and other tools: flat attributes, the viewer's colours by kind and
// relationship type, sizes by degree and ForceAtlas2 positions. In: a Subgraph. Out: a MultiDirectedGraph.
import { MultiDirectedGraph } from 'graphology';
import fa2 from 'graphology-layout-forceatlas2';

import type { PropValue } from '../../graph/model.ts';
import type { Subgraph } from '../../graph/store.ts';
import { DEFAULT_EDGE_COLOR, EDGE_COLOR, KIND_COLOR, kindOf } from '../../viewer/src/graph/style.ts';

// The package is CommonJS typed as an ES default export: Node's ESM loader gives module.exports (the layout function)
// as the default, which TypeScript under NodeNext types as the namespace. One cast, valid for tsx, Vite and Node.
interface SyncLayout {
  assign(graph: MultiDirectedGraph, options: { iterations: number; settings?: object }): void;
  inferSettings(graph: MultiDirectedGraph): object;
}
const forceAtlas2 = ((fa2 as unknown as { default?: SyncLayout }).default ?? fa2) as unknown as SyncLayout;

export type Flat = Record<string, string | number | boolean>;

/** Characters XML 1.0 cannot hold (controls other than tab/newline/return, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const xmlSafe = (s: string): string => s.replace(NOT_XML, '');

/** Property values as GEXF/GraphML can hold them: lists as `a; b`, nulls and empty lists dropped. */
export function flatten(props: Record<string, PropValue>): Flat {
  const out: Flat = {};
  for (const [k, v] of Object.entries(props)) {
    if (v === null || v === undefined) continue;
    if (Array.isArray(v)) {
      if (v.length) out[k] = xmlSafe(v.join('; '));
    } else out[k] = typeof v === 'string' ? xmlSafe(v) : v;
  }
  return out;
}

/** Above this many nodes no layout runs (ForceAtlas2 in one thread would take minutes): a spiral, to lay out in Gephi. */
export const LAYOUT_MAX_NODES = 20_000;

export function toGraphology(sub: Subgraph, options: { layout?: boolean } = {}): MultiDirectedGraph {
  const g = new MultiDirectedGraph();
  sub.nodes.forEach((n, i) => {
    const kind = kindOf(n.labels);
    // A golden-angle spiral: deterministic start positions, spread evenly (ForceAtlas2 needs distinct ones).
    const r = Math.sqrt(i + 1) * 10;
    const a = i * 2.399963;
    g.addNode(n.id, {
      ...flatten(n.props),
      labels: n.labels.join(';'),
      label: xmlSafe(String(n.props.name ?? n.props.title ?? n.props.text ?? n.id)),
      color: KIND_COLOR[kind],
      x: r * Math.cos(a),
      y: r * Math.sin(a),
    });
  });
  for (const e of sub.edges) {
    if (!g.hasNode(e.source) || !g.hasNode(e.target) || g.hasEdge(e.key)) continue;
    g.addDirectedEdgeWithKey(e.key, e.source, e.target, {
      ...flatten(e.props),
      label: e.type,
      kind: e.type,
      color: EDGE_COLOR[e.type] ?? DEFAULT_EDGE_COLOR,
    });
  }
  g.forEachNode((n) => g.setNodeAttribute(n, 'size', Math.round((3 + 2 * Math.sqrt(g.degree(n))) * 10) / 10));
  if (options.layout !== false && g.order > 1 && g.order <= LAYOUT_MAX_NODES)
    forceAtlas2.assign(g, {
      iterations: g.order > 2000 ? 60 : 200,
      settings: { ...forceAtlas2.inferSettings(g), barnesHutOptimize: g.order > 1000 },
    });
  g.forEachNode((n, a) => {
    g.setNodeAttribute(n, 'x', Math.round(a.x * 100) / 100);
    g.setNodeAttribute(n, 'y', Math.round(a.y * 100) / 100);
  });
  return g;
}
