// Node sizes by degree, PageRank or statements made, rescaled to a pixel range. In: the dataset. Out: node → size.
import pagerank from 'graphology-metrics/centrality/pagerank';

import type { Dataset } from './dataset.ts';

export type SizeBy = 'degree' | 'pagerank' | 'statements';
const MIN = 3;
const MAX = 18;
/** Beyond this many nodes the size range shrinks with sqrt(order), so the picture is not one solid blob. */
const CROWDED = 2_000;

/** `degrees`: the degrees to size by when the graph does not hold its edges yet (a huge snapshot's first frame). */
export function nodeSizes(graph: Dataset, by: SizeBy, degrees?: Map<string, number>): Map<string, number> {
  const raw = new Map<string, number>();
  if (by === 'pagerank' && graph.size > 0) {
    try {
      const scores = pagerank(graph, { getEdgeWeight: null, maxIterations: 200 });
      for (const [n, s] of Object.entries(scores)) raw.set(n, s);
    } catch {
      // PageRank can fail to converge on odd graphs; degree is the honest fallback.
      raw.clear();
    }
  }
  // Statements: what the actor view's server counted (folded weight), else the claims drawn around the node.
  if (by === 'statements')
    graph.forEachNode((n, a) => {
      const w = a.props.weight;
      raw.set(n, typeof w === 'number' ? w : graph.outDegree(n));
    });
  if (raw.size === 0) graph.forEachNode((n) => raw.set(n, degrees?.get(n) ?? graph.degree(n)));
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of raw.values()) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const out = new Map<string, number>();
  // 20,000 discs of radius 3–18 px cover a viewport twenty times over (and software WebGL pays per pixel).
  const shrink = Math.min(1, Math.sqrt(CROWDED / Math.max(1, graph.order)));
  const min = Math.max(1.5, MIN * shrink);
  const max = Math.max(5, MAX * shrink);
  // Square root so a hub does not dwarf everyone else.
  const span = Math.sqrt(hi) - Math.sqrt(lo) || 1;
  for (const [n, v] of raw) out.set(n, min + ((Math.sqrt(v) - Math.sqrt(lo)) / span) * (max - min));
  return out;
}
