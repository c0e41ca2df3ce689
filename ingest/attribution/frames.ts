// Attribution frames of one sentence: cue + source phrase + content, before any actor is resolved.
// In: tokens, quotes, a sentence index. Out: Frame[] (token ranges and character spans).
import type { Token } from '../types.ts';
import { according } from './according.ts';
import { CHARGE_NOUNS } from './answered.ts';
import { citingFrame, quotingFrame } from './citing.ts';
import type { Ctx } from './content.ts';
import { isAlwaysCue, RELAY_PARTICIPLES, verbCue } from './cues.ts';
import { type Frame, WH_WORDS } from './frame-base.ts';
import { isQuoteMark, POSSESSIVE } from './np.ts';
import { tollFrame } from './toll.ts';
import { verbFrame } from './verb/index.ts';

// Patterns made once: a regex literal inside a function is a new object each time it runs, and these run per token.
const SAY_TELL = /^(say|tell)$/;
const S_ENDING = /s$/;
const ING_ENDING = /ing$/;
const ED_ENDING = /ed$/;
const LOWER_FIRST = /^[a-z]/;
const STOP_MARK = /^[.!?]$/;
const NOUN_POS = /^(NOUN|PROPN)$/;
const ARGUING_VERBS =
  /^(says|claims|argues|insists|warns|contends|asserts|maintains|notes|reports|suggests|claim|argue|insist|warn|contend|assert|maintain|note|suggest)$/;
const COUNTABLE_POS = /^(NUM|NOUN|PROPN)$/;
const PORTION_WORDS = /^(third|half|quarter|most|many|some|others)$/;
const POSSESSIVE_TOKEN = /^['’]s$/;
const SUBJECT_PRONOUNS = /^(he|she|it|they|we|i)$/;
const DET_PROPN = /^(DET|PROPN)$/;
const ING_PREPOSITIONS = /^(by|before|after|upon)$/;
const SUBJECT_POS = /^(PRON|DET|PROPN)$/;
const SAYS_TELLS = /^(says|tells)$/;
const DETERMINERS = /^(the|a|an|its|their|his|her|our|this|these|those)$/;
const PROPN_ADJ = /^(PROPN|ADJ)$/;
const ADJ_NOUN = /^(ADJ|NOUN)$/;

export { type Frame, makeFrame } from './frame-base.ts';
export { clauseSubject } from './clause-subject.ts';

export function sentenceFrames(ctx: Ctx, si: number): Frame[] {
  const { tokens, sentences } = ctx.nlp;
  const sent = sentences[si]!;
  const frames: Frame[] = [];
  for (let i = sent.firstToken; i < sent.endToken; i++) {
    if (ctx.qs.of[i]! >= 0) continue;
    const t = tokens[i]!;
    let f: Frame | null;
    if (t.norm === 'according' && tokens[i + 1]?.norm === 'to') f = according(ctx, i, si);
    // "Police put the toll at 26": a figure given without a speech verb.
    else f = tollFrame(ctx, i, si);
    if (!f) {
      const cue = verbCue(t.norm);
      if (!cue) continue;
      // '..., reports Reuters.': the tagger often takes an inverted "reports"/"says" for a noun.
      const inverted =
        i > sent.firstToken &&
        (tokens[i - 1]!.text === ',' || isQuoteMark(tokens[i - 1]!)) &&
        (tokens[i + 1]?.pos === 'PROPN' || tokens[i + 1]?.pos === 'DET');
      // "the Associated Press reports that": a present-tense cue after a name, also mis-tagged as a noun.
      // "one in five say they ...": a plain form after a number or plural, before a clause, tagged as a noun.
      const pluralSay =
        SAY_TELL.test(t.norm) &&
        i > sent.firstToken &&
        (COUNTABLE_POS.test(tokens[i - 1]!.pos) || PORTION_WORDS.test(tokens[i - 1]!.norm)) &&
        (tokens[i + 1]?.norm === 'that' || tokens[i + 1]?.pos === 'PRON' || tokens[i + 1]?.pos === 'DET');
      const afterName =
        S_ENDING.test(t.norm) &&
        LOWER_FIRST.test(t.text) &&
        i > sent.firstToken &&
        (tokens[i - 1]!.pos === 'PROPN' || tokens[i - 1]!.pos === 'PRON') &&
        (tokens[i + 1]?.norm === 'that' ||
          tokens[i + 1]?.pos === 'PROPN' ||
          tokens[i + 1]?.pos === 'PRON' ||
          // "Breitbart reports the friends had ...", "C, Isaac Stanley-Becker reports.": a clause or the end.
          (tokens[i + 1]?.pos === 'DET' && tokens.slice(sent.firstToken, i).every((u) => u.pos === 'PROPN')) ||
          (i + 1 < sent.endToken && STOP_MARK.test(tokens[i + 1]!.text)));
      // "The Daily News claims the NRA's refusal is ...", "unions claim it will": a present-tense cue after a
      // common noun, tagged as a noun, with a clause after it (not "insurance claims of $2 million").
      const afterNoun =
        ARGUING_VERBS.test(t.norm) &&
        i > sent.firstToken &&
        NOUN_POS.test(tokens[i - 1]!.pos) &&
        !POSSESSIVE_TOKEN.test(tokens[i - 2]?.text ?? '') &&
        (tokens[i + 1]?.norm === 'that' ||
          (ctx.qs.of[i + 1]! >= 0 && ctx.qs.quotes[ctx.qs.of[i + 1]!]!.open === i + 1) ||
          (tokens[i + 1]?.pos === 'PRON' && SUBJECT_PRONOUNS.test(tokens[i + 1]!.norm)) ||
          (DET_PROPN.test(tokens[i + 1]?.pos ?? '') && finiteAhead(tokens, i + 2, sent.endToken)));
      // "..., a figure the junta disputes.": a final present-tense cue after "<charge noun> <noun phrase>".
      const answering =
        S_ENDING.test(t.norm) &&
        !!cue.object &&
        (i + 1 >= sent.endToken || STOP_MARK.test(tokens[i + 1]!.text)) &&
        tokens
          .slice(Math.max(sent.firstToken, i - 6), i)
          .some((u, k, all) => CHARGE_NOUNS.has(u.norm) && all[k - 1]?.pos === 'DET');
      // "as supporters point/NOUN out", "..., warning/NOUN that C": the particle or the clause makes it a verb.
      const phrasal = !!cue.particle && tokens[i + 1]?.norm === cue.particle;
      const participle =
        ING_ENDING.test(t.norm) && tokens[i - 1]?.text === ',' && tokens[i + 1]?.norm === 'that' && i > sent.firstToken;
      // "rallied supporters by warning darkly that C", "before adding that C": a gerund after a preposition of
      // manner or time, which the tagger often takes for a noun, before a clause or quote.
      const gerund =
        ING_ENDING.test(t.norm) &&
        ING_PREPOSITIONS.test(tokens[i - 1]?.norm ?? '') &&
        i > sent.firstToken &&
        (tokens[i + 1]?.norm === 'that' || tokens[i + 2]?.norm === 'that' || tokens[i + 1]?.text === ',');
      // "workers who claim they were fired": right after "who" a cue form is the relative clause's verb.
      const afterWho =
        i > sent.firstToken &&
        tokens[i - 1]!.norm === 'who' &&
        (tokens[i + 1]?.norm === 'that' || SUBJECT_POS.test(tokens[i + 1]?.pos ?? ''));
      if (!(
        t.pos === 'VERB' ||
        isAlwaysCue(t.norm) ||
        inverted ||
        afterName ||
        afterNoun ||
        answering ||
        pluralSay ||
        phrasal ||
        participle ||
        afterWho ||
        gerund
      ))
        continue;
      // "Taiwan have claims in the area", "will reports": an -s form after an auxiliary is a noun.
      if (S_ENDING.test(t.norm) && i > sent.firstToken && tokens[i - 1]!.pos === 'AUX' && !SAYS_TELLS.test(t.norm))
        continue;
      if (RELAY_PARTICIPLES.has(t.norm)) {
        // "..., quoting him as saying C": the quoted person speaks, the clause's subject relays.
        const qf = quotingFrame(ctx, i, si) ?? citingFrame(ctx, i, si, frames);
        if (qf) frames.push(qf);
        continue;
      }
      if (cue.particle && tokens[i + 1]?.norm !== cue.particle) continue;
      const prev = tokens[i - 1];
      // "the alleged meeting", "a reported deal": a participle used as an adjective.
      // "758 pledged delegates", "the self-described socialist": after a number or a hyphen too; "their disputed
      // border": after a possessive.
      if (
        prev &&
        (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'NUM' || POSSESSIVE.has(prev.norm)) &&
        tokens[i + 1]?.pos === 'NOUN' &&
        i > sent.firstToken
      )
        continue;
      // "near the disputed Scarborough Shoal", "its claimed Antarctic territory": an article or possessive, then
      // the participle, then a name or adjective is a noun phrase too (not "which denied Reuters' report").
      if (prev && DETERMINERS.test(prev.norm) && ED_ENDING.test(t.norm) && PROPN_ADJ.test(tokens[i + 1]?.pos ?? ''))
        continue;
      if (prev?.text === '-' && prev.end === t.start && i > sent.firstToken) continue;
      // "in reported direct mail attacks", "of alleged ties": a participle after a preposition modifies a noun.
      if (
        prev?.pos === 'ADP' &&
        ED_ENDING.test(t.norm) &&
        ADJ_NOUN.test(tokens[i + 1]?.pos ?? '') &&
        prev.norm !== 'by'
      )
        continue;
      if (notSpeech(tokens, i, cue.lemma, sent.endToken)) continue;
      f = verbFrame(ctx, i, cue, si, frames);
    }
    if (f && f.cue.quoteOnly && !f.content.quote) {
      if (!reportedQuestion(ctx, f) || askedToSpeak(ctx, f)) continue;
      requestWithAddressee(ctx, f);
    }
    if (f) frames.push(f);
  }
  return frames;
}

/** A finite verb within the next few words, before any comma: the clause a cue tagged as a noun would take. */
function finiteAhead(tokens: Token[], k: number, end: number): boolean {
  for (let j = k; j < Math.min(end, k + 8); j++) {
    const t = tokens[j]!;
    if (t.text === ',' || isQuoteMark(t)) return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !ING_ENDING.test(t.norm))) return true;
  }
  return false;
}

/** "asked X whether C", "asked X to V", "asked whether C": a reported question or request. */
function reportedQuestion(ctx: Ctx, f: Frame): boolean {
  const { tokens } = ctx.nlp;
  if (f.content.parts.length !== 1) return false;
  // Without an addressee only a question word right after the cue: not "asked to be excused".
  if (!f.addressee) {
    const t = tokens[f.cueTok[1]];
    return !!t && WH_WORDS.has(t.norm) && t.norm !== 'which' && t.start === f.content.start;
  }
  let k = f.cueTok[1];
  while (k < tokens.length && tokens[k]!.start < f.content.start) k++;
  const t = tokens[k];
  return !!t && /^(whether|if|what|why|how|when|where|who|which|to)$/.test(t.norm);
}

/** "asked Jeffrey to confirm C": asking someone to speak asserts nothing of C. */
function askedToSpeak(ctx: Ctx, f: Frame): boolean {
  const { tokens } = ctx.nlp;
  const a = f.addressee;
  const lemma = verbCue(tokens[a?.[1] ?? -1]?.norm === 'to' ? (tokens[a![1] + 1]?.norm ?? '') : '')?.lemma ?? '';
  return /^(confirm|deny|comment|say|explain|respond|clarify|describe|elaborate|specify|tell|testify|answer)$/.test(
    lemma,
  );
}

/** "asked the network to donate C": a request's content is whom it asks with what it asks them to do. */
function requestWithAddressee(ctx: Ctx, f: Frame): void {
  const { tokens } = ctx.nlp;
  const a = f.addressee;
  const c = f.content;
  if (!a || tokens[a[1]]?.norm !== 'to' || tokens[a[1]]!.start !== c.start || c.parts.length !== 1) return;
  c.start = tokens[a[0]]!.start;
  c.parts[0] = [c.start, c.end];
}

/**
 * Cue words in a sense that asserts nothing: "the war claimed 300 lives", "police warned residents to stay
 * indoors" (an order, not a statement), "charged him with murder", "responding to the attack".
 */
function notSpeech(tokens: Token[], i: number, lemma: string, end: number): boolean {
  if (lemma === 'claim') {
    for (let k = i + 1; k < Math.min(end, i + 6); k++) {
      if (/^(lives|life|victims)$/.test(tokens[k]!.norm)) return true;
      if (tokens[k]!.pos === 'VERB' || tokens[k]!.norm === 'that') break;
    }
  }
  // "argued a number of cases before the court": pleading cases, not asserting anything.
  if (lemma === 'argue')
    for (let k = i + 1; k < Math.min(end, i + 6); k++) {
      if (/^(cases?|appeals?|motions?)$/.test(tokens[k]!.norm)) return true;
      if (tokens[k]!.norm === 'that' || tokens[k]!.pos === 'VERB') break;
    }
  // "responding to Armenian provocations": a reaction, not speech ("responded that C" is speech).
  if (lemma === 'respond' && tokens[i + 1]?.norm === 'to') return true;
  // "charged him with attempted murder": an indictment, not an assertion ("charged that C" is one).
  if (lemma === 'charge')
    for (let k = i + 1; k < Math.min(end, i + 6); k++) {
      if (tokens[k]!.norm === 'with') return true;
      if (tokens[k]!.norm === 'that' || tokens[k]!.pos === 'VERB') break;
    }
  if (lemma === 'warn' || lemma === 'advise') {
    // "warned <object> to <verb>": the object is told to act.
    for (let k = i + 1; k < Math.min(end, i + 6); k++) {
      const t = tokens[k]!;
      if (t.norm === 'to' && tokens[k + 1]?.pos === 'VERB') return k > i + 1;
      if (t.norm === 'that' || t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',') break;
    }
  }
  return false;
}
