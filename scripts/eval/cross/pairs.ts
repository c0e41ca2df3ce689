// Pairwise identity scoring across articles. In: entities (one per article and gold item) with a gold cluster and
// the stored node they map to. Out: precision / recall / F1 over pairs of entities in different articles.

export interface Entity {
  article: string;
  /** Gold identity: entities with equal keys are the same real thing. */
  gold: string;
  /** Display name for reports. */
  name: string;
  /** The stored node it maps to, or null when no stored node could be found. */
  node: string | null;
  /** Other nodes the store ties the same span to (a denial kept on its own node and on the claim it answers). */
  alt?: string[];
}

const nodesOf = (e: Entity): string[] => (e.node === null ? [] : [e.node, ...(e.alt ?? [])]);

export interface PairScore {
  /** Pairs that share a stored node and gold says are one (true positives). */
  tp: number;
  /** Pairs that share a stored node and gold says are different (wrong merges). */
  fp: number;
  /** Pairs gold says are one that do not share a stored node (missed merges). */
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** Wrong merges by gold pair, most pairs first. */
  wrongMerges: Array<{ a: string; b: string; pairs: number; nodes: string[] }>;
  /** Missed merges by gold identity, most pairs first. */
  missedMerges: Array<{ gold: string; name: string; pairs: number; nodes: string[]; unmapped: number }>;
}

const ratio = (a: number, b: number) => (b ? a / b : null);

/**
 * Scores pairs of entities from different articles. `same(a, b)` says whether the store put two mapped entities on
 * one node (by default: the same node id); unmapped entities never share a node.
 */
export function scorePairs(entities: Entity[], same: (a: string, b: string) => boolean = (a, b) => a === b): PairScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong = new Map<string, { a: string; b: string; pairs: number; nodes: Set<string> }>();
  const missed = new Map<
    string,
    { gold: string; name: string; pairs: number; nodes: Set<string>; unmapped: Set<string> }
  >();
  for (let i = 0; i < entities.length; i++)
    for (let j = i + 1; j < entities.length; j++) {
      const x = entities[i]!;
      const y = entities[j]!;
      if (x.article === y.article) continue;
      const goldSame = x.gold === y.gold;
      const stored = nodesOf(x).some((a) => nodesOf(y).some((b) => same(a, b)));
      if (goldSame && stored) tp++;
      else if (stored) {
        fp++;
        const [a, b] = [x, y].sort((p, q) => p.gold.localeCompare(q.gold));
        const key = `${a!.gold}|${b!.gold}`;
        const w = wrong.get(key) ?? { a: a!.name, b: b!.name, pairs: 0, nodes: new Set<string>() };
        w.pairs++;
        w.nodes.add(x.node!).add(y.node!);
        wrong.set(key, w);
      } else if (goldSame) {
        fn++;
        const m = missed.get(x.gold) ?? {
          gold: x.gold,
          name: x.name,
          pairs: 0,
          nodes: new Set<string>(),
          unmapped: new Set<string>(),
        };
        m.pairs++;
        for (const e of [x, y]) (e.node ? m.nodes : m.unmapped).add(e.node ?? e.article);
        missed.set(x.gold, m);
      }
    }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  // No pair right while some were expected or claimed: F1 is 0, not undefined (precision alone may be undefined).
  const f1 = tp === 0 ? (fp + fn > 0 ? 0 : null) : (2 * precision! * recall!) / (precision! + recall!);
  return {
    tp,
    fp,
    fn,
    precision,
    recall,
    f1,
    wrongMerges: [...wrong.values()].map((w) => ({ ...w, nodes: [...w.nodes] })).sort((p, q) => q.pairs - p.pairs),
    missedMerges: [...missed.values()]
      .map((m) => ({ ...m, nodes: [...m.nodes], unmapped: m.unmapped.size }))
      .sort((p, q) => q.pairs - p.pairs),
  };
}
