// Parallel edges (same pair of nodes, either direction) get distinct curvatures so none hides another.
// In: the dataset. Out: a map edge → curvature (0 = straight); the graph is not touched.
import type { Dataset } from './dataset.ts';

export function parallelCurvatures(graph: Dataset, base = 0.25): Map<string, number> {
  const groups = new Map<string, string[]>();
  graph.forEachEdge((edge, _a, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const list = groups.get(pair);
    if (list) list.push(edge);
    else groups.set(pair, [edge]);
  });
  const out = new Map<string, number>();
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    list.forEach((edge, i) => {
      // Fan out symmetrically; an edge drawn the other way round bends to the other side.
      const k = i - (list.length - 1) / 2;
      const flip = graph.source(edge) < graph.target(edge) ? 1 : -1;
      out.set(edge, (k === 0 ? 0.0001 : base * k) * flip);
    });
  }
  return out;
}
