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
/** Shared plain words (no concept, figure or name term) besides the place: "suspected" ... */
const MIN_WORDS = 1;
/** Shared weight over the lighter side's: below this the tellings say more apart than together. */
const MIN_CONTAINMENT = 0.4;

const figures = (s: Side) => s.terms.filter((t) => t.startsWith('#'));
const acts = (s: Side) => s.terms.filter((t) => t.startsWith('~'));
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
 * Whether two tellings by one speaker (or its spokesman) are one report of one act at one place: the same figures
 * (one at least), the same concepts (one an act, not a party class), a place both name and no name only one names,
 * no actor only one names, a plain word shared besides, and enough of the lighter side shared.
 */
export function placeTold(rel: Relation, o: Overlap, a: Side, b: Side): boolean {
  if (rel !== 'same speaker' && rel !== 'spokesman') return false;
  if (o.lone || o.containment < MIN_CONTAINMENT) return false;
  const [fa, fb] = [figures(a), figures(b)];
  if (!fa.length || !sameSet(fa, fb)) return false;
  const [ca, cb] = [acts(a), acts(b)];
  if (!sameSet(ca, cb) || !ca.some((t) => !PARTY.has(t))) return false;
  const [na, nb] = [nameStems(a), nameStems(b)];
  if (!sameSet(na, nb) || !na.length) return false;
  const words = o.shared.filter((t) => /^[a-z]/.test(t) && !na.includes(t));
  return words.length >= MIN_WORDS;
}
