// The embedded side of cross-article identity: indexed lookups of claims by MinHash band key and of incidents by
// date and place (the claim_band and incident_key tables rows.ts keeps). In: a Db. Out: the same candidates
// graph/neo4j/identity.ts returns.
import { type BandCounts, type ClaimCandidate, liveBands } from '../claims/similar.ts';
import { type IncidentQuery, type StoredIncident, indexKeysAsked, storedIncidentOf } from '../incidents/match.ts';
import type { Props } from '../model.ts';
import { answerCounts, speechKeys } from '../pending.ts';
import type { Db } from './db.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const termsOf = (p: Props): string[] => (Array.isArray(p.terms) ? p.terms.map(String) : []);
const SPEECH = `('CLAIMS', 'DENIES', 'CONFIRMS')`;
/** Candidates and band keys kept between articles, at most (a candidate: a claim's text, terms, 20 statements). */
const CACHED = 50_000;
/** Claim ids kept in band member lists, at most (each list holds at most the stop count). */
const MEMBERS = 2_000_000;

/** Each band key's stored claims while it is live (at most stopAbove), null once it is not. */
const newCache = (generation: string) => ({
  generation,
  claims: new Map<string, ClaimCandidate>(),
  bands: new Map<string, string[] | null>(),
  members: 0,
});

/** SQLite's BINARY order of two ids (the ids are ASCII, where it is UTF-16 order). */
const byBytes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export class IdentityLookup {
  private readonly s;

  /** `stopAbove`: a band key held by more stored claims finds none (graph/claims/similar.ts STOP_BAND_CLAIMS). */
  constructor(
    db: Db,
    private readonly stopAbove: number,
  ) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      // A key's claims up to a cap: a seek on the (band, claim) key, never a walk of a common key.
      members: p(`SELECT claim FROM claim_band WHERE band = ? LIMIT ?`).pluck(),
      // The candidates not cached yet, read together: their rows, and each one's first 20 speech edges by key.
      props: p(`SELECT id, props FROM node WHERE id IN (SELECT value FROM json_each(?))`),
      speech: p(
        `SELECT target, key, type, source, props FROM (
           SELECT target, key, type, source, props, row_number() OVER (PARTITION BY target ORDER BY key) AS n
           FROM edge WHERE target IN (SELECT value FROM json_each(?)) AND type IN ${SPEECH})
         WHERE n <= 20 ORDER BY target, key`,
      ),
      incidents: p(
        `SELECT DISTINCT k.incident AS id, n.props AS props FROM incident_key k JOIN node n ON n.id = k.incident
         WHERE k.key IN (SELECT value FROM json_each(?)) ORDER BY k.incident LIMIT 200`,
      ),
      participants: p(
        `SELECT DISTINCT e.source FROM edge e JOIN node a ON a.id = e.source
         WHERE e.target = ? AND e.type = 'PARTICIPATED_IN' AND coalesce(json_extract(a.props, '$.anonymous'), 0) != 1
         ORDER BY e.source`,
      ).pluck(),
      // The day each report was filed: its publication date, else its dateline's day (graph/incidents/link.ts).
      reported: p(
        `SELECT DISTINCT d FROM (SELECT coalesce(json_extract(props, '$.publishedAt'), json_extract(props, '$.reportedOn')) AS d
         FROM edge WHERE source = ? AND type = 'MENTIONED_IN') WHERE typeof(d) = 'text' ORDER BY d`,
      ).pluck(),
    };
  }

  /**
   * A loader asks once per claim of an article, and neighbouring claims and the next articles share candidates and
   * band keys: each is read once and kept while it is unchanged. Other processes' commits (`generation`, the
   * database's data_version) drop everything; this connection's writes update what they change (Rows calls
   * forgetClaim and filed; a failed write calls forgetAll), so a write is never hidden. Candidates are shared:
   * callers only read them.
   */
  private cache = newCache('');

  /** A speech relationship to this claim was written: its candidate is read again. */
  forgetClaim(id: string): void {
    this.cache.claims.delete(id);
  }

  /** A claim was filed under a band key: a kept member list takes it (past the stop count, the key is dead). */
  filed(band: string, claim: string): void {
    const members = this.cache.bands.get(band);
    if (!members) return; // not kept, or already dead
    members.push(claim);
    this.cache.members++;
    if (members.length > this.stopAbove) this.cache.bands.set(band, null);
  }

  /** Everything may have changed (clear(), a write that failed midway). */
  forgetAll(): void {
    this.cache = newCache(this.cache.generation);
  }

  /**
   * The stored claims sharing the most live band keys with `bands` (then by id), at most `limit`: counted here from
   * the kept member lists, as `GROUP BY claim ORDER BY count(*) DESC, claim` over claim_band counts them.
   */
  findClaims(bands: string[], limit: number, generation: string): ClaimCandidate[] {
    if (!bands.length) return [];
    const { claims, bands: kept, members } = this.cache;
    // Bounded: past CACHED candidates or MEMBERS kept ids it starts over (a long ingest moves on to new claims).
    if (this.cache.generation !== generation || claims.size > CACHED || kept.size > CACHED || members > MEMBERS)
      this.cache = newCache(generation);
    const counted = this.bandCounts(bands);
    const shared = new Map<string, number>();
    for (const band of liveBands(bands, counted))
      for (const id of this.cache.bands.get(band) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    const ids = [...shared]
      .sort(([a, n], [b, m]) => m - n || byBytes(a, b))
      .slice(0, limit)
      .map(([id]) => id);
    this.readClaims(ids.filter((id) => !this.cache.claims.has(id)));
    const out = ids.map((id) => this.cache.claims.get(id)!);
    answerCounts.set(out, counted);
    return out;
  }

  /** Reads claims into the cache in two statements, however many: one per claim was 17% of a late ingest. */
  private readClaims(ids: string[]): void {
    if (!ids.length) return;
    const json = JSON.stringify(ids);
    const props = new Map(
      (this.s.props.all(json) as Array<{ id: string; props: string }>).map((r) => [r.id, JSON.parse(r.props) as Props]),
    );
    const speech = new Map<string, ClaimCandidate['speech']>(ids.map((id) => [id, []]));
    type Row = { target: string; key: string; type: string; source: string; props: string };
    for (const e of this.s.speech.all(json) as Row[]) {
      const entry = {
        type: e.type as ClaimCandidate['speech'][number]['type'],
        speaker: e.source,
        props: JSON.parse(e.props) as Record<string, unknown>,
      };
      // Batched loading (graph/pending.ts) orders speech by the edge key, as the store does.
      speechKeys.set(entry, e.key);
      speech.get(e.target)!.push(entry);
    }
    for (const id of ids) {
      const p = props.get(id) ?? {};
      this.cache.claims.set(id, { id, text: str(p.text) ?? '', terms: termsOf(p), speech: speech.get(id)! });
    }
  }

  /** Stored claims per asked key, capped at stopAbove + 1 (all the stop rule needs), from the kept member lists. */
  private bandCounts(bands: string[]): BandCounts {
    const kept = this.cache.bands;
    const cap = this.stopAbove + 1;
    for (const band of new Set(bands)) {
      if (kept.has(band)) continue;
      const members = this.s.members.all(band, cap) as string[];
      kept.set(band, members.length < cap ? members : null);
      this.cache.members += members.length;
    }
    const count = (b: string) => kept.get(b)?.length ?? cap;
    return { stopAbove: this.stopAbove, counts: new Map(bands.map((b) => [b, count(b)])) };
  }

  findIncidents(query: IncidentQuery): StoredIncident[] {
    const keys = [...query.dates.map((d) => `d:${d}`), ...indexKeysAsked(query).map((p) => `p:${p}`)];
    if (!keys.length) return [];
    const rows = this.s.incidents.all(JSON.stringify(keys)) as Array<{ id: string; props: string }>;
    return rows.map(({ id, props }) =>
      storedIncidentOf(
        id,
        JSON.parse(props) as Props,
        this.s.participants.all(id) as string[],
        this.s.reported.all(id) as string[],
      ),
    );
  }
}
