// One sentence as the recognisers see it, and the segments found in it.
// In: NlpDoc and a sentence index. Out: a View (tokens, keys, glue) and small predicates over it and its Items.
import { entryById, type Hit, stateEntry } from '../gazetteer/index.ts';
import { tokenKey } from '../gazetteer/keys.ts';
import type { NlpDoc, Token } from '../types.ts';
import { CONNECTORS, LAST_WORD_CUES } from './lexicon.ts';

// Patterns made once: a regex literal inside a function is a new object each time it runs, and these run per token.
const SENTENCE_END = /[.!?…"”’']$/;

/** One sentence seen through its non-skipped tokens (periods and hyphens are transparent). */
export interface View {
  /** The article text the tokens index. */
  text: string;
  toks: Token[];
  keys: string[];
  /** Whether token i is glued to token i-1 (no space), e.g. "al" "-" "Sham" or "Russia" "'s". */
  glued: boolean[];
  headline: boolean;
  /** Every content word capitalized (a headline or teaser, even one ending in a period): a capital is no sign of a name. */
  titleCase: boolean;
}

/** A segment of a view: a gazetteer match or a run of capitalized words, over token indices [start, end). */
export type Item = { type: 'gaz'; start: number; end: number; hit: Hit } | { type: 'run'; start: number; end: number };
export type GazItem = Item & { type: 'gaz' };

export function isCap(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && t.text[0] !== t.text[0]!.toLowerCase());
}

export function emptyView(text: string): View {
  return { text, toks: [], keys: [], glued: [], headline: false, titleCase: false };
}

/** Fills `v` with sentence s; the arrays are reused from sentence to sentence (no garbage per sentence). */
export function viewInto(v: View, nlp: NlpDoc, s: number, headline: boolean): View {
  const sent = nlp.sentences[s]!;
  const { toks, keys, glued } = v;
  // Written by index and cut to length at the end: `length = 0` would drop the arrays' storage, and pushing then
  // grew it again, several times a sentence.
  let n = 0;
  v.headline = headline;
  let prevEnd = -1;
  let pendingGlue = false;
  for (let i = sent.firstToken; i < sent.endToken; i++) {
    const t = nlp.tokens[i]!;
    const k = tokenKey(t.text);
    if (!k) {
      // A skipped "." or "-" glues its neighbours when written without spaces ("al-Sham", "U.S.-led").
      pendingGlue = t.start === prevEnd;
      prevEnd = t.end;
      continue;
    }
    glued[n] = t.start === prevEnd || (pendingGlue && t.start === prevEnd);
    pendingGlue = false;
    // A possessive the tokenizer left glued to a name ("''Hillary Clinton's"): split it so the name stays clean.
    if (k.length > 2 && k.endsWith("'s") && isCap(t)) {
      toks[n] = { ...t, end: t.end - 2, text: t.text.slice(0, -2) };
      keys[n++] = k.slice(0, -2);
      toks[n] = { ...t, start: t.end - 2, text: t.text.slice(-2) };
      keys[n] = "'s";
      glued[n] = true;
    } else if (n > 0 && t.start === prevEnd + 1 && isCap(toks[n - 1]!) && splitsAtHyphen(t.text)) {
      // "the Washington Post-ABC News poll": a paper's name glued to the next name by the hyphen of a prefix is two
      // words, as the gazetteer's keys are ("Post-Courier" = "post courier").
      const cut = t.text.indexOf('-');
      toks[n] = { ...t, end: t.start + cut, text: t.text.slice(0, cut) };
      keys[n] = tokenKey(t.text.slice(0, cut));
      n++;
      toks[n] = { ...t, start: t.start + cut + 1, text: t.text.slice(cut + 1) };
      keys[n] = tokenKey(t.text.slice(cut + 1));
      glued[n] = true;
    } else {
      toks[n] = t;
      keys[n] = k;
    }
    n++;
    prevEnd = t.end;
  }
  toks.length = n;
  keys.length = n;
  glued.length = n;
  return v;
}

/**
 * "Post-ABC", "Post-SurveyMonkey": wink keeps a compound of the prefix "post-" whole ("post-war"), and "Post" is the
 * last word of many papers' names ("The Washington Post", "The Jakarta Post"); other hyphened names stay one word
 * ("Boko Haram-Bakura" names a faction).
 */
const POST_CAP = /^Post-\p{Lu}[\p{L}]*$/u;
const splitsAtHyphen = (text: string): boolean => POST_CAP.test(text);

/** Capitalized-word share of a sentence: title-cased headlines only yield gazetteer actors. */
export function headlineLike(nlp: NlpDoc, s: number): boolean {
  const sent = nlp.sentences[s]!;
  // Running text ends with sentence punctuation; title-cased headlines usually do not.
  if (SENTENCE_END.test(nlp.tokens[sent.endToken - 1]!.text)) return false;
  let words = 0;
  let caps = 0;
  for (let i = sent.firstToken; i < sent.endToken; i++) {
    const t = nlp.tokens[i]!;
    if (t.text.length < 4) continue;
    const c = t.text.charCodeAt(0);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191)) continue;
    words++;
    if (isCap(t)) caps++;
  }
  return words >= 3 && caps / words >= 0.7;
}

/** The text of tokens [a, b). */
export function surfaceOf(v: View, a: number, b: number): string {
  return v.text.slice(v.toks[a]!.start, v.toks[b - 1]!.end);
}

/** Token keys between two items (the gap words). */
export function between(v: View, a: Item, b: Item): string[] {
  const out: string[] = [];
  for (let k = a.end; k < b.start; k++) out.push(v.keys[k]!);
  return out;
}

/** Items next to each other, or joined by name connectors (and a possessive when allowed). */
export function adjacent(v: View, a: Item, b: Item, allowPoss = false): boolean {
  const n = b.start - a.end;
  if (n <= 0) return true;
  if (n > 2) return false;
  for (let k = a.end; k < b.start; k++) {
    const g = v.keys[k]!;
    if (!CONNECTORS.has(g) && !(allowPoss && g === "'s")) return false;
  }
  return true;
}

/** A gazetteer item naming a state (not as a title or a mere place). */
export function isStateItem(it: Item | undefined): it is GazItem {
  return !!it && it.type === 'gaz' && !!stateEntry(it.hit.id) && it.hit.role !== 'place' && it.hit.role !== 'title';
}

/** A gazetteer item naming a state or a known body. */
export function isEntityItem(it: Item | undefined): it is GazItem {
  return (
    !!it &&
    it.type === 'gaz' &&
    it.hit.role !== 'title' &&
    it.hit.role !== 'place' &&
    (!!stateEntry(it.hit.id) || !!entryById(it.hit.id))
  );
}

/** Whether tokens [a, b) are all written in capitals, two letters or more each. */
export function allCaps(v: View, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = v.toks[k]!.text;
    if (w.length < 2 || w !== w.toUpperCase() || w === w.toLowerCase()) return false;
  }
  return true;
}

/** Cue words that are also a particle of a person's name: the legal form "AG", the Tuareg "ag" (son of). */
const PARTICLE_CUES = new Set(['ag']);

/**
 * Whether token k of a run is a person's name particle rather than a cue: "Alghabass Ag Intalla", "Iyad ag Ghaly"
 * (a word of the name before and after it, not written in capitals), never "Siemens AG" (a legal form closes a name).
 */
const particleInside = (v: View, r: Item, k: number): boolean =>
  PARTICLE_CUES.has(v.keys[k]!) && k > r.start && k < r.end - 1 && v.toks[k]!.text !== v.toks[k]!.text.toUpperCase();

/** Whether an item holds one of the cue words (a trade's word only as its last word: "Hanxin Energy"). */
export function cueIn(v: View, r: Item, cues: Set<string>): boolean {
  for (let k = r.start; k < r.end; k++) {
    const key = v.keys[k]!;
    if (cues.has(key) && !particleInside(v, r, k) && (k === r.end - 1 || !LAST_WORD_CUES.has(key))) return true;
  }
  return false;
}
