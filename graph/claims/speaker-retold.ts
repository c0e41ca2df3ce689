// One speaker's claim told again by another outlet in partly other words: "There will be no licence for the mine until
// we know what it means for the water, the herders and the lake" / "We will not give a licence before we know the
// consequences for the water, for herding and for the lake". The shorter telling's words are nearly all in the longer:
// none missing where they are few, one where five are shared, two where six are. The same speaker's other statement in
// one story shares its subject, not most of what it says ("the water supply of the northern suburbs would be
// restored" / "the water supply of the northern suburbs was contaminated"); one sentence of a longer quote whose other
// sentence asserts something else is not the quote. The caller has checked polarity (a claim and its negation are a
// denial, not a retelling), parties named on one side only, contrasting words and tense (graph/claims/tense.ts). Pure.
// In: the origin relation and both sides. Out: whether they are one assertion.
import type { Relation, Side } from './decide.ts';
import { INCIDENT_TERM, claimTerms } from './terms.ts';

/** Shared words a fully held telling needs: "came from the land" (three) says something; "it was investigating" not. */
const MIN_SHARED = 3;
/** Shared words from which one of the shorter telling's words (or acts) may be missing from the longer. */
const LOOSE_FROM = 5;
/** At most one missing word per this many shared. */
const PER_MISSING = 3;
/**
 * The shorter telling's share of all content, both together (dice on words): a claim of three words inside a long
 * statement on something else is found in it whatever else it says.
 */
const MIN_DICE = 0.4;
/** Party classes ("troops", "attackers", "security forces") describe who, not what is asserted. */
const PARTY = new Set(['~forces', '~attacker', '~security']);
/** Stems this long or longer that are one the other's start are one word ("farm" of farming, "farme" of farmers). */
const PREFIX = 4;

const isWord = (t: string) => /^[a-z]/.test(t);
const isAct = (t: string) => t.startsWith('~') && !PARTY.has(t);
const alike = (x: string, y: string) =>
  x === y || (Math.min(x.length, y.length) >= PREFIX && (x.startsWith(y) || y.startsWith(x)));
const sameSet = (x: string[], y: string[]) => x.length === y.length && x.every((t) => y.includes(t));

/** The sentences of a quote: a stop, then a capital ("... not in the foundation. The cracks are ..."). */
const SENTENCES = /(?<=[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/u;

/**
 * Whether a sentence of the longer telling says something of its own that the shorter does not retell: a second
 * assertion of the quote ("They took mostly women and children. This is the third time they are coming to the village"
 * is not "most of those taken were women and children"), no word of the shorter's among its MIN_SHARED words or more.
 * An emphasis ("That is not negotiable") is too short to be one.
 */
function secondAssertion(heavyText: string, light: string[]): boolean {
  const sentences = heavyText.split(SENTENCES);
  if (sentences.length < 2) return false;
  const words = light.filter(isWord);
  return sentences.some((s) => {
    const own = claimTerms({ text: s, actors: [] }).filter(isWord);
    return own.length >= MIN_SHARED && !own.some((w) => words.some((x) => alike(w, x)));
  });
}

/** The words of `light` with a like word in `heavy`, and what of `light` (words and acts) `heavy` lacks. */
function held(light: string[], heavy: string[]): { shared: number; missing: number } {
  const [lw, hw] = [light.filter(isWord), heavy.filter(isWord)];
  const shared = lw.filter((w) => hw.some((h) => alike(w, h))).length;
  const acts = light.filter((t) => isAct(t) && !heavy.includes(t)).length;
  return { shared, missing: lw.length - shared + acts };
}

/** Missing words (and acts) allowed for a number of shared words: none below LOOSE_FROM, then one per PER_MISSING. */
export const missingAllowed = (shared: number): number =>
  shared < LOOSE_FROM ? 0 : Math.min(shared - LOOSE_FROM + 1, Math.floor(shared / PER_MISSING));

/**
 * Whether `a` and `b`, told by one named speaker (or its spokesman), are one claim: the same figures and years, no
 * two incidents told apart, and the shorter telling's words held by the longer (missingAllowed). `lone`: parties
 * only one side names, the speakers left out (decide.ts termOverlap); none may be.
 */
export function speakerRetold(rel: Relation, lone: number, a: Side, b: Side): boolean {
  if ((rel !== 'same speaker' && rel !== 'spokesman') || lone) return false;
  const of = (s: Side, f: (t: string) => boolean) => s.terms.filter(f);
  const figure = (t: string) => t.startsWith('#') || /^y\d{4}$/.test(t);
  if (!sameSet(of(a, figure), of(b, figure))) return false;
  const incident = (t: string) => t.startsWith(INCIDENT_TERM);
  const [ia, ib] = [of(a, incident), of(b, incident)];
  if (ia.length && ib.length && !ia.some((t) => ib.includes(t))) return false;
  const [wa, wb] = [of(a, isWord).length, of(b, isWord).length];
  const [light, heavy] = wa <= wb ? [a, b] : [b, a];
  const h = held(light.terms, heavy.terms);
  if (h.shared < MIN_SHARED || h.missing > missingAllowed(h.shared)) return false;
  if (secondAssertion(heavy.text, light.terms)) return false;
  return (2 * h.shared) / Math.max(1, wa + wb) >= MIN_DICE;
}
