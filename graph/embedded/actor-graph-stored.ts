// The actor network read from the kept fold (fold-store.ts) by index: the top actors by their stored weight, or the
// focus actors and their heaviest neighbours, and the links among them, without reading every link. In: a Db (inside
// a read transaction, the fold current) and ActorGraphOptions without a date range. Out: the ActorGraph that
// assembleActorGraph (graph/actor-graph.ts) gives from the whole fold: same actors, links, cut and counts.
import { type ActorGraph, type ActorGraphOptions, type FoldedLink, foldedKey } from '../actor-graph.ts';
import type { GraphEdge } from '../store.ts';
import { nodesById } from './actor-graph-sql.ts';
import type { Db } from './db.ts';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A folded link as stored: the same shape a store emits to graph/actor-graph.ts. */
type LinkRow = FoldedLink;

/** The links between `ids` (both ends among them, or, with `focus`, one end in it), summed over their days. */
function linksAmong(db: Db, ids: string[], focus: Set<string>): LinkRow[] {
  const rows = db
    .prepare(
      `WITH k(id) AS (SELECT value FROM json_each(?))
       SELECT l.type, l.source, l.target, sum(l.n) AS count, max(nullif(l.day, '')) AS latest,
         min(nullif(l.day, '')) AS first
       FROM k CROSS JOIN actor_link l INDEXED BY actor_link_source ON l.source = k.id
       WHERE l.target IN (SELECT id FROM k) GROUP BY l.type, l.source, l.target`,
    )
    .all(JSON.stringify(ids)) as LinkRow[];
  return focus.size ? rows.filter((l) => focus.has(l.source) || focus.has(l.target)) : rows;
}

/** The focus actors (those with links) and the others their links reach, heaviest first (ties by id). */
function around(db: Db, focus: string[], weight: (id: string) => number | undefined) {
  const known = [...new Set(focus)].filter((id) => weight(id) !== undefined);
  const near = db
    .prepare(
      `WITH f(id) AS (SELECT value FROM json_each(?))
       SELECT l.target FROM f CROSS JOIN actor_link l INDEXED BY actor_link_source ON l.source = f.id
       UNION SELECT l.source FROM f CROSS JOIN actor_link l INDEXED BY actor_link_target ON l.target = f.id`,
    )
    .pluck()
    .all(JSON.stringify(known)) as string[];
  const inFocus = new Set(known);
  const others = near.filter((id) => !inFocus.has(id));
  others.sort((a, b) => weight(b)! - weight(a)! || cmp(a, b));
  return { known, others };
}

export function storedActorGraph(db: Db, options: ActorGraphOptions): ActorGraph {
  const limit = options.limit ?? 150;
  const weightOf = db.prepare('SELECT weight FROM actor_weight WHERE actor = ?').pluck();
  const weights = new Map<string, number | undefined>();
  const weight = (id: string) => {
    if (!weights.has(id)) weights.set(id, weightOf.get(id) as number | undefined);
    return weights.get(id);
  };
  const total = db.prepare('SELECT count(*) FROM actor_weight').pluck().get() as number;
  let kept: string[];
  let candidates: number;
  const focus = new Set(options.focus ?? []);
  if (focus.size) {
    const { known, others } = around(db, options.focus!, weight);
    candidates = known.length + others.length;
    kept = [...known, ...others].slice(0, Math.max(limit, known.length));
  } else {
    candidates = total;
    kept = db
      .prepare('SELECT actor FROM actor_weight INDEXED BY actor_weight_rank ORDER BY weight DESC, actor LIMIT ?')
      .pluck()
      .all(limit) as string[];
  }
  const key = (l: LinkRow) => foldedKey(l.type, l.source, l.target);
  let among = linksAmong(db, kept, focus);
  const cut = !focus.size && options.maxLinks !== undefined && among.length > options.maxLinks;
  if (cut) among = among.sort((a, b) => b.count - a.count || cmp(key(a), key(b))).slice(0, options.maxLinks);
  const edges: GraphEdge[] = among
    .sort((a, b) => cmp(key(a), key(b)))
    .map((l) => ({
      key: key(l),
      type: l.type,
      source: l.source,
      target: l.target,
      props: { count: l.count, latest: l.latest, first: l.first, folded: true },
    }));
  const said = new Map(
    (
      db
        .prepare(
          'SELECT actor, sum(n) AS n FROM actor_said WHERE actor IN (SELECT value FROM json_each(?)) GROUP BY actor',
        )
        .all(JSON.stringify(kept)) as Array<{ actor: string; n: number }>
    ).map((r) => [r.actor, r.n]),
  );
  return {
    nodes: nodesById(db, kept).map((n) => ({
      ...n,
      props: { ...n.props, weight: weight(n.id)!, statements: said.get(n.id) ?? 0 },
    })),
    edges,
    total,
    truncated: kept.length < candidates || cut,
  };
}
