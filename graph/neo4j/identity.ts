// The Neo4j side of cross-article identity: candidate claims by MinHash band key and candidate incidents by
// date or place, both through indexes. In: a read transaction and keys. Out: rows the pure matchers decide on.
import type { ManagedTransaction } from 'neo4j-driver';

import { type ClaimCandidate, NEGATED, liveHolders } from '../claims/similar.ts';
import {
  type IncidentQuery,
  type StoredIncident,
  killedOf,
  mannerOf,
  unfiledLeadOf,
  weekdayOf,
  yearOf,
} from '../incidents/match.ts';
import { answerCounts, speechKeys } from '../pending.ts';
import { areaTerm } from './keys.ts';
import { CLAIM_BAND_INDEX, INCIDENT_AREA_INDEX } from './schema.ts';
import { modelProps, toParam, toPlain } from './values.ts';

type Row = { get(key: string): unknown };
type SpeechRow = [ClaimCandidate['speech'][number]['type'], string, string | null, Record<string, unknown>];

const claimOf = ([id, text, terms, speech]: [string, string | null, string[] | null, SpeechRow[]]): ClaimCandidate => ({
  id,
  text: text ?? '',
  terms: terms ?? [],
  speech: speech.map(([type, speaker, key, props]) => {
    // `key` is the MERGE key of the relationship itself, not one of its model properties; batched loading
    // (graph/pending.ts) orders speech by it. A property the statement projected but the edge lacks comes back
    // null: dropped, as Neo4j stores no null.
    const rest = modelProps(toPlain(props) as Record<string, unknown>);
    for (const k of Object.keys(rest)) if (rest[k] === null) delete rest[k];
    delete rest.key;
    const entry = { type, speaker, props: rest };
    if (typeof key === 'string') speechKeys.set(entry, key);
    return entry;
  }),
});

/**
 * Candidate claims for several band sets at once (one answer list per set, in order): each set's stored claims
 * sharing a live band key (held by at most `stopAbove` claims: graph/claims/similar.ts STOP_BAND_CLAIMS), most shared
 * first, then id, with their speech relationships (20, by key). Each distinct band key is looked up once through the
 * band index, up to one claim more than `stopAbove` (a band over it finds nothing, so its claims need not be read),
 * the sets are ranked here, and the chosen claims are read in a second statement. Each answer carries its counts
 * (graph/pending.ts answerCounts).
 */
export async function findClaimsMany(
  tx: ManagedTransaction,
  queries: string[][],
  limit: number,
  stopAbove: number,
): Promise<ClaimCandidate[][]> {
  if (!queries.length) return [];
  const distinct = [...new Set(queries.flat())];
  const holders = new Map<string, string[]>();
  if (distinct.length) {
    // Each key is one term of the whitespace-analysed band index (keys are made of stems, slugs and numbers: no
    // whitespace), so a lookup is one term seek, however many claims are stored: a CONTAINS through the trigram
    // text index, before, intersected posting lists that grew with every claim.
    const res = await tx.run(
      `UNWIND $bands AS b
       CALL (b) {
         CALL db.index.fulltext.queryNodes($index, b.q, {limit: $cap}) YIELD node RETURN collect(node.id) AS ids
       }
       RETURN b.key AS b, ids`,
      toParam({
        bands: distinct.map((key) => ({ key, q: `"${key.replace(/["\\]/g, (c) => `\\${c}`)}"` })),
        index: CLAIM_BAND_INDEX,
        cap: stopAbove + 1,
      }) as Record<string, unknown>,
    );
    for (const r of res.records as Row[]) holders.set(r.get('b') as string, r.get('ids') as string[]);
  }
  const chosen = queries.map((bands) => rankClaims([...new Set(bands)], holders, limit, stopAbove));
  const details = await claimDetails(tx, [...new Set(chosen.flat())]);
  return queries.map((bands, i) => {
    const found = chosen[i]!.map((id) => details.get(id)!).filter(Boolean);
    const counts = [...new Set(bands)].map((b) => [b, holders.get(b)?.length ?? 0] as const);
    const held = liveHolders(new Map([...new Set(bands)].map((b) => [b, holders.get(b) ?? []])), stopAbove);
    answerCounts.set(found, { stopAbove, counts: new Map(counts), holders: held });
    return found;
  });
}

/**
 * The ids of one set's candidates: claims by how many of its live band keys they hold, then id, at most `limit`.
 * Counts are small whole numbers, so ids are gathered by count and only the counts that fill `limit` are sorted
 * (every holder was sorted at each lookup: 8% of the client CPU of a cached load of 1,000 stories in a profile).
 */
export function rankClaims(
  bands: string[],
  holders: Map<string, string[]>,
  limit: number,
  stopAbove: number,
): string[] {
  const hits = new Map<string, number>();
  for (const b of bands) {
    const ids = holders.get(b);
    if (!ids || ids.length > stopAbove) continue;
    for (const id of ids) hits.set(id, (hits.get(id) ?? 0) + 1);
  }
  const byCount: string[][] = [];
  for (const [id, n] of hits) (byCount[n] ??= []).push(id);
  const out: string[] = [];
  for (let n = byCount.length - 1; n > 0 && out.length < limit; n--) {
    const ids = byCount[n];
    if (!ids) continue;
    ids.sort(byId);
    for (const id of ids) if (out.push(id) === limit) break;
  }
  return out;
}

const byId = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Chosen claims with their text, terms and first 20 speech relationships by key, by id. Of a CLAIMS edge only what
 * the decisions read (graph/claims/link.ts origin: affiliation, via, outlet, date, answers); a denial or
 * confirmation whole, since an answer edge copies it (answerRel), and so a negated claim's CLAIMS edge (it may answer). A candidate's CLAIMS edges carry the sentence and
 * a score or two each: reading all of their properties was two thirds of the statement's db hits, and the client
 * unpacked them for nothing.
 */
export async function claimDetails(tx: ManagedTransaction, ids: string[]): Promise<Map<string, ClaimCandidate>> {
  if (!ids.length) return new Map();
  const res = await tx.run(
    `UNWIND $ids AS id MATCH (c:Claim {id: id})
     RETURN [c.id, c.text, c.terms,
       COLLECT { MATCH (s:Actor)-[r:CLAIMS|DENIES|CONFIRMS]->(c)
         RETURN [type(r), s.id, r.key, CASE WHEN type(r) = 'CLAIMS' AND NOT $negated IN coalesce(c.terms, [])
           THEN r {.affiliation, .via, .outlet, .publishedAt, .answers} ELSE properties(r) END] ORDER BY r.key LIMIT 20 }] AS claim`,
    toParam({ ids, negated: NEGATED }) as Record<string, unknown>,
  );
  const out = new Map<string, ClaimCandidate>();
  for (const r of res.records as Row[]) {
    const c = claimOf(r.get('claim') as [string, string | null, string[] | null, SpeechRow[]]);
    out.set(c.id, c);
  }
  return out;
}

export async function findClaims(
  tx: ManagedTransaction,
  bands: string[],
  limit: number,
  stopAbove: number,
): Promise<ClaimCandidate[]> {
  if (!bands.length) return [];
  return (await findClaimsMany(tx, [bands], limit, stopAbove))[0]!;
}

/** A Lucene query for any of the area terms (placeKey keys are letters, digits and spaces: no escaping needed). */
const areaQuery = (keys: string[]) =>
  [...new Set(keys.map(areaTerm))].map((t) => `"${t.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(' OR ');

/** Candidate incidents for several queries in one statement (one answer list per query, in order). */
export async function findIncidentsMany(tx: ManagedTransaction, queries: IncidentQuery[]): Promise<StoredIncident[][]> {
  if (!queries.length) return [];
  const res = await tx.run(
    `UNWIND range(0, size($queries) - 1) AS q
     CALL (q) {
       WITH $queries[q] AS query
       CALL (query) {
         MATCH (i:Incident) WHERE i.date IN query.dates RETURN i
         UNION
         MATCH (i:Incident) WHERE i.placeKey IN query.places RETURN i
         UNION
         MATCH (i:Incident) WHERE i.placeSound IN query.places RETURN i
         UNION
         WITH query WHERE query.areaQ <> ''
         CALL db.index.fulltext.queryNodes($areaIndex, query.areaQ) YIELD node
         RETURN node AS i
       }
       WITH i ORDER BY i.id LIMIT 200
       RETURN collect([i.id, i.kind, i.date, i.place, coalesce(i.areas, []),
         COLLECT { MATCH (p:Actor)-[:PARTICIPATED_IN]->(i) WHERE NOT coalesce(p.anonymous, false) RETURN DISTINCT p.id ORDER BY p.id },
         COLLECT { MATCH (i)-[r:MENTIONED_IN]->(:Article) WITH coalesce(r.publishedAt, r.reportedOn) AS day WHERE day IS NOT NULL RETURN DISTINCT day ORDER BY day },
         i.weekday, i.unfiledLead, i.killedMin, i.killedMax, i.manner, i.year]) AS found
     }
     RETURN q, found ORDER BY q`,
    toParam({
      queries: queries.map((q) => ({ ...q, areaQ: areaQuery(q.inside ?? []) })),
      areaIndex: INCIDENT_AREA_INDEX,
    }) as Record<string, unknown>,
  );
  const out: StoredIncident[][] = queries.map(() => []);
  type Found = [
    string,
    string,
    string | null,
    string | null,
    string[],
    string[],
    string[],
    unknown,
    unknown,
    unknown,
    unknown,
    unknown,
    unknown,
  ];
  for (const r of res.records as Row[])
    out[r.get('q') as number] = (r.get('found') as Found[]).map(
      ([
        id,
        kind,
        date,
        place,
        areas,
        participants,
        reported,
        weekday,
        unfiledLead,
        killedMin,
        killedMax,
        manner,
        year,
      ]) => ({
        id,
        kind,
        date,
        place,
        areas,
        participants,
        reported,
        ...weekdayOf({ weekday }),
        ...unfiledLeadOf({ unfiledLead }),
        ...killedOf({ killedMin, killedMax }),
        ...mannerOf({ manner }),
        ...yearOf({ year }),
      }),
    );
  return out;
}

export async function findIncidents(tx: ManagedTransaction, query: IncidentQuery): Promise<StoredIncident[]> {
  if (!query.dates.length && !query.places.length) return [];
  return (await findIncidentsMany(tx, [query]))[0]!;
}
