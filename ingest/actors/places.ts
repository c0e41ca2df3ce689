// Whether a state's name is used only as a place ("fought in Ukraine", "countries like Libya, Egypt and Yemen",
// "the Paris attacks"): a location is no actor, and a state named only so is dropped (resolve.ts).
// In: a sentence view and the state item's tokens [a, b). Out: true for a place use.
import { matchAt, stateEntry, titleEntry } from '../gazetteer/index.ts';
import { lexicalTag } from '../nlp/tagger.ts';
import { APPOSITIVE_HEADS, GROUP_CUES, MONTH_WORDS, ORG_CUES, PEOPLE_PLURALS, ROLE_NOUNS } from './lexicon.ts';
import { isCap, type View } from './view.ts';

/**
 * Prepositions that make a state name a mere location or topic: "in Ukraine", "at the U.S. embassy", "near Syria",
 * "via Turkey", "after Beirut, after Paris" (scenes of attacks), "cares deeply about America". Those whose object
 * takes part in an act ("talks with Iran", "sanctions against Russia", "pressure on China", "a letter to Japan",
 * "support from Qatar") are not among them.
 */
const PURE_LOCATIVE = new Set(
  'in across throughout inside within outside into around at near via through beyond after about'.split(' '),
);
/** Words between the preposition and the name that leave it a place: "in the United States", "[in [Afghanistan]]". */
const SKIPPED = new Set(['the', '[', '(', '"', '“', '‘', "'"]);
/** Nouns for places, before "like" or "such as" a list of them: "countries like A, B and C" ("allies like A" act). */
const PLACE_NOUNS = new Set(
  'countries nations places cities regions destinations havens areas territories locations spots'.split(' '),
);
/** Nouns after which "in X" is no location: "faith in Britain", "confidence in Japan". */
const TRUST_NOUNS = new Set('faith trust confidence belief stake'.split(' '));
/** Lower-case nouns a place names where something happened: "the Paris attacks", "the Iraq war". */
const PLACE_EVENTS = new Set(
  'attack attacks attacker attackers bombing bombings shooting shootings massacre war wars earthquake floods riots invasion invasions assault assaults'.split(
    ' ',
  ),
);

/** `seat`: a seat of government or a capital ("the Kremlin", "Paris"), a place only as the scene of an event. */
export function placeOnly(v: View, a: number, b: number, seat = false): boolean {
  const next = v.keys[b];
  // "Ukraine's army", "Iran's" acts through what it owns.
  // "Ukraine's army", "Iran's state media" act for it; "America's two-party system" is only its scope.
  if (next === "'s" || next === '’s') return scopeAfter(v, b + 1, OWN_SCOPES);
  if (next && PLACE_EVENTS.has(next) && !isCap(v.toks[b]!)) return true;
  // "a recent Mali hotel assault": one lower-case noun between the name and the event.
  if (v.toks[b]?.pos === 'NOUN' && !isCap(v.toks[b]!) && PLACE_EVENTS.has(v.keys[b + 1] ?? '')) return true;
  if (slogan(v, a, b)) return true;
  // "sitting in the Oval Office", "a Washington lawyer", "a Washington-to-English converter": a seat or capital as a place.
  // "Washington, D.C.": a capital written with its district names the city.
  const withDistrict = () => v.text.slice(v.toks[a]!.start, v.toks[b - 1]!.end).includes(',');
  if (insideName(v, a, b)) return true;
  if (seat)
    return (
      occupied(v, a) ||
      qualifier(v, b) ||
      prize(v, a) ||
      homeOf(v, a) ||
      withDistrict() ||
      withState(v, b) ||
      passedBy(v, a, b)
    );
  return (
    locative(v, a, b) ||
    origin(v, a) ||
    traded(v, a) ||
    border(v, b) ||
    barrierBetween(v, a) ||
    movedTo(v, a) ||
    foughtOver(v, a) ||
    measuredFor(v, a) ||
    inPlaceList(v, a, b) ||
    scopeAfter(v, b) ||
    scopeOf(v, a) ||
    vision(v, a, b) ||
    address(v, a, b) ||
    thingQualifier(v, a, b)
  );
}

/**
 * Heads a state's name may qualify and still act through: its people in office, its bodies and forces ("U.S.
 * officials", "Kenyan troops", "the Iraqi government") and its own acts ("U.S. sanctions", "Russian airstrikes").
 */
const ACTING_HEADS = new Set(
  (
    'official officials troops troop forces force soldiers military army navy government administration authorities ' +
    'leadership leaders delegation delegates negotiators diplomats diplomat envoy embassy consulate agents agency ' +
    'intelligence police team side counterpart counterparts ally allies partner partners lawmakers regulators ' +
    'prosecutors investigators court courts officers commanders ministry regime state ' +
    'support sanctions sanction policy policies strikes strike airstrikes airstrike attack attacks aid assistance ' +
    'pressure demand demands position stance decision response intervention involvement role offer proposal plan ' +
    'plans warning warnings threat threats action actions effort efforts push campaign operation operations program ' +
    'withdrawal backing approval opposition objection objections complaint complaints request refusal veto vote ' +
    'votes bid statement announcement spending funding investment investments commitment commitments ' +
    // What it owns and defends: "the attack on a U.S. facility", "U.S. interests".
    'facility facilities compound base bases installation installations interests'
  ).split(' '),
);

/**
 * "a former Vietnam prisoner of war", "the Iran deal", "his U.S. passport": a state's name qualifying a lower-case
 * noun that is no one acting for it, nor an act of its own, names a thing, not the state acting.
 */
function thingQualifier(v: View, a: number, b: number): boolean {
  if (v.glued[b]) return false;
  let k = b;
  while (k < b + 2 && v.toks[k]?.pos === 'ADJ' && !isCap(v.toks[k]!)) k++;
  // "the Panama free-trade agreement", "a Kenya low-cost housing plan": a hyphenated compound before the head.
  if (k > b && v.keys[k] === '-' && v.glued[k]) k++;
  if (k > b && v.glued[k] && v.toks[k] && !isCap(v.toks[k]!)) k++;
  const head = v.toks[k];
  if (!head || head.pos !== 'NOUN' || isCap(head) || v.glued[k]) return false;
  const key = v.keys[k]!;
  // A compound goes on: "the U.S. defense budget", "U.S. military aid": the last noun is the head.
  if (v.toks[k + 1]?.pos === 'NOUN' && !isCap(v.toks[k + 1]!)) return false;
  // The state opens a clause's subject ("Iran nuclear talks resumed" is no state acting either; "China trade fell").
  return !actingHead(key) && a > 0;
}

/**
 * Whether a lower-case noun a name qualifies is someone acting for the name's bearer or an act of its own ("U.S.
 * officials", "a Google spokesman", "Kenyan troops", "U.S. sanctions"), not a thing ("the Iran deal").
 */
export function actingHead(key: string): boolean {
  return (
    ACTING_HEADS.has(key) ||
    PEOPLE_PLURALS.has(key) ||
    ROLE_NOUNS.has(key) ||
    APPOSITIVE_HEADS.has(key) ||
    ORG_CUES.has(key) ||
    GROUP_CUES.has(key) ||
    // The state of an office: "a former U.S. senator", "the UK foreign secretaries".
    !!titleEntry(key) ||
    !!titleEntry(key.replace(/(?:ie)?s$/, (m) => (m === 'ies' ? 'y' : '')))
  );
}

/**
 * "build an America where we can all rise", "a stronger Argentina would help the region": a state after "a" or
 * "an" is a vision or a kind of the country, not the state acting. Not before a noun it qualifies ("a U.S.
 * official", "a Kenyan-led force"): that is the state's own.
 */
function vision(v: View, a: number, b: number): boolean {
  let k = a - 1;
  // Lower-case adjectives between ("a new Brazil": the tagger may read "new" before a name as a proper noun).
  while (k >= 0 && k > a - 3 && /^(ADJ|ADV|PROPN)$/.test(v.toks[k]!.pos) && !isCap(v.toks[k]!)) k--;
  if (v.keys[k] !== 'a' && v.keys[k] !== 'an') return false;
  const next = v.toks[b];
  return !next || (!v.glued[b] && !/^(NOUN|PROPN|ADJ|NUM)$/.test(next.pos));
}

/**
 * "Caracas, Venezuela; San Pedro Sula, Honduras": a state written after a city as its address, the phrase
 * closing there. Not after another state or a known body ("Colombia, Venezuela and Peru signed"; "the European
 * Union, Venezuela, ..."): a list of actors.
 */
function address(v: View, a: number, b: number): boolean {
  if (v.keys[a - 1] !== ',' || a < 2 || !isCap(v.toks[a - 2]!)) return false;
  if (b < v.keys.length && !/^[;,.)]$/.test(v.keys[b]!)) return false;
  let j = a - 2;
  while (j > 0 && j > a - 5 && isCap(v.toks[j - 1]!) && v.toks[j - 1]!.pos !== 'VERB') j--;
  // The sentence's first words ("Meanwhile, Venezuela.") open no city.
  if (j === 0) return false;
  for (let i = j; i < a - 1; i++) {
    const m = matchAt(v.keys, i);
    // A city the gazetteer knows as a capital ("Caracas") is read as its state's seat: still a city here.
    if (m && m.hits.some((h) => h.role !== 'place' && h.role !== 'metonym')) return false;
  }
  return true;
}

/**
 * What a state or its people are only the setting of: "modern U.S. history", "American politics", "the fabric of
 * America". A state's own acts ("U.S. support", "U.S. sanctions", "the policy of Russia") are not among them.
 */
const SCOPE_NOUNS = new Set(
  (
    'history politics soil territory culture society mainstream fabric size landscape psyche imagination heartland ' +
    'electorate population public citizens citizenship residents people streets cities towns states universities ' +
    'campuses colleges schools media press consumers households taxpayers companies firms stocks markets economy ' +
    'election elections philosophy identity values candidates environment scene system'
  ).split(' '),
);

/** Scopes after a state's possessive: what it is, not what acts for it ("Iran's state media" reported). */
const OWN_SCOPES = new Set(
  'history politics system culture society soil territory fabric size landscape psyche imagination heartland mainstream philosophy identity values'.split(
    ' ',
  ),
);

/** "modern U.S. history", "U.S. presidential politics": a scope noun after the name, adjectives between. */
function scopeAfter(v: View, b: number, nouns = SCOPE_NOUNS): boolean {
  const scope = (k: number) => !!v.toks[k] && !isCap(v.toks[k]!) && nouns.has(v.keys[k]!) && v.keys[k + 1] !== "'s";
  // Lower-case adjectives, numbers and hyphenated compounds between: "America's two-party system".
  const modifier = (k: number) =>
    !!v.toks[k] &&
    !isCap(v.toks[k]!) &&
    (/^(ADJ|NUM)$/.test(v.toks[k]!.pos) || v.glued[k] || (v.glued[k + 1] && /^\p{L}/u.test(v.keys[k + 1] ?? '')));
  for (let k = b; k < b + 4; k++) {
    if (scope(k)) return true;
    if (!modifier(k)) return false;
  }
  return false;
}

/** Offices named after a state: "the president of the United States", "citizens of Mexico". */
const OFFICES_OF = new Set('president presidency citizen citizens'.split(' '));

/** Parts of a country: "the Darfur region of Sudan", "the north of Mali", "the Pacific nation of Kiribati". */
const PLACE_PARTS = new Set(
  'region regions province provinces district districts part parts north south east west coast city town village nation island'.split(
    ' ',
  ),
);

/** "the fabric of America", "the size of the United States", "the Darfur region of Sudan": a scope before "of". */
function scopeOf(v: View, a: number): boolean {
  const k = indexBefore(v, a);
  const noun = v.keys[k - 1] ?? '';
  // "the 2001 invasion of Afghanistan", "the bombing of Syria": a place something was done to.
  const scope = SCOPE_NOUNS.has(noun) || OFFICES_OF.has(noun) || PLACE_PARTS.has(noun) || PLACE_EVENTS.has(noun);
  return k > 0 && v.keys[k] === 'of' && scope && !isCap(v.toks[k - 1]!);
}

/** "Make America Great Again", "Make Britain Great": a state inside a slogan is no actor. */
function slogan(v: View, a: number, b: number): boolean {
  return v.keys[a - 1] === 'make' && isCap(v.toks[a - 1]!) && v.keys[b] === 'great' && isCap(v.toks[b]!);
}

/** Verbs that make a seat of power the prize of a race ("secure the White House", "win the Elysee") or an office. */
const PRIZE_VERBS = new Set(
  (
    'win wins won winning secure secures secured securing capture captures captured capturing retake retakes retook ' +
    'retaking reclaim reclaimed occupy occupies occupied occupying lose loses lost losing cost costs costing keep ' +
    'keeps kept keeping retain retains retained retaining seek seeks seeking sought ' +
    // The office someone enters or leaves: "before Obama leaves the Oval Office", "since he left the Kremlin".
    'enter enters entered entering leave leaves leaving left'
  ).split(' '),
);
/** Nouns of a race a seat is the goal of: "the race for the White House", "his path to the Kremlin". */
const RACE_NOUNS = new Set('race bid run campaign path road battle fight quest'.split(' '));

/** The seat as the prize of an election: "secure the White House", "the race for the White House". */
function prize(v: View, a: number): boolean {
  const k = indexBefore(v, a);
  if (k < 0) return false;
  // "win the White House", "cost his party not only the White House": the verb a few words before.
  // Not across a preposition or a conjunction: "kept close ties with both Washington and Beijing".
  const joins = (j: number) => /^(ADP|CCONJ|SCONJ)$/.test(v.toks[j]!.pos);
  for (let j = k; j >= 0 && j > k - 5 && /^[\p{L}']+$/u.test(v.keys[j]!) && !joins(j); j--)
    if (PRIZE_VERBS.has(v.keys[j]!)) return true;
  return (v.keys[k] === 'for' || v.keys[k] === 'to') && RACE_NOUNS.has(v.keys[k - 1] ?? '');
}

/**
 * "sitting in the Oval Office", "once she was in the White House", "met him at the Kremlin": the seat as the office
 * someone holds or the building someone is at. After a noun it is the government ("officials in the White House",
 * "an autocrat in the Kremlin", "aides at the Elysee").
 */
function occupied(v: View, a: number): boolean {
  const k = indexBefore(v, a);
  const before = v.toks[k - 1];
  // "a senior adviser to Obama in the White House": the person named before holds the seat.
  // A capital that only opens the sentence is no name ("Aides at the Elysee said").
  const holder = !!before && before.pos === 'PROPN' && isCap(before) && k > 1;
  const at = v.keys[k] === 'in' || v.keys[k] === 'at';
  return k > 0 && at && !!before && (before.pos === 'VERB' || before.pos === 'AUX' || holder);
}

/** "Caracas, Venezuela": a capital written with its state's name after a comma is the city. */
function withState(v: View, b: number): boolean {
  if (v.keys[b] !== ',' || !v.toks[b + 1] || !isCap(v.toks[b + 1]!)) return false;
  const m = matchAt(v.keys, b + 1);
  return !!m && m.hits.some((h) => h.role === 'name' && !!stateEntry(h.id));
}

/** Who lives in a seat: "the next resident of the White House", "the occupant of the Elysee". */
const DWELLERS = new Set('resident residents occupant occupants tenant tenants'.split(' '));

/** "the next occupant of the Kremlin": the seat as a home, the office its holder will hold. */
function homeOf(v: View, a: number): boolean {
  const k = indexBefore(v, a);
  return k > 0 && v.keys[k] === 'of' && DWELLERS.has(v.keys[k - 1]!);
}

/**
 * Words glued to a capital that make it the government acting ("Moscow-led", "Washington-backed"); any other glued
 * word makes it a home or a style ("London-based", "Paris-born", "how-Washington-works").
 */
const ACTING_PARTICIPLES = new Set(
  'led backed funded sponsored supported brokered allied armed financed controlled run owned installed imposed approved mediated aligned friendly'.split(
    ' ',
  ),
);

/** Adjectives of time: "the White House last week said" is the government acting, no qualifier. */
const TIME_ADJECTIVES = new Set('last next past previous coming early late recent'.split(' '));

/**
 * A capital or seat qualifying the noun after it ("a Washington lawyer", "White House political director X") or
 * glued to a word by a hyphen.
 */
function qualifier(v: View, b: number): boolean {
  const t = v.toks[b];
  if (!t) return false;
  // "London-based", "Paris-born": the view skips the hyphen, so the glued word itself follows.
  if (v.glued[b] && (v.keys[b] === '-' || (/^\p{Ll}/u.test(t.text) && !ACTING_PARTICIPLES.has(v.keys[b]!))))
    return true;
  if (v.glued[b]) return false;
  // Up to two lower-case adjectives before the noun: "White House political director", "a Kremlin foreign policy aide".
  let k = b;
  while (k < b + 2 && v.toks[k]?.pos === 'ADJ' && !isCap(v.toks[k]!) && !TIME_ADJECTIVES.has(v.keys[k]!)) k++;
  const n = v.toks[k];
  return !!n && n.pos === 'NOUN' && !isCap(n);
}

/**
 * Verbs of going somewhere: "flew to Israel", "went back to Cuba". A visit or a trip to a state is left an actor
 * (a state visit meets its government).
 */
const GOING = new Set(
  (
    'travel travels traveled travelled traveling travelling flew fly flies flying went go goes going returned return ' +
    'returns returning moved move moves moving back deported deport deports deporting extradited expelled repatriated ' +
    'sent fled flee flees fleeing escaped emigrated immigrated relocated relocate relocating smuggled trafficked ' +
    'came come comes coming arrived arrive arrives arriving'
  ).split(' '),
);
/** Verbs whose object is a place crossed: "barred from entering the United States", "fled Syria in 2012". */
const CROSSING = new Set(
  'enter enters entered entering reenter re-enter leave leaves leaving fled flee flees fleeing'.split(' '),
);

/** Verbs that let people in, their object between them and "to": "admitting Muslims to the USA". */
const ADMITTING = new Set(
  'admit admits admitted admitting allow allows allowed allowing let lets letting welcome welcomes welcomed welcoming resettle resettled resettling'.split(
    ' ',
  ),
);

function movedTo(v: View, a: number): boolean {
  const k = indexBefore(v, a);
  if (k < 0) return false;
  if (CROSSING.has(v.keys[k]!)) return true;
  if (v.keys[k] !== 'to' && v.keys[k] !== 'into') return false;
  // "when it comes to Israel and Palestine": the topic, not a journey.
  if (v.keys[k - 2] === 'it' && /^c[oa]m/.test(v.keys[k - 1] ?? '')) return false;
  if (GOING.has(v.keys[k - 1] ?? '')) return true;
  // Up to three lower-case words of the object between the verb and "to": "admitting Syrian refugees to".
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (ADMITTING.has(v.keys[j]!)) return j < k - 1;
    if (!/^(NOUN|ADJ|PROPN)$/.test(v.toks[j]!.pos)) return false;
  }
  return false;
}

/** Nouns of a fight a state is only the prize or the subject of: "a war over Syria", "the dispute over Crimea". */
const FIGHTS = new Set('war wars fight fights dispute disputes conflict standoff row tensions battle'.split(' '));
/** Participles of splitting something between places: "troops split between Syria and Iraq". */
const SPLIT = new Set('split divided spread scattered'.split(' '));

/** "World War III over Syria", "troops split between Syria and Iraq": the state is a place or a subject. */
function foughtOver(v: View, a: number): boolean {
  let k = indexBefore(v, a);
  if (v.keys[k] === 'over') {
    let j = k - 1;
    while (j > 0 && j > k - 3 && /^[ivx]+$/.test(v.keys[j]!)) j--;
    return FIGHTS.has(v.keys[j] ?? '');
  }
  if (v.keys[k] === 'and') {
    k--;
    while (k > 0 && (isCap(v.toks[k]!) || SKIPPED.has(v.keys[k]!))) k--;
  }
  return v.keys[k] === 'between' && SPLIT.has(v.keys[k - 1] ?? '');
}

/** People who come from a place: "refugees from Iraq", "migrants from Honduras", "nationals from Chad". */
const MOVERS = new Set(
  'refugees migrants immigrants asylum-seekers tourists visitors travelers travellers students workers citizens nationals passengers'.split(
    ' ',
  ),
);

/** Counts kept for a place: "crime statistics for the U.S.", "the unemployment rate for Spain". */
const MEASURES = new Set('statistics figures data numbers rate rates estimates forecast forecasts'.split(' '));

/** "official crime statistics for the U.S.": the state is what a count is kept for. */
function measuredFor(v: View, a: number): boolean {
  const k = indexBefore(v, a);
  return k > 0 && v.keys[k] === 'for' && MEASURES.has(v.keys[k - 1]!) && !isCap(v.toks[k - 1]!);
}

/** "refugees from Iraq", "an immigrant who came legally from Cuba": where people come from. */
function origin(v: View, a: number): boolean {
  const k = indexBefore(v, a);
  if (k < 1 || v.keys[k] !== 'from') return false;
  if (MOVERS.has(v.keys[k - 1]!)) return true;
  // One adverb may stand between the verb and "from" ("came legally from"); someone moved, not money or an order.
  const verb = v.toks[k - 1]!.pos === 'ADV' ? k - 2 : k - 1;
  const mover = v.keys[verb - 1] ?? '';
  return GOING.has(v.keys[verb] ?? '') && (/^(who|he|she|they|i|we)$/.test(mover) || v.toks[verb - 1]?.pos === 'PROPN');
}

/** Barriers and lines built or drawn between two places: "a wall between the United States and Mexico". */
const BARRIERS = new Set('border borders frontier wall fence barrier boundary'.split(' '));

/** "a wall between Israel and Egypt", "the border between A and B": the state is one side of a barrier. */
function barrierBetween(v: View, a: number): boolean {
  let k = indexBefore(v, a);
  // The second side: back over "and" and the first side's capitals.
  if (v.keys[k] === 'and') {
    k--;
    while (k > 0 && (isCap(v.toks[k]!) || SKIPPED.has(v.keys[k]!))) k--;
  }
  return v.keys[k] === 'between' && BARRIERS.has(v.keys[k - 1] ?? '');
}

/** "the U.S.-Mexico border", "the Kenya-Somalia frontier": a state naming one side of a border. */
function border(v: View, b: number): boolean {
  let k = b;
  // Over "-Mexico" glued to the name.
  while (v.glued[k] && (v.keys[k] === '-' || isCap(v.toks[k]!) || v.glued[k + 1])) k++;
  return v.keys[k] === 'border' || v.keys[k] === 'frontier' || v.keys[k] === 'borders';
}

/** Nouns of goods and people moving between places: "demand from China", "immigration from Mexico to the U.S.". */
const FLOWS = new Set(
  'demand imports exports shipments goods products remittances immigration migration emigration flights travel extradition deportation'.split(
    ' ',
  ),
);

/** "demand from China", "exports to Japan", "immigration from Mexico to the United States": where a flow goes. */
function traded(v: View, a: number): boolean {
  const k = indexBefore(v, a);
  if (k < 1 || !/^(from|to|into)$/.test(v.keys[k]!)) return false;
  // Back over "from Mexico" in "immigration from Mexico to the United States".
  let j = k - 1;
  while (
    j > 0 &&
    j > k - 5 &&
    !FLOWS.has(v.keys[j]!) &&
    (isCap(v.toks[j]!) || SKIPPED.has(v.keys[j]!) || /^(from|to|into)$/.test(v.keys[j]!))
  )
    j--;
  // "people traveling into the U.S. from Brazil": a journey is a flow too.
  return FLOWS.has(v.keys[j]!) || (GOING.has(v.keys[j]!) && j < k - 1);
}

/**
 * A state's name inside another name: "the U.S. Chamber of Commerce", "United Mine Workers of America", "the
 * University of Ottawa" (an institution word or a plural before "of"). A title after it ("U.S. Senator X") or before
 * its "of" ("the President of Russia") makes it the office's state instead; a body the gazetteer knows ("U.S. Army")
 * never reaches this test.
 */
function insideName(v: View, a: number, b: number): boolean {
  const next = v.toks[b];
  // "The United States Tuesday imposed sanctions": a date after the name is no part of another name.
  const dated = MONTH_WORDS.has(v.keys[b] ?? '') || WEEKDAYS.has(v.keys[b] ?? '');
  const verb = next?.pos === 'VERB' || next?.pos === 'AUX';
  if (next && isCap(next) && !v.glued[b] && !verb && !dated && !titleAt(v, b) && !forcesAfter(v, b)) return true;
  // "Chancellor Angela Merkel of Germany", "King Abdullah II of Jordan": a person's state, named as his office's.
  const head = v.keys[a - 2] ?? '';
  const body =
    ORG_CUES.has(head) ||
    GROUP_CUES.has(head) ||
    (lexicalTag(head.replace(/s$/, '')) === 'NOUN' && !STATE_FORMS.has(head));
  return v.keys[a - 1] === 'of' && a - 2 > 0 && isCap(v.toks[a - 2]!) && body && !titleAt(v, a - 2);
}

const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));

/** Words of a state's own formal name: "the Republic of Azerbaijan", "the Kingdom of Jordan". */
const STATE_FORMS = new Set(
  'republic kingdom emirate sultanate principality commonwealth federation union state'.split(' '),
);

/** "the Kenya Defence Forces", "the Ghana Armed Forces": the state's own armed forces follow its name. */
function forcesAfter(v: View, b: number): boolean {
  for (let k = b; k < b + 4 && v.toks[k] && isCap(v.toks[k]!); k++) if (GROUP_CUES.has(v.keys[k]!)) return true;
  return false;
}

/** Whether a title of the gazetteer starts or ends at token k ("President", "Secretary", "Foreign Minister"). */
function titleAt(v: View, k: number): boolean {
  for (let j = Math.max(0, k - 2); j <= k; j++) {
    const m = matchAt(v.keys, j);
    if (m && m.end > k && m.hits.some((h) => h.role === 'title')) return true;
  }
  return false;
}

/** Words before a plural demonym that make it the state's side ("the Palestinians", "the Russians agreed"). */
const SIDE_DETERMINERS = new Set(['the']);

/**
 * "Americans should value stability", "many Britons", "African Americans": a plural demonym without "the" names
 * people of the state, not the state; "the Palestinians", "the Americans" may be its side in talks or a war.
 */
export function peopleOnly(v: View, a: number): boolean {
  return !SIDE_DETERMINERS.has(v.keys[a - 1] ?? '');
}

/** Index of the word before token a, over articles and brackets; -1 when none. */
function indexBefore(v: View, a: number): number {
  let k = a - 1;
  while (k >= 0 && SKIPPED.has(v.keys[k]!)) k--;
  return k;
}

/** Prepositions after which a capital is a place passed or a scene, never its government ("in Moscow" may be). */
const PASSING = new Set('after near via beyond through across throughout around outside into'.split(' '));

/** "after Beirut, after Paris", "flights via Doha", "a march through Nairobi": the capital as a place. */
function passedBy(v: View, a: number, b: number): boolean {
  const k = indexBefore(v, a);
  return k >= 0 && PASSING.has(v.keys[k]!) && locative(v, a, b);
}

/** Whether a verb of going stands in the five words before token k ("came to Europe through"). */
function wentBefore(v: View, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) if (GOING.has(v.keys[j]!)) return true;
  return false;
}

/** Prepositions that may open a clause: "after Russia annexed Crimea" names the state acting. */
const CLAUSE_OPENERS = new Set(['after', 'about']);

/** "in Ukraine", "across the United States", but not "faith in Britain" nor "after Russia annexed Crimea". */
function locative(v: View, a: number, b = -1): boolean {
  const k = indexBefore(v, a);
  if (k < 0 || !PURE_LOCATIVE.has(v.keys[k]!) || TRUST_NOUNS.has(v.keys[k - 1] ?? '')) return false;
  // "came to Europe through Greece" is a way someone went; "the transit of gas through Ukraine" is Ukraine's part.
  if (v.keys[k] === 'through' && !wentBefore(v, k)) return false;
  const verb = b >= 0 && /^(VERB|AUX)$/.test(v.toks[b]?.pos ?? '');
  return !(verb && CLAUSE_OPENERS.has(v.keys[k]!));
}

/** Whether tokens [a, b) are one item of a list of capitalized names ("A, B and C") a list opener introduces. */
function inPlaceList(v: View, a: number, b: number): boolean {
  const cap = (k: number) => k >= 0 && !!v.toks[k] && isCap(v.toks[k]!);
  const sep = (k: number) => v.keys[k] === ',' || v.keys[k] === 'and' || v.keys[k] === 'or';
  let items = 1;
  let start = a;
  for (let k = a - 1; sep(k) && cap(k - 1);) {
    items++;
    k--;
    while (cap(k - 1)) k--;
    start = k;
    k--;
  }
  for (let k = b; sep(k) && cap(k + 1);) {
    items++;
    k++;
    while (cap(k + 1)) k++;
    k++;
  }
  if (items < 2) return false;
  // The items of a list share the slot of its first: "going to China or Japan", "hackers from China, Russia and Iran".
  if (locative(v, start) || origin(v, start) || movedTo(v, start) || traded(v, start)) return true;
  // "countries like A and B", "nations such as A and B", "five countries, including A, B and C".
  const k = indexBefore(v, start);
  const like =
    v.keys[k] === 'like' || v.keys[k] === 'including' ? k : v.keys[k] === 'as' && v.keys[k - 1] === 'such' ? k - 1 : -1;
  const noun = like > 0 && v.keys[like - 1] === ',' ? like - 2 : like - 1;
  return like > 0 && PLACE_NOUNS.has(v.keys[noun] ?? '');
}
