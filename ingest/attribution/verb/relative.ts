// A relative pronoun as the cue's subject: "..., the Arab League, which said C" (the noun phrase before the comma
// speaks) and "the dam, which engineers described as 'a disaster'" (what the speaker called the antecedent).
// In: a VerbSite and its subject. Out: a Reading (see site.ts).
import { coordinated } from '../clause-subject.ts';
import { rightContent } from '../content.ts';
import { endBeforeMainVerb } from '../content-ends.ts';
import { isClosing, leftNP, makeFrame, tailAt, withPossessor } from '../frame-base.ts';
import type { TokRange } from '../np.ts';
import { finish, type Reading, type VerbSite } from './site.ts';

/**
 * "..., the Arab League, which said C": the relative pronoun stands for the noun phrase before its comma.
 * An object cue too after "who": "Mike Pence, who called their son \"a hero\"" (not "..., which X denied").
 */
export function relativeFrame(s: VerbSite, subj: TokRange): Reading {
  const { ctx, tokens, cue, R, end } = s;
  if (!(
    (!cue.object || tokens[subj[0]]!.norm === 'who') &&
    subj[1] - subj[0] === 1 &&
    /^(which|who)$/.test(tokens[subj[0]]!.norm) &&
    tokens[subj[0] - 1]?.text === ','
  ))
    return undefined;
  const np = antecedent(s, subj);
  // '..., who declared in the chamber, "C."': a quote after the cue's comma is the content too.
  const quoteNext = tokens[R]?.text === ',' && ctx.qs.of[R + 1]! >= 0 && !isClosing(ctx, R + 1);
  if (!np || !(!tailAt(ctx, R, end) || quoteNext)) return undefined;
  const content = rightContent(ctx, R, end);
  if (!content) return null;
  // "Mr. Scott, who has called X, portrayed Y": a relative clause inside the sentence ends at its comma.
  endBeforeMainVerb(ctx, content, R);
  const f = makeFrame(cue, s.cueTok, s.si, content, ctx);
  f.sources = [np];
  // The source mention in the text is the noun phrase with the pronoun standing for it ("the Post, which").
  f.sourceSpan = np[1] >= subj[0] - 1 ? [np[0], subj[1]] : subj;
  return finish(s, f);
}

/** The noun phrase a "which"/"who" after a comma stands for. */
function antecedent(s: VerbSite, subj: TokRange): TokRange | null {
  const { tokens, first } = s;
  let np = leftNP(tokens, subj[0] - 2, first);
  // "the Latino Partnership for Conservative Principles, who": "for" inside a name joins its two halves.
  while (
    np &&
    np[0] - 2 >= first &&
    tokens[np[0] - 1]!.norm === 'for' &&
    tokens[np[0] - 2]!.pos === 'PROPN' &&
    tokens[np[0]]!.pos === 'PROPN'
  ) {
    const more = leftNP(tokens, np[0] - 2, first);
    if (!more) break;
    np = [more[0], np[1]];
  }
  // "Jane Roe, chief economist at X, who told ...": "who" is the person the role describes, not X.
  if (np && tokens[subj[0]]!.norm === 'who') {
    let c = np[0] - 1;
    while (c > first && c > np[0] - 8 && tokens[c]!.text !== ',') c--;
    if (tokens[c]?.text === ',' && /^[a-z]/.test(tokens[c + 1]!.text)) {
      const named = leftNP(tokens, c - 1, first);
      if (named && tokens[named[1] - 1]!.pos === 'PROPN') np = named;
    }
  }
  // "Mr Ruiz denied it through his lawyer, who told the court C": the lawyer speaks, someone else than Ruiz.
  return np && withPossessor(tokens, np, first);
}

/**
 * "the dam, which engineers described as "a disaster"", "Chen, whom an aide described as his closest friend":
 * the as-phrase is what the speaker called the antecedent; no clause before the comma is answered.
 */
export function describedAs(s: VerbSite, subj: TokRange): Reading {
  const { ctx, tokens, cue, R, end, first } = s;
  if (!(
    cue.object &&
    tokens[R]?.norm === 'as' &&
    R + 1 < end &&
    /^(which|whom|who|that|what)$/.test(tokens[subj[0] - 1]?.norm ?? '')
  ))
    return undefined;
  const content = rightContent(ctx, R + 1, end);
  if (!content) return null;
  const f = makeFrame(cue, s.cueTok, s.si, content);
  f.sources = coordinated(tokens, subj, first);
  return finish(s, f);
}
