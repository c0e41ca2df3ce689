// The whole graph read from the database into graphology, for the queries that still walk it in memory (subgraph,
// neighbourhood, search, trace, the actor network). In: a Db. Out: a KgGraph that is never mutated.
import { MultiDirectedGraph } from 'graphology';

import { type Db, type EdgeRow, type NodeRow, edgeAttrs, nodeAttrs } from './db.ts';
import type { EdgeAttrs, KgGraph, NodeAttrs } from './types.ts';

/** Loads, in the order they were written, every node (without the stored extractions, which only `kg resolve` reads, row by row) and edge. */
export function loadSnapshot(db: Db): KgGraph {
  const g: KgGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>({ allowSelfLoops: true });
  // One read transaction, so nodes and edges come from the same commit.
  db.transaction(() => {
    for (const r of db
      .prepare('SELECT id, label, sub, props, rank FROM node ORDER BY rowid')
      .iterate() as IterableIterator<NodeRow>)
      g.addNode(r.id, nodeAttrs(r));
    for (const r of db
      .prepare('SELECT key, type, source, target, props FROM edge ORDER BY rowid')
      .iterate() as IterableIterator<EdgeRow>)
      if (g.hasNode(r.source) && g.hasNode(r.target)) g.addEdgeWithKey(r.key, r.source, r.target, edgeAttrs(r));
  })();
  return g;
}
