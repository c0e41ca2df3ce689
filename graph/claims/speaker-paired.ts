// One named speaker's claim told by two outlets in other words, found among that speaker's claims of the two articles:
// "the fire, which started in bushland west of the town, was deliberately lit" / "We believe this fire was lit
// deliberately, and we believe someone in this community knows who did it". Words alone do not tell it: a speaker's
// other statements in one story share its subject as much ("the US Coast Guard is sending an aircraft to help with the
// search" / "the US Coast Guard had ended its air search"). What does is the pair itself: each telling is the other's
// closest among what the speaker says in the other article (pairedAmong), they share an act (a concept that is not a
// party class) and at most one act only one side tells, a third of their terms (dice), the same figures, negation and
// tense, and their words are near in the vectors with no contrast (graph/claims/vectors.ts). The paraphrase guards
// (decide.ts pairGuarded) hold first.
// Pure. In: two sides and the speaker's other claims of each article. Out: a decision or null.
import { type Decision, type Side, datedApart, describe, pairGuarded, termOverlap, wordedApart } from './decide.ts';
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

const figures = (s: Side) => s.terms.filter((t) => t.startsWith('#') || /^y\d{4}$/.test(t)).sort();
const sameList = (x: string[], y: string[]) => x.length === y.length && x.every((t, i) => t === y[i]);

/** The dice of two claims' terms, their speakers left out (decide.ts termOverlap). */
export function pairDice(a: Side, b: Side): number {
  const selves = new Set([...a.origins, ...b.origins].map((o) => `@${o.speaker}`));
  return termOverlap(a.terms, b.terms, selves).dice;
}

/**
 * Whether `a` and `b` are each other's closest (pairDice) among `others`: the speaker's other claims of a's article
 * (`ofA`) and of b's (`ofB`). A tie counts as closest: two tellings of one claim in one article are both its retelling.
 */
export function pairedAmong(a: Side, b: Side, ofA: Side[], ofB: Side[]): boolean {
  const d = pairDice(a, b);
  return d > 0 && ofB.every((x) => pairDice(a, x) <= d) && ofA.every((x) => pairDice(x, b) <= d);
}

/**
 * Whether two tellings by one named speaker, each the other's closest (the caller checks pairedAmong), are one claim:
 * neither of two complement clauses, an act shared and at most one told on one side only, a third of the terms, the same figures and years, both negated or neither, one tense, no days apart,
 * and near words with no contrast.
 */
export function speakerPaired(a: Side, b: Side): Decision | null {
  if (TWO_CLAUSES.test(a.text) || TWO_CLAUSES.test(b.text)) return null;
  const g = pairGuarded(a, b);
  if (!g || g.rel !== 'same speaker') return null;
  const { o } = g;
  if (pairDice(a, b) < MIN_DICE || !o.shared.some(isAct) || loneActs(a, b) > MAX_LONE_ACTS) return null;
  if (!sameList(figures(a), figures(b)) || a.terms.includes(NEGATED) !== b.terms.includes(NEGATED)) return null;
  if (tenseApart(a.text, b.text) || datedApart(a.text, b.text) || wordedApart(a.text, b.text)) return null;
  const s = softSimilarity(a.text, b.text);
  if (s.score < MIN_SOFT || s.contrasts.length) return null;
  return { score: round2(o.containment), reason: describe("paraphrase, same speaker, the speaker's closest claim", o) };
}
