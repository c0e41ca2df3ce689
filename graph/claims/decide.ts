// Whether two differently worded claims of different articles are one assertion (a paraphrase) or a denial
// answering a claim, from their terms (graph/claims/terms.ts) and who told them. Conservative: the less the
// origins have in common, the more content they must share. Pure. In: two sides. Out: a score and a reason, or null.
import { isArticleScoped } from '../identity.ts';
import { contentStems } from '../trace/related.ts';
import { NEGATED, isSpeakerTerm, refersToReport, round2 } from './similar.ts';
import states from '../data/states.json' with { type: 'json' };
import {
  countedApart,
  countedBy,
  countedNoun,
  isStrikeFirst,
  isTollFirst,
  outcomeBy,
  tollsToldApart,
} from './counted.ts';
import { CONCEPT_CLASS } from './concepts.ts';
import { figureRetold } from './figure-retold.ts';
import { placeTold } from './place-told.ts';
import { speakerRetold } from './speaker-retold.ts';
import { tenseApart } from './tense.ts';
import { clausePieces, INCIDENT_TERM, RESPONSIBLE } from './terms.ts';
import { polesApartIn, softSimilarity } from './vectors.ts';

/** One speech relationship of a claim: who told it, for whom, through whom, in which outlet, when. */
export interface Origin {
  type: 'CLAIMS' | 'DENIES' | 'CONFIRMS';
  speaker: string;
  affiliation: string | null;
  via: string[];
  outlet: string | null;
  publishedAt: string | null;
}

export interface Side {
  text: string;
  terms: string[];
  /** The claim's own speech (answers of other claims excluded). */
  origins: Origin[];
}

export interface Decision {
  score: number;
  reason: string;
}

/** An actor counts double: "Tehran" and "the Islamic Republic" meeting at `@iran` is strong evidence. */
const weight = (t: string) => (t.startsWith('@') ? 2 : 1);
const counts = (terms: string[]) => terms.filter((t) => t.startsWith('#'));

export interface Overlap {
  shared: string[];
  /** Both claims tell one incident (a `^<id>` term each, graph/model.ts). */
  incident: boolean;
  /** Shared non-actor terms over the lighter side's non-actor terms: the words, not only the names, must agree. */
  words: number;
  /** Summed weight of the shared terms. */
  weight: number;
  /** Shared weight over the lighter side's weight. */
  containment: number;
  /** 2 * shared / (weight A + weight B). */
  dice: number;
  /** Actors (`@` terms) only one side names. */
  lone: number;
  /** Of them, states: often only where something happened ("came from the border with Niger"), not a party. */
  loneStates: number;
  /**
   * Each side names the forces of another state, both states on both sides: "Indian troops fired at Pakistani posts"
   * and "Pakistani troops fired at Indian posts", one accusation turned round.
   */
  turned: boolean;
  /**
   * One side alone names the forces of two states: "Indian and Pakistani troops exchanged fire" is not "Indian units
   * opened fire at Pakistani posts", whoever else the two share.
   */
  mutual: boolean;
  /**
   * Each side names a party the other does not, neither a state nor a state's body (groupParty), and the two name no
   * such party in common: "police arrested five members of the Red Command" is not "police arrested five members of
   * the First Capital Command", whoever tells both. Where one party is named on both sides, what only one side names
   * is its leader, its parent or another name of it ("the Maute faction of the Dawlah Islamiyah" / "the DI-Maute,
   * including a sub-leader known as Abu Hamza").
   */
  apart: boolean;
}

// termOverlap's helpers, at module level: it runs for every candidate pair.
const NO_TERMS = new Set<string>();
const STATE_TERMS = new Set(states.map((s) => `@${s.id}`));
const isIncidentTerm = (t: string) => t.startsWith(INCIDENT_TERM);
function contentTerms(ts: string[], ignore: Set<string>): string[] {
  const out: string[] = [];
  for (const t of ts)
    if (t !== NEGATED && !ignore.has(t) && !t.startsWith(INCIDENT_TERM) && !isSpeakerTerm(t)) out.push(t);
  return out;
}
function weightOf(ts: string[]): number {
  let sum = 0;
  for (const t of ts) sum += weight(t);
  return sum;
}
function plain(ts: string[]): number {
  let n = 0;
  for (const t of ts) if (!t.startsWith('@')) n++;
  return n;
}

/**
 * Overlap of two term lists. `ignore`: actor terms that are not content here, the speakers themselves ("he" for
 * the speaker, a candidate naming himself): two statements by one person always share that person.
 */
export function termOverlap(a: string[], b: string[], ignore: Set<string> = new Set()): Overlap {
  // An incident both tell is evidence of its own (`incident`), not a word: one only a side tells is none against
  // it (a side may name none, a headline or a quote; one article's report of a strike may be split in two).
  const toldB = new Set(b.filter(isIncidentTerm));
  const incident = a.some((t) => toldB.has(t));
  const [ca, cb] = [contentTerms(a, ignore), contentTerms(b, ignore)];
  const sb = new Set(cb);
  const shared = ca.filter((t) => sb.has(t));
  const [wa, wb, ws] = [weightOf(ca), weightOf(cb), weightOf(shared)];
  const sa = new Set(ca);
  const [loneA, loneB] = [ca.filter((t) => !sb.has(t)), cb.filter((t) => !sa.has(t))].map((ts) =>
    ts.filter((t) => t.startsWith('@')),
  ) as [string[], string[]];
  const lone = ownForces(loneA, loneB, a, b);
  return {
    shared,
    incident,
    words: plain(shared) / Math.max(1, Math.min(plain(ca), plain(cb))),
    weight: ws,
    containment: ws / Math.max(1, Math.min(wa, wb)),
    dice: (2 * ws) / Math.max(1, wa + wb),
    lone: lone.length,
    loneStates: lone.filter((t) => STATE_TERMS.has(t)).length,
    turned: turnedRound(loneA, loneB, a, b),
    mutual: [loneA, loneB].some((ts) => ts.filter((t) => MILITARY.test(t)).length >= 2),
    apart: loneA.some(groupParty) && loneB.some(groupParty) && !shared.some(groupParty),
  };
}

const MILITARY = /^@(.+)-military$/;
/**
 * The actors only one side names, less a state's own forces where both sides name that state: "and that Armenian
 * troops had responded" beside "fired at Armenian positions" names no new party. Only for one such force: where
 * two are named ("Armenian and Azerbaijani forces", or each side its own) who fired at whom is what differs.
 */
function ownForces(loneA: string[], loneB: string[], a: string[], b: string[]): string[] {
  if ([...loneA, ...loneB].filter((t) => MILITARY.test(t)).length !== 1) return [...loneA, ...loneB];
  const named = (t: string) => {
    const state = `@${MILITARY.exec(t)?.[1]}`;
    return a.includes(state) && b.includes(state);
  };
  return [...loneA, ...loneB].filter((t) => !(MILITARY.test(t) && named(t)));
}

/** Whether each side alone names the forces of a different state, both states named on both sides (Overlap.turned). */
function turnedRound(loneA: string[], loneB: string[], a: string[], b: string[]): boolean {
  const states = (ts: string[]) => ts.map((t) => MILITARY.exec(t)?.[1]).filter((x): x is string => !!x);
  const [fa, fb] = [states(loneA), states(loneB)];
  const both = (st: string) => a.includes(`@${st}`) && b.includes(`@${st}`);
  return fa.some((x) => both(x) && fb.some((y) => y !== x && both(y)));
}

/** The speakers (and whom they speak for) of both sides as actor terms. */
const selves = (...sides: Origin[][]) => new Set(sides.flatMap((os) => selfTerms(os)));
const selfMemo = new WeakMap<Origin[], string[]>();
/**
 * One side's speakers and whom they speak for as actor terms; `keep`: once per origins list (a claim's own list,
 * never changed once built and compared with many candidates; a list made for one decision is not kept).
 */
export function selfTerms(os: Origin[], keep = false): string[] {
  let out = selfMemo.get(os);
  if (!out) {
    out = os.flatMap((o) => [o.speaker, o.affiliation].filter(named).map((id) => `@${id}`));
    if (keep) selfMemo.set(os, out);
  }
  return out;
}

/** Different counts are different claims ("15 killed" is not "33 killed"): the fewer counts must be in the other. */
export function countsConflict(a: string[], b: string[]): boolean {
  const [ca, cb] = [counts(a), counts(b)];
  if (!ca.length || !cb.length) return false;
  const [small, large] = ca.length <= cb.length ? [ca, new Set(cb)] : [cb, new Set(ca)];
  return !small.every((n) => large.has(n));
}

/**
 * 'pos' for an asserted content, 'neg' for a denied one or a negated one ("had nothing to do with"). A denial worded
 * as a negation ("rejected the claim, saying its forces did not start the fighting", "no such attack had taken
 * place") is a denial still, not a double negation.
 */
export function polarities(side: Side): Set<'pos' | 'neg'> {
  const negated = side.terms.includes(NEGATED);
  const out = new Set<'pos' | 'neg'>();
  for (const o of side.origins) out.add(o.type === 'DENIES' || negated ? 'neg' : 'pos');
  return out;
}

export type Relation =
  'same speaker' | 'spokesman' | 'relayed report' | 'same side' | 'anonymous or relayed' | 'different speakers';

const named = (id: string | null): id is string => !!id && !isArticleScoped(id);

/** How the two claims' origins relate, closest first. */
export function relation(a: Origin[], b: Origin[]): Relation {
  const pairs = a.flatMap((x) => b.map((y) => [x, y] as const));
  const both = (f: (x: Origin, y: Origin) => boolean) => pairs.some(([x, y]) => f(x, y) || f(y, x));
  if (both((x, y) => named(x.speaker) && x.speaker === y.speaker)) return 'same speaker';
  if (both((x, y) => named(x.speaker) && x.speaker === y.affiliation)) return 'spokesman';
  // "Reuters reported ..." in another outlet's story, and Reuters' own story.
  if (both((x, y) => named(y.outlet) && (x.speaker === y.outlet || x.via.includes(y.outlet)))) return 'relayed report';
  // Two people speaking for one government or body ("Lebanon's president" and "its prime minister"): its position.
  if (both((x, y) => named(x.speaker) && named(y.speaker) && named(x.affiliation) && x.affiliation === y.affiliation))
    return 'same side';
  if ([...a, ...b].some((o) => !named(o.speaker) || o.via.length)) return 'anonymous or relayed';
  return 'different speakers';
}

const DAY = 86_400_000;
const dateMemo = new WeakMap<Origin[], number[]>();
/** The known publication dates of a list of origins; `keep`: parsed once per list (as selfTerms keeps them). */
function datesOf(os: Origin[], keep: boolean): number[] {
  let out = dateMemo.get(os);
  if (!out) {
    out = os.map((o) => (o.publishedAt ? Date.parse(o.publishedAt) : NaN)).filter((t) => Number.isFinite(t));
    if (keep) dateMemo.set(os, out);
  }
  return out;
}
/** The smallest distance in days between the two sides' known publication dates; null when either has none. */
function daysApart(a: Origin[], b: Origin[], keep = false): number | null {
  const [da, db] = [datesOf(a, keep), datesOf(b, keep)];
  if (!da.length || !db.length) return null;
  return Math.min(...da.flatMap((x) => db.map((y) => Math.abs(x - y) / DAY)));
}

const kinds = (o: Overlap) => ({
  actor: o.shared.some((t) => t.startsWith('@')),
  concept: o.shared.some((t) => t.startsWith('~')),
  count: o.shared.some((t) => t.startsWith('#')),
  incident: o.incident,
  /** Shared terms that are not actors: two claims naming the same people may still say different things. */
  plain: o.shared.filter((t) => !t.startsWith('@')).length,
});

/** The concept of the attackers themselves ("the assailants were ...", "gunmen"). */
const ATTACKERS = '~attacker';
/** Concepts that only describe who acted or suffered ("troops", "gunmen", "security forces"), not what was done. */
const PARTY = new Set(['~forces', '~attacker']);
/** Shared terms that say what was done, where and to what: no actor, no party class. */
const saying = (o: Overlap) => o.shared.filter((t) => !t.startsWith('@') && !PARTY.has(t)).length;
/** Whether the two share an act, not only a party class ("troops", "attackers"). */
const acted = (o: Overlap) => o.shared.some((t) => t.startsWith('~') && !PARTY.has(t) && t !== '~security');
/** Shared weight from which an overlap is long enough to tell one account beside a party only one side describes. */
const LONG = 5;
/**
 * How many of the lighter side's concepts missing from the heavier count: a party only one side describes ("killed
 * in retaliatory firing by the security personnel" / "killed in the retaliatory fire") is no other act, when the two
 * share an act and a long overlap besides (a figure and an act alone recur in every report: "its fighters killed 30
 * soldiers" is not "30 soldiers were killed in the cantonment"); "security" read with forces is that description too.
 * Not where the heavier side describes another party instead ("five rebels were killed" / "five soldiers were killed").
 */
function described(light: string[], heavy: string[], o: Overlap): number {
  const missing = light.filter((t) => t.startsWith('~') && !heavy.includes(t));
  const acts = o.shared.some((t) => t.startsWith('~') && !PARTY.has(t) && t !== '~security');
  const other = heavy.some((t) => PARTY.has(t) && !light.includes(t));
  if (!acts || other || o.weight < LONG) return missing.length;
  const party = missing.some((t) => PARTY.has(t));
  return missing.filter((t) => !PARTY.has(t) && !(t === '~security' && party)).length;
}

/**
 * What is asserted of the actors is in the concepts: the lighter side's concepts must be in the other ("Serbia
 * should cooperate in the inquiry into the attack" is not "Serbia had a role in the attack"), one may be missing
 * from a long overlap.
 */
function conceptsHeld(a: string[], b: string[], o: Overlap, strict = false, loose = false): boolean {
  const conceptsOf = (ts: string[]) => ts.filter((t) => t.startsWith('~'));
  // The lighter side by its content (incidents and the negation are no content); on a tie whichever holds more, so
  // the decision does not depend on which claim came first.
  const w = (ts: string[]) => weightOf(contentTerms(ts, NO_TERMS));
  const miss = (light: string[], heavy: string[]) => described(light, heavy, o);
  const [wa, wb] = [w(a), w(b)];
  // Loose (close origins on one incident, one speaker's act told twice): either telling's concepts may be the ones
  // held, whichever weighs more ("the attackers had fled across the border into Pakistan after the assault" / "the
  // terrorists fled to Pakistani soil, and we expect its government to hand them over": the second, heavier in words,
  // holds fewer concepts, all but one in the first).
  const either = Math.min(miss(a, b), miss(b, a));
  const missing = loose ? either : wa < wb ? miss(a, b) : wb < wa ? miss(b, a) : either;
  if (strict) return missing === 0;
  return missing <= (loose || o.weight >= 6 || conceptsOf(o.shared).length >= 2 ? 1 : 0);
}

/** Shared words that are neither a concept class, a figure nor an actor: what a generic report does not say. */
const stems = (o: Overlap) => o.shared.filter((t) => /^[a-z][a-z']*$/.test(t)).length;

const CLOSE = new Set<Relation>(['same speaker', 'spokesman', 'same side', 'relayed report']);

/**
 * Content needed per relation: closer origins need less (a short accusation retold by its own author). `apart`: one
 * telling of what is to come, the other of what is or was (tense.ts).
 */
function enough(rel: Relation, o: Overlap, apart = false): boolean {
  const k = kinds(o);
  // Both tell one incident (one node across articles): origins this close need only name the same party to the
  // same act ("Azerbaijani forces had shelled several towns" / "Azerbaijani troops shelled the resort town of X").
  // An anonymous source and a named one telling one strike are two origins, not one assertion retold. A party only
  // one side names makes it another assertion about that incident ("ELN commanders hiding in Venezuela ordered it"
  // is not "the ELN carried it out").
  // The incident's own act ("attack") and a party are in every claim about it: a word or act of its own besides
  // ("the ELN had carried out the bombing" is not "the attack had been ordered by ELN leaders"). Two officials of one
  // side are two speakers: what they share must say more than one speaker's retelling needs.
  if (
    k.incident &&
    k.actor &&
    k.concept &&
    CLOSE.has(rel) &&
    !o.lone &&
    (k.plain >= 2 || o.words >= 0.5) &&
    (rel !== 'same side' || saying(o) >= 3)
  )
    return true;
  // One party only one side names may be a name only one outlet's wording resolved ("Units of the Armed Forces of
  // Azerbaijan"): enough when the rest agrees at length (the act, the other party, the place, half the words).
  if (
    k.incident &&
    k.actor &&
    k.concept &&
    CLOSE.has(rel) &&
    o.lone <= 1 &&
    k.plain >= 4 &&
    o.words >= 0.5 &&
    o.containment >= 0.5
  )
    return true;
  // Or the same figure for the same act ("had killed more than 20 officials" / "killed more than twenty officials").
  // A figure of one or two and a party class ("two attackers") recur in every report of it: a larger figure or an act.
  if (
    k.incident &&
    k.count &&
    k.concept &&
    CLOSE.has(rel) &&
    !o.lone &&
    (o.shared.some(figure) || acted(o)) &&
    (rel !== 'same side' || saying(o) >= 3)
  )
    return true;
  // A figure for one incident is one assertion whoever gives it ("20 assailants were neutralised" / "left 20
  // assailants dead"); a different figure or another side's dead (another concept) is not.
  if (k.incident && k.count && k.concept && !o.lone && o.words >= 0.5) return true;
  // Or one speaker's account of one incident told twice in other words, the act and half the words the same ("the
  // strike targeted a gathering of extremists" / "the army had struck extremist elements who had gathered").
  if (k.incident && k.concept && rel === 'same speaker' && !o.lone && k.plain >= 3 && o.words >= 0.5) return true;
  // Or the same party held responsible for the same incident, whoever says so ("the ambush bore the hallmarks of the
  // BRN" / "a BRN unit had planted the bomb"): one accusation, each speaker's version of it.
  // The same speaker's blame for one incident is one assertion even when the party is only described ("cadres of
  // an SoO group" / "a militant outfit party to the SoO pact"). Where both say who the attackers were, a state only
  // one telling names is whom a pact is with or where they came from ("an armed group that had signed a ceasefire
  // pact with the government"), not another party blamed ("Bhutan was behind the attack" names no attackers).
  const blame = k.incident && o.shared.includes(RESPONSIBLE);
  const identified = o.lone === o.loneStates && o.shared.includes(ATTACKERS);
  if (blame && rel === 'same speaker' && (!o.lone || identified)) return true;
  // A state only one side names is where it happened as often as a party ("came from the border with Niger").
  if (blame && o.lone === o.loneStates && o.shared.some(groupParty)) return true;
  if (k.plain < 1 || o.words < 0.5) return false;
  switch (rel) {
    case 'same speaker':
    case 'spokesman':
      // A short accusation retold by its author ("accused Serbia of backing them") needs the accused and the act.
      // A short claim inside a long statement on something else is no retelling of it: dice bounds that. One
      // telling of what is to come and one of what is or was are two statements on one thing ("the outbreak started
      // in the cages nearest the mouth of the fjord" / "the cages nearest the mouth of the fjord would be emptied";
      // "had paid 2 million kronur in fines" / "would be fined 2 million kronur"): graph/claims/tense.ts.
      return (
        o.dice >= 0.4 &&
        !tollOnly(o) &&
        ((o.weight >= 4 && k.plain >= 2 && o.containment >= 0.6 && !apart) ||
          (o.weight >= 3 && o.containment >= 0.75 && o.words >= 0.75 && k.actor && k.concept))
      );
    case 'relayed report':
      return (
        (o.weight >= 5 && k.plain >= 2 && o.containment >= 0.6) ||
        (o.containment >= 0.75 && o.words >= 0.75 && k.count && k.concept)
      );
    case 'same side':
    case 'anonymous or relayed':
      // A headline-short retelling ("Russian fighters to be paid in gold") when all of it is in the other.
      // Concepts alone ("near" and attack, attackers, forces, kill) tell every ambush: a party or two words besides.
      return (
        (o.weight >= 5 &&
          k.plain >= 3 &&
          (stems(o) >= 2 || k.actor) &&
          o.words >= 0.6 &&
          ((o.containment >= 0.85 && o.dice >= 0.45) || (o.containment >= 0.6 && o.dice >= 0.6))) ||
        (o.weight >= 4 && k.plain >= 2 && o.containment === 1 && o.dice >= 0.5 && k.actor && k.concept && said(o))
      );
    case 'different speakers':
      // Two speakers' one assertion at length, or all of a shorter telling in a longer one, no party only one names
      // ("the ministry had paid inflated prices for oxygen tanks" / "... for oxygen tanks bought from a supplier"):
      // an act and two words of its own, not only a count and concepts ("troops had killed two attackers").
      return (
        (o.weight >= 6 && k.plain >= 4 && o.containment >= 0.7 && o.words >= 0.7 && o.dice >= 0.7) ||
        (o.weight >= 4 &&
          stems(o) >= 2 &&
          k.concept &&
          o.containment === 1 &&
          o.words === 1 &&
          o.dice >= 0.45 &&
          !o.lone)
      );
  }
}

/**
 * Whether all two tellings share besides names is a figure and its outcome ("it had evacuated four injured people to
 * the X hospital" / "the four wounded were in stable condition at the X hospital"): one speaker's two statements
 * about the same casualties, each saying something else of them.
 */
const tollOnly = (o: Overlap) =>
  o.shared.some((t) => t.startsWith('#')) &&
  o.shared.every((t) => t.startsWith('@') || t.startsWith('#') || TOLL_OUTCOMES.includes(t));

/**
 * Whether the shared terms say something besides an incident's own act and the parties ("Ukrainian troops were using
 * the town to prepare attacks" / "the strike had targeted Ukrainian troops" share only the troops and the attack):
 * where both tell one incident, a word or another act of their own.
 */
const said = (o: Overlap) =>
  !o.incident || o.shared.some((t) => !t.startsWith('@') && !PARTY.has(t) && !INCIDENT_ACTS.has(t));

/** Overlap from which one speaker's two tellings of a party's act are one assertion (sameActTold). */
const SAME_ACT = { weight: 3, containment: 0.5, dice: 0.4 };

/**
 * One named speaker (or its spokesman) telling what one party did in other words in two outlets: "al-Shabaab
 * militants were fighting alongside the clan militia" / "al-Shabaab had sent fighters to reinforce the militia". The
 * party (an actor other than the speakers) and the act (a concept that is not a party class) are shared, and half
 * the lighter side besides; outlets quote a speaker's own words too differently for the word share to hold.
 */
function sameActTold(rel: Relation, o: Overlap, a: string[], b: string[]): boolean {
  if (rel !== 'same speaker' && rel !== 'spokesman') return false;
  // A figure only one side gives tells another scope ("had attacked six vessels since May" / "is responsible for
  // the attacks in the Gulf of Oman today").
  const [ca, cb] = [counts(a), counts(b)];
  if (ca.some((t) => !cb.includes(t)) || cb.some((t) => !ca.includes(t))) return false;
  const party = o.shared.some((t) => t.startsWith('@'));
  const act = o.shared.some((t) => t.startsWith('~') && !PARTY.has(t) && t !== '~security');
  // Where both tell one incident, its own act ("attack") and a party are in every claim about it ("the ELN had carried
  // out the bombing" / "the attack had been ordered by ELN commanders"): another act or a word besides.
  const own = !o.incident || o.shared.some((t) => !t.startsWith('@') && t !== '~attack');
  return (
    party &&
    act &&
    own &&
    !tollOnly(o) &&
    o.weight >= SAME_ACT.weight &&
    o.containment >= SAME_ACT.containment &&
    o.dice >= SAME_ACT.dice
  );
}

/** Plain words (no concept class, figure or name) an opening clause needs to tell one statement (sameHeadTold). */
const HEAD_WORDS = 2;

/**
 * One named speaker's one statement told by two outlets with other tails: "it would summon Turkey's charge
 * d'affaires over the repeated violation of Iraqi sovereignty" / "it would summon the Turkish charge d'affaires in
 * Baghdad and hand him a protest note".  The opening clauses (the verb and its
 * object, sameOpening) hold the same terms, two plain words among them at least, every party named on both sides, the same
 * figures; what follows (a reason, a place, a further step) may differ. One speaker's two statements open with
 * another verb or object ("the attackers came from the hills" / "the attackers belonged to CODECO").
 */
function sameHeadTold(rel: Relation, o: Overlap, a: Side, b: Side): boolean {
  if (rel !== 'same speaker' || o.lone || o.dice < 0.4) return false;
  const [ca, cb] = [counts(a.terms), counts(b.terms)];
  if (ca.length !== cb.length || ca.some((t) => !cb.includes(t))) return false;
  const head = sameOpening(a.text, b.text);
  return !!head && head.filter((t) => /^[a-z]/.test(t)).length >= HEAD_WORDS;
}

/**
 * The terms of the opening clause two contents share (graph/claims/terms.ts clausePieces), or null when they differ:
 * the opening piece, and each further piece while both go on with the same boundary word ("would raise taxes on
 * alcohol" / "would raise taxes on mobile money" differ in what fills "on").
 */
function sameOpening(a: string, b: string): string[] | null {
  const [pa, pb] = [clausePieces(a), clausePieces(b)];
  const alike = (x: string[], y: string[]) => x.length === y.length && x.every((t) => y.includes(t));
  const out: string[] = [];
  for (let k = 0; k < pa.length && k < pb.length; k++) {
    if (!alike(pa[k]!.terms, pb[k]!.terms)) return null;
    out.push(...pa[k]!.terms);
    if (!pa[k]!.next || pa[k]!.next !== pb[k]!.next || !/^[a-z]+$/.test(pa[k]!.next!)) break;
  }
  return out;
}

/** A figure that says something on its own: one or two ("two soldiers were wounded") recur in every report. */
const MIN_FIGURE = 3;
const figure = (t: string) => t.startsWith('#') && Number(t.slice(1).replace(/,/g, '')) >= MIN_FIGURE;
/** A figure rare enough to tell one report from another with nothing else shared ("18 dead", "26"). */
const SPECIFIC_FIGURE = 10;
const specificFigure = (t: string) => t.startsWith('#') && Number(t.slice(1).replace(/,/g, '')) >= SPECIFIC_FIGURE;

/**
 * The same figure for the same act from origins that are not two named strangers, whether or not both tellings were
 * tied to one incident: "its troops had killed more than 30 terrorists" / "more than 30 of the assailants had been
 * neutralised" (one ministry, two outlets). Every party named, half the words, and the figure counting the same
 * thing ("30 assailants" is not "30 soldiers"); the counts and concepts are checked by the caller.
 */
function figureHeld(rel: Relation, o: Overlap, a: Side, b: Side): boolean {
  const k = kinds(o);
  // A figure and its act alone ("nine bodies at the site" / "had killed nine people") recur in every report of a
  // toll: something else must be shared.
  // A toll given as a bare figure ("put the toll at 26", "a lower toll of 18 dead") shares only the figure and the
  // act with its retelling: enough when the figure is one that says something on its own.
  const minWeight = o.shared.some(specificFigure) ? 2 : 3;
  if (rel === 'different speakers' || !k.concept || o.lone || o.words < 0.5 || o.weight < minWeight) return false;
  // A small figure, its outcome and a name ("four injured people" / "the four wounded" at one hospital) recur in
  // every statement about the same casualties ("evacuated them", "in stable condition"): a word of its own besides.
  if (tollOnly(o) && !o.shared.some(specificFigure)) return false;
  // "20 displaced people were killed" / "had killed more than 20 officials": unless one speaker tells both or the
  // figure counts the same known thing on both sides, a party or a word of its own besides the figure and the acts.
  if (!k.actor && !stems(o) && rel !== 'same speaker' && rel !== 'spokesman' && !countedAlike(o, a, b)) return false;
  // A year only one side gives dates another event ("came under attack in March 2022, when seven soldiers were killed").
  const years = (ts: string[]) => ts.filter((t) => /^y\d{4}$/.test(t));
  const [ya, yb] = [years(a.terms), years(b.terms)];
  if (ya.some((y) => !yb.includes(y)) || yb.some((y) => !ya.includes(y))) return false;
  return o.shared.some(figure) && !countedApart(a.text, b.text);
}

/** Whether a shared figure counts the same known thing on both sides ("30 terrorists" / "30 of the assailants"). */
function countedAlike(o: Overlap, a: Side, b: Side): boolean {
  const [ca, cb] = [countedBy(a.text), countedBy(b.text)];
  return o.shared.some((t) => figure(t) && !!ca.get(t) && ca.get(t) === cb.get(t));
}

/** The acts of a strike itself: a telling that holds one is an account of the strike, not a bare toll. */
const STRUCK = new Set(['~attack', '~launch']);
/** Outcomes a toll tells: the killed and the wounded. */
const TOLL_OUTCOMES = ['~kill', '~wound'];
/** A figure's outcome in one telling: the one told with it, else the side's only outcome ("nine civilians had been killed"). */
function outcomeOf(f: string, s: Side): string | null {
  const told = outcomeBy(s.text).get(f);
  if (told) return told;
  const held = TOLL_OUTCOMES.filter((t) => s.terms.includes(t));
  return held.length === 1 ? held[0]! : null;
}
/** What a figure counts in one telling ("two soldiers", "30 of the assailants"), not its outcome ("two deaths"). */
function countedThing(f: string, s: Side, outcome: string): string | null {
  const t = countedBy(s.text).get(f) ?? countedNoun(s.text).get(f) ?? null;
  return t === outcome ? null : t;
}

/**
 * One speaker's toll told twice ("two soldiers had died" / "two deaths among their soldiers"; "a NATO airstrike
 * killed nine civilians, including four children" / "nine civilians had been killed"): a figure both give with the
 * same outcome (killed, wounded) counting the same thing (what it counts named on both sides), every figure and actor
 * of the shorter telling in the longer; the longer may name who struck, where and when. The shorter must be a bare
 * toll: one holding the strike's own act ("a drone strike on the market killed 12 people") is an account of the
 * strike, and the same speaker's "the army killed 12 people when it bombed civilians" is its accusation, another
 * assertion with the same figure. Two incidents told apart (each side its own) are two tolls, however alike.
 */
function tollRetold(rel: Relation, a: Side, b: Side): boolean {
  if (rel !== 'same speaker' && rel !== 'spokesman') return false;
  const [ta, tb] = [a.terms.filter(isIncidentTerm), b.terms.filter(isIncidentTerm)];
  if (ta.length && tb.length && !ta.some((t) => tb.includes(t))) return false;
  const w = (s: Side) => weightOf(contentTerms(s.terms, NO_TERMS));
  const [light, heavy] = w(a) <= w(b) ? [a, b] : [b, a];
  if (light.terms.some((t) => (t.startsWith('@') || t.startsWith('#')) && !heavy.terms.includes(t))) return false;
  if (light.terms.some((t) => STRUCK.has(t))) return false;
  // The longer may name who struck as the strike's owner ("a NATO airstrike"), not as attackers it accuses ("the
  // terrorist Shene group attacked residents ..., killing nine civilians": its blame as much as its toll); nor may it
  // tell an outcome the shorter does not ("one suspect killed, two police officers injured" is a fuller toll, of
  // which "two policemen had been wounded" is a part).
  if (heavy.terms.includes(ATTACKERS) && heavy.terms.some(groupParty)) return false;
  if (TOLL_OUTCOMES.some((t) => heavy.terms.includes(t) && !light.terms.includes(t))) return false;
  return counts(light.terms).some((f) => {
    const outcome = outcomeOf(f, a);
    if (!outcome || outcome !== outcomeOf(f, b)) return false;
    const [xa, xb] = [countedThing(f, a, outcome), countedThing(f, b, outcome)];
    if (xa && xb && xa !== xb) return false;
    const thing = xa ?? xb;
    return !!thing && a.terms.includes(thing) && b.terms.includes(thing);
  });
}

/** What a bare toll may count besides its figure without naming a kind of victim: anyone ("three people dead"). */
const BARE_COUNTED = new Set(['peopl', 'perso', 'victi']);

/**
 * The one figure of a bare death toll ("a toll of three dead", "put the death toll at three", "three people dead",
 * "Five of our policemen were martyred"): a figure told with the killed and nothing else besides what it counts, the
 * speakers and the incident; else null. `counted`: what the figure counts there ("polic"), or null for anyone.
 */
function bareToll(s: Side, selves: Set<string>): { f: string; counted: string | null } | null {
  if (s.terms.includes(NEGATED)) return null;
  const rest = s.terms.filter((t) => !isSpeakerTerm(t) && !isIncidentTerm(t) && !selves.has(t));
  const figures = rest.filter((t) => t.startsWith('#'));
  if (figures.length !== 1 || !rest.includes('~kill')) return null;
  const f = figures[0]!;
  if (outcomeOf(f, s) !== '~kill') return null;
  const thing = countedThing(f, s, '~kill');
  const counted = thing && !BARE_COUNTED.has(thing) ? thing : null;
  const said = (t: string) => t === f || t === '~kill' || t === counted || BARE_COUNTED.has(t);
  return rest.every(said) ? { f, counted } : null;
}

/**
 * One speaker's death toll given bare in one outlet and told in full in another: "a toll of three dead" / "Three
 * Chadian peacekeepers were killed and eight wounded when rockets and mortar shells struck the base" (MINUSMA in two
 * outlets). The bare telling says nothing but the figure and the dead, so the full one may name whom, how, where and
 * the wounded besides (tollRetold wants the counted thing on both sides and no outcome only the longer tells): its
 * death toll is the same figure. Not the wounded alone ("seven wounded policemen were taken to hospital" is a part of
 * the toll, another statement), not the attackers' dead ("five attackers were killed in the gunfight": the dead of
 * the other side, or a party blamed), not two incidents each side its own, and where the two tell no incident in
 * common a figure of three or more (one or two dead recur in a speaker's every week).
 */
function bareTollRetold(rel: Relation, o: Overlap, a: Side, b: Side): boolean {
  if (rel !== 'same speaker' && rel !== 'spokesman') return false;
  const [ta, tb] = [a.terms.filter(isIncidentTerm), b.terms.filter(isIncidentTerm)];
  if (ta.length && tb.length && !ta.some((t) => tb.includes(t))) return false;
  const self = new Set([...selfTerms(a.origins, true), ...selfTerms(b.origins, true)]);
  const [ba, bb] = [bareToll(a, self), bareToll(b, self)];
  const [bare, full] = ba ? [ba, b] : bb ? [bb, a] : [null, null];
  if (!bare || !full || full.terms.includes(NEGATED) || !full.terms.includes(bare.f)) return false;
  const { f } = bare;
  if (!o.incident && !figure(f)) return false;
  if (outcomeOf(f, full) !== '~kill') return false;
  // "gunmen of the Shene group attacked the village, killing nine": its blame as much as its toll (tollRetold).
  if (full.terms.includes(ATTACKERS) && full.terms.some(groupParty)) return false;
  // What the bare toll counts, where it names anything, is what the full one counts ("Five of our policemen were
  // martyred" / "five policemen were killed and seven wounded"; not "five inmates were killed").
  const thing = countedThing(f, full, '~kill');
  return thing !== ATTACKERS && (!bare.counted || bare.counted === thing);
}

/** A content of two complement clauses or a quote of two sentences: two assertions, of which one may be retold. */
const TWO_ASSERTIONS = [/\b(?:and|but) that\b/i, /[.!?]["”’]?\s+["“‘]?\p{Lu}/u];
/** Soft similarity (graph/claims/vectors.ts) from which one speaker's figure told in other words is one claim. */
const FIGURE_WORDED = { soft: 0.75, dice: 0.35 };

/**
 * One speaker's figure told by two outlets in other words: "the fire had been started deliberately at three
 * different points" / "the fire had been set 'by criminal hands' at three separate points"; "the checkpoint had been
 * attacked from three directions" / "the insurgents had assaulted the post from three different directions". The
 * verbs differ (started / set, attacked / assaulted), so the acts may too; what holds them together is the speaker,
 * the same figure of three or more counting the same thing, a word besides it, and near words with no contrast. Not a
 * toll (the toll rules decide those), not one speaker's other statement with the same figure ("four people had been
 * detained" / "lit in four different places": no word shared besides; "600 rock bolts" / "all 600 employees":
 * counted apart), not two assertions in one content, not a negation against an assertion, another tense or day, and
 * no party only one side names.
 */
function figureWorded(rel: Relation, o: Overlap, a: Side, b: Side): boolean {
  if (rel !== 'same speaker' || o.lone > o.loneStates) return false;
  if ([a, b].some((s) => TWO_ASSERTIONS.some((re) => re.test(s.text)))) return false;
  if ([a, b].some((s) => TOLL_OUTCOMES.some((t) => s.terms.includes(t)))) return false;
  if (a.terms.includes(NEGATED) !== b.terms.includes(NEGATED)) return false;
  const [fa, fb] = [counts(a.terms), counts(b.terms)];
  const [few, many] = fa.length <= fb.length ? [fa, fb] : [fb, fa];
  if (!few.every((t) => many.includes(t)) || !few.some(figure)) return false;
  const years = (ts: string[]) =>
    ts
      .filter((t) => /^y\d{4}$/.test(t))
      .sort()
      .join(' ');
  if (years(a.terms) !== years(b.terms) || stems(o) < 1 || o.dice < FIGURE_WORDED.dice) return false;
  if (countedApart(a.text, b.text) || tenseApart(a.text, b.text) || datedApart(a.text, b.text)) return false;
  const s = softSimilarity(a.text, b.text);
  return s.score >= FIGURE_WORDED.soft && !s.contrasts.length;
}

const STATE_NAMES = new Map(states.map((s) => [`@${s.id}`, [s.name, ...s.aliases]]));
const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const COMPASS = '(?:(?:north|south|east|west|central|northern|southern|eastern|western)[a-z-]* )?';
const AREA = '(?:region|province|district|state|county|department|governorate|prefecture|division)';
const placeMemo = new Map<string, RegExp>();
/**
 * Whether a text names a state as where something happened: "in central Mali", "near northern Niger", "Pakistan's
 * South Waziristan district"; not as a party ("Afghan-based militants", "Pakistan must stop sending them").
 */
function placedIn(text: string, state: string): boolean {
  let re = placeMemo.get(state);
  if (!re) {
    const names = (STATE_NAMES.get(state) ?? []).map(escape).join('|');
    re = names
      ? new RegExp(
          `\\b(?:in|inside|near) (?:the )?${COMPASS}(?:${names})\\b(?!['’]s)|` +
            `\\b(?:${names})['’]s (?:\\p{Lu}[\\p{L}-]* ){0,3}${AREA}\\b`,
          'u',
        )
      : /$^/;
    placeMemo.set(state, re);
  }
  return re.test(text);
}
/** Whether every state only one side names is named there as the place (placedIn). */
function loneStatesPlaced(a: Side, b: Side): boolean {
  const lone = (x: Side, y: Side) => x.terms.filter((t) => STATE_TERMS.has(t) && !y.terms.includes(t));
  return lone(a, b).every((t) => placedIn(a.text, t)) && lone(b, a).every((t) => placedIn(b.text, t));
}

/** What a toll may count without saying who ("killed 12 people"): any of the civilians or passengers another names. */
const ANYONE = new Set(['peopl', 'perso', 'victi']);

/**
 * One incident's toll told by any two origins: "Gunmen killed 12 civilians in an attack on the village" / "An attack on
 * a village killed 12 people" (a governor and an anonymous local official). Both tell the same incident, the same
 * figures (the shared one large enough to say something: MIN_FIGURE), that figure told with the same outcome on both
 * sides and counting the same thing or anyone ("people"), and every actor only one side names is a state (where it
 * happened). Another party blamed ("JNIM fighters killed 12 civilians"), another side's dead ("12 of the assailants",
 * sidesApart), the wounded ("12 wounded", outcomesApart) or each side its own perpetrators ("soldiers" / "gunmen") is
 * another assertion.
 */
function incidentToll(o: Overlap, a: Side, b: Side): boolean {
  if (!o.incident || o.lone !== o.loneStates || o.turned || o.mutual) return false;
  if (!loneStatesPlaced(a, b)) return false;
  const [ca, cb] = [counts(a.terms), counts(b.terms)];
  if (ca.some((t) => !cb.includes(t)) || cb.some((t) => !ca.includes(t))) return false;
  // "soldiers killed 12 civilians" / "gunmen killed 12 people": the same toll laid at other doors.
  const party = (x: string[], y: string[]) => x.some((t) => PARTY.has(t) && !y.includes(t));
  if (party(a.terms, b.terms) && party(b.terms, a.terms)) return false;
  return o.shared.some((f) => {
    if (!figure(f)) return false;
    const outcome = outcomeOf(f, a);
    if (!outcome || outcome !== outcomeOf(f, b)) return false;
    const [xa, xb] = [countedThing(f, a, outcome), countedThing(f, b, outcome)];
    return !(xa && xb && xa !== xb && !ANYONE.has(xa) && !ANYONE.has(xb));
  });
}

/**
 * Soft similarity (graph/claims/vectors.ts) from which one speaker's two tellings are one claim in other words, and
 * the content words each telling needs: a two-word claim matches too much.
 */
export const SOFT = {
  /** Every word of the lighter side has a match this near at least: none the other side has nothing near. */
  least: 0.5,
  words: 2,
  /**
   * One side at most this many times the other's content words: a short claim inside a longer statement is found in
   * it whatever else the statement says ("most of those taken were women and children" / "They took mostly women and
   * children. This is the third time they are coming").
   */
  ratio: 2,
  /**
   * Half the lighter side's terms shared at least, and half of both together (dice): the vectors fill the rest, they
   * do not make the whole, and the longer telling says little besides ("it had sent police reinforcements to the area
   * and ordered an investigation" / "it had deployed regional police to the area": dice 0.4).
   */
  containment: 0.5,
  dice: 0.5,
  /**
   * Origins close enough for wording to tell one claim, and the soft score each needs: one speaker or its spokesman in
   * two outlets; unnamed or relayed sources a higher one ("several families had fled to the town of Bankass" / "Many
   * families have fled towards Bankass town"). Two named speakers are two assertions, however alike the words.
   */
  min: new Map<Relation, number>([
    ['same speaker', 0.7],
    ['spokesman', 0.7],
    ['anonymous or relayed', 0.8],
  ]),
};

/** A quote of two sentences: two assertions, which the mean of its words' matches cannot tell apart. */
const TWO_SENTENCES = /[.!?]["”’]?\s+["“‘]?\p{Lu}/u;
/** Days and months: the claim terms leave them out, and the vectors put every two of them close. */
const DATE_WORD =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;
/** Each side names a day or month, and none the other names ("on Monday" / "on Tuesday"). */
export function datedApart(a: string, b: string): boolean {
  const dates = (t: string) => new Set([...t.matchAll(DATE_WORD)].map((m) => m[0].toLowerCase()));
  const [da, db] = [dates(a), dates(b)];
  return da.size > 0 && db.size > 0 && ![...da].some((d) => db.has(d));
}

/**
 * The preconditions of a soft match (softlyTold) that do not look at vectors: close origins, every party named on both
 * sides but one state (where it happened, or the speaker's own government: "the government would not postpone the
 * ban"), half the terms shared, the same figures, years and days, something besides the parties and a toll shared,
 * and the same acts (concepts) on both sides.
 */
export function softCandidate(rel: Relation, o: Overlap, a: Side, b: Side): boolean {
  if (!SOFT.min.has(rel) || o.lone > o.loneStates || o.lone > 1) return false;
  if (o.containment < SOFT.containment || o.dice < SOFT.dice) return false;
  const same = (f: (t: string) => boolean) => {
    const [x, y] = [a.terms.filter(f), b.terms.filter(f)];
    return x.length === y.length && x.every((t) => y.includes(t));
  };
  if (!same((t) => t.startsWith('#')) || !same((t) => /^y\d{4}$/.test(t)) || datedApart(a.text, b.text)) return false;
  // A figure, its outcome and a name are in every statement on the same casualties (tollOnly).
  if (tollOnly(o) || !o.shared.some((t) => !t.startsWith('@') && !PARTY.has(t))) return false;
  // Every act of either side in the other: the vectors may find a word near another, not an act the other lacks
  // ("several families had fled to the town" / "several families had returned to the town"); a party class only one
  // side uses describes who ("the group's fighters had attacked the post" / "attack on the army post").
  const concepts = (ts: string[]) => ts.filter((t) => t.startsWith('~') && !PARTY.has(t));
  const [ca, cb] = [concepts(a.terms), concepts(b.terms)];
  return ca.every((t) => cb.includes(t)) && cb.every((t) => ca.includes(t));
}

/**
 * One speaker's claim told by two outlets in other words ("the bombing would not derail peace talks" / "the blast
 * would not affect the peace dialogue"): the lexical overlap falls short, the words are near in the vectors and none
 * is a contrast of the other's ("rose" / "fell", "killed" / "wounded", "army" / "police").
 */
function softlyTold(rel: Relation, o: Overlap, a: Side, b: Side): boolean {
  if (!softCandidate(rel, o, a, b)) return false;
  if (TWO_SENTENCES.test(a.text) || TWO_SENTENCES.test(b.text)) return false;
  const s = softSimilarity(a.text, b.text);
  const [few, many] = [Math.min(...s.words), Math.max(...s.words)];
  return (
    s.score >= SOFT.min.get(rel)! &&
    s.least >= SOFT.least &&
    few >= SOFT.words &&
    many <= SOFT.ratio * few &&
    !s.contrasts.length
  );
}

export const describe = (what: string, o: Overlap) =>
  `${what}: shares ${o.shared.join(' ')}${o.incident ? ', tells the same incident' : ''} (weight ${o.weight}, ` +
  `containment ${round2(o.containment)}, dice ${round2(o.dice)})`;

/**
 * One side tells an exchange of fire, the other one side firing: "Armenian and Azerbaijani forces exchanged fire near
 * Sotk" is not "Units of the Armed Forces of Azerbaijan opened fire at Armenian positions near Sotk" (who fired first
 * is what the second asserts), whoever tells both.
 */
function firedOneWay(a: string[], b: string[]): boolean {
  const oneWay = (x: string[], y: string[]) =>
    x.includes('~firefight') && y.includes('~launch') && !y.includes('~firefight');
  return oneWay(a, b) || oneWay(b, a);
}

/**
 * A party that is neither a state nor one of a state's own bodies (`@armenia-military`, `@syria-foreign-ministry`): in
 * a clash between states each side blames the other's forces, and a state only one side names may be the one it
 * blames ("Azerbaijani forces were behind the shelling" / "Azerbaijani forces fired back at Armenian shelling").
 */
function groupParty(t: string): boolean {
  if (!t.startsWith('@') || STATE_TERMS.has(t)) return false;
  for (let i = t.indexOf('-'); i > 0; i = t.indexOf('-', i + 1)) if (STATE_TERMS.has(t.slice(0, i))) return false;
  return true;
}

/** Concepts every claim about an incident may carry besides its blame: the act it names ("the attack", "the massacre"). */
const INCIDENT_ACTS = new Set(['~attack', '~kill', '~launch']);

/**
 * The same party held responsible for the same incident, the party read from the content even where it is a side's
 * own speaker: a group claiming an attack ("its fighters had carried out the attack", told by the group) and another
 * speaker blaming it ("the ELN had carried out the bombing") are one assertion. A claim's own speaker is no content
 * elsewhere (`selves` in paraphrase); here the party is what is asserted. Every actor only one side names is a state
 * (a place as often as a party), no figure only one side gives (a count is another assertion: "its fighters killed 30
 * soldiers"), and the lighter side holds no concept the other lacks besides the act and a party class.
 */
function blamedAlike(a: string[], b: string[]): boolean {
  const o = termOverlap(a, b);
  if (!o.incident || !o.shared.includes(RESPONSIBLE) || o.lone !== o.loneStates || o.turned || o.mutual) return false;
  if (!o.shared.some(groupParty)) return false;
  const [ca, cb] = [counts(a), counts(b)];
  if (ca.some((t) => !cb.includes(t)) || cb.some((t) => !ca.includes(t))) return false;
  // As conceptsHeld: the lighter side's concepts are in the other ("the ELN had carried out the bombing, the latest in
  // a wave of attacks in the oil-producing province" holds all of "its fighters had carried out the attack").
  const extra = (x: string[], y: string[]) =>
    x.some((t) => t.startsWith('~') && !y.includes(t) && !PARTY.has(t) && !INCIDENT_ACTS.has(t));
  const w = (ts: string[]) => weightOf(contentTerms(ts, NO_TERMS));
  const [wa, wb] = [w(a), w(b)];
  return wa < wb ? !extra(a, b) : wb < wa ? !extra(b, a) : !extra(a, b) || !extra(b, a);
}

/**
 * A toll only one side tells: "three of its border guards were killed and seven wounded when Tajik forces opened fire
 * with mortars" is a toll told with its cause, "accused Tajik troops of firing first and of using mortars" the
 * cause alone, with no figure and no one killed or wounded: two assertions, however much of the cause they share.
 * A strike told with its toll after it ("had shelled several towns overnight, killing 49 soldiers") is the strike.
 */
function tollOnOneSide(a: Side, b: Side): boolean {
  const toll = (s: Side) => isTollFirst(s.text);
  const bare = (s: Side) => !counts(s.terms).length && !TOLL_OUTCOMES.some((t) => s.terms.includes(t));
  return (toll(a) && bare(b)) || (toll(b) && bare(a));
}

/** The concept of an inquiry ("a probe", "an investigation", "a commission of inquiry", "looking into"). */
const PROBE = CONCEPT_CLASS.get('probe')!;

/** What a content says is probed: the terms of the piece after "into" ("an investigation into the cause of ..."). */
function probedThing(text: string): string[] | null {
  const pieces = clausePieces(text);
  for (let k = 0; k + 1 < pieces.length; k++) if (pieces[k]!.next === 'into') return pieces[k + 1]!.terms;
  return null;
}

/**
 * Two inquiries into different things ("an investigation into the cause of the collapse" / "an investigation into
 * the award of the building permit"): what each is into shares no word, however alike who ordered it.
 */
function probesApart(a: Side, b: Side): boolean {
  if (!a.terms.includes(PROBE) || !b.terms.includes(PROBE)) return false;
  const [x, y] = [probedThing(a.text), probedThing(b.text)];
  return !!x?.length && !!y?.length && !x.some((t) => y.includes(t));
}

/**
 * A paraphrase: the same polarity, no conflicting counts, dates not far apart, enough content for the origins, and no
 * word of one the other's contrast (wordedApart).
 */
export function paraphrase(a: Side, b: Side): Decision | null {
  const d = paraphraseOf(a, b);
  return d && !wordedApart(a.text, b.text) ? d : null;
}

/**
 * Two tellings one word apart that the terms cannot tell apart: opposite predicates ("prices rose" / "prices fell",
 * "agreed to" / "rejected": graph/data/word-contrasts.json) or other days ("on Monday" / "on Tuesday"). Asked of a
 * pair the decision accepts. (Two kinds, "the army fired" / "police fired", are refused only where the vectors alone
 * accept: softlyTold; a long telling names several kinds of party.)
 */
export const wordedApart = (a: string, b: string): boolean => polesApartIn(a, b).length > 0 || datedApart(a, b);

/**
 * Each side names an actor the other does not, the speakers and whom they speak for left out: "the Customs Department
 * of failing to scan containers" / "the Ports Authority of failing to scan containers" (one speaker accusing two
 * bodies), "accused Armenia of blocking the agreement" / "accused Azerbaijan of blocking the agreement".
 */
export function otherParties(a: Side, b: Side): boolean {
  const selves = new Set([...selfTerms(a.origins, true), ...selfTerms(b.origins, true)]);
  // A state only one side names is where it happened as often as a party (Overlap.loneStates), and a state's own
  // body where both name the state is that state's side, no new party: its forces responding (ownForces), "Kenya
  // Police Reserve officers" / "police" of one arrest.
  const own = (t: string) => {
    for (let i = t.indexOf('-'); i > 0; i = t.indexOf('-', i + 1)) {
      const state = t.slice(0, i);
      if (STATE_TERMS.has(state)) return a.terms.includes(state) && b.terms.includes(state);
    }
    return false;
  };
  const actors = (s: Side) =>
    s.terms.filter((t) => t.startsWith('@') && !selves.has(t) && !STATE_TERMS.has(t) && !own(t));
  const [x, y] = [actors(a), actors(b)];
  // Where one party is named on both sides, what only one names is its leader or parent (Overlap.apart).
  if (x.some((t) => y.includes(t))) return false;
  return x.some((t) => !y.includes(t)) && y.some((t) => !x.includes(t));
}

/**
 * The party a content holds to account, where it is told as "<party> of <doing>" (the content of "accused", "blamed",
 * "suspect": "the previous management of the hospital of hiding the contracts", "Investigators suspect a hospital
 * employee of passing documents"): the words before " of <-ing>", the verb of suspicion before them left out.
 */
const ACCUSED =
  /^(?:.*?\b(?:suspects?|suspected|accused|accuses|accuse|blamed|blames)\s+)?(.+?)\s+of\s+(?:having\s+)?[a-z]+ing\b/i;
function accusedOf(text: string): Set<string> | null {
  const m = ACCUSED.exec(text);
  if (!m) return null;
  const stems = contentStems(m[1]!);
  return stems.size ? stems : null;
}

/**
 * Two contents holding two different parties to account for one act: each told as "<party> of <doing>" with no word
 * of the party in common, and no actor named on both sides (a party named alike on both, "Russia" / "Moscow", may be
 * worded apart): "the previous management of the hospital of hiding the contracts" / "the Kosice regional government
 * of hiding the contracts".
 */
export function accusedApart(a: Side, b: Side): boolean {
  const [x, y] = [accusedOf(a.text), accusedOf(b.text)];
  if (!x || !y || [...x].some((t) => y.has(t))) return false;
  const selves = new Set([...selfTerms(a.origins, true), ...selfTerms(b.origins, true)]);
  return !a.terms.some((t) => t.startsWith('@') && !selves.has(t) && b.terms.includes(t));
}

/** What the guards of a pair leave to decide: the overlap of its terms and how its origins relate. */
export interface Guarded {
  o: Overlap;
  rel: Relation;
}

/**
 * The checks every paraphrase passes before its content is weighed: one polarity, no conflicting counts, no two tolls,
 * inquiries or parties told apart, dates not far apart, no exchange of fire against one side firing. Null when a check
 * fails.
 */
export function pairGuarded(a: Side, b: Side): Guarded | null {
  const pa = polarities(a);
  if (![...polarities(b)].some((p) => pa.has(p)) || countsConflict(a.terms, b.terms)) return null;
  // "a roadside bomb killed five policemen" / "12 were killed and five others wounded": one figure, two outcomes;
  // "received eight bodies and 11 wounded" / "received the bodies of the martyrs and 11 injured": two tolls; "two
  // attackers were neutralised" / "two traffic police officers were killed": one figure, two sides' dead.
  if (tollsToldApart(a.text, b.text) || probesApart(a, b) || tollOnOneSide(a, b)) return null;
  const o = termOverlap(a.terms, b.terms, new Set([...selfTerms(a.origins, true), ...selfTerms(b.origins, true)]));
  if (o.turned || o.mutual || o.apart || otherParties(a, b) || accusedApart(a, b)) return null;
  const rel = relation(a.origins, b.origins);
  const days = daysApart(a.origins, b.origins, true);
  if (days !== null && days > (o.weight >= 5 ? 31 : 7)) return null;
  if (firedOneWay(a.terms, b.terms)) return null;
  return { o, rel };
}

function paraphraseOf(a: Side, b: Side): Decision | null {
  const g = pairGuarded(a, b);
  if (!g) return null;
  const { o, rel } = g;
  // Close origins telling one incident may word its agent differently ("its fighters" / "it"): one concept may miss.
  // So may one speaker's own two tellings of a party's act (sameActTold: "militants" / "fighters").
  if (blamedAlike(a.terms, b.terms))
    return {
      score: round2(o.containment),
      reason: describe(`paraphrase, ${rel}, one party blamed for one incident`, o),
    };
  if (tollRetold(rel, a, b))
    return { score: round2(o.containment), reason: describe(`paraphrase, ${rel}, one toll`, o) };
  if (bareTollRetold(rel, o, a, b))
    return { score: round2(o.containment), reason: describe(`paraphrase, ${rel}, one death toll told bare`, o) };
  if (incidentToll(o, a, b))
    return { score: round2(o.containment), reason: describe(`paraphrase, ${rel}, one incident's toll`, o) };
  if (sameHeadTold(rel, o, a, b))
    return { score: round2(o.containment), reason: describe(`paraphrase, ${rel}, one opening clause`, o) };
  if (placeTold(rel, o, a, b, groupParty))
    return { score: round2(o.containment), reason: describe(`paraphrase, ${rel}, one act at one place`, o) };
  if (speakerRetold(rel, o.lone, a, b) && !datedApart(a.text, b.text) && !tenseApart(a.text, b.text))
    return { score: round2(o.containment), reason: describe(`paraphrase, ${rel}, one speaker's words retold`, o) };
  if (figureWorded(rel, o, a, b))
    return { score: round2(o.containment), reason: describe(`paraphrase, ${rel}, one figure in other words`, o) };
  const told = sameActTold(rel, o, a.terms, b.terms);
  const loose = (o.incident && CLOSE.has(rel)) || told;
  const held =
    enough(rel, o, tenseApart(a.text, b.text)) || told || figureHeld(rel, o, a, b) || figureRetold(rel, a, b);
  if (!held || !conceptsHeld(a.terms, b.terms, o, false, loose))
    return softlyTold(rel, o, a, b)
      ? { score: round2(o.containment), reason: describe(`paraphrase, ${rel}, in other words`, o) }
      : null;
  return { score: round2(o.containment), reason: describe(`paraphrase, ${rel}`, o) };
}

/**
 * Words by which a denial names an incident without telling it ("had nothing to do with the incident"), as stems
 * (graph/claims/stem.ts): the denial is about whichever incident the claim it answers tells.
 */
const THE_INCIDENT = new Set(['incid', 'event', 'episo']);
/** Whether the denial names "the incident" and the claim tells one, or both tell the same one. */
const toldAlike = (o: Overlap, d: Side, c: Side) =>
  o.incident || (c.terms.some(isIncidentTerm) && d.terms.some((t) => THE_INCIDENT.has(t)));

/**
 * A claim giving a toll (a figure and one killed or wounded: "suspected jihadists killed at least 28 people") is not
 * answered by a denial with no figure and no one killed or wounded ("rejected accusations that the army targets
 * civilians"): that denial answers another assertion about the same people. A strike told with its toll after it
 * ("had shelled its positions, wounding two soldiers") is the strike, which "had not shelled any positions" answers.
 */
function tollUnanswered(d: Side, c: Side): boolean {
  const bare = !counts(d.terms).length && !TOLL_OUTCOMES.some((t) => d.terms.includes(t));
  const toll = counts(c.terms).length > 0 && TOLL_OUTCOMES.some((t) => c.terms.includes(t));
  return bare && toll && !isStrikeFirst(c.text);
}

/** Shared weight an implicit denial ("denied attacking the soldiers") needs: its act and one more word or class. */
const IMPLICIT_WEIGHT = 2;

/**
 * A denial `d` of one article answering a claim `c` of another: told by someone else with the opposite polarity,
 * pointing at a report ("the reports that ...", "any role") or denied by the very actor the claim accuses, and
 * holding most of the lighter side's content.
 */
export function answer(d: Side & { denier: Origin }, c: Side): Decision | null {
  const claimers = c.origins.filter((o) => o.type === 'CLAIMS' && o.speaker !== d.denier.speaker);
  // A denial answers what is asserted; a confirmation what is asserted too, with the same polarity.
  const want = d.denier.type === 'CONFIRMS' ? 'pos' : 'neg';
  if (!claimers.length || !polarities(c).has('pos') || !polarities(d).has(want)) return null;
  if (countsConflict(d.terms, c.terms) || tollUnanswered(d, c)) return null;
  const self = [d.denier.speaker, d.denier.affiliation].filter(named).map((id) => `@${id}`);
  // Only a denial by the accused answers without pointing at a report: an actor confirming a claim about itself is
  // too often saying something else about the same subject.
  const accused = want === 'neg' && self.some((t) => d.terms.includes(t) && c.terms.includes(t));
  // A denial naming nobody is the denier's own ("denied attacking the soldiers", "rejected targeting civilians"): the
  // accused answering a claim that names it, when all the denial says is in the claim.
  const implicit = want === 'neg' && !d.terms.some((t) => t.startsWith('@')) && self.some((t) => c.terms.includes(t));
  if (!accused && !implicit && !refersToReport(d.text)) return null;
  const days = daysApart([d.denier], claimers);
  if (days !== null && days > 31) return null;
  // The denier's own name is the accusation's target here: it counts (`accused`); the claimers' names do not.
  const o = termOverlap(d.terms, c.terms, selves(claimers));
  const k = kinds(o);
  const ok =
    conceptsHeld(d.terms, c.terms, o, true) &&
    // Two words and a party ("its troops had pushed the fighters southwards" / "moving south ... from the Rwandan
    // forces") are enough when the denial points at the claim or the accused denies it.
    ((o.weight >= 4 && k.plain >= 2 && o.containment >= 0.6 && o.words >= 0.5) ||
      (accused && k.concept && o.weight >= 3 && o.containment >= 0.75 && o.words >= 0.75) ||
      // The accused denying the very incident the claim tells ("denied that its jets struck the hospital"), or
      // denying a part in it named only as "the incident" ("Serbia had nothing to do with the incident").
      (accused && k.concept && toldAlike(o, d, c)) ||
      (implicit && k.concept && o.weight >= IMPLICIT_WEIGHT && o.containment === 1));
  return ok
    ? {
        score: round2(o.containment),
        reason: describe(
          `answers a claim of another article${accused || implicit ? ', denied by the accused' : ''}`,
          o,
        ),
      }
    : null;
}
