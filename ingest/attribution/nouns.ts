// Attribution frames cued by a noun instead of a speech verb: "In a statement, the ministry condemned C",
// "X's claim that C". In: tokens, quotes, a sentence index. Out: Frame[] for that sentence.
import type { Token } from '../types.ts';
import { type CueInfo, verbCue } from './cues.ts';
import { type Content, type Ctx, rightContent } from './content.ts';
import { clauseSubject, type Frame, makeFrame } from './frames.ts';
import {
  agentEnd,
  ISSUED_DOCS,
  isQuoteMark,
  PASSED_ON,
  POSSESSIVE,
  rightNP,
  subjectRegion,
  type TokRange,
} from './np.ts';

/** What a speaker issues or gives: "in a statement", "in an interview with X", "in his speech". */
const ISSUED = new Set([
  'statement',
  'interview',
  'letter',
  'speech',
  'address',
  'post',
  'tweet',
  'message',
  'communique',
  'communiqué',
  'release',
  'briefing',
  'remarks',
  'comments',
  'testimony',
  'op-ed',
  'editorial',
  'column',
  'video',
  'broadcast',
  'report',
  'call',
  'conference',
  'appearance',
  'conversation',
  'resolution',
]);

/** Assertion nouns taking a that-clause: "Odinga's claim that C", "her warning that C". */
const ASSERTIONS: Record<string, CueInfo> = {};
for (const n of [
  'claim',
  'claims',
  'assertion',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'insistence',
  'warning',
  'warnings',
  'argument',
  'contention',
  'statement',
  'announcement',
  'promise',
  'pledge',
  'prediction',
  'suggestion',
  'assurance',
  'assurances',
  'charge',
  'charges',
  'remarks',
  'comments',
  'comment',
  'message',
  'view',
  'belief',
])
  ASSERTIONS[n] = { lemma: n, stance: 'claims' };
for (const n of ['denial', 'denials', 'rejection']) ASSERTIONS[n] = { lemma: n, stance: 'denies' };
for (const n of ['confirmation', 'admission', 'acknowledgment', 'acknowledgement'])
  ASSERTIONS[n] = { lemma: n, stance: 'confirms' };

/** Verbs that make "the statement that he issued" a relative clause, not the statement's content. */
const PRODUCE = new Set([
  'made',
  'make',
  'issued',
  'issue',
  'released',
  'gave',
  'give',
  'published',
  'posted',
  'wrote',
  'delivered',
  'read',
  'sent',
  'signed',
  'received',
  'heard',
  'saw',
  'rejected',
  'denied',
  'repeated',
  'dismissed',
  'has',
  'had',
  'have',
]);

const DETS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'this', 'that', 'one', 'another']);

function outsideQuotes(ctx: Ctx, k: number): boolean {
  return ctx.qs.of[k]! < 0;
}

/**
 * Noun-cued frames of a sentence. "In a statement, X condemned C" only where no speech verb spoke already
 * (`hasVerbFrames`); "X's claim that C" always, as it names a different statement than the sentence's verb.
 */
export function nounFrames(ctx: Ctx, si: number, hasVerbFrames: boolean): Frame[] {
  const f = hasVerbFrames ? null : issuedFrame(ctx, si);
  return f ? [f] : assertionFrames(ctx, si);
}

/**
 * "In a statement, the ministry condemned the attack." / "The ministry, in a statement, condemned ..." /
 * "X condemned the attack in a statement." The clause's subject is the source and its predicate the content.
 */
function issuedFrame(ctx: Ctx, si: number): Frame | null {
  const { tokens, sentences } = ctx.nlp;
  const { firstToken: first, endToken: end } = sentences[si]!;
  for (let k = first; k < end - 3; k++) {
    if (tokens[k]!.norm !== 'in' || !outsideQuotes(ctx, k)) continue;
    let h = k + 1;
    if (!DETS.has(tokens[h]!.norm)) continue;
    h++;
    while (h < end && h - k <= 5 && !ISSUED.has(tokens[h]!.norm) && /^(ADJ|NOUN|PROPN|NUM)$/.test(tokens[h]!.pos)) h++;
    if (h >= end || !ISSUED.has(tokens[h]!.norm) || tokens[h]!.pos !== 'NOUN') continue;
    // The rest of the phrase: "with Reuters", "to parliament", "on Monday", "released on Thursday".
    let p = h + 1;
    let addressee: TokRange | null = null;
    if (/^(with|to)$/.test(tokens[p]?.norm ?? '')) {
      const np = rightNP(tokens, p + 1, end);
      if (np) {
        addressee = np;
        p = np[1];
      }
    }
    const cueTok: TokRange = [k, h + 1];
    const atStart = leadingOnly(tokens, first, k);
    let content: Content | null;
    let source: TokRange[] | null;
    if (atStart) {
      // Skip the rest of the opening phrase up to its comma.
      let c = p;
      while (c < end && tokens[c]!.text !== ',' && c - p < 8) c++;
      if (tokens[c]?.text !== ',') return null;
      const v = mainVerb(ctx, c + 1, end);
      if (v < 0) return null;
      const subj = subjectRegion(tokens, v - 1, c + 1);
      if (!subj || subj[0] !== c + 1 + leaders(tokens, c + 1, subj[0])) return null;
      source = [subj];
      content = predicate(ctx, v, end);
    } else {
      const v = mainVerb(ctx, first, k);
      if (v < 0) {
        // "The ministry, in a statement, condemned ...": the verb follows the phrase.
        let c = p;
        while (c < end && tokens[c]!.text !== ',' && c - p < 8) c++;
        if (tokens[c]?.text !== ',' || tokens[k - 1]?.text !== ',') return null;
        const v2 = mainVerb(ctx, c + 1, end);
        if (v2 !== c + 1 && !(v2 === c + 2 && tokens[c + 1]!.pos === 'ADV')) return null;
        const subj = subjectRegion(tokens, k - 2, first);
        if (!subj || subj[0] !== first + leaders(tokens, first, subj[0])) return null;
        source = [subj];
        content = predicate(ctx, v2, end);
      } else {
        // "The ministry condemned the attack in a statement": the phrase ends the sentence.
        if (!tailOnly(tokens, p, end)) return null;
        // "did not mention the attack in his nightly address": what a speech left out asserts nothing.
        if (negated(tokens, v)) return null;
        const subj = clauseSubject(ctx, si, v + 1);
        if (!subj) return null;
        source = [subj[0]!];
        content = predicate(ctx, v, k);
      }
    }
    if (!content || !source) return null;
    const f = makeFrame({ lemma: 'statement', stance: 'claims' }, cueTok, si, content);
    f.sources = source;
    f.addressee = addressee;
    return f;
  }
  return null;
}

/** A predicate negated at its verb `v` (or the auxiliary `v` opens): "did not mention", "never said". */
function negated(tokens: Token[], v: number): boolean {
  const not = (k: number) => /^(?:not|n't|n’t|never)$/.test(tokens[k]?.norm ?? '');
  return not(v - 1) || (tokens[v]!.pos === 'AUX' && not(v + 1));
}

/** Only conjunctions and adverbs between `from` and `to`: the phrase opens the sentence. */
function leadingOnly(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (tokens[j]!.pos !== 'CCONJ' && tokens[j]!.pos !== 'ADV') return false;
  return true;
}
function leaders(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let j = from; j < to && (tokens[j]!.pos === 'CCONJ' || tokens[j]!.pos === 'ADV'); j++) n++;
  return to - from === n ? n : -1;
}
/** Only time words and punctuation after the phrase: it ends the sentence. */
function tailOnly(tokens: Token[], p: number, end: number): boolean {
  for (let j = p; j < end; j++) {
    const t = tokens[j]!;
    if (t.pos === 'PUNCT' || /^(on|last|this|late|early|earlier)$/.test(t.norm) || t.pos === 'PROPN' || t.pos === 'NUM')
      continue;
    return false;
  }
  return true;
}

/** The first finite verb of a clause from `from`, outside quotes, or -1 (a participle after a noun is skipped). */
function mainVerb(ctx: Ctx, from: number, end: number): number {
  const { tokens } = ctx.nlp;
  for (let j = from; j < end; j++) {
    const t = tokens[j]!;
    // Quote marks inside the clause ('that Ecuador "must pay"') are passed over; commas end the search.
    if (isQuoteMark(t)) continue;
    if (t.text === ',' || t.text === ';') return -1;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      const prev = tokens[j - 1];
      if (
        j > from &&
        prev &&
        (prev.pos === 'NOUN' || prev.pos === 'PROPN') &&
        /(ing|ed)$/.test(t.norm) &&
        t.pos === 'VERB'
      ) {
        // "officials based in X condemned": a participle modifier; keep looking.
        if (tokens[j + 1]?.pos === 'ADP') continue;
      }
      return j;
    }
  }
  return -1;
}

/**
 * The predicate from its verb to `end`, as content. Not when it is itself a speech verb the verb stage could
 * not read, nor a passive ("he was asked"): those say nothing the speaker asserted.
 */
function predicate(ctx: Ctx, v: number, end: number): Content | null {
  const { tokens } = ctx.nlp;
  if (verbCue(tokens[v]!.norm)) return null;
  if (tokens[v]!.pos === 'AUX' && /^(was|were|is|are|been|be|being)$/.test(tokens[v]!.norm)) {
    let k = v + 1;
    while (k < end && tokens[k]!.pos === 'ADV') k++;
    if (tokens[k]?.pos === 'VERB' && /ed$/.test(tokens[k]!.norm)) return null;
  }
  const c = rightContent(ctx, v, end);
  return c && c.lastTok > v ? c : null;
}

/**
 * "Odinga's claim that the vote was rigged", "her denial that she knew": the possessor is the source, the
 * that-clause the content. A relative clause ("the claim that he made") is not content.
 */
function assertionFrames(ctx: Ctx, si: number): Frame[] {
  const { tokens, sentences } = ctx.nlp;
  const { firstToken: first, endToken: end } = sentences[si]!;
  const out: Frame[] = [];
  for (let k = first + 1; k < end - 3; k++) {
    // "that" first: the cheapest test, and the one nearly every token fails (this runs on every token).
    if (tokens[k + 1]!.norm !== 'that') continue;
    const cue = ASSERTIONS[tokens[k]!.norm];
    if (!cue || tokens[k]!.pos !== 'NOUN' || !outsideQuotes(ctx, k)) continue;
    const source = possessor(tokens, k, first);
    if (!source) continue;
    // The clause after "that" needs a subject of its own and a verb that is not "made"/"issued" with a gap.
    const v = mainVerb(ctx, k + 2, end);
    if (v < 0 || v === k + 2 || PRODUCE.has(tokens[v]!.norm)) continue;
    const after = tokens[v + 1];
    if (!after || (after.pos === 'PUNCT' && !isQuoteMark(after))) continue;
    const content = rightContent(ctx, k + 2, end);
    if (!content) continue;
    cutAtMainVerb(ctx, content, v);
    const f = makeFrame(cue, [k, k + 1], si, content);
    f.sources = [source];
    out.push(f);
  }
  return out;
}

const NO_CUT_BEFORE = new Set(['AUX', 'PART', 'CCONJ', 'SCONJ', 'PRON', 'ADP', 'ADV', 'DET']);

/**
 * "X's claim that the vote was rigged angered Y": the that-clause ends where the sentence's own verb starts —
 * a second verb right after the clause's verb group and object, with no conjunction or relative before it.
 */
function cutAtMainVerb(ctx: Ctx, c: Content, v: number): void {
  const { tokens } = ctx.nlp;
  // Past the clause's verb group: auxiliaries, adverbs and one main verb ("was quickly rigged").
  let j = v;
  while (j <= c.lastTok && /^(AUX|ADV|PART)$/.test(tokens[j]!.pos)) j++;
  if (j <= c.lastTok && tokens[j]!.pos === 'VERB') j++;
  for (; j <= c.lastTok; j++) {
    const t = tokens[j]!;
    if (isQuoteMark(t)) continue;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    const prev = tokens[j - 1]!;
    if (NO_CUT_BEFORE.has(prev.pos) || /^(to|that|who|which|,)$/.test(prev.norm)) continue;
    const e = tokens[j - 1]!.end;
    c.end = e;
    c.parts = [[c.start, e]];
    c.lastTok = j - 1;
    return;
  }
}

/**
 * A verb frame's content that ends in "in a statement (on Monday)" loses that phrase: it tells how the
 * speaker spoke, not what ("denied the report in a statement").
 */
export function trimIssuedTail(ctx: Ctx, c: Content, cueEnd: number): void {
  const { tokens } = ctx.nlp;
  if (c.quote || c.parts.length !== 1) return;
  for (let k = cueEnd; k < c.lastTok; k++) {
    if (tokens[k]!.norm !== 'in' || tokens[k]!.start < c.start || !DETS.has(tokens[k + 1]?.norm ?? '')) continue;
    let h = k + 2;
    while (h <= c.lastTok && h - k <= 4 && !ISSUED.has(tokens[h]!.norm) && /^(ADJ|NOUN)$/.test(tokens[h]!.pos)) h++;
    if (h > c.lastTok || !ISSUED.has(tokens[h]!.norm)) continue;
    // "in a phone call with state television": the partner phrase belongs to the aside too.
    let p = h + 1;
    if (/^(with|to)$/.test(tokens[p]?.norm ?? '')) p = rightNP(tokens, p + 1, c.lastTok + 1)?.[1] ?? p;
    if (!tailOnly(tokens, p, c.lastTok + 1)) continue;
    let e = k - 1;
    while (e > cueEnd && tokens[e]!.text === ',') e--;
    if (tokens[e]!.start <= c.start) return;
    c.end = tokens[e]!.end;
    c.parts = [[c.start, c.end]];
    c.lastTok = e;
    return;
  }
}

/**
 * Who passed a speaker's words on to the writer, anywhere in the sentence. `outletOnly`: the phrase names whom the
 * speaker talked to ("in an interview with Reuters", "Speaking to SABC News,"), a relay only when it is an outlet;
 * otherwise whoever it names relays ("a statement carried by the Sudan Tribune", "a message relayed by the SITE
 * Intelligence Group", "its statement as quoted by RTN", "..., as quoted by TASS").
 */
export interface PassedOn {
  np: TokRange;
  outletOnly: boolean;
  /** First token of the phrase ("as" of "as quoted by X"). */
  tag: number;
}

/**
 * "a message relayed by X", "its statement as quoted by X", "a text received by X" ("read on state television" is the
 * speaker's own medium).
 */
const RELAYED = new Set([...PASSED_ON, 'relayed', 'received']);
/** Documents passed on: the issued ones and "a text received by X", "a text sent to X". */
const PASSED_DOCS = new Set([...ISSUED_DOCS, 'text']);
const RELAYED_AS = /^(quoted|cited|reported|relayed|carried)$/;

export function passedOn(ctx: Ctx, si: number): PassedOn | null {
  const { tokens, sentences } = ctx.nlp;
  const { firstToken: first, endToken: end } = sentences[si]!;
  const agent = (tag: number, k: number, outletOnly: boolean): PassedOn | null => {
    const e = agentEnd(tokens, k, end);
    return e === null ? null : { np: [k, e], outletOnly, tag };
  };
  for (let k = first; k < end - 2; k++) {
    if (!outsideQuotes(ctx, k)) continue;
    const w = tokens[k]!.norm;
    const next = tokens[k + 1]!.norm;
    if ((w === 'interview' && /^(with|to)$/.test(next)) || (w === 'speaking' && /^(to|on)$/.test(next))) {
      const np = rightNP(tokens, k + 2, end);
      return np ? { np, outletOnly: true, tag: k } : null;
    }
    if (PASSED_DOCS.has(w)) {
      const p = next === 'as' ? k + 2 : k + 1;
      if (RELAYED.has(tokens[p]?.norm ?? '') && tokens[p + 1]?.norm === 'by') return agent(k, p + 2, false);
      // "a statement sent to the regional daily Corse-Matin": whom it was sent to, a relay when it is an outlet ("a
      // letter sent to the Taliban" is addressed to them).
      if (tokens[p]?.norm === 'sent' && tokens[p + 1]?.norm === 'to') return agent(k, p + 2, true);
    }
    if (w === 'as' && RELAYED_AS.test(next) && tokens[k + 2]?.norm === 'by') return agent(k, k + 3, false);
  }
  return null;
}

/** "said C, as quoted by the daily X.": a relay tag closing the content is not part of it. */
export function trimPassedTail(ctx: Ctx, c: Content, by: PassedOn): void {
  const { tokens } = ctx.nlp;
  if (c.quote || c.parts.length !== 1 || tokens[by.tag]!.norm !== 'as') return;
  if (tokens[by.tag]!.start <= c.start || tokens[by.tag]!.start >= c.end) return;
  if (tokens.slice(by.np[1], c.lastTok + 1).some((t) => t.pos !== 'PUNCT')) return;
  let e = by.tag - 1;
  while (e > 0 && tokens[e]!.text === ',') e--;
  if (tokens[e]!.start <= c.start) return;
  c.end = tokens[e]!.end;
  c.parts = [[c.start, c.end]];
  c.lastTok = e;
}

/** "Odinga's claim" → Odinga; "his claim" → his; "the claim" → none. */
function possessor(tokens: Token[], k: number, first: number): TokRange | null {
  let j = k - 1;
  while (j > first && tokens[j]!.pos === 'ADJ') j--;
  const t = tokens[j]!;
  if (POSSESSIVE.has(t.norm)) return [j, j + 1];
  if ((t.norm === "'s" || t.norm === '’s' || t.text === "'") && j > first) {
    let s = j - 1;
    while (s >= first && tokens[s]!.pos === 'PROPN') s--;
    if (s + 1 < j) return [s + 1, j];
  }
  return null;
}
