// The speaker search left of a verb cue: its own subject, the subject it shares with an earlier coordinated verb
// ("confirmed X but said C"), or a name the tagger mis-tagged; then the readings with that subject before the cue.
// In: a VerbSite. Out: a Reading (see site.ts); undefined when the cue has no subject before it.
import { answeredClause } from '../answered.ts';
import { clauseSubject, coordinated } from '../clause-subject.ts';
import { afterSubordinate, clauseLike } from '../content.ts';
import { BLAME_CUES, DOC_NOUNS } from '../cues.ts';
import { makeFrame } from '../frame-base.ts';
import { subjectRegion, type TokRange } from '../np.ts';
import { contentAfter } from './content-after.ts';
import { contentBefore, contentFirst } from './content-first.ts';
import { describedAs, relativeFrame } from './relative.ts';
import { finish, type Reading, type VerbSite } from './site.ts';

/** The words a name opening the sentence cannot be when the tagger calls it an adverb or adjective. */
const NOT_A_NAME =
  /^(also|later|earlier|then|now|still|yet|however|meanwhile|separately|privately|publicly|finally|instead|again|once|often|never|always|others|many|some|most|few|both|all|each|sources|officials|experts|analysts|critics|police|witnesses|residents)$/;

export function subjectFirst(s: VerbSite): Reading {
  const { subj, sharedAlts, shared } = verbSubject(s);
  // "after she attacked the police and blamed X on Y": a blame whose subject is shared with an earlier verb may sit in
  // a clause of its own whose subject the shared one is not.
  if (subj && shared && BLAME_CUES.has(s.cue.lemma) && afterSubordinate(s.tokens, subj[1], s.i)) return null;
  // "found", "showed": speech only when a report, study or poll does it, and with a that-clause.
  if (s.cue.docOnly && !docSpeaks(s, subj)) return null;
  if (!subj) return undefined;
  const relative = relativeFrame(s, subj);
  if (relative !== undefined) return relative;
  const described = describedAs(s, subj);
  if (described !== undefined) return described;
  // '..., a charge X denied.' / '..., which X denied.': X answers the clause before the comma.
  const { ctx, tokens, i, R, end, first, earlier, cue, cueTok } = s;
  const answer = answeredClause(ctx, subj, i, R, end, first, earlier, cue, cueTok[1]);
  if (answer) {
    const f = makeFrame(cue, cueTok, s.si, answer.content, ctx);
    f.sources = [answer.source];
    return finish(s, f);
  }
  const sources = coordinated(tokens, subj, first);
  if (contentFirst(s, sources)) return contentBefore(s, sources);
  return contentAfter(s, sources, sharedAlts);
}

/** The cue's subject and, when it is shared with an earlier coordinated verb, that subject's appositives. */
function verbSubject(s: VerbSite): { subj: TokRange | null; sharedAlts: TokRange[]; shared: boolean } {
  const { ctx, tokens, si, first, i, cue } = s;
  // "rejected the accusation and in turn accused Y": the adverbial stands between the conjunction and the verb.
  const L =
    s.L - 2 >= first &&
    /^(turn|return|response|reply)$/.test(tokens[s.L]!.norm) &&
    tokens[s.L - 1]!.norm === 'in' &&
    tokens[s.L - 2]!.pos === 'CCONJ'
      ? s.L - 2
      : s.L;
  // "He is comparing X to Y and says Z": a verb coordinated with an earlier one shares the clause's subject.
  // ", then says C" / "and later said C": a verb coordinated with an earlier one shares its subject.
  const thenAfterComma = L >= first && tokens[L]!.text === ',' && /^(then|later|also)$/.test(tokens[L + 1]?.norm ?? '');
  const shared = L >= first && (tokens[L]!.pos === 'CCONJ' || thenAfterComma) ? clauseSubject(ctx, si, L) : null;
  let own = s.controller ?? (L >= first ? subjectRegion(tokens, L, first) : null);
  // "Jolly said ...": a one-word name opening the sentence that the tagger took for an adverb or adjective.
  if (
    !own &&
    i - 1 === first &&
    (cue.lemma === 'say' || cue.lemma === 'tell') &&
    /^[A-Z][a-z]+$/.test(tokens[first]!.text) &&
    /^(ADV|ADJ|NOUN)$/.test(tokens[first]!.pos) &&
    !NOT_A_NAME.test(tokens[first]!.norm)
  )
    own = [first, first + 1];
  const subj = own ?? shared?.[0] ?? null;
  // "The junta's spokesman, Zaw Min Tun, confirmed X but said C": the shared subject keeps its appositives.
  return { subj, sharedAlts: !own && shared ? shared.slice(1) : [], shared: !own && !!shared?.[0] };
}

/** Whether a report, study or poll is the subject of "found"/"showed", with a that-clause after it. */
function docSpeaks(s: VerbSite, subj: TokRange | null): boolean {
  const { ctx, tokens, R, end } = s;
  if (!subj || !tokens.slice(subj[0], Math.min(subj[1], subj[0] + 5)).some((t) => DOC_NOUNS.has(t.norm))) return false;
  if (
    tokens[R]?.norm !== 'that' &&
    !(tokens[R]?.pos === 'PROPN' || tokens[R]?.pos === 'NOUN' || tokens[R]?.pos === 'DET')
  )
    return false;
  return clauseLike(ctx, R, end);
}
