// Incidents: event mentions of attacks, airstrikes, clashes and meetings, merged when they describe the
// same happening. In: View + event mentions + publication date. Out: incidents, and mention → incident id.
import { isArmedForce } from '../../graph/identity.ts';
import { placeKey as placeKeyOf } from '../../graph/incidents/key.ts';
import { type Manner, mannersConflict } from '../../graph/incidents/manner.ts';
import { slugify } from '../../graph/names.ts';
import type { Incident, IncidentKind } from '../../graph/schema.ts';
import { casualtiesBySentence } from './casualties.ts';
import { answerBetween, answeredAt, singleVictim } from './crimes.ts';
import {
  beforeReportConflict,
  datelineOf,
  datesConflict,
  findDates,
  reportKey,
  type DayKey,
  type FoundDate,
} from './dates.ts';
import {
  airWordAt,
  BE_FORMS,
  BLAST_PHRASES,
  BLAST_VERBS,
  KILLING_VERBS,
  SEIZING_VERBS,
  NOUNS,
  OTHER_ACTS,
  PAST_EVENT_WORDS,
  SPEECH_VERBS,
  VERBS,
  WEAPONS,
} from './lexicon.ts';
import { mannersIn } from './manner.ts';
import { FIRE_VERBS, NATURE_VERBS } from './disasters.ts';
import { byArmedMen, killsForces, struckByWeapon, type EventMention } from './mentions.ts';
import { findPlaces, isCapitalName, isStateName, PLACE_TYPES, SITES, type Place } from './places.ts';
import { modifiedBy, titleCase, type View } from './view.ts';

/** Triggers that tell violence by themselves (a blast, armed men killing): mentions.ts read their subject. */
const FORCE_TRIGGERS = new Set([
  ...BLAST_VERBS,
  ...KILLING_VERBS,
  ...SEIZING_VERBS,
  ...[...BLAST_PHRASES].map((p) => p.split(' ')[0]!),
]);

/** An event noun's own predicate of happening: "The attack happened at the weekly market", "fighting broke out in". */
const OCCURRED = new Set(
  'happened happen happens occurred occur occurs took take takes broke erupted raged flared'.split(' '),
);

/** Phrases dating an event by the one told before it. */
const SAME_DAY =
  /\b(?:earlier|later) (?:in|that) the day\b|\blater that day\b|\b(?:the|that) same day\b|^(?:(?:later )?in the|later that|that) (?:evening|afternoon|night)\b/i;

interface Draft {
  kind: IncidentKind;
  date: string | null;
  key: DayKey | null;
  /** The day of the week the text names for it ("on Friday"), which tells two events apart without a calendar date. */
  weekday: number | null;
  /**
   * The weekday of its first telling, when the text dated it only so: under a year-less dateline ("BUNIA, May 12
   * (Reuters) - ... late on Monday") or under none ("Yaounde (AFP) - ... late Saturday"); other sentences' weekdays
   * may date a statement about it ("confirmed ... on Wednesday") and are not taken.
   */
  boundWeekday: number | null;
  /** The date is the dateline's, taken for want of another: a date told later for the same event wins. */
  weak: boolean;
  place: string | null;
  /** The place is a country named as an actor (so a town inside it is no conflict). */
  placeIsState: boolean;
  /** The place-type word of the place ("village" for "Pazigyi village"). */
  placeType: string | null;
  /** An unnamed place inside the place that was hit: "a strike on a village in the Sagaing region" → village. */
  sub: string | null;
  /** Wider places the text puts it in, and a region a finer place replaced ("Balochistan" for "Buleda"). */
  areas: string[];
  /** Told as another happening: "a second strike", "another attack". */
  distinct: boolean;
  /** Told as what another answers: "a reprisal for the killing of X" (crimes.ts): never its sentence's other act. */
  answered: boolean;
  /**
   * Told at a measured time from another happening ("came less than a month after a roadside bomb killed three"):
   * another happening even in its own sentence, and no anaphor of a later sentence ("the attack") tells it again.
   * 'long' when weeks or more ("less than a month after"): no news of the report's week.
   */
  interval: false | 'short' | 'long';
  /** Told only in the headline so far: the first body mention that fits tells it again. */
  headline: boolean;
  /**
   * A headline's incident that only triggers of one body sentence, naming no place, have told again so far ("Armed
   * insurgents killed four people ..." before "... in an attack on Lichengue village"): that sentence, else null. Its
   * place is still the headline's, and the rest of that sentence may say it in full.
   */
  leadOnly: number | null;
  participants: string[];
  /** Who acted (attacker, host), when the text says. */
  agents: string[];
  /** Who was acted on (the attacked), when the text says. */
  patients: string[];
  /**
   * A person or a group it befell is named, not only a body whose people it befell ("arrested the head of the port
   * authority", "11 managers of PDVSA").
   */
  personal: boolean;
  killed: number | null;
  wounded: number | null;
  /** The year the text gives it when it tells no month ("In 2018, soldiers torched ..."): background. */
  year: number | null;
  /** How it was done, as the words around its triggers tell (by air, a mine, artillery, a blade). */
  manners: Manner[];
  span: [number, number];
  /** The sentence of its latest mention. */
  last: number;
  /** The paragraph of its first mention. */
  block: number;
  /** The report's own day (publication or dateline), which a weekday of the news falls in the week up to. */
  report: DayKey | null;
}

const ANAPHOR_DET = new Set(['the', 'that', 'this']);

/**
 * True when the place is a state ("Syria"), not a town or region inside one: the actors stage took it for one, or
 * (a headline the actors stage reads apart) the gazetteer names a state so. A capital named as a place is its city.
 */
function isState(view: View, place: Place): boolean {
  if (isCapitalName(place.name)) return false;
  return (
    view.mentions.some(
      (m) => m.start < place.end && m.end > place.start && view.actors.get(m.actorId)?.kind === 'state',
    ) || isStateName(place.name)
  );
}

const VIOLENT = new Set<IncidentKind>(['attack', 'airstrike', 'clash']);
/** The place's key across spellings ("Arbil", "Erbil International Airport" → "erbil"), spaces dropped. */
const placeKey = (p: string) => (placeKeyOf(p) ?? '').replace(/ /g, '');
const samePlace = (a: string, b: string) => placeKey(a).includes(placeKey(b)) || placeKey(b).includes(placeKey(a));

/** How wide a place of this type word is: a province holds districts, a district towns. */
const REGION_RANK: Record<string, number> = {
  province: 3,
  provinces: 3,
  region: 3,
  state: 3,
  governorate: 3,
  county: 2,
  district: 2,
  // "the road between Witu and Mokowe": a village told on it says where.
  road: 1,
};
/**
 * How wide the draft's place is: 4 a state, 3 a province, 2 a district, 1 a road between two towns (at the first),
 * 0 a town or a place of no stated type. A
 * narrower place told for the same incident says where in the wider one it was.
 */
const rank = (d: Draft) => (d.placeIsState ? 4 : (REGION_RANK[d.placeType ?? ''] ?? 0));

/** The auxiliary of a perfect tense. */
const PERFECT = new Set(['have', 'has', 'had']);

/** Participles not in -ed that follow their noun: "positions held by the militia", "a bridge built by". */
const IRREGULAR_PARTICIPLES = new Set(['held', 'built', 'run', 'kept', 'known', 'set', 'seen', 'shot', 'taken']);

/**
 * A bare verb form inside a noun phrase, tagged as a verb: "a Hezbollah launch site", "an army supply depot" (a
 * determiner, a name or modifier, the word, a noun). It opens no clause.
 */
const nounModifier = (all: View['tokens'], k: number): boolean =>
  !/(?:s|ed|ing)$/.test(all[k]!.norm) &&
  all[k + 1]?.pos === 'NOUN' &&
  /^(?:PROPN|NOUN|ADJ)$/.test(all[k - 1]?.pos ?? '') &&
  all[k - 2]?.pos === 'DET';

/** Adjectives that make a plural event noun a habit, not a happening: "repeated raids", "frequent attacks". */
const HABITUAL = new Set(
  'repeated frequent regular numerous countless recurrent recurring sporadic occasional persistent routine'.split(' '),
);

/**
 * "has carried out repeated raids in Togo's Savanes region since 2021", "frequent attacks on convoys": a plural event
 * noun after an adjective of frequency tells a pattern, which no other report tells as one incident.
 */
function habitual(view: View, m: EventMention): boolean {
  const t = view.tokens[m.start]!;
  if (/s$/.test(t.norm) && NOUNS.has(t.norm) && HABITUAL.has(view.tokens[m.start - 1]?.norm ?? '')) return true;
  return lasting(view, m) || measuredSince(view, m);
}

/** Superlatives a report measures its news by against an earlier happening: "the deadliest ... since". */
const SUPERLATIVES = new Set('deadliest worst bloodiest biggest largest heaviest greatest most'.split(' '));
/** Determiners and pronouns of a noun that points back at the news: "The crash was", "It is the deadliest accident". */
const POINTING = new Set(['the', 'this', 'that', 'it', "it's", 'its']);

/**
 * "The crash was the deadliest on Slovenian roads since a bus overturned near Postojna in 2011", "It is the deadliest
 * rail accident in Jutland since a derailment near Kolding in 1998": a noun pointing back at the news, measured by a
 * superlative against an earlier happening told after "since". It tells nothing of its own, and the place, year and
 * dead its sentence gives are the earlier happening's: read as a telling, it would carry them into the news or the
 * news into the past. The happening after "since" is told by its own trigger.
 */
function measuredSince(view: View, m: EventMention): boolean {
  const { tokens } = view;
  const t = tokens[m.start]!;
  if (m.incident !== 'other' || m.act !== 'disaster' || t.pos !== 'NOUN' || m.end !== m.start + 1) return false;
  const s = t.sentence;
  let superlative = false;
  let pointing = false;
  for (let k = m.start - 1; k >= m.start - 4 && tokens[k]?.sentence === s; k--) {
    if (SUPERLATIVES.has(tokens[k]!.norm)) superlative = true;
    if (POINTING.has(tokens[k]!.norm)) pointing = true;
  }
  for (let k = m.end; k < m.end + 10 && tokens[k]?.sentence === s; k++) {
    const w = tokens[k]!.norm;
    if (w === 'since') return (superlative || pointing) && (superlative || sentenceHas(view, m.end, k, SUPERLATIVES));
    if (tokens[k]!.pos === 'PUNCT' && w !== ',') return false;
  }
  return false;
}

/** A word of `set` among tokens [from, to). */
function sentenceHas(view: View, from: number, to: number, set: Set<string>): boolean {
  for (let k = from; k < to; k++) if (set.has(view.tokens[k]!.norm)) return true;
  return false;
}

/**
 * "for months", "for an eighth month", "for a third straight week", "have fought for decades over grazing land", "for more
 * than 15 years": a span of weeks or more, not one happening.
 */
const LASTING =
  /^\s*for\s+(?:(?:more\s+than|over|nearly|almost|about|at\s+least)\s+)?(?:(?:several|many|two|three|four|five|six|nine|ten|\d+)\s+)?(?:weeks|months|years|decades|generations|centuries)\b|^\s*for\s+(?:a|an|the)\s+(?:\w+(?:th|nd|rd|st)|second|third|fifth|ninth|twelfth)\s+(?:(?:straight|consecutive|successive)\s+)?(?:week|month|year)\b/i;

/**
 * "Hezbollah and the Israeli military traded fire across the border for an eighth month": an act told as lasting
 * weeks or more is the war's course, not an incident (the news it is told with is). Read in the words after the
 * trigger's clause object, up to eight tokens on, in its sentence.
 */
function lasting(view: View, m: EventMention): boolean {
  const { tokens } = view;
  // "was jailed for four years", "detained for two weeks": a term served is no span of the act.
  if (m.incident === 'other' && actOf(tokens, m).some((a) => a === 'sentence' || a === 'arrest')) return false;
  const text = view.nlp.text;
  for (let k = m.end; k < m.end + 8 && tokens[k]?.sentence === m.sentence; k++) {
    if (tokens[k]!.norm !== 'for') continue;
    if (LASTING.test(text.slice(tokens[k]!.start, tokens[k]!.start + 40))) return true;
  }
  return false;
}

/** Arms a shot is fired from: "from small arms", "from heavy machine guns", "from mortars". */
const FIRED_WITH = new Set([
  ...WEAPONS,
  ...'arms weapons gun guns rifle rifles cannon cannons launcher launchers howitzer howitzers'.split(' '),
]);

/** Whether the words from k on name arms (after up to three modifiers: "small", "heavy machine"). */
function firedWith(tokens: View['tokens'], k: number): boolean {
  for (let j = k; j < Math.min(tokens.length, k + 4); j++) {
    if (FIRED_WITH.has(tokens[j]!.norm)) return true;
    if (!/^(?:ADJ|NOUN|NUM)$/.test(tokens[j]!.pos) && tokens[j]!.norm !== 'and') return false;
  }
  return false;
}

/** The place nearest the trigger: after it in the same sentence first, then shortly before it. */
function placeFor(view: View, places: Place[], m: EventMention): Place | null {
  // Same clause only: no verb between the trigger and the place ("... a company in Russia" is not where a clash was).
  // An event noun's own predicate is no new clause: "an air strike hit a market in Bama", "shelling killed five in Taiz".
  const noun = view.tokens[m.start]!.pos !== 'VERB' || NOUNS.has(view.tokens[m.start]!.norm);
  const clause = (from: number, to: number, predicate = false) =>
    !view.tokens.slice(from, to).some(
      (t, k, all) =>
        // "the strike had hit a market in X": a perfect's "had" opens no clause; the verb after it is read itself.
        (t.pos === 'VERB' || (t.pos === 'AUX' && !BE_FORMS.has(t.norm) && !PERFECT.has(t.norm))) &&
        all[k - 1]?.text !== '-' &&
        // A participle after its noun opens no clause: "a car packed with explosives", "trucks carrying supplies";
        // nor one before its noun: "a camp for displaced families". A blast's verb is none: "two rockets landed near".
        !(
          (/(?:ed|ing)$/.test(t.norm) || IRREGULAR_PARTICIPLES.has(t.norm)) &&
          all[k - 1]?.pos === 'NOUN' &&
          !BLAST_PHRASES.has(`${t.norm} ${view.tokens[from + k + 1]?.norm ?? ''}`)
        ) &&
        !(
          /ed$/.test(t.norm) &&
          all[k + 1]?.pos === 'NOUN' &&
          /^(?:ADP|SCONJ|DET|ADJ|ADV)$/.test(all[k - 1]?.pos ?? '')
        ) &&
        !nounModifier(all, k) &&
        !(
          predicate &&
          (TOLL_FORMS.has(t.norm) ||
            OCCURRED.has(t.norm) ||
            FIRE_VERBS.has(t.norm) ||
            NATURE_VERBS.has(t.norm) ||
            VERBS.get(t.norm)?.incident)
        ),
    );
  // "the Erbil strike": a name right before the event noun is its place, whatever is told after it.
  const own = places.find((p) => p.token < m.start && p.end === view.tokens[m.start - 1]!.end);
  if (own && noun) return own;
  // "rockets landed near X": a phrase trigger may end in the place's preposition.
  const after = places.find(
    (p) => (p.token >= m.end || (p.token === m.end - 1 && m.end - 1 > m.start)) && p.token - m.end <= 15,
  );
  // "fired from a pickup truck near Bartella": where a shot came from is not where it struck. "opened fire from small
  // arms and mortars on the Ak-Sai border post": what it was fired from is no place.
  const origin = (to: number) =>
    view.tokens.slice(m.end, to).some((t, k, all) => t.norm === 'from' && !firedWith(all, k + 1));
  // "the shooting was a reprisal for the killing of X on Vernon Street": the place is the answered act's.
  if (
    after &&
    clause(m.end, after.token, noun) &&
    !origin(after.token) &&
    !answerBetween(view.tokens, m.end, after.token)
  )
    return after;
  const before = places.filter((p) => p.token < m.start && m.start - p.token <= 8);
  const last = before[before.length - 1];
  // A place before the trigger belongs to it only within the same clause (no verb in between); "told reporters in
  // Bangkok that the bombing ..." is where it was said.
  if (!last || !clause(last.token, m.start)) return whereClause(view, m, places);
  if (view.tokens.slice(last.token, m.start).some((t) => t.norm === 'that' && t.pos === 'SCONJ')) return null;
  return last;
}

/**
 * The words between a place and a trigger of the relative clause after it: ", where four policemen died in an"; the
 * place's type and the wider place may come first (" area of Kech district, where").
 */
const WHERE_GAP =
  /^(?:\s+(?:area|town|village|city|district|region|province|county|taluka|tehsil|sector|camp))?(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'-]*(?:\s+(?:district|region|province|county|taluka|tehsil|state))?)?,?\s+where\s[^;:.,"“”]{0,120}$/u;

/**
 * "in the katcha area of Kandhkot taluka, where four police personnel embraced martyrdom in an attack": a relative
 * "where" clause tells what happened at the place it follows. Only the last place before the trigger, with no
 * clause break between.
 */
function whereClause(view: View, m: EventMention, places: Place[]): Place | null {
  const at = view.tokens[m.start]!.start;
  const last = places.filter((p) => p.end <= at).at(-1);
  return last && WHERE_GAP.test(view.nlp.text.slice(last.end, at)) ? last : null;
}

const WEEKDAYS = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/i;
const WEEKDAY_INDEX = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
/** The day of the week a date expression names ("late on Sunday" → 0), or null. */
const weekdayOf = (s: string): number | null => {
  const m = WEEKDAYS.exec(s);
  return m ? WEEKDAY_INDEX.indexOf(m[1]!.toLowerCase()) : null;
};

/** The date nearest the trigger, leaving out dates of statements ("said Monday", "told reporters on Wednesday"). */
function dateFor(
  view: View,
  dates: FoundDate[],
  m: EventMention,
  lead: FoundDate | null,
): { date: FoundDate; weak: boolean; bound: boolean; weekday: number | null } | null {
  const { tokens } = view;
  const first = view.nlp.sentences[m.sentence]!.firstToken;
  const trigger = tokens[m.start]!.start;
  let best: FoundDate | null = null;
  // A dateline told as sentences of its own before this one (TASS): found by the caller.
  let dateline: FoundDate | null = lead;
  let stated = false;
  let bestDistance = Infinity;
  const statedAhead = dates.some((d) => datesStatement(tokens, d, first, m.start));
  const noun = NOUNS.has(tokens[m.start]!.norm) || NOUNS.has(tokens[m.end - 1]!.norm);
  for (const d of dates) {
    let k = m.start;
    while (k > first && tokens[k - 1]!.start >= d.start) k--;
    while (k < tokens.length && tokens[k]!.start < d.start) k++;
    // The dateline's date ("SRINAGAR, Aug 9, 2019 (Reuters) - Clashes ... on Thursday") dates the report: it is
    // taken only when the sentence dates the event no other way.
    if (DATELINE_END.test(view.nlp.text.slice(d.end, Math.min(trigger, d.end + 40)))) {
      dateline = d;
      continue;
    }
    // "X struck Y on Wednesday, a day after Z shelled W": a clause opener between them gives the date to the other act.
    const [lo, hi] = d.start >= trigger ? [m.end, k] : [k, m.start];
    let opener = false;
    // "an ambush near X, where troops launched an offensive in October 2024": a relative clause's date is its own.
    for (let j = lo; j < hi && !opener; j++)
      opener =
        (DATE_OPENERS.has(tokens[j]!.norm) && !tollOfDisaster(tokens, m, first, j)) || tokens[j]!.norm === 'where';
    // "the killing of 60 villagers in December 2014 and an attack on a market in August": a date before a
    // coordinated event noun is its conjunct's.
    if (d.start < trigger && noun && tokens.slice(lo, hi).some((t) => t.norm === 'and')) opener = true;
    if (opener || (d.start < trigger && relativeVerb(tokens, m, lo))) continue;
    // "Police said Saturday night's shooting ...": a date possessing the event noun is its own, never a statement's.
    if (possessesTrigger(view.nlp.text, d, trigger)) {
      best = d;
      bestDistance = 0;
      continue;
    }
    // "confirmed the attack for the first time on Wednesday": the event is what the statement is about, and a date
    // after it dates the statement, unless the statement has its own before its verb ("CPJ on Monday condemned the
    // arrests of three journalists in Eldoret on Friday").
    let statement = d.start >= trigger && aboutStatement(tokens, first, m.start) && !statedAhead;
    for (let j = k - 1; j >= Math.max(first, k - 4); j--) if (SPEECH_VERBS.has(tokens[j]!.norm)) statement = true;
    if (datesStatement(tokens, d, first, m.start)) statement = true;
    if (statement) {
      stated = true;
      continue;
    }
    // Dates after the trigger usually belong to it ("struck X on Tuesday"); earlier ones count double.
    const distance = d.start >= trigger ? d.start - trigger : (trigger - d.end) * 2;
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  // A sentence dating only its statement ("Armenia on Wednesday accused ...") tells of an earlier event: the
  // dateline's day is the statement's too.
  // The date itself is never copied with a flag added: all dates keep the hidden class of dates.ts's.
  // "on Tuesday" under a dateline without its year ("ERBIL, May 25"): the weekday cannot be placed, but the event
  // is the report's week; the dateline's day then bounds it (weak) without being given as its date (`bound`).
  const weekday = best ? weekdayOf(view.nlp.text.slice(best.start, best.end)) : null;
  // "on Sunday (Feb. 24)", "on Thursday (Jan 23)": the day in brackets after a weekday says which one it is.
  if (best && best.key.month == null) best = bracketedDay(view.nlp.text, dates, best) ?? best;
  if (best && best.key.month == null && dateline && !stated)
    return { date: dateline, weak: true, bound: true, weekday };
  if (best) return { date: best, weak: false, bound: false, weekday };
  return stated || !dateline ? null : { date: dateline, weak: true, bound: false, weekday: null };
}

/**
 * "Police on Friday questioned the driver of a lorry that was hit by a coach": a disaster told as the verb of a
 * relative clause (the pronoun right before it, past auxiliaries) after the main clause's date; that date is the main
 * verb's, not the disaster's.
 */
function relativeVerb(tokens: View['tokens'], m: EventMention, from: number): boolean {
  if (m.act !== 'disaster' || tokens[m.start]!.pos !== 'VERB') return false;
  let k = m.start - 1;
  while (k > from && /^(?:AUX|ADV|PART)$/.test(tokens[k]!.pos)) k--;
  return k >= from && /^(?:that|which)$/.test(tokens[k]!.norm);
}

/** "Saturday night's shooting", "last Sunday's murder": the date right before the trigger, as its possessor. */
const POSSESSOR_GAP = /^(?: night| morning| evening| afternoon)?(?:'s|’s)(?:\s+[\p{L}-]+){0,2}\s+$/u;
const possessesTrigger = (text: string, d: FoundDate, trigger: number) =>
  d.end <= trigger && POSSESSOR_GAP.test(text.slice(d.end, trigger));

/** The date told in brackets right after the weekday `d` ("Sunday (Feb. 24)"), or null. */
function bracketedDay(text: string, dates: FoundDate[], d: FoundDate): FoundDate | null {
  return dates.find((x) => x.key.month != null && /^\s*\($/.test(text.slice(d.end, x.start))) ?? null;
}

/** The dateline sentences opening the mention's paragraph right before its sentence ("DONETSK, January 27. /TASS/."). */
function ownDateline(view: View, m: EventMention, publishedAt: string | null): FoundDate | null {
  const { sentences, text } = view.nlp;
  const s = sentences[m.sentence]!;
  let k = m.sentence;
  while (k > 0 && sentences[k - 1]!.block === s.block) k--;
  if (k === m.sentence) return null;
  return datelineOf(text.slice(sentences[k]!.start, s.start), publishedAt, sentences[k]!.start);
}

const TOLL_VERBS = new Set(['killed', 'wounded', 'injured']);
const TOLL_FORMS = new Set([
  ...TOLL_VERBS,
  'kill',
  'kills',
  'killing',
  'wounding',
  'injuring',
  'left',
  'including',
  'displaced',
]);
// One literal for every mention this file makes, so they share the hidden class of mentions.ts's (a spread copy
// would not, and each function reading both kinds would be compiled again).
const tollMention = (start: number, sentence: number): EventMention => ({
  type: null,
  start,
  end: start + 1,
  sentence,
  agents: [],
  patients: [],
  incident: null,
  anaphoric: true,
  event: null,
});

/** The draft's place is a town or region where the incident's was unknown or a whole country. */
const refines = (into: Draft, draft: Draft) => !!draft.place && (!into.place || rank(draft) < rank(into));

/** "were attacked", "was quickly struck": a trigger verb after a form of "be". */
function passive(tokens: View['nlp']['tokens'], t: number): boolean {
  let k = t - 1;
  if (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  return k >= 0 && BE_FORMS.has(tokens[k]!.norm) && tokens[k]!.sentence === tokens[t]!.sentence;
}

/**
 * Verbs of saying and of rejecting, whose date is the statement's, not the event's ("Iran on Friday rejected ...
 * the attacks"). An accusation keeps its date: "X on Friday accused Y of shelling Z" tells of that day's shelling.
 */
const STATEMENT_VERBS = new Set([...SPEECH_VERBS, 'rejected', 'dismissed']);

/** Verbs whose object is an event told as a statement's topic: "confirmed the attack", "condemned the raid". */
const ABOUT_VERBS = new Set(
  `confirm confirms confirmed deny denies denied condemn condemns condemned denounce denounces denounced acknowledged
  protest protests protested`.split(/\s+/),
);
/** The trigger (an event noun) is the object of a statement verb at most three words before it. */
const aboutStatement = (tokens: View['tokens'], first: number, start: number) =>
  tokens.slice(Math.max(first, start - 3), start).some((t) => ABOUT_VERBS.has(t.norm));

/**
 * "Iran on Friday rejected ...", "Labour groups on Wednesday protested the arrest of ...": the date right before a
 * verb of statement or of reaction to the event (the trigger at `start`, after it) is the statement's.
 */
function datesStatement(tokens: View['tokens'], d: FoundDate, first: number, start: number): boolean {
  let after = first;
  while (after < start && tokens[after]!.start < d.end) after++;
  const w = tokens[after]?.norm ?? '';
  return after < start && tokens[after]!.start >= d.end && (STATEMENT_VERBS.has(w) || ABOUT_VERBS.has(w));
}

/** Clause openers that give what follows them a time of its own. */
const DATE_OPENERS = new Set(['after', 'before', 'since', 'until']);

/** Words of a toll the news of a disaster is told by: "seven miners died ... after water gushed into a pit". */
const DISASTER_TOLL = new Set(
  'died dead killed drowned missing trapped injured hurt rescued perished buried'.split(' '),
);

/**
 * "Seven miners died and four were rescued on Tuesday after water gushed into a gold pit", "three fishermen are
 * missing after their trawler sank on Monday": a disaster told in an "after" clause whose main clause is its toll.
 * The toll and the day are the disaster's, not another act's: the opener at `j` gives the date away to none.
 */
function tollOfDisaster(tokens: View['tokens'], m: EventMention, first: number, j: number): boolean {
  if (m.act !== 'disaster' || tokens[j]!.norm !== 'after' || j >= m.start) return false;
  for (let k = first; k < j; k++) if (DISASTER_TOLL.has(tokens[k]!.norm)) return true;
  return false;
}

/** "in 2014", "during 2019": a year told with no month. */
const YEAR_WORDS = new Set(['in', 'during']);
/** Words between a trigger and a year that give the year to another clause ("a day after ..., where ... in 2015"). */
const YEAR_BREAKS = new Set([...DATE_OPENERS, 'where', 'when', 'while', 'as', ';', 'than', 'last']);

/**
 * The year a clause dates its trigger to when it tells no month ("In 2018, soldiers torched ...", "came under a
 * similar attack in 2014"): within a dozen tokens of the trigger in its sentence, nothing between that opens another
 * clause. Null when none.
 */
function yearOf(view: View, m: EventMention): number | null {
  const { tokens } = view;
  const s = view.nlp.sentences[m.sentence]!;
  const named = yearInPhrase(tokens, s.firstToken, m.start);
  if (named !== null) return named;
  for (let k = Math.max(s.firstToken + 1, m.start - 12); k < Math.min(s.endToken, m.end + 12); k++) {
    if (k >= m.start && k < m.end) continue;
    if (!/^(?:19|20)\d{2}$/.test(tokens[k]!.text) || !YEAR_WORDS.has(tokens[k - 1]!.norm)) continue;
    // "in 2014" read as part of a longer date ("in 2014-15", "2014 elections") is no year of the event.
    if (/^[-–/]$/.test(tokens[k + 1]?.text ?? '')) continue;
    const [lo, hi] = k < m.start ? [k + 1, m.start] : [m.end, k - 1];
    // One clause: no verb between ("was pushed out of Mogadishu in 2011 but still carries out bombings"), but for
    // the auxiliaries of a clause a fronted year opens ("In 2020, a pastor was shot dead in Hitadipa").
    const fronted = k - 1 === s.firstToken && tokens[k + 1]?.text === ',';
    const breaks = (t: View['tokens'][number]) =>
      YEAR_BREAKS.has(t.norm) || t.pos === 'VERB' || (t.pos === 'AUX' && !(fronted && BE_FORMS.has(t.norm)));
    if (tokens.slice(lo, hi).some(breaks)) continue;
    return +tokens[k]!.text;
  }
  return null;
}

/** Words a year may stand among before its event noun: "the 2004 Indian Ocean tsunami", "the 2016 resort shooting". */
const NAME_POS = /^(?:ADJ|NOUN|PROPN)$/;

/** A year told inside the trigger's own noun phrase, after its determiner ("the 2004 tsunami"), or null. */
function yearInPhrase(tokens: View['tokens'], first: number, start: number): number | null {
  let k = start - 1;
  while (k > first && start - k <= 5 && NAME_POS.test(tokens[k]!.pos) && !/^(?:19|20)\d{2}$/.test(tokens[k]!.text)) k--;
  if (k <= first || !/^(?:19|20)\d{2}$/.test(tokens[k]!.text)) return null;
  return /^(?:the|a|an|its|their|this|that)$/.test(tokens[k - 1]!.norm) ? +tokens[k]!.text : null;
}

/** What follows a dateline's date: an optional agency in parentheses, then a dash. */
const DATELINE_END = /^\s*(?:\([^)]{1,40}\))?\s*[-—–]{1,2}\s/;

/**
 * Places the article puts inside others ("Pazigyi, a village in Sagaing"): "inner|outer" keys, and per inner key the
 * outer places as written.
 */
interface Within {
  pairs: Set<string>;
  outers: Map<string, string[]>;
}
const noWithin = (): Within => ({ pairs: new Set(), outers: new Map() });

/** Every wider place the article puts this one in, through the places between ("Nakuka" → Memba → Nampula). */
function outersOf(within: Within, place: string): string[] {
  const out: string[] = [];
  const seen = new Set([placeKey(place)]);
  for (let todo = [place], depth = 0; todo.length && depth < 4; depth++) {
    const next: string[] = [];
    for (const p of todo)
      for (const o of within.outers.get(placeKey(p)) ?? [])
        if (!seen.has(placeKey(o))) {
          seen.add(placeKey(o));
          out.push(o);
          next.push(o);
        }
    todo = next;
  }
  return out;
}

/**
 * b's place lies inside a's: the article says so, or a's strike hit an unnamed place of the very type b's place
 * is ("an air strike on a village in Sagaing" … "the attack on Pazigyi village").
 */
const inside = (a: Draft, b: Draft, within: Within) =>
  !!(a.place && b.place) &&
  (within.pairs.has(`${placeKey(b.place!)}|${placeKey(a.place!)}`) ||
    (!!a.sub && a.sub === b.placeType) ||
    // "Darfur" and "Mellit, in Sudan's North Darfur state".
    [...b.areas, ...b.areas.flatMap((x) => outersOf(within, x)), ...outersOf(within, b.place!)].some((x) =>
      samePlace(x, a.place!),
    ));

/** `a` dated to a year alone, `b` to a weekday of the report's week or to another year. */
function yearsApart(a: Draft, b: Draft): boolean {
  if (a.year === null || (a.key && !a.weak)) return false;
  // A dateline's year (a weak key) is the report's: the year of its week's news.
  const other = b.key?.year ?? b.year;
  return (b.weekday !== null && (!b.key || b.weak) && b.year === null) || (other != null && other !== a.year);
}

/**
 * `a` told by a weekday alone ("on Tuesday"), the report's week in wire style, and `b` by a day of its own that
 * cannot fall in the week up to the report's day: "a car bomb went off on Tuesday" under a May 14 dateline is not
 * "a raid on a protest camp in Hawijah on April 23", told as the background.
 */
function outsideReportWeek(a: Draft, b: Draft): boolean {
  if (a.weekday === null || (a.key && !a.weak) || !a.report || !b.key || b.weak || b.key.day == null) return false;
  return beforeReportConflict(a.report, b.key);
}

/** Two descriptions that cannot be one happening: different places (a country holds its towns) or dates. */
function conflicts(a: Draft, b: Draft, within: Within = noWithin()): boolean {
  // "a landmine exploded on a road" is not "an air strike hit a monastery", whatever place and day they share.
  if (mannersConflict(a.manners, b.manners)) return true;
  if (a.weekday !== null && b.weekday !== null && a.weekday !== b.weekday) return true;
  // "on Tuesday" is the report's week; "in January 2014" is a month long past: wire copy dates them so apart.
  const monthOnly = (d: Draft) => !!d.key && d.key.month != null && d.key.day == null && !d.weak && !d.key.week;
  if ((a.weekday !== null && !a.key && monthOnly(b)) || (b.weekday !== null && !b.key && monthOnly(a))) return true;
  // "In 2018, soldiers torched dozens of homes in Ndop" is not the bar attack there "on Saturday night", nor one of
  // another year.
  if (yearsApart(a, b) || yearsApart(b, a)) return true;
  if (outsideReportWeek(a, b) || outsideReportWeek(b, a)) return true;
  if (
    a.place &&
    b.place &&
    !samePlace(a.place, b.place) &&
    a.placeIsState === b.placeIsState &&
    !nestable(a, b) &&
    !inside(a, b, within) &&
    !inside(b, a, within)
  )
    return true;
  if (!a.key || !b.key || (a.weak && b.weak)) return false;
  // A dateline's day dates the report, not the event: a date told elsewhere conflicts only when it cannot be the
  // week before it.
  if (a.weak || b.weak) return a.weak ? beforeReportConflict(a.key, b.key) : beforeReportConflict(b.key, a.key);
  return datesConflict(a.key, b.key);
}

/**
 * The parties of `a` that may make it one happening with `b`: all of them, but a party struck in one that names no
 * attacker and the one attacker of the other ("jihadists attacked a VDP post" / "VDP fighters killed 12 herders")
 * tells two happenings, not one; fighting has no attacker, so a clash keeps them all, and an incident of kind other.
 */
function sideless(a: Draft, b: Draft, root: (id: string) => string): string[] {
  // Nor has an arrest or a sentence: "Odera arrested" names as its subject whom "police arrested Odera" names after.
  if (a.kind === 'clash' || b.kind === 'clash' || a.kind === 'other') return a.participants;
  const soleAgent = (d: Draft, p: string) => d.agents.length === 1 && root(d.agents[0]!) === root(p);
  return a.participants.filter(
    (p) => !((!a.agents.length && soleAgent(b, p)) || (!b.agents.length && soleAgent(a, p))),
  );
}

function compatible(a: Draft, b: Draft, anaphoric: boolean, root: (id: string) => string, within: Within): boolean {
  // Told as another happening than those before its sentence (two triggers of that sentence may still be one).
  if (b.distinct && a.last !== b.last) return false;
  // "the shooting was a reprisal for the killing of X": the act answered is another than its sentence's other one.
  if ((a.answered || b.answered) && a.last === b.last) return false;
  // Two triggers of one measured clause ("a day after a roadside bomb hit a convoy") tell one happening.
  if (b.interval ? !a.interval || a.last !== b.last : a.interval && anaphoric && a.last !== b.last) return false;
  if (a.kind !== b.kind && !(VIOLENT.has(a.kind) && VIOLENT.has(b.kind))) return false;
  if (conflicts(a, b, within)) return false;
  // A state's military stands for the state: "Israel struck ..." and "Israeli warplanes hit ..." share a party.
  // When both name who acted, the same side must act in both ("Hamas fired at Israel" is not Israel's strike).
  const overlap = (x: string[], y: string[]) => y.some((p) => x.some((q) => root(q) === root(p)));
  // Fighting has no attacker: "fighting between X and Y" and "X clashed with Y" share a party either way.
  const shared =
    a.agents.length && b.agents.length && (a.kind !== 'clash' || b.kind !== 'clash')
      ? overlap(a.agents, b.agents)
      : overlap(sideless(a, b, root), sideless(b, a, root));
  // A country is too wide to make two reports one happening; a town is not.
  const place =
    !!(a.place && b.place && !a.placeIsState && !b.placeIsState && samePlace(a.place, b.place)) ||
    (!!(a.place && b.place) &&
      (within.pairs.has(`${placeKey(b.place!)}|${placeKey(a.place!)}`) ||
        within.pairs.has(`${placeKey(a.place!)}|${placeKey(b.place!)}`))) ||
    // "a missile hit a camp near Marib" … "fired the missile at the al-Jufaina camp": the camp named.
    (!!a.sub && a.sub === b.placeType && !!b.place && SITES.has(a.sub));
  const date = !!(a.key && b.key && a.key.month != null);
  // "Air strike on market kills 11" over "An air strike hit a market in Bama on Sunday, killing 11".
  const retold = a.headline && !b.headline;
  // A year of its own is no bare mention: "In 2019, a methane blast at the same company's section injured six".
  const bare = !b.participants.length && !b.place && !b.key && b.year === null;
  // "A car bomb exploded at X": two triggers of one sentence, one of them naming no party, tell one happening.
  const oneSentence = a.last === b.last && (!a.participants.length || !b.participants.length);
  // "a raid on a village in eastern Congo" … "The attackers struck Kainama, a farming village": a town told right
  // after an incident placed only in a country says where in it, when it names no other party.
  // So does a named place of the very type the first strike hit unnamed ("a village in the Sagaing region" …
  // "dropped two bombs on Nyaung Kone village").
  const refinesCountry =
    (rank(a) > rank(b) || (!!a.sub && a.sub === b.placeType)) &&
    !!b.place &&
    !b.placeIsState &&
    b.last - a.last <= 2 &&
    !b.participants.length;
  // "Grenade blasts at a bus station in Bujumbura killed two" … "Assailants hurled grenades at commuters in the
  // Kamenge district": the next sentence, naming no party, no day and no toll, tells how that happening unfolded.
  const unfolds =
    b.last - a.last === 1 &&
    a.kind === b.kind &&
    !b.participants.length &&
    !b.key &&
    b.weekday === null &&
    b.killed == null &&
    b.wounded == null;
  return (
    shared ||
    place ||
    date ||
    anaphoric ||
    bare ||
    retold ||
    oneSentence ||
    refinesCountry ||
    unfolds ||
    namesWhom(a, b)
  );
}

/** Sentences after an act that names nobody it befell in which its retelling may name them. */
const NAMING_SPAN = 2;

/**
 * "Police arrested the head of the port authority on Tuesday" … "Rodrigo Valdivieso, who has run it since 2019, was
 * detained at his home": a sentence just after an arrest or a sentence that named nobody it befell tells the same act
 * of someone, with no day and no other doer of its own. A body whose people it befell names no one ("the head of the
 * port authority"); an act that named whom it befell ("police detained X") is never retold so of another person.
 */
function namesWhom(a: Draft, b: Draft): boolean {
  if (a.kind !== 'other' || b.kind !== 'other' || a.personal || !b.patients.length) return false;
  if (!a.manners.some((m) => m !== 'disaster' && b.manners.includes(m))) return false;
  if (b.last <= a.last || b.last - a.last > NAMING_SPAN || b.key || b.weekday !== null || b.distinct) return false;
  return b.agents.every((p) => a.agents.includes(p));
}

/** A disaster: no party acts in it, so a day alone does not place it ("the truce collapsed on Monday" is none). */
const befell = (d: Draft): boolean => d.manners.includes('disaster');

/**
 * What an incident of kind other is: the act its mention tells (a disaster, a verdict), else by its trigger:
 * "test-fired" a test, "sentenced" a sentence, "detained" an arrest.
 */
function actOf(tokens: View['tokens'], m: EventMention): Manner[] {
  const w = tokens[m.start]!.norm;
  const act = m.act ?? (w === 'test' ? 'test' : OTHER_ACTS.get(w));
  return act ? [act] : [];
}

/**
 * "Five dead as Bangladesh army clashes with ethnic armed group near Myanmar border" over "The KNF ambushed soldiers
 * ... in the Ruma area of Bandarban district": a headline names a wider place than the lead, and the text need not
 * say one is in the other. The first violent incident of the body tells the headline's, wherever each puts it.
 */
function headlineLead(into: Draft, draft: Draft, drafts: Draft[], within: Within): boolean {
  // The headline's alone, or with the first words of the lead sentence this trigger is in.
  const fresh = into.headline || (into.leadOnly === draft.last && !draft.interval);
  if (!fresh || draft.headline || drafts.some((d) => d !== into && !d.headline) || draft.distinct) return false;
  if (!VIOLENT.has(into.kind) || !VIOLENT.has(draft.kind)) return false;
  return !conflicts(into, { ...draft, place: null }, within);
}

/** "It was the second attack on the army this month": a predicate that counts the event told, not another one. */
function predicative(tokens: View['tokens'], t: number): boolean {
  for (let k = t - 1; k >= 0 && k >= t - 5 && tokens[k]!.sentence === tokens[t]!.sentence; k--) {
    if (BE_FORMS.has(tokens[k]!.norm)) return true;
    // "six people were killed in an earlier clash": a verb or a preposition between makes it no complement of "be".
    if (/^(?:VERB|ADP|SCONJ|PUNCT)$/.test(tokens[k]!.pos)) return false;
  }
  return false;
}

/** Sentence openers that tell another happening: "Separately, ...", "Elsewhere on Tuesday", "In a separate attack". */
const ELSEWHERE =
  /^(?:separately|elsewhere|in (?:a|another) (?:separate|different|second|other) (?:incident|attack))\b/i;

/** Adverbs before a trigger that set it before the reported event: "Washington has previously carried out strikes". */
const PAST_ADVERBS = new Set(['previously', 'formerly', 'repeatedly']);

/** Words before an event noun that make it another happening than those told before. */
const DISTINCT = new Set([
  'another',
  'second',
  'third',
  'fourth',
  'separate',
  'fresh',
  'further',
  'new',
  // "a similar attack in 2014", "after a similar exchange of fire": one like it, told as another.
  'similar',
  ...PAST_EVENT_WORDS,
]);

/** Units a time between two happenings is measured in: hours or days ("a day after"), and weeks or more ("less than a
 * month before"). */
const INTERVAL_UNITS = new Set('minute minutes hour hours day days'.split(' '));
const LONG_INTERVAL_UNITS = new Set('week weeks month months year years'.split(' '));
/** Determiners that point at a happening told before ("days after the attack"): the same one, not another. */
const DEFINITE = new Set(['the', 'this', 'that', 'its', 'their', 'his', 'her']);

/**
 * "The attack came less than a month after a roadside bomb killed three soldiers", "weeks before gunmen stormed X":
 * a trigger right after an opener measured from another time is another happening. The words between the opener and
 * the trigger may be its determiner, modifiers and subject only, and none of them definite ("two days after the
 * attack" is the news again).
 */
function atInterval(tokens: View['tokens'], first: number, start: number): Draft['interval'] {
  for (let k = start - 1; k > first && k >= start - 6; k--) {
    const t = tokens[k]!;
    if (DATE_OPENERS.has(t.norm) && t.norm !== 'until') {
      const unit = tokens[k - 1]!.norm;
      return LONG_INTERVAL_UNITS.has(unit) ? 'long' : INTERVAL_UNITS.has(unit) ? 'short' : false;
    }
    if (DEFINITE.has(t.norm) || !/^(?:DET|ADJ|PROPN|NUM|NOUN|PART)$/.test(t.pos)) return false;
  }
  return false;
}

/** "a strike on a village in X": the place-type word of an unnamed place between the trigger and its place. */
function unnamedPlace(view: View, m: EventMention, place: Place): string | null {
  const { tokens } = view;
  if (place.token < m.end) return null;
  // "killed at least 21 people, including six children, in a village in the Sagaing region": right before it.
  const k = place.token - 1;
  const typed = (w: string) => PLACE_TYPES.has(w) || SITES.has(w);
  if (k > m.end && typed(tokens[k]!.norm) && /^(?:a|an)$/.test(tokens[k - 1]!.norm)) return tokens[k]!.norm;
  if (place.token - m.end > 10) return null;
  for (let k = m.end; k < place.token; k++)
    if (typed(tokens[k]!.norm) && /^(?:a|an)$/.test(tokens[k - 1]!.norm)) return tokens[k]!.norm;
  return null;
}

/**
 * Between two places: "X village in", "X bus terminal, in", "X, a town in the eastern", "the village of X in the", "X,
 * a village in the mountainous municipality of", "X, on the western edge of", "X, a military base west of the town of".
 * The words right after X name what is there, not what happened ("X killed two in Y" puts X in nothing).
 */
const NESTED =
  /^(?:\s+(?!(?:killed|kills|killing|wounded|injured|attacked|struck|hit|said|says|told|reported)\b)[a-z]+){0,2}(?:,\s+(?:a|an|the)(?:\s+[\w-]+){1,3})?,?\s+(?:(?:in|near|outside)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?(?:[a-z-]+\s+){0,2}(?:of\s+)?|on\s+the\s+(?:[a-z-]+\s+)?(?:edge|outskirts|fringes?)\s+of\s+(?:the\s+)?|(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?)$/u;
/** "Bacho, a district of Narathiwat province", "Wabag, the provincial capital of Enga": an apposition typing it. */
const APPOSED_UNIT =
  /^,\s+(?:a|an|the)(?:\s+(?![0-9])[\w,-]+){0,4}?\s+(?:district|sub-district|town|village|city|capital|county|province|region|suburb|neighbou?rhood|commune|municipality|township|locality|settlement)\s+(?:of|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?(?:[a-z-]+\s+){0,2}$/u;

/**
 * After a place, its unit and the wider place it belongs to: "Memba district of Mozambique's Nampula province",
 * "Ruma upazila of Bandarban" (the wider place need not follow a preposition, so it is no place of the sentence).
 */
const UNIT_OF =
  /^\s+(?:district|sub-district|upazila|county|municipality|province|region|department|governorate|division|zone|area|township|tehsil|woreda|commune|prefecture)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western)\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})/u;

/** A lake, a river or a sea by its name ("Lake Albert", "the Chobe River", "Lake Kivu"). */
const WATER_NAME = /^(?:Lake|River)\s\p{Lu}|\s(?:River|Lake|Sea)$/u;

/** "off Buliisa on Lake Albert", "Kasane on the Chobe River": a town told on a body of water lies by it. */
const onWater = (gap: string, name: string): boolean => /^\s+on\s+(?:the\s+)?$/.test(gap) && WATER_NAME.test(name);

/** Places (per sentence) that the text puts inside the place named right after them. */
function containment(text: string, placesOf: Map<number, Place[]>): Within {
  const within = noWithin();
  const add = (inner: string, outer: string) => {
    const key = placeKey(inner);
    within.pairs.add(`${key}|${placeKey(outer)}`);
    within.outers.set(key, [...(within.outers.get(key) ?? []), outer]);
  };
  for (const places of placesOf.values()) {
    for (const p of places) {
      if (p.outer) add(p.name, p.outer);
      const unitOf = UNIT_OF.exec(text.slice(p.end, p.end + 90));
      if (unitOf && !isStateName(unitOf[1]!)) add(p.name, unitOf[1]!);
    }
    for (let k = 0; k + 1 < places.length; k++) {
      const [a, b] = [places[k]!, places[k + 1]!];
      const gap = text.slice(a.end, b.start);
      if (b.start - a.end < 60 && (NESTED.test(gap) || APPOSED_UNIT.test(gap) || onWater(gap, b.name)))
        add(a.name, b.name);
    }
  }
  return within;
}

/**
 * A headline tells the news its lead dates: a later sentence dating its event to another day ("Torbung is where the
 * violence first erupted on May 3, 2023") tells the background, not the headline's incident again. True when the
 * headline incident has not met a body sentence yet and the lead's own date (not a dateline's) rules the draft out.
 */
function offTheNews(into: Draft, draft: Draft, drafts: Draft[]): boolean {
  if (!into.headline || !draft.key || draft.key.month == null || draft.weak) return false;
  const lead = drafts.find((d) => !d.headline);
  return !!lead?.key && lead !== into && lead.key.month != null && !lead.weak && datesConflict(lead.key, draft.key);
}

/**
 * Wire copy dates its news by the day ("yesterday", "on Thursday") or leaves it undated, and its background by the
 * month ("the November 2024 attack on a convoy near Bagan", "In October 2025, six people were killed in Tepuche"). A
 * mention dated only to a month of a stated year, in another paragraph, is not the article's first incident when
 * that one has no date: it would lend it a date (and a toll) that keeps other outlets' reports of the news away.
 */
function pastOfNews(into: Draft, draft: Draft, drafts: Draft[]): boolean {
  if (into !== drafts[0] || draft.block === into.block) return false;
  // A dateline's day lent for want of another dates nothing told; a day told ("on Monday") is news of its own.
  const own = into.key && !into.weak ? into.key : null;
  if (own && own.day == null) return false;
  // So does a year alone ("In 2020, a pastor was shot dead in Hitadipa") other than the news's.
  const newsYear = own?.year ?? into.report?.year;
  if (!draft.key && draft.year !== null) return into.year === null && draft.year !== newsYear;
  if (!draft.key || draft.weak) return false;
  // "was arrested in 2015 on similar charges": a year told alone as a date, another than the news's.
  if (draft.key.month == null && draft.key.year != null && !draft.key.week)
    return into.year === null && newsYear != null && draft.key.year !== newsYear;
  const month = draft.key.year != null && draft.key.month != null && draft.key.day == null && !draft.key.week;
  // "the deal, agreed in May 2015" under a lead dated "on Monday": another month or year than the news's day.
  return month && (!own || own.year !== draft.key.year || own.month !== draft.key.month);
}

/** Per sentence, computed once however many triggers it holds. */
interface SentenceInfo {
  places: Place[];
  headline: boolean;
  sameDay: boolean;
}

/**
 * The incident one trigger describes, before merging. A function of its own (as is mergeDraft), so that a V8
 * recompile of one part, when it meets a new kind of input, does not recompile all of findIncidents.
 */
function draftOf(
  view: View,
  m: EventMention,
  info: SentenceInfo,
  drafts: Draft[],
  casualtiesOf: (k: number) => { killed: number | null; wounded: number | null },
  publishedAt: string | null,
): Draft {
  const { tokens, sentences, text } = view.nlp;
  const s = sentences[m.sentence]!;
  let kind = m.incident;
  // Near the trigger only: "warplanes struck X hours after Y fired missiles" makes only the first an airstrike.
  const [near0, near1] = [Math.max(s.firstToken, m.start - 6), Math.min(s.endToken, m.end + 6)];
  // An attack by warplanes, drones or glide bombs is an airstrike (a suicide bomber or a car bomber is no aircraft).
  if (kind === 'attack' && Array.from({ length: near1 - near0 }, (_, i) => near0 + i).some((k) => airWordAt(tokens, k)))
    kind = 'airstrike';
  // Title Case headlines glue words into names ("Talks Stall in Cairo"): their places are not trusted.
  const place = info.headline ? null : placeFor(view, info.places, m);
  // Dates are read in a window around the trigger: chrono's cost grows with the text it is given.
  const from = Math.max(s.start, tokens[m.start]!.start - 80);
  const to = Math.min(s.end, tokens[m.end - 1]!.end + 120);
  const found = findDates(text.slice(from, to), publishedAt, from);
  // "Three people were killed ... when men threw grenades into a crowd at X, on the evening of Friday, September 12":
  // a sentence dating its event only at its far end.
  if (!found.length && to < s.end) found.push(...findDates(text.slice(to, s.end), publishedAt, to));
  const dated = dateFor(view, found, m, ownDateline(view, m, publishedAt));
  const date = dated?.date ?? null;
  const year = kind && kind !== 'meeting' && (!dated || dated.weak) ? yearOf(view, m) : null;
  const told = dated?.bound ? null : date;
  // "the murder of Dwayne Gentle": one dead, whatever else its sentence counts.
  const casualties =
    kind === 'meeting'
      ? { killed: null, wounded: null }
      : singleVictim(view, m.start)
        ? { killed: 1, wounded: null }
        : casualtiesOf(m.sentence);
  // Tolls are often told in the sentences after the event, within the same paragraph.
  for (let k = m.sentence + 1; kind !== 'meeting' && k < sentences.length && sentences[k]!.block === s.block; k++) {
    if (casualties.killed != null || casualties.wounded != null) break;
    Object.assign(casualties, casualtiesOf(k));
  }
  // "Earlier in the day", "later that day", "the same day": the day of the incident told just before.
  const sameDay = !date && info.sameDay ? drafts[drafts.length - 1] : undefined;
  return {
    kind: kind ?? 'other',
    date: told?.value ?? sameDay?.date ?? null,
    key: date?.key.month != null ? date.key : (sameDay?.key ?? null),
    weekday: dated?.weekday ?? sameDay?.weekday ?? null,
    boundWeekday: dated && (dated.bound || dated.date.key.month == null) ? dated.weekday : null,
    weak: dated ? dated.weak : !!sameDay?.weak,
    place: place?.name ?? null,
    placeIsState: !!place && isState(view, place),
    placeType: place?.type ?? null,
    sub: place ? (place.site ?? unnamedPlace(view, m, place)) : null,
    areas: place?.outer ? [place.outer] : [],
    distinct:
      (modifiedBy(tokens, m.start, DISTINCT) && !predicative(tokens, m.start)) ||
      ELSEWHERE.test(text.slice(s.start, s.start + 40)) ||
      tokens.slice(s.firstToken, m.start).some((t) => PAST_ADVERBS.has(t.norm)),
    answered: answeredAt(tokens, s.firstToken, m.start),
    interval: atInterval(tokens, s.firstToken, m.start),
    // A headline: the article's first line, a paragraph of its own without a closing stop.
    headline:
      m.sentence === 0 &&
      sentences.length > 1 &&
      sentences[1]!.block !== s.block &&
      !/[.!?"”]\s*$/.test(text.slice(s.start, s.end)),
    leadOnly: null,
    participants: [...m.agents, ...m.patients.filter((p) => !m.agents.includes(p))],
    agents: m.incident === 'meeting' ? [] : [...m.agents],
    patients: [...m.patients],
    personal: m.patients.some((p) => /^(?:person|group)$/.test(view.actors.get(p)?.kind ?? '')),
    killed: casualties.killed,
    wounded: casualties.wounded,
    year,
    manners: kind === 'other' ? actOf(tokens, m) : kind === 'meeting' || !kind ? [] : mannersIn(tokens, near0, near1),
    span: [s.start, s.end],
    last: m.sentence,
    block: s.block,
    report: reportKey(publishedAt),
  };
}

/**
 * "Hours before the Erbil strike, two rockets landed ...", "the deadliest attack since the 2015 bombing": an event
 * noun after a temporal opener names another happening than the rest of its sentence. Tokens up to the opener may be
 * its determiner, names and modifiers only.
 */
function timeOf(view: View, m: EventMention): boolean {
  const { tokens } = view;
  if (!NOUNS.has(tokens[m.start]!.norm) && !NOUNS.has(tokens[m.end - 1]!.norm)) return false;
  const first = view.nlp.sentences[m.sentence]!.firstToken;
  // "after fighting erupted": the subject of a clause of its own, which may tell the same fighting.
  const next = tokens[m.end];
  if (next && next.sentence === m.sentence && (next.pos === 'VERB' || next.pos === 'AUX')) return false;
  for (let k = m.start - 1; k >= Math.max(first, m.start - 6); k--) {
    const t = tokens[k]!;
    if (DATE_OPENERS.has(t.norm)) return t.pos === 'ADP';
    if (!/^(?:DET|ADJ|PROPN|NUM|NOUN|PART)$/.test(t.pos) && t.text !== '-') return false;
  }
  return false;
}

/**
 * Two mentions of one clause, one told as the time of the other: two happenings. A verb between them puts the time
 * to another predicate ("they met ..., according to a statement issued after the talks").
 */
function timedApart(view: View, a: EventMention, b: EventMention): boolean {
  if (a.sentence !== b.sentence || a.start === b.start || timeOf(view, a) === timeOf(view, b)) return false;
  const [x, y] = a.start < b.start ? [a, b] : [b, a];
  return !view.tokens.slice(x.end, y.start).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** Type words of places that are no settlement or region with bounds: "near the Venezuelan border". */
const VAGUE_TYPES = new Set(
  'border frontier coast valley desert area part parts outskirts vicinity countryside north south east west centre center heart edge'.split(
    ' ',
  ),
);

/**
 * Two places of different width that may be one inside the other ("the province of Balochistan" and "Buleda"): not
 * a vague one, and not when what the article puts the narrower one in rules the wider one out (Mir Saffar, in Khost
 * province, is not in the Shelton district of Kunar).
 */
function nestable(a: Draft, b: Draft): boolean {
  if (rank(a) === rank(b) || VAGUE_TYPES.has(a.placeType ?? '') || VAGUE_TYPES.has(b.placeType ?? '')) return false;
  const [wide, narrow] = rank(a) > rank(b) ? [a, b] : [b, a];
  const among = (place: string, areas: string[]) => areas.some((x) => samePlace(x, place));
  if (narrow.areas.length && !among(wide.place!, narrow.areas)) return false;
  return !(wide.areas.length && narrow.areas.length && !wide.areas.some((x) => among(x, narrow.areas)));
}

/**
 * The draft's place becomes the incident's; a region it replaces is kept among the incident's areas, unless `keep`
 * is false (a headline's capital another capital in the lead rules out).
 */
function movePlace(into: Draft, draft: Draft, keep = true): void {
  if (!draft.place) return;
  if (keep && into.place && !into.placeIsState && !into.areas.includes(into.place)) into.areas.push(into.place);
  into.place = draft.place;
  into.placeIsState = draft.placeIsState;
  into.placeType = draft.placeType;
  into.sub = draft.sub;
}

/** "an attack on the same base", "when 98 soldiers died at the same place": the place of the story's news. */
const SAME_PLACE =
  /\b(?:the same|that same) (?:base|place|village|town|camp|post|site|spot|location|area|position|checkpoint|city|district|garrison|barracks|crossing|market|school|prison|jail|airport|terminal|station|outpost|hospital|mosque|church|port|road|highway|bridge|compound|neighbourhood|neighborhood|region|province|peninsula)\b/i;

/** "The village was sacked by insurgents in January 2014": a place of the story told as a sentence's passive subject. */
const THE_PLACE_WAS =
  /^(?:The|That) (?:village|town|city|camp|base|prison|market|post|garrison|settlement)(?: itself)? (?:was|had been|has been)\b/;

/** The draft's sentence puts it at a place of the story told before: "the same base", "The village was ...". */
const atStoryPlace = (text: string, d: Draft): boolean => {
  const told = text.slice(d.span[0], d.span[1]);
  return SAME_PLACE.test(told) || THE_PLACE_WAS.test(told);
};

/**
 * An earlier incident told at "the same base" takes the place (and wider areas) of the first placed incident, the
 * story's news: the two then meet their retellings at that place in other articles, each on its own date.
 */
function samePlaceAsNews(text: string, drafts: Draft[]): void {
  const news = drafts.find((d) => d.place && !d.placeIsState);
  if (!news) return;
  for (const d of drafts) {
    if (d === news || d.place || !atStoryPlace(text, d)) continue;
    movePlace(d, news);
    for (const a of news.areas) if (!d.areas.includes(a)) d.areas.push(a);
  }
}

/** Adds what a later description of the same incident tells (parties, a finer place, a better date, tolls). */
function mergeDraft(into: Draft, draft: Draft, within: Within, sentence: number): void {
  for (const p of draft.participants) if (!into.participants.includes(p)) into.participants.push(p);
  for (const p of draft.agents) if (!into.agents.includes(p)) into.agents.push(p);
  for (const p of draft.patients) if (!into.patients.includes(p)) into.patients.push(p);
  into.personal ||= draft.personal;
  // A place inside the country already known refines it ("Syria" → "Deir es-Zor").
  // So does a place inside the one known ("a village in Sagaing" → "Pazigyi village").
  // So does a town inside the region known ("the province of Balochistan" → "Buleda").
  if (!into.place || (!!draft.place && rank(draft) < rank(into)) || inside(into, draft, within)) movePlace(into, draft);
  // "in Balochistan" then "in the southwestern Balochistan province": the type told later says it is a region. So
  // does "Amhara region" after a headline's "Amhara market" (a site named after the region it is in).
  else if (
    into.place &&
    draft.place &&
    (!into.placeType || rank(draft) > rank(into)) &&
    samePlace(into.place, draft.place)
  )
    into.placeType = draft.placeType;
  for (const a of draft.areas) if (!into.areas.includes(a)) into.areas.push(a);
  if (
    !into.key ||
    (draft.key && (draft.key.day != null) > (into.key.day != null)) ||
    (draft.key && into.weak && !draft.weak)
  ) {
    into.weak = draft.key ? draft.weak : into.weak;
    into.key = draft.key ?? into.key;
    into.date = draft.date ?? into.date;
  }
  into.killed ??= draft.killed;
  into.wounded ??= draft.wounded;
  into.year ??= draft.year;
  into.manners = [...new Set([...into.manners, ...draft.manners])].sort();
  into.weekday ??= draft.weekday;
  // Only a lead under the dateline has one (dateFor): a headline told first takes the lead's.
  into.boundWeekday ??= draft.boundWeekday;
  // "A strike on Sagaing" then "in a village in the Sagaing region": the unnamed place hit, told later.
  if (!into.sub && draft.sub && into.place && draft.place && samePlace(into.place, draft.place)) into.sub = draft.sub;
  if (into.kind === 'attack' && draft.kind === 'airstrike') into.kind = 'airstrike';
  into.last = Math.max(into.last, sentence);
  into.leadOnly = leadOnly(into, draft, sentence);
  into.headline &&= draft.headline;
}

/** After a merge, the one body sentence that alone, with no place, has told the headline's incident again (or null). */
function leadOnly(into: Draft, draft: Draft, sentence: number): number | null {
  if (draft.headline || draft.place) return null;
  return into.headline || into.leadOnly === sentence ? sentence : null;
}

/**
 * The wider places an incident's place lies in, as the article tells them ("Buleda in Kech district"), and a region a
 * finer place replaced: other outlets may give only those. States are left out: a country holds too much.
 */
function areasOf(d: Draft, within: Within): string[] {
  if (!d.place || d.placeIsState) return [];
  const out = new Map<string, string>();
  for (const a of [...d.areas, ...d.areas.flatMap((x) => outersOf(within, x)), ...outersOf(within, d.place)]) {
    const key = placeKey(a);
    if (key && !samePlace(a, d.place) && !isStateName(a) && !out.has(key)) out.set(key, a);
  }
  return [...out.values()];
}

/**
 * Each incident's trigger words in its evidence sentence, in text order, as its `mentions` (only when it has some).
 * Not those of later sentences: an anaphor joined there ("that fighting") is the join's guess, not where it is told.
 */
function triggerSpans(
  incidents: Incident[],
  byMention: Map<number, string>,
  mentions: EventMention[],
  tokens: View['nlp']['tokens'],
): void {
  const spans = new Map<string, Array<[number, number]>>();
  for (const [i, id] of byMention) {
    const m = mentions[i];
    if (!m) continue;
    const list = spans.get(id) ?? [];
    list.push([tokens[m.start]!.start, tokens[m.end - 1]!.end]);
    spans.set(id, list);
  }
  for (const inc of incidents) {
    const [s, e] = inc.evidence!.span;
    const list = spans.get(inc.id)?.filter(([a, b]) => a >= s && b <= e);
    if (list?.length) inc.mentions = list.sort((a, b) => a[0] - b[0]);
  }
}

export interface IncidentsResult {
  incidents: Incident[];
  /** Index into the mentions array → incident id (only kept incidents). */
  byMention: Map<number, string>;
  /** Attack id → who struck and was not struck back, for reactions to it ("condemned the strike"). */
  agentsOf: Map<string, string[]>;
}

export function findIncidents(
  view: View,
  mentions: EventMention[],
  publishedAt: string | null,
  actorName: (id: string) => string,
): IncidentsResult {
  const { tokens, sentences, text } = view.nlp;
  const drafts: Draft[] = [];
  const root = (id: string): string => {
    const a = view.actors.get(id);
    return a?.affiliation && isArmedForce(a) ? a.affiliation : id;
  };
  const owner = new Map<number, number>();
  // Per draft, the mentions it holds and whether each named a place: a trigger told as the time of another ("hours
  // before the Erbil strike, two rockets landed near X") never joins that other's draft when either names a place.
  const members = new Map<number, Array<[EventMention, boolean]>>();
  const join = (d: number, m: EventMention, placed: boolean) =>
    members.set(d, [...(members.get(d) ?? []), [m, placed]]);
  const apart = (d: number, m: EventMention, placed: boolean) =>
    (members.get(d) ?? []).some(([x, xPlaced]) => (placed || xPlaced) && timedApart(view, x, m));
  // "The incident in February was in Deir es-Zor": a generic anaphor that adds place and date to the last incident.
  const tolls = new Set<EventMention>();
  // A loop, not map + filter: an empty mapped array has another hidden class, and filter over both recompiles this.
  const items: { m: EventMention; index: number }[] = [];
  for (let index = 0; index < mentions.length; index++)
    if (mentions[index]!.incident && !habitual(view, mentions[index]!)) items.push({ m: mentions[index]!, index });
  for (let t = 1; t < tokens.length; t++) {
    if ((tokens[t]!.norm === 'incident' || tokens[t]!.norm === 'episode') && ANAPHOR_DET.has(tokens[t - 1]!.norm)) {
      const anaphor: EventMention = {
        type: 'attacked',
        start: t,
        end: t + 1,
        sentence: tokens[t]!.sentence,
        agents: [],
        patients: [],
        incident: null,
        anaphoric: true,
        event: null,
      };
      items.push({ m: anaphor, index: -1 });
    }
    // "four people were killed near the village of Banjska": a toll told right after the event may say where it was.
    if (TOLL_VERBS.has(tokens[t]!.norm) && passive(tokens, t)) {
      const toll = tollMention(t, tokens[t]!.sentence);
      tolls.add(toll);
      items.push({ m: toll, index: -1 });
    }
  }
  items.sort((x, y) => x.m.start - y.m.start);
  // Per-sentence analyses are computed once, however many triggers a sentence holds.
  const cache = new Map<number, SentenceInfo>();
  const placesOf = new Map<number, Place[]>();
  for (const { m } of items) {
    const s = sentences[m.sentence]!;
    if (!placesOf.has(m.sentence)) placesOf.set(m.sentence, findPlaces(view, s.firstToken, s.endToken));
  }
  const within = containment(text, placesOf);
  const casualtiesOf = casualtiesBySentence(tokens, sentences);
  for (const { m, index } of items) {
    const s = sentences[m.sentence]!;
    let info = cache.get(m.sentence);
    if (!info) {
      info = {
        places: placesOf.get(m.sentence)!,
        headline: titleCase(view, m.sentence),
        sameDay: SAME_DAY.test(text.slice(s.start, s.end)),
      };
      cache.set(m.sentence, info);
    }
    const draft = draftOf(view, m, info, drafts, casualtiesOf, publishedAt);
    // The trigger's kind as read (an attack by warplanes is an airstrike); null for a generic anaphor or a toll.
    const kind = m.incident && draft.kind;
    // A toll only refines where the latest incident, told just before, happened: a town in the country it named.
    if (tolls.has(m)) {
      const into = drafts[drafts.length - 1];
      const near =
        !!into &&
        !conflicts(into, draft, within) &&
        m.sentence - into.last <= 3 &&
        !apart(drafts.length - 1, m, !!draft.place);
      if (near && refines(into, draft)) {
        movePlace(into, draft);
        into.killed ??= draft.killed;
        into.wounded ??= draft.wounded;
        into.last = m.sentence;
      }
      // "Clash in X leaves 13 dead" over "Thirteen ... were killed on the afternoon of February 7 in a confrontation
      // in X": a lead telling the headline's toll again dates the headline's incident.
      if (near && into.headline && !into.key && draft.key?.day != null && !draft.weak) {
        into.key = draft.key;
        into.date = draft.date;
      }
      continue;
    }
    let merged = false;
    for (let i = drafts.length - 1; i >= 0 && !merged; i--) {
      const into = drafts[i]!;
      if (apart(i, m, !!draft.place)) continue;
      if (kind && (offTheNews(into, draft, drafts) || pastOfNews(into, draft, drafts))) continue;
      const told = !!kind && compatible(into, draft, m.anaphoric, root, within);
      const lead = !!kind && !told && headlineLead(into, draft, drafts, within);
      if (kind ? !told && !lead : conflicts(into, draft, within)) {
        if (!kind) break; // a generic anaphor only ever refers to the latest incident
        continue;
      }
      // The headline's wider place yields to the lead's, which says it in full ("near Myanmar border" → "Ruma").
      const leadPlace = lead && !!draft.place && !draft.placeIsState;
      // Two capitals are never one inside the other: "..., Gitega points at Kigali" over "in northern Bujumbura".
      const ruledOut =
        leadPlace &&
        !!into.place &&
        isCapitalName(into.place) &&
        isCapitalName(draft.place!) &&
        conflicts(into, draft, within);
      mergeDraft(into, draft, within, m.sentence);
      if (leadPlace) movePlace(into, draft, !ruledOut);
      join(i, m, !!draft.place);
      if (index >= 0) owner.set(index, i);
      merged = true;
    }
    // A verb with no actor on either side ("have fought in ...") only adds to an incident already found.
    // An incident with a clear trigger stands without a named party when a toll or a date places it
    // ("Clashes on the frontier killed two soldiers", "a court sentenced 18 suspects on Wednesday").
    // So does a passive strike at a named place ("Two tankers were attacked in the Gulf of Oman").
    const placed =
      draft.killed != null ||
      draft.wounded != null ||
      (kind === 'other' && !!draft.key) ||
      // "In 2018 a fire at the Waresta market in Nampula destroyed about 80 stalls": a year and a place of its own.
      (kind === 'other' && draft.year !== null && !!draft.place && !draft.placeIsState) ||
      // "The trial ... opened on Tuesday before the Princely Court ... in Vaduz" under a dateline with no date: a day of
      // the report's week and a place of its own (graph/incidents/match.ts checks the weekday against a day told).
      (kind === 'other' && draft.weekday !== null && !!draft.place && !draft.placeIsState) ||
      (!!kind && VIOLENT.has(kind) && !!draft.place && passive(tokens, m.start)) ||
      // "Gunmen attacked a mosque in Natiaboani on Sunday": a place and a day of its own place it too.
      (!!kind && VIOLENT.has(kind) && !!draft.place && !!draft.key && !draft.weak) ||
      // A blast or armed men killing ("a car bomb exploded in X", "gunmen swept through X"), or a weapon striking ("a
      // drone struck a fuel depot near X"): a place suffices.
      (!!kind &&
        VIOLENT.has(kind) &&
        !!draft.place &&
        (FORCE_TRIGGERS.has(tokens[m.start]!.norm) || struckByWeapon(view, m))) ||
      // So does armed men attacking as the article's news ("Gunmen stormed a mosque in X during evening prayers"):
      // once the news is told, such a sentence with no day may retell it at a finer place ("Our guerrillas ambushed
      // a column at Necuto").
      (!!kind && VIOLENT.has(kind) && !!draft.place && drafts.every((d) => d.headline) && byArmedMen(view, m)) ||
      // "The village was sacked by insurgents in January 2014": dated, at the story's place (samePlaceAsNews).
      (!!kind && VIOLENT.has(kind) && !!draft.key && !draft.weak && atStoryPlace(text, draft));
    // Soldiers killed, told with no place and no day of their own after an incident ("the group said its fighters had
    // killed eleven soldiers"): that attack retold, never another one.
    const retold = drafts.length > 0 && !draft.place && (!draft.key || draft.weak) && killsForces(view, m);
    if (merged || !kind || retold || (!draft.participants.length && !NOUNS.has(tokens[m.start]!.norm) && !placed))
      continue;
    owner.set(index, drafts.length);
    join(drafts.length, m, !!draft.place);
    drafts.push(draft);
  }

  samePlaceAsNews(text, drafts);

  // Keep incidents an analyst can place: a meeting needs two parties, violence a party or a place.
  const ids = new Map<number, string>();
  const incidents: Incident[] = [];
  const used = new Set<string>();
  drafts.forEach((d, i) => {
    const toll = d.killed != null || d.wounded != null;
    // Persons alone "attack" with words ("she attacked law enforcement officers"): violence among persons only
    // needs a place, a toll, or a way of force done to one of them ("the knife attack on X", "he was stabbed"), to
    // be told apart from criticism.
    const persons = d.participants.length > 0 && d.participants.every((p) => view.actors.get(p)?.kind === 'person');
    const harmed = d.manners.length > 0 && d.patients.length > 0;
    if (VIOLENT.has(d.kind) && persons && !d.place && !toll && !harmed) return;
    // Told only as weeks or more before the news ("less than a month after a roadside bomb killed three"), with no
    // date of its own: kept apart from the news, but no report elsewhere could tell it from the news at that place.
    if (d.interval === 'long' && (!d.key || d.weak) && d.year === null) return;
    // A disaster has no party to tell it apart: with no toll and no time of its own ("There was the explosion at the
    // Chernobyl reactor") it is a word of the story, not a happening another report could be matched to.
    if (befell(d) && !toll && !d.key && d.year === null && (d.weekday === null || !d.place)) return;
    if (
      d.kind === 'meeting'
        ? d.participants.length < 2
        : // "attacks inside Russia" with nobody, no toll and no town named: nothing to place or tell apart.
          !d.participants.length &&
          (!d.place || d.placeIsState) &&
          !toll &&
          !(d.kind === 'other' && d.key && !befell(d))
    )
      return;
    const base = slugify(`${d.kind}-${d.place ?? d.participants.slice(0, 2).join('-')}`) || d.kind;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    ids.set(i, id);
    const who = d.participants.map(actorName).join(', ');
    const areas = areasOf(d, within);
    const summary = [d.kind, who && `involving ${who}`, d.place && `in ${d.place}`, d.date && `on ${d.date}`]
      .filter(Boolean)
      .join(' ');
    incidents.push({
      id,
      kind: d.kind,
      // A dateline's day taken for want of another dates the report, not the strike (it may be days after it):
      // across articles the report's filing day already says as much (graph/incidents/match.ts).
      date: d.weak ? null : d.date,
      place: d.place,
      // Only when known, so extractions stored before areas existed read back unchanged.
      ...(areas.length ? { areas } : {}),
      // A state's military stands for the state: another outlet's "Ukraine attacked" meets "Ukrainian drones".
      participants: [...new Set([...d.participants, ...d.participants.map(root)])],
      // "late on Monday" with no date told (a dateline's at most): the weekday lets another report's day be checked.
      ...((d.weak || !d.date) && d.boundWeekday !== null ? { weekday: d.boundWeekday } : {}),
      killed: d.killed,
      wounded: d.wounded,
      // Only when told, so extractions stored before manners existed read back unchanged.
      ...(d.manners.length ? { manner: d.manners } : {}),
      ...(!d.key && d.year !== null ? { year: d.year } : {}),
      summary,
      evidence: { span: d.span },
    });
  });
  const byMention = new Map<number, string>();
  for (const [m, d] of owner) {
    const id = ids.get(d);
    if (id) byMention.set(m, id);
  }
  triggerSpans(incidents, byMention, mentions, tokens);
  // Only one-sided violence has an attacker to answer for it: an exchange of fire (each side struck) has none.
  const agentsOf = new Map<string, string[]>();
  for (const [d, id] of ids) {
    const { kind, agents, patients } = drafts[d]!;
    const struck = new Set(patients.map(root));
    if (kind === 'attack' || kind === 'airstrike')
      agentsOf.set(
        id,
        agents.filter((a) => !struck.has(root(a))),
      );
  }
  return { incidents, byMention, agentsOf };
}
