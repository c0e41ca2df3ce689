// `trace` without reading the whole graph: indexed lookups gather the part of the graph a trace reads (the actor's
// statements, relays and articles; each traced claim's speech, reports, paraphrases and ABOUT neighbours; the
// claims it may link to) into a small graphology graph, and the one trace engine (trace.ts) runs on it.
// In: the database and a TraceQuery. Out: the TraceResult the whole graph gives (NotFoundError for an unknown name or
// claim, as there), never reading the whole graph.
import { MultiDirectedGraph } from 'graphology';

import { personKey, normalizeName, slugify } from '../names.ts';
import { NotFoundError } from '../errors.ts';
import type { ActorRef, TraceQuery, TraceResult } from '../store.ts';
import { type ActorCandidate, pickActor } from '../trace/assemble.ts';
import { TRACE_LIMITS, parseTraceQuery } from '../trace/query.ts';
import { type Db, type EdgeRow, type NodeRow, edgeAttrs, nodeAttrs } from './db.ts';
import { actorClaims, traceEmbedded } from './trace.ts';
import type { EdgeAttrs, KgGraph, NodeAttrs } from './types.ts';

const SPEECH = ['CLAIMS', 'DENIES', 'CONFIRMS'];
const strs = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** A graphology graph filled from the database on demand: nodes by id, edges by endpoint and type. */
class Partial {
  readonly g: KgGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>({ allowSelfLoops: true });
  private readonly s;

  constructor(db: Db) {
    const ids = 'SELECT value FROM json_each(?)';
    this.s = {
      nodes: db.prepare(`SELECT id, label, sub, props, rank FROM node WHERE id IN (${ids})`),
      out: db.prepare(
        `SELECT key, type, source, target, props FROM edge WHERE source IN (${ids}) AND type IN (${ids})`,
      ),
      in: db.prepare(`SELECT key, type, source, target, props FROM edge WHERE target IN (${ids}) AND type IN (${ids})`),
      inAll: db.prepare('SELECT key, type, source, target, props FROM edge WHERE target = ? LIMIT ?'),
      inDegree: db.prepare('SELECT count(*) FROM edge WHERE target = ?').pluck(),
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

  /** Every incoming edge of `id` when it has at most `cap` (the trace reads them), else `cap + 1` (it only counts). */
  inUpTo(id: string, cap: number): void {
    const n = this.s.inDegree.get(id) as number;
    this.add(this.s.inAll.all(id, n <= cap ? n : cap + 1) as EdgeRow[]);
  }

  /** The articles, relays and outlets that speech and relay edges name in their properties. */
  named(rows: EdgeRow[]): void {
    const ids = new Set<string>();
    for (const r of rows) {
      const p = JSON.parse(r.props) as Record<string, unknown>;
      if (typeof p.article === 'string') ids.add(p.article);
      for (const v of strs(p.via)) ids.add(v);
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
    db.prepare('SELECT actor FROM actor_name WHERE key = ?').pluck().all(normalizeName(q)) as string[],
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
  const degree = db.prepare('SELECT degree FROM node_degree WHERE id = ?').pluck();
  const rows = db
    // CROSS JOIN: each id by the primary key (left to itself, the planner scans every actor by the label index).
    .prepare(`SELECT n.id, n.props FROM json_each(?) j CROSS JOIN node n ON n.id = j.value WHERE n.label = 'Actor'`)
    .all(JSON.stringify(ids)) as Array<{ id: string; props: string }>;
  return rows.map(({ id, props }) => {
    const p = JSON.parse(props) as Record<string, unknown>;
    return {
      id,
      name: typeof p.name === 'string' ? p.name : id,
      aliases: strs(p.aliases),
      kind: typeof p.kind === 'string' ? p.kind : undefined,
      anonymous: p.anonymous === true,
      degree: (degree.get(id) as number | undefined) ?? 0,
    };
  });
}

/** Loads what tracing `claims` reads: speech, relays, reports, paraphrases, ABOUT neighbours; then the linkable claims. */
function expand(part: Partial, claims: string[]): void {
  const incoming = part.in(claims, [...SPEECH, 'RELAYED', 'REPORTS', 'PARAPHRASES']);
  const outgoing = part.out(claims, ['ABOUT', 'PARAPHRASES']);
  part.named(incoming);
  // Claims the trace may link as related: reported in the same articles, paraphrases, about the same non-hub.
  const articles = [...new Set(incoming.filter((r) => r.type === 'REPORTS').map((r) => r.source))];
  const siblings = part.out(articles, ['REPORTS']).map((r) => r.target);
  for (const t of new Set(outgoing.filter((r) => r.type === 'ABOUT').map((r) => r.target)))
    part.inUpTo(t, TRACE_LIMITS.aboutDegreeCap);
  const related = new Set([
    ...siblings,
    ...[...incoming, ...outgoing].filter((r) => r.type === 'PARAPHRASES').flatMap((r) => [r.source, r.target]),
    ...outgoing
      .filter((r) => r.type === 'ABOUT')
      .flatMap((r) => (part.g.hasNode(r.target) ? part.g.inNeighbors(r.target) : [])),
  ]);
  for (const c of claims) related.delete(c);
  const linkable = [...related].filter(
    (id) => part.g.hasNode(id) && part.g.getNodeAttribute(id, 'labels')[0] === 'Claim',
  );
  part.named(part.in(linkable, SPEECH));
}

export function traceLocal(db: Db, query: TraceQuery): TraceResult {
  const q = parseTraceQuery(query);
  const part = new Partial(db);
  if (q.kind === 'claim') {
    part.nodes([q.claimId]);
    if (part.g.hasNode(q.claimId)) expand(part, [q.claimId]);
    return traceEmbedded(part.g, query); // an unknown claim throws NotFoundError there
  }
  const actor = resolve(db, q.actor);
  part.nodes([actor.id]);
  // What ranks the actor's claims: its statements and relays with their articles' dates, the articles it published.
  part.named(part.out([actor.id], [...SPEECH, 'RELAYED']));
  const published = part.in([actor.id], ['PUBLISHED_BY']).map((r) => r.source);
  part.out(published, ['REPORTS']);
  const ranked = actorClaims(part.g, actor.id, q.limit);
  expand(part, ranked.ids);
  return { ...traceEmbedded(part.g, { actor: actor.id, limit: q.limit }), actor };
}
