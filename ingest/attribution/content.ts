// The content of an attribution: the clause or quote after the cue ("said that ..."), or the clause or
// quote before it ("..., X said."). In: tokens, quotes, token positions. Out: character spans.
import type { NlpDoc, Token } from '../types.ts';
import { BLAME_CUES, verbCue } from './cues.ts';
import { isQuoteMark, rightNP, skipAdjuncts } from './np.ts';
import { pairedMarks, type Quotes, quoteRun } from './quotes.ts';

// Patterns made once: a regex literal inside a function is a new object each time it runs, and these run per token.
const BEFORE_AFTER_BY = /^(before|after|by)$/;
const LEADING_JUNK = /[\s"“”«»„,;:']/;
const TRAILING_JUNK = /[\s"“”«»„,;:.…']/;
const VERBAL_POS = /^(VERB|AUX|ADV)$/;
const CONTRAST_WORDS = /^(while|whereas|but)$/;
/** Verbs of a view held, beside the speech verbs, that make a concession someone else's ("experts expect"). */
const VIEW_VERBS =
  /^(?:expect|expects|expected|believe|believes|believed|think|thinks|thought|fear|fears|feared|doubt|doubts|doubted)$/;
const PERSONAL = /^(?:he|she|it|they|we|i|you)$/;

/**
 * ", even though most experts expect prices to rise", ", although his lawyer denied it": a concession opening at i
 * whose clause has a subject of its own (not a pronoun for the speaker) and a speech verb or a verb of a view held.
 */
function concessionWithSource(tokens: Token[], i: number, end: number): boolean {
  let j = i;
  if (tokens[j]?.norm === 'even' && tokens[j + 1]?.norm === 'though') j += 2;
  else if (tokens[j]?.norm === 'although' || tokens[j]?.norm === 'though') j++;
  else return false;
  if (j >= end || PERSONAL.test(tokens[j]!.norm)) return false;
  for (let k = j + 1; k < Math.min(end, j + 8); k++) {
    const v = tokens[k]!;
    if (v.text === ',' || isQuoteMark(v)) return false;
    if (v.pos !== 'VERB') continue;
    if (v.norm.endsWith('ing')) return false;
    return VIEW_VERBS.test(v.norm) || !!verbCue(v.norm);
  }
  return false;
}

export interface Content {
  start: number;
  end: number;
  /** The pieces that make up the text: several for split and multi-paragraph quotes. */
  parts: [number, number][];
  quote: boolean;
  /** Last token index the content reaches (closing mark included). */
  lastTok: number;
}

export interface Ctx {
  nlp: NlpDoc;
  qs: Quotes;
}

const RELATIVE_CUT = new Set(['which', 'who', 'when', 'where']);

function hasVerb(tokens: { pos: string }[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  return false;
}

/** Whether a right-hand content is clause-like: a that-clause, quote or colon, or words holding a verb. */
export function clauseLike(ctx: Ctx, i: number, end: number): boolean {
  const { tokens } = ctx.nlp;
  const t = tokens[i];
  if (!t) return false;
  if (t.norm === 'that' || t.text === ':' || isQuoteMark(t) || t.text === ',') return true;
  return hasVerb(tokens, i, Math.min(end, i + 12));
}

const FINAL = new Set(['.', '!', '?', ',', ';', ':', '…']);
/** Openers of a subordinate clause whose comma is followed by the main clause ("if C, X will ..."). */
const SUBORD = new Set([
  'if',
  'although',
  'though',
  'after',
  'before',
  'when',
  'because',
  'while',
  'since',
  'unless',
  'once',
  'until',
  'as',
]);

/** The quote run (this quote and the paragraphs it continues into) opening at token i. */
export function quoteAt(ctx: Ctx, i: number, backwards = false): Content | null {
  const k = ctx.qs.of[i]!;
  if (k < 0) return null;
  const q = ctx.qs.quotes;
  const run = quoteRun(q, k);
  const first = backwards ? run.first : k;
  const last = backwards ? k : run.last;
  const parts: [number, number][] = [];
  for (let j = first; j <= last; j++) {
    const p = trim(ctx, q[j]!.start, q[j]!.end);
    if (p) parts.push(p);
  }
  if (!parts.length) return null;
  const lq = q[last]!;
  const lastTok = lq.close >= 0 ? lq.close : lastTokenOfBlock(ctx, lq.open);
  return { start: parts[0]![0], end: parts[parts.length - 1]![1], parts, quote: true, lastTok };
}

function lastTokenOfBlock(ctx: Ctx, i: number): number {
  const { tokens, sentences } = ctx.nlp;
  const block = sentences[tokens[i]!.sentence]!.block;
  let s = tokens[i]!.sentence;
  while (s + 1 < sentences.length && sentences[s + 1]!.block === block) s++;
  return sentences[s]!.endToken - 1;
}

/** Trims quote marks, spaces and final punctuation off a character span. */
export function trim(ctx: Ctx, start: number, end: number): [number, number] | null {
  const text = ctx.nlp.text;
  while (start < end && LEADING_JUNK.test(text[start]!)) start++;
  while (end > start && TRAILING_JUNK.test(text[end - 1]!)) end--;
  return end > start ? [start, end] : null;
}

/** Content after a cue, starting at token i and ending by the sentence end `end` (exclusive). */
export function rightContent(ctx: Ctx, i: number, end: number): Content | null {
  const { tokens } = ctx.nlp;
  // "that" opens the clause unless it is the subject itself ("said that was wrong"): the tagger often
  // calls the complementizer a pronoun ("said in a report that at least 20 ...").
  if (
    i < end &&
    tokens[i]!.norm === 'that' &&
    (tokens[i]!.pos !== 'PRON' || !VERBAL_POS.test(tokens[i + 1]?.pos ?? ''))
  )
    i++;
  if (i < end && tokens[i]!.text === ':' && i + 1 >= end) return nextBlockContent(ctx, i);
  if (i < end && (tokens[i]!.text === ':' || tokens[i]!.text === ',')) i++;
  i = pastDiscourseMarker(tokens, i, end);
  if (i >= end) return null;
  const k = ctx.qs.of[i]!;
  if (k >= 0 && ctx.qs.quotes[k]!.open === i) {
    const q = quoteAt(ctx, i);
    const after = q ? q.lastTok + 1 : end;
    // A quote that ends the sentence is the content; a quoted phrase inside a clause is not, nor a quote a second
    // complement clause follows ('said that "A", and that B': complements.ts cuts the two apart).
    if (q && (after >= tokens.length || (isSentenceTail(ctx, after) && !secondComplement(tokens, after)))) return q;
  }
  const infinitive = tokens[i]!.norm === 'to' && tokens[i]!.pos === 'PART';
  let subordinate = false;
  let e = i;
  while (e < end) {
    const t = tokens[e]!;
    if (t.text === ';') break;
    // "said that A and said that B": a coordinated speech verb starts an attribution of its own.
    if ((t.norm === 'and' || t.norm === 'but') && e > i && ctx.qs.of[e]! < 0 && coordinatedCue(tokens, e + 1, end)) {
      if (tokens[e - 1]!.text === ',') e--;
      break;
    }
    if (t.text === ',' && e + 1 < end && ctx.qs.of[e]! < 0 && startsNewAttribution(ctx, e + 1, end)) break;
    // 'called the plan "a disgrace" and threatened a tax', "denied the report and accused Y of lying": after an
    // object with no verb of its own, a verb joined by "and"/"but" can only be the speaker's next act.
    if (
      (t.norm === 'and' || t.norm === 'but') &&
      e > i &&
      ctx.qs.of[e]! < 0 &&
      !hasVerb(tokens, i, e) &&
      coordinatedVerb(tokens, e + 1, end)
    ) {
      if (tokens[e - 1]!.text === ',') e--;
      break;
    }
    // "said C on Twitter before claiming that D", "after determining that D": a speech participle after a
    // preposition of time or manner is the speaker's next statement, read as a frame of its own.
    // Not right after a verb of the content: "they should respond by suggesting that C" is what was said.
    if (
      e > i + 1 &&
      BEFORE_AFTER_BY.test(t.norm) &&
      tokens[e - 1]!.pos !== 'VERB' &&
      ctx.qs.of[e]! < 0 &&
      speechGerund(tokens, e + 1, end)
    ) {
      if (tokens[e - 1]!.text === ',') e--;
      break;
    }
    // "said A, and Argentina's government, citing X, said B": a clause with its own subject and speech verb.
    // After a request ("asked X to V, 80,000 volunteered") any clause with its own subject ends it.
    if (t.text === ',' && e > i + 1 && ctx.qs.of[e]! < 0 && !subordinate && newClauseAt(ctx, e + 1, end, !infinitive))
      break;
    // "said the vessel was undamaged and the U.S. military said the missiles missed": a speaker of its own.
    if ((t.norm === 'and' || t.norm === 'but') && e > i + 1 && ctx.qs.of[e]! < 0 && newClauseAt(ctx, e, end, true))
      break;
    // "to leave if the river rises, officials said": a subordinate clause inside the content ends at its comma.
    if (SUBORD.has(t.norm) && ctx.qs.of[e]! < 0) subordinate = true;
    // ", even though most experts expect D", ", although his lawyer denied it": the writer's concession, with a
    // source or holder of a view of its own, is no part of what was said.
    if (t.text === ',' && e > i + 1 && ctx.qs.of[e]! < 0 && concessionWithSource(tokens, e + 1, end)) break;
    // ", while Hamas said ...": a contrasting clause with its own speaker.
    if (t.text === ',' && CONTRAST_WORDS.test(tokens[e + 1]?.norm ?? '') && ctx.qs.of[e]! < 0) {
      if (contrastWithSpeaker(tokens, e + 2, end)) break;
    }
    // "said C, but did not give details" / ", without providing evidence": the speaker's own reticence, told by the
    // writer, is no part of what was said.
    if (t.text === ',' && e > i + 1 && ctx.qs.of[e]! < 0 && reticenceAt(tokens, e + 1)) break;
    // A non-restrictive relative clause at the end is the writer's aside, not the speaker's words.
    if (
      t.text === ',' &&
      e - i >= 4 &&
      RELATIVE_CUT.has(tokens[e + 1]?.norm ?? '') &&
      ctx.qs.of[e]! < 0 &&
      hasVerb(tokens, i, e)
    )
      break;
    e++;
  }
  let last = e - 1;
  // A quote opened inside the clause that runs past the sentence carries the content with it.
  for (let j = i; j <= last; j++) {
    const qk = ctx.qs.of[j]!;
    if (qk >= 0 && ctx.qs.quotes[qk]!.open === j) {
      const q = quoteAt(ctx, j);
      if (q && q.lastTok > last) last = q.lastTok;
    }
  }
  while (last >= i && FINAL.has(tokens[last]!.text)) last--;
  if (last < i) return null;
  const span = trimKeepQuotes(ctx, tokens[i]!.start, tokens[last]!.end);
  if (!span) return null;
  return { start: span[0], end: span[1], parts: [span], quote: false, lastTok: last };
}

/**
 * Words that place a statement in the writer's narrative, set off by a comma before the content: "The ministry
 * announced, for its part, the arrest of ...", "X said, however, that ...". No part of what was said.
 */
const DISCOURSE_MARKERS = [
  ['for', /^(?:its|their|his|her|our|my)$/, 'part'],
  ['in', /^(?:turn|response|return|addition|reply)$/],
  [/^(?:however|meanwhile|moreover|furthermore|nonetheless|nevertheless|also|too|separately|likewise)$/],
] as const;

/** The token after a discourse marker and its comma opening the content at i, else i. */
function pastDiscourseMarker(tokens: Token[], i: number, end: number): number {
  for (const m of DISCOURSE_MARKERS) {
    const fits = m.every((w, d) => {
      const n = tokens[i + d]?.norm ?? '';
      return typeof w === 'string' ? n === w : w.test(n);
    });
    if (!fits || tokens[i + m.length]?.text !== ',') continue;
    let j = i + m.length + 1;
    if (j < end && tokens[j]!.norm === 'that' && tokens[j]!.pos !== 'PRON') j++;
    return j < end ? j : i;
  }
  return i;
}

/**
 * ", while Hamas said ...", ", while the Islamic State (IS) group has claimed responsibility": after a contrast word
 * at i - 1, a subject of its own (a bracketed acronym in it) and a finite speech verb, auxiliaries before it.
 */
function contrastWithSpeaker(tokens: Token[], i: number, end: number): boolean {
  let k = i;
  for (; k < Math.min(end, i + 10); k++) {
    // "the Islamic State (IS) group": an acronym in brackets is the subject's, whatever the tagger calls it.
    if (tokens[k]!.text === '(') while (k + 1 < end && tokens[k]!.text !== ')') k++;
    else if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') break;
  }
  if (k === i) return false;
  while (k < end && tokens[k]!.pos === 'AUX' && k - i < 12) k++;
  const v = tokens[k];
  return k < end && !!v && v.pos === 'VERB' && !!verbCue(v.norm) && !v.norm.endsWith('ing');
}

/** Verbs of telling that a speaker is said not to have done: "did not elaborate", "gave no details". */
const TELLING =
  /^(?:mention|say|give|gave|elaborate|specify|provide|comment|identify|name|disclose|offer|explain|reveal|cite|detail|present)$/;

/** ", but did not say", ", but gave no", ", but declined to", ", without giving": the matrix speaker's reticence. */
function reticenceAt(tokens: { norm: string }[], j: number): boolean {
  const w = (k: number) => tokens[k]?.norm ?? '';
  if (w(j) === 'without')
    return /^(?:giving|providing|offering|saying|citing|elaborating|specifying|naming)$/.test(w(j + 1));
  if (w(j) !== 'but') return false;
  if (/^(?:declined|refused)$/.test(w(j + 1)) && w(j + 2) === 'to') return true;
  if (/^(?:gave|offered|provided|cited)$/.test(w(j + 1)) && w(j + 2) === 'no') return true;
  return /^(?:did|does|would|could)$/.test(w(j + 1)) && /^(?:not|n't|n’t)$/.test(w(j + 2)) && TELLING.test(w(j + 3));
}

/**
 * 'He wrote:' ending its paragraph: the words are the next paragraph, a quote (with the paragraphs it runs into)
 * or a block quotation set off without marks. Null when the colon does not end its paragraph.
 */
function nextBlockContent(ctx: Ctx, colon: number): Content | null {
  const { tokens, sentences } = ctx.nlp;
  const si = tokens[colon]!.sentence;
  const next = sentences[si + 1];
  if (!next || next.block !== sentences[si]!.block + 1 || next.firstToken !== colon + 1) return null;
  const open = next.firstToken;
  const k = ctx.qs.of[open]!;
  if (k >= 0 && ctx.qs.quotes[k]!.open === open) return quoteAt(ctx, open);
  const lastTok = lastTokenOfBlock(ctx, open);
  const span = trim(ctx, tokens[open]!.start, tokens[lastTok]!.end);
  return span ? { start: span[0], end: span[1], parts: [span], quote: false, lastTok } : null;
}

/** Words opening a subordinate clause whatever the tagger calls them. */
const SUBORDINATE_OPENERS = /^(after|before|since|until|when|while|because|although|though|whereas|if|unless)$/;

/** Whether a subordinate clause opens between `from` and the verb at i, a verb of its own after its opener. */
export function afterSubordinate(tokens: { norm: string; pos: string }[], from: number, i: number): boolean {
  for (let k = from; k < i; k++) {
    if (!SUBORDINATE_OPENERS.test(tokens[k]!.norm)) continue;
    for (let m = k + 1; m < i; m++) if (tokens[m]!.pos === 'VERB' || tokens[m]!.pos === 'AUX') return true;
  }
  return false;
}

/** The first token of the sentence holding token j. */
function sentenceStart(tokens: { sentence: number }[], j: number): number {
  let k = j;
  while (k > 0 && tokens[k - 1]!.sentence === tokens[j]!.sentence) k--;
  return k;
}

/** "and in turn accused", "but in response said": a two-word adverbial between the conjunction and its verb. */
function pastAdverbial(tokens: { norm: string }[], j: number): number {
  return tokens[j]?.norm === 'in' && /^(turn|return|response|reply)$/.test(tokens[j + 1]?.norm ?? '') ? j + 2 : j;
}

/** A finite speech verb right after a conjunction (adverbs between): "... and later told reporters". */
function coordinatedCue(tokens: { norm: string; pos: string; sentence: number }[], j: number, end: number): boolean {
  j = pastAdverbial(tokens, j);
  // "and has called for", "but did not suggest": auxiliaries and negation before the verb (not a be-passive).
  while (
    j < end &&
    (tokens[j]!.pos === 'ADV' || /^(has|have|had|did|does|do|would|will|not|n't|never)$/.test(tokens[j]!.norm))
  )
    j++;
  const t = tokens[j];
  // "... transparent and verified by observers": a passive participle goes on with the clause.
  if (t && /ed$/.test(t.norm) && tokens[j + 1]?.norm === 'by') return false;
  // "after she visited the border and blamed X on Y": a blame whose shared subject is across a subordinate clause's
  // opener is not read (verb/subject.ts), so no cue here.
  const cue = t && verbCue(t.norm);
  return (
    !!t &&
    j < end &&
    t.pos === 'VERB' &&
    !t.norm.endsWith('ing') &&
    !!cue &&
    !(BLAME_CUES.has(cue.lemma) && afterSubordinate(tokens, sentenceStart(tokens, j), j))
  );
}

/** A finite verb at j, after adverbs and auxiliaries, that is no participle ("and verified by", "and elected officials"). */
function coordinatedVerb(tokens: { norm: string; pos: string }[], j: number, end: number): boolean {
  j = pastAdverbial(tokens, j);
  while (j < end && (tokens[j]!.pos === 'ADV' || /^(has|have|had|did|will|would|not|n't|also)$/.test(tokens[j]!.norm)))
    j++;
  const t = tokens[j];
  if (!t || j >= end || t.pos !== 'VERB' || t.norm.endsWith('ing')) return false;
  // "and related job losses", "and elected officials": a participle before a noun modifies it.
  const next = tokens[j + 1];
  return !(/ed$/.test(t.norm) && (next?.norm === 'by' || /^(NOUN|PROPN)$/.test(next?.pos ?? '') || next?.norm === '-'));
}

/** A speech cue's -ing form at j taking a clause or quote: "claiming that", "pointing out that", "saying". */
function speechGerund(tokens: { norm: string; pos: string }[], j: number, end: number): boolean {
  const t = tokens[j];
  if (!t || j >= end || !t.norm.endsWith('ing') || !verbCue(t.norm)) return false;
  let k = j + 1;
  if (/^(out|up)$/.test(tokens[k]?.norm ?? '')) k++;
  return /^(that|whether|how|why|what)$/.test(tokens[k]?.norm ?? '') || /^[“"‘'']/.test(tokens[k]?.norm ?? '');
}

/** ', and that' / ', but that' at i. */
function secondComplement(tokens: Token[], i: number): boolean {
  return tokens[i]?.text === ',' && /^(and|but)$/.test(tokens[i + 1]?.norm ?? '') && tokens[i + 2]?.norm === 'that';
}

function isSentenceTail(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx.nlp;
  const t = tokens[i]!;
  if (t.sentence !== tokens[i - 1]!.sentence) return true;
  if (FINAL.has(t.text) && t.text !== ',') return true;
  if (t.text === ',') return true; // '"...," she added, "..."' and '"...", X said'
  return false;
}

/**
 * Whether a clause with its own subject starts at token i: "(and|but) <noun phrase> [, <aside> ,] <finite verb>",
 * the verb a speech verb when `cueOnly` ("..., and the ministry, citing reports, said C").
 */
export function newClauseAt(ctx: Ctx, i: number, end: number, cueOnly: boolean): boolean {
  const { tokens } = ctx.nlp;
  let k = i;
  const joined = /^(and|but)$/.test(tokens[k]?.norm ?? '');
  // A speech verb's clause is taken as a new attribution only when joined: "C, and Y said D". A comma alone
  // often closes a fronted clause inside the content ("that after the vote, X called her").
  if (joined) k++;
  else if (cueOnly) return false;
  const t = tokens[k];
  if (!t || k >= end || ctx.qs.of[k]! >= 0) return false;
  let np: [number, number] | null;
  if (t.pos === 'PRON' && /^(he|she|they|it|we|i)$/.test(t.norm)) np = [k, k + 1];
  else {
    // "at least 21,000", "more than half", "nearly 300": an approximation opens the subject.
    let a = k;
    if (/^(at|more|fewer|less)$/.test(t.norm) && /^(least|most|than)$/.test(tokens[k + 1]?.norm ?? '')) a += 2;
    else if (/^(about|nearly|almost|around|roughly|some|over)$/.test(t.norm)) a++;
    np = rightNP(tokens, a, end);
  }
  if (!np) return false;
  k = np[1];
  // An aside between commas: ", citing intelligence reports,", ", the main opposition body,".
  if (tokens[k]?.text === ',') {
    let c = k + 1;
    while (c < end && c - k < 14 && tokens[c]!.text !== ',' && ctx.qs.of[c]! < 0) c++;
    if (tokens[c]?.text !== ',') return false;
    k = c + 1;
  }
  while (
    k < end &&
    (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV') &&
    !/^(not|n't|n’t|never)$/.test(tokens[k]!.norm)
  )
    k++;
  const v = tokens[k];
  if (!v || k >= end || v.pos !== 'VERB' || /ing$/.test(v.norm)) return false;
  // "... and the people, voted": a verb glued to its noun by a comma is not a clause's verb.
  if (tokens[k - 1]?.norm === 'to') return false;
  const cue = verbCue(v.norm);
  return !cueOnly || (!!cue && !cue.docOnly);
}

/** ", according to", ", adding that", ", X said" start a new attribution inside the sentence. */
function startsNewAttribution(ctx: Ctx, i: number, end: number): boolean {
  const { tokens } = ctx.nlp;
  const t = tokens[i]!;
  if (t.norm === 'according' && tokens[i + 1]?.norm === 'to') return true;
  const cue = verbCue(t.norm);
  if (cue && t.norm.endsWith('ing') && !cue.relay) return true;
  // ", quoting him as saying": a relayed quote starts.
  if (t.norm === 'quoting') {
    const np = rightNP(tokens, i + 1, end);
    if (np && tokens[np[1]]?.norm === 'as') return true;
  }
  if (cue && t.pos === 'VERB') {
    // ", said X." / ", reports Reuters."
    if (i + 1 >= end || FINAL.has(tokens[i + 1]!.text)) return true;
    const np = rightNP(tokens, i + 1, end);
    return !!np && (np[1] >= end || FINAL.has(tokens[np[1]]!.text) || isQuoteMark(tokens[np[1]]!));
  }
  // ", X said." / ", X said on Monday."
  for (let j = i; j < Math.min(end, i + 8); j++) {
    const u = tokens[j]!;
    if (u.pos === 'VERB' || u.pos === 'AUX') {
      const c = verbCue(u.norm);
      const k = skipAdjuncts(tokens, j + 1, end);
      return !!c && j > i && (k >= end || FINAL.has(tokens[k]!.text) || isQuoteMark(tokens[k]!));
    }
    if (u.text === ',' || isQuoteMark(u)) return false;
  }
  return false;
}

/** Like trim, but keeps a closing quote mark when the span also holds its opening mark. */
function trimKeepQuotes(ctx: Ctx, start: number, end: number): [number, number] | null {
  return trim(ctx, start, end);
}

/**
 * Content before a cue: the quote closing at `b` (or just before the comma at `b`), else the clause
 * from `from` (sentence start or the end of the previous attribution) to the boundary `b`.
 */
export function leftContent(ctx: Ctx, b: number, from: number): Content | null {
  const { tokens } = ctx.nlp;
  let qb = -1;
  if (isQuoteMark(tokens[b]!)) qb = b;
  else if (b > 0 && isQuoteMark(tokens[b - 1]!)) qb = b - 1;
  if (qb >= 0) {
    const k = ctx.qs.of[qb]!;
    // A doubled apostrophe ('') closes at its first half; the tagger may even end the sentence between the halves.
    if (k >= 0 && ctx.qs.quotes[k]!.close === qb - 1 && pairedMarks.has(tokens[qb]!)) qb--;
    if (k >= 0 && ctx.qs.quotes[k]!.close === qb) {
      const q = quoteAt(ctx, qb, true);
      // '"A" and B, he said': the quote is only part of the clause; fall through to the clause.
      if (q && ctx.qs.quotes[k]!.open <= from + 1)
        return { start: q.start, end: q.end, parts: q.parts, quote: q.quote, lastTok: qb };
      if (q && tokens[ctx.qs.quotes[k]!.open]!.sentence !== tokens[b]!.sentence)
        return { start: q.start, end: q.end, parts: q.parts, quote: q.quote, lastTok: qb };
    }
  }
  let s = from;
  if (s === ctx.nlp.sentences[tokens[s]!.sentence]!.firstToken) s = datelineEnd(tokens, s, b);
  while (s < b && (tokens[s]!.pos === 'CCONJ' || tokens[s]!.text === ',')) s++;
  if (s >= b) return null;
  const span = trim(ctx, tokens[s]!.start, tokens[b - 1]!.end);
  if (!span) return null;
  const opened = ctx.qs.of[s]! >= 0 && ctx.qs.quotes[ctx.qs.of[s]!]!.open === s;
  return { start: span[0], end: span[1], parts: [span], quote: opened && isQuoteMark(tokens[b - 1]!), lastTok: b - 1 };
}

/** Tokens a dateline may take before its dash: "BUNIA, Democratic Republic of Congo, May 12 (Reuters) -" takes 13. */
const DATELINE_TOKENS = 16;
/** A token of a place in capitals ("PORT", "SUDAN"), as datelines open. */
const inCaps = (t: Token) => /^[A-Z][A-Z.'-]*$/.test(t.text) && t.text.length > 1;
/** A token of a dateline's date after its place: a comma, a month ("July", "Jan."), a day or a year. */
const DATE_PART =
  /^(?:,|\.|\d{1,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?|january|february|march|april|june|july|august|september|october|november|december)$/i;

/**
 * End of a wire dateline opening the sentence ("EL FASHER, Sudan (AP) — ", "KASESE - ", the South Asian papers'
 * "PARACHINAR: "), or `first` when there is none. A spaced hyphen or a colon ends one only after a place in capitals
 * alone.
 */
export function datelineEnd(tokens: Token[], first: number, limit: number): number {
  let paren = false;
  const caps = /^[A-Z][A-Z .'-]+$/.test(tokens[first]!.text) && tokens[first]!.text.length > 1;
  // A place in capitals alone, or with its date: "KASESE", "DUSHANBE, July 12".
  const placeOnly = (k: number) => {
    if (k <= first) return false;
    let i = first;
    while (i < k && inCaps(tokens[i]!)) i++;
    return i > first && tokens.slice(i, k).every((t) => DATE_PART.test(t.text));
  };
  for (let k = first; k < Math.min(limit, first + DATELINE_TOKENS); k++) {
    const t = tokens[k]!;
    const spaced = k > first && tokens[k - 1]!.end < t.start && (tokens[k + 1]?.start ?? Infinity) > t.end;
    // A hyphen inside a party tag ("Sen. Rob Portman (R-Ohio)") is no dash: only one after the bracket or spaced.
    // EFE closes its agency with a full stop first: "Quito, Mar 13 (EFE).- Four people ...".
    const dash =
      t.text === '-' &&
      ((paren &&
        (tokens[k - 1]!.text === ')' ||
          (tokens[k - 1]!.text === '.' && tokens[k - 2]?.text === ')') ||
          tokens[k - 1]!.end < t.start)) ||
        (spaced && placeOnly(k)));
    if (t.text === '—' || t.text === '–' || t.text === '--' || dash) {
      return paren || caps ? k + 1 : first;
    }
    if (t.text === ':' && tokens[k - 1]?.end === t.start && placeOnly(k)) return k + 1;
    if (t.text === '(' || t.text === ')') paren = true;
    else if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON') return first;
  }
  return first;
}
