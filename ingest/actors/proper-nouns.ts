// Proper-noun chunks the gazetteer does not know: a run of capitalized words becomes a person, an
// organization, a group or an outlet by its cue words, its appositive or what follows it; a one-word run
// waits for the surname step. In: a View, a run Item and the sentence's items. Out: actors on the Scan.
import type { ActorKind } from '../../graph/schema.ts';
import {
  burmeseHonorificFirst,
  FATHERS_TITLES,
  familyNameFirst,
  LEADING_LEGAL_FORMS,
  PATRONYMIC_PARTICLES,
} from '../../graph/names.ts';
import { entryById, matchAt, titleEntry } from '../gazetteer/index.ts';
import { lexicalTag } from '../nlp/tagger.ts';
import { appositive } from './appositive.ts';
import { acronymAfterThe } from './bare-acronyms.ts';
import {
  APPOSITIVE_HEADS,
  BODY_NOUNS,
  COMPANY_NOUNS_BEFORE,
  CONNECTORS,
  EVENT_WORDS,
  FACILITY_CUES,
  FACILITY_HEADS,
  GATHERING_WORDS,
  FACILITY_MODIFIERS,
  GROUP_CUES,
  GIVEN_ADJECTIVES,
  GROUP_DESCRIPTORS,
  ADMIN_UNITS_BEFORE,
  HONORIFICS,
  INNER_ONLY,
  LOCATIVE,
  NOT_NAMES,
  OPENS_NAMES,
  ORG_CUES,
  OUTLET_CUES,
  OUTLET_DESCRIPTORS,
  PEOPLE_PLURALS,
  PLACE_NOUNS_AFTER,
  PLACE_VERBS,
  ROLE_BEFORE_AT,
  romanceBodyKind,
  compoundBodyWord,
  ROLE_NOUNS,
  SPEECH_AFTER,
  THING_HEADS,
  UNIT_NAMES,
  US_STATE_ABBREVIATIONS,
} from './lexicon.ts';
import {
  bodyNounAfter,
  cooperativeAfter,
  inExileEnd,
  legalFormStart,
  legalTail,
  pastMembersOf,
  writtenLegalForm,
} from './edges.ts';
import { beforeFaction, personMention } from './factions.ts';
import { missionAt } from './missions.ts';
import { outletRun } from './outlet-names.ts';
import { spellsTitle } from './post-acronyms.ts';
import { type Draft, ROMANCE_SKIP, slugify } from './registry.ts';
import { isGivenName, memberOfChamber, nameAfterRole, postHead, unitOrChamber } from './role-prefix.ts';
import { pendSurname, type Scan, stateBody } from './scan.ts';
import { adjectiveOfBodyName } from './segment.ts';
import { allCaps, cueIn, isCap, isStateItem, type Item, surfaceOf, type View } from './view.ts';

// Patterns made once: a regex literal inside a function is a new object each time it runs, and these run per token.
const ONE_TWO = /^(One|Two)$/;
const OF_IN = /^(of|in)$/;
const PLURAL_S = /s$/;
const OPENING_MARK = /^[-—–:“")]$/;
const LOWER_FIRST = /^[a-z]/;
const UPPER_FIRST = /^\p{Lu}/u;
const NAME_WORD = /^[\p{L}][\p{L}'’.]*$/u;
const GLUED_TWICE = /\p{Ll}\p{Lu}.*\p{Ll}\p{Lu}/u;

const OF_AT = new Set(['of', 'at', 'from']);
/** Body nouns that never describe a person (a "developer" or "producer" may be one). */
const ONLY_BODY_NOUNS = new Set(
  'company firm utility operator group alliance agency organisation organization regulator bank lender insurer airline retailer manufacturer conglomerate startup charity broadcaster newspaper party union ministry authority council committee commission fund institute university consortium cooperative association foundation contractor cartel'.split(
    ' ',
  ),
);

/** A capitalized run that is not in the gazetteer: person, organization, group or outlet by its cues. */
export function runItem(sc: Scan, v: View, it: Item, joined: Item[], x: number): void {
  let a = it.start;
  const b = it.end;
  // "Members of the Liberal Party said", "Supporters of Frente Amplio": people opening a sentence before "of" are
  // no words of the name that follows.
  if ((PEOPLE_PLURALS.has(v.keys[a]!) || v.keys[a] === 'members') && v.keys[a + 1] === 'of' && b - a > 2) a++;
  else a = pastMembersOf(v, a, b);
  while (
    a < b &&
    (INNER_ONLY.has(v.keys[a]!) ||
      (NOT_NAMES.has(v.keys[a]!) && !(OPENS_NAMES.has(v.keys[a]!) && a + 1 < b) && !adjectiveOfBodyName(v, a)))
  )
    a++;
  // "at his club in Bedminster, N.J. Roger Ailes, the former ...": a US state's abbreviation after a comma closes
  // the place before it; the name starts after it.
  if (b - a > 1 && v.keys[a - 1] === ',' && stateAbbreviation(v, a)) a++;
  if (a >= b || exileBody(sc, v, a, b)) return;
  // "the National Federation of": a name ending in a connector was cut where the tagger left its last words out.
  if (INNER_ONLY.has(v.keys[b - 1]!)) return;
  const len = b - a;
  // Words in capitals ("FULL TEXT", "BREAKING NEWS") are page furniture, not names; acronyms are single words, or
  // hyphened ones ("VMRO-DPMNE", "CPN-UML").
  if (len > 1 && (allCaps(v, a, b) || hyphened(v, a, b))) return void hyphenedAcronym(sc, v, a, b);
  // "Member Sindh Assembly Mir Ahsan Khoso": a member's title glued before a name makes no body of the run.
  if (v.keys[a] === 'member' && memberOfChamber(nameWords(v, a, b).written) > 0 && personFrom(sc, v, a, b)) return;
  if (unitThenName(sc, v, a, b)) return;
  // "Rainbow PUSH Coalition": a body's name may hold a word in capitals.
  const named = cueIn(v, it, ORG_CUES) || cueIn(v, it, GROUP_CUES) || cueIn(v, it, OUTLET_CUES);
  const shout = len > 1 && !named ? lastShouted(v, a, b) : -1;
  if (shout >= 0) {
    if (b - shout > 2) runItem(sc, v, { type: 'run', start: shout + 1, end: b }, joined, x);
    return;
  }
  // "Air Force One", "Marine One", "Trump Force One": a name with a number after it is a craft, not an actor.
  if (ONE_TWO.test(v.toks[b]?.text ?? '') && !v.glued[b] && !OF_IN.test(v.keys[b + 1] ?? '')) return;
  // "Professor Jane Roe of the University of X": a person's name, then the body they belong to.
  if (len > 2 && personOfBody(sc, v, a, b, joined, x)) return;
  // "Situation Room", "Tampa Convention Center", "Raffles Country Club and Spa": a place, not an actor.
  if (len > 1 && facilityName(v, a, b)) return;
  if (len > 1 && placeByForm(v, a, b, joined)) {
    sc.placeNames.add(surfaceOf(v, a, b));
    return;
  }
  if (leaderOfFaction(sc, v, a, b, joined, x)) return;
  if (acronymThenName(sc, v, a, b)) return;
  if (acronymWithLegalForm(sc, v, a, b)) return;
  if (postThenName(sc, v, a, b, joined, x)) return;
  // "told Kloop", "according to Setopati", "Demerara Waves understands": a name the story uses as an outlet's.
  if (outletRun(sc, v, a, b)) return;
  const typed = typedBody(sc, v, a, b);
  if (typed === 'event') return;
  if (typed) {
    a = sharedHeadStart(v, a);
    // "Pattani Rubber Industry Co.": the company's legal form is no part of the name it goes by.
    const name = outletName(v, a, typed === 'organization' ? legalFormStart(v, a, b) : b, typed);
    const d = sc.reg.ensure(slugify(name), name, typed);
    sc.reg.mention(d.id, v.toks[a]!.start, v.toks[b - 1]!.end, 'name', surfaceOf(v, a, b));
    return;
  }
  // Places and things: "Granite State", "Second Thomas Shoal", "Trump Tower", "Social Security".
  if (THING_HEADS.has(v.keys[b - 1]!)) return;
  // "Fort Lee", "Mount Kenya", "Port Harcourt": a place word opening a two-word name.
  if (len === 2 && PLACE_OPENERS.has(v.keys[a]!)) return;
  if (len === 1) return oneWord(sc, v, a);
  personRun(sc, v, a, b, joined, x);
}

/** "and" in Danish, Norwegian, Swedish, German, Dutch and French, between two halves of a compound. */
const COMPOUND_AND = new Set(['og', 'och', 'und', 'en', 'et', 'and']);
const HYPHENED_HALF = /\p{Lu}[\p{L}]*-\s*$/u;

/**
 * "Midt- og Vestjyllands Politi", "Nord- und Ostsee-Verband": a body's name opening with a first half left hanging on
 * a hyphen and "and" before the run starts there: the token where the name starts (a when there is none).
 */
function sharedHeadStart(v: View, a: number): number {
  if (a < 2 || !COMPOUND_AND.has(v.keys[a - 1]!)) return a;
  const before = v.text.slice(Math.max(0, v.toks[a - 1]!.start - 30), v.toks[a - 1]!.start);
  const m = HYPHENED_HALF.exec(before);
  if (!m) return a;
  const at = v.toks[a - 1]!.start - before.length + m.index;
  for (let j = a - 2; j >= 0 && j >= a - 4; j--) if (v.toks[j]!.start === at) return j;
  return a;
}

/**
 * "the Tibetan government-in-exile", "the Afghan government-in-exile": a name (or a state's adjective) and the
 * compound after it are one body, never the state or people it names. True when read so.
 */
export function exileBody(sc: Scan, v: View, a: number, b: number): boolean {
  const end = inExileEnd(v, b);
  if (!end || v.glued[b]) return false;
  const name = surfaceOf(v, a, end);
  const d = sc.reg.ensure(slugify(name), name, 'organization');
  sc.reg.mention(d.id, v.toks[a]!.start, v.toks[end - 1]!.end, 'name', name);
  return true;
}

/**
 * "Head of the Main Department of the National Police in Sumy Region Serhii Hromov said", "member of Parliament
 * Bwalya Kapata": a post ending in an administrative unit's capitalized name or a chamber, glued before a person's
 * name of two to four words; the person is named from the word after it (role-prefix.ts unitOrChamber), and the run is
 * no body. Not "Kharkiv Region Military Administration" (no person's name after the unit).
 */
function unitThenName(sc: Scan, v: View, a: number, b: number): boolean {
  for (let j = Math.max(a, b - 5); j <= b - 3; j++) {
    if (!isCap(v.toks[j]!) || !unitOrChamber(v.toks[j]!.text)) continue;
    if (nameAfterRole(nameWords(v, j, b).written) === 1 && personFrom(sc, v, j + 1, b)) return true;
  }
  return false;
}

/**
 * "District Police Officer Ashfaq Ahmed told APP", "Divisional Police Officer Ibrahim Musa": a post whose last word
 * names its holder (lexicon.ts POST_HEADS), glued before a person's name of two words or more, is the person's role,
 * though a body's word ("Police") stands inside it; the run names the person, no body. Not "Police Officers Training
 * School" (no name after the post) nor "Chief Officer Ltd" (a body's word inside the name).
 */
function postThenName(sc: Scan, v: View, a: number, b: number, joined: Item[], x: number): boolean {
  const { written, starts } = nameWords(v, a, b);
  const named = nameAfterRole(written);
  if (named < 1 || written.length - named < 2 || !postHead(written[named - 1]!)) return false;
  for (let k = starts[named]!; k < b; k++) if (ORG_CUES.has(v.keys[k]!) || GROUP_CUES.has(v.keys[k]!)) return false;
  const p = personFrom(sc, v, a, b);
  if (p) appositive(sc, v, b, p.id, joined, x);
  return !!p;
}

/**
 * An outlet's name as its station is called everywhere: a one-word name before a lower-case "radio" is "Radio X"
 * ("Andalus radio station", "Shabelle radio" are Radio Andalus, Radio Shabelle); any other run as written.
 */
function outletName(v: View, a: number, b: number, kind: ActorKind): string {
  const name = surfaceOf(v, a, b);
  const radio = kind === 'outlet' && b - a === 1 && v.keys[b] === 'radio' && LOWER_FIRST.test(v.toks[b]!.text);
  return radio ? `Radio ${name}` : name;
}

/**
 * "the Salif Sadio faction": the name before a lower-case "faction" is its leader's, never the faction's own (the
 * faction is recorded after the sentence: factions.ts). False when the run names nobody, so it is read as before.
 */
function leaderOfFaction(sc: Scan, v: View, a: number, b: number, joined: Item[], x: number): boolean {
  if (b - a < 2 || !beforeFaction(v, b)) return false;
  // "the Boko Haram-Bakura faction": a known body's name inside the run names a group's faction, not a person's.
  for (let k = a; k < b; k++) if (matchAt(v.keys, k, b + 1)?.hits.some((h) => h.role !== 'title')) return false;
  personRun(sc, v, a, b, joined, x);
  const start = v.toks[a]!.start;
  return !!personMention(sc, (m) => m.start === start);
}

/** Last words of the names of localities: "Times Square", "Trump Village", "Pennsylvania Avenue", "Hyde Park". */
const LOCALITY_HEADS = new Set(
  'square plaza street avenue boulevard road lane bridge village heights valley park beach springs'.split(' '),
);

/**
 * A place by the form of its name, whatever cue words it holds ("Times" of an outlet, "Mission" of a body): a
 * locality head last and no "of" ("Times Square", "Trump Village"), or its region after a comma ("Mission Viejo,
 * Calif."); a cue word last still names a body ("Acme Holdings, Texas").
 */
function placeByForm(v: View, a: number, b: number, joined: Item[]): boolean {
  const last = v.keys[b - 1]!;
  for (let k = a; k < b; k++) if (v.keys[k] === 'of') return false;
  if (LOCALITY_HEADS.has(last)) return true;
  const cueLast = ORG_CUES.has(last) || GROUP_CUES.has(last) || OUTLET_CUES.has(last);
  return !cueLast && placeAfterComma(v, a, b, joined);
}

/** Words that make a capitalized run a hotel's name wherever they stand in it. */
const LODGINGS = new Set(['inn', 'hotel', 'motel', 'hostel', 'lodge']);

/** First words of two-word place names: "Fort Lee", "Mount Kenya", "Port Harcourt", "Cape Town", "Lake Chad". */
const PLACE_OPENERS = new Set(['fort', 'mount', 'port', 'cape', 'lake', 'mt', 'ft']);

/** Whether tokens [a, b) name a building, room or grounds: a facility head last, or a venue phrase ("Golf Club"). */
export function facilityName(v: View, a: number, b: number): boolean {
  if (FACILITY_HEADS.has(v.keys[b - 1]!)) return true;
  // "Holiday Inn Express", "Hotel Ukraina": a hotel's name, unless it names a body ("Hotel Workers Union").
  let lodging = false;
  let body = false;
  for (let k = a; k < b; k++) {
    body ||= ORG_CUES.has(v.keys[k]!) && !FACILITY_CUES.has(v.keys[k]!);
    lodging ||= LODGINGS.has(v.keys[k]!);
  }
  if (lodging && !body) return true;
  for (let k = a + 1; k < b; k++)
    if (
      FACILITY_CUES.has(v.keys[k]!) &&
      FACILITY_MODIFIERS.has(v.keys[k - 1]!) &&
      (k === b - 1 || v.keys[k + 1] === 'and')
    )
      return true;
  return false;
}

/**
 * The kind of body a run names by its cues ("... Ministry", "... Brigade", "... Times", an acronym of its
 * initials, an appositive "X, the state power utility,"), 'event' for names of events and laws, else null.
 */
/** Words that end a firm's name: the firm named right after one and "and" is a firm too. */
const FIRM_ENDS = new Set('group corp inc co ltd limited llc plc company partners associates holdings'.split(' '));

/** "the Podesta Group and Mercury", "V F Corp. and Thermo Fisher Scientific": a firm's partner in a pair. */
function firmPartner(v: View, a: number): boolean {
  // The firm's whole name before "and": at least two capitalized words, the last one of FIRM_ENDS.
  return (
    a >= 3 && v.keys[a - 1] === 'and' && FIRM_ENDS.has(v.keys[a - 2]!) && isCap(v.toks[a - 2]!) && isCap(v.toks[a - 3]!)
  );
}

function typedBody(sc: Scan, v: View, a: number, b: number): ActorKind | 'event' | null {
  const len = b - a;
  const run: Item = { type: 'run', start: a, end: b };
  const lastKey = v.keys[b - 1]!;
  const nextKey = v.keys[b];
  // "the Inter-Services Public Relations (ISPR)", "Eskom, the state power utility,", "economist at
  // XP Investimentos": an acronym of its initials, a body's appositive or a workplace make it no person.
  const described = bodyAppositive(v, b, a);
  if (described) {
    const name = surfaceOf(v, a, b);
    const d = sc.reg.ensure(slugify(name), name, 'organization');
    if (d.kind !== 'person')
      (sc.describedAs.get(d.id) ?? sc.describedAs.set(d.id, new Set()).get(d.id)!).add(described);
  }
  const romance = len > 1 ? romanceBodyKind(v.keys, a) : null;
  if (romance) return romance;
  if (len > 1 && articleOpensName(sc, v, a, b))
    return nextKey && GROUP_DESCRIPTORS.has(nextKey) ? 'group' : 'organization';
  // "Operation Delta Safe said", "Operation Hadin Kai": a named military operation speaks as a task force.
  if (len > 1 && v.keys[a] === 'operation') return 'organization';
  // "FLEC-Renovada", "Dawlah Islamiyah-Hassan": a faction hyphened to a known armed group's name (segment.ts).
  if (len > 1 && factionOfGroup(v, a, b)) return 'group';
  const roleBefore = (v.keys[a - 2] ?? '').replace(PLURAL_S, '');
  if (
    initialsAfter(v, a, b) ||
    described ||
    (v.keys[a - 1] === 'at' && ROLE_BEFORE_AT.has(roleBefore)) ||
    (whichBody(v, b) && !isGivenName(v.keys[a]!))
  )
    return 'organization';
  if (outletNounBefore(v, a)) return 'outlet';
  if (companyNounBefore(v, a)) return 'organization';
  if (firmPartner(v, a)) return 'organization';
  if (len > 1 && GATHERING_WORDS.has(lastKey)) return 'event';
  // "Procter & Gamble", "Simon & Schuster": an ampersand joins the partners of a firm, never a person's names.
  // Only a run of capitals around it: "Shares of Procter & Gamble" opens with a sentence's common noun.
  const inner = v.keys.slice(a + 1, b - 1);
  // "Rudy Giuliani & Sen. Jeff Sessions": two people, one of them titled.
  let titled = false;
  for (let k = a; k < b && !titled; k++) titled = !!matchAt(v.keys, k)?.hits.some((h) => h.role === 'title');
  if (len > 2 && inner.includes('&') && !inner.includes('of') && !titled) return 'organization';
  if (len > 1 && cueIn(v, run, OUTLET_CUES)) return 'outlet';
  if (len > 1 && cueIn(v, run, ORG_CUES)) return 'organization';
  // "Vejdirektoratet said", "Fellesforbundet said": a one-word compound closing with a body's ending.
  if (len === 1 && compoundBodyWord(v.keys[a]!) && !sc.reg.hasSurname(v.keys[a]!, v.toks[a]!.start))
    return 'organization';
  // "Eólicas del Cantábrico S.L.", "Vesterålen Laks AS": a company's legal form closes a company's name.
  if (len > 1 && writtenLegalForm(v, b - 1)) return 'organization';
  if (len > 1 && cueIn(v, run, GROUP_CUES)) return 'group';
  // "National Unity Government": a named government with no state name in it is a body of its own.
  if (len > 1 && lastKey === 'government') return 'organization';
  // Names of events, laws and periods: "World War II", "Affordable Care Act", "Geneva Conference".
  if (EVENT_WORDS.has(lastKey) || eventInside(v, a, b)) return 'event';
  // "Local broadcaster N1 reported", "Independent newspaper Danas": a sentence's first word that is a common
  // adjective describes the body named after the noun; it is no name of its own.
  // After a dateline the dash is no token: "(Reuters) - State broadcaster" reads ") State".
  const opens = a === 0 || OPENING_MARK.test(v.toks[a - 1]!.text);
  if (len === 1 && opens && (adjective(v.keys[a]!) || ATTRIBUTIVE_NOUNS.has(v.keys[a]!))) return null;
  // "the Sanders movement", "the Rahman group": a person's surname before a descriptor names no body of its own.
  if (len === 1 && sc.reg.hasSurname(v.keys[a]!, v.toks[a]!.start)) return null;
  if (nextKey && OUTLET_DESCRIPTORS.has(nextKey)) return 'outlet';
  if (nextKey && GROUP_DESCRIPTORS.has(nextKey)) return 'group';
  // "the Multinational Security Support mission", "the Serb List party", "the Palmas del Cesar company": a name
  // before a lower-case body noun.
  if (len > 1 && bodyNounAfter(v, b) && !isGivenName(v.keys[a]!)) return 'organization';
  // "the Kerlann farming cooperative": a cooperative's one-word name.
  if (len === 1 && cooperativeAfter(v, b) && !isGivenName(v.keys[a]!)) return 'organization';
  return null;
}

/** Whether the run [a, b) opens with a known armed group's name hyphened to the rest ("FLEC-Renovada"). */
function factionOfGroup(v: View, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    if (v.text[v.toks[k - 1]!.end] !== '-' || !v.glued[k]) continue;
    const m = matchAt(v.keys.slice(0, k), a);
    return !!m && m.end === k && m.hits.some((h) => entryById(h.id)?.kind === 'group');
  }
  return false;
}

/** Spanish and French plural and feminine articles that open a body's name ("Los Zetas", "La Familia", "Les Républicains"). */
const NAME_ARTICLES = new Set(['la', 'las', 'los', 'les']);

/**
 * Whether the run [a, b) is a body's name opened by its Spanish or French article ("La Familia Michoacana", "Los
 * Tlacos"): no person's name opens so. Not a surname with its particle ("La Russa" named before as a person's) nor
 * an article before a given name ("La Toya").
 */
function articleOpensName(sc: Scan, v: View, a: number, b: number): boolean {
  if (!NAME_ARTICLES.has(v.keys[a]!) || isGivenName(v.keys[a + 1]!)) return false;
  return !sc.reg.hasSurname(v.keys[b - 1]!, v.toks[a]!.start);
}

/** "the broadcaster RTS", "newspaper Danas", "news agency Beta": a lower-case outlet noun right before the name. */
function outletNounBefore(v: View, a: number): boolean {
  const noun = v.keys[a - 1];
  if (!noun || !OUTLET_DESCRIPTORS.has(noun) || !LOWER_FIRST.test(v.toks[a - 1]!.text) || v.glued[a]) return false;
  // "the EU's border agency Frontex" is no outlet; "the state news agency Tanjug" is.
  return noun !== 'agency' || v.keys[a - 2] === 'news';
}

/** "pulp and paper maker CMPC", "Chilean forestry firm Arauco": a company noun in lower case right before the name. */
function companyNounBefore(v: View, a: number): boolean {
  const noun = v.keys[a - 1];
  // "a firm John Smith founded": a person's given name opens a person's name.
  if (!noun || !COMPANY_NOUNS_BEFORE.has(noun) || isGivenName(v.keys[a]!)) return false;
  return LOWER_FIRST.test(v.toks[a - 1]!.text) && !v.glued[a];
}

/** The body (no person, no state) with a mention ending just before `at` (spaces between). */
function bodyEndingAt(sc: Scan, at: number): Draft | undefined {
  return sc.reg
    .all()
    .find((d) => d.kind !== 'person' && d.kind !== 'state' && d.mentions.some((m) => m.end <= at && at - m.end <= 1));
}

/** Words joining the capitalized words of a body's name ("Coordination of Azawad Movements"). */
const NAME_JOINS = new Set(['of', 'for', 'and', 'the']);
/** A capitalized word of a name, no acronym and no punctuation ("Azawad", "Movements"). */
const RUN_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * "under the control of the Coordination of Azawad Movements (CMA)": capitalized words joined by "of", "for", "and",
 * right before an acronym in parentheses whose letters are their initials in some order, are the body's name though
 * no word of it is a body's head (a name translated into English keeps its own language's letters: "Coordination
 * des Mouvements de l'Azawad"). Other letters ("Kidal Region (AP)"), a name of one word, or words another actor
 * already holds are none. The body recorded, or undefined.
 */
function nameBeforeAcronym(sc: Scan, v: View, a: number): Draft | undefined {
  let k = a - 2;
  const words: number[] = [];
  while (k >= 0 && (RUN_WORD.test(v.toks[k]!.text) || (NAME_JOINS.has(v.keys[k]!) && words.length > 0))) {
    if (RUN_WORD.test(v.toks[k]!.text)) words.push(k);
    k--;
  }
  const first = words.at(-1);
  if (first === undefined || words.length < 2 || v.toks[a]!.text.length !== words.length) return undefined;
  const sorted = (letters: string[]) => letters.sort().join('');
  const initials = sorted(words.map((w) => v.toks[w]!.text[0]!.toLowerCase()));
  if (initials !== sorted([...v.keys[a]!])) return undefined;
  const [start, end] = [v.toks[first]!.start, v.toks[a - 2]!.end];
  if (sc.reg.all().some((d) => d.mentions.some((m) => m.start < end && start < m.end))) return undefined;
  const name = surfaceOf(v, first, a - 1);
  // "Superintendent of Police (SP) Shahidul Islam": a post's initials name its holder, not a body.
  if (titleEntry(name)) return undefined;
  const d = sc.reg.ensure(slugify(name), name, 'organization');
  sc.reg.mention(d.id, start, end, 'name', name);
  return d;
}

/**
 * "Nigerian National Petroleum Company Limited (NNPC Ltd)", then "NNPC Ltd said": an acronym and a legal form,
 * defined in parentheses right after a firm's name or spelling the initials of one named before, is that firm.
 */
function acronymWithLegalForm(sc: Scan, v: View, a: number, b: number): boolean {
  if (b - a < 2 || !allCaps(v, a, a + 1) || !legalTail(v, a + 1, b)) return false;
  const key = v.keys[a]!;
  const defined = v.keys[a - 1] === '(' && v.keys[b] === ')' ? bodyEndingAt(sc, v.toks[a - 1]!.start) : undefined;
  if (defined) sc.reg.defined.set(key, defined.id);
  const full = defined ?? sc.reg.byInitials(key);
  if (!full || full.kind === 'person') return false;
  sc.reg.mention(full.id, v.toks[a]!.start, v.toks[b - 1]!.end, 'alias', surfaceOf(v, a, b));
  return true;
}

/**
 * "UTM leader Saulos Chilima", "KANU spokesman Ali Noor": an acronym the article never spelled out, right before a
 * lower-case role and a name, is the body that person speaks for, never part of the person. Records it; true if so.
 */
function acronymBeforeRole(sc: Scan, v: View, a: number): boolean {
  const role = v.toks[a + 1];
  const name = v.toks[a + 2];
  const word = v.toks[a]!.text;
  if (!role || !name || !/^[A-Z]{2,6}$/.test(word) || !APPOSITIVE_HEADS.has(v.keys[a + 1]!)) return false;
  if (!/^\p{Ll}/u.test(role.text) || !isCap(name) || v.glued[a + 1]) return false;
  const d = sc.reg.ensure(slugify(word), word, 'organization');
  sc.reg.mention(d.id, v.toks[a]!.start, v.toks[a]!.end, 'name', word);
  return true;
}

/** The role whose "of"/"for" ("the") comes right before token `at` ("head of the", "spokesman for the"), or null. */
function roleOfBefore(v: View, at: number): string | null {
  const the = v.keys[at - 1] === 'the' ? 1 : 0;
  const link = v.keys[at - 1 - the];
  const role = v.keys[at - 2 - the] ?? '';
  return (link === 'of' || link === 'for') && APPOSITIVE_HEADS.has(role) ? role : null;
}

/**
 * "head of the GKNB Kamchybek Tashiyev", "a spokesman for the PNB Pierre Nkurikiye": an acronym right before a name,
 * after a role's "of" or "for", is the body the person holds the role in, never a word of the name. Records the
 * acronym as a body (the one it spells when the article named it) and the person's affiliation to it.
 */
function acronymOfPerson(sc: Scan, v: View, at: number, role: string, personId: string): void {
  const word = v.toks[at]!.text;
  const known = sc.reg.byInitials(v.keys[at]!);
  const d = known ?? sc.reg.ensure(slugify(word), word, 'organization');
  sc.reg.mention(d.id, v.toks[at]!.start, v.toks[at]!.end, known ? 'alias' : 'name', word);
  sc.pendingAffiliations.push({ personId, at: v.toks[at]!.start, role });
}

/** The acronym opening a run read so ("GKNB Kamchybek Tashiyev" after "head of the"): both recorded; true if so. */
function acronymThenName(sc: Scan, v: View, a: number, b: number): boolean {
  const word = v.toks[a]!.text;
  // "a director of PT Sawit Jaya Abadi": a company's leading legal form, no acronym of a body before a person.
  if (b - a < 3 || b - a > 5 || !ACRONYM.test(word) || isGivenName(word) || LEADING_LEGAL_FORMS.has(v.keys[a]!))
    return false;
  const role = roleOfBefore(v, a);
  if (!role || (!isGivenName(v.toks[a + 1]!.text) && lexicalTag(v.keys[a + 1]!) !== null)) return false;
  const p = personFrom(sc, v, a + 1, b);
  if (p) acronymOfPerson(sc, v, a, role, p.id);
  return !!p;
}

/** The acronym left alone before a titled name ("spokesman for the PNB Pierre Nkurikiye"): recorded; true if so. */
function acronymBeforePerson(sc: Scan, v: View, a: number): boolean {
  const role = ACRONYM.test(v.toks[a]!.text) && !v.glued[a + 1] ? roleOfBefore(v, a) : null;
  const next = v.toks[a + 1];
  const p = role && next ? personMention(sc, (m) => m.start === next.start) : null;
  if (p) acronymOfPerson(sc, v, a, role!, p.leader.id);
  return !!p;
}

/**
 * Whether tokens [a, b) are one written word of acronyms joined by hyphens ("VMRO-DPMNE", "EAJ-PNV", "CPN-UML"), the
 * last of them maybe a faction's one letter ("SPLM-N", "ANC-W").
 */
function hyphened(v: View, a: number, b: number): boolean {
  const hyphen = (k: number) => !!v.glued[k] && v.text[v.toks[k - 1]!.end] === '-';
  for (let k = a + 1; k < b; k++) if (!hyphen(k)) return false;
  const part = (t: { text: string }, k: number) => ACRONYM.test(t.text) || (k === b - a - 1 && /^[A-Z]$/.test(t.text));
  return b - a <= 4 && !hyphen(b) && v.toks.slice(a, b).every(part);
}

/**
 * "the Communist Party of Nepal-Unified Marxist Leninist (CPN-UML)", "Lawmakers of the CPN-UML": a hyphened acronym
 * names a body: the one it is defined for in parentheses after its name, or defined before, else its own.
 */
function hyphenedAcronym(sc: Scan, v: View, a: number, b: number): void {
  if (!hyphened(v, a, b)) return;
  const [start, end] = [v.toks[a]!.start, v.toks[b - 1]!.end];
  const surface = v.text.slice(start, end);
  const key = surface.toLowerCase();
  const defined = v.keys[a - 1] === '(' && v.keys[b] === ')' ? bodyEndingAt(sc, v.toks[a - 1]!.start) : undefined;
  // Written alone in the headline or the lede before the name that defines it: that body all along.
  if (defined) sc.reg.defined.set(key, defined.id);
  if (defined) sc.reg.absorb(defined.id, slugify(surface));
  const body = defined ?? sc.reg.byInitials(key) ?? sc.reg.ensure(slugify(surface), surface, 'organization');
  sc.reg.mention(body.id, start, end, 'alias', surface);
}

/** An acronym of two to six capitals ("GKNB", "PNB"). */
const ACRONYM = /^[A-Z]{2,6}$/;

/** The state whose possessive is written right before token a ("Papua New Guinea's own ICAC"), or null. */
function possessiveStateAt(sc: Scan, v: View, a: number): string | null {
  let k = a - 1;
  if (v.keys[k] === 'own') k--;
  if (v.keys[k] !== "'s" || !v.glued[k]) return null;
  const at = v.toks[k]!.start;
  return sc.reg.all().find((d) => d.kind === 'state' && d.mentions.some((m) => m.end === at))?.id ?? null;
}

/**
 * "Papua New Guinea's own ICAC" after "the Solomon Islands Independent Commission Against Corruption", "Kenya's DCI":
 * an acronym after a state's possessive is that state's body of those letters, not another state's body it spells.
 * That state, or null.
 */
function acronymOwner(sc: Scan, v: View, a: number, spelled: Draft | undefined): string | null {
  const state = possessiveStateAt(sc, v, a);
  if (!state || spellsTitle(v.toks[a]!.text)) return null;
  return !spelled || (!!spelled.affiliation && spelled.affiliation !== state) ? state : null;
}

/**
 * "the opposition Juwa party", "the Likud party": a one-word name right before a lower-case "party" is that party's
 * name, the two words one body (never a person named "Juwa"). True when read so.
 */
function partyNamed(sc: Scan, v: View, a: number): boolean {
  const next = v.toks[a + 1];
  if (!next || v.keys[a + 1] !== 'party' || isCap(next) || v.glued[a + 1] || v.keys[a - 1] === "'s") return false;
  const name = surfaceOf(v, a, a + 2);
  const d = sc.reg.ensure(slugify(name), name, 'organization');
  sc.reg.mention(d.id, v.toks[a]!.start, next.end, 'name', name);
  return true;
}

/** A one-word run: an acronym of an actor named before, else a name for the surname step. */
function oneWord(sc: Scan, v: View, a: number): void {
  const prevKey = v.keys[a - 1];
  const nextKey = v.keys[a + 1];
  if (partyNamed(sc, v, a)) return;
  // An acronym of an actor named earlier in the article ("Rapid Support Forces ... the RSF"), or one it defines in
  // parentheses right after a body's name whatever its letters ("Alliance of Independent Social Democrats (SNSD)").
  if (allCaps(v, a, a + 1)) {
    if (missionAt(sc, v, a)) return;
    const defined =
      prevKey === '(' && nextKey === ')'
        ? (bodyEndingAt(sc, v.toks[a - 1]!.start) ?? nameBeforeAcronym(sc, v, a))
        : undefined;
    if (defined) sc.reg.defined.set(v.keys[a]!, defined.id);
    const spelled = defined ?? sc.reg.byInitials(v.keys[a]!);
    const other = acronymOwner(sc, v, a, spelled);
    const full = other ? stateBody(sc, other, v.keys[a]!, v.toks[a]!.text) : spelled;
    if (full) {
      sc.reg.mention(full.id, v.toks[a]!.start, v.toks[a]!.end, 'alias', v.toks[a]!.text);
      return;
    }
    if (acronymBeforeRole(sc, v, a) || acronymBeforePerson(sc, v, a) || acronymAfterThe(sc, v, a)) return;
  }
  // "A Clinton campaign official", "an Obama appointee": a name after an indefinite article modifies a noun.
  if (prevKey === 'a' || prevKey === 'an') return;
  // "a former Miss Universe", "Miss World": a pageant's title, no person's name.
  if (prevKey === 'miss' && lexicalTag(v.keys[a]!) === 'NOUN') return;
  const honor = !!prevKey && HONORIFICS.has(prevKey);
  const afterLoc = !!prevKey && (LOCATIVE.has(prevKey) || PLACE_VERBS.has(prevKey));
  // "Residents of Uri said", "analysts at Nomura said": the word after of/at/from is no speaker's name.
  // "Phillip reported from Oakland": a contributor line, not a speaker.
  const contributor = nextKey === 'reported' && v.keys[a + 2] === 'from';
  const speaker = !!nextKey && SPEECH_AFTER.has(nextKey) && !afterLoc && !OF_AT.has(prevKey ?? '') && !contributor;
  pendSurname(sc, v, a, honor || speaker);
}

/**
 * "Kafubu Copper Processing Limited ... Kafubu Copper Processing said", "the Angkor Sweet Sugar company ... Angkor
 * Sweet Sugar said": a firm named before by this name, or by it and a word of FIRM_ENDS ("Limited", "Group").
 */
function firmNamedBefore(sc: Scan, name: string): Draft | undefined {
  const lower = name.toLowerCase();
  return sc.reg.all().find((d) => {
    if (d.kind !== 'organization' || d.name.length < name.length) return false;
    const rest = d.name.toLowerCase();
    if (rest === lower) return true;
    return rest.startsWith(`${lower} `) && FIRM_ENDS.has(rest.slice(lower.length + 1).replace(/\.$/, ''));
  });
}

/**
 * "Zulkifli bin Haji Mansor", "Ismail bin Pengiran Haji Abdul Rahman": a run holding a patronymic particle, of four
 * name words at most once the particle and the father's honorifics are left out, is one person's name however long.
 */
function fathersNameRun(keys: string[]): boolean {
  const at = keys.findIndex((k) => PATRONYMIC_PARTICLES.has(k));
  if (at < 1 || at === keys.length - 1) return false;
  return keys.filter((k) => !PATRONYMIC_PARTICLES.has(k) && !FATHERS_TITLES.has(k)).length <= 4;
}

/** A run of two or more words that is neither a typed body nor a thing: a place, or a person's name. */
function personRun(sc: Scan, v: View, a: number, b: number, joined: Item[], x: number): void {
  const firm = firmNamedBefore(sc, surfaceOf(v, a, b));
  if (firm) return void sc.reg.mention(firm.id, v.toks[a]!.start, v.toks[b - 1]!.end, 'name', surfaceOf(v, a, b));
  // "U Zaw Min Htike", "Daw Khin Myat Thu": a Burmese honorific opening the run is no word of the name.
  const burmese = burmeseHonorificFirst(v.keys.slice(a, b));
  if (burmese) a++;
  const prevKey = v.keys[a - 1];
  const honor = burmese || (prevKey && HONORIFICS.has(prevKey));
  const afterLoc = prevKey && (LOCATIVE.has(prevKey) || PLACE_VERBS.has(prevKey));
  if ((afterLoc || placeAfterComma(v, a, b, joined) || partOf(v, a) || placeNounBeside(v, a, b)) && !honor) {
    sc.placeNames.add(surfaceOf(v, a, b));
    return;
  }
  // "the Great Satan", "the Golden Week": a name right after "the" is a person's only as a modifier of a noun
  // ("the George W. Bush administration").
  const nounAfter = !!v.toks[b] && LOWER_FIRST.test(v.toks[b]!.text) && v.toks[b]!.pos === 'NOUN';
  if (prevKey === 'the' && !nounAfter) return;
  // "hosted a Ramadan Iftar meal", "a Boca Raton lawyer": after "a", a name before a noun only qualifies it ("a
  // Hillary Clinton supporter" still names her: a known given name opens it).
  if ((prevKey === 'a' || prevKey === 'an') && nounAfter && !isGivenName(v.keys[a]!)) return;
  // "Trump Supporters": a plural for people ends the name ("Service Employees ..." is a body, typed before).
  for (let k = a + 1; k < b; k++)
    if (PEOPLE_PLURALS.has(v.keys[k]!)) return runItem(sc, v, { type: 'run', start: a, end: k }, joined, x);
  // A person's name holds no "of", "for", "on" or "and": "Pam Key on Twitter" is Pam Key.
  let cut = a;
  while (cut < b && !INNER_ONLY.has(v.keys[cut]!)) cut++;
  if (cut < b && cut - a >= 2) {
    runItem(sc, v, { type: 'run', start: a, end: cut }, joined, x);
    // "Michael Cohen and Hans-Peter Bartels": the name after the "and" is a person of its own.
    if (v.keys[cut] === 'and' && b - cut > 2) runItem(sc, v, { type: 'run', start: cut + 1, end: b }, joined, x);
    return;
  }
  if (cut < b) return;
  if (b - a > 4 && !fathersNameRun(v.keys.slice(a, b))) return;
  // "Rakhine State's Kyauktaw Township", "Gwoza District": a place's name with its unit word, never a person.
  if (b - a >= 2 && UNIT_NAMES.has(v.keys[b - 1]!)) return;
  for (let k = a; k < b; k++) if (!UPPER_FIRST.test(v.toks[k]!.text) && !CONNECTORS.has(v.keys[k]!)) return;
  // "Crooked Hillary Clinton", "Rival Hillary Clinton": an adjective before a known person's name is no part of it.
  if (!honor && b - a >= 3 && adjective(v.keys[a]!) && sc.reg.hasSurname(v.keys[b - 1]!, v.toks[a]!.start)) a++;
  // "regional governor Roman Busargin": a role noun right before the run makes it a name even when it opens with
  // a word the lexicon reads as an adjective.
  const before = v.toks[a - 1];
  const role = !!before && before.pos === 'NOUN' && LOWER_FIRST.test(before.text) && !v.glued[a];
  if (!honor && !role && !namesPerson(sc, v, a, b)) return;
  // "Actress Rosario Dawson", "Billionaire Mark Cuban": a role noun opening a sentence is no part of the name.
  if (b - a >= 3 && ROLE_NOUNS.has(v.keys[a]!)) a++;
  const p = personFrom(sc, v, a, b);
  if (!p) return;
  // Appositive role: "Name, head of the Russian Center ...", "Name, a spokesman for the ministry".
  appositive(sc, v, b, p.id, joined, x);
}

/** "Ba Cho district", "the Budo forest", "tambon Lubo Saray": a place noun in lower case right after or before. */
function placeNounBeside(v: View, a: number, b: number): boolean {
  const [before, after] = [v.toks[a - 1], v.toks[b]];
  return (
    (!!after && !v.glued[b] && LOWER_FIRST.test(after.text) && PLACE_NOUNS_AFTER.has(v.keys[b]!)) ||
    (!!before && LOWER_FIRST.test(before.text) && ADMIN_UNITS_BEFORE.has(v.keys[a - 1]!)) ||
    placeAppositive(v, b)
  );
}

/** Heads of an appositive that make the name before it a place: "X, a town of 40,000", "X, chief town of Y". */
const PLACE_HEADS = new Set(
  'town towns city village villages hamlet capital port district province region county prefecture municipality settlement locality commune'.split(
    ' ',
  ),
);
/** What may follow such a head: "a town of", "a village in", "the capital, where", "a town." */
const AFTER_PLACE_HEAD = new Set(['of', 'in', 'on', 'near', 'about', 'some', 'where', 'that', 'which', ',', '.', ';']);

/** Whether a comma after token b - 1 opens an appositive whose head is a kind of place ("X, a town of some 40,000"). */
function placeAppositive(v: View, b: number): boolean {
  if (v.keys[b] !== ',') return false;
  for (let k = b + 1; k < b + 5 && k < v.keys.length; k++) {
    const tok = v.toks[k]!;
    if (!LOWER_FIRST.test(tok.text)) return false;
    if (PLACE_HEADS.has(v.keys[k]!)) return k + 1 >= v.keys.length || AFTER_PLACE_HEAD.has(v.keys[k + 1]!);
    // Only determiners and adjectives before the head ("a small town", "the chief town"), never a clause ("who
    // reached the village on Sunday").
    if (tok.pos !== 'DET' && tok.pos !== 'ADJ' && tok.pos !== 'NUM' && v.keys[k] !== 'chief') return false;
  }
  return false;
}

/** Places a name may be part of: "the suburb of Santa Catarina", "the town of Bakhmut", "the county of Kent". */
const PLACE_KINDS = new Set(
  'suburb suburbs town towns city village villages district province county neighborhood neighbourhood borough region island state'.split(
    ' ',
  ),
);

/** "in the suburb of Santa Catarina": a name after a lower-case kind of place and "of" is that place. */
function partOf(v: View, a: number): boolean {
  return v.keys[a - 1] === 'of' && PLACE_KINDS.has(v.keys[a - 2] ?? '') && /^[a-z]/.test(v.toks[a - 2]!.text);
}

/** Whether token k is a US state's abbreviation written with periods ("N.J.", "Fla.", "Calif."). */
function stateAbbreviation(v: View, k: number): boolean {
  const t = v.toks[k]!.text;
  return (
    /^(?:[A-Z]\.[A-Z]\.|[A-Z][a-z]{1,4}\.?)$/.test(t) &&
    US_STATE_ABBREVIATIONS.has(v.keys[k]!) &&
    (t.endsWith('.') || v.text[v.toks[k]!.end] === '.')
  );
}

/** Nouns used as adjectives before a body's kind: "State broadcaster RTS", "Opposition newspaper Nasa Niva". */
const ATTRIBUTIVE_NOUNS = new Set(['state', 'government', 'opposition', 'public', 'city', 'party', 'army', 'military']);

/** A common adjective that is no given name ("economic", "great", but not "frank" or "lee"). */
const adjective = (key: string) => lexicalTag(key) === 'ADJ' && !GIVEN_ADJECTIVES.has(key);

/**
 * Whether a run of capitalized words with no title before it can be a person's name: not when it opens with a
 * common adjective ("Economic Scene", "Great Wall", "National Interests", "Old Hollywood"; given names such as
 * "Frank" or "Rich" excepted), nor when it is two surnames joined by a hyphen, both of people named before or before a noun ("the Obama-Clinton
 * policies", "a Ruto-Odinga pact").
 */
function namesPerson(sc: Scan, v: View, a: number, b: number): boolean {
  const first = v.keys[a]!;
  if (adjective(first)) return false;
  const hyphen = b - a === 2 && v.glued[a + 1] && v.text[v.toks[a]!.end] === '-';
  if (!hyphen) return true;
  // "the Obama-Clinton policies", "the failed Obama-Clinton foreign policy": the pair modifies what follows.
  const modifier = !!v.toks[b] && LOWER_FIRST.test(v.toks[b]!.text) && /^(NOUN|ADJ)$/.test(v.toks[b]!.pos);
  if (modifier || (sc.reg.hasSurname(first, v.toks[a]!.start) && sc.reg.hasSurname(v.keys[a + 1]!, v.toks[a]!.start)))
    return false;
  return true;
}

/**
 * "El Fasher, Sudan", "San Pedro, California", "Point Pleasant, N.J.": a name followed by its country, region or
 * a US state's abbreviation is a place.
 */
function placeAfterComma(v: View, a: number, b: number, joined: Item[]): boolean {
  if (v.keys[b] !== ',') return false;
  const st = joined.find((j) => j.start === b + 1);
  if (isStateItem(st) && (st.hit.role === 'name' || st.hit.role === 'alias')) return true;
  // "Donald Hartley of Madison, Alabama": the region is the place of the last part only.
  for (let k = a; k < b; k++) if (INNER_ONLY.has(v.keys[k]!)) return false;
  if (st?.type === 'gaz' && st.hit.role === 'place') return true;
  const abbr = v.toks[b + 1];
  return (
    !!abbr && /^(?:[A-Z][a-z]*\.(?:[A-Z]\.)?|[A-Z]{2})$/.test(abbr.text) && US_STATE_ABBREVIATIONS.has(v.keys[b + 1]!)
  );
}

/** An event word inside a run, or a capitalized one right after it the tagger left out ("Care Act"). */
function eventInside(v: View, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (EVENT_WORDS.has(v.keys[k]!)) return true;
  const next = v.toks[b];
  return !!next && !v.glued[b] && isCap(next) && EVENT_WORDS.has(v.keys[b]!);
}

/**
 * "Jean-Pierre Bemba", "Hans-Peter Bartels": a given name of two capitalized words joined by a hyphen is one word of
 * the name (so "Jean-Pierre" and "Jean-Emmanuel" Ouedraogo are two people), unless the name is written family name
 * first ("Lee Jae-myung", whose syllables key it). Joins tokens and keys 0 and 1 in place.
 */
function hyphenedGiven(v: View, a: number, tokens: string[], keys: string[]): void {
  const hyphened = v.glued[a + 1] && v.text[v.toks[a]!.end] === '-' && tokens[1] === v.toks[a + 1]?.text;
  if (tokens.length < 3 || !hyphened || !UPPER_FIRST.test(tokens[1]!) || familyNameFirst(keys)) return;
  tokens.splice(0, 2, `${tokens[0]}-${tokens[1]}`);
  keys.splice(0, 2, `${keys[0]}-${keys[1]}`);
}

/**
 * The written words of tokens [a, b) up to a possessive, a hyphenated word one word ("Jean-Pierre Bemba": "Jean" is
 * no role before "Pierre"), and the token each word starts at.
 */
function nameWords(v: View, a: number, b: number): { written: string[]; starts: number[] } {
  const written: string[] = [];
  const starts: number[] = [];
  for (let k = a; k < b && v.keys[k] !== "'s"; k++) {
    const hyphened = k > a && v.glued[k] && v.text[v.toks[k - 1]!.end] === '-';
    if (hyphened) {
      written[written.length - 1] += v.text.slice(v.toks[k - 1]!.end, v.toks[k]!.end);
      continue;
    }
    written.push(v.toks[k]!.text);
    starts.push(k);
  }
  return { written, starts };
}

/**
 * A person named by tokens [a, b) (up to a possessive), unless the words cannot be a name; the tokens of `skip`
 * (a quoted nickname: nicknames.ts) are no part of the name.
 */
export function personFrom(sc: Scan, v: View, a: number, b: number, skip?: [number, number]) {
  // "Majority Whip John Cornyn", "Billionaire Mark Cuban": a role glued before the name is the person's role.
  const { written, starts } = nameWords(v, a, b);
  const named = nameAfterRole(written);
  const role = named > 0 ? surfaceOf(v, a, starts[named]!) : null;
  a = named > 0 ? starts[named]! : a;
  const tokens: string[] = [];
  const keys: string[] = [];
  let last = a;
  for (let k = a; k < b; k++) {
    if (skip && k >= skip[0] && k < skip[1]) continue;
    if (v.keys[k] === "'s") break;
    tokens.push(v.toks[k]!.text);
    keys.push(v.keys[k]!);
    last = k;
  }
  if (!tokens.length || keys.every((k) => CONNECTORS.has(k)) || keys.includes('and') || keys.includes('&')) return null;
  if (notAPersonName(tokens, keys)) return null;
  // "General Staff", "Air Force", "Mine Workers": an institution word or a plural for people is no name.
  // "Alghabass Ag Intalla", "Iyad ag Ghaly": the Tuareg "ag" (son of) inside a name is no legal form "AG".
  const particle = (i: number) => keys[i] === 'ag' && i > 0 && i < keys.length - 1 && tokens[i] !== 'AG';
  for (const [i, k] of keys.entries())
    if ((ORG_CUES.has(k) && !particle(i)) || GROUP_CUES.has(k) || THING_HEADS.has(k) || PEOPLE_PLURALS.has(k))
      return null;
  // Names are words: "T-72" or "F-16" are not people, nor page furniture glued to a name ("FlagShareLikeReplyPaige";
  // "McDonald", "DeSantis" have one inner capital).
  for (const t of tokens) if (!NAME_WORD.test(t) || GLUED_TWICE.test(t)) return null;
  hyphenedGiven(v, a, tokens, keys);
  const p = sc.reg.person(tokens, keys);
  sc.reg.mention(p.id, v.toks[a]!.start, v.toks[last]!.end, 'name', tokens.join(' '));
  if (role) p.roles.add(role);
  return p;
}

/**
 * Word runs no person's name is: more than four name words ("Paul Ryan Joins Growing List", a quoted headline; particles,
 * initials and "Jr." not counted), or a common word in capitals glued to a name ("TRAILERS Enjoy", page furniture).
 */
function notAPersonName(tokens: string[], keys: string[]): boolean {
  // "Pengiran Haji Ismail bin Pengiran Haji Abdul Rahman": a father's name's honorifics are no words of the name.
  const fathers = keys.some((k) => PATRONYMIC_PARTICLES.has(k));
  const words = keys.filter(
    (k, i) =>
      !CONNECTORS.has(k) &&
      !(fathers && FATHERS_TITLES.has(k)) &&
      !/^(?:\p{Lu}\.|jr\.?|sr\.?|ii|iii|iv)$/iu.test(tokens[i]!),
  );
  if (words.length > 4) return true;
  return tokens.length > 1 && tokens.some((t, i) => shouted(t, keys[i]!));
}

/** A verb or a plural noun in capitals: "TRAILERS Enjoy", "Reply GIVE" (an acronym such as "CREDO Action" is kept). */
const shouted = (t: string, k: string) =>
  /^\p{Lu}{4,}$/u.test(t) && (lexicalTag(k) === 'VERB' || (lexicalTag(k) === 'NOUN' && k.endsWith('s')));

/**
 * The last such word in capitals in a run, or -1: what stands before it is page furniture ("TRAILERS Enjoy", "Navy
 * SEALS Tyrone Woods"); a name may follow it.
 */
function lastShouted(v: View, a: number, b: number): number {
  for (let k = b - 1; k >= a; k--) if (shouted(v.toks[k]!.text, v.keys[k]!)) return k;
  return -1;
}

/** Where "of" splits a person's name from the body named after it ("Jane Roe of the University of X"), else -1. */
export function ofSplit(v: View, a: number, b: number, minName: number): number {
  let cut = a;
  while (cut < b && v.keys[cut] !== 'of') cut++;
  if (cut - a < minName || cut >= b - 1) return -1;
  const head: Item = { type: 'run', start: a, end: cut };
  const body: Item = { type: 'run', start: cut + 1, end: b };
  if (cueIn(v, head, ORG_CUES) || cueIn(v, head, GROUP_CUES) || cueIn(v, head, OUTLET_CUES)) return -1;
  // "Jon Stewart of The Daily Show": a programme after "of" is no part of the person's name either.
  // "Nelson Urdaneta of the Primero Justicia party": a lower-case body noun after the name says it is a body's too.
  if (!cueIn(v, body, ORG_CUES) && !GATHERING_WORDS.has(v.keys[b - 1]!) && !bodyNounAfter(v, b)) return -1;
  for (let k = a; k < cut; k++) if (!UPPER_FIRST.test(v.toks[k]!.text) && !CONNECTORS.has(v.keys[k]!)) return -1;
  if (EVENT_WORDS.has(v.keys[cut - 1]!) || THING_HEADS.has(v.keys[cut - 1]!)) return -1;
  return cut;
}

/** The body after a person's "of": its own actor, and the person's affiliation. */
export function bodyAfterOf(sc: Scan, v: View, personId: string, cut: number, b: number, joined: Item[], x: number) {
  runItem(sc, v, { type: 'run', start: cut + 1, end: b }, joined, x);
  let bs = cut + 1;
  while (bs < b && INNER_ONLY.has(v.keys[bs]!)) bs++;
  sc.pendingAffiliations.push({ personId, at: v.toks[bs]!.start, role: '' });
}

/** "Jane Roe of the University of X" without a title: the person and her body, or false. */
function personOfBody(sc: Scan, v: View, a: number, b: number, joined: Item[], x: number): boolean {
  const cut = ofSplit(v, a, b, 1);
  // Without a title, only "Name of the Body", and no role word in the name ("Joint Chiefs of Staff"); a one-word
  // name only when it is the surname of a person named before ("Okafor of the Nigerian Bar Association").
  if (cut < 0 || (v.keys[cut + 1] !== 'the' && !nameOfWords(v, a, cut))) return false;
  if (cut - a === 1 && !sc.reg.hasSurname(v.keys[a]!, v.toks[a]!.start)) return false;
  for (let k = a; k < cut; k++) if (APPOSITIVE_HEADS.has(v.keys[k]!.replace(PLURAL_S, ''))) return false;
  const p = cut > 0 ? personFrom(sc, v, a, cut) : null;
  if (!p) return false;
  bodyAfterOf(sc, v, p.id, cut, b, joined, x);
  return true;
}

/**
 * "Kaveh Majlesi of Lund University": two words before "of" that are no words of the lexicon (or a given name and
 * such a word) are a person's name, and the body follows without "the" ("Bank of America", "Federation of American
 * Scientists" open with common words).
 */
function nameOfWords(v: View, a: number, cut: number): boolean {
  if (cut - a !== 2) return false;
  for (let k = a; k < cut; k++) {
    const key = v.keys[k]!;
    if (!(lexicalTag(key) === null || (k === a && isGivenName(v.toks[k]!.text)))) return false;
    if (matchAt(v.keys, k)) return false;
  }
  return true;
}

/** '(ABC)' right after a name whose word initials spell it. */
function initialsAfter(v: View, a: number, b: number): boolean {
  if (b - a < 2 || v.toks[b]?.text !== '(' || v.toks[b + 2]?.text !== ')') return false;
  const acro = v.toks[b + 1]!.text;
  if (!/^[A-Z]{2,}$/.test(acro)) return false;
  let initials = '';
  for (let k = a; k < b; k++) {
    if (INNER_ONLY.has(v.keys[k]!) || ROMANCE_SKIP.has(v.toks[k]!.text)) continue;
    for (const part of v.toks[k]!.text.split('-')) if (part) initials += part[0]!.toUpperCase();
  }
  return initials === acro;
}

/** ', the state power utility,' / ', a mining company,': the head word of an appositive naming a body, or null. */
const RELATIVES = new Set(['that', 'which', 'whose']);

/**
 * Verbs a firm or a public body is the subject of after "<Name>, which": "Vestbus, which employs 400 drivers",
 * "Havbris, which owns the plant". A person's name takes "who"; a place's "which" is rarely followed by these.
 */
const BODY_WHICH_VERBS = new Set(
  'employs employed operates operated runs ran owns owned manufactures makes produces supplies exports imports builds flies markets sells bought acquired controls represents insures lends publishes broadcasts'.split(
    ' ',
  ),
);

/** "Vestbus, which employs about 400 drivers": a name, a comma, "which" and a verb a body does. */
function whichBody(v: View, b: number): boolean {
  return v.toks[b]?.text === ',' && v.keys[b + 1] === 'which' && BODY_WHICH_VERBS.has(v.keys[b + 2] ?? '');
}

function bodyAppositive(v: View, b: number, a: number): string | null {
  if (v.toks[b]?.text !== ',') return null;
  const det = v.keys[b + 1];
  if (det !== 'the' && det !== 'a' && det !== 'an') return null;
  for (let k = b + 2; k < Math.min(v.keys.length, b + 8); k++) {
    const t = v.toks[k]!;
    if (t.text === ',' || t.text === '.') return BODY_NOUNS.has(v.keys[k - 1]!) && k > b + 2 ? v.keys[k - 1]! : null;
    if (!/^[a-z-]+$/.test(t.text) && !UPPER_FIRST.test(t.text)) return null;
    // "Vestbus, the operator that has held the contract", "Arriva, a British-owned company that runs": a body's
    // noun closed by a relative clause.
    // Only of a one-word name: a person's full name takes such a role too ("Anders Holm, the operator that ...").
    if (RELATIVES.has(t.text) && k > b + 2)
      return BODY_NOUNS.has(v.keys[k - 1]!) && b - a === 1 && !isGivenName(v.keys[a]!) ? v.keys[k - 1]! : null;
    // "Robey Warshaw, a firm founded in 2014": a noun that only names bodies may be followed by a participle.
    if (t.pos === 'VERB') return ONLY_BODY_NOUNS.has(v.keys[k - 1]!) && k > b + 2 ? v.keys[k - 1]! : null;
    if (t.pos === 'AUX' || t.pos === 'ADP') return null;
  }
  return null;
}
