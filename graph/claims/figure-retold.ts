// One speaker's figure told again, shorter, by another outlet: "the Fuerza Publica would send 150 additional officers
// to the province of Limon this week" / "150 more officers for the province". The shorter telling says nothing the
// longer does not: its figure, its words and its parties are all in the longer one, which may name more (who sends,
// where, when). The same speaker's other statement with the same figure says something the first does not ("40
// officers had completed a course in drug investigations") and stays apart. Pure.
// In: the origin relation and both sides. Out: whether they are one assertion.
import { countedApart } from './counted.ts';
import type { Relation, Side } from './decide.ts';
import { NEGATED, isSpeakerTerm } from './similar.ts';
import { INCIDENT_TERM } from './terms.ts';

/** A figure that tells one statement from another ("150 officers", "1,200 cases"); one to nine recur everywhere. */
const MIN_FIGURE = 10;
/** Shared plain words besides the figure: "officers" and "province", not the counted noun alone. */
const MIN_WORDS = 2;
/**
 * Tolls and strikes are told with their figure by every report of them ("12 people were killed"): their retellings
 * are decided by the toll rules (graph/claims/decide.ts tollRetold, incidentToll), not here.
 */
const TOLL_OR_STRIKE = new Set(['~kill', '~wound', '~attack', '~launch']);

const isFigure = (t: string) => t.startsWith('#') && Number(t.slice(1).replace(/,/g, '')) >= MIN_FIGURE;
const isActor = (t: string) => t.startsWith('@');
/** A stem or a concept class: no figure, no year. */
const isWord = (t: string) => /^[a-z][a-z']*$/.test(t) || t.startsWith('~');
/** The terms that say what is asserted, parties left out: words, figures, concepts, years. */
const plainOf = (s: Side) =>
  s.terms.filter((t) => t !== NEGATED && !isActor(t) && !isSpeakerTerm(t) && !t.startsWith(INCIDENT_TERM));

/**
 * Whether `a` and `b`, told by one speaker (or its spokesman), are one figure told twice: the lighter telling's words,
 * figures and parties all in the heavier, a figure of ten or more and two words besides it shared, and the figure
 * counting the same thing on both sides (counted.ts countedApart).
 */
export function figureRetold(rel: Relation, a: Side, b: Side): boolean {
  if (rel !== 'same speaker' && rel !== 'spokesman') return false;
  const light = lighterHeld(a, b);
  if (!light || !light.some(isFigure) || light.some((t) => TOLL_OR_STRIKE.has(t))) return false;
  return light.filter(isWord).length >= MIN_WORDS && !countedApart(a.text, b.text);
}

/**
 * The lighter telling's plain terms (the one with fewer) when all of them and every party it names are in the other
 * telling, else null: the shorter says nothing the longer does not.
 */
export function lighterHeld(a: Side, b: Side): string[] | null {
  const [pa, pb] = [plainOf(a), plainOf(b)];
  const [light, heavy, lightPlain, heavyPlain] = pa.length <= pb.length ? [a, b, pa, pb] : [b, a, pb, pa];
  if (!lightPlain.every((t) => heavyPlain.includes(t))) return null;
  return light.terms.some((t) => isActor(t) && !heavy.terms.includes(t)) ? null : lightPlain;
}
