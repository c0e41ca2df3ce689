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

/**
 * The chain links among the chain's actors; and, for a speaker who denies or confirms, that speaker's
 * denial or confirmation links with whom they concern, so the denial shows beside the claim it answers.
 */
export function actorTraceEmphasis(graph: Dataset, actors: string[], trace: TraceResult): Emphasis {
  const chainActors = new Set(actors.filter((a) => graph.hasNode(a)));
  const nodes = new Set(chainActors);
  const edges = new Set<string>();
  for (const n of chainActors)
    graph.forEachOutEdge(n, (e, a, _s, t) => {
      if (chainActors.has(t) && CHAIN_LINKS.has(a.rel)) edges.add(e);
    });
  for (const c of [...trace.claims, ...(trace.linked ?? [])])
    for (const ch of c.chains) {
      if (ch.stance === 'claims' || !graph.hasNode(ch.speaker.id)) continue;
      const rel = ch.stance.toUpperCase();
      graph.forEachOutEdge(ch.speaker.id, (e, a, _s, t) => {
        if (a.rel !== rel) return;
        edges.add(e);
        nodes.add(t);
      });
    }
  return { kind: 'trace', nodes, edges };
}
