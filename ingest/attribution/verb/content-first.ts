// Content before the speaker: 'C, X said.', '"C," X said.', 'C, as X pointed out.' (with the second half of a
// split quote after the tag), and the tags whose content follows although the speaker opens the sentence ("But, the
// former CEO added, it's not ..."). In: a VerbSite and its sources. Out: whether it applies; the frame.
import { clauseLike, datelineEnd, leftContent, rightContent } from '../content.ts';
import { parenthetical, showTitle, splitQuote, splitQuoteAfterAside } from '../content-ends.ts';
import { opening } from '../clause-subject.ts';
import { verbCue } from '../cues.ts';
import {
  type Frame,
  isClosing,
  makeFrame,
  namedAddressee,
  opensSentenceAt,
  quoteOpensSentence,
  tailAt,
} from '../frame-base.ts';
import { isQuoteMark, type TokRange } from '../np.ts';
import { finish, type VerbSite } from './site.ts';

/** Whether the content comes before the subject: the tag ends the clause, or a quote before it is the content. */
export function contentFirst(s: VerbSite, sources: TokRange[]): boolean {
  const { ctx, tokens, R, end, cue, cueTok } = s;
  // 'X said, "B."' takes the quote after; '"A," X said, "B."' is content first with a split quote.
  const quoteAfter = R < end && tokens[R]!.text === ',' && ctx.qs.of[R + 1]! >= 0;
  const b0 = sources[0]![0] - 1;
  const before = quoteBefore(s, b0, quoteAfter);
  // 'C, X said during his speech to be a delegate': an infinitive after the cue's adjunct belongs to the adjunct.
  const adjunctInfinitive =
    cue.lemma === 'say' &&
    R > cueTok[1] &&
    tokens[R]?.norm === 'to' &&
    tokens[R]!.pos === 'PART' &&
    tokens[R - 1]!.pos === 'NOUN';
  const tail = tailAt(ctx, R, end) || showTitle(ctx, R, cueTok[1], end) || adjunctInfinitive;
  return (tail && (!quoteAfter || before)) || (before && closingHere(s, b0) && !opensClause(s, quoteAfter));
}

/** Whether a quote mark at b0, right before the subject, ends this cue's content. */
function quoteBefore(s: VerbSite, b0: number, quoteAfter: boolean): boolean {
  const { ctx, tokens, R, end, first, si, sent } = s;
  const { sentences } = ctx.nlp;
  // Only a mark of this paragraph, and not one closing an earlier sentence when a quote follows the cue:
  // '"A." Gingrich said, "B."' gives Gingrich B; the paragraph before is no content of this sentence.
  return (
    b0 >= 0 &&
    isQuoteMark(tokens[b0]!) &&
    sentences[tokens[b0]!.sentence]!.block === sent.block &&
    !(quoteAfter && tokens[b0]!.sentence < si) &&
    // 'Remarking upon her "empathy," Starr said, "B."': with a quote after the cue, the quote before is the
    // first half of a split quote only when it opens the sentence.
    !(quoteAfter && !quoteOpensSentence(ctx, b0, first)) &&
    // 'Wednesday on Fox's "Hannity," Gingrich said if C': with a clause after the cue, a quote before it that
    // opens inside the sentence names a show.
    !(!tailAt(ctx, R, end) && clauseLike(ctx, R, end) && !quoteOpensSentence(ctx, b0, datelineEnd(tokens, first, b0)))
  );
}

/**
 * Whether the quote closing at b0 closes in this paragraph; one closed in an earlier sentence is not this cue's
 * content when a clause follows the cue: '"A." He said B had happened.'
 */
function closingHere(s: VerbSite, b0: number): boolean {
  const { ctx, tokens, R, end, si, sent } = s;
  return (
    b0 >= 0 &&
    isClosing(ctx, b0) &&
    ctx.nlp.sentences[tokens[b0]!.sentence]!.block === sent.block &&
    !(tokens[b0]!.sentence < si && R < end && tokens[R]!.text !== ',' && clauseLike(ctx, R, end))
  );
}

/**
 * Whether a clause opens after the cue ("that", a colon, a quote right after the cue or its comma).
 * '"C," X told a crowd of 500.': after a closing quote, words that open no clause are not the content.
 * After an addressee, "that" opens a relative clause and a quote names it: '"C," he told a crowd that
 * organizers put at 3,000.' / '"C," X told the program "Inside Edition".'
 * '"C," X said in a documentary that showed Y': "that" + verb after an adjunct's noun is a relative clause.
 */
function opensClause(s: VerbSite, quoteAfter: boolean): boolean {
  const { ctx, tokens, R, end, cue, cueTok, addressee } = s;
  const relativeAfterAdjunct =
    R > cueTok[1] && tokens[R]?.norm === 'that' && tokens[R - 1]!.pos === 'NOUN' && tokens[R + 1]?.pos === 'VERB';
  const afterAddressee = (!!addressee && addressee[1] <= R && tokens[R - 1]?.text !== ',') || relativeAfterAdjunct;
  return (
    R < end &&
    ((tokens[R]!.norm === 'that' && !afterAddressee) ||
      tokens[R]!.text === ':' ||
      // A quote only right after the cue or its comma: in '"C," he said of it on ABC's "This Week."' the
      // quote after the adjuncts names a show.
      (ctx.qs.of[R]! >= 0 &&
        !isClosing(ctx, R) &&
        !afterAddressee &&
        !(cue.addressee && namedAddressee(ctx, R, end)) &&
        (R === cueTok[1] || /^[,:]$/.test(tokens[R - 1]!.text))) ||
      quoteAfter)
  );
}

/** Content first: 'C, X said.' / '"C," X said.' / 'C, as X pointed out.' */
export function contentBefore(s: VerbSite, sources: TokRange[]): Frame | null {
  const { ctx, tokens, R, end, first, cue, cueTok, sent } = s;
  const { sentences } = ctx.nlp;
  let b = sources[0]![0] - 1;
  if (tokens[b]?.norm === 'as' && tokens[b - 1]?.text === ',') b--;
  const bt = tokens[b];
  const okBoundary =
    !!bt && (bt.text === ',' || isQuoteMark(bt) || bt.text === ':' || bt.text === '—' || bt.text === '–');
  // "Swers said because Obama is popular, C": a subordinate clause after the cue opens the content.
  const subordAfter =
    R === cueTok[1] && /^(because|if|when|while|although|though|unless|since)$/.test(tokens[R]?.norm ?? '');
  const rightOnly = opensSentenceAt(ctx, b, first) && (tokens[R]?.text === ',' || subordAfter);
  if (!okBoundary && !rightOnly) return null;
  if (b < first && !rightOnly && !(bt && isQuoteMark(bt) && sentences[bt.sentence]!.block === sent.block)) return null;
  let content = okBoundary && b >= first - 1 ? leftContent(ctx, b, first) : null;
  let fromAfter = false;
  // "But, the former CEO added, it's not the way to win.": nothing before but a connective; the words after.
  // "She said, if elected, she would ...": the subject opens the sentence; the words after are the content.
  if (!content && (tokens[R]?.text === ',' || subordAfter) && (b >= first || rightOnly)) {
    const from = subordAfter ? R : R + 1;
    const after = rightContent(ctx, from, end);
    if (after && clauseLike(ctx, from, end)) {
      content = after;
      fromAfter = true;
    }
  }
  if (!content) return null;
  // "Noting that C, the governor warned ...": the fronted participle's clause is its own frame's content.
  const lead = tokens[opening(tokens, first)]!;
  if (!fromAfter && lead.start === content.start && /ing$/.test(lead.norm) && verbCue(lead.norm)) return null;
  if (!fromAfter) {
    const parts = content.parts.length;
    const program = !!cue.addressee && ctx.qs.of[R]! >= 0 && namedAddressee(ctx, R, end);
    if (!program) splitQuote(ctx, content, R, end, cueTok[1]);
    if (content.parts.length === parts && !program) splitQuoteAfterAside(ctx, content, R, end);
    parenthetical(ctx, content, R, end);
  }
  const f = makeFrame(cue, cueTok, s.si, content, ctx);
  f.sources = sources;
  return finish(s, f);
}
