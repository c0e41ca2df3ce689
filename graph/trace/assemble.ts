// The store-independent half of `trace`: turns raw speech rows read from either store into TraceChains,
// orders and caps them, ranks an actor's claims and picks the actor a name means. Pure.
import { normalizeName, personKey, slugify } from '../names.ts';
import type { ActorRef, ArticleRef, ClaimTrace, StanceCounts, TraceChain } from '../store.ts';

export type StanceName = TraceChain['stance'];
export const STANCE_OF_TYPE: Record<string, StanceName> = { CLAIMS: 'claims', DENIES: 'denies', CONFIRMS: 'confirms' };

/** One CLAIMS/DENIES/CONFIRMS relationship with its speaker and the article that carries it. */
export interface SpeechRow {
  stance: StanceName;
  speaker: ActorRef;
  /** Relay ids as the model stores them: nearest the speaker first. */
  via: string[];
  cue: string | null;
  sentence: string;
  start: number;
  end: number;
  article: ArticleRef;
}

type PropBag = Record<string, unknown> | null | undefined;
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** An ActorRef from a node's properties; an id with no node (a dangling relay) still gets a readable ref. */
export function actorRef(id: string, props: PropBag): ActorRef {
  if (!props) return { id, name: id };
  return { id, name: str(props.name) ?? id, kind: str(props.kind) ?? undefined, anonymous: props.anonymous === true };
}

export function articleRef(id: string, props: PropBag): ArticleRef {
  return {
    id,
    title: str(props?.title),
    source: str(props?.source) ?? id,
    publishedAt: str(props?.publishedAt),
    outlet: str(props?.outlet),
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Dates ascending with unknown dates last, so the earliest known report (the likely origin) comes first. */
const byDateAsc = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : cmp(a, b));

const byDateDesc = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : cmp(b, a));

/** What chain order looks at: article date, article id, position, speaker id. */
export interface SpeechKey {
  date: string | null;
  article: string;
  start: number;
  speaker: string;
}

/** Chain order inside one stance: earliest article first (undated last), then article id, position, speaker. */
export const compareSpeechKey = (a: SpeechKey, b: SpeechKey): number =>
  byDateAsc(a.date, b.date) || cmp(a.article, b.article) || a.start - b.start || cmp(a.speaker, b.speaker);

const keyOf = (r: SpeechRow): SpeechKey => ({
  date: r.article.publishedAt,
  article: r.article.id,
  start: r.start,
  speaker: r.speaker.id,
});
export const compareSpeech = (a: SpeechRow, b: SpeechRow): number => compareSpeechKey(keyOf(a), keyOf(b));

/** Inserts `x` into the sorted `list` after its equals (binary search), keeping it sorted and stable. */
export function insertSorted<T>(list: T[], x: T, compare: (a: T, b: T) => number): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(list[mid]!, x) <= 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, x);
}

/**
 * The first `n` items in `compare` order without sorting them all: a sorted buffer of at most n items and
 * a threshold test, so a hub's tens of thousands of rows cost one cheap comparison each.
 */
export function topK<T>(items: Iterable<T>, n: number, compare: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  if (n <= 0) return top;
  for (const x of items) {
    if (top.length === n && compare(x, top[n - 1]!) >= 0) continue;
    insertSorted(top, x, compare);
    if (top.length > n) top.pop();
  }
  return top;
}

/** Keeps the first `perStance` rows of each stance (in compareSpeech order); claims, then denials, then confirmations. */
export function capSpeech(rows: SpeechRow[], perStance: number): SpeechRow[] {
  return (['claims', 'denies', 'confirms'] as const).flatMap((stance) =>
    topK(
      rows.filter((r) => r.stance === stance),
      perStance,
      compareSpeech,
    ),
  );
}

/** Actor ids a set of rows needs names for: relays and publishers. */
export function referencedActors(rows: SpeechRow[]): string[] {
  const ids = new Set<string>();
  for (const r of rows) {
    for (const v of r.via) ids.add(v);
    if (r.article.outlet) ids.add(r.article.outlet);
  }
  return [...ids].sort();
}

export function toChain(row: SpeechRow, actors: Map<string, ActorRef>): TraceChain {
  const ref = (id: string) => actors.get(id) ?? { id, name: id };
  return {
    article: row.article,
    publisher: row.article.outlet ? ref(row.article.outlet) : null,
    // The model stores relays nearest the speaker first; a chain reads from the publisher inwards.
    relays: [...row.via].reverse().map(ref),
    speaker: row.speaker,
    stance: row.stance,
    cue: row.cue,
    sentence: row.sentence,
    start: row.start,
    end: row.end,
  };
}

export function claimTrace(
  claim: { id: string; text: string; quote: boolean },
  rows: SpeechRow[],
  reports: StanceCounts,
  actors: Map<string, ActorRef>,
  related: string[],
): ClaimTrace {
  return { claim, chains: rows.map((r) => toChain(r, actors)), reports, related };
}

/** How an actor takes part in a claim; an actor trace lists speaker claims, then relayed, then published ones. */
export const ROLE = { speaker: 0, relay: 1, publisher: 2 } as const;
export const ROLES = ['speaker', 'relay', 'publisher'] as const;

/** A claim inside one role list, with the latest publication date among the actor's rows of that role. */
export interface RankedClaim {
  id: string;
  date: string | null;
}

/** Order inside a role: most recent first, undated last, then id. */
export const compareRanked = (a: RankedClaim, b: RankedClaim): number => byDateDesc(a.date, b.date) || cmp(a.id, b.id);

/** Folds (claim, date) rows of one role into one RankedClaim per claim, keeping the latest date. */
export function foldRanked(
  rows: Iterable<RankedClaim>,
  into = new Map<string, string | null>(),
): Map<string, string | null> {
  for (const r of rows) {
    const prev = into.get(r.id);
    if (prev === undefined || (r.date !== null && (prev === null || r.date > prev))) into.set(r.id, r.date);
  }
  return into;
}

/** One role's ranked claims as a store read them: the first `ranked.length`, and whether that is all of them. */
export interface RoleList {
  ranked: RankedClaim[];
  complete: boolean;
}

/**
 * An actor's claims: each claim under its best role (speaker, relay, publisher), ranked within the role by
 * compareRanked; the first `limit`. Role lists may be prefixes: a later role is only read when every earlier
 * one is complete. Returns null when a prefix was too short to decide (read more and call again).
 */
export function mergeRoleLists(lists: RoleList[], limit: number): { ids: string[]; truncated: boolean } | null {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of lists) {
    for (const c of list.ranked) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      out.push(c.id);
      if (out.length > limit) return { ids: out.slice(0, limit), truncated: true };
    }
    if (!list.complete) return null;
  }
  return { ids: out, truncated: false };
}

export interface ActorCandidate {
  id: string;
  name: string;
  aliases: string[];
  kind?: string;
  anonymous?: boolean;
  degree: number;
}

/**
 * The actor a user means by `query`: an exact id wins, then a name, then an alias (all compared
 * case-, accent- and punctuation-insensitively); ties go to the best-connected actor, then the id.
 */
export function pickActor(query: string, candidates: ActorCandidate[]): ActorRef | null {
  const q = normalizeName(query);
  const key = personKey(query);
  const keyId = key ? slugify(key) : null;
  const alias = (c: ActorCandidate) => c.aliases.find((a) => normalizeName(a) === q);
  const rank = (c: ActorCandidate) =>
    c.id === query.trim()
      ? 0
      : normalizeName(c.name) === q
        ? 1
        : alias(c) !== undefined
          ? 2
          : c.id === keyId
            ? 3
            : normalizeName(c.id) === q
              ? 4
              : 9;
  let best: { c: ActorCandidate; r: number } | null = null;
  for (const c of candidates) {
    const r = rank(c);
    if (r === 9) continue;
    if (
      !best ||
      r < best.r ||
      (r === best.r && (c.degree > best.c.degree || (c.degree === best.c.degree && c.id < best.c.id)))
    )
      best = { c, r };
  }
  if (!best) return null;
  const { id, name, kind, anonymous } = best.c;
  // Say how a name that is not the node's own reached it, so nobody reads one person's trace as another's.
  const matched =
    best.r === 2
      ? { form: alias(best.c)!, by: 'alias' as const }
      : best.r === 3
        ? { form: key!, by: 'name key' as const }
        : undefined;
  // Other actors the same name or alias fits (a bare "Clinton"): said, so a reader knows to ask by id.
  const others = candidates.filter((c) => c.id !== id && rank(c) <= 2).length;
  return {
    id,
    name,
    kind,
    anonymous: anonymous === true,
    ...(matched ? { matched } : {}),
    ...(others ? { others } : {}),
  };
}
