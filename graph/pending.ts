// Batched loading without changing the graph: an article's cross-article links (graph/links.ts) are what
// findClaims / findIncidents answer, and articles resolved but not yet written (a batch being gathered or
// committing) would change some answers. This records what one article's linking read, and what each unwritten
// article will change once written, so the loader writes the unwritten ones first whenever they meet and the
// graph is the one a one-article-at-a-time run gives. In: GraphRecords, link reads. Out: a yes/no per article.
import { type BandCounts, type ClaimCandidate, claimBands, claimKeyInput, liveBands } from './claims/similar.ts';
import { indexKeys, isFullDate, placeLookups } from './incidents/key.ts';
import { incidentQuery } from './incidents/link.ts';
import { widenedAreas, widenedKilled } from './incidents/range.ts';
import {
  type IncidentQuery,
  type StoredIncident,
  indexKeysAsked,
  killedOf,
  mannerOf,
  yearOf,
  unfiledLeadOf,
  weekdayOf,
} from './incidents/match.ts';
import { StoreUnavailableError } from './errors.ts';
import { type ArticleInput, SPEECH_TYPES, recordsOf, unlinkedRecordsOf } from './model.ts';
import type { GraphStore, LinkLookups, LinkView } from './store.ts';

/** Keys an answer depends on (reads), or keys a write changes (footprints): the same four kinds. */
export interface LinkKeys {
  /** MinHash band keys (graph/claims/similar.ts). */
  bands: Set<string>;
  dates: Set<string>;
  /** Normalised places (graph/incidents/key.ts placeKey). */
  places: Set<string>;
  /** Node ids: returned by a lookup (reads), or written, merged or linked to (footprints). */
  ids: Set<string>;
  /** Reads: the stored incidents the lookups answered, as they answered them. */
  incidents?: Map<string, StoredIncident>;
}

/** The relationship key of a speech entry in a findClaims answer, when the store gives it (the overlay needs it). */
export const speechKeys = new WeakMap<object, string>();

/**
 * The band counts a findClaims answer was decided with (graph/claims/similar.ts STOP_BAND_CLAIMS), when the store
 * gives them: the overlay adds the unwritten articles' claims to them, as writing them would.
 */
export const answerCounts = new WeakMap<object, BandCounts>();

/** Thrown by the overlay when it cannot model an answer: the article waits for the unwritten ones. */
class Unmodelled extends Error {}

const empty = (): LinkKeys => ({ bands: new Set(), dates: new Set(), places: new Set(), ids: new Set() });

type Lookups = LinkView;

/** The lookups graph/links.ts will make for an article, as it makes them (claims by band keys, incidents by day and place). */
export function expectedLookups(input: ArticleInput): LinkLookups {
  const records = unlinkedRecordsOf(input);
  const claims = records.nodes
    .filter((n) => n.label === 'Claim')
    .map((n) => claimBands((n.props.terms as string[] | undefined) ?? []))
    .filter((b) => b.length);
  const incidents = input.extraction.incidents.map((inc) => incidentQuery(inc));
  return { claims, incidents };
}

/**
 * A stored claim's band keys, as its bandKey property holds them (graph/neo4j/keys.ts). Kept per candidate object
 * (the store's answers hand out the same candidates again): each overlay lookup asks it of every candidate.
 */
const storedBands = (c: ClaimCandidate): readonly string[] => {
  let bands = bandsOf.get(c);
  if (!bands) bandsOf.set(c, (bands = claimBands(claimKeyInput({ text: c.text, terms: c.terms }))));
  return bands;
};
const bandsOf = new WeakMap<ClaimCandidate, readonly string[]>();

const claimsKey = (bands: string[], limit = 50) => `${limit}|${bands.join('\n')}`;
const incidentsKey = (q: IncidentQuery) => `${q.dates.join(',')}|${indexKeysAsked(q).join(',')}`;

/** Stored answers read ahead for several articles at once (prefetchLookups), by lookup. */
export interface Prefetched {
  claims: Map<string, ClaimCandidate[]>;
  incidents: Map<string, StoredIncident[]>;
}

/**
 * Reads the expected lookups of several articles (the next batch) in one round trip: each distinct lookup once.
 * Their answers are the store as it is now; an article linked from them needs the unwritten articles as they are
 * now and as they come (PendingWrites.hold, taken before this call).
 */
export async function prefetchLookups(store: Pick<GraphStore, 'findMany'>, all: LinkLookups[]): Promise<Prefetched> {
  const out: Prefetched = { claims: new Map(), incidents: new Map() };
  if (!store.findMany) return out;
  const claims = new Map(all.flatMap((l) => l.claims.map((b) => [claimsKey(b), b] as const)));
  const incidents = new Map(all.flatMap((l) => l.incidents.map((q) => [incidentsKey(q), q] as const)));
  if (!claims.size && !incidents.size) return out;
  const got = await store.findMany({ claims: [...claims.values()], incidents: [...incidents.values()] });
  [...claims.keys()].forEach((k, i) => out.claims.set(k, got.claims[i]!));
  [...incidents.keys()].forEach((k, i) => out.incidents.set(k, got.incidents[i]!));
  return out;
}

/**
 * Wraps the store's lookups, recording what they were asked and what they answered. When the store answers
 * many at once (findMany), `expected` lookups are asked in one round trip first and served from there (or from
 * `prefetched` answers, read ahead for the batch); any other is asked as usual. An answer on incidents names only
 * participants that are not anonymous; a stored actor is anonymous only when every article gave it so, and only an
 * aliases-file merge gives a cross-article node an anonymous row: `unhidable` (the merge targets) are read whenever
 * incidents were found, so a pending article naming one of them openly is waited for.
 */
export async function recordLookups(
  store: Lookups & Pick<GraphStore, 'findMany'>,
  unhidable: Iterable<string> = [],
  expected?: LinkLookups,
  prefetched?: Prefetched,
): Promise<{ view: Lookups; reads: LinkKeys }> {
  const reads: LinkKeys = { ...empty(), incidents: new Map() };
  const claimAnswers = prefetched?.claims ?? new Map<string, ClaimCandidate[]>();
  const incidentAnswers = prefetched?.incidents ?? new Map<string, StoredIncident[]>();
  if (!prefetched && expected && store.findMany && (expected.claims.length || expected.incidents.length)) {
    const got = await store.findMany(expected);
    expected.claims.forEach((b, i) => claimAnswers.set(claimsKey(b), got.claims[i]!));
    expected.incidents.forEach((q, i) => incidentAnswers.set(incidentsKey(q), got.incidents[i]!));
  }
  const view: Lookups = {
    readClaims: async (sets) => {
      if (!store.findMany) return;
      const missing = new Map(sets.map((b) => [claimsKey(b), b] as const).filter(([k]) => !claimAnswers.has(k)));
      if (!missing.size) return;
      // Refused by the server: each is asked on its own by findClaims, where it fails this article alone.
      const got = await store.findMany({ claims: [...missing.values()], incidents: [] }).catch((err: unknown) => {
        if (err instanceof StoreUnavailableError) throw err;
        return undefined;
      });
      if (got) [...missing.keys()].forEach((k, i) => claimAnswers.set(k, got.claims[i]!));
    },
    findClaims: async (bands, limit) => {
      for (const b of bands) reads.bands.add(b);
      const found = claimAnswers.get(claimsKey(bands, limit)) ?? (await store.findClaims(bands, limit));
      for (const c of found) reads.ids.add(c.id);
      return found;
    },
    findIncidents: async (query) => {
      for (const d of query.dates) reads.dates.add(d);
      for (const p of indexKeysAsked(query)) reads.places.add(p);
      const found = incidentAnswers.get(incidentsKey(query)) ?? (await store.findIncidents(query));
      for (const i of found) {
        reads.ids.add(i.id);
        reads.incidents!.set(i.id, i);
      }
      if (found.length) for (const id of unhidable) reads.ids.add(id);
      return found;
    },
  };
  return { view, reads };
}

/** A pending article's new claim as findClaims would answer it once written, with its band keys. */
interface PendingClaim {
  text: string;
  terms: string[];
  bands: Set<string>;
  /** Stored before the article was written: its stored version stays (MERGE ON CREATE), whatever this one holds. */
  stored: boolean;
  speech: Array<ClaimCandidate['speech'][number] & { key: string }>;
}

/** A stored incident another report joins: what it adds (graph/neo4j/write.ts INCIDENT_WIDEN, coalesce). */
interface JoinedIncident {
  date: string | null;
  place: string | null;
  areas: string[];
  participants: string[];
  reported: string[];
  killed?: [number, number];
}

/** What one unwritten batch changes: keys for the wait rule, the rest for the overlay, in article order. */
interface BatchFootprint {
  keys: LinkKeys;
  /**
   * The day and places a report adds to an unwritten incident it joined (one no stored answer held), by incident:
   * waited for only when the article that tells the incident first is no longer unwritten (the overlay widens it
   * while it is: PendingWrites.meets).
   */
  pendingJoins: Map<string, { dates: Set<string>; places: Set<string> }>;
  claims: Map<string, PendingClaim>;
  incidents: Map<string, StoredIncident & { placeKeys: string[] }>;
  joined: Map<string, JoinedIncident[]>;
  /** Speech edges onto claims these articles do not write (a denial answering a stored claim), by claim. */
  answers: Map<string, Speech[]>;
}

/** Neo4j stores no null property, and the embedded store answers as Neo4j does. */
const stored = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null));
const isSpeech = (t: string) => (SPEECH_TYPES as readonly string[]).includes(t);
/** Whether another report's date replaces a stored incident's (graph/neo4j/write.ts INCIDENT_WIDEN): none, or a full day for a partial one. */
const widens = (before: string | null, date: string) => !before || (!isFullDate(before) && isFullDate(date));
const sortedUnion = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort();

/**
 * Adds what writing one article changes in lookup answers. `seen` are the stored incidents its own linking read.
 * Modelled (overlay): its claims (new ones, and speech added to stored ones), its new incidents, and what it adds
 * to an incident it reports again, stored or unwritten. Waited for (keys): a second copy of the same text, and the
 * day or place it fills in on a stored incident that had none (which could make that incident answer other
 * lookups); on an unwritten one only once the article telling it is written and this one is not (pendingJoins).
 */
function addFootprint(
  input: ArticleInput,
  seen: Map<string, StoredIncident>,
  storedClaims: Set<string>,
  into: BatchFootprint,
): void {
  const records = recordsOf(input);
  const joined = new Set(Object.values(input.links?.incidents ?? {}).map((j) => j.id));
  const anonymous = new Set(records.nodes.filter((n) => n.props.anonymous === true).map((n) => n.id));
  into.keys.ids.add(records.article.id);
  for (const n of records.nodes) {
    if (n.label === 'Claim' && !into.claims.has(n.id)) {
      const text = String(n.props.text);
      const terms = Array.isArray(n.props.terms) ? n.props.terms.map(String) : [];
      const bands = new Set(claimBands(claimKeyInput(n.props)));
      into.claims.set(n.id, { text, terms, bands, stored: storedClaims.has(n.id), speech: [] });
    }
    if (n.label !== 'Incident') continue;
    const date = typeof n.props.date === 'string' ? n.props.date : null;
    const place = typeof n.props.place === 'string' ? n.props.place : null;
    const areas = Array.isArray(n.props.areas) ? n.props.areas.map(String) : [];
    const rels = records.rels.filter((r) => r.target === n.id || r.source === n.id);
    const participants = rels.filter((r) => r.type === 'PARTICIPATED_IN' && !anonymous.has(r.source));
    // The day a report was filed (graph/neo4j/identity.ts findIncidents: publishedAt, else reportedOn).
    const day = (p: Record<string, unknown>) => p.publishedAt ?? p.reportedOn ?? null;
    const reported = rels.filter((r) => r.type === 'MENTIONED_IN' && typeof day(r.props) === 'string');
    const adds = {
      date,
      place,
      areas,
      participants: [...new Set(participants.map((r) => r.source))].sort(),
      reported: [...new Set(reported.map((r) => String(day(r.props))))].sort(),
      ...killedOf(n.props),
    };
    if (joined.has(n.id)) {
      const before = seen.get(n.id);
      // Joined an unwritten incident: its keys wait apart (pendingJoins), the stored one's in keys.
      const keys = before ? into.keys : pendingJoinKeys(into, n.id);
      if (!before || (date && widens(before.date, date))) keys.dates.add(date ?? '');
      if (!before || (!before.place && place)) for (const k of placeLookups(place)) keys.places.add(k);
      // Areas (and a place the stored one lacks) it adds make the stored incident answer other lookups: wait for them.
      const widened = widenedAreas({ place: before?.place ?? null, areas: before?.areas ?? [] }, { place, areas });
      for (const k of indexKeys(null, widened)) keys.places.add(k);
      into.joined.set(n.id, [...(into.joined.get(n.id) ?? []), adds]);
    } else
      into.incidents.set(n.id, {
        id: n.id,
        kind: String(n.props.kind),
        placeKeys: indexKeys(place, areas),
        ...adds,
        ...weekdayOf(n.props),
        ...unfiledLeadOf(n.props),
        ...mannerOf(n.props),
        ...yearOf(n.props),
      });
  }
  for (const r of records.rels) {
    if (!isSpeech(r.type)) continue;
    const speech = { key: r.key, type: r.type as Speech['type'], speaker: r.source, props: stored(r.props) };
    const c = into.claims.get(r.target);
    if (c) c.speech.push(speech);
    else into.answers.set(r.target, [...(into.answers.get(r.target) ?? []), speech]);
  }
}

function pendingJoinKeys(into: BatchFootprint, id: string): { dates: Set<string>; places: Set<string> } {
  const keys = into.pendingJoins.get(id) ?? { dates: new Set<string>(), places: new Set<string>() };
  into.pendingJoins.set(id, keys);
  return keys;
}

type Speech = PendingClaim['speech'][number];
const emptyBatch = (): BatchFootprint => ({
  keys: empty(),
  pendingJoins: new Map(),
  claims: new Map(),
  incidents: new Map(),
  joined: new Map(),
  answers: new Map(),
});
const byHitsThenId = (a: { hits: number; id: string }, b: { hits: number; id: string }) =>
  b.hits - a.hits || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
export const INCIDENT_LIMIT = 200;
/**
 * One relationship per key, the first written (the stores keep the first: INSERT OR IGNORE, MERGE ... ON CREATE). Two
 * unwritten articles that report one new claim each copy the same stored denials onto it (graph/claims/link.ts
 * answerRels), under the same keys.
 */
const uniqueByKey = <T extends { key: string }>(xs: T[]): T[] => {
  const out = new Map<string, T>();
  for (const x of xs) if (!out.has(x.key)) out.set(x.key, x);
  return [...out.values()];
};
const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : 1);

/** Footprints of the articles not yet written, by batch (in order); a batch's is dropped once it is committed. */
export class PendingWrites {
  private readonly batches = new Map<number, BatchFootprint>();
  /** Held views (hold): every batch added is added to them too, and never dropped from them. */
  private readonly holders = new Set<Map<number, BatchFootprint>>();

  /** `stored`: the article's claims that were stored before it (graph/store.ts storedClaims). */
  add(
    batch: number,
    input: ArticleInput,
    seen: Map<string, StoredIncident> = new Map(),
    stored: Set<string> = new Set(),
  ): void {
    const b = this.batches.get(batch) ?? emptyBatch();
    addFootprint(input, seen, stored, b);
    this.batches.set(batch, b);
    for (const h of this.holders) h.set(batch, b);
  }

  /**
   * The unwritten articles as they are now and every one added until release, kept when written: for articles
   * linked from answers read now (prefetchLookups), which see none of those written after this moment.
   */
  hold(): PendingWrites {
    const held = this.snapshot();
    this.holders.add(held.batches);
    return held;
  }

  release(held: PendingWrites): void {
    this.holders.delete(held.batches);
  }

  written(batch: number): void {
    this.batches.delete(batch);
  }

  get empty(): boolean {
    return this.batches.size === 0;
  }

  /**
   * The unwritten articles as they are now, for one article's linking: taken before its lookups, it holds every
   * batch its reads may not see (one committed before the snapshot is visible to them). A batch that commits during
   * the reads may be seen twice, stored and pending: the overlay merges by key and id, so that changes nothing.
   */
  snapshot(): PendingWrites {
    const copy = new PendingWrites();
    for (const [k, v] of this.batches) copy.batches.set(k, v);
    return copy;
  }

  /** Whether an article whose linking read `reads` meets an unwritten article where the overlay cannot model it. */
  meets(reads: LinkKeys, articleId: string): boolean {
    const hit = (keys: { dates: Set<string>; places: Set<string> }) =>
      (['dates', 'places'] as const).some((k) => [...reads[k]].some((v) => keys[k].has(v)));
    for (const { keys, pendingJoins } of this.batches.values()) {
      if (keys.ids.has(articleId) || hit(keys)) return true;
      // A report joined to an unwritten incident the overlay holds: it widens that incident (overlay findIncidents).
      for (const [id, joinKeys] of pendingJoins) if (!this.tellsIncident(id) && hit(joinKeys)) return true;
    }
    return false;
  }

  /** Whether one of these unwritten articles tells the incident first (it is new in the store). */
  private tellsIncident(id: string): boolean {
    return [...this.batches.values()].some((b) => b.incidents.has(id));
  }

  /** Speech of one claim across the unwritten articles, in article order; new: whether none of them found it stored. */
  private claim(id: string): { first?: PendingClaim; speech: Speech[] } {
    const speech: Speech[] = [];
    let first: PendingClaim | undefined;
    for (const b of this.batches.values()) {
      const c = b.claims.get(id);
      speech.push(...(b.answers.get(id) ?? []));
      if (!c) continue;
      first ??= c;
      speech.push(...c.speech);
    }
    return { first, speech };
  }

  /**
   * The asked band keys that still find candidates once the unwritten articles are written (stop bands,
   * graph/claims/similar.ts), and those their new claims push over stopAbove (`dying`). A key's new claims are told
   * exactly from its stored holders when the store gives them (a pending claim may be stored already: its batch
   * committed before the read); without them a pending claim missing from the answer is counted as new, and a key
   * it would push over is not modelled (Unmodelled: the article waits). A store that gives no counts has no stop bands.
   */
  private liveAfterWrites(
    bands: string[],
    stored: ClaimCandidate[],
    gainers: (band: string) => string[],
  ): { live: Set<string>; dying: Set<string> } {
    const counted = answerCounts.get(stored);
    const dying = new Set<string>();
    if (!counted) return { live: new Set(bands), dying };
    const live = liveBands(bands, counted);
    const inStore = new Set(stored.map((c) => c.id));
    for (const b of live) {
      const count = counted.counts.get(b) ?? 0;
      const gaining = gainers(b);
      const added = gaining.filter((id) => !inStore.has(id)).length;
      if (!added || count + added <= counted.stopAbove) continue;
      const holders = counted.holders?.get(b);
      if (!holders) throw new Unmodelled();
      const before = new Set(holders.slice(0, count));
      if (count + gaining.filter((id) => !before.has(id)).length > counted.stopAbove) dying.add(b);
    }
    return { live: new Set(live.filter((b) => !dying.has(b))), dying };
  }

  /**
   * The store's answer to `bands` as the lookup will rank once the unwritten articles are written, with the keys
   * still live then: a key their new claims push over stopAbove finds nothing then, so the store is asked again
   * without it (its stored claims ranked by the other keys, as they will be).
   */
  private async storedAfterWrites(
    view: Lookups,
    bands: string[],
    limit: number,
    gainers: (band: string) => string[],
  ): Promise<{ stored: ClaimCandidate[]; asked: Set<string> }> {
    let asked = bands;
    for (;;) {
      const stored = await view.findClaims(asked, limit);
      const { live, dying } = this.liveAfterWrites(asked, stored, gainers);
      if (!dying.size) return { stored, asked: live };
      asked = asked.filter((b) => !dying.has(b));
    }
  }

  /**
   * The lookups as they will answer once the unwritten articles are written, for an article that does not meet
   * them: the store's answer with their speech added to its claims (by key, at most 20) and their reports added
   * to its incidents, plus their new claims (ranked by shared band keys, then id, at most `limit`) and new
   * incidents on the days or places asked (by id, at most 200). Throws Unmodelled when it cannot tell.
   */
  overlay(view: Lookups): Lookups {
    const claimIds = new Set([...this.batches.values()].flatMap((b) => [...b.claims.keys()]));
    const touched = new Set([...claimIds, ...[...this.batches.values()].flatMap((b) => [...b.answers.keys()])]);
    const incidents = [...this.batches.values()].flatMap((b) => [...b.incidents.values()]);
    const joined = (id: string) => [...this.batches.values()].flatMap((b) => b.joined.get(id) ?? []);
    // An incident as the unwritten reports joined to it leave it (graph/neo4j/write.ts INCIDENT_WIDEN).
    const widen = (i: StoredIncident): StoredIncident =>
      joined(i.id).reduce<StoredIncident>(
        (s, j) => ({
          ...s,
          date: j.date && widens(s.date, j.date) ? j.date : s.date,
          place: s.place ?? j.place,
          areas: widenedAreas(s, j),
          participants: sortedUnion(s.participants, j.participants),
          reported: sortedUnion(s.reported, j.reported),
          ...widenedKilled(s.killed, j.killed),
        }),
        i,
      );
    // One pending claim's versions and speech, gathered once for this overlay (every lookup of the article reads them).
    const claims = new Map<string, ReturnType<PendingWrites['claim']>>();
    const claim = (id: string) => claims.get(id) ?? claims.set(id, this.claim(id)).get(id)!;
    // The new claims each band key gains (none stored before its article), indexed once for this overlay.
    let byBand: Map<string, string[]> | undefined;
    const gainers = (band: string): string[] => {
      if (!byBand) {
        byBand = new Map();
        for (const id of claimIds) {
          const first = claim(id).first!;
          if (first.stored) continue;
          for (const b of first.bands) {
            const ids = byBand.get(b);
            if (ids) ids.push(id);
            else byBand.set(b, [id]);
          }
        }
      }
      return byBand.get(band) ?? [];
    };
    // New incidents as their later unwritten reports widen them, with the keys they are found by then (once).
    let widenedNew: Array<{ incident: StoredIncident; keys: string[] }> | undefined;
    const newIncidents = () =>
      (widenedNew ??= incidents.map(({ placeKeys, ...i }) => {
        if (!joined(i.id).length) return { incident: i, keys: placeKeys };
        const w = widen(i);
        return { incident: w, keys: indexKeys(w.place, w.areas) };
      }));
    return {
      readClaims: async (sets) => view.readClaims?.(sets),
      findClaims: async (bands, limit = 50) => {
        const { stored, asked } = await this.storedAfterWrites(view, bands, limit, gainers);
        const hits = (keys: readonly string[]) => {
          let n = 0;
          for (const k of keys) if (asked.has(k)) n++;
          return n;
        };
        const base = stored.map((c) => {
          const added = touched.has(c.id) ? claim(c.id).speech : [];
          if (!added.length) return { c, id: c.id, hits: hits(storedBands(c)) };
          const keyed = c.speech.map((s) => ({ ...s, key: speechKeys.get(s) }));
          if (keyed.some((s) => s.key === undefined)) throw new Unmodelled();
          const speech = uniqueByKey([...(keyed as Speech[]), ...added])
            .sort(byKey)
            .slice(0, 20);
          return {
            id: c.id,
            hits: hits(storedBands(c)),
            c: { ...c, speech: speech.map(({ key: _k, ...s }) => s) },
          };
        });
        const inBase = new Set(base.map((b) => b.id));
        // Stored before the unwritten articles and left out of the store's answer: it ranked below all it kept (or
        // shares no live key) by its stored keys, which writing them does not change, so it stays out (gainers holds
        // none of those). Its version in an unwritten article may hold other keys (a claim's terms name the incident
        // its article told). The others count the asked keys they hold, through the band index of this overlay.
        const counts = new Map<string, number>();
        for (const b of asked)
          for (const id of gainers(b)) if (!inBase.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
        const added = [...counts].map(([id, h]) => ({ id, hits: h, c: undefined }));
        const made = (id: string): ClaimCandidate => {
          const { first, speech } = claim(id);
          return {
            id,
            text: first!.text,
            terms: first!.terms,
            speech: uniqueByKey(speech)
              .sort(byKey)
              .slice(0, 20)
              .map(({ key: _k, ...s }) => s),
          };
        };
        // The store ranks by (hits, id) and keeps the first `limit`: its answer is the stored claims' top, ranked as
        // they will still be (their live keys do not change, or liveAfterWrites threw), so a claim it left out
        // ranks below all it kept and stays out; the truth is the top `limit` of its answer and the new claims.
        return [...base, ...added]
          .sort(byHitsThenId)
          .slice(0, limit)
          .map((x) => x.c ?? made(x.id));
      },
      findIncidents: async (query) => {
        const base = (await view.findIncidents(query)).map(widen);
        const dates = new Set(query.dates);
        const places = new Set(indexKeysAsked(query));
        const inBase = new Set(base.map((i) => i.id));
        // A new incident as its later unwritten reports widen it: found by the day and places they add too.
        const added = newIncidents()
          .filter(
            ({ incident: i, keys }) =>
              !inBase.has(i.id) && ((i.date && dates.has(i.date)) || keys.some((k) => places.has(k))),
          )
          .map(({ incident }) => incident);
        // The store keeps the first 200 by id: as for claims, what it left out stays out.
        return [...base, ...added].sort((a, b) => (a.id < b.id ? -1 : 1)).slice(0, INCIDENT_LIMIT);
      },
    };
  }
}

/**
 * Links the article through the overlay: the links it gets once the unwritten articles are written, so it need not
 * wait for them; null when the overlay cannot model an answer (it waits).
 */
export async function linkThroughOverlay(
  relink: (view: Lookups) => Promise<ArticleInput>,
  overlay: Lookups,
): Promise<ArticleInput | null> {
  try {
    return await relink(overlay);
  } catch (err) {
    if (err instanceof Unmodelled) return null;
    throw err;
  }
}

/** Whether two linkings of one article give the same links (relationships compared as a set, by key). */
export function sameLinks(a: ArticleInput, b: ArticleInput): boolean {
  const norm = (x: ArticleInput) =>
    JSON.stringify([x.links?.incidents ?? {}, [...(x.links?.rels ?? [])].sort((p, q) => (p.key < q.key ? -1 : 1))]);
  return norm(a) === norm(b);
}
