// Content after the cue: "X said C", "Serbia has denied involvement", and its end in a fronted subordinate clause
// ("While Ana said C, Bo ...") or before a comparison of the writer's. In: a VerbSite, its sources. Out: the frame.
import { clauseLike, rightContent } from '../content.ts';
import { endAtComma, endBeforeComparison, SUBORD_OPENERS } from '../content-ends.ts';
import { type Frame, makeFrame } from '../frame-base.ts';
import type { TokRange } from '../np.ts';
import { finish, type VerbSite } from './site.ts';

export function contentAfter(s: VerbSite, sources: TokRange[], sharedAlts: TokRange[]): Frame | null {
  const { ctx, tokens, R, end, cue } = s;
  if (!cue.object && cue.lemma !== 'say' && cue.lemma !== 'tell' && !clauseLike(ctx, R, end)) return null;
  // "reported $2 million of income": an amount, not a statement.
  if (!cue.object && tokens[R]?.norm === 'of') return null;
  const content = rightContent(ctx, R, end);
  // One word is content only as what is denied or confirmed: "Serbia has denied involvement".
  // Not after a pronoun: "The daily wrote that he denied wrongdoing" stays the daily's claim.
  const pronoun =
    sources.length === 1 && sources[0]![1] - sources[0]![0] === 1 && tokens[sources[0]![0]]!.pos === 'PRON';
  const oneNoun =
    !pronoun && /^(deny|reject|confirm|admit)$/.test(cue.lemma) && tokens[content?.lastTok ?? -1]?.pos === 'NOUN';
  if (!content || (content.lastTok - R < 1 && !content.quote && !oneNoun)) return null;
  if (inFrontedClause(s, sources)) endAtComma(ctx, content, R);
  endBeforeComparison(ctx, content, R);
  const f = makeFrame(cue, s.cueTok, s.si, content, ctx);
  f.sources = sources;
  if (sources.length === 1) f.alts = sharedAlts;
  return finish(s, f);
}

/** "While Ana said C, Bo ...": whether the cue's clause is a fronted subordinate one, whose content ends at its comma. */
function inFrontedClause(s: VerbSite, sources: TokRange[]): boolean {
  const { tokens, first } = s;
  let before = sources[0]![0] - 1;
  // "But when Mr. Hurt asked ...": the tagger calls "when" an adverb; as an adverb it opens the clause only
  // at the start of the sentence or of a clause joined by "and"/"but" ("..., and while he said C, ...").
  let advOpener = -1;
  while (before > first && tokens[before]!.pos === 'ADV') {
    if (advOpener < 0 && SUBORD_OPENERS.has(tokens[before]!.norm)) advOpener = before;
    before--;
  }
  let p = advOpener - 1;
  while (p >= first && tokens[p]!.pos === 'CCONJ') p--;
  const fronted = advOpener >= 0 && (p < first || (p < advOpener - 1 && tokens[p]!.text === ','));
  return SUBORD_OPENERS.has(tokens[before]?.norm ?? '') || fronted;
}
