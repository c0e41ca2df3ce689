// `trace` without reading the whole graph: the actor's claims ranked by index (claim-rank.ts), then indexed lookups
// gather the part of the graph a trace reads (each traced claim's speech, reports, paraphrases and ABOUT neighbours; the
// claims it may link to) into a small graphology graph, and the one trace engine (trace.ts) runs on it.
// In: the database and a TraceQuery. Out: the TraceResult the whole graph gives (NotFoundError for an unknown name or
// claim, as there), never reading the whole graph.
import { MultiDirectedGraph } from 'graphology';

import { personKey, normalizeName, slugify } from '../names.ts';
import { NotFoundError } from '../errors.ts';
import { type Props, stringsOf } from '../model.ts';
import type { ActorRef, TraceQuery, TraceResult } from '../store.ts';
import { type ActorCandidate, pickActor } from '../trace/assemble.ts';
import { parseTraceQuery } from '../trace/query.ts';
import { type Db, type EdgeRow, type NodeRow, edgeAttrs, nodeAttrs, prepared } from './db.ts';
import { rankedClaims } from './claim-rank.ts';
import { traceEmbedded, traceRanked } from './trace.ts';
import { RelatedSql } from './trace-related-sql.ts';
import type { EdgeAttrs, KgGraph, NodeAttrs } from './types.ts';

const SPEECH = ['CLAIMS', 'DENIES', 'CONFIRMS'];

/** A graphology graph filled from the database on demand: nodes by id, edges by endpoint and type. */
class Partial {
  readonly g: KgGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>({ allowSelfLoops: true });
  private readonly s;

  constructor(db: Db) {
    const ids = 'SELECT value FROM json_each(?)';
    this.s = {
      // Without article texts: a trace shows an article's title, source, date and outlet, and its evidence sentences
      // come from the relationships; a hub's trace touches hundreds of articles.
      nodes: prepared(
        db,
        `SELECT id, label, sub, CASE WHEN label = 'Article' THEN json_remove(props, '$.text') ELSE props END AS props,
         rank FROM node WHERE id IN (${ids})`,
      ),
      out: prepared(
        db,
        `SELECT key, type, source, target, props FROM edge WHERE source IN (${ids}) AND type IN (${ids})`,
      ),
      in: prepared(
        db,
        `SELECT key, type, source, target, props FROM edge WHERE target IN (${ids}) AND type IN (${ids})`,
      ),
    };
  }

  nodes(ids: Iterable<string>): void {
    const missing = [...new Set(ids)].filter((id) => !this.g.hasNode(id));
    if (!missing.length) return;
    for (const r of this.s.nodes.all(JSON.stringify(missing)) as NodeRow[]) this.g.addNode(r.id, nodeAttrs(r));
  }

  /** Adds the edges and the nodes at their ends; returns them. */
  private add(rows: EdgeRow[]): EdgeRow[] {
    this.nodes(rows.flatMap((r) => [r.source, r.target]));
    for (const r of rows)
      if (!this.g.hasEdge(r.key) && this.g.hasNode(r.source) && this.g.hasNode(r.target))
        this.g.addEdgeWithKey(r.key, r.source, r.target, edgeAttrs(r));
    return rows;
  }

  out(ids: string[], types: string[]): EdgeRow[] {
    return ids.length ? this.add(this.s.out.all(JSON.stringify(ids), JSON.stringify(types)) as EdgeRow[]) : [];
  }

  in(ids: string[], types: string[]): EdgeRow[] {
    return ids.length ? this.add(this.s.in.all(JSON.stringify(ids), JSON.stringify(types)) as EdgeRow[]) : [];
  }

  /** The articles, relays and outlets that speech and relay edges name in their properties. */
  named(rows: EdgeRow[]): void {
    const ids = new Set<string>();
    for (const r of rows) {
      // The properties add() already parsed, when the edge is in the graph.
      const p = this.g.hasEdge(r.key) ? this.g.getEdgeAttribute(r.key, 'props') : (JSON.parse(r.props) as Props);
      if (typeof p.article === 'string') ids.add(p.article);
      for (const v of stringsOf(p.via)) ids.add(v);
    }
    this.nodes(ids);
    const outlets = [...ids].map((id) => (this.g.hasNode(id) ? this.g.getNodeAttribute(id, 'props').outlet : null));
    this.nodes(outlets.filter((o): o is string => typeof o === 'string'));
  }
}

/**
 * The actor a name means, chosen exactly as trace.ts chooses on the whole graph: among the actors the name, alias,
 * id and person-key indexes give; failing those, among the actors whose id reads as the name (byIdWords); failing
 * that, none (NotFoundError), without reading the graph.
 */
function resolve(db: Db, raw: string): ActorRef {
  const q = raw.trim();
  const key = personKey(q);
  const ids = new Set(
    prepared(db, 'SELECT actor FROM actor_name WHERE key = ?').pluck().all(normalizeName(q)) as string[],
  );
  ids.add(q);
  if (key) ids.add(slugify(key));
  const found = pickActor(q, candidates(db, [...ids])) ?? pickActor(q, candidates(db, byIdWords(db, q)));
  if (!found) throw new NotFoundError(`trace: no actor named "${q}" (searched ids, names and aliases)`);
  return found;
}

/**
 * Actors whose id, normalised, is the name (pickActor's last rule: "amara kalo" for `amara-kalo`, "hague" for
 * `the-hague`), which no index keys: one pass over the actor rows in SQL with LIKE on the name's words (183,629
 * actors at 10,000 stories), each hit checked exactly here.
 */
function byIdWords(db: Db, q: string): string[] {
  const norm = normalizeName(q);
  const like = `%${norm.split(' ').join('%')}%`; // words are [a-z0-9] only: nothing to escape
  const ids = db.prepare(`SELECT id FROM node WHERE label = 'Actor' AND id LIKE ?`).pluck().all(like) as string[];
  return ids.filter((id) => normalizeName(id) === norm);
}

function candidates(db: Db, ids: string[]): ActorCandidate[] {
  if (!ids.length) return [];
  const degree = prepared(db, 'SELECT degree FROM node_degree WHERE id = ?').pluck();
  // CROSS JOIN: each id by the primary key (left to itself, the planner scans every actor by the label index).
  const rows = prepared(
    db,
    `SELECT n.id, n.props FROM json_each(?) j CROSS JOIN node n ON n.id = j.value WHERE n.label = 'Actor'`,
  ).all(JSON.stringify(ids)) as Array<{ id: string; props: string }>;
  return rows.map(({ id, props }) => {
    const p = JSON.parse(props) as Record<string, unknown>;
    return {
      id,
      name: typeof p.name === 'string' ? p.name : id,
      aliases: stringsOf(p.aliases),
      kind: typeof p.kind === 'string' ? p.kind : undefined,
      anonymous: p.anonymous === true,
      degree: (degree.get(id) as number | undefined) ?? 0,
    };
  });
}

/**
 * Loads what tracing `claims` reads: speech, relays, reports, ABOUT neighbours; the claims it may link to as related
 * (co-reported, paraphrases, about the same actor) are read apart as ids and texts (trace-related-sql.ts), and the
 * speech of the few that do link by `linked`.
 */
function expand(db: Db, part: Partial, claims: string[]): RelatedSql {
  const incoming = part.in(claims, [...SPEECH, 'RELAYED', 'REPORTS']);
  part.out(claims, ['ABOUT']);
  part.named(incoming);
  const articles = [...new Set(incoming.filter((r) => r.type === 'REPORTS').map((r) => r.source))];
  return new RelatedSql(db, articles, claims);
}

/**
 * The claims a trace links to (a co-reported one may not be in the graph yet) and their speech, with the articles,
 * relays and outlets it names.
 */
const linked = (part: Partial) => (ids: string[]) => {
  part.nodes(ids);
  part.named(part.in(ids, SPEECH));
};

export function traceLocal(db: Db, query: TraceQuery): TraceResult {
  const q = parseTraceQuery(query);
  const part = new Partial(db);
  if (q.kind === 'claim') {
    part.nodes([q.claimId]);
    if (!part.g.hasNode(q.claimId) || part.g.getNodeAttribute(q.claimId, 'labels')[0] !== 'Claim')
      return traceEmbedded(part.g, query); // NotFoundError, worded there
    const related = expand(db, part, [q.claimId]);
    return traceRanked(part.g, { ids: [q.claimId], loadLinked: linked(part), related });
  }
  const actor = resolve(db, q.actor);
  // The actor's first claims from the rank index (claim-rank.ts): a hub costs its `limit` claims, not its degree.
  const ranked = rankedClaims(db, actor.id, q.limit);
  part.nodes([actor.id, ...ranked.ids]);
  const related = expand(db, part, ranked.ids);
  return traceRanked(part.g, { ids: ranked.ids, actor, ranked, loadLinked: linked(part), related });
}
