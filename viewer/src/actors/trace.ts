// A trace drawn on the actor view: the actors of each chain (publisher, relays, speaker, deniers, confirmers)
// and the folded links between them. In: a TraceResult. Out: the actor ids, and the Emphasis once they are drawn.
import type { TraceResult } from '../app/api.ts';
import type { Dataset } from '../graph/dataset.ts';
import type { Emphasis } from '../graph/renderer.ts';

const CHAIN_LINKS = new Set(['REPORTS', 'RELAYED', 'CLAIMS', 'DENIES', 'CONFIRMS']);

export function traceActors(trace: TraceResult): string[] {
  const ids = new Set<string>();
  if (trace.actor) ids.add(trace.actor.id);
  for (const c of [...trace.claims, ...(trace.linked ?? [])])
    for (const ch of c.chains) {
      if (ch.publisher) ids.add(ch.publisher.id);
      for (const r of ch.relays) ids.add(r.id);
      ids.add(ch.speaker.id);
    }
  return [...ids];
}

export function actorTraceEmphasis(graph: Dataset, actors: string[]): Emphasis {
  const nodes = new Set(actors.filter((a) => graph.hasNode(a)));
  const edges = new Set<string>();
  for (const n of nodes)
    graph.forEachOutEdge(n, (e, a, _s, t) => {
      if (nodes.has(t) && CHAIN_LINKS.has(a.rel)) edges.add(e);
    });
  return { kind: 'trace', nodes, edges };
}
