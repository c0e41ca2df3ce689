// The current view as a standalone graph: visible nodes and edges only, with the drawn colour, size
// and position, and flat data attributes. In: sigma + dataset. Out: a new graphology graph.
import { MultiDirectedGraph } from 'graphology';
import type Sigma from 'sigma';

import type { Dataset, EdgeAttrs, NodeAttrs } from '../graph/dataset.ts';

type Flat = Record<string, string | number | boolean>;

/** Flattens property values so GEXF can hold them (lists become `a; b`, nulls are dropped). */
export function flatten(props: Record<string, unknown>): Flat {
  const out: Flat = {};
  for (const [k, v] of Object.entries(props)) {
    if (v === null || v === undefined) continue;
    if (Array.isArray(v)) out[k] = v.join('; ');
    else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
  }
  return out;
}

export function currentViewGraph(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: Dataset): MultiDirectedGraph {
  const out = new MultiDirectedGraph();
  graph.forEachNode((n, a) => {
    const d = sigma.getNodeDisplayData(n);
    if (!d || d.hidden) return;
    out.addNode(n, { ...flatten(a.props), label: a.label, kind: a.kind, x: a.x, y: a.y, size: d.size, color: d.color });
  });
  graph.forEachEdge((e, a, s, t) => {
    const d = sigma.getEdgeDisplayData(e);
    if (!d || d.hidden || !out.hasNode(s) || !out.hasNode(t)) return;
    out.addDirectedEdgeWithKey(e, s, t, {
      ...flatten(a.props),
      type: a.rel,
      label: a.rel,
      color: d.color,
      size: d.size,
    });
  });
  return out;
}
