// A court appearance: "X was arraigned in Magistrate's Court on six counts of bribery", "X appeared before the
// Lautoka Magistrates Court charged with abuse of office", "appeared in court in the capital Monday". An incident of
// kind other whose act is a charge (graph/incidents/manner.ts): the accused's day in court, never the arrest before it
// nor the verdict after it. In: the view's tokens and a candidate verb. Out: whether it tells such an appearance
// (operations.ts builds the mention). The words are general English; "appeared" counts only before a court.
import type { View } from './view.ts';

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Verbs of a charge read out in court: a court appearance by themselves. */
const ARRAIGN_VERBS = words('arraign arraigns arraigned arraigning');
/** Verbs of appearing, a court appearance only before a court ("appeared on television" is none). */
const APPEAR_VERBS = words('appear appears appeared appearing');
/** What one appears in or before to be charged: a court, a magistrate, a judge. */
const COURT_WORDS = words('court courts courtroom magistrate magistrates judge judges tribunal bench dock');
/** Tokens after "in"/"before" a court word is looked for over ("before the Lautoka Magistrates Court"). */
const COURT_SPAN = 5;

export const COURT_VERBS = new Set([...ARRAIGN_VERBS, ...APPEAR_VERBS]);

const inSentence = (view: View, k: number, s: number) =>
  k >= 0 && k < view.tokens.length && view.tokens[k]!.sentence === s;

/** "in the Lautoka Magistrates Court", "before Magistrate Deborah Rolle": a court right after "in"/"before" at p. */
function courtAfter(view: View, p: number): boolean {
  const s = view.tokens[p]!.sentence;
  if (!inSentence(view, p, s) || !/^(?:in|before|at)$/.test(view.tokens[p]!.norm)) return false;
  for (let k = p + 1; k <= p + COURT_SPAN && inSentence(view, k, s); k++) {
    const tok = view.tokens[k]!;
    if (COURT_WORDS.has(tok.norm)) return true;
    if (tok.pos === 'PUNCT' || tok.pos === 'VERB' || tok.pos === 'ADP') return false;
  }
  return false;
}

/**
 * Whether the verb at v tells a court appearance: "was arraigned", "appeared in the Magistrates Court", "appeared
 * yesterday before Magistrate X" (a time word or two may come between the verb and its court).
 */
export function courtAt(view: View, v: number): boolean {
  const tok = view.tokens[v]!;
  if (tok.pos !== 'VERB') return false;
  if (ARRAIGN_VERBS.has(tok.norm)) return true;
  if (!APPEAR_VERBS.has(tok.norm)) return false;
  for (let p = v + 1; p <= v + 3 && inSentence(view, p, tok.sentence); p++) {
    if (courtAfter(view, p)) return true;
    if (!/^(?:ADV|NOUN|PROPN)$/.test(view.tokens[p]!.pos)) return false;
  }
  return false;
}
