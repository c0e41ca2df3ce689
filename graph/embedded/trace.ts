// Who-said-what chains over the embedded graphology graph, for a claim id or an actor name.
// In: the live graph (read only) and a TraceQuery. Out: a TraceResult, identical to what graph/neo4j/trace.ts returns.
import { NotFoundError } from '../errors.ts';
import type { Props } from '../model.ts';
import { personKey, normalizeName as normalizeKey, slugify } from '../names.ts';
import type { ActorRef, ClaimTrace, TraceQuery, TraceResult } from '../store.ts';
import {
  type ActorCandidate,
  type SpeechRow,
  actorRef,
  articleRef,
  claimTrace,
  pickActor,
  referencedActors,
} from '../trace/assemble.ts';
import { TRACE_LIMITS, parseTraceQuery } from '../trace/query.ts';
import { type RelatedCandidate, relatedClaims } from '../trace/related.ts';
import { traceIndex } from './trace-index.ts';
import type { KgGraph } from './types.ts';

const has = (graph: KgGraph, id: string, label: string) =>
  graph.hasNode(id) && graph.getNodeAttribute(id, 'labels').includes(label);
const props = (graph: KgGraph, id: string): Props | undefined =>
  graph.hasNode(id) ? graph.getNodeAttribute(id, 'props') : undefined;
const strOr = (v: unknown, d: string | null = null) => (typeof v === 'string' ? v : d);

/**
 * Actor name index per graph, rebuilt lazily when actors change. graphology emits an event for every
 * node change the store makes, so a stale index is never used; a miss still falls back to a full scan.
 */
const indexes = new WeakMap<KgGraph, { dirty: boolean; names: Map<string, string[]> }>();

function actorIndex(graph: KgGraph): Map<string, string[]> {
  let entry = indexes.get(graph);
  if (!entry) {
    const created = { dirty: true, names: new Map<string, string[]>() };
    const dirty = () => void (created.dirty = true);
    for (const ev of ['nodeAdded', 'nodeDropped', 'nodeAttributesUpdated', 'cleared'] as const) graph.on(ev, dirty);
    indexes.set(graph, created);
    entry = created;
  }
  if (entry.dirty) {
    entry.names = new Map();
    const add = (key: string, id: string) => {
      const ids = entry!.names.get(key);
      if (!ids) entry!.names.set(key, [id]);
      else if (!ids.includes(id)) ids.push(id);
    };
    graph.forEachNode((id, a) => {
      if (!a.labels.includes('Actor')) return;
      for (const n of [a.props.name, ...(Array.isArray(a.props.aliases) ? a.props.aliases : []), id])
        if (typeof n === 'string') add(normalizeKey(n), id);
    });
    entry.dirty = false;
  }
  return entry.names;
}

function candidate(graph: KgGraph, id: string): ActorCandidate {
  const p = graph.getNodeAttribute(id, 'props');
  return {
    id,
    name: strOr(p.name, id)!,
    aliases: Array.isArray(p.aliases) ? (p.aliases as string[]) : [],
    kind: strOr(p.kind) ?? undefined,
    anonymous: p.anonymous === true,
    degree: graph.degree(id),
  };
}

function resolveActor(graph: KgGraph, name: string): ActorRef {
  const raw = name.trim();
  const ids = new Set(actorIndex(graph).get(normalizeKey(raw)) ?? []);
  if (has(graph, raw, 'Actor')) ids.add(raw);
  const key = personKey(raw);
  if (key && has(graph, slugify(key), 'Actor')) ids.add(slugify(key));
  let found = pickActor(
    raw,
    [...ids].filter((id) => has(graph, id, 'Actor')).map((id) => candidate(graph, id)),
  );
  if (!found) {
    const all: ActorCandidate[] = [];
    graph.forEachNode((id, a) => void (a.labels.includes('Actor') && all.push(candidate(graph, id))));
    found = pickActor(raw, all);
  }
  if (!found) throw new NotFoundError(`trace: no actor named "${raw}" (searched ids, names and aliases)`);
  return found;
}

export interface ActorClaims {
  ids: string[];
  truncated: boolean;
  statements: NonNullable<TraceResult['statements']>;
}

/**
 * The claims the actor spoke (claims, denies, confirms), relayed, or published as an outlet, ranked as
 * mergeRoleLists defines: the index keeps each role newest first, so a hub costs its first few entries.
 */
export function actorClaims(graph: KgGraph, actorId: string, limit: number): ActorClaims {
  const entry = traceIndex(graph).actor(actorId);
  if (!entry) return { ids: [], truncated: false, statements: { said: 0, relayed: 0, published: 0 } };
  const out: string[] = [];
  const seen = new Set<string>();
  const { said, relayed, published } = entry;
  for (let role = 0; role < 3; role++) {
    for (const c of entry.roles[role]!) {
      if (seen.has(c.id) || entry.members.slice(0, role).some((m) => m.has(c.id))) continue;
      seen.add(c.id);
      out.push(c.id);
      if (out.length > limit)
        return { ids: out.slice(0, limit), truncated: true, statements: { said, relayed, published } };
    }
  }
  return { ids: out, truncated: false, statements: { said, relayed, published } };
}

function speechRows(graph: KgGraph, claimId: string): SpeechRow[] {
  const index = traceIndex(graph);
  const rows: SpeechRow[] = [];
  for (const stance of ['claims', 'denies', 'confirms'] as const) {
    for (const l of index.speech(claimId, stance).slice(0, TRACE_LIMITS.chainsPerStance)) {
      const p = graph.getEdgeAttribute(l.key, 'props');
      rows.push({
        stance,
        speaker: actorRef(l.speaker, props(graph, l.speaker)),
        via: Array.isArray(p.via) ? (p.via as string[]) : [],
        cue: strOr(p.cue),
        sentence: strOr(p.sentence, '')!,
        start: l.start,
        end: Number(p.end),
        article: articleRef(l.article, props(graph, l.article)),
      });
    }
  }
  return rows;
}

/** A claim an article REPORTS, with its text: what a related-claim candidate from the same article needs. */
/** A candidate claim's id and text: what relatedClaims weighs. */
export interface ClaimText {
  id: string;
  text: string;
}

/**
 * Where related-claim candidates come from: the graph (default), or the caller's own reads (trace-local.ts, where a
 * hub's shown articles report hundreds of claims that are only ever candidates, kept out of its partial graph).
 */
export interface RelatedSource {
  /** The claims an article REPORTS (each at least once). */
  reported(article: string): ClaimText[];
  /** The claims a PARAPHRASES relationship links to this one, either way (each at least once). */
  paraphrased(claim: string): string[];
  /** The claims ABOUT an actor, one entry per relationship; null for a hub (over aboutDegreeCap incoming ones). */
  about(actor: string): ClaimText[] | null;
}

/** Candidates read from the graph itself. */
function graphSource(graph: KgGraph): RelatedSource {
  const text = (id: string) => strOr(graph.getNodeAttribute(id, 'props').text, '')!;
  return {
    reported(article) {
      const out: ClaimText[] = [];
      graph.forEachOutEdge(
        article,
        (_k, e, _s, o) => void (e.type === 'REPORTS' && out.push({ id: o, text: text(o) })),
      );
      return out;
    },
    paraphrased(claim) {
      const out: string[] = [];
      graph.forEachEdge(claim, (_k, e, s, t) => void (e.type === 'PARAPHRASES' && out.push(s === claim ? t : s)));
      return out;
    },
    about(actor) {
      if (graph.inDegree(actor) > TRACE_LIMITS.aboutDegreeCap) return null;
      const out: ClaimText[] = [];
      graph.forEachInEdge(actor, (_k, r, o) => {
        if (r.type === 'ABOUT' && has(graph, o, 'Claim')) out.push({ id: o, text: text(o) });
      });
      return out;
    },
  };
}

/** Claims reported next to this one in `articles`, and claims about the same non-hub actor or incident there. */
function relatedCandidates(
  graph: KgGraph,
  claimId: string,
  articles: string[],
  from: RelatedSource,
): RelatedCandidate[] {
  const out: RelatedCandidate[] = [];
  for (const a of articles) {
    if (!graph.hasNode(a)) continue;
    for (const o of from.reported(a)) if (o.id !== claimId) out.push({ ...o, sameArticle: true });
  }
  // A stored paraphrase is related whatever its words (relatedClaims never reads the text of one): its id is enough.
  for (const o of from.paraphrased(claimId))
    if (o !== claimId) out.push({ id: o, text: '', sameArticle: false, paraphrase: true });
  // A widely carried claim has an ABOUT edge per article: only those of the chains shown count. Only actors: the
  // claims telling one incident (ABOUT the Incident) are other assertions about it, not this one retold.
  const shown = new Set(articles);
  const targets = new Set<string>();
  graph.forEachOutEdge(claimId, (_k, e, _s, t) => {
    if (e.type !== 'ABOUT' || !shown.has(e.props.article as string) || !has(graph, t, 'Actor')) return;
    if (targets.has(t)) return;
    targets.add(t);
    for (const o of from.about(t) ?? []) if (o.id !== claimId) out.push({ ...o, sameArticle: false });
  });
  return out;
}

function traceClaims(graph: KgGraph, ids: string[], related: RelatedSource | null): ClaimTrace[] {
  const rowsById = new Map(ids.map((id) => [id, speechRows(graph, id)] as const));
  const actors = new Map<string, ActorRef>();
  for (const id of referencedActors([...rowsById.values()].flat()))
    actors.set(id, actorRef(id, has(graph, id, 'Actor') ? props(graph, id) : undefined));
  return ids.map((id) => {
    const p = graph.getNodeAttribute(id, 'props');
    const claim = { id, text: strOr(p.text, '')!, quote: p.quote === true };
    const rows = rowsById.get(id)!;
    const articles = [...new Set(rows.map((r) => r.article.id))];
    const linked = related
      ? relatedClaims(claim, relatedCandidates(graph, id, articles, related), { max: TRACE_LIMITS.relatedPerClaim })
      : [];
    const index = traceIndex(graph);
    const reports = {
      claims: index.speech(id, 'claims').length,
      denies: index.speech(id, 'denies').length,
      confirms: index.speech(id, 'confirms').length,
    };
    return claimTrace(claim, rows, reports, actors, linked);
  });
}

export function traceEmbedded(graph: KgGraph, query: TraceQuery): TraceResult {
  const q = parseTraceQuery(query);
  if (q.kind === 'claim') {
    if (!has(graph, q.claimId, 'Claim')) throw new NotFoundError(`trace: no claim with id "${q.claimId}"`);
    return traceRanked(graph, { ids: [q.claimId] });
  }
  const actor = resolveActor(graph, q.actor);
  const ranked = actorClaims(graph, actor.id, q.limit);
  return traceRanked(graph, { ids: ranked.ids, actor, ranked });
}

export interface RankedTrace {
  /** The claims to trace: one claim, or an actor's ranked claims. */
  ids: string[];
  actor?: ActorRef;
  ranked?: ActorClaims;
  /**
   * Called with the linked claims (related, not traced) before they are traced: a partial graph (trace-local.ts)
   * reads their speech there, so only the claims that do link are read, not every candidate.
   */
  loadLinked?: (ids: string[]) => void;
  /** Where related-claim candidates are read (default: `graph`). */
  related?: RelatedSource;
}

/** The traces of claims already chosen (`graph` holds at least what tracing them reads: trace-local.ts). */
export function traceRanked(graph: KgGraph, { ids, actor, ranked, loadLinked, related }: RankedTrace): TraceResult {
  const claims = traceClaims(graph, ids, related ?? graphSource(graph));
  const primary = new Set(ids);
  const linkedIds = [...new Set(claims.flatMap((c) => c.related))].filter((id) => !primary.has(id)).sort();
  loadLinked?.(linkedIds);
  const linked = traceClaims(graph, linkedIds, null).map((t) => ({
    ...t,
    related: claims.filter((c) => c.related.includes(t.claim.id)).map((c) => c.claim.id),
  }));
  return actor && ranked
    ? { actor, claims, truncated: ranked.truncated, statements: ranked.statements, linked }
    : { claims, linked };
}
