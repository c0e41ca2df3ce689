// The attribution frame and the small token tests every frame reader shares (clause ends, closing quotes, the
// noun phrase left of a word). In: tokens and quotes of a sentence. Out: token indices and booleans.
import type { Token } from '../types.ts';
import type { Content, Ctx } from './content.ts';
import { quoteAt } from './content.ts';
import type { CueInfo } from './cues.ts';
import { isQuoteMark, nominalVerb, POSSESSIVE, rightNP, type TokRange } from './np.ts';

export interface Frame {
  cue: CueInfo;
  cueTok: TokRange;
  sentence: number;
  /** Source phrases; several for coordinated subjects ("Britain, Australia and Denmark confirmed"). */
  sources: TokRange[];
  /** Appositives naming the same speaker ("the U.S. envoy, Ambassador James Jeffrey, said"). */
  alts: TokRange[];
  /** Participle cue ("..., adding that"): the speaker is the clause's subject. */
  inherit: boolean;
  content: Content;
  /** Relayers, nearest to the speaker first ("as quoted by X", the subject of "reported, citing Y"). */
  relays: TokRange[];
  /** Addressee of tell-verbs: an outlet there relays the claim ("told Reuters"). */
  addressee: TokRange | null;
  /** Set for a quote continuing an earlier frame's speech in a later paragraph. */
  continues?: Frame;
  /** The source mention when it is a relative pronoun standing for `sources` ("..., which said"). */
  sourceSpan?: TokRange;
}

const STRONG_END = new Set(['.', '!', '?', ';', '…']);

export function chars(tokens: Token[], [s, e]: TokRange): [number, number] {
  return [tokens[s]!.start, tokens[e - 1]!.end];
}

export function makeFrame(cue: CueInfo, cueTok: TokRange, si: number, content: Content, ctx?: Ctx): Frame {
  // 'called it "a disgrace"': the object only points at what is described; the speaker's words are the quote.
  if (ctx && cue.object && !content.quote) content = objectQuote(ctx, content, cueTok[1]) ?? content;
  // Every field set here, in one order (the optional ones undefined), so that all frames share one hidden class.
  return {
    cue,
    cueTok,
    sentence: si,
    sources: [],
    alts: [],
    inherit: false,
    content,
    relays: [],
    addressee: null,
    continues: undefined,
    sourceSpan: undefined,
  };
}

/** A short object phrase followed by a quote that ends the content: the quote alone ("calling it \"X\""). */
function objectQuote(ctx: Ctx, c: Content, from: number): Content | null {
  const { tokens } = ctx.nlp;
  if (from <= 0 || c.start < tokens[from - 1]!.end) return null;
  let i = from;
  while (i < tokens.length && tokens[i]!.start < c.start) i++;
  const first = i;
  while (i < tokens.length && i - first < 4 && ctx.qs.of[i]! < 0 && OBJECT_POS.has(tokens[i]!.pos)) i++;
  if (i === first || ctx.qs.of[i]! < 0 || ctx.qs.quotes[ctx.qs.of[i]!]!.open !== i) return null;
  const q = quoteAt(ctx, i);
  return q && q.lastTok >= c.lastTok ? q : null;
}

const OBJECT_POS = new Set(['PRON', 'DET', 'NOUN', 'PROPN', 'ADJ']);

export const SUBORD = new Set([
  'when',
  'as',
  'while',
  'because',
  'after',
  'before',
  'since',
  'although',
  'though',
  'during',
]);

export function isClosing(ctx: Ctx, j: number): boolean {
  const k = ctx.qs.of[j]!;
  if (k < 0) return false;
  const close = ctx.qs.quotes[k]!.close;
  // A doubled apostrophe ('') closes at its first half; the second half closes too.
  return close === j || (close === j - 1 && close >= 0 && isQuoteMark(ctx.nlp.tokens[j]!));
}

/** Whether the phrase ending before token j ends the clause (sentence end, comma, closing quote, adverbial clause). */
export function tailAt(ctx: Ctx, j: number, end: number): boolean {
  const { tokens } = ctx.nlp;
  if (j >= end) return true;
  const t = tokens[j]!;
  if (isQuoteMark(t)) {
    const k = ctx.qs.of[j]!;
    return !(k >= 0 && ctx.qs.quotes[k]!.open === j);
  }
  // "said X when asked about Y": wink often tags "when"/"while" as an adverb there.
  if (SUBORD.has(t.norm) && (t.pos === 'SCONJ' || t.pos === 'ADP' || (t.pos === 'ADV' && t.norm !== 'as'))) return true;
  return STRONG_END.has(t.text) || t.text === ',' || t.text === '—' || t.text === '–' || t.text === ')';
}

/** Whether only conjunctions, commas and "as" stand before token b + 1 in its sentence ("But she said, ..."). */
export function opensSentenceAt(ctx: Ctx, b: number, first: number): boolean {
  const { tokens } = ctx.nlp;
  // "As Crane said, C": a fronted "as" clause holds only the tag.
  for (let k = first; k <= b; k++)
    if (tokens[k]!.pos !== 'CCONJ' && tokens[k]!.text !== ',' && tokens[k]!.norm !== 'as') return false;
  return true;
}

/** "asked X whether C", "asked X to V": a reported question or request after its addressee. */
export const WH_WORDS = new Set(['whether', 'if', 'what', 'why', 'how', 'when', 'where', 'who', 'which']);

/** '"C," X told "Fox and Friends" after ...': a short quote after "told" with more words after it names the program. */
export function namedAddressee(ctx: Ctx, R: number, end: number): boolean {
  const q = ctx.qs.quotes[ctx.qs.of[R]!]!;
  if (q.open !== R || q.close < 0 || q.close - R > 7) return false;
  const after = ctx.nlp.tokens[q.close + 1];
  return q.close + 1 < end && !!after && !/^[.!?,;:]$/.test(after.text) && /^[A-Z]/.test(ctx.nlp.tokens[R + 1]!.text);
}

/**
 * Whether the words from k open a clause a speech verb can take: "that", a colon or quote, or a finite verb
 * (not a participle: "in his office overlooking the bay" is an adjunct).
 */
export function finiteClause(ctx: Ctx, k: number, end: number): boolean {
  const { tokens } = ctx.nlp;
  const t = tokens[k];
  if (!t || k >= end) return false;
  if (t.norm === 'that' || t.text === ':' || (ctx.qs.of[k]! >= 0 && !isClosing(ctx, k))) return true;
  for (let j = k; j < end; j++) {
    const u = tokens[j]!;
    if (u.pos === 'AUX') return true;
    // "in a follow-up interview": a verb form inside a compound is no clause's verb.
    const hyphened = tokens[j + 1]?.text === '-' && tokens[j + 1]!.start === u.end;
    if (u.pos === 'VERB' && (hyphened || nominalVerb(tokens, j, k))) continue;
    if (u.pos === 'VERB' && !/(ing|ed|en)$/.test(u.norm)) return true;
    // "Stockholm respected the decision": a past form after its subject (not "a report released by X").
    if (
      u.pos === 'VERB' &&
      /ed$/.test(u.norm) &&
      /^(PRON|PROPN|NOUN)$/.test(tokens[j - 1]?.pos ?? '') &&
      tokens[j + 1]?.norm !== 'by'
    )
      return true;
  }
  return false;
}

/** Whether the quote closing at token `close` opens the sentence starting at `first` (or an earlier one). */
export function quoteOpensSentence(ctx: Ctx, close: number, first: number): boolean {
  const qi = ctx.qs.of[close]!;
  if (qi < 0) return false;
  let q = ctx.qs.quotes[qi]!;
  while (q.prev >= 0) q = ctx.qs.quotes[q.prev]!;
  return q.open <= first;
}

/**
 * A that-clause, quote or colon at token `r`, or a noun phrase followed by a finite verb ("the vote was rigged").
 * `quoted`: a short object with a quote counts too ("declaring it \"another super Tuesday\"").
 */
export function clauseAfter(ctx: Ctx, r: number, end: number, quoted = false): boolean {
  const { tokens } = ctx.nlp;
  const t = tokens[r];
  if (!t || r >= end) return false;
  if (t.norm === 'that' || t.text === ':' || (isQuoteMark(t) && ctx.qs.of[r]! >= 0 && !isClosing(ctx, r))) return true;
  if (t.text === ',' && ctx.qs.of[r + 1]! >= 0 && !isClosing(ctx, r + 1)) return true;
  // "saying if elected, she would ...": a conditional or time clause opens the reported clause.
  if (/^(if|when|once|unless)$/.test(t.norm)) return true;
  if (quoted)
    for (let k = r; k < Math.min(end, r + 8) && tokens[k]!.text !== ','; k++)
      if (ctx.qs.of[k]! >= 0 && ctx.qs.quotes[ctx.qs.of[k]!]!.open === k) return true;
  const np = rightNP(tokens, r, end);
  // "maintained his lead/VERB": a possessive is no subject; the word after it is a noun.
  if (!np || /^(his|its|our|my|your|their)$/.test(tokens[np[1] - 1]!.norm)) return false;
  let v = np[1];
  while (v < end && (tokens[v]!.pos === 'ADV' || isQuoteMark(tokens[v]!))) v++;
  const u = tokens[v];
  return !!u && v < end && (u.pos === 'AUX' || (u.pos === 'VERB' && !/ing$/.test(u.norm)));
}

/** Nouns of a time adverbial before a participle: "at one point calling", "after years adding". */
export const TIME_NOUNS = new Set(
  'point time times moment stage juncture day days week weeks month months year years night morning evening'.split(' '),
);

/** The noun phrase ending at token `last` (inclusive): determiners, adjectives, nouns, names, "of". */
export function leftNP(tokens: Token[], last: number, first: number): TokRange | null {
  let s = last;
  while (s >= first) {
    const t = tokens[s]!;
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM') s--;
    else if (t.norm === 'of' && s > first && s < last) s--;
    else break;
  }
  s++;
  while (s <= last && tokens[s]!.norm === 'of') s++;
  return s <= last ? [s, last + 1] : null;
}

const POSSESSIVE_MARK = /^['’]s?$/;

/**
 * A noun phrase with the possessor before it: "his lawyer" for "lawyer", "Mr Ruiz's wife" for "wife". The possessor
 * belongs to the phrase: without it "his lawyer, who said" would be read as a bare "lawyer".
 */
export function withPossessor(tokens: Token[], np: TokRange, first: number): TokRange {
  const before = tokens[np[0] - 1];
  if (!before || np[0] - 1 < first) return np;
  if (POSSESSIVE.has(before.norm) && before.pos !== 'VERB') return [np[0] - 1, np[1]];
  if (!POSSESSIVE_MARK.test(before.text) || before.start !== tokens[np[0] - 2]?.end) return np;
  const owner = leftNP(tokens, np[0] - 2, first);
  return owner ? [owner[0], np[1]] : np;
}
