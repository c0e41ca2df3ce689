// Participle cues: '..., adding that C' (the clause's speaker), "a statement saying C" (the noun's issuer),
// "Noting that C, X said" (fronted) and progressives ("is telling supporters that C"); any other -ing form is a
// gerund, too ambiguous to read. In: a VerbSite. Out: a Reading (see site.ts).
import { clauseSubject, speakerLike } from '../clause-subject.ts';
import { type Ctx, datelineEnd, newClauseAt, rightContent } from '../content.ts';
import { type CueInfo, SPEECH_NOUNS, verbCue } from '../cues.ts';
import { clauseAfter, type Frame, isClosing, leftNP, makeFrame, opensSentenceAt, TIME_NOUNS } from '../frame-base.ts';
import { BE, rightNP, type TokRange } from '../np.ts';
import { finish, type Reading, type VerbSite } from './site.ts';

export function participleFrame(s: VerbSite): Reading {
  const { ctx, tokens, i, L, first } = s;
  if (!tokens[i]!.norm.endsWith('ing')) return undefined;
  const lt0 = L >= first ? tokens[L]! : null;
  if (lt0 && joinsClause(s)) return clauseParticiple(s);
  // Not "what voters are saying": after an auxiliary the participle is a progressive verb (see below).
  if (lt0 && L === i - 1 && (lt0.pos === 'NOUN' || lt0.pos === 'PROPN' || inTen(s)) && !s.cue.relay)
    return nounParticiple(s);
  if (opensSentenceAt(ctx, i - 1, datelineEnd(tokens, first, i)))
    return frontedParticiple(ctx, s.cue, s.cueTok, s.R, s.si);
  if (L >= first && !isProgressive(s)) return null; // gerunds: too ambiguous
  return undefined;
}

/** "X is telling supporters that C", "she is arguing that C": a progressive with a clause or quote after it. */
export function isProgressive(s: VerbSite): boolean {
  const { ctx, tokens, i, R, end } = s;
  return (
    s.left.passive &&
    tokens[i]!.norm.endsWith('ing') &&
    BE.has(tokens[i - 1]?.norm ?? '') &&
    (clauseAfter(ctx, R, end, true) || (ctx.qs.of[R]! >= 0 && !isClosing(ctx, R)))
  );
}

/** Whether the word before the participle joins it to a clause: ", adding", "and saying", "by warning". */
function joinsClause(s: VerbSite): boolean {
  const { ctx, tokens, i, L, R, end } = s;
  const lt0 = tokens[L]!;
  return (
    lt0.text === ',' ||
    lt0.text === '—' ||
    lt0.text === '–' ||
    lt0.norm === 'and' ||
    lt0.norm === 'while' ||
    lt0.norm === 'by' ||
    // "responded before adding that C", "upon hearing" is no speech (no clause follows it).
    ((lt0.norm === 'before' || lt0.norm === 'after' || lt0.norm === 'upon') && clauseAfter(ctx, R, end, true)) ||
    // "at one point calling the mayor a liar": a time adverbial, not a noun the participle modifies.
    (TIME_NOUNS.has(lt0.norm) && L === i - 1)
  );
}

/**
 * '..., adding that C': the speaker is the clause's, the previous speaker in the sentence, else the subject of the
 * main clause ("Clinton attacked Trump, saying C").
 */
function clauseParticiple(s: VerbSite): Frame | null {
  const { ctx, si, L } = s;
  const stop = asideEnd(s);
  const content = rightContent(ctx, s.R, stop);
  if (!content) return null;
  const f = makeFrame(s.cue, s.cueTok, si, content, ctx);
  // In an aside, the subject before it speaks: "Senator Ann Lee, acknowledging that C, said D" (the verb after the
  // aside is a speech verb, so its subject is a speaker).
  const subject = stop < s.end ? leftNP(s.tokens, L - 1, s.first) : null;
  if (subject && /^(NOUN|PROPN)$/.test(s.tokens[subject[1] - 1]!.pos)) {
    f.sources = [subject];
    return finish(s, f);
  }
  // The subject of a clause joined after the first one ("..., and X has sued, saying C") is nearer than the
  // sentence's earlier speaker.
  const nearer = clauseSubject(ctx, si, L, true);
  f.inherit = !nearer;
  const subj = nearer ?? clauseSubject(ctx, si, L);
  if (subj) {
    f.sources = [subj[0]!];
    f.alts = subj.slice(1);
  }
  return finish(s, f);
}

/**
 * "Senator Ann Lee, acknowledging that the vote was close, said D": a participle in an aside between the subject and
 * its verb; its content ends at the comma before that verb. Else the sentence's end.
 */
function asideEnd(s: VerbSite): number {
  const { ctx, tokens, R, end, L } = s;
  if (tokens[L]!.text !== ',') return end;
  for (let c = R + 1; c + 1 < end; c++) {
    if (ctx.qs.of[c]! >= 0 || tokens[c]!.text !== ',') continue;
    const v = tokens[c + 1]!;
    if (v.pos === 'VERB' && !v.norm.endsWith('ing') && verbCue(v.norm) && !tailAfter(tokens, c + 2, end)) return c;
  }
  return end;
}

/** Whether only a noun phrase and the final stop follow ("..., said the minister."): an inverted tag, not a verb. */
function tailAfter(tokens: readonly { pos: string; text: string }[], k: number, end: number): boolean {
  while (k < end && /^(DET|ADJ|NOUN|PROPN)$/.test(tokens[k]!.pos)) k++;
  return k >= end || /^[.!?]$/.test(tokens[k]!.text);
}

/** "three in 10 saying C": a share ending in a number right before the participle. */
function inTen(s: VerbSite): boolean {
  const { tokens, L, first } = s;
  return L - 2 >= first && tokens[L]!.pos === 'NUM' && tokens[L - 1]!.norm === 'in' && tokens[L - 2]!.pos === 'NUM';
}

/** "a group of voters saying C", "a statement saying C": a participle modifying the noun before it. */
function nounParticiple(s: VerbSite): Frame | null {
  const { ctx, tokens, si, L, R, end, first } = s;
  let np = leftNP(tokens, L, first);
  if (np && inTen(s)) np = [L - 2, L + 1];
  const content = np && rightContent(ctx, R, end);
  // Only with a clause: "a statement saying the talks failed", not "language highlighting concerns".
  if (!np || !content || (!content.quote && !clauseAfter(ctx, R, end, true))) return null;
  const f = makeFrame(s.cue, s.cueTok, si, content, ctx);
  // "the minister opened the debate saying C", "protesters carried signs saying C": a thing that cannot speak
  // leaves the claim to the clause's subject, as a statement leaves it to its issuer.
  const head = tokens[np[1] - 1]!.norm;
  const issuer = SPEECH_NOUNS.has(head) || !speakerLike(tokens, np) ? clauseSubject(ctx, si, np[0]) : null;
  f.sources = issuer ? [issuer[0]!] : [np];
  f.alts = issuer ? issuer.slice(1) : [];
  return finish(s, f);
}

/**
 * "Noting that the currency had fallen, the governor warned ...", "Acknowledging that talks had stalled, Ruto
 * said ...": a speech participle opening the sentence; its content runs to the comma before the main clause, whose
 * subject speaks. Only with a that-clause or a quote after the cue ("Recalling that moment, X said" asserts nothing).
 */
function frontedParticiple(ctx: Ctx, cue: CueInfo, cueTok: TokRange, R: number, si: number): Frame | null {
  const { tokens, sentences } = ctx.nlp;
  const end = sentences[si]!.endToken;
  const opened = ctx.qs.of[R]! >= 0 && ctx.qs.quotes[ctx.qs.of[R]!]!.open === R;
  if (cue.relay || !(tokens[R]?.norm === 'that' || opened)) return null;
  for (let c = R + 1; c < end - 2; c++) {
    if (tokens[c]!.text !== ',' || (ctx.qs.of[c]! >= 0 && !isClosing(ctx, c + 1))) continue;
    const after = isClosing(ctx, c + 1) ? c + 2 : c + 1;
    if (!newClauseAt(ctx, after, end, false)) continue;
    const t = tokens[after]!;
    const subj = t.pos === 'PRON' ? ([after, after + 1] as TokRange) : rightNP(tokens, after, end);
    const content = rightContent(ctx, R, c);
    if (!subj || !content) return null;
    // No ctx: 'Acknowledging that the army "made mistakes," X said' keeps the whole clause, not just the quote.
    const f = makeFrame(cue, cueTok, si, content);
    f.sources = [subj];
    return f;
  }
  return null;
}
