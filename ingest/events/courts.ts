// A day in court: "X was arraigned in Magistrate's Court on six counts of bribery", "X appeared before the Lautoka
// Magistrates Court charged with abuse of office", "was indicted by a federal grand jury on Wednesday", "The trial of X
// opened on Tuesday before the Princely Court", "X went on trial", "An Anchorage judge heard arguments on Monday". An
// incident of kind other whose act is a charge (graph/incidents/manner.ts): the accused's day in court, never the
// arrest before it nor the verdict after it. In: the view's tokens and a candidate verb. Out: whether it tells such a
// day (operations.ts builds the mention). The words are general English; "appeared" counts only before a court,
// "opened" only told of a trial, "heard" only of a judge hearing a case.
import type { View } from './view.ts';

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Verbs of a charge read out in court or returned by a grand jury: a day in court by themselves. */
const ARRAIGN_VERBS = words('arraign arraigns arraigned arraigning indict indicts indicted');
/** Verbs of a trial opening, told of the trial ("the trial of X opened on Tuesday"). */
const OPEN_VERBS = words('open opens opened began begins started starts');
/** What opens in court: a trial, a retrial. */
const TRIAL_NOUNS = words('trial retrial');
/** "X went on trial", "goes on trial": a verb of going before "on trial". */
const GO_VERBS = words('go goes went gone going');
/** Verbs of a judge hearing a case: "heard arguments", "heard the challenge". */
const HEAR_VERBS = words('hear hears heard');
/** Who hears a case: a judge, a court, a panel of them. */
const HEARERS = words('judge judges justice justices court magistrate magistrates tribunal panel');
/** What a judge hears, as its object: "heard arguments", "heard the appeal" ("the court heard that ..." is testimony). */
const HEARD = words('arguments argument appeal appeals challenge petition petitions motion motions case submissions');
/** Tokens read back from an opening verb for its trial ("The trial of the 58-year-old, identified only as ..."). */
const TRIAL_SPAN = 20;
/** Verbs of appearing, a court appearance only before a court ("appeared on television" is none). */
const APPEAR_VERBS = words('appear appears appeared appearing');
/** What one appears in or before to be charged: a court, a magistrate, a judge. */
const COURT_WORDS = words('court courts courtroom magistrate magistrates judge judges tribunal bench dock');
/** Tokens after "in"/"before" a court word is looked for over ("before the Lautoka Magistrates Court"). */
const COURT_SPAN = 5;

export const COURT_VERBS = new Set([...ARRAIGN_VERBS, ...APPEAR_VERBS, ...OPEN_VERBS, ...GO_VERBS, ...HEAR_VERBS]);

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

/** Participles and gerunds, which open no clause of their own ("the trial of X, accused of stealing, opened"). */
const participle = (norm: string) => /(?:ed|ing|en)$/.test(norm);

/**
 * "The trial of X opened", "His trial began on Monday", "the trial of the 58-year-old, identified only as Markus B.,
 * opened": a definite trial as the verb's subject, read back over its phrase (participles and appositions, no finite
 * verb and no clause opener between).
 */
function trialOpened(view: View, v: number): boolean {
  const s = view.tokens[v]!.sentence;
  for (let k = v - 1; k >= v - TRIAL_SPAN && inSentence(view, k, s); k--) {
    const tok = view.tokens[k]!;
    if (TRIAL_NOUNS.has(tok.norm) && tok.pos === 'NOUN') {
      const det = view.tokens[k - 1];
      return !!det && det.sentence === s && /^(?:the|his|her|their|its|'s|’s)$/.test(det.norm);
    }
    if (/^(?:that|which|who|when|while|if|;)$/.test(tok.norm)) return false;
    if ((tok.pos === 'VERB' || tok.pos === 'AUX') && !participle(tok.norm) && k < v - 2) return false;
  }
  return false;
}

/** "An Anchorage judge heard arguments", "the court heard the appeal": a hearer right before, a case right after. */
function heardCase(view: View, v: number): boolean {
  const s = view.tokens[v]!.sentence;
  let after = false;
  for (let k = v + 1; k <= v + 3 && inSentence(view, k, s); k++) {
    if (HEARD.has(view.tokens[k]!.norm)) after = true;
    if (after || !/^(?:DET|ADJ)$/.test(view.tokens[k]!.pos)) break;
  }
  if (!after) return false;
  for (let k = v - 1; k >= v - 3 && inSentence(view, k, s); k--) {
    if (HEARERS.has(view.tokens[k]!.norm)) return true;
    if (!/^(?:AUX|ADV|PROPN|ADJ|NOUN)$/.test(view.tokens[k]!.pos)) return false;
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
  if (OPEN_VERBS.has(tok.norm)) return trialOpened(view, v);
  if (HEAR_VERBS.has(tok.norm)) return heardCase(view, v);
  if (GO_VERBS.has(tok.norm))
    return view.tokens[v + 1]?.norm === 'on' && TRIAL_NOUNS.has(view.tokens[v + 2]?.norm ?? '');
  if (!APPEAR_VERBS.has(tok.norm)) return false;
  for (let p = v + 1; p <= v + 3 && inSentence(view, p, tok.sentence); p++) {
    if (courtAfter(view, p)) return true;
    if (!/^(?:ADV|NOUN|PROPN)$/.test(view.tokens[p]!.pos)) return false;
  }
  return false;
}
