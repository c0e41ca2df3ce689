// "citing X" and "quoting X as saying": X as a voice the clause's subject relays, or as the reason it gives.
import type { Token } from '../types.ts';
import { clauseSubject } from './clause-subject.ts';
import { type Ctx, rightContent } from './content.ts';
import { verbCue } from './cues.ts';
import { type Frame, makeFrame } from './frame-base.ts';
import { rightNP, type TokRange } from './np.ts';
import { ANON_HEADS, ORG_WORDS } from './speaker-words.ts';

/**
 * Whether "citing NP" names someone who said it (a name, a pronoun, "sources", "the health ministry") rather than
 * a reason or a document nobody is said to speak through ("citing the deal", "citing rising costs", "citing
 * intelligence reports"): then the clause's subject stays the speaker.
 */
export function citesAVoice(tokens: Token[], np: TokRange): boolean {
  for (let k = np[0]; k < np[1]; k++) {
    const t = tokens[k]!;
    // "citing Trump's blue-collar appeal", "citing his Iowa results": an owner or a name modifying a noun is
    // no voice; the thing cited is.
    const owner = /^['’]s?$/.test(tokens[k + 1]?.text ?? '') || /^(his|her|its|their|our|my|your)$/.test(t.norm);
    const modifier = t.pos === 'PROPN' && k + 1 < np[1] && tokens[k + 1]!.pos === 'NOUN';
    if (owner || modifier) continue;
    if (t.pos === 'PROPN' || t.pos === 'PRON' || ANON_HEADS.has(t.norm) || ORG_WORDS.has(t.norm)) return true;
  }
  return false;
}

/** "X reported C, quoting Y as saying D": a frame for D with source Y and relay X (the clause subject). */
export function quotingFrame(ctx: Ctx, i: number, si: number): Frame | null {
  const { tokens, sentences } = ctx.nlp;
  const { firstToken: first, endToken: end } = sentences[si]!;
  if (tokens[i]!.norm !== 'quoting' || i <= first || tokens[i - 1]!.text !== ',') return null;
  const np = rightNP(tokens, i + 1, end);
  if (!np || tokens[np[1]]?.norm !== 'as' || !verbCue(tokens[np[1] + 1]?.norm ?? '')) return null;
  const content = rightContent(ctx, np[1] + 2, end);
  if (!content) return null;
  const f = makeFrame({ lemma: 'quote', stance: 'claims', relay: true }, [i, i + 1], si, content);
  f.sources = [np];
  const subj = clauseSubject(ctx, si, i);
  if (subj) f.relays = [subj[0]!];
  return f;
}

/**
 * "Gov. Brown endorsed her, citing her long experience", "The airline cancelled flights, citing the storm": a
 * reason the clause's subject gives, also after its speech ('"C," X said, citing low growth'). Not when what is
 * cited is a voice ("citing officials", "citing Reuters"): that relays a speaker.
 */
export function citingFrame(ctx: Ctx, i: number, si: number, earlier: Frame[]): Frame | null {
  const { tokens, sentences } = ctx.nlp;
  const { firstToken: first, endToken: end } = sentences[si]!;
  if (tokens[i]!.norm !== 'citing' || i <= first + 1 || !/^[,—–]$/.test(tokens[i - 1]!.text)) return null;
  // After a speech frame the cited reason is the speaker's too ('"C," McCain said, citing low growth'), unless
  // that frame already took what is cited as its relayed source.
  if (earlier.some((f) => f.sentence === si && f.relays.length && f.cueTok[0] < i)) return null;
  const np = rightNP(tokens, i + 1, end);
  if (!np) return null;
  const head = tokens[np[1] - 1]!;
  if (head.pos === 'PROPN' || head.pos === 'PRON' || ANON_HEADS.has(head.norm) || ORG_WORDS.has(head.norm)) return null;
  const content = rightContent(ctx, i + 1, end);
  const subj = clauseSubject(ctx, si, i - 1);
  // Only a reason that ends the sentence: in "X, citing Y, endorsed Z" the citation is an aside of the subject.
  if (!content || !subj || tokens.slice(content.lastTok + 1, end).some((t) => t.pos !== 'PUNCT')) return null;
  if (tokens.slice(subj[0]![0], subj[0]![1]).some((t) => /^(who|whose|which)$/.test(t.norm))) return null;
  const f = makeFrame({ lemma: 'cite', stance: 'claims' }, [i, i + 1], si, content);
  f.sources = [subj[0]!];
  f.alts = subj.slice(1);
  return f;
}
