// Turns a trace (publisher → relays → speaker → claim, plus deniers and confirmers) or a path into the
// set of nodes and edges to emphasise. Pure. In: API results and the dataset. Out: an Emphasis.
import type { GraphEdge, TraceResult } from '../app/api.ts';
import type { Dataset } from '../graph/dataset.ts';
import type { Emphasis } from '../graph/renderer.ts';

const CHAIN_TYPES = new Set(['REPORTS', 'PUBLISHED_BY', 'RELAYED', 'CLAIMS', 'DENIES', 'CONFIRMS']);

export function traceEmphasis(graph: Dataset, trace: TraceResult): Emphasis {
  const nodes = new Set<string>();
  // Linked claims (worded differently) are part of what the panel traces, so they light up the same way.
  for (const c of [...trace.claims, ...(trace.linked ?? [])]) {
    nodes.add(c.claim.id);
    for (const ch of c.chains) {
      nodes.add(ch.article.id);
      if (ch.publisher) nodes.add(ch.publisher.id);
      for (const r of ch.relays) nodes.add(r.id);
      nodes.add(ch.speaker.id);
    }
  }
  const present = new Set([...nodes].filter((n) => graph.hasNode(n)));
  const edges = new Set<string>();
  for (const n of present)
    graph.forEachOutEdge(n, (e, a, _s, t) => {
      if (present.has(t) && CHAIN_TYPES.has(a.rel)) edges.add(e);
    });
  return { kind: 'trace', nodes: present, edges };
}

export function pathEmphasis(graph: Dataset, nodeIds: string[], edges: GraphEdge[]): Emphasis {
  return {
    kind: 'path',
    nodes: new Set(nodeIds.filter((n) => graph.hasNode(n))),
    edges: new Set(edges.map((e) => e.key).filter((k) => graph.hasEdge(k))),
  };
}
