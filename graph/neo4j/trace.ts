// Who-said-what chains on Neo4j, for a claim id or an actor name: a few index-anchored, bounded read
// queries in one read transaction; graph/trace/ assembles the result exactly as the embedded store does.
// In: a READ session and a TraceQuery. Out: a TraceResult.
import type { ManagedTransaction, Session } from 'neo4j-driver';
import { z } from 'zod';

import { KgError, NotFoundError } from '../errors.ts';
import { normalizeName } from '../resolve.ts';
import type { ActorRef, ClaimTrace, TraceQuery, TraceResult } from '../store.ts';
import {
  type ActorCandidate,
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
import { toParam, toPlain } from './values.ts';

const Bag = z.record(z.string(), z.unknown()).nullable();
const ActorRow = z.object({
  id: z.string(),
  name: z.string().nullable(),
  aliases: z.array(z.string()).nullable(),
  kind: z.string().nullable(),
  anonymous: z.boolean().nullable(),
  degree: z.number(),
});
const ActorClaimRow = z.object({ claim: z.string(), role: z.number(), latest: z.string().nullable() });
const ChainRow = z.object({
  speaker: z.object({ id: z.string() }).passthrough(),
  via: z.array(z.string()).nullable(),
  cue: z.string().nullable(),
  sentence: z.string().nullable(),
  start: z.number(),
  end: z.number(),
  article: z.string(),
  art: Bag,
});
const ClaimRow = z.object({
  id: z.string(),
  text: z.string().nullable(),
  quote: z.boolean().nullable(),
  groups: z.array(z.object({ type: z.string(), rows: z.array(ChainRow) })),
});
const CandidateRow = z.object({ claim: z.string(), id: z.string(), text: z.string().nullable(), same: z.boolean() });
const RefRow = z.object({ id: z.string(), props: Bag });

/** Runs one parameterised read and validates every row: the database is a trust boundary too. */
async function rows<T>(
  tx: ManagedTransaction,
  schema: z.ZodType<T>,
  cypher: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const res = await tx.run(cypher, toParam(params) as Record<string, unknown>);
  return res.records.map((r) => {
    const parsed = schema.safeParse(toPlain(r.toObject()));
    if (!parsed.success)
      throw new KgError('STORE_UNAVAILABLE', `trace: unexpected row from Neo4j (${parsed.error.issues[0]?.message})`);
    return parsed.data;
  });
}

const ACTOR_FIELDS =
  'a.id AS id, a.name AS name, a.aliases AS aliases, a.kind AS kind, a.anonymous AS anonymous, COUNT { (a)--() } AS degree';

/** Exact id, or a normalised name/alias through the searchKey text index; a full scan only when both miss. */
async function resolveActor(tx: ManagedTransaction, name: string): Promise<ActorRef> {
  const raw = name.trim();
  const key = normalizeName(raw);
  const toCandidate = (r: z.infer<typeof ActorRow>): ActorCandidate => ({
    id: r.id,
    name: r.name ?? r.id,
    aliases: r.aliases ?? [],
    kind: r.kind ?? undefined,
    anonymous: r.anonymous === true,
    degree: r.degree,
  });
  const fast = await rows(
    tx,
    ActorRow,
    `CALL () {
       MATCH (a:Actor {id: $raw}) RETURN a
       UNION
       MATCH (a:Actor) WHERE $key <> '' AND a.searchKey CONTAINS ('\\n' + $key + '\\n') RETURN a
     }
     RETURN ${ACTOR_FIELDS}`,
    { raw, key },
  );
  let found = pickActor(raw, fast.map(toCandidate));
  if (!found)
    found = pickActor(raw, (await rows(tx, ActorRow, `MATCH (a:Actor) RETURN ${ACTOR_FIELDS}`, {})).map(toCandidate));
  if (!found) throw new NotFoundError(`trace: no actor named "${raw}" (searched ids, names and aliases)`);
  return found;
}

/** Claims the actor spoke, relayed or published, ranked as foldActorClaims ranks them, cut at `limit`. */
async function actorClaims(tx: ManagedTransaction, actorId: string, limit: number): Promise<string[]> {
  const found = await rows(
    tx,
    ActorClaimRow,
    `MATCH (a:Actor {id: $id})
     CALL (a) {
       MATCH (a)-[r:CLAIMS|DENIES|CONFIRMS|RELAYED]->(c:Claim)
       OPTIONAL MATCH (art:Article {id: r.article})
       RETURN c.id AS claim, CASE type(r) WHEN 'RELAYED' THEN 1 ELSE 0 END AS role, art.publishedAt AS date
       UNION ALL
       MATCH (a)<-[:PUBLISHED_BY]-(art:Article)-[:REPORTS]->(c:Claim)
       RETURN c.id AS claim, 2 AS role, art.publishedAt AS date
     }
     WITH claim, min(role) AS role, max(date) AS latest
     RETURN claim, role, latest
     ORDER BY role, coalesce(latest, '') DESC, claim
     LIMIT $limit`,
    { id: actorId, limit },
  );
  // Re-ranked with the shared comparator so both stores agree on ties.
  return foldActorClaims(found.map((r) => ({ id: r.claim, role: r.role, date: r.latest }))).map((c) => c.id);
}

interface RawClaim {
  claim: { id: string; text: string; quote: boolean };
  rows: SpeechRow[];
}

/** Each claim with its speech relationships, at most chainsPerStance per stance, earliest articles first. */
async function claimRows(tx: ManagedTransaction, ids: string[]): Promise<RawClaim[]> {
  if (!ids.length) return [];
  const found = await rows(
    tx,
    ClaimRow,
    `UNWIND $ids AS cid
     MATCH (c:Claim {id: cid})
     CALL (c) {
       MATCH (s:Actor)-[r:CLAIMS|DENIES|CONFIRMS]->(c)
       OPTIONAL MATCH (art:Article {id: r.article})
       WITH s, r, art ORDER BY art.publishedAt, r.article, r.start, s.id
       WITH type(r) AS type, collect({
         speaker: s {.id, .name, .kind, .anonymous}, via: r.via, cue: r.cue, sentence: r.sentence,
         start: r.start, end: r.end, article: r.article, art: art {.title, .source, .publishedAt, .outlet}
       })[..$per] AS rows
       RETURN collect({type: type, rows: rows}) AS groups
     }
     RETURN c.id AS id, c.text AS text, c.quote AS quote, groups`,
    { ids, per: TRACE_LIMITS.chainsPerStance },
  );
  const byId = new Map(found.map((c) => [c.id, c]));
  return ids.flatMap((id) => {
    const c = byId.get(id);
    if (!c) return [];
    const speech: SpeechRow[] = c.groups.flatMap((g) =>
      g.rows.map((r) => ({
        stance: STANCE_OF_TYPE[g.type]!,
        speaker: actorRef(r.speaker.id, r.speaker),
        via: r.via ?? [],
        cue: r.cue,
        sentence: r.sentence ?? '',
        start: r.start,
        end: r.end,
        article: articleRef(r.article, r.art),
      })),
    );
    return [
      {
        claim: { id, text: c.text ?? '', quote: c.quote === true },
        rows: capSpeech(speech, TRACE_LIMITS.chainsPerStance),
      },
    ];
  });
}

/** Candidates for related-claim linking: co-reported claims, and claims about the same non-hub node. */
async function candidates(tx: ManagedTransaction, claims: RawClaim[]): Promise<Map<string, RelatedCandidate[]>> {
  const items = claims.map((c) => ({ claim: c.claim.id, articles: [...new Set(c.rows.map((r) => r.article.id))] }));
  const found = await rows(
    tx,
    CandidateRow,
    `UNWIND $items AS item
     MATCH (c:Claim {id: item.claim})
     CALL (c, item) {
       UNWIND item.articles AS aid
       MATCH (:Article {id: aid})-[:REPORTS]->(o:Claim)
       WHERE o <> c
       RETURN o, true AS same
       UNION ALL
       MATCH (c)-[:ABOUT]->(t)
       WHERE COUNT { (t)<--() } <= $cap
       MATCH (t)<-[:ABOUT]-(o:Claim)
       WHERE o <> c
       RETURN o, false AS same
     }
     RETURN item.claim AS claim, o.id AS id, o.text AS text, same`,
    { items, cap: TRACE_LIMITS.aboutDegreeCap },
  );
  const out = new Map<string, RelatedCandidate[]>();
  for (const r of found) {
    const list = out.get(r.claim) ?? [];
    list.push({ id: r.id, text: r.text ?? '', sameArticle: r.same });
    out.set(r.claim, list);
  }
  return out;
}

async function actorRefs(tx: ManagedTransaction, ids: string[]): Promise<Map<string, ActorRef>> {
  const found = ids.length
    ? await rows(
        tx,
        RefRow,
        'UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.id AS id, a {.name, .kind, .anonymous} AS props',
        { ids },
      )
    : [];
  const byId = new Map(found.map((r) => [r.id, r.props]));
  return new Map(ids.map((id) => [id, actorRef(id, byId.get(id) ?? undefined)]));
}

async function trace(tx: ManagedTransaction, query: TraceQuery): Promise<TraceResult> {
  const q = parseTraceQuery(query);
  let actor: ActorRef | undefined;
  let ids: string[];
  if (q.kind === 'claim') {
    ids = [q.claimId];
  } else {
    actor = await resolveActor(tx, q.actor);
    ids = await actorClaims(tx, actor.id, q.limit);
  }
  const primary = await claimRows(tx, ids);
  if (q.kind === 'claim' && !primary.length) throw new NotFoundError(`trace: no claim with id "${q.claimId}"`);
  const cands = await candidates(tx, primary);
  const related = new Map(
    primary.map((p) => [
      p.claim.id,
      relatedClaims(p.claim, cands.get(p.claim.id) ?? [], { max: TRACE_LIMITS.relatedPerClaim }),
    ]),
  );
  const primaryIds = new Set(primary.map((p) => p.claim.id));
  const linkedIds = [...new Set([...related.values()].flat())].filter((id) => !primaryIds.has(id)).sort();
  const linkedRaw = await claimRows(tx, linkedIds);
  const actors = await actorRefs(tx, referencedActors([...primary, ...linkedRaw].flatMap((c) => c.rows)));
  const claims: ClaimTrace[] = primary.map((p) => claimTrace(p.claim, p.rows, actors, related.get(p.claim.id) ?? []));
  const linked = linkedRaw.map((l) =>
    claimTrace(
      l.claim,
      l.rows,
      actors,
      claims.filter((c) => c.related.includes(l.claim.id)).map((c) => c.claim.id),
    ),
  );
  return actor ? { actor, claims, linked } : { claims, linked };
}

/** The trace for `query`, read in one read transaction of `session` (the caller owns and closes the session). */
export async function traceNeo4j(session: Session, query: TraceQuery): Promise<TraceResult> {
  return session.executeRead((tx) => trace(tx, query));
}
