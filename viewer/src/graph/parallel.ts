// Parallel edges (same pair of nodes, either direction) get distinct curvatures so none hides another.
// In: the dataset. Out: a map edge → curvature (0 = straight); the graph is not touched.
import type { Dataset } from './dataset.ts';

export function parallelCurvatures(graph: Dataset, base = 0.25): Map<string, number> {
  // Pairs keyed by a number (node indices), and a list only for a pair that has a second edge: the full view's
  // 100,000 edges are nearly all alone, and a string key and an array for each cost a tenth of a second.
  const index = new Map<string, number>();
  graph.forEachNode((node) => index.set(node, index.size));
  const n = index.size;
  const groups = new Map<number, string | string[]>();
  graph.forEachEdge((edge, _a, source, target) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    const pair = s < t ? s * n + t : t * n + s;
    const seen = groups.get(pair);
    if (seen === undefined) groups.set(pair, edge);
    else if (typeof seen === 'string') groups.set(pair, [seen, edge]);
    else seen.push(edge);
  });
  const out = new Map<string, number>();
  for (const list of groups.values()) {
    if (typeof list === 'string') continue;
    list.forEach((edge, i) => {
      // Fan out symmetrically; an edge drawn the other way round bends to the other side.
      const k = i - (list.length - 1) / 2;
      const flip = graph.source(edge) < graph.target(edge) ? 1 : -1;
      out.set(edge, (k === 0 ? 0.0001 : base * k) * flip);
    });
  }
  return out;
}
