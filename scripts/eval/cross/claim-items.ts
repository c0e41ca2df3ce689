// The gold claims of a set with the stored claim nodes they map to, and what claim identity reads of a stored node
// (its text, terms and origins): shared by scripts/eval/claim-misses.ts and claim-dump.ts.
import path from 'node:path';

import type { Origin } from '../../../graph/claims/decide.ts';
import type { Subgraph } from '../../../graph/store.ts';
import type { GoldDoc } from './gold.ts';
import type { GraphIndex } from './graph.ts';
import { mapClaim } from './map.ts';

export interface ClaimItem {
  doc: string;
  gold: string;
  /** The gold claim it is one with: its `same`, or what its `paraphraseOf` is one with. */
  key: string;
  text: string;
  speaker: string;
  nodes: string[];
}

const str = (v: unknown) => (typeof v === 'string' ? v : null);

/** A stored claim as the paraphrase decision reads it: text, terms and the origins of its own (not answer) edges. */
export function claimSide(g: Subgraph, ix: GraphIndex, id: string) {
  const n = ix.nodes.get(id);
  const origins: Origin[] = g.edges
    .filter((e) => e.target === id && ['CLAIMS', 'DENIES', 'CONFIRMS'].includes(e.type) && !e.props.answers)
    .map((e) => ({
      type: e.type as Origin['type'],
      speaker: e.source,
      affiliation: str(e.props.affiliation),
      via: Array.isArray(e.props.via) ? e.props.via.map(String) : [],
      outlet: str(e.props.outlet),
      publishedAt: str(e.props.publishedAt),
    }));
  return { text: String(n?.props.text ?? ''), terms: (n?.props.terms as string[]) ?? [], origins };
}

/** Every gold claim that is not optional, with its key and the stored nodes it maps to. */
export function goldClaimItems(docs: GoldDoc[], ix: GraphIndex): ClaimItem[] {
  const items: ClaimItem[] = [];
  for (const d of docs) {
    const art = ix.articleByText.get(d.text) ?? ix.articleBySource.get(path.basename(d.articlePath));
    if (!art) continue;
    const keyOf = new Map<string, string>();
    for (const c of d.gold.claims) keyOf.set(c.id, c.same ?? c.id);
    for (const c of d.gold.claims) {
      if (c.optional) continue;
      const key = c.paraphraseOf ? (keyOf.get(c.paraphraseOf) ?? c.paraphraseOf) : (c.same ?? c.id);
      items.push({
        doc: path.basename(d.articlePath).slice(0, 3),
        gold: c.id,
        key,
        text: c.text,
        speaker: c.speaker,
        nodes: mapClaim(ix, art, d.text, c),
      });
    }
  }
  return items;
}
