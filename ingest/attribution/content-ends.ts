// Where a frame's content ends around its speech tag: the second half of a split quote, the words after a
// parenthetical tag, a show title after the tag, and the cuts at a clause's comma, main verb or comparison.
import type { Token } from '../types.ts';
import { type Content, type Ctx, quoteAt, rightContent } from './content.ts';
import { verbCue } from './cues.ts';
import { isClosing, SUBORD } from './frame-base.ts';
import { BE, isQuoteMark, rightNP } from './np.ts';
import { pairedMarks } from './quotes.ts';

/**
 * 'C, he said on MSNBC's "Morning Joe."': a quote after the cue's adjuncts that names a show ends the tag; it is
 * no content. Only after a possessive or "on"/"in", and only when the quote ends the sentence.
 */
export function showTitle(ctx: Ctx, R: number, tagEnd: number, end: number): boolean {
  const { tokens } = ctx.nlp;
  let q = R;
  if (/^(on|in)$/.test(tokens[q]?.norm ?? '') && tokens[q]!.pos === 'ADP') q++;
  // 'on Radio Programas\' "La Rotativa."': a possessive apostrophe after a plural name.
  const possessive = /^['’]$/.test(tokens[q]?.text ?? '') && ctx.qs.of[q]! < 0 && /s$/.test(tokens[q - 1]?.text ?? '');
  if (possessive) q++;
  if (q <= tagEnd || q >= end) return false;
  const k = ctx.qs.of[q]!;
  if (k < 0 || ctx.qs.quotes[k]!.open !== q) return false;
  if (q === R && !/^['’]s$/.test(tokens[q - 1]!.text)) return false;
  const close = ctx.qs.quotes[k]!.close;
  if (close < 0 || close - q > 8) return false;
  const after = tokens[close + 1];
  return !after || after.sentence !== tokens[close]!.sentence || /^[.!?,]$/.test(after.text);
}

/** '..., he said, ...': a parenthetical speech tag; the content goes on after it to the sentence end. */
export function parenthetical(ctx: Ctx, content: Content, j: number, end: number): void {
  const { tokens } = ctx.nlp;
  if (content.quote || tokens[j]?.text !== ',' || j + 1 >= end) return;
  const next = tokens[j + 1]!;
  // "..., X said, days after Y vowed ...": a time adjunct of the speech, not more content.
  if (
    /^(days?|hours?|weeks?|months?|years?|minutes?|moments?|shortly|soon|just|only|a|an|one|two|three|several|\d+)$/.test(
      next.norm,
    )
  )
    for (let k = j + 2; k < Math.min(end, j + 5); k++) if (/^(after|before|since)$/.test(tokens[k]!.norm)) return;
  // "CNN, Cruz said, called the announcement X": a finite speech verb after a subject with no verb of its own is
  // that subject's predicate, not a second tag.
  let verbless = content.parts.length === 1;
  for (let k = content.lastTok; verbless && k >= 0 && tokens[k]!.start >= content.start; k--)
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') verbless = false;
  const predicate = verbless && next.pos === 'VERB' && !/ing$/.test(next.norm);
  if (
    isQuoteMark(next) ||
    (verbCue(next.norm) && !predicate) ||
    furtherSpeech(tokens, j + 1, end) ||
    next.norm === 'according' ||
    SUBORD.has(next.norm) ||
    next.norm === 'who' ||
    next.norm === 'which'
  )
    return;
  // After words with a verb of their own, what follows the tag may be about the speaker or the speech rather than
  // more content: '"C" about the decision, said X, executive director of Y, a union that ...' (a noun phrase ending
  // at a comma), "..., he said, on condition of anonymity to discuss ..." (a prepositional phrase without a clause).
  // Not after an open end ("It was, he said, one of the bitterest failures"), nor after a pronoun speaker for the
  // noun phrase (a pronoun takes no appositive).
  const last = tokens[content.lastTok]!;
  const complete = !verbless && !/^(AUX|ADP|DET|PART|CCONJ)$/.test(last.pos) && !BE.has(last.norm);
  if (!verbless && tokens[j - 1]!.pos === 'PROPN' && speakerAppositive(tokens, j + 1, end)) return;
  if (complete && (phraseWithoutClause(tokens, j + 1, end) || sententialAppositive(tokens, j + 1, end))) return;
  const rest = rightContent(ctx, j + 1, end);
  if (!rest || rest.quote) return;
  // The text is the two pieces around the tag, not the tag itself: "The agreement, X said, would stand".
  content.end = rest.end;
  content.parts = [...content.parts, [rest.start, rest.end]];
  content.lastTok = rest.lastTok;
}

/** Blame told as a participle after a tag: "..., police said, blaming the army for the attack". */
const BLAME = /^(?:blaming|faulting)$/;
const speechParticiple = (t: Token) =>
  t.pos === 'VERB' && /ing$/.test(t.norm) && (!!verbCue(t.norm) || BLAME.test(t.norm));

/**
 * After a tag, a further speech act rather than more content: a participle of speech or blame ("blaming the army",
 * "accusing Kigali of ..."), "with" and its subject blaming ("with the authorities blaming the rebels"), or a joined
 * clause whose verb tells speech ("and the government accused Rwanda of backing the rebels"): its own frame.
 */
function furtherSpeech(tokens: Token[], k: number, end: number): boolean {
  const t = tokens[k]!;
  if (speechParticiple(t)) return true;
  if (t.norm !== 'with' && t.pos !== 'CCONJ') return false;
  for (let m = k + 1; m < Math.min(end, k + 8); m++) {
    const w = tokens[m]!;
    if (w.text === ',' || isQuoteMark(w)) return false;
    if (t.norm === 'with' ? speechParticiple(w) : w.pos === 'VERB' && !!verbCue(w.norm)) return true;
    if (w.pos === 'VERB' || w.pos === 'AUX') return false;
  }
  return false;
}

/**
 * A noun phrase at k that ends at a comma, a relative word or the sentence end: "executive director of Y, ...", or
 * with a phrase of place or scope and no verb to the end ("spokesman for the Congolese army in Ituri.").
 */
function speakerAppositive(tokens: Token[], k: number, end: number): boolean {
  if (tokens[k]!.pos === 'PRON') return false;
  const np = rightNP(tokens, k, end);
  if (!np) return false;
  const after = tokens[np[1]];
  if (np[1] >= end || !after || /^[,.;!?—–]$/.test(after.text) || /^(who|whose|whom)$/.test(after.norm)) return true;
  return after.pos === 'ADP' && after.norm !== 'that' && verblessToEnd(tokens, np[1] + 1, end);
}

/** Whether the words from k to the sentence end hold no verb, quote or clause break ("in Ituri province."). */
function verblessToEnd(tokens: Token[], k: number, end: number): boolean {
  for (let m = k; m < end; m++) {
    const t = tokens[m]!;
    if (/^(VERB|AUX|SCONJ)$/.test(t.pos) || isQuoteMark(t) || /^[,;:—–]$/.test(t.text)) return false;
  }
  return true;
}

/**
 * The writer's noun phrase on the whole sentence after a final tag: "..., a spokesman said, an accusation the
 * coalition said it was looking into", "..., witnesses said, a figure that could not be verified". Not a clause
 * going on ("..., he said, the people are with us").
 */
function sententialAppositive(tokens: Token[], k: number, end: number): boolean {
  if (!/^(a|an|the|another)$/.test(tokens[k]!.norm)) return false;
  const np = rightNP(tokens, k, end);
  if (!np) return false;
  const after = tokens[np[1]];
  return np[1] >= end || !after || !/^(VERB|AUX)$/.test(after.pos);
}

/** A prepositional phrase at k running to the sentence end with no finite verb: "on condition of anonymity to ...". */
function phraseWithoutClause(tokens: Token[], k: number, end: number): boolean {
  // Prepositions of the speaking situation, not "for X to do Y" (a clause) or "like"/"as" (a comparison).
  if (tokens[k]!.pos !== 'ADP' || !/^(on|in|at|during|via|while)$/.test(tokens[k]!.norm)) return false;
  for (let m = k + 1; m < end; m++) {
    const t = tokens[m]!;
    // "on condition of anonymity because he was not authorized to speak": the reason belongs to the adjunct.
    if (t.norm === 'because') return true;
    if (t.pos === 'AUX') return false;
    const nonFinite =
      /(ing|ed|en)$/.test(t.norm) || tokens[m - 1]!.norm === 'to' || /^(DET|ADJ)$/.test(tokens[m - 1]!.pos);
    if (t.pos === 'VERB' && !nonFinite) return false;
  }
  return true;
}

/** Extends a content with a second quote right after the speaker: '"A," X said, "B."'. */
export function splitQuote(ctx: Ctx, content: Content, j: number, end: number, tagEnd = j): void {
  const { tokens } = ctx.nlp;
  if (!content.quote) return;
  if (j < end && (tokens[j]!.text === ',' || tokens[j]!.text === ':')) j++;
  // Right after the tag or its comma: in '"C," he said of it on ABC's "This Week."' the quote names a show.
  else if (j > 0 && j !== tagEnd) return;
  if (j >= tokens.length || ctx.qs.of[j]! < 0 || ctx.qs.quotes[ctx.qs.of[j]!]!.open !== j) return;
  const q = quoteAt(ctx, j);
  if (!q) return;
  content.parts.push(...q.parts);
  content.end = q.end;
  content.lastTok = q.lastTok;
}

/**
 * '"A," he said of voters whose rights were restored, "B."': the second half of a split quote after an aside
 * about the tag, when it opens after a comma and closes the sentence, with no other cue before it.
 */
export function splitQuoteAfterAside(ctx: Ctx, content: Content, from: number, end: number): void {
  const { tokens } = ctx.nlp;
  if (!content.quote) return;
  for (let k = from; k + 1 < end; k++) {
    if (ctx.qs.of[k]! >= 0) return;
    if (verbCue(tokens[k]!.norm) || tokens[k]!.norm === 'according') return;
    if (tokens[k]!.text !== ',') continue;
    const qi = ctx.qs.of[k + 1]!;
    if (qi < 0 || ctx.qs.quotes[qi]!.open !== k + 1) continue;
    const close = ctx.qs.quotes[qi]!.close;
    const after = close < 0 ? end : close + (pairedMarks.has(tokens[close]!) ? 2 : 1);
    if (after < end && !/^[.!?]$/.test(tokens[after]!.text)) return;
    splitQuote(ctx, content, k, end);
    return;
  }
}

/** Conjunctions opening a subordinate clause before the main one: "While X said C, ...". */
export const SUBORD_OPENERS = new Set([
  'while',
  'whereas',
  'although',
  'though',
  'when',
  'if',
  'because',
  'since',
  'as',
]);

/** Cuts a plain content at its first comma outside quotes after token `from` (the comma ends the clause). */
export function endAtComma(ctx: Ctx, c: Content, from: number): void {
  if (c.quote || c.parts.length !== 1) return;
  const { tokens } = ctx.nlp;
  for (let k = from + 1; k < c.lastTok; k++) {
    if (tokens[k]!.text !== ',' || ctx.qs.of[k]! >= 0 || tokens[k]!.start < c.start) continue;
    cutBefore(ctx, c, k);
    return;
  }
}

/** Cuts a plain content before ", <finite verb>": the main clause's verb after a relative clause. */
export function endBeforeMainVerb(ctx: Ctx, c: Content, from: number): void {
  if (c.parts.length !== 1) return;
  const { tokens } = ctx.nlp;
  for (let k = from + 1; k < c.lastTok; k++) {
    if (tokens[k]!.text !== ',' || (ctx.qs.of[k]! >= 0 && !isClosing(ctx, k + 1)) || tokens[k]!.start < c.start)
      continue;
    let v = k + 1;
    if (isClosing(ctx, v)) v++;
    while (tokens[v]?.pos === 'ADV') v++;
    const t = tokens[v];
    if (t && (t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.norm)) {
      cutBefore(ctx, c, tokens[k - 1]!.text === ',' ? k - 1 : k);
      return;
    }
  }
}

/** "61 percent said C compared to 38 percent who ...": a comparison after the content is the writer's. */
export function endBeforeComparison(ctx: Ctx, c: Content, from: number): void {
  if (c.quote || c.parts.length !== 1) return;
  const { tokens } = ctx.nlp;
  for (let k = from + 2; k < c.lastTok; k++) {
    if (ctx.qs.of[k]! >= 0) continue;
    if (tokens[k]!.norm === 'compared' && /^(to|with)$/.test(tokens[k + 1]?.norm ?? '')) {
      cutBefore(ctx, c, tokens[k - 1]!.text === ',' ? k - 1 : k);
      return;
    }
  }
}

function cutBefore(ctx: Ctx, c: Content, k: number): void {
  const last = ctx.nlp.tokens[k - 1]!;
  if (last.end <= c.start) return;
  c.end = last.end;
  c.parts = [[c.start, last.end]];
  c.lastTok = k - 1;
}
