// Batched loading without changing the graph: an article's cross-article links (graph/links.ts) are what
// findClaims / findIncidents answer, and articles resolved but not yet written (a batch being gathered or
// committing) would change some answers. This records what one article's linking read, and what each unwritten
// article will change once written, so the loader writes the unwritten ones first whenever they meet and the
// graph is the one a one-article-at-a-time run gives. In: GraphRecords, link reads. Out: a yes/no per article.
import { type ClaimCandidate, claimBands } from './claims/similar.ts';
import { placeKey } from './incidents/key.ts';
import { type StoredIncident, dateWindow } from './incidents/match.ts';
import { type ArticleInput, SPEECH_TYPES, toGraphRecords } from './model.ts';
import type { GraphStore, LinkLookups } from './store.ts';

/** Keys an answer depends on (reads), or keys a write changes (footprints): the same four kinds. */
export interface LinkKeys {
  /** MinHash band keys (graph/claims/similar.ts). */
  bands: Set<string>;
  dates: Set<string>;
  /** Normalised places (graph/incidents/key.ts placeKey). */
  places: Set<string>;
  /** Node ids: returned by a lookup (reads), or written, merged or linked to (footprints). */
  ids: Set<string>;
}

const empty = (): LinkKeys => ({ bands: new Set(), dates: new Set(), places: new Set(), ids: new Set() });

type Lookups = Pick<GraphStore, 'findClaims' | 'findIncidents'>;

/** The lookups graph/links.ts will make for an article, as it makes them (claims by band keys, incidents by day and place). */
export function expectedLookups(input: ArticleInput): LinkLookups {
  const records = toGraphRecords({ ...input, links: { ...input.links, rels: [] } });
  const claims = records.nodes
    .filter((n) => n.label === 'Claim')
    .map((n) => claimBands(String(n.props.text)))
    .filter((b) => b.length);
  const incidents = input.extraction.incidents.map((inc) => {
    const place = placeKey(inc.place);
    return { dates: dateWindow(inc.date), places: place ? [place] : [] };
  });
  return { claims, incidents };
}

const claimsKey = (bands: string[], limit = 50) => `${limit}|${bands.join('\n')}`;
const incidentsKey = (q: { dates: string[]; places: string[] }) => `${q.dates.join(',')}|${q.places.join(',')}`;

/**
 * Wraps the store's lookups, recording what they were asked and what they answered. When the store answers
 * many at once (findMany), `expected` lookups are asked in one round trip first and served from there; any
 * other is asked as usual. An answer on incidents names only participants that are not anonymous; a stored
 * actor is anonymous only when every article gave it so, and only an aliases-file merge gives a cross-article
 * node an anonymous row: `unhidable` (the merge targets) are read whenever incidents were found, so a pending
 * article naming one of them openly is waited for.
 */
export async function recordLookups(
  store: Lookups & Pick<GraphStore, 'findMany'>,
  unhidable: Iterable<string> = [],
  expected?: LinkLookups,
): Promise<{ view: Lookups; reads: LinkKeys }> {
  const reads = empty();
  const claimAnswers = new Map<string, ClaimCandidate[]>();
  const incidentAnswers = new Map<string, StoredIncident[]>();
  if (expected && store.findMany && (expected.claims.length || expected.incidents.length)) {
    const got = await store.findMany(expected);
    expected.claims.forEach((b, i) => claimAnswers.set(claimsKey(b), got.claims[i]!));
    expected.incidents.forEach((q, i) => incidentAnswers.set(incidentsKey(q), got.incidents[i]!));
  }
  const view: Lookups = {
    findClaims: async (bands, limit) => {
      for (const b of bands) reads.bands.add(b);
      const found = claimAnswers.get(claimsKey(bands, limit)) ?? (await store.findClaims(bands, limit));
      for (const c of found) reads.ids.add(c.id);
      return found;
    },
    findIncidents: async (query) => {
      for (const d of query.dates) reads.dates.add(d);
      for (const p of query.places) reads.places.add(p);
      const found = incidentAnswers.get(incidentsKey(query)) ?? (await store.findIncidents(query));
      for (const i of found) reads.ids.add(i.id);
      if (found.length) for (const id of unhidable) reads.ids.add(id);
      return found;
    },
  };
  return { view, reads };
}

/** A pending article's new claim as findClaims would answer it once written, with its band keys. */
interface PendingClaim {
  text: string;
  bands: Set<string>;
  speech: Array<ClaimCandidate['speech'][number] & { key: string }>;
}

/** What one unwritten batch changes: keys for the wait rule, new claims and incidents for the overlay. */
interface BatchFootprint {
  keys: LinkKeys;
  claims: Map<string, PendingClaim>;
  incidents: Map<string, StoredIncident & { placeKey: string | null }>;
}

/** Neo4j stores no null property, and the embedded store answers as Neo4j does. */
const stored = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null));
const isSpeech = (t: string) => (SPEECH_TYPES as readonly string[]).includes(t);

/**
 * Adds what writing one article changes in lookup answers. Waited for when met (keys): every node it writes or
 * draws a relationship to (a stored claim's speech list, a stored incident's participants and reports, a second
 * copy of the same text), and the day and place of a stored incident it reports again (which it may fill in).
 * Modelled exactly (overlay): its new claims (content, band keys, speech) and new incidents.
 */
function addFootprint(input: ArticleInput, into: BatchFootprint): void {
  const records = toGraphRecords(input);
  const joined = new Set(Object.values(input.links?.incidents ?? {}).map((j) => j.id));
  const anonymous = new Set(records.nodes.filter((n) => n.props.anonymous === true).map((n) => n.id));
  into.keys.ids.add(records.article.id);
  for (const r of records.rels) into.keys.ids.add(r.source).add(r.target);
  for (const n of records.nodes) {
    into.keys.ids.add(n.id);
    if (n.label === 'Claim' && !into.claims.has(n.id)) {
      const text = String(n.props.text);
      into.claims.set(n.id, { text, bands: new Set(claimBands(text)), speech: [] });
    }
    if (n.label !== 'Incident') continue;
    const date = typeof n.props.date === 'string' ? n.props.date : null;
    const place = typeof n.props.place === 'string' ? n.props.place : null;
    if (joined.has(n.id)) {
      if (date) into.keys.dates.add(date);
      if (placeKey(place)) into.keys.places.add(placeKey(place)!);
      continue;
    }
    const rels = records.rels.filter((r) => r.target === n.id || r.source === n.id);
    const participants = rels.filter((r) => r.type === 'PARTICIPATED_IN' && !anonymous.has(r.source));
    const reported = rels.filter((r) => r.type === 'MENTIONED_IN' && typeof r.props.publishedAt === 'string');
    into.incidents.set(n.id, {
      id: n.id,
      kind: String(n.props.kind),
      date,
      place,
      placeKey: placeKey(place),
      participants: [...new Set(participants.map((r) => r.source))].sort(),
      reported: [...new Set(reported.map((r) => String(r.props.publishedAt)))].sort(),
    });
  }
  for (const r of records.rels) {
    const c = isSpeech(r.type) ? into.claims.get(r.target) : undefined;
    if (c)
      c.speech.push({
        key: r.key,
        type: r.type as PendingClaim['speech'][number]['type'],
        speaker: r.source,
        props: stored(r.props),
      });
  }
}

const emptyBatch = (): BatchFootprint => ({ keys: empty(), claims: new Map(), incidents: new Map() });
const byHitsThenId = (a: { hits: number; id: string }, b: { hits: number; id: string }) =>
  b.hits - a.hits || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Footprints of the articles not yet written, by batch; a batch's is dropped once it is committed. */
export class PendingWrites {
  private readonly batches = new Map<number, BatchFootprint>();

  add(batch: number, input: ArticleInput): void {
    const b = this.batches.get(batch) ?? emptyBatch();
    addFootprint(input, b);
    this.batches.set(batch, b);
  }

  written(batch: number): void {
    this.batches.delete(batch);
  }

  get empty(): boolean {
    return this.batches.size === 0;
  }

  /**
   * Whether an article whose linking read `reads` meets an unwritten article in a way the overlay does not model
   * (a node both touch, a stored incident's day or place), so it must wait for the writes.
   */
  meets(reads: LinkKeys, articleId: string): boolean {
    for (const { keys } of this.batches.values()) {
      if (keys.ids.has(articleId)) return true;
      for (const k of ['dates', 'places', 'ids'] as const) for (const v of reads[k]) if (keys[k].has(v)) return true;
    }
    return false;
  }

  /**
   * The lookups as they will answer once the unwritten articles are written, for an article that does not meet
   * them (meets() is false): the store's answer plus their new claims (ranked by shared band keys, then id, at
   * most `limit`, speech by key, at most 20) and new incidents on the days or places asked (by id, at most 200).
   */
  overlay(view: Lookups): Lookups {
    const claims = [...this.batches.values()].flatMap((b) => [...b.claims]);
    const incidents = [...this.batches.values()].flatMap((b) => [...b.incidents.values()]);
    return {
      findClaims: async (bands, limit = 50) => {
        const asked = new Set(bands);
        const hits = (keys: Iterable<string>) => [...keys].filter((k) => asked.has(k)).length;
        const base = (await view.findClaims(bands, limit)).map((c) => ({
          c,
          id: c.id,
          hits: hits(claimBands(c.text)),
        }));
        const added = claims
          .map(([id, p]) => ({ id, hits: hits(p.bands), p }))
          .filter((x) => x.hits > 0 && !base.some((b) => b.id === x.id))
          .map(({ id, hits: h, p }) => {
            const speech = [...p.speech].sort((a, b) => (a.key < b.key ? -1 : 1)).slice(0, 20);
            return { id, hits: h, c: { id, text: p.text, speech: speech.map(({ key: _k, ...s }) => s) } };
          });
        return [...base, ...added]
          .sort(byHitsThenId)
          .slice(0, limit)
          .map((x) => x.c);
      },
      findIncidents: async (query) => {
        const base = await view.findIncidents(query);
        const dates = new Set(query.dates);
        const places = new Set(query.places);
        const added = incidents
          .filter((i) => (i.date && dates.has(i.date)) || (i.placeKey && places.has(i.placeKey)))
          .map(({ placeKey: _p, ...i }) => i);
        return [...base, ...added].sort((a, b) => (a.id < b.id ? -1 : 1)).slice(0, 200);
      },
    };
  }
}

/** Whether two linkings of one article give the same links (relationships compared as a set, by key). */
export function sameLinks(a: ArticleInput, b: ArticleInput): boolean {
  const norm = (x: ArticleInput) =>
    JSON.stringify([x.links?.incidents ?? {}, [...(x.links?.rels ?? [])].sort((p, q) => (p.key < q.key ? -1 : 1))]);
  return norm(a) === norm(b);
}
