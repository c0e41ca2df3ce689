// What each figure of a claim counts: "killed more than 30 terrorists" counts attackers, "killed 20 soldiers" counts
// forces, "20 of them" or "44 drones" nothing this file knows. Two claims giving one figure for different things ("30
// assailants were killed" / "the militants killed 30 soldiers") are two assertions, however much else they share.
// Pure. In: a claim's content text. Out: count term (`#30`) -> concept term (`~attacker`) for the figures whose noun
// is a concept class (graph/data/claim-concepts.json).
import { foldToAscii } from '../names.ts';
import { memoByString } from './memo.ts';
import { digitsFor } from './numbers.ts';
import { wordTerm } from './terms.ts';

/**
 * Words that may stand between a figure and what it counts: "30 of the assailants", "more than 20 armed gunmen",
 * "13 suspected militants". Any other word ends the search: "killed 20 and wounded 30 soldiers" counts nothing with 20.
 */
const BETWEEN = new Set('of the their its our his her those these other more armed suspected alleged enemy'.split(' '));

/**
 * A content's figures and words, lower-case ASCII, number words as digits. Kept for the last few texts (read only by
 * the callers): comparing two claims reads each text's words in several of the tests below, and a trace compares
 * a claim with each candidate that shares enough of its words.
 */
const wordsOf: (text: string) => readonly string[] = memoByString(
  (text) => digitsFor(foldToAscii(text).toLowerCase()).match(/\d+(?:[.,]\d+)*|[a-z]+(?:'[a-z]+)?/g) ?? [],
  2_000,
);

function bindings(text: string): Map<string, string> {
  const words = wordsOf(text);
  const out = new Map<string, string>();
  words.forEach((w, i) => {
    const count = /^\d/.test(w) ? wordTerm(w) : null;
    if (!count?.startsWith('#')) return;
    for (const next of words.slice(i + 1)) {
      const t = wordTerm(next);
      if (t?.startsWith('~')) out.set(count, t);
      if (!BETWEEN.has(next)) return;
    }
  });
  return out;
}

/** Count term -> the concept it counts, for one content text. */
export const countedBy = memoByString(bindings);

/**
 * Count term -> the term of the word it counts, whatever the word ("nine civilians" -> `civil`, "30 of the
 * assailants" -> `~attacker`): the first word after the figure that is not one BETWEEN may stand there.
 */
function nouns(text: string): Map<string, string> {
  const words = wordsOf(text);
  const out = new Map<string, string>();
  words.forEach((w, i) => {
    const count = /^\d/.test(w) ? wordTerm(w) : null;
    if (!count?.startsWith('#') || out.has(count)) return;
    const next = words.slice(i + 1).find((x) => !BETWEEN.has(x));
    const t = next ? wordTerm(next) : null;
    if (t && !t.startsWith('#')) out.set(count, t);
  });
  return out;
}

/** Count term -> the term of the word it counts, for one content text. */
export const countedNoun = memoByString(nouns);

/** Whether a figure both texts give counts different things in each ("30 assailants" / "30 soldiers"). */
export function countedApart(a: string, b: string): boolean {
  const [ba, bb] = [countedBy(a), countedBy(b)];
  for (const [count, what] of ba) {
    const other = bb.get(count);
    if (other && other !== what) return true;
  }
  return false;
}

/** Outcomes a figure may be told with: killed or wounded. */
const OUTCOMES = new Set(['~kill', '~wound']);
/** Words that end the search for a figure's outcome: another figure's clause ("killed 20 and wounded 30"). */
const OUTCOME_STOPS = new Set(['and', 'or', 'but', 'while', 'including']);

/** Auxiliaries between a figure and its outcome ("two civilians had been killed"): no word of the count. */
const AUXILIARIES = new Set(['had', 'have', 'has', 'been', 'was', 'were', 'are', 'is', 'be', 'being']);

/**
 * Count term -> the act it is told with, one of `acts`: the verb within three words after the figure ("five others
 * wounded", "12 people were killed", auxiliaries not counted: "two civilians had been killed"), else within two
 * before it ("killed five policemen"), never across another figure or a conjunction.
 */
function boundActs(text: string, acts: Set<string>): Map<string, string> {
  const words = wordsOf(text);
  const out = new Map<string, string>();
  const actAt = (k: number) => {
    const t = wordTerm(words[k]!);
    return t && acts.has(t) ? t : null;
  };
  words.forEach((w, i) => {
    const count = /^\d/.test(w) ? wordTerm(w) : null;
    if (!count?.startsWith('#') || out.has(count)) return;
    let found: string | null = null;
    for (let k = i + 1, n = 0; n < 3 && k < words.length && !found; k++) {
      if (/^\d/.test(words[k]!) || OUTCOME_STOPS.has(words[k]!)) break;
      if (!AUXILIARIES.has(words[k]!)) n++;
      found = actAt(k);
    }
    for (let k = i - 1; k >= i - 2 && k >= 0 && !found; k--) {
      if (/^\d/.test(words[k]!) || OUTCOME_STOPS.has(words[k]!)) break;
      found = actAt(k);
    }
    if (found) out.set(count, found);
  });
  return out;
}

/** Count term -> the outcome (`~kill`, `~wound`) it is told with, for one content text. */
export const outcomeBy = memoByString((text: string) => boundActs(text, OUTCOMES));

/** Whether a figure both texts give is a death toll in one and a count of wounded in the other. */
export function outcomesApart(a: string, b: string): boolean {
  const [oa, ob] = [outcomeBy(a), outcomeBy(b)];
  for (const [count, what] of oa) {
    const other = ob.get(count);
    if (other && other !== what) return true;
  }
  return false;
}

/** Whether a text tells an outcome (`~kill`, `~wound`) in any word ("the bodies of the martyrs", "the wounded"). */
const tells = (text: string, outcome: string) => wordsOf(text).some((w) => wordTerm(w) === outcome);

/**
 * Whether two tolls differ in what they give a figure for: one gives a figure for its dead or wounded that the other,
 * itself a toll (a figure told with the killed or wounded), tells with no figure ("had received eight bodies and 11
 * wounded soldiers" / "received the bodies of the martyrs and 11 injured conscripts"): the other counts those dead
 * otherwise or not at all. A text with no figure of its own ("the militia was behind the killings", "civilian deaths
 * in the airstrike") is no toll, and may be about the same dead.
 */
export function figureOnOneSide(a: string, b: string): boolean {
  const apart = (x: string, y: string) => {
    const [ox, oy] = [outcomeBy(x), outcomeBy(y)];
    if (!oy.size) return false;
    const counted = new Set(oy.values());
    for (const [count, what] of ox) if (!figuresIn(y).has(count) && !counted.has(what) && tells(y, what)) return true;
    return false;
  };
  return apart(a, b) || apart(b, a);
}

/** Acts a figure may count the objects of besides the killed and wounded: "captured two others", "arrested five". */
const COUNTED_ACTS = new Set([...OUTCOMES, '~seize', '~arrest', '~free']);
/** Count term -> the act (an outcome or COUNTED_ACTS) it is told with, for one content text. */
const actBy = memoByString((text: string) => boundActs(text, COUNTED_ACTS));

/**
 * Whether a text counts someone with what was done to them: a figure told with the killed, wounded, detained, seized
 * or freed ("four soldiers had been killed", "troops had killed 15 militants", "arrested 12 suspects").
 */
export const givesCount = (text: string): boolean => actBy(text).size > 0;

/**
 * Whether a figure both texts give is told with the killed or wounded in one and another act in the other:
 * "Ugandan troops killed four rebels and captured two others" / "two civilians were killed" are two tolls, though
 * both texts say "two".
 */
export function tollsApart(a: string, b: string): boolean {
  const [aa, ab] = [actBy(a), actBy(b)];
  for (const [count, what] of aa) {
    const other = ab.get(count);
    if (other && other !== what && (OUTCOMES.has(what) || OUTCOMES.has(other))) return true;
  }
  return false;
}

/** Words outlets call attackers by that the `~attacker` class leaves out ("two 'bandits' were neutralised"). */
const ATTACKER_WORDS = new Set(['bandit', 'bandits']);
/** Words that end the noun a figure counts: the verb or clause after it ("two traffic police officers were ..."). */
const NOUN_STOPS = new Set(
  'were was is are be been being had has have and or who which that in on at from with when by after as'.split(' '),
);
/** Words that count someone named elsewhere ("24 of them"): whose figure it is, the words do not say. */
const PRONOUNS = new Set('them us you whom those these which'.split(' '));
/** How many words after a figure may name what it counts ("two traffic police officers"). */
const NOUN_WORDS = 4;

/**
 * Count term -> whose figure it is: `attackers` where the words after it name attackers ("two attackers",
 * "two 'bandits'"), `others` where they name anyone else ("two traffic police officers"), both where the figure is
 * given twice for each. A figure with no noun after it ("two were killed"), a pronoun ("24 of them") or a name ("40 Abu
 * Sayyaf members") is neither.
 */
function sides(text: string): Map<string, Set<string>> {
  const words = wordsOf(text);
  const folded = foldToAscii(text);
  // A name after the figure ("some 40 Abu Sayyaf Group members") counts that group's men, whoever they are.
  const named = (w: string) =>
    /^[a-z]+$/.test(w) && new RegExp(`\\b${w[0]!.toUpperCase()}${w.slice(1)}\\b`).test(folded);
  const out = new Map<string, Set<string>>();
  words.forEach((w, i) => {
    const count = /^\d/.test(w) ? wordTerm(w) : null;
    if (!count?.startsWith('#')) return;
    const noun: string[] = [];
    for (const next of words.slice(i + 1, i + 1 + NOUN_WORDS)) {
      const t = wordTerm(next);
      if (/^\d/.test(next) || NOUN_STOPS.has(next) || (t && OUTCOMES.has(t))) break;
      if (!BETWEEN.has(next)) noun.push(next);
    }
    if (!noun.length || noun.some((x) => PRONOUNS.has(x) || named(x))) return;
    const attackers = noun.some((x) => ATTACKER_WORDS.has(x) || wordTerm(x) === '~attacker');
    out.set(count, (out.get(count) ?? new Set()).add(attackers ? 'attackers' : 'others'));
  });
  return out;
}

/** Count term -> whose figure it is (attackers, others), for one content text. */
export const countedSide = memoByString(sides);

/**
 * Whether a figure both texts give counts the attackers in one and anyone else in the other: "two attackers were
 * neutralised" / "two traffic police officers were killed" are two tolls of one attack.
 */
export function sidesApart(a: string, b: string): boolean {
  const [sa, sb] = [countedSide(a), countedSide(b)];
  for (const [count, x] of sa) {
    const y = sb.get(count);
    if (y && x.size === 1 && y.size === 1 && [...x][0] !== [...y][0]) return true;
  }
  return false;
}

/**
 * Words that name a toll without saying whose dead it counts ("put the death toll at 14", "the number of dead had
 * risen to seven", "nine bodies were found", "children were among the dead"); not a road's toll ("the toll road"),
 * a toll on something ("took a heavy toll on the economy") nor a body that is an organisation ("the electoral body").
 */
const TOLL_WORDS =
  /\b(?:death\s+)?toll\b(?!\s+(?:road|roads|booth|booths|plaza|gate|gates|fees?|free|charges?|on)\b)|\bnumber\s+of\s+(?:the\s+)?(?:dead|deaths|victims|fatalities)\b|\bbodies\b|\bthe\s+dead\b/i;

/** Whether a text names a toll with toll words ("the death toll at two") rather than counting someone. */
export const namesToll = (text: string): boolean => TOLL_WORDS.test(text);

/**
 * Whether a figure both texts give counts the attackers in one ("two attackers were neutralised") and is a toll of no
 * one named in the other ("official sources put the death toll at two"): a death toll counts the victims, the
 * attackers' dead are told apart.
 */
export function attackersBesideToll(a: string, b: string): boolean {
  const apart = (x: string, y: string) => {
    if (!namesToll(x)) return false;
    const [sx, sy] = [countedSide(x), countedSide(y)];
    for (const [count, side] of sy) if (side.has('attackers') && !sx.has(count) && figuresIn(x).has(count)) return true;
    return false;
  };
  return apart(a, b) || apart(b, a);
}

/** A text's figures as count terms ("#2"). */
const figuresIn = memoByString(
  (text: string) =>
    new Set(
      wordsOf(text)
        .filter((w) => /^\d/.test(w))
        .map((w) => wordTerm(w) ?? ''),
    ),
);

/** The acts of a strike itself, as told before or after its toll. */
const STRIKE_ACTS = new Set(['~attack', '~launch', '~firefight']);

/**
 * Whether a text is a toll first: a figure told with its outcome, the figure first, then the killed or wounded, then
 * any act of the strike ("three border guards were killed when Tajik forces opened fire"); not a strike with its toll
 * after it ("Azerbaijani forces had shelled several towns, killing 49 soldiers"), nor someone's killing told as their
 * act ("the army killed 12 people when it bombed civilians"). `oneCounts`: "one" is a figure too ("One soldier was
 * killed and two were wounded when ..."), the outcome then read from the words alone.
 */
function tollFirst(text: string, oneCounts = false): boolean {
  if (!oneCounts && !outcomeBy(text).size) return false;
  let figure = false;
  for (const w of wordsOf(text)) {
    if (/^\d/.test(w) || (oneCounts && w === 'one')) figure = true;
    const t = wordTerm(w);
    // "the army killed 12 people when it bombed civilians": whose act the killing was, an accusation.
    if (t && OUTCOMES.has(t)) return figure;
    if (t && STRIKE_ACTS.has(t)) return false;
  }
  return false;
}

/** Whether a content text is a toll first (a toll told with its cause, not a strike told with its toll). */
export const isTollFirst = memoByString((text) => tollFirst(text));

/** Plural words that give a toll's size without a figure, with the figures they allow ("dozens" is 24 to 99). */
const VAGUE: Record<string, [number, number]> = {
  dozens: [24, 99],
  scores: [40, 199],
  hundreds: [200, 999],
  thousands: [2000, 999_999],
};

/** The range a text's toll words allow ("kills dozens"), where it gives no figure; null otherwise. */
function vagueRange(text: string): [number, number] | null {
  const words = wordsOf(text);
  if (words.some((w) => /^\d/.test(w))) return null;
  const w = words.find((x) => x in VAGUE);
  return w ? VAGUE[w]! : null;
}

/** A text's figures, years left out. */
const figuresOf = (text: string): number[] =>
  wordsOf(text)
    .filter((w) => /^\d/.test(w))
    .map((w) => Number(w.replace(/,/g, '')))
    .filter((n) => !(n >= 1900 && n <= 2099));

/**
 * Whether one text sizes a toll with a word ("a drone strike kills dozens") that every figure of the other falls
 * outside ("killed at least 23 people"): two different tolls.
 */
export function vagueApart(a: string, b: string): boolean {
  const outside = (x: string, y: string) => {
    const range = vagueRange(x);
    const figures = figuresOf(y);
    return !!range && figures.length > 0 && figures.every((n) => n < range[0] || n > range[1]);
  };
  return outside(a, b) || outside(b, a);
}

/**
 * Whether a text tells a strike before any outcome ("had shelled its army positions near Sotk, wounding two soldiers"):
 * the strike is what it asserts, its toll told after it.
 */
function strikeFirst(text: string): boolean {
  for (const w of wordsOf(text)) {
    const t = wordTerm(w);
    if (t && OUTCOMES.has(t)) return false;
    if (t && STRIKE_ACTS.has(t)) return true;
  }
  return false;
}

/** Whether a content text tells a strike before any outcome, for one content text. */
export const isStrikeFirst = memoByString(strikeFirst);

/** Whether a text gives no figure and tells no one killed or wounded. */
const tollless = memoByString(
  (text) => !wordsOf(text).some((w) => /^\d/.test(w) || OUTCOMES.has(wordTerm(w) ?? '')),
  2_000,
);

/** tollFirst with "one" a figure, for the last few texts (a trace asks it of a claim and each close candidate). */
const tollFirstOrOne = memoByString((text) => tollFirst(text, true), 2_000);

/**
 * Whether one text is a toll told with its cause ("One soldier was killed and two were wounded when the two armies
 * exchanged fire near the village") and the other the cause alone, no figure and no one killed or wounded ("its
 * units opened fire at positions near the village"): two assertions, however many words of the cause they share.
 */
export function tollBesideCause(a: string, b: string): boolean {
  // "One soldier was killed ...": here "one" is the toll's figure too.
  return (tollFirstOrOne(a) && tollless(b)) || (tollFirstOrOne(b) && tollless(a));
}

/**
 * Whether two texts' figures tell two tolls, whatever words they share: a figure given for the killed in one and the
 * wounded in the other ("Three soldiers were killed and four wounded" / "Four soldiers were killed"), for the killed
 * in one and the detained in the other, for the attackers' dead in one and anyone else's in the other, a toll in
 * words that every figure of the other falls outside, or a dead or wounded only one side counts. The text-only
 * guards a paraphrase (graph/claims/decide.ts) and a trace-time link (graph/trace/related.ts) both ask.
 */
export function tollsToldApart(a: string, b: string): boolean {
  return (
    outcomesApart(a, b) ||
    tollsApart(a, b) ||
    vagueApart(a, b) ||
    figureOnOneSide(a, b) ||
    sidesApart(a, b) ||
    attackersBesideToll(a, b)
  );
}
