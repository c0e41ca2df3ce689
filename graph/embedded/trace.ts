// Who-said-what chains over the embedded graphology graph, for a claim id or an actor name.
// In: the live graph (read only) and a TraceQuery. Out: a TraceResult, identical to what graph/neo4j/trace.ts returns.
import { NotFoundError } from '../errors.ts';
import type { Props } from '../model.ts';
import { normalizeName as normalizeKey } from '../resolve.ts';
import type { ActorRef, ClaimTrace, TraceQuery, TraceResult } from '../store.ts';
import {
  type ActorCandidate,
  ROLE,
  STANCE_OF_TYPE,
  type SpeechRow,
  actorRef,
  articleRef,
  capSpeech,
  claimTrace,
  foldActorClaims,
  pickActor,
  referencedActors,
} from '../trace/assemble.ts';
import { TRACE_LIMITS, parseTraceQuery } from '../trace/query.ts';
import { type RelatedCandidate, relatedClaims } from '../trace/related.ts';
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

const dateOf = (graph: KgGraph, articleId: unknown) => strOr(props(graph, String(articleId))?.publishedAt);

/** Every claim the actor spoke (claims, denies, confirms), relayed, or published as an outlet, ranked. */
function actorClaims(graph: KgGraph, actorId: string, limit: number): string[] {
  const rows: Array<{ id: string; role: number; date: string | null }> = [];
  graph.forEachOutEdge(actorId, (_k, e, _s, target) => {
    if (e.type === 'RELAYED') rows.push({ id: target, role: ROLE.relay, date: dateOf(graph, e.props.article) });
    else if (STANCE_OF_TYPE[e.type])
      rows.push({ id: target, role: ROLE.speaker, date: dateOf(graph, e.props.article) });
  });
  graph.forEachInEdge(actorId, (_k, e, article) => {
    if (e.type !== 'PUBLISHED_BY') return;
    const date = dateOf(graph, article);
    graph.forEachOutEdge(
      article,
      (_k2, r, _s, claim) => void (r.type === 'REPORTS' && rows.push({ id: claim, role: ROLE.publisher, date })),
    );
  });
  return foldActorClaims(rows.filter((r) => has(graph, r.id, 'Claim')))
    .slice(0, limit)
    .map((c) => c.id);
}

function speechRows(graph: KgGraph, claimId: string): SpeechRow[] {
  const rows: SpeechRow[] = [];
  graph.forEachInEdge(claimId, (_k, e, speaker) => {
    const stance = STANCE_OF_TYPE[e.type];
    if (!stance) return;
    const p = e.props;
    const articleId = String(p.article);
    rows.push({
      stance,
      speaker: actorRef(speaker, props(graph, speaker)),
      via: Array.isArray(p.via) ? (p.via as string[]) : [],
      cue: strOr(p.cue),
      sentence: strOr(p.sentence, '')!,
      start: Number(p.start),
      end: Number(p.end),
      article: articleRef(articleId, props(graph, articleId)),
    });
  });
  return capSpeech(rows, TRACE_LIMITS.chainsPerStance);
}

/** Claims reported next to this one in its articles, and claims about the same non-hub actor or incident. */
function relatedCandidates(graph: KgGraph, claimId: string, articles: string[]): RelatedCandidate[] {
  const out: RelatedCandidate[] = [];
  const text = (id: string) => strOr(graph.getNodeAttribute(id, 'props').text, '')!;
  for (const a of articles) {
    if (!graph.hasNode(a)) continue;
    graph.forEachOutEdge(
      a,
      (_k, e, _s, o) =>
        void (e.type === 'REPORTS' && o !== claimId && out.push({ id: o, text: text(o), sameArticle: true })),
    );
  }
  graph.forEachOutEdge(claimId, (_k, e, _s, t) => {
    if (e.type !== 'ABOUT' || graph.inDegree(t) > TRACE_LIMITS.aboutDegreeCap) return;
    graph.forEachInEdge(
      t,
      (_k2, r, o) =>
        void (
          r.type === 'ABOUT' &&
          o !== claimId &&
          has(graph, o, 'Claim') &&
          out.push({ id: o, text: text(o), sameArticle: false })
        ),
    );
  });
  return out;
}

function traceClaims(graph: KgGraph, ids: string[], withRelated: boolean): ClaimTrace[] {
  const rowsById = new Map(ids.map((id) => [id, speechRows(graph, id)] as const));
  const actors = new Map<string, ActorRef>();
  for (const id of referencedActors([...rowsById.values()].flat()))
    actors.set(id, actorRef(id, has(graph, id, 'Actor') ? props(graph, id) : undefined));
  return ids.map((id) => {
    const p = graph.getNodeAttribute(id, 'props');
    const claim = { id, text: strOr(p.text, '')!, quote: p.quote === true };
    const rows = rowsById.get(id)!;
    const related = withRelated
      ? relatedClaims(claim, relatedCandidates(graph, id, [...new Set(rows.map((r) => r.article.id))]), {
          max: TRACE_LIMITS.relatedPerClaim,
        })
      : [];
    return claimTrace(claim, rows, actors, related);
  });
}

export function traceEmbedded(graph: KgGraph, query: TraceQuery): TraceResult {
  const q = parseTraceQuery(query);
  let actor: ActorRef | undefined;
  let ids: string[];
  if (q.kind === 'claim') {
    if (!has(graph, q.claimId, 'Claim')) throw new NotFoundError(`trace: no claim with id "${q.claimId}"`);
    ids = [q.claimId];
  } else {
    actor = resolveActor(graph, q.actor);
    ids = actorClaims(graph, actor.id, q.limit);
  }
  const claims = traceClaims(graph, ids, true);
  const primary = new Set(ids);
  const linkedIds = [...new Set(claims.flatMap((c) => c.related))].filter((id) => !primary.has(id)).sort();
  const linked = traceClaims(graph, linkedIds, false).map((t) => ({
    ...t,
    related: claims.filter((c) => c.related.includes(t.claim.id)).map((c) => c.claim.id),
  }));
  return actor ? { actor, claims, linked } : { claims, linked };
}
