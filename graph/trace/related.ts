// Conservative linking of differently worded claims that assert (or deny) the same thing.
// In: a claim's text and candidate claims (co-reported or sharing an ABOUT target). Out: related claim ids.
//
// The same content already meets at one Claim node (graph/claims/key.ts), paraphrases across articles are
// stored as PARAPHRASES edges (graph/claims/link.ts) and answered claims carry their denials. This step links,
// at trace time, what the wording still keeps apart, e.g. a denial of "a reported meeting in Damascus between a senior US
// official and ..." and the claim "the US delegation ... held a meeting with senior officials ...".
// It never merges: the link is reported as `related`, each claim keeps its own CLAIMS/DENIES/CONFIRMS.
// Two claims of one article need fewer shared words, but those must include what is said of the story's names
// (graph/trace/predicate.ts): "The Navy arrested 13 Indian fishermen" is not "the Navy had fired at the fishermen".

import { tollBesideCause, tollsToldApart } from '../claims/counted.ts';
import { digitsFor } from '../claims/numbers.ts';
import { predicateHeld } from './predicate.ts';
import { STOPWORDS } from './stopwords.ts';

/** Function words, negations and hedges (graph/trace/stopwords.ts); graph/claims/terms.ts reads them here. */
export { STOPWORDS };

/**
 * Content stems of a text: lower-cased words minus stopwords, truncated to 5 letters (a crude but
 * language-agnostic stemmer: "officials"/"official", "Syrian"/"Syria" meet). An upper-case "US" is kept
 * as the country, the lower-case pronoun is a stopword.
 */
export function contentStems(text: string): Set<string> {
  const cached = memo.get(text);
  if (cached) return cached;
  if (memo.size >= MEMO_MAX) memo.clear();
  const stems = computeStems(text);
  memo.set(text, stems);
  return stems;
}

/** Claim texts recur across traces (a hub's claims, co-reported neighbours); stemming them is the hot loop. */
const memo = new Map<string, Set<string>>();
const MEMO_MAX = 200_000;

/**
 * On printable ASCII text NFKD is the identity and \p{L}/\p{N} are [A-Za-z]/[0-9], so it skips normalising;
 * it also makes mayShare's substring bound exact. Other text takes the Unicode path.
 */
const ASCII = /^[\t\n\r -~]*$/;
const ASCII_WORD = /[A-Za-z0-9]+(?:'[A-Za-z]+)?/g;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

function computeStems(text: string): Set<string> {
  const stems = new Set<string>();
  const words = ASCII.test(text)
    ? text.match(ASCII_WORD)
    : text
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .match(WORD);
  for (const raw of words ?? []) {
    if (raw === 'US' || raw === 'U' || raw === 'UK') {
      stems.add(raw === 'U' ? 'us' : raw.toLowerCase());
      continue;
    }
    const w = raw.toLowerCase().replace(/['’]s$/, '');
    if (w.length < 3 || STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    stems.add(w.slice(0, 5));
  }
  return stems;
}

/**
 * False only when `text` cannot share `n` stems with `stems`: on ASCII text every stem is a substring of the
 * lower-cased text, so counting substrings bounds the overlap from above. A hub's trace weighs thousands of
 * co-reported candidates; this rejects most of them without stemming. Non-ASCII text always goes to stemming.
 */
function mayShare(stems: string[], text: string, n: number): boolean {
  if (stems.length < n) return false;
  if (!ASCII.test(text)) return true;
  const lower = text.toLowerCase();
  let found = 0;
  for (let i = 0; i < stems.length; i++) {
    // "us" also comes from the "U" of "U.S.", which is not the substring "us".
    if ((stems[i] === 'us' || lower.includes(stems[i]!)) && ++found >= n) return true;
    if (found + stems.length - i - 1 < n) return false;
  }
  return false;
}

export interface RelatedCandidate {
  id: string;
  text: string;
  /** Reported by an article that also reports the target claim: the article itself juxtaposes them. */
  sameArticle: boolean;
  /** Linked by a stored PARAPHRASES relationship (graph/claims/link.ts): related whatever the stems say. */
  paraphrase?: boolean;
}

export interface RelatedOptions {
  /** At most this many related claims, best first. */
  max: number;
}

/** Thresholds: a co-reported pair needs less evidence than two claims from different articles. */
const SAME_ARTICLE = { shared: 3, overlap: 0.4 };
const CROSS_ARTICLE = { shared: 4, overlap: 0.6 };

/** Overlap coefficient |A ∩ B| / min(|A|, |B|) and the size of the intersection. */
export function overlap(a: Set<string>, b: Set<string>): { shared: number; score: number } {
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const s of small) if (large.has(s)) shared++;
  return { shared, score: small.size ? shared / small.size : 0 };
}

/**
 * The candidates that assert the same thing as `text`, best first (score desc, then id). Candidates with
 * the same id as `self` are ignored; duplicates keep their strongest evidence (sameArticle wins).
 */
export function relatedClaims(
  self: { id: string; text: string },
  candidates: RelatedCandidate[],
  options: RelatedOptions,
): string[] {
  const mine = contentStems(self.text);
  const merged = new Map<string, RelatedCandidate>();
  for (const c of candidates) {
    if (c.id === self.id) continue;
    const prev = merged.get(c.id);
    if (!prev) merged.set(c.id, c);
    else
      merged.set(c.id, {
        ...prev,
        sameArticle: prev.sameArticle || c.sameArticle,
        paraphrase: prev.paraphrase || c.paraphrase,
      });
  }
  const scored: Array<{ id: string; score: number }> = [];
  const myStems = [...mine];
  // Read once, and only for candidates that already share enough stems (a hub's trace weighs thousands).
  const myAgent = attackAgent(self.text);
  for (const c of merged.values()) {
    // A stored paraphrase link ranks above any link found at trace time.
    if (c.paraphrase) {
      scored.push({ id: c.id, score: 2 });
      continue;
    }
    const need = c.sameArticle ? SAME_ARTICLE : CROSS_ARTICLE;
    if (!mayShare(myStems, c.text, need.shared)) continue;
    const { shared, score } = overlap(mine, contentStems(c.text));
    if (
      shared >= need.shared &&
      score >= need.overlap &&
      !opposedAgents(myAgent, c.text) &&
      !figuresApart(self.text, c.text) &&
      !tollBesideCause(self.text, c.text) &&
      // "Three soldiers were killed and four wounded" / "Four soldiers were killed": one figure, two outcomes; "two
      // attackers were neutralized" / "Two traffic police officers were killed": one figure, two sides' dead.
      !tollsToldApart(self.text, c.text) &&
      // Co-reported claims share their story's names: the words saying what happened must agree too.
      (!c.sameArticle || predicateHeld(self.text, c.text))
    )
      scored.push({ id: c.id, score });
  }
  scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return scored.slice(0, options.max).map((s) => s.id);
}

/** The figures of a text, spelled or in digits ("Twelve soldiers", "some twenty", "15 others"), years left out. */
function figuresOf(text: string): string[] {
  const figures = digitsFor(text.toLowerCase()).match(/\b\d+(?:,\d{3})*\b/g) ?? [];
  return figures.filter((f) => !/^(?:19|20)\d\d$/.test(f));
}

/**
 * Different figures are different claims ("Twelve soldiers were killed" / "killed some twenty soldiers", one
 * article's official toll and a group's boast): the fewer figures must all be in the other text.
 */
function figuresApart(a: string, b: string): boolean {
  const [fa, fb] = [figuresOf(a), figuresOf(b)];
  if (!fa.length || !fb.length) return false;
  const [small, large] = fa.length <= fb.length ? [fa, new Set(fb)] : [fb, new Set(fa)];
  return !small.every((f) => large.has(f));
}

/**
 * Who fired, in a claim that says someone fired: the capitalised word (a demonym or a name) heading the subject of
 * the first attack verb, as a 5-letter stem ("Tajik border guards had opened fire" → "tajik", "the Armenian side had
 * fired first" → "armen"). Null when no such subject is there.
 */
const AGENT_BEFORE_ATTACK =
  /\b(\p{Lu}[\p{L}-]+)(?:\s+\p{Ll}+){0,3}?\s+(?:(?:had|has|have|also|first|then)\s+)*(?:opened fire|fired|attacked|shelled|struck|launched|provoked|started the (?:shooting|firing|clash))\b/u;
const NOT_AGENTS = new Set(
  'the a an at on in its their his her our when then and he she it they we i this that these those who which'.split(
    ' ',
  ),
);

function attackAgent(text: string): string | null {
  const m = AGENT_BEFORE_ATTACK.exec(text);
  if (!m || NOT_AGENTS.has(m[1]!.toLowerCase())) return null;
  return m[1]!
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .slice(0, 5);
}

/**
 * Mirrored accusations ("Tajik border guards opened fire first" / "Kyrgyz servicemen opened fire on the checkpoint")
 * share most of their words and say opposite things: two claims whose attackers differ are never related.
 */
function opposedAgents(mine: string | null, other: string): boolean {
  if (mine === null) return false;
  const theirs = attackAgent(other);
  return theirs !== null && theirs !== mine;
}
