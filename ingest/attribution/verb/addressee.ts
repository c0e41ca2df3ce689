// What a speech verb takes right after it before its content: whom it was said to ("told Reuters", "said to
// People", "asked Jones how") and a verdict fronted before its object ("rejected as baseless accusations that C").
// In: a VerbSite. Out: the site's addressee and R moved past them.
import { type Ctx, quoteAt } from '../content.ts';
import { isClosing, tailAt, WH_WORDS } from '../frame-base.ts';
import { isQuoteMark, rightNP, skipAdjuncts, type TokRange } from '../np.ts';
import type { VerbSite } from './site.ts';

/** Sets the addressee and moves R past it. False when the cue is no speech: "warned X of Y" (a warning about a thing). */
export function addresseeAfter(s: VerbSite): boolean {
  const { tokens, ctx, cue, end, L, first } = s;
  let R = s.R;
  // '"C," Clinton said to People.': "said to X" names whom it was said to, not the content.
  if (
    cue.lemma === 'say' &&
    tokens[R]?.norm === 'to' &&
    /^[A-Z]|^(the|him|her|them|me|us|reporters)$/.test(tokens[R + 1]?.text ?? '')
  ) {
    let np = rightNP(tokens, R + 1, end);
    // A capitalized name the tagger took for a verb ("said to People.").
    if (!np) {
      let k = R + 1;
      while (k < end && /^[A-Z]/.test(tokens[k]!.text)) k++;
      if (k > R + 1) np = [R + 1, k];
    }
    if (np && tokens[np[1] - 1]!.pos !== 'VERB') {
      s.addressee = np;
      R = skipAdjuncts(tokens, np[1], end);
    } else if (np && tailAt(ctx, np[1], end)) {
      s.addressee = np;
      R = np[1];
    }
  }
  // '"Stay indoors," warned the mayor': after the quote only "told" still takes an addressee.
  // So after a comma when the phrase after the cue ends the sentence: "The deal will collapse, warned analyst X."
  const invertedAfterComma = () => {
    if (L < first || tokens[L]!.text !== ',') return false;
    const np = rightNP(tokens, R, end);
    return !!np && (np[1] >= end || /^[.!?]$/.test(tokens[np[1]]!.text));
  };
  if (cue.addressee && !((afterQuote(s) || invertedAfterComma()) && cue.lemma !== 'tell')) {
    const np: TokRange | null = rightNP(tokens, R, end);
    // "warned X of/about Y": a warning about a thing, no asserted clause.
    const about =
      cue.lemma === 'warn' &&
      !!np &&
      tokens.slice(np[0], np[1] + 1).some((t) => /^(of|about|against|over)$/.test(t.norm));
    if (about) return false;
    if (np && tokens[np[1]]?.norm !== 'as') {
      s.addressee = np;
      // "asked Jones how he was feeling": the question word opens the content; it is no adverb of the cue.
      R = WH_WORDS.has(tokens[np[1]]?.norm ?? '') ? np[1] : skipAdjuncts(tokens, np[1], end);
    }
  }
  if (cue.object) R = skipFrontedVerdict(ctx, R, end);
  s.R = R;
  return true;
}

/** Whether the token before the cue (or before its comma) closes a quote: '"Can we win?" asked Mr. Ruiz'. */
function afterQuote(s: VerbSite): boolean {
  const { ctx, tokens, L } = s;
  return L >= 0 && (isClosing(ctx, L) || (tokens[L]!.text === ',' && L > 0 && isClosing(ctx, L - 1)));
}

/**
 * 'rejected as "baseless" US accusations that C', "dismissed as false reports that C": the verdict put before the
 * object is the speaker's word on it, not the content; the object starts after it. Returns where it starts.
 */
function skipFrontedVerdict(ctx: Ctx, R: number, end: number): number {
  const { tokens } = ctx.nlp;
  if (tokens[R]?.norm !== 'as') return R;
  let k = R + 1;
  if (tokens[k] && isQuoteMark(tokens[k]!)) {
    const q = quoteAt(ctx, k);
    if (!q || q.lastTok - k > 8) return R;
    k = q.lastTok + 1;
    while (k < end && isQuoteMark(tokens[k]!)) k++;
  } else {
    const from = k;
    while (
      k < end &&
      k - from < 4 &&
      (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'ADV' || tokens[k]!.norm === 'and')
    )
      k++;
    if (k === from || tokens[k - 1]!.pos !== 'ADJ') return R;
  }
  return k < end && /^(DET|NOUN|PROPN|ADJ|PRON)$/.test(tokens[k]!.pos) ? k : R;
}
