// A speaker after the cue's comma or quote: the inverted '"C," said X.' / 'C, reports Reuters.', and the subject
// with an appositive between it and the cue ("Maj. Gen. X, head of Y, said that C"). In: a VerbSite. Out: the frame.
import { adjunctToEnd, asideSubject, relativeToEnd, subjectBeforeComma } from '../clause-subject.ts';
import { clauseLike, type Content, datelineEnd, leftContent, rightContent } from '../content.ts';
import { parenthetical, splitQuote } from '../content-ends.ts';
import { finiteClause, type Frame, isClosing, makeFrame, opensSentenceAt, tailAt } from '../frame-base.ts';
import { appositiveChain, isQuoteMark, named, rightNP, skipAdjuncts, type TokRange } from '../np.ts';
import { ANON_HEADS, PERSON_NOUNS, ROLE_NOUNS, TITLES } from '../speaker-words.ts';
import { finish, type VerbSite } from './site.ts';

export function speakerAfterComma(s: VerbSite): Frame | null {
  const { tokens, L } = s;
  if (L < 0) return null;
  const lt = tokens[L]!;
  // Cue opening the sentence: "Said the official: ..." is rare; nothing to attribute.
  if (lt.text !== ',' && !isQuoteMark(lt) && lt.text !== '—' && lt.text !== '–') return null;
  const inverted = invertedSpeaker(s);
  if (inverted !== undefined) return inverted;
  return appositiveSubject(s);
}

/** Nouns for a speaker written bare after an inverted cue in a headline ("says minister", "says Maoist leader"). */
const isSpeakerNoun = (norm: string) =>
  PERSON_NOUNS.has(norm) || ROLE_NOUNS.has(norm) || TITLES.has(norm) || ANON_HEADS.has(norm);

/** "..., says minister" / "..., says Maoist leader": a noun phrase to the sentence end headed by a speaker noun. */
function bareRoleToEnd(s: VerbSite, np: TokRange | null): boolean {
  if (!np || !tailAt(s.ctx, np[1], s.end)) return false;
  const head = s.tokens[np[1] - 1]!;
  return /^[a-z]/.test(head.text) && isSpeakerNoun(head.norm);
}

/**
 * "Insurgents raided the town before dawn, ..., said Colonel X, spokesman for Y.": words opening the sentence with a past
 * form after their noun are a clause told first, not a named subject with an aside, when a name follows the cue (a
 * subject's own verb would take a clause after it: "X, head of Y, said places such as Z ...").
 */
function clauseBeforeName(s: VerbSite, np: TokRange | null): boolean {
  const { tokens, L, first } = s;
  if (!np || !named(tokens, np)) return false;
  // "PEMBA, Mozambique, May 4 (Reuters) - Insurgents raided ...": the clause starts after a wire dateline.
  const start = datelineEnd(tokens, first, L);
  let e = start;
  while (e < L && tokens[e]!.text !== ',' && !isQuoteMark(tokens[e]!)) e++;
  for (let k = start + 1; k < e; k++)
    if (tokens[k]!.pos === 'VERB' && /ed$/.test(tokens[k]!.norm) && /^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos))
      return true;
  return false;
}

/** Inversion: '"C," said X.' / 'C, reports Reuters.' — not "..., calls for protests": an object is no speaker. */
function invertedSpeaker(s: VerbSite): Frame | null | undefined {
  const { ctx, tokens, L, R, end, first, cue, cueTok, si } = s;
  // "Army behind the killings, says minister": a bare role after the cue to the end is the speaker, even when the
  // words before the comma look like a named subject with an appositive.
  const right = rightNP(tokens, R, end);
  const subject = !bareRoleToEnd(s, right) && !clauseBeforeName(s, right) && subjectBeforeComma(ctx, L, first);
  const np = s.withPrep || cue.object || subject ? null : right;
  if (!np || !(tailAt(ctx, np[1], end) || adjunctToEnd(ctx, np[1], end) || relativeToEnd(ctx, np[1], end)))
    return undefined;
  const content = leftContent(ctx, L, first);
  // 'But, said Solovey, "C."': nothing before the tag but a conjunction; the words after are the content.
  if (!content && opensSentenceAt(ctx, L, first) && tokens[np[1]]?.text === ',') {
    const after = rightContent(ctx, np[1] + 1, end);
    if (!after || !clauseLike(ctx, np[1] + 1, end)) return null;
    const f = makeFrame(cue, cueTok, si, after, ctx);
    f.sources = [np];
    return finish(s, f);
  }
  if (!content) return null;
  const after = skipAdjuncts(tokens, np[1] < end && tokens[np[1]]!.text === ',' ? np[1] : np[1], end);
  splitQuote(ctx, content, after, end, np[1]);
  parenthetical(ctx, content, after, end);
  const f = makeFrame(cue, cueTok, si, content, ctx);
  f.sources = [np];
  // '"C," said a spokesman for the ministry, Ivan Petrov.': the name after the role is the same speaker.
  const named = tokens[np[1]]?.text === ',' ? rightNP(tokens, np[1] + 1, end) : null;
  if (named && tokens[named[0]]!.pos === 'PROPN' && tailAt(ctx, named[1], end)) f.alts = [named];
  // "as quoted by" after the inverted speaker.
  if (tokens[np[1]]?.norm === 'as' && tokens[np[1] + 2]?.norm === 'by') {
    const via = rightNP(tokens, np[1] + 3, end);
    if (via) s.relays.push(via);
  }
  return finish(s, f);
}

/**
 * Appositive subject: "Maj. Gen. X, head of Y, said that C". 'X, who calls Y a "sociopath," said': the aside's
 * comma may sit inside its closing quote.
 */
function appositiveSubject(s: VerbSite): Frame | null {
  const { ctx, tokens, L, first } = s;
  const lt = tokens[L]!;
  const quotedComma = isClosing(ctx, L) && tokens[L - 1]?.text === ',';
  if (!((lt.text === ',' || lt.text === '—' || lt.text === '–' || quotedComma) && L - 1 >= first)) return null;
  // "NAIROBI, May 3 (Reuters) - X, a founder of Y, said": the chain starts after a wire dateline.
  const de = datelineEnd(tokens, first, L);
  let chain = lt.text === ',' ? appositiveChain(tokens, L - 1, de) : [];
  // "X, a nurse who has worked there since 2009, said": an aside the chain cannot walk (clauses, quotes, dashes);
  // the appositives the chain did walk name the same speaker.
  const aside = asideSubject(ctx, L, de);
  if (aside && (!chain.length || aside[1] <= chain[0]![0])) chain = [aside, ...chain];
  if (!chain.length) return null;
  const content = appositiveContent(s, chain[0]![0] - 1);
  if (!content) return null;
  const f = makeFrame(s.cue, s.cueTok, s.si, content, ctx);
  f.sources = [chain[0]!];
  f.alts = chain.slice(1);
  return finish(s, f);
}

/** The content of a cue whose subject has appositives: after the cue, else before the subject (cb: the token before). */
function appositiveContent(s: VerbSite, cb: number): Content | null {
  const { ctx, tokens, R, end, first, addressee, sent } = s;
  const { sentences } = ctx.nlp;
  // '"C," the assailant, X, told the program "Inside Edition" after ...': after an addressee, the quote
  // before the subject is the content.
  const quoteFirst = !!addressee && cb >= first && isClosing(ctx, cb) && !/^[,:]$/.test(tokens[R]?.text ?? '');
  // '"C," Mr. X, the mayor, said in his office overlooking the bay.': after a closing quote, words after the
  // cue that make no clause of their own are no content.
  const quoteBeforeChain =
    cb >= first - 1 && cb >= 0 && isClosing(ctx, cb) && sentences[tokens[cb]!.sentence]!.block === sent.block;
  const noClause = quoteBeforeChain && !finiteClause(ctx, R, end);
  let content = tailAt(ctx, R, end) || quoteFirst || noClause ? null : rightContent(ctx, R, end);
  // 'But in a call on Dec. 2, Col. X, a military spokesman, said, "C."': the quote after the cue, not the
  // adverbial before the subject.
  if (!content && /^[,:]$/.test(tokens[R]?.text ?? '') && ctx.qs.of[R + 1]! >= 0 && !isClosing(ctx, R + 1))
    content = rightContent(ctx, R + 1, end);
  // '"C," Sarandon, 69, told MSNBC.' / '"C," X, the party's chair, told AFP.': nothing after the cue, so the
  // content is the quote or clause before the subject.
  if (!content) {
    const bt = tokens[cb];
    if (!bt || cb < first - 1 || !(bt.text === ',' || isQuoteMark(bt))) return null;
    if (cb < first && !(isQuoteMark(bt) && sentences[bt.sentence]!.block === sent.block)) return null;
    content = leftContent(ctx, cb, first);
  }
  return content;
}
