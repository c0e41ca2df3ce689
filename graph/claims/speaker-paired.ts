// One named speaker's claim told by two outlets in other words: "the fire, which started in bushland west of the town,
// was deliberately lit" / "We believe this fire was lit deliberately". Words alone do not tell it: a speaker's other
// statements in one story share its subject as much ("the US Coast Guard is sending an aircraft to help with the
// search" / "the US Coast Guard had ended its air search"). The decision looks at the two claims only, never at what
// else is stored, pending or which article came first (a batched load and a one-at-a-time load give the same links):
// the paraphrase guards (decide.ts pairGuarded: no two parties held to account, otherParties and accusedApart), one
// named speaker, an act shared and at most one told by one side only,
// a third of their terms (dice), the same figures, negation and tense, no other party named in the same place ("X
// accused A of blocking the deal" / "X accused B of blocking the deal": each side names an actor the other does not),
// and their words near in the vectors with no contrast (graph/claims/vectors.ts).
// Pure. In: two sides. Out: a decision or null.
import {
  type Decision,
  type Side,
  datedApart,
  describe,
  pairGuarded,
  selfTerms,
  termOverlap,
  wordedApart,
} from './decide.ts';
import { NEGATED, round2 } from './similar.ts';
import { tenseApart } from './tense.ts';
import { softSimilarity } from './vectors.ts';

/** Shared terms over both sides' (dice), the speakers left out: a third at least. */
const MIN_DICE = 0.3;
/** The vectors' mean best match of the lighter side's words in the other. */
const MIN_SOFT = 0.7;
/** Party classes describe who, not what is asserted. */
const PARTY = new Set(['~forces', '~attacker', '~security']);
/** Acts only one side tells, at most: "lit deliberately" / "started by a lightning strike" tell other acts. */
const MAX_LONE_ACTS = 1;

const isAct = (t: string) => t.startsWith('~') && !PARTY.has(t);
/** How many acts only one side tells. */
function loneActs(a: Side, b: Side): number {
  const [x, y] = [a.terms.filter(isAct), b.terms.filter(isAct)];
  return x.filter((t) => !y.includes(t)).length + y.filter((t) => !x.includes(t)).length;
}

/**
 * A content of two complement clauses ("had struck a training camp of the PDF and that no civilians were targeted"):
 * two assertions in one claim, of which another telling of one is no retelling of both.
 */
const TWO_CLAUSES = /\b(?:and|but) that\b/i;

/** A quote of two sentences: two assertions ("... with this crime. The allegation is baseless"). */
const TWO_SENTENCES = /[.!?]["”’]?\s+["“‘]?\p{Lu}/u;
/**
 * Tolls and strikes are told with their figure and act by every report of them: decided by the toll rules
 * (decide.ts tollRetold, incidentToll), not here.
 */
const TOLL_OR_STRIKE = new Set(['~kill', '~wound', '~attack', '~launch']);

const figures = (s: Side) => s.terms.filter((t) => t.startsWith('#') || /^y\d{4}$/.test(t)).sort();
const sameList = (x: string[], y: string[]) => x.length === y.length && x.every((t, i) => t === y[i]);

/** The speakers and whom they speak for, of both sides, as actor terms: no content of either claim. */
const selvesOf = (a: Side, b: Side) => new Set([...selfTerms(a.origins), ...selfTerms(b.origins)]);

/** The dice of two claims' terms, their speakers left out (decide.ts termOverlap). */
export function pairDice(a: Side, b: Side): number {
  return termOverlap(a.terms, b.terms, selvesOf(a, b)).dice;
}

/**
 * Whether two tellings by one named speaker are one claim: neither of two complement clauses, no other party named
 * by each, an act shared and at most one told on one side only, a third of the terms, the same figures and years,
 * both negated or neither, one tense, no days apart, and near words with no contrast. Symmetric: the pair is read in
 * one order whichever is passed first.
 */
export function speakerPaired(x: Side, y: Side): Decision | null {
  const [a, b] = x.text <= y.text ? [x, y] : [y, x];
  if ([a, b].some((s) => TWO_CLAUSES.test(s.text) || TWO_SENTENCES.test(s.text))) return null;
  if ([a, b].some((s) => s.terms.some((t) => TOLL_OR_STRIKE.has(t)))) return null;
  const g = pairGuarded(a, b);
  if (!g || g.rel !== 'same speaker') return null;
  const { o } = g;
  if (pairDice(a, b) < MIN_DICE || !o.shared.some(isAct) || loneActs(a, b) > MAX_LONE_ACTS) return null;
  if (!sameList(figures(a), figures(b)) || a.terms.includes(NEGATED) !== b.terms.includes(NEGATED)) return null;
  if (tenseApart(a.text, b.text) || datedApart(a.text, b.text) || wordedApart(a.text, b.text)) return null;
  const s = softSimilarity(a.text, b.text);
  if (s.score < MIN_SOFT || s.contrasts.length) return null;
  return { score: round2(o.containment), reason: describe("paraphrase, same speaker, one speaker's claim retold", o) };
}
