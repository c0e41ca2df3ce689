// Growing the actor view on demand: actors and folded links from the server are added next to the node they
// were reached from (a ring around it), so what is already on screen does not move.
// In: the dataset, API nodes and edges, the anchor node. Out: the ids of the nodes added.
import type { GraphEdge, GraphNode } from '../app/api.ts';
import { type Dataset, hash01, mergeInto } from '../graph/dataset.ts';

/** Adds nodes and edges; new nodes go on a ring around `anchor` (or around a neighbour already drawn). */
export function mergeAround(graph: Dataset, nodes: GraphNode[], edges: GraphEdge[], anchor: string | null): string[] {
  const fresh = nodes.filter((n) => !graph.hasNode(n.id));
  mergeInto(graph, nodes, edges);
  if (!fresh.length) return [];
  const extent = spread(graph);
  fresh.forEach((n, i) => {
    const near =
      anchor && graph.hasNode(anchor) ? anchor : neighbourDrawn(graph, n.id, new Set(fresh.map((f) => f.id)));
    const c = near ? graph.getNodeAttributes(near) : { x: 0, y: 0 };
    const ring = extent * (0.12 + 0.05 * Math.floor(i / 16));
    const angle = (2 * Math.PI * (i % 16)) / Math.min(16, fresh.length) + hash01(n.id, 3) * 0.3;
    graph.mergeNodeAttributes(n.id, { x: c.x + ring * Math.cos(angle), y: c.y + ring * Math.sin(angle) });
  });
  return fresh.map((n) => n.id);
}

function neighbourDrawn(graph: Dataset, node: string, fresh: Set<string>): string | null {
  for (const m of graph.neighbors(node)) if (!fresh.has(m)) return m;
  return null;
}

/** The larger side of the graph's bounding box (1 for a graph of one point). */
function spread(graph: Dataset): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_n, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  return Math.max(1, maxX - minX, maxY - minY);
}
