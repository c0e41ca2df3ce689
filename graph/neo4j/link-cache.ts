// What cross-article linking reads of stored claims, kept in the writer's memory (as the embedded store's
// IdentityLookup does): every stored claim's band keys and every stored article's id, read once on the first lookup,
// and the candidates read or written since (text, terms, first 20 speech edges by key), with the stored incidents
// (incident-cache.ts). This store's own commits update it; the server's counts are compared in each write
// transaction and at each lookup that goes to the server anyway, and a difference (another writer) turns it off.
// In: a read transaction, committed records. Out: the answers the band and incident indexes would give.
import type { ManagedTransaction } from 'neo4j-driver';

import {
  type BandCounts,
  type ClaimCandidate,
  NEGATED,
  bandKey,
  claimKeyInput,
  liveHolders,
} from '../claims/similar.ts';
import { type GraphRecords, type NodeLabel, type Props, SPEECH_TYPES } from '../model.ts';
import type { StoredIncident } from '../incidents/match.ts';
import { answerCounts, speechKeys } from '../pending.ts';
import type { LinkLookups } from '../store.ts';
import { claimDetails, findIncidentsMany, rankClaims } from './identity.ts';
import { IncidentCache } from './incident-cache.ts';
import { INTERNAL_PROPS } from './values.ts';
import { WRITE_PREFIX } from './write.ts';

/** Claims held at most: past it (about 24,000 generated articles: 12.6 claims each) lookups go to the server's band index again. */
export const CACHED_CLAIMS = 300_000;
/** Candidates (text, terms, speech) kept at most; past it they are dropped and read again when asked. */
const CACHED_DETAILS = 50_000;
/** The CLAIMS properties claimDetails (identity.ts) reads: the rest of a CLAIMS edge is never asked for. */
const CLAIMS_PROPS = ['affiliation', 'via', 'outlet', 'publishedAt', 'answers'];
/** The server's claim and article counts (from the count store), compared with the cache's. */
const COUNTS = 'RETURN COUNT { (c:Claim) } AS claims, COUNT { (a:Article) } AS articles';
/** Store-internal keys (values.ts INTERNAL_PROPS) and the MERGE key: what claimDetails drops from an edge. */
const NOT_MODEL = new Set<string>([...INTERNAL_PROPS, 'key']);

type Speech = ClaimCandidate['speech'][number];
const isSpeech = (t: string) => (SPEECH_TYPES as readonly string[]).includes(t);
/** The terms the band index holds for a bandKey: its whitespace analyser splits it on whitespace. */
const indexTerms = (key: string) => key.split(/\s+/).filter(Boolean);
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A speech edge as claimDetails answers it: CLAIMS reduced to what the decisions read, no nulls, no internal keys. A
 * negated claim's (`whole`) CLAIMS edge is kept whole, as a denial's is: it may answer another claim (answerRel copies it).
 */
function speechEntry(type: string, speaker: string, props: Props, whole: boolean): Speech {
  const keep = (k: string) => (type === 'CLAIMS' && !whole ? CLAIMS_PROPS.includes(k) : !NOT_MODEL.has(k));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) if (keep(k) && v !== null && v !== undefined) out[k] = v;
  return { type: type as Speech['type'], speaker, props: out };
}

export class ClaimCache {
  /** Stored claim ids. */
  private readonly claims = new Set<string>();
  private readonly articles = new Set<string>();
  /** Stored actor and incident ids with their label (claims and articles are the sets above): labelsOf. */
  private readonly others = new Map<string, NodeLabel>();
  /** Each band key's claims while it is live (at most stopAbove), null once it is not; absent: none. */
  private readonly bands = new Map<string, string[] | null>();
  private readonly details = new Map<string, ClaimCandidate>();
  /** What a dead key's lookup gives: stopAbove + 1 claims, the band index's limit (only its length is read). */
  private readonly dead: string[];
  /** Stored incidents (incident-cache.ts), or null when there are too many: those lookups go to the server. */
  incidents: IncidentCache | null = null;

  private constructor(private readonly stopAbove: number) {
    this.dead = Array.from({ length: stopAbove + 1 }, () => '');
  }

  /** Every stored claim's band keys and article's id, or null when there are more claims than CACHED_CLAIMS. */
  static async load(tx: ManagedTransaction, stopAbove: number): Promise<ClaimCache | null> {
    const counted = await tx.run('MATCH (c:Claim) RETURN count(c) AS n');
    if ((counted.records[0]?.get('n') as number) > CACHED_CLAIMS) return null;
    const cache = new ClaimCache(stopAbove);
    const [claims, articles, others, incidents] = await Promise.all([
      tx.run('MATCH (c:Claim) RETURN c.id AS id, c.bandKey AS bandKey'),
      tx.run('MATCH (a:Article) RETURN a.id AS id'),
      tx.run(
        `MATCH (n:Actor) RETURN n.id AS id, 'Actor' AS label UNION ALL MATCH (n:Incident) RETURN n.id AS id, 'Incident' AS label`,
      ),
      IncidentCache.load(tx),
    ]);
    cache.incidents = incidents;
    for (const r of claims.records) {
      const key = r.get('bandKey') as string | null;
      cache.file(r.get('id') as string, indexTerms(key ?? ''));
    }
    for (const r of articles.records) cache.articles.add(r.get('id') as string);
    for (const r of others.records) cache.others.set(r.get('id') as string, r.get('label') as NodeLabel);
    return cache;
  }

  get counts(): { claims: number; articles: number } {
    return { claims: this.claims.size, articles: this.articles.size };
  }

  hasArticle(id: string): boolean {
    return this.articles.has(id);
  }

  /**
   * The stored label of each id this cache holds (what it loaded and this store's commits since): the writer's
   * existence read (write.ts writeArticles) without a round trip. An id it does not hold is not stored, as long as
   * no other writer is at work (CacheSlot.checked compares the counts in the same transaction).
   */
  labelsOf(ids: Iterable<string>): Map<string, NodeLabel> {
    const out = new Map<string, NodeLabel>();
    for (const id of ids) {
      const label = this.articles.has(id) ? 'Article' : this.claims.has(id) ? 'Claim' : this.others.get(id);
      if (label) out.set(id, label);
    }
    return out;
  }

  storedClaims(ids: string[]): Set<string> {
    return new Set(ids.filter((id) => this.claims.has(id)));
  }

  /** A new claim under its band keys (a key past stopAbove claims is dead: it finds none). */
  private file(id: string, keys: Iterable<string>): void {
    this.claims.add(id);
    for (const band of new Set(keys)) {
      const members = this.bands.get(band);
      if (members === null) continue;
      if (!members) this.bands.set(band, [id]);
      else if (members.push(id) > this.stopAbove) this.bands.set(band, null);
    }
  }

  /**
   * A key whose lookup the band index could answer otherwise: the index splits on whitespace, so a key holding
   * some would be a phrase of several terms there. Keys are stems, slugs and numbers; such a set goes to the server.
   */
  answers(bands: string[]): boolean {
    return !bands.some((b) => /\s/.test(b));
  }

  /** Each asked key's claims (capped at stopAbove + 1: the band index's limit), as identity.ts holders. */
  holders(bands: Iterable<string>): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const b of bands) {
      const members = this.bands.get(b);
      // A dead key: its count is all the stop rule reads (rankClaims skips it).
      out.set(b, members === null ? this.dead : (members ?? []));
    }
    return out;
  }

  counted(bands: string[], holders: Map<string, string[]>): BandCounts {
    const counts = [...new Set(bands)].map((b) => [b, holders.get(b)?.length ?? 0] as const);
    return { stopAbove: this.stopAbove, counts: new Map(counts), holders: liveHolders(holders, this.stopAbove) };
  }

  detail(id: string): ClaimCandidate | undefined {
    return this.details.get(id);
  }

  keep(candidates: Iterable<ClaimCandidate>): void {
    for (const c of candidates) this.details.set(c.id, c);
    if (this.details.size > CACHED_DETAILS) this.details.clear();
  }

  /**
   * Committed articles ('loaded' ones, in the order written): their new claims filed under their band keys (a claim
   * stored before keeps its stored version: MERGE ON CREATE), and their speech edges added to kept candidates (a
   * key stored already, or a repeated one, changes nothing; only the first 20 by key are kept). A candidate changed
   * is a new object: answers given before stay as they were.
   */
  written(articles: GraphRecords[]): void {
    for (const records of articles) {
      this.articles.add(records.article.id);
      this.incidents?.written(records);
      for (const n of records.nodes) {
        if (n.label === 'Actor' || n.label === 'Incident') this.others.set(n.id, n.label);
        if (n.label !== 'Claim' || this.claims.has(n.id)) continue;
        this.file(n.id, indexTerms(bandKey(claimKeyInput(n.props))));
        const terms = Array.isArray(n.props.terms) ? n.props.terms.map(String) : [];
        this.details.set(n.id, {
          id: n.id,
          text: typeof n.props.text === 'string' ? n.props.text : '',
          terms,
          speech: [],
        });
      }
      for (const r of records.rels) {
        const before = isSpeech(r.type) ? this.details.get(r.target) : undefined;
        if (!before) continue;
        const keys = before.speech.map((s) => speechKeys.get(s)!);
        if (keys.includes(r.key) || (keys.length >= 20 && byKey(r.key, keys.at(-1)!) > 0)) continue;
        const entry = speechEntry(r.type, r.source, r.props, (before.terms ?? []).includes(NEGATED));
        speechKeys.set(entry, r.key);
        const speech = [...before.speech, entry].sort((a, b) => byKey(speechKeys.get(a)!, speechKeys.get(b)!));
        this.details.set(r.target, { ...before, speech: speech.slice(0, 20) });
      }
    }
    if (this.details.size > CACHED_DETAILS) this.details.clear();
  }
}

export interface CachedAnswers {
  claims: ClaimCandidate[][];
  incidents: StoredIncident[][];
  /** The server's counts, read with the answers (null when nothing went to the server). */
  counts: { claims: number; articles: number } | null;
  /** Candidates read from the server (for ClaimCache.keep once the caller knows no write ran meanwhile). */
  read: Map<string, ClaimCandidate>;
}

/**
 * findMany through the cache: each set's candidates ranked from the kept band keys (identity.ts rankClaims), the
 * candidates not kept read with the incidents and the server's counts in one round trip (none when every candidate
 * is kept and no incident is asked). The caller compares the counts with the cache's and keeps what was read.
 */
export async function cachedLookups(
  cache: ClaimCache,
  query: LinkLookups,
  limit: number,
  stopAbove: number,
  read: <T>(work: (tx: ManagedTransaction) => Promise<T>) => Promise<T>,
): Promise<CachedAnswers> {
  const ranked = query.claims.map((bands) => {
    const distinct = [...new Set(bands)];
    const holders = cache.holders(distinct);
    return { ids: rankClaims(distinct, holders, limit, stopAbove), counts: cache.counted(bands, holders) };
  });
  const missing = [...new Set(ranked.flatMap((r) => r.ids))].filter((id) => !cache.detail(id));
  // Incidents from memory when held (incident-cache.ts): then only candidates not kept go to the server.
  const held = cache.incidents?.find(query.incidents);
  const asked = held ? [] : query.incidents;
  let read_: { details: Map<string, ClaimCandidate>; incidents: StoredIncident[][]; counts: CachedAnswers['counts'] } =
    { details: new Map(), incidents: held ?? query.incidents.map(() => []), counts: null };
  if (missing.length || asked.length)
    read_ = await read(async (tx) => {
      const [details, incidents, counted] = await Promise.all([
        claimDetails(tx, missing),
        held ?? findIncidentsMany(tx, asked),
        tx.run(COUNTS),
      ]);
      const r = counted.records[0]!;
      return {
        details,
        incidents,
        counts: { claims: r.get('claims') as number, articles: r.get('articles') as number },
      };
    });
  const claims = ranked.map(({ ids, counts }) => {
    const found = ids.map((id) => read_.details.get(id) ?? cache.detail(id)!).filter(Boolean);
    answerCounts.set(found, counts);
    return found;
  });
  return { claims, incidents: read_.incidents, counts: read_.counts, read: read_.details };
}

/** Stored labels of the ids asked, from the cache (write.ts writeArticles). */
export type StoredLabels = (ids: Iterable<string>) => Map<string, NodeLabel>;

/**
 * The store's cache through its life: loaded on first use, updated by each commit of this store before the write
 * counts as done, dropped (read again later) after a write whose outcome is unknown or any other write, off for
 * good once another writer is seen. A load that overlapped a write of this store is not kept.
 */
export class CacheSlot {
  /** null: more claims than CACHED_CLAIMS (read again after a clear). */
  private cache: ClaimCache | null | undefined;
  private loading: Promise<ClaimCache | null> | undefined;
  /** Bumped by every drop and every write begun: a load or a count read across one is not trusted. */
  private epoch = 0;
  private writing = 0;

  constructor(
    private off: boolean,
    private readonly load: () => Promise<ClaimCache | null>,
  ) {}

  async get(): Promise<ClaimCache | null> {
    if (this.off) return null;
    if (this.cache !== undefined) return this.cache;
    this.loading ??= this.loadOnce();
    return this.loading;
  }

  private async loadOnce(): Promise<ClaimCache | null> {
    const epoch = this.epoch;
    try {
      const cache = await this.load();
      if (this.epoch !== epoch || this.writing || this.off) return null;
      return (this.cache = cache);
    } catch {
      return null;
    } finally {
      this.loading = undefined;
    }
  }

  drop(): void {
    this.cache = undefined;
    this.epoch++;
  }

  /** Another writer changed the store. */
  turnOff(): void {
    this.off = true;
    this.drop();
  }

  /** A mark to compare with later: the counts read in between are this store's alone when it is still quiet. */
  mark(): number | null {
    return this.writing ? null : this.epoch;
  }

  quiet(mark: number | null): boolean {
    return mark !== null && mark === this.epoch && !this.writing;
  }

  /**
   * Runs `work` in the caller's write transaction with the server's counts read first in it (sent before the writes,
   * pipelined: no round trip of their own). Counts other than the cache's mean another writer was at work: the cache
   * is off from then on. Lookups answered from memory alone (every candidate kept, incidents held) never read the
   * counts, so each write does. `work` gets the cache's stored labels (ClaimCache.labelsOf) when it is on.
   */
  async checked<T>(tx: ManagedTransaction, work: (labels?: StoredLabels) => Promise<T>): Promise<T> {
    const cache = this.cache;
    if (!cache || this.off) return work();
    const mine = cache.counts;
    const [counted, result] = await Promise.all([tx.run(WRITE_PREFIX + COUNTS), work((ids) => cache.labelsOf(ids))]);
    const r = counted.records[0]!;
    if (r.get('claims') !== mine.claims || r.get('articles') !== mine.articles) this.turnOff();
    return result;
  }

  /** Runs a write transaction; `committed` tells the cache what it wrote. A failed write drops the cache. */
  async write<T>(run: () => Promise<T>, committed: (result: T) => GraphRecords[]): Promise<T> {
    this.writing++;
    this.epoch++;
    try {
      const result = await run();
      const cache = this.cache;
      if (cache) {
        cache.written(committed(result));
        if (cache.counts.claims > CACHED_CLAIMS) this.cache = null;
      }
      return result;
    } catch (err) {
      this.drop();
      throw err;
    } finally {
      this.writing--;
    }
  }
}
