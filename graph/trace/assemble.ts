// The store-independent half of `trace`: turns raw speech rows read from either store into TraceChains,
// orders and caps them, ranks an actor's claims and picks the actor a name means. Pure.
import { normalizeName } from '../resolve.ts';
import type { ActorRef, ArticleRef, ClaimTrace, TraceChain } from '../store.ts';

export type StanceName = TraceChain['stance'];
const STANCE_ORDER: Record<StanceName, number> = { claims: 0, denies: 1, confirms: 2 };
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

/** Chain order inside one stance: earliest article first, then article id, position, speaker. */
export function compareSpeech(a: SpeechRow, b: SpeechRow): number {
  return (
    byDateAsc(a.article.publishedAt, b.article.publishedAt) ||
    cmp(a.article.id, b.article.id) ||
    a.start - b.start ||
    cmp(a.speaker.id, b.speaker.id)
  );
}

/** Keeps the first `perStance` rows of each stance (in compareSpeech order); claims, then denials, then confirmations. */
export function capSpeech(rows: SpeechRow[], perStance: number): SpeechRow[] {
  const sorted = [...rows].sort((a, b) => STANCE_ORDER[a.stance] - STANCE_ORDER[b.stance] || compareSpeech(a, b));
  const seen: Record<StanceName, number> = { claims: 0, denies: 0, confirms: 0 };
  return sorted.filter((r) => ++seen[r.stance] <= perStance);
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
  actors: Map<string, ActorRef>,
  related: string[],
): ClaimTrace {
  return { claim, chains: rows.map((r) => toChain(r, actors)), related };
}

/** How an actor takes part in a claim; lower comes first in an actor trace. */
export const ROLE = { speaker: 0, relay: 1, publisher: 2 } as const;

export interface ActorClaim {
  id: string;
  role: number;
  /** Latest publication date among the articles through which the actor is tied to the claim. */
  latest: string | null;
}

/** Speaker before relay before publisher; then most recent first (unknown dates last); then id. */
export function compareActorClaims(a: ActorClaim, b: ActorClaim): number {
  return a.role - b.role || byDateDesc(a.latest, b.latest) || cmp(a.id, b.id);
}

/** Folds (claim, role, date) rows into one ActorClaim per claim: best role, latest date over all rows. */
export function foldActorClaims(rows: Array<{ id: string; role: number; date: string | null }>): ActorClaim[] {
  const byId = new Map<string, ActorClaim>();
  for (const r of rows) {
    const prev = byId.get(r.id);
    if (!prev) byId.set(r.id, { id: r.id, role: r.role, latest: r.date });
    else {
      prev.role = Math.min(prev.role, r.role);
      if (r.date !== null && (prev.latest === null || r.date > prev.latest)) prev.latest = r.date;
    }
  }
  return [...byId.values()].sort(compareActorClaims);
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
  const rank = (c: ActorCandidate) =>
    c.id === query.trim()
      ? 0
      : normalizeName(c.name) === q
        ? 1
        : c.aliases.some((a) => normalizeName(a) === q)
          ? 2
          : normalizeName(c.id) === q
            ? 3
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
  return { id, name, kind, anonymous: anonymous === true };
}
