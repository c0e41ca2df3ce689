// Shortest path between two nodes over a cached, undirected snapshot of the graph (articles left out,
// since every actor shares them). In: a GraphStore and two ids. Out: the node ids and edges on the path.
import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';

import type { GraphEdge, GraphNode, GraphStore } from '../../graph/store.ts';
import { HttpError } from './http.ts';
import { LIMITS, VIEW_PROPS } from './params.ts';

export interface PathResult {
  found: boolean;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The snapshot was capped, so a longer-range path may have been missed. */
  truncated: boolean;
}

interface Snapshot {
  graph: UndirectedGraph;
  edges: Map<string, GraphEdge>;
  truncated: boolean;
  at: number;
}

const TTL_MS = 10_000;

export class PathFinder {
  private snapshot: Promise<Snapshot> | null = null;
  constructor(private readonly store: GraphStore) {}

  private async load(): Promise<Snapshot> {
    // What the viewer draws a path with (VIEW_PROPS): 50,000 nodes' every property would be most of the read.
    const sub = await this.store.subgraph({
      limit: LIMITS.graphNodes,
      withoutArticles: true,
      nodeProps: VIEW_PROPS.node,
      edgeProps: VIEW_PROPS.edge,
    });
    const graph = new UndirectedGraph();
    for (const n of sub.nodes) graph.mergeNode(n.id, { node: n });
    const edges = new Map<string, GraphEdge>();
    for (const e of sub.edges) {
      if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
      // One edge per pair is enough for reachability; keep the first key to draw it.
      if (!graph.hasEdge(e.source, e.target)) graph.addEdge(e.source, e.target, { key: e.key });
      edges.set(e.key, e);
    }
    return { graph, edges, truncated: sub.truncated, at: Date.now() };
  }

  private async current(): Promise<Snapshot> {
    const snap = this.snapshot ? await this.snapshot : null;
    if (snap && Date.now() - snap.at < TTL_MS) return snap;
    this.snapshot = this.load();
    this.snapshot.catch(() => (this.snapshot = null));
    return this.snapshot;
  }

  async find(from: string, to: string): Promise<PathResult> {
    const snap = await this.current();
    for (const id of [from, to])
      if (!snap.graph.hasNode(id))
        throw new HttpError(404, `No node ${JSON.stringify(id)} in the graph (articles are not part of paths)`);
    const ids = bidirectional(snap.graph, from, to);
    if (!ids) return { found: false, nodes: [], edges: [], truncated: snap.truncated };
    const edges: GraphEdge[] = [];
    for (let i = 1; i < ids.length; i++) {
      const key = snap.graph.getEdgeAttribute(snap.graph.edge(ids[i - 1]!, ids[i]!)!, 'key') as string;
      edges.push(snap.edges.get(key)!);
    }
    const nodes = ids.map((id) => snap.graph.getNodeAttribute(id, 'node') as GraphNode);
    return { found: true, nodes, edges, truncated: snap.truncated };
  }
}
