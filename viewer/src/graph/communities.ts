// Communities of the shown graph (Louvain, graphology-communities-louvain) for colouring and for seeding the
// layout in clusters. In: the dataset. Out: node → community number (largest community 0) and colours.
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';

import type { Dataset } from './dataset.ts';
import { hash01 } from './dataset.ts';

/** Ten distinguishable hues (Tableau 10); smaller communities share grey. */
const COMMUNITY_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];
const SMALL = '#9ca3af';

/** Louvain on the undirected, weighted simple graph (parallel links summed): Louvain takes no multigraph. */
export function communities(graph: Dataset): Map<string, number> {
  const simple = new UndirectedGraph();
  graph.forEachNode((n) => simple.addNode(n));
  graph.forEachEdge((_e, a, s, t) => {
    if (s === t) return;
    const w = typeof a.props.count === 'number' ? a.props.count : 1;
    simple.updateEdge(s, t, (attr) => ({ weight: ((attr.weight as number | undefined) ?? 0) + w }));
  });
  const raw = simple.size ? louvain(simple, { getEdgeWeight: 'weight', rng: seeded(7) }) : {};
  // Renumber by size so colour 0 is the largest community, and the numbering does not depend on Louvain's.
  const sizes = new Map<number, number>();
  for (const c of Object.values(raw)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes.keys()].sort((a, b) => sizes.get(b)! - sizes.get(a)! || a - b);
  const rank = new Map(order.map((c, i) => [c, i]));
  const out = new Map<string, number>();
  graph.forEachNode((n) => out.set(n, raw[n] === undefined ? order.length : rank.get(raw[n]!)!));
  return out;
}

export function communityColors(of: Map<string, number>): Map<string, string> {
  return new Map([...of].map(([n, c]) => [n, COMMUNITY_COLORS[c] ?? SMALL]));
}

/** Starting positions: each community on its own spot of a circle, so ForceAtlas2 starts from clusters. */
export function seedByCommunity(graph: Dataset, of: Map<string, number>): void {
  const count = Math.max(1, ...of.values()) + 1;
  graph.forEachNode((n) => {
    const c = of.get(n) ?? 0;
    const angle = (2 * Math.PI * c) / count;
    const r = count > 1 ? 100 : 0;
    graph.mergeNodeAttributes(n, {
      x: r * Math.cos(angle) + (hash01(n, 1) - 0.5) * 60,
      y: r * Math.sin(angle) + (hash01(n, 2) - 0.5) * 60,
    });
  });
}

/** A small deterministic RNG, so the same graph gets the same communities on every load. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}
