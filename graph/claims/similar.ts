// Differently worded claims across articles: the keys that find candidates in a store (MinHash bands and pair keys of
// a claim's terms; both stores index them, so neither scans every claim), and what marks a denial that points at a
// report. The decisions on a pair are in decide.ts. Pure; In: terms or texts. Out: keys.
import { contentStems } from '../trace/related.ts';
import { INCIDENT_TERM, SPEAKER_TERM } from './terms.ts';

export const NEGATED = '!not';

const BANDS = 16;
const ROWS = 2;
/** Content too short to compare: "There was no such meeting" shares its few stems with too much. */
const MIN_STEMS = 4;

/** Seeded FNV-1a: cheap, stable across processes and versions (band keys are stored), good enough to rank stems. */
function hash32(seed: number, s: string): number {
  let h = (2166136261 ^ Math.imul(seed + 1, 16777619)) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  // A final avalanche, so that stems differing in one letter do not order alike under every seed.
  h ^= h >>> 15;
  h = Math.imul(h, 2246822507) >>> 0;
  return (h ^ (h >>> 13)) >>> 0;
}

/** Pair keys per claim at most: the first actors and concepts (terms are sorted, so the choice is stable). */
const PAIR_ACTORS = 4;
const PAIR_CONCEPTS = 6;

/**
 * Blocking keys that survive rewording: an actor named with a concept (`p:@iran+~responsible`), a count with a
 * concept (`p:#15+~kill`), two actors together. A retelling shares few words but keeps these.
 */
function pairKeys(terms: string[]): string[] {
  const actors = terms.filter((t) => t.startsWith('@')).slice(0, PAIR_ACTORS);
  const numbers = terms.filter((t) => t.startsWith('#')).slice(0, 2);
  const concepts = terms.filter((t) => t.startsWith('~')).slice(0, PAIR_CONCEPTS);
  // Claims telling one incident are candidates of each other whatever their words.
  const out: string[] = terms.filter((t) => t.startsWith(INCIDENT_TERM)).map((t) => `p:${t}`);
  for (const a of [...actors, ...numbers]) for (const c of concepts) out.push(`p:${a}+${c}`);
  for (let i = 0; i < actors.length; i++)
    for (let j = i + 1; j < actors.length; j++) out.push(`p:${actors[i]}+${actors[j]}`);
  // Two acts together ("supplied guns and bankrolled the fighting": `p:~arm+~fund`): a retelling that names no party
  // the other names ("these weapons are supplied by those who fund the wars") still keeps them.
  for (let i = 0; i < concepts.length; i++)
    for (let j = i + 1; j < concepts.length; j++) out.push(`p:${concepts[i]}+${concepts[j]}`);
  return out;
}

/**
 * Candidate keys of a claim: MinHash bands of its terms (graph/claims/terms.ts; two term sets with Jaccard
 * similarity j share a band with probability 1 - (1 - j^2)^16: 0.99 at j = 0.5, 0.97 at j = 0.45; with 10 bands
 * it was 0.94, and one retelling in 18 at j = 0.5 was never compared) and its pair keys. `terms` may be a claim
 * text (a graph written before terms existed): its content stems are used then.
 */
export function claimBands(terms: string[] | string): string[] {
  // One claim's keys are asked for many times over a load (its lookups, its footprint, each time it is a
  // candidate: graph/pending.ts storedBands): kept, frozen (callers only read them), up to BANDS_KEPT claims.
  const key = typeof terms === 'string' ? `s${terms}` : `t${terms.join('\u0000')}`;
  const kept = bandsKept.get(key);
  if (kept) return kept;
  if (bandsKept.size >= BANDS_KEPT) bandsKept.clear();
  const out = Object.freeze(computeBands(terms)) as string[];
  bandsKept.set(key, out);
  return out;
}

const BANDS_KEPT = 50_000;
const bandsKept = new Map<string, string[]>();

function computeBands(terms: string[] | string): string[] {
  const list =
    typeof terms === 'string' ? [...contentStems(terms)] : terms.filter((t) => t !== NEGATED && !isSpeakerTerm(t));
  const out = typeof terms === 'string' ? [] : [...pairKeys(list), ...speakerKeys(terms)];
  return list.length < MIN_STEMS ? out : [...minhash(list), ...out];
}

export const isSpeakerTerm = (t: string) => t.startsWith(SPEAKER_TERM);

/**
 * One named speaker's claims are candidates of each other (`s:%<actor id>`): a speaker tells few claims, and two
 * outlets quote the same one in words that may share no band or pair key ("the Fuerza Publica would send 150 additional
 * officers to the province of Limon this week" / "150 more officers for the province"). A speaker with more stored
 * claims than STOP_BAND_CLAIMS finds none this way, as any crowded key.
 */
function speakerKeys(terms: string[]): string[] {
  return terms.filter(isSpeakerTerm).map((t) => `s:${t}`);
}

/**
 * Whether two claims' keys meet on a key of their content (a band or a pair key), not only on their speaker: a pair
 * the speaker key alone brings together shares few terms, and is held to more (graph/claims/link.ts).
 */
export function contentKeyed(a: readonly string[], b: readonly string[]): boolean {
  const kb = new Set(b);
  return a.some((k) => !k.startsWith('s:') && kb.has(k));
}

function minhash(stems: string[]): string[] {
  const bands: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    const rows: string[] = [];
    for (let r = 0; r < ROWS; r++) {
      let min = Infinity;
      let arg = '';
      for (const s of stems) {
        const h = hash32(b * ROWS + r, s);
        if (h < min) [min, arg] = [h, s];
      }
      rows.push(arg);
    }
    bands.push(`b${b}:${rows.join('+')}`);
  }
  return bands;
}

/** What a stored Claim node's keys are computed from: its terms, else (a graph written before them) its text. */
export const claimKeyInput = (props: Record<string, unknown>): string[] | string =>
  Array.isArray(props.terms) && props.terms.length
    ? props.terms.map(String)
    : typeof props.text === 'string'
      ? props.text
      : '';

/**
 * Stop bands: a band key already held by more than this many stored claims finds no candidates (like a stop word,
 * it says nothing about identity: generated and real claims share frequent term pairs, up to 13,684 claims on one
 * key in a 10,000-article store, and looking them up made ingest cost grow with the store). Counted as of the
 * store before the article, so batched and sequential runs agree (graph/pending.ts). A true paraphrase shares
 * several keys (0.99 chance of a band at Jaccard 0.5), so dropping its most common one rarely loses it.
 */
export const STOP_BAND_CLAIMS = 200;

/** The key sets a findClaims answer was counted with: each asked key's stored claims, capped at `stopAbove` + 1. */
export interface BandCounts {
  stopAbove: number;
  counts: Map<string, number>;
  /**
   * Optional: each live key's stored claims, all of them (a live key holds at most stopAbove), when the store has
   * them at hand: the batch overlay then tells exactly which unwritten claims a key gains (graph/pending.ts). Only
   * the first `counts` ids of a list are the answer's: a store may append later claims to the list it handed out.
   */
  holders?: Map<string, readonly string[]>;
}

/** The holders of the live keys among them (BandCounts.holders). */
export const liveHolders = (
  holders: Map<string, readonly string[]>,
  stopAbove: number,
): Map<string, readonly string[]> => new Map([...holders].filter(([, ids]) => ids.length <= stopAbove));

/** The keys of `bands` that still find candidates given their counts (graph/pending.ts reproduces this rule). */
export const liveBands = (bands: Iterable<string>, c: BandCounts): string[] =>
  [...new Set(bands)].filter((b) => (c.counts.get(b) ?? 0) <= c.stopAbove);

/** The stored form of the band keys on Neo4j: '\n'-framed so CONTAINS matches one whole key. */
export const bandKey = (terms: string[] | string): string => `\n${claimBands(terms).join('\n')}\n`;

/** A stored claim that may be linked to a new one, with the speech relationships it holds. */
export interface ClaimCandidate {
  id: string;
  text: string;
  /** graph/claims/terms.ts; empty for a claim stored before terms existed. */
  terms: string[];
  speech: Array<{ type: 'CLAIMS' | 'DENIES' | 'CONFIRMS'; speaker: string; props: Record<string, unknown> }>;
}

/**
 * A denial or confirmation that points at something already said rather than saying something new:
 * "a reported meeting", "the alleged negotiations", "the report", "such talks", "any meeting", "the claims", "a
 * statement by the observers that ...".
 */
const REFERS_TO_REPORT =
  /\b(?:report(?:s|ed)?|alleg(?:ed|ation|ations)|claim(?:s|ed)?|rumou?rs?|accusations?|charges?|statements?|assertions?|suggestions?|such|any)\b/i;
export const refersToReport = (text: string): boolean => REFERS_TO_REPORT.test(text);

export const round2 = (x: number) => Math.round(x * 100) / 100;
