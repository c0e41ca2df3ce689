// Node sizes by degree or PageRank, rescaled to a pixel range. In: the dataset. Out: node → size.
import pagerank from 'graphology-metrics/centrality/pagerank';

import type { Dataset } from './dataset.ts';

export type SizeBy = 'degree' | 'pagerank';
const MIN = 3;
const MAX = 18;

export function nodeSizes(graph: Dataset, by: SizeBy): Map<string, number> {
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
  if (raw.size === 0) graph.forEachNode((n) => raw.set(n, graph.degree(n)));
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of raw.values()) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const out = new Map<string, number>();
  // Square root so a hub does not dwarf everyone else.
  const span = Math.sqrt(hi) - Math.sqrt(lo) || 1;
  for (const [n, v] of raw) out.set(n, MIN + ((Math.sqrt(v) - Math.sqrt(lo)) / span) * (MAX - MIN));
  return out;
}
