// One speaker's report of one act told twice by two outlets in other words: "police had arrested three men in
// Kasserine suspected of supplying the militants" / "the arrest of three persons in Kasserine suspected of providing
// logistical support". The words for who and what differ too much for the word share to hold; what pins the act is
// the same figure, the same acts, the same place named on both sides and nothing named on one side only. Pure.
// In: the origin relation, the term overlap and both sides. Out: whether they are one assertion.
import { foldToAscii } from '../names.ts';
import type { Overlap, Relation, Side } from './decide.ts';
import { wordTerm } from './terms.ts';

/** Concepts that only say who acted or suffered ("troops", "gunmen", "security forces"), not what was done. */
const PARTY = new Set(['~forces', '~attacker', '~security']);
const ATTACKERS = '~attacker';
/** Shared plain words (no concept, figure or name term) besides the place: "suspected" ... */
const MIN_WORDS = 1;
/**
 * Shared weight over the lighter side's: the figure, the act and the place carry the identity, the rest is wording
 * ("men" / "persons", "supplying them with fuel" / "providing logistical support"); below this the tellings say
 * more apart than together.
 */
const MIN_CONTAINMENT = 0.3;

const figures = (s: Side) => s.terms.filter((t) => t.startsWith('#'));
const acts = (s: Side) => s.terms.filter((t) => t.startsWith('~') && !PARTY.has(t));
const sameSet = (x: string[], y: string[]) => x.length === y.length && x.every((t) => y.includes(t));

/**
 * The stems of the capitalised words a content names that are plain terms, not resolved actors: the places and
 * names no actor stands for ("Kasserine", "Ouled Omar"). The first word is left out (a sentence's capital).
 */
export function nameStems(s: Side): string[] {
  const words = foldToAscii(s.text).match(/[A-Za-z]+(?:'[A-Za-z]+)?/g) ?? [];
  const out = new Set<string>();
  words.forEach((w, i) => {
    if (i === 0 || !/^[A-Z][a-z]/.test(w)) return;
    const t = wordTerm(w.toLowerCase());
    if (t && /^[a-z]/.test(t) && s.terms.includes(t)) out.add(t);
  });
  return [...out];
}

/**
 * The acts of the side telling fewer are all in the other, which tells one more at most: an object one outlet names
 * ("supplying them with fuel and weapons" / "providing logistical support") is no other act, an outcome is ("five
 * were arrested" / "five were wounded").
 */
function actsHeld(ca: string[], cb: string[]): boolean {
  const [few, many] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  return few.length > 0 && few.every((t) => many.includes(t)) && many.length - few.length <= 1;
}

/**
 * The actors only one side names are no other party: a state or a state's body (the police that made the arrest,
 * where the other side names no agent), or a group the other side only describes as attackers ("Shining Path
 * guerrillas" / "the terrorist remnants") while this side does not.
 */
function loneDescribed(a: Side, b: Side, isGroup: (t: string) => boolean): boolean {
  const ok = (x: Side, y: Side) =>
    x.terms
      .filter((t) => t.startsWith('@') && !y.terms.includes(t))
      .every((t) => !isGroup(t) || (y.terms.includes(ATTACKERS) && !x.terms.includes(ATTACKERS)));
  return ok(a, b) && ok(b, a);
}

/**
 * Whether two tellings by one speaker (or its spokesman) are one report of one act at one place: the same figures
 * (one at least), the same acts (one at least; actsHeld; a party class may be on one side only), a place both name and no
 * name only one names, no other party on one side only (loneDescribed), a plain word shared besides, and enough of
 * the lighter side shared. `isGroup`: whether an actor term is a party that is no state nor a state's body.
 */
export function placeTold(rel: Relation, o: Overlap, a: Side, b: Side, isGroup: (t: string) => boolean): boolean {
  if (rel !== 'same speaker' && rel !== 'spokesman') return false;
  if (o.containment < MIN_CONTAINMENT || o.turned || o.mutual || !loneDescribed(a, b, isGroup)) return false;
  const [fa, fb] = [figures(a), figures(b)];
  if (!fa.length || !sameSet(fa, fb)) return false;
  if (!actsHeld(acts(a), acts(b))) return false;
  const [na, nb] = [nameStems(a), nameStems(b)];
  if (!sameSet(na, nb) || !na.length) return false;
  const words = o.shared.filter((t) => /^[a-z]/.test(t) && !na.includes(t));
  return words.length >= MIN_WORDS;
}
