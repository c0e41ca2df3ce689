// Who-said-what chains on Neo4j, for a claim id or an actor name: a few index-anchored, bounded read
// queries in one read transaction; graph/trace/ assembles the result exactly as the embedded store does.
// In: a READ session and a TraceQuery. Out: a TraceResult.
import type { ManagedTransaction, Session } from 'neo4j-driver';
import { z } from 'zod';

import { KgError, NotFoundError } from '../errors.ts';
import { SPEECH_TYPES } from '../model.ts';
import { normalizeName, personKey, slugify } from '../names.ts';
import type { ActorRef, ClaimTrace, StanceCounts, TraceQuery, TraceResult } from '../store.ts';
import {
  type ActorCandidate,
  STANCE_OF_TYPE,
  type SpeechRow,
  actorRef,
  articleRef,
  type RoleList,
  capSpeech,
  claimTrace,
  compareRanked,
  foldRanked,
  mergeRoleLists,
  pickActor,
  referencedActors,
} from '../trace/assemble.ts';
import { TRACE_LIMITS, parseTraceQuery } from '../trace/query.ts';
import { type RelatedCandidate, relatedClaims } from '../trace/related.ts';
import { CHAIN_SEP } from './keys.ts';
import { toParam, toPlain } from './values.ts';

const ActorRow = z
  .object({
    id: z.string(),
    name: z.string().nullable(),
    aliases: z.array(z.string()).nullable(),
    kind: z.string().nullable(),
    anonymous: z.boolean().nullable(),
    degree: z.number(),
  })
  .passthrough();

/**
 * The fields of one chain row and the Cypher that reads each. Rows travel as lists, not maps: the driver
 * decodes maps much more slowly, and a hub's trace carries hundreds of rows (the claims read of `Person 0`
 * at 100,000 articles went from about 45 to 28 ms).
 */
const CHAIN_COLUMNS = {
  type: 'type',
  speaker: 's.id',
  speakerName: 's.name',
  speakerKind: 's.kind',
  speakerAnonymous: 's.anonymous',
  via: 'r.via',
  cue: 'r.cue',
  sentence: 'r.sentence',
  start: 'r.start',
  end: 'r.end',
  article: 'r.article',
  title: 'art.title',
  source: 'art.source',
  publishedAt: 'art.publishedAt',
  outlet: 'art.outlet',
} as const;
type ChainColumn = keyof typeof CHAIN_COLUMNS;
const CHAIN_KEYS = Object.keys(CHAIN_COLUMNS) as ChainColumn[];
/** A chain row list's element `k`, in Cypher. */
const column = (row: string, k: ChainColumn) => `${row}[${CHAIN_KEYS.indexOf(k)}]`;

const text = z.string().nullable();
const ChainRow = z
  .array(z.unknown())
  .length(CHAIN_KEYS.length)
  .transform((xs) => Object.fromEntries(CHAIN_KEYS.map((k, i) => [k, xs[i]])))
  .pipe(
    z.object({
      type: z.string(),
      speaker: z.string(),
      speakerName: text,
      speakerKind: text,
      speakerAnonymous: z.boolean().nullable(),
      via: z.array(z.string()).nullable(),
      cue: text,
      sentence: text,
      start: z.number(),
      end: z.number(),
      article: z.string(),
      title: text,
      source: text,
      publishedAt: text,
      outlet: text,
    }),
  );
const ClaimRow = z.object({
  id: z.string(),
  text,
  quote: z.boolean().nullable(),
  chains: z.array(ChainRow),
  /** Speech relationships per stance: CLAIMS, DENIES, CONFIRMS. */
  reports: z.tuple([z.number(), z.number(), z.number()]),
  /** [id, text, co-reported in the same article, linked by a stored PARAPHRASES relationship]. */
  candidates: z.array(z.tuple([z.string(), text, z.boolean(), z.boolean()])),
});
const ClaimSetRow = z.object({
  claims: z.array(ClaimRow),
  /** [id, name, kind, anonymous] of the relays and publishers the chains name. */
  refs: z.array(z.tuple([z.string(), text, text, z.boolean().nullable()])),
});

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

const STATS_FIELDS =
  'COUNT { (a)-[:CLAIMS|DENIES|CONFIRMS]->() } AS said, COUNT { (a)-[:RELAYED]->() } AS relayed, ' +
  'COUNT { (a)<-[:PUBLISHED_BY]-() } AS published, articles';
const ACTOR_FIELDS =
  'a.id AS id, a.name AS name, a.aliases AS aliases, a.kind AS kind, a.anonymous AS anonymous, COUNT { (a)--() } AS degree';

/** Exact id, or a normalised name/alias through the searchKey text index; a full scan only when both miss. */
async function resolveActor(tx: ManagedTransaction, name: string): Promise<{ actor: ActorRef; stats?: Stats }> {
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
       MATCH (a:Actor {id: $keyId}) RETURN a
       UNION
       MATCH (a:Actor) WHERE $key <> '' AND a.searchKey CONTAINS ('\\n' + $key + '\\n') RETURN a
     }
     CALL () { MATCH (art:Article) RETURN count(art) AS articles }
     RETURN ${ACTOR_FIELDS}, ${STATS_FIELDS}`,
    { raw, key, keyId: personKey(raw) ? slugify(personKey(raw)!) : '' },
  );
  const found = pickActor(raw, fast.map(toCandidate));
  // The statement counts ride along (degrees from the store's counts), saving actorClaims a round trip.
  const hit = found && fast.find((r) => r.id === found.id);
  if (found && hit) return { actor: found, stats: StatsRow.parse(hit) };
  const slow = pickActor(
    raw,
    (await rows(tx, ActorRow, `MATCH (a:Actor) RETURN ${ACTOR_FIELDS}`, {})).map(toCandidate),
  );
  if (!slow) throw new NotFoundError(`trace: no actor named "${raw}" (searched ids, names and aliases)`);
  return { actor: slow };
}

const StatsRow = z.object({ said: z.number(), relayed: z.number(), published: z.number(), articles: z.number() });
type Stats = z.infer<typeof StatsRow>;
const RankedRow = z.object({ claim: z.string(), date: z.string().nullable() });

/**
 * Per role, the query that aggregates every row of the actor (anchored on the id constraint index): cheap
 * while the actor has few statements. Rows are (claim, date of the article), as graph/embedded/trace.ts reads them.
 */
const DIRECT = [
  // graph/model.ts copies the article's date onto these relationships (schema.ts CHAIN_BACKFILL onto old ones).
  `MATCH (a:Actor {id: $id})-[r:CLAIMS|DENIES|CONFIRMS]->(c:Claim)
   WITH c.id AS claim, r.publishedAt AS date`,
  `MATCH (a:Actor {id: $id})-[r:RELAYED]->(c:Claim)
   WITH c.id AS claim, r.publishedAt AS date`,
  `MATCH (a:Actor {id: $id})<-[:PUBLISHED_BY]-(art:Article)-[:REPORTS]->(c:Claim)
   WITH c.id AS claim, art.publishedAt AS date`,
];

/**
 * Per role, the filter on an article's REPORTS relationship (it names the speaker and relays of the claim it
 * carries, graph/model.ts) for the scan that walks articles newest first through the publishedAt index: a hub
 * has statements in most recent articles, so the first few hundred articles answer without touching its
 * tens of thousands of relationships.
 */
const SCAN_FILTER = ['rep.speaker = $id', '$id IN rep.via', 'EXISTS { (art)-[:PUBLISHED_BY]->(:Actor {id: $id}) }'];

/** One role's first `n` claims, aggregating all of the actor's rows. */
async function directList(tx: ManagedTransaction, role: number, id: string, n: number): Promise<RoleList> {
  const found = await rows(
    tx,
    RankedRow,
    `${DIRECT[role]}
     WITH claim, max(date) AS date
     RETURN claim, date ORDER BY date IS NULL, date DESC, claim LIMIT $n`,
    { id, n },
  );
  return { ranked: found.map((r) => ({ id: r.claim, date: r.date })), complete: found.length < n };
}

/**
 * One role's first `n` claims (or more) by walking dated articles newest first; null when every dated
 * article was read without finding `n` (undated rows may rank next: read them all with directList).
 */
async function scanList(tx: ManagedTransaction, role: number, id: string, n: number): Promise<RoleList | null> {
  // A few rows per claim: one claim said in several recent articles, and the last date read is dropped.
  for (let limit = 3 * n + 20; ; limit *= 2) {
    const found = await rows(
      tx,
      RankedRow,
      `MATCH (art:Article) WHERE art.publishedAt IS NOT NULL
       WITH art ORDER BY art.publishedAt DESC
       MATCH (art)-[rep:REPORTS]->(c:Claim) WHERE ${SCAN_FILTER[role]}
       RETURN c.id AS claim, art.publishedAt AS date ORDER BY date DESC LIMIT $limit`,
      { id, limit },
    );
    const exhausted = found.length < limit;
    // Only whole dates are exact: the last date read may continue past the limit.
    const last = found[found.length - 1]?.date ?? null;
    const whole = exhausted ? found : found.filter((r) => r.date !== null && last !== null && r.date > last);
    const ranked = [...foldRanked(whole.map((r) => ({ id: r.claim, date: r.date })))]
      .map(([cid, date]) => ({ id: cid, date }))
      .sort(compareRanked);
    if (ranked.length >= n) return { ranked: ranked.slice(0, n), complete: false };
    if (exhausted) return null;
  }
}

/** Claims the actor spoke, relayed or published, ranked as mergeRoleLists defines, cut at `limit`. */
async function actorClaims(tx: ManagedTransaction, actorId: string, limit: number, known?: Stats) {
  const [stats] = known
    ? [known]
    : await rows(
        tx,
        StatsRow,
        `MATCH (a:Actor {id: $id})
         CALL () { MATCH (art:Article) RETURN count(art) AS articles }
         RETURN ${STATS_FIELDS}`,
        { id: actorId },
      );
  const s = stats ?? { said: 0, relayed: 0, published: 0, articles: 0 };
  const degree = [s.said, s.relayed, s.published];
  const lists: RoleList[] = [];
  let earlier = 0;
  for (let role = 0; role < 3; role++) {
    const n = limit + 1 + earlier;
    let list: RoleList | null = null;
    if (degree[role] === 0) list = { ranked: [], complete: true };
    // Walking articles costs about n × articles / degree of them; aggregating costs the degree.
    else if (degree[role]! ** 2 > 3 * n * s.articles) list = await scanList(tx, role, actorId, n);
    list ??= await directList(tx, role, actorId, n);
    lists.push(list);
    const merged = mergeRoleLists(lists, limit);
    if (merged && (merged.truncated || role === 2))
      return { ...merged, statements: { said: s.said, relayed: s.relayed, published: s.published } };
    if (!merged) throw new KgError('STORE_UNAVAILABLE', 'trace: an incomplete role list did not hold enough claims');
    earlier += list.ranked.length;
  }
  throw new KgError('STORE_UNAVAILABLE', 'trace: unreachable');
}

interface RawClaim {
  claim: { id: string; text: string; quote: boolean };
  rows: SpeechRow[];
  reports: StanceCounts;
}

interface ClaimSet {
  claims: RawClaim[];
  /** Related-claim candidates per claim id (only when asked for). */
  candidates: Map<string, RelatedCandidate[]>;
  /** Relays and publishers the rows name, as stored (missing ids are dangling). */
  refs: Map<string, Record<string, unknown>>;
}

/** Per stance, the claim's first `$per` speech relationships in chain order: one chainKey index seek each. */
const EARLIEST_CHAINS = SPEECH_TYPES.map(
  (type) =>
    `MATCH (s)-[r:${type}]->() WHERE r.chainKey STARTS WITH c.id + $sep
     RETURN '${type}' AS type, s, r ORDER BY r.chainKey LIMIT $per`,
).join(' UNION ALL ');

/**
 * Related-claim candidates of claim `c` (graph/trace/related.ts): claims co-reported in, or about the same
 * non-hub node in, the articles of its `chains`.
 */
const CANDIDATES = `CALL (c, chains) {
     WITH c, [x IN chains | ${column('x', 'article')}] AS articles
     CALL (c, articles) {
       UNWIND articles AS aid
       WITH DISTINCT c, aid
       MATCH (:Article {id: aid})-[:REPORTS]->(o:Claim)
       WHERE o <> c
       RETURN o, true AS same, false AS stored
       UNION ALL
       MATCH (c)-[:PARAPHRASES]-(o:Claim)
       WHERE o <> c
       RETURN o, false AS same, true AS stored
       UNION ALL
       // A widely carried claim has an ABOUT relationship per article: only those of the chains shown count.
       MATCH (c)-[ab:ABOUT]->(t:Actor)
       WHERE ab.article IN articles
       WITH DISTINCT c, t
       WHERE COUNT { (t)<--() } <= $cap
       MATCH (t)<-[:ABOUT]-(o:Claim)
       WHERE o <> c
       RETURN o, false AS same, false AS stored
     }
     RETURN collect(DISTINCT [o.id, o.text, same, stored]) AS candidates
   }`;

/**
 * Each claim with its speech relationships (at most chainsPerStance per stance, earliest articles first),
 * optionally its related-claim candidates (claims co-reported in, or about the same non-hub node in, the
 * articles of those chains), and the relays and publishers those rows name: one round trip.
 */
async function readClaims(tx: ManagedTransaction, ids: string[], withCandidates: boolean): Promise<ClaimSet> {
  const empty: ClaimSet = { claims: [], candidates: new Map(), refs: new Map() };
  if (!ids.length) return empty;
  const [found] = await rows(
    tx,
    ClaimSetRow,
    `UNWIND $ids AS cid
     MATCH (c:Claim {id: cid})
     CALL (c) {
       CALL (c) { ${EARLIEST_CHAINS} }
       OPTIONAL MATCH (art:Article {id: r.article})
       RETURN collect([${Object.values(CHAIN_COLUMNS).join(', ')}]) AS chains
     }
     ${withCandidates ? CANDIDATES : 'WITH c, chains, [] AS candidates'}
     WITH collect({
       id: c.id, text: c.text, quote: c.quote, chains: chains, candidates: candidates,
       reports: [${SPEECH_TYPES.map((t) => `COUNT { (c)<-[:${t}]-() }`).join(', ')}]
     }) AS claims
     CALL (claims) {
       UNWIND claims AS cl
       UNWIND cl.chains AS row
       WITH ${column('row', 'via')} AS via, ${column('row', 'outlet')} AS outlet
       UNWIND coalesce(via, []) + CASE WHEN outlet IS NULL THEN [] ELSE [outlet] END AS aid
       WITH DISTINCT aid
       MATCH (x:Actor {id: aid})
       RETURN collect([x.id, x.name, x.kind, x.anonymous]) AS refs
     }
     RETURN claims, refs`,
    {
      ids,
      per: TRACE_LIMITS.chainsPerStance,
      cap: TRACE_LIMITS.aboutDegreeCap,
      sep: CHAIN_SEP,
    },
  );
  if (!found) return empty;
  const byId = new Map(found.claims.map((c) => [c.id, c]));
  const refs = new Map(found.refs.map(([id, name, kind, anonymous]) => [id, { name, kind, anonymous }]));
  const out: ClaimSet = { claims: [], candidates: new Map(), refs };
  for (const id of ids) {
    const c = byId.get(id);
    if (!c) continue;
    const speech: SpeechRow[] = c.chains.map((r) => ({
      stance: STANCE_OF_TYPE[r.type]!,
      speaker: actorRef(r.speaker, { name: r.speakerName, kind: r.speakerKind, anonymous: r.speakerAnonymous }),
      via: r.via ?? [],
      cue: r.cue,
      sentence: r.sentence ?? '',
      start: r.start,
      end: r.end,
      article: articleRef(r.article, r),
    }));
    out.claims.push({
      claim: { id, text: c.text ?? '', quote: c.quote === true },
      rows: capSpeech(speech, TRACE_LIMITS.chainsPerStance),
      reports: { claims: c.reports[0], denies: c.reports[1], confirms: c.reports[2] },
    });
    out.candidates.set(
      id,
      c.candidates.map(([cid, ctext, same, stored]) => ({
        id: cid,
        text: ctext ?? '',
        sameArticle: same,
        paraphrase: stored,
      })),
    );
  }
  return out;
}

async function trace(tx: ManagedTransaction, query: TraceQuery): Promise<TraceResult> {
  const q = parseTraceQuery(query);
  let actor: ActorRef | undefined;
  let ids: string[];
  let ranked: Awaited<ReturnType<typeof actorClaims>> | undefined;
  if (q.kind === 'claim') {
    ids = [q.claimId];
  } else {
    const resolved = await resolveActor(tx, q.actor);
    actor = resolved.actor;
    ranked = await actorClaims(tx, actor.id, q.limit, resolved.stats);
    ids = ranked.ids;
  }
  const primary = await readClaims(tx, ids, true);
  if (q.kind === 'claim' && !primary.claims.length) throw new NotFoundError(`trace: no claim with id "${q.claimId}"`);
  const related = new Map(
    primary.claims.map((p) => [
      p.claim.id,
      relatedClaims(p.claim, primary.candidates.get(p.claim.id) ?? [], { max: TRACE_LIMITS.relatedPerClaim }),
    ]),
  );
  const primaryIds = new Set(primary.claims.map((p) => p.claim.id));
  const linkedIds = [...new Set([...related.values()].flat())].filter((id) => !primaryIds.has(id)).sort();
  const linkedSet = await readClaims(tx, linkedIds, false);
  const refs = new Map([...primary.refs, ...linkedSet.refs]);
  const actors = new Map(
    referencedActors([...primary.claims, ...linkedSet.claims].flatMap((c) => c.rows)).map((id) => [
      id,
      actorRef(id, refs.get(id)),
    ]),
  );
  const claims: ClaimTrace[] = primary.claims.map((p) =>
    claimTrace(p.claim, p.rows, p.reports, actors, related.get(p.claim.id) ?? []),
  );
  const linked = linkedSet.claims.map((l) =>
    claimTrace(
      l.claim,
      l.rows,
      l.reports,
      actors,
      claims.filter((c) => c.related.includes(l.claim.id)).map((c) => c.claim.id),
    ),
  );
  return actor && ranked
    ? { actor, claims, truncated: ranked.truncated, statements: ranked.statements, linked }
    : { claims, linked };
}

/**
 * Runs trace's claim and role queries once on an id that matches nothing: the first trace after a Neo4j
 * restart otherwise spends seconds while the server plans them (plans are cached server-side, for every
 * client). Not warmed: the name lookup and the hub walk over articles, which would scan on a missing id.
 */
export async function warmTraceNeo4j(session: Session): Promise<void> {
  const none = '\u0000kg-warm-up';
  await session.executeRead(async (tx) => {
    await readClaims(tx, [none], true);
    await readClaims(tx, [none], false);
    for (let role = 0; role < 3; role++) await directList(tx, role, none, 1);
  });
}

/** The trace for `query`, read in one read transaction of `session` (the caller owns and closes the session). */
export async function traceNeo4j(session: Session, query: TraceQuery): Promise<TraceResult> {
  return session.executeRead((tx) => trace(tx, query));
}
