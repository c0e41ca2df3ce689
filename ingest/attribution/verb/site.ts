// The cue match of a speech verb: whether the word is speech here at all, and what stands left and right of it
// (auxiliaries, a subject's aside, a cited source, an addressee, relays). In: a verb cue in a sentence. Out: a
// VerbSite every reading of the verb starts from, or null when the word is no speech verb here.
import type { Sentence, Token } from '../../types.ts';
import { objectController } from '../clause-subject.ts';
import type { Ctx } from '../content.ts';
import { citesAVoice, withAuthor } from '../citing.ts';
import { BLAME_CUES, type CueInfo, RELAY_PARTICIPLES, verbCue } from '../cues.ts';
import { clauseAfter, type Frame, leftNP, tailAt } from '../frame-base.ts';
import { isQuoteMark, rightNP, skipAdjuncts, skipLeftAux, type TokRange } from '../np.ts';
import { addresseeAfter } from './addressee.ts';

/** What was skipped left of the cue (auxiliaries, negation, adverbs); `at` is the token before them. */
export type LeftAux = ReturnType<typeof skipLeftAux>;

/** A speech verb in its sentence, with the edges every reading of it starts from. */
export interface VerbSite {
  ctx: Ctx;
  tokens: Token[];
  sent: Sentence;
  si: number;
  first: number;
  end: number;
  /** The cue token and what the cue lexicon says of it. */
  i: number;
  cue: CueInfo;
  /** The cue with its particle or preposition ("pointed out", "called for"). */
  cueTok: TokRange;
  withPrep: boolean;
  left: LeftAux;
  /** "prompted X to declare": X, the object of a causing verb, is the subject. */
  controller: TokRange | null;
  /** The last token before the cue once auxiliaries and asides are skipped (-1 or less: none). */
  L: number;
  /** The first token after the cue's adjuncts, addressee and relays: where a right-hand content starts. */
  R: number;
  addressee: TokRange | null;
  /** Relayers, nearest to the speaker first ("as quoted by X"). */
  relays: TokRange[];
  /** "citing Y" before or after the cue. */
  cited: TokRange | null;
  /** "voters who said": the relative pronoun standing for the speaker. */
  relPron: TokRange | null;
  /** Frames found earlier in the sentence's paragraph run (for answers: "..., which X denied"). */
  earlier: Frame[];
}

/**
 * A reading of a verb cue: a frame, null when this reading applies but finds no frame (the cue is then no
 * attribution), or undefined when it does not apply and the next reading is tried.
 */
export type Reading = Frame | null | undefined;

/** Verbs that report speech only with a clause after them (their other senses take a noun phrase or "to"). */
const CLAUSE_ONLY = new Set(['declare', 'maintain', 'pledge', 'highlight', 'respond']);

export function verbSite(ctx: Ctx, i: number, cue: CueInfo, si: number, earlier: Frame[]): VerbSite | null {
  const { tokens, sentences } = ctx.nlp;
  const sent = sentences[si]!;
  const first = sent.firstToken;
  const end = sent.endToken;
  const withPrep = !!cue.preps?.includes(tokens[i + 1]?.norm ?? '') && tokens[i + 1]!.pos === 'ADP';
  const cueTok: TokRange = [i, cue.particle || withPrep ? i + 2 : i + 1];
  if (namingOrPhrasal(tokens, i, cue, first, withPrep)) return null;
  // "The ruling prompted the union to declare C": the object of a verb that brings speech about speaks.
  const controller = objectController(tokens, i, first);
  const left = controller
    ? { at: controller[1] - 1, negated: false, passive: false, modal: false }
    : skipLeftAux(tokens, i - 1, first);
  if (left.negated || left.modal) return null;
  if (participleModifier(tokens, i, first, left) || blameModifier(tokens, i, cue, first, left)) return null;
  const s: VerbSite = {
    ctx,
    tokens,
    sent,
    si,
    first,
    end,
    i,
    cue,
    cueTok,
    withPrep,
    left,
    controller,
    L: left.at,
    R: cueTok[1],
    addressee: null,
    relays: [],
    cited: null,
    relPron: null,
    earlier,
  };
  leftEdge(s);
  s.R = afterAdjuncts(s);
  if (!addresseeAfter(s)) return null;
  if (BLAME_CUES.has(cue.lemma) && !blameShape(tokens, cueTok[1], s.R, end)) return null;
  relaysAfter(s);
  // "declared victory", "maintained a lead", "pledged to work together", "responded by easing sanctions": these
  // verbs only report speech with a clause, a quote or a colon after them (or the content before: 'C, X declared').
  const inverted = s.L >= first && /^[,—–]$|^["“”'‘’]+$/.test(tokens[s.L]!.text);
  if (CLAUSE_ONLY.has(cue.lemma) && !inverted && !tailAt(ctx, s.R, end) && !clauseAfter(ctx, s.R, end, true))
    return null;
  // "voters who said C": the speaker's mention in this clause is the noun phrase with its relative pronoun.
  s.relPron = left.at > first && /^(who|which)$/.test(tokens[left.at]!.norm) ? [left.at, left.at + 1] : null;
  return s;
}

/** "called in air support", "the so-called deal", "a town called Hope": phrasal verbs and naming, not speech. */
function namingOrPhrasal(tokens: Token[], i: number, cue: CueInfo, first: number, withPrep: boolean): boolean {
  if (cue.preps && /^(in|up|off|back|out)$/.test(tokens[i + 1]?.norm ?? '')) return true;
  if (cue.preps && i > first && (tokens[i - 1]!.text === '-' || tokens[i - 1]!.pos === 'NOUN') && !withPrep) {
    const np = leftNP(tokens, i - 1, first);
    if (tokens[i - 1]!.text === '-' || (np && /^(a|an)$/.test(tokens[np[0]]!.norm))) return true;
  }
  return false;
}

/** A participle modifying what comes before it rather than reporting speech. */
function participleModifier(tokens: Token[], i: number, first: number, left: LeftAux): boolean {
  // "had been transparent and verified by observers": a participle coordinated into a passive predicate.
  if (/ed$/.test(tokens[i]!.norm) && tokens[i + 1]?.norm === 'by' && /^(and|or)$/.test(tokens[i - 1]?.norm ?? ''))
    return true;
  // Reduced relatives and adjectives: "measures added by Republicans", "a group charged with".
  return (
    !left.passive &&
    /ed$|^written$|^told$|^said$/.test(tokens[i]!.norm) &&
    /^(by|with)$/.test(tokens[i + 1]?.norm ?? '') &&
    i > first &&
    tokens[i - 1]!.pos === 'NOUN'
  );
}

/** "a statement attributed to the group", "the blast, blamed on rebels,": a participle of blame after its noun. */
function blameModifier(tokens: Token[], i: number, cue: CueInfo, first: number, left: LeftAux): boolean {
  if (!BLAME_CUES.has(cue.lemma) || left.passive || !/ed$/.test(tokens[i]!.norm)) return false;
  if (!/^(to|on|for)$/.test(tokens[i + 1]?.norm ?? '') || i <= first) return false;
  return tokens[i - 1]!.pos === 'NOUN' || tokens[i - 1]!.pos === 'PROPN' || tokens[i - 1]!.text === ',';
}

/**
 * "blamed the attack on X", "blamed X for the attack", "attributed the raid to X", "blamed the ADF, a militia ...": an
 * object, then its preposition or the clause's end, before any verb. Not "the problems that he blamed on X" (the object stands before the cue: what is
 * blamed is outside the content) nor "trade blame as ..." (no blame told).
 */
function blameShape(tokens: Token[], after: number, R: number, end: number): boolean {
  // The object right after the cue, not after adjuncts skipped ("that he blamed [on the policies of X] and Y").
  if (R >= end || after >= end || /^(ADP|SCONJ|PUNCT)$/.test(tokens[after]!.pos)) return false;
  for (let k = R + 1; k < Math.min(end, R + 16); k++) {
    const t = tokens[k]!;
    if (/^(on|for|to)$/.test(t.norm) && t.pos === 'ADP') return true;
    // "blamed the Allied Democratic Forces, a militia ...": the party blamed alone, to a comma or the end.
    if (/^[,;:.]$/.test(t.text)) return true;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/(ed|ing)$/.test(t.norm))) return false;
  }
  return R + 1 >= end;
}

/** Moves L over what stands between the subject and the cue: a quote mark, a cited source, a relative aside. */
function leftEdge(s: VerbSite): void {
  const { tokens, first, sent } = s;
  const { sentences } = s.ctx.nlp;
  let L = s.L;
  // '"... all over." said Violet': the closing mark may have been put in the previous sentence.
  if (
    L < first &&
    first > 0 &&
    isQuoteMark(tokens[first - 1]!) &&
    sentences[tokens[first - 1]!.sentence]!.block === sent.block
  )
    L = first - 1;

  // "Channel 12, citing two officials, reported that C": the cited source sits between subject and cue.
  if (L > first + 3 && tokens[L]!.text === ',') {
    for (let k = L - 1; k > Math.max(first, L - 30); k--) {
      if (!RELAY_PARTICIPLES.has(tokens[k]!.norm) || tokens[k - 1]?.text !== ',') continue;
      const np = citedBefore(tokens, k + 1, L);
      if (np && k - 1 > first) {
        s.cited = np;
        L = k - 2;
      }
      break;
    }
  }

  // "A teacher, who asked not to be named, told Reuters that C": a relative aside on a person between subject and
  // cue (not "X, which Y accused of Z, denied C": the "accused" frame reads that sentence).
  if (L > first + 2 && tokens[L]!.text === ',') {
    for (let k = L - 1; k > Math.max(first, L - 25); k--) {
      if (isQuoteMark(tokens[k]!)) break;
      if (tokens[k]!.text !== ',') continue;
      // Only when the subject opens the sentence: appositive chains ("X, director of Y, which ...,") are read below.
      const opens = tokens.slice(first, k).every((u) => u.text !== ',' && !isQuoteMark(u));
      if (opens && tokens[k + 1]!.norm === 'who' && /^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) L = k - 1;
      break;
    }
  }
  s.L = L;
}

/**
 * The source cited between a subject and its cue, from `start` to the comma at `end`: a noun phrase filling it ("two
 * officials"), a document with its author ("a statement from Rada"), or a name with an appositive after it ("Col.
 * Thanawat Sirisuk, spokesman for the regional command"): the name alone. Null when something else stands there.
 */
function citedBefore(tokens: Token[], start: number, end: number): TokRange | null {
  const np = rightNP(tokens, start, end);
  if (!np) return null;
  if (np[1] === end) return np;
  if (withAuthor(tokens, np, end)[1] === end) return withAuthor(tokens, np, end);
  // An appositive: a comma, then a role noun phrase up to the closing comma, no verb in it.
  if (tokens[np[1]]?.text !== ',' || np[1] + 1 >= end) return null;
  const aside = tokens.slice(np[1] + 1, end);
  const role = aside[0]!.pos === 'NOUN' || (aside[0]!.pos === 'DET' && aside[1]?.pos === 'NOUN');
  const named = tokens.slice(np[0], np[1]).some((t) => t.pos === 'PROPN');
  return role && named && aside.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.text !== ',') ? np : null;
}

/** The first token after the cue's adjuncts and a parenthetical adverb or aside before a that-clause. */
function afterAdjuncts(s: VerbSite): number {
  const { tokens, ctx, end } = s;
  let R = s.withPrep ? s.cueTok[1] : skipAdjuncts(tokens, s.cueTok[1], end);
  // "said, however, that": a parenthetical adverb after the cue.
  if (tokens[R]?.text === ',' && tokens[R + 1]?.pos === 'ADV' && tokens[R + 2]?.text === ',' && R + 3 < end) R += 3;
  // "said on Sunday, in a statement posted online, that C": an aside between commas before the that-clause.
  else if (tokens[R]?.text === ',' && ctx.qs.of[R]! < 0) {
    let k = R + 1;
    while (k < end && k - R < 12 && tokens[k]!.text !== ',' && ctx.qs.of[k]! < 0 && !verbCue(tokens[k]!.norm)) k++;
    if (tokens[k]?.text === ',' && tokens[k + 1]?.norm === 'that' && k > R + 1) R = k + 1;
  }
  return R;
}

/** "as quoted by X", ", as quoted by X, that" (a relay) and "citing Y" (a cited source) after the cue; R moves past them. */
function relaysAfter(s: VerbSite): void {
  const { tokens, end } = s;
  let R = s.R;
  for (let guard = 0; guard < 3; guard++) {
    const t = tokens[R];
    if (!t || R >= end) break;
    // "said, as quoted by X, that C": the tag may follow a comma.
    const a = t.text === ',' && tokens[R + 1]?.norm === 'as' ? R + 1 : R;
    if (
      tokens[a]!.norm === 'as' &&
      /^(quoted|cited|reported)$/.test(tokens[a + 1]?.norm ?? '') &&
      tokens[a + 2]?.norm === 'by'
    ) {
      const np = rightNP(tokens, a + 3, end);
      if (!np) break;
      s.relays.push(np);
      R = skipAdjuncts(tokens, np[1], end);
      continue;
    }
    const c =
      t.text === ',' && RELAY_PARTICIPLES.has(tokens[R + 1]?.norm ?? '')
        ? R + 2
        : RELAY_PARTICIPLES.has(t.norm)
          ? R + 1
          : -1;
    if (c > 0) {
      const found = rightNP(tokens, c, end);
      if (!found) break;
      const np = withAuthor(tokens, found, end);
      s.cited = np;
      R = np[1];
      if (tokens[R]?.text === ',') R++;
      R = skipAdjuncts(tokens, R, end);
      continue;
    }
    break;
  }
  // "Bloomberg reported, citing people familiar with the matter, that C": the that-clause after the aside.
  if ((s.cited || s.relays.length) && tokens[R]?.text === ',' && tokens[R + 1]?.norm === 'that') R++;
  s.R = R;
}

/**
 * Puts the site's addressee and relays on a frame of the cue. "Democrats and independents who said": coordinated
 * speakers share the mention with their pronoun. "X reported, citing sources, that C": the sources speak, X relays.
 */
export function finish(s: VerbSite, f: Frame): Frame {
  const { relPron, cited } = s;
  f.addressee = s.addressee;
  f.relays = s.relays;
  if (relPron && !f.sourceSpan && f.sources.length >= 1 && f.sources[f.sources.length - 1]![1] === relPron[0])
    f.sourceSpan = [f.sources[0]![0], relPron[1]];
  if (cited && citesAVoice(s.tokens, cited)) {
    f.relays = [...f.sources, ...s.relays];
    f.sources = [cited];
    f.alts = [];
  }
  return f;
}
