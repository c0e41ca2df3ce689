// A cue answering the clause before it: "..., which Moscow denied", "..., a charge Asmara rejected". In: the cue's
// subject and the frames found earlier in the sentence. Out: the answering speaker and what is answered.
import { type Content, type Ctx, leftContent, trim } from './content.ts';
import type { CueInfo } from './cues.ts';
import { type Frame, tailAt } from './frame-base.ts';
import type { TokRange } from './np.ts';

/** Nouns naming an assertion another speaker answers: "a charge X denied", "an accusation X rejected". */
export const CHARGE_NOUNS = new Set([
  'charge',
  'charges',
  'accusation',
  'accusations',
  'allegation',
  'allegations',
  'claim',
  'claims',
  'assertion',
  'suggestion',
  'account',
  'version',
  'assessment',
  'characterization',
  'characterisation',
  'report',
  'reports',
  'statement',
  'figure',
  'figures',
  'estimate',
  'toll',
  'description',
]);

/**
 * A content-first cue whose subject is a relative ("..., which Moscow denied") or an appositive naming the
 * assertion ("..., a charge Asmara rejected"): the speaker is the actor after "which"/the noun, and the content
 * is what the clause before the comma asserts — an earlier attribution's content ending there (the charge
 * itself), else that clause, or the that-clause of a noun before it ("the claim that C, which X denied").
 */
export function answeredClause(
  ctx: Ctx,
  subj: TokRange,
  cueAt: number,
  R: number,
  end: number,
  first: number,
  earlier: Frame[],
  cue: CueInfo,
  cueEnd: number,
): { source: TokRange; content: Content } | null {
  const { tokens } = ctx.nlp;
  let s = subj[0];
  const before = tokens[s - 1];
  let lead = s;
  if (tokens[s]!.norm === 'which' || tokens[s]!.norm === 'something') s++;
  else if (before?.norm === 'which' && tokens[s - 2]?.text === ',') lead = s - 1;
  else if (
    /^(a|an|the|this|that)$/.test(tokens[s]!.norm) &&
    CHARGE_NOUNS.has(tokens[s + 1]?.norm ?? '') &&
    tokens[s + 1]!.pos === 'NOUN'
  ) {
    s += 2;
    if (tokens[s]?.norm === 'which' || tokens[s]?.norm === 'that') s++;
  } else return null;
  if (s >= subj[1]) return null;
  const b = lead - 1;
  if (b <= first || tokens[b]!.text !== ',' || ctx.qs.of[b]! >= 0) return null;
  // Only the end of the clause: "..., which X denied." or "..., which X denied, was ..."
  if (!tailAt(ctx, R, end)) return null;
  const prior = earlier.filter((f) => f.sentence === tokens[cueAt]!.sentence && f.content.start < tokens[b]!.start);
  // Of the attributions ending at the comma, the outermost one ("X said A had promised B, a claim Y questioned"
  // answers what X said, not the promise inside it).
  const reaching = prior.filter((f) => f.content.lastTok >= b - 2);
  const last = reaching.length
    ? reaching.reduce((a, f) => (f.content.start < a.content.start ? f : a))
    : prior[prior.length - 1];
  // 'X said C, a figure Y disputes.': X's content ran on over the answer; it ends at the comma.
  if (last && last.content.lastTok >= b && !last.content.quote && last.content.parts.length === 1) {
    const e = tokens[b - 1]!.end;
    last.content.end = e;
    last.content.parts = [[last.content.start, e]];
    last.content.lastTok = b - 1;
  }
  let content: Content | null;
  if (last && last.content.lastTok >= b - 2) content = { ...last.content, parts: [...last.content.parts] };
  else {
    // An earlier attribution in the sentence whose content stops short: too tangled to tell what is answered.
    if (last) return null;
    let from = first;
    // "The claim that C, which X denied": C.
    if (
      /^(a|an|the|this|that)$/.test(tokens[from]!.norm) &&
      CHARGE_NOUNS.has(tokens[from + 1]?.norm ?? '') &&
      tokens[from + 2]?.norm === 'that'
    )
      from += 3;
    content = leftContent(ctx, b, from);
  }
  if (!content) return null;
  // "X, which Y accused of arming rebels,": the accusation is the antecedent with its complement.
  if (
    (cue.lemma === 'accuse' || cue.lemma === 'blame') &&
    /^(of|for)$/.test(tokens[cueEnd]?.norm ?? '') &&
    R > cueEnd + 1
  ) {
    const tail = trim(ctx, tokens[cueEnd]!.start, tokens[R - 1]!.end);
    if (tail) content = { ...content, end: tail[1], parts: [...content.parts, tail], quote: false, lastTok: R - 1 };
  }
  return { source: [s, subj[1]], content };
}
