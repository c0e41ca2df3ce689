// Place names after a locative preposition: "in Idlib province", "near the eastern city of Deir ez-Zor".
// In: View + a token range. Out: places (name without the place-type word, char span), in text order.
import localUnits from '../gazetteer/data/local-units.json' with { type: 'json' };
import { stateEntry, stateOfKey, states } from '../gazetteer/index.ts';
import { DEMONYM_STATE } from './anaphora.ts';
import { DISASTER_NOUNS, NATURE_VERBS, natureSubject } from './disasters.ts';
import { BE_FORMS, NOUN_PAIRS, NOUNS } from './lexicon.ts';
import { mentionsIn, type View } from './view.ts';

// Patterns made once: a regex literal inside a function is a new object each time it runs, and these run per token.
const CAPITALIZED_NAME = /^[A-Z][\p{L}'’.-]*$/u;
const LOWER_FIRST = /^[a-z]/;
const CONTENT_POS = /^(?:ADJ|NOUN|VERB)$/;

export interface Place {
  name: string;
  start: number;
  end: number;
  /** Token index of the preposition, for distance to a trigger. */
  token: number;
  /** The place-type word the text gives it ("village" in "Pazigyi village", "the town of X"), if any. */
  type: string | null;
  /** The place it is said to lie in: "Marawi" for "Marawi's Mapandi district". */
  outer: string | null;
  /** The unnamed site in it the text names first: "market" for "the crowded weekly market of Finote Selem". */
  site: string | null;
}

// "into": where shells and rockets land ("launched rockets into Sake"); "through": "gunmen swept through X".
// The tagger's norm of "through" is "thru".
/** A bearing and the units of a distance before it: "20 km north of", "five kilometres east of". */
const BEARINGS = /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)$/;
const DISTANCE_UNITS = new Set(['km', 'kms', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'miles', 'mile']);
const ROADS = new Set(['road', 'highway', 'route', 'motorway', 'railway']);
const PREPS = new Set([
  'in',
  'near',
  'at',
  'on',
  'outside',
  'around',
  'inside',
  'across',
  'into',
  'through',
  'thru',
  'off',
]);
/** Words naming a kind of place: "the city of X", "X province". General geography, not a gazetteer. */
export const PLACE_TYPES = new Set(
  `city town village province provinces region area district governorate county state capital countryside outskirts
  suburb suburbs vicinity part parts border port airport valley desert coast island islands enclave municipality neighborhood
  neighbourhood north south east west centre center heart edge districts neighbourhoods neighborhoods villages towns
  commune communes locality localities hamlet hamlets settlement township townships`.split(/\s+/),
);
const DIRECTIONS =
  /^(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|northeastern|northwestern|southeastern|southwestern|southern-most|rural|besieged|embattled|war-torn)$/;
/** Lower-case particles inside Arabic, French, Dutch... place names ("Deir ez-Zor", "Ras al-Ain"). */
const PARTICLES = new Set([
  'al',
  'el',
  'ez',
  'es',
  'as',
  'ash',
  'ad',
  'ar',
  'an',
  'at',
  'de',
  'del',
  'du',
  'la',
  'le',
  'bin',
  'ibn',
  'abu',
  'um',
  'umm',
]);
// Whole month names or their abbreviations only: "Marawi", "Mariupol" and "Decatur" are places.
const CALENDAR =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$|^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

const DEMONYM = /(?:an|ese|ish|i|ch)$/;
/** A capitalised word that may be a demonym: "Ukrainian", "Kurdish"; not a region's name ("Balochistan", "Kurdistan"). */
const demonymLike = (norm: string) => DEMONYM.test(norm) && !/stan$/.test(norm);
const EVENT_WORDS =
  /^(?:War|Wars|Revolution|Uprising|Crisis|Conflict|Campaign|Offensive|Operation|Summit|Conference|Talks|Forum|Games|Cup)$/;

const capitalized = (s: string) => CAPITALIZED_NAME.test(s);

/** Feasts that name when, not where: "the Easter bombings", "the Christmas attack". */
const FEASTS = /^(?:Christmas|Easter|Eid|Ramadan|Passover|Diwali|Nowruz|Hanukkah|Halloween)$/;

/** An event noun of an incident at token k ("strike", "air raid", "fire"), as the events lexicon reads it. */
const eventNounAt = (tokens: View['tokens'], k: number) =>
  !!NOUNS.get(tokens[k]?.norm ?? '')?.kind ||
  DISASTER_NOUNS.has(tokens[k]?.norm ?? '') ||
  !!NOUN_PAIRS.get(`${tokens[k]?.norm ?? ''} ${tokens[k + 1]?.norm ?? ''}`)?.kind;

/** Demonyms of regions, not states: "the Central American country", "a West African port". */
const REGION_DEMONYMS = new Set([
  'central american',
  'latin american',
  'south american',
  'north american',
  'west african',
  'east african',
  'southern african',
  'north african',
  'central african',
  'southeast asian',
  'south asian',
  'central asian',
  'east asian',
  'middle eastern',
  'scandinavian',
]);

/**
 * The number of tokens of a demonym opening at a, capitalised ("Costa Rican", "Central American", "Haitian"), or 0:
 * a people's adjective, never a place, however many words it has.
 */
function demonymRun(tokens: View['tokens'], a: number): number {
  for (let n = 3; n >= 1; n--) {
    const run = tokens.slice(a, a + n);
    if (run.length < n || !run.every((t) => capitalized(t.text))) continue;
    const phrase = run.map((t) => t.norm).join(' ');
    if (DEMONYM_STATE.has(phrase) || REGION_DEMONYMS.has(phrase)) return n;
  }
  return 0;
}

/** Descriptors with a place-type word, then "of", from token a: "town of", "eastern city of". */
function namesPlaceType(tokens: View['tokens'], a: number, end: number): boolean {
  let j = a;
  let typed = false;
  // "a residential area of", "the eastern city of": descriptive adjectives may come before the place-type word.
  // "the Armenian resort town of": a state's demonym and a noun may come first too.
  while (
    j < end &&
    (DIRECTIONS.test(tokens[j]!.norm) ||
      PLACE_TYPES.has(tokens[j]!.norm) ||
      (!typed && CONTENT_POS.test(tokens[j]!.pos) && LOWER_FIRST.test(tokens[j]!.text)) ||
      // "the rebel-held town of": a hyphen inside the descriptor.
      (!typed && tokens[j]!.text === '-' && j > a) ||
      // "the central Haitian town of": after a bearing too.
      // "the Costa Rican port city of": a demonym of several words too.
      (!typed && (j === a || DIRECTIONS.test(tokens[j - 1]!.norm)) && demonymRun(tokens, j) > 0))
  ) {
    // "the crowded weekly market of X": a site's word types the phrase too (X is the town it is in).
    typed ||= PLACE_TYPES.has(tokens[j]!.norm) || SITE_NOUNS.has(tokens[j]!.norm);
    if (!typed && !LOWER_FIRST.test(tokens[j]!.text)) j += Math.max(1, demonymRun(tokens, j)) - 1;
    j++;
  }
  return typed && tokens[j]?.norm === 'of';
}

const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * Words that open a name going on after "of": "the Gulf of Aden", "the Isle of Man", "the Democratic Republic of
 * Congo". After any other name, "of" says where it lies ("Ruma of Bandarban").
 */
const OF_NAMES = new Set(
  `line gulf strait straits bay sea isle island islands cape lake mount republic kingdom state emirate sultanate
  principality federation union horn rock port`.split(/\s+/),
);

/** Type words of a settlement, which a demonym before them does not name: "a Somali town". */
const SETTLEMENTS = new Set(['city', 'town', 'village', 'port', 'locality', 'hamlet', 'settlement']);

/** Facilities named after the town they stand in ("the Tuapse refinery", "the Kherson airport"). */
const FACILITIES = new Set(
  'refinery terminal airport airfield airbase base plant depot port harbour harbor dam bridge station factory'.split(
    ' ',
  ),
);

/** Buildings named for someone or something other than their town ("the Ugaas hotel", "the Al-Shifa hospital"). */
const BUILDINGS = new Set(
  `hotel hotels hospital mosque church temple school restaurant cafe stadium university embassy palace mall cinema
  theatre theater club`.split(/\s+/),
);
/** Kinds of actor that own a site rather than name its place ("an SNA base", "a Wagner camp"). */
const OWNERS = new Set(['organization', 'group']);

/** Sites named after where they are ("the Kauwri cattle market", "the Langate army camp"): the name is a place. */
export const SITES = new Set('market markets camp base barracks checkpoint prison jail'.split(' '));

/**
 * Words of a site or a building that "the ... X of Y" places in the town Y: "the weekly market of", "the main
 * hospital of", "the police station of", "the army post of".
 */
const SITE_NOUNS = new Set([...SITES, ...BUILDINGS, 'station', 'post', 'outpost', 'garrison']);

/** Strike verbs whose direct object may be a town. */
const STRUCK =
  /^(?:hit|hits|struck|strikes|shelled|shells|bombed|bombs|pounded|pounds|strafed|raided|bombarded|stormed|storms|attacked|overran|overrun)$/;
/** A verb whose object is the place it struck: a strike's, or a force of nature's ("the quake that jolted Acari"). */
const strikes = (norm: string) => STRUCK.test(norm) || NATURE_VERBS.has(norm);

/**
 * Type words naming a part of a wider place: "the Bulaida area of Kech", "the Shelton district of Kunar province"
 * name the part first. Other type words name a settlement after "of": "the Black Sea port of Odesa".
 */
const PART_TYPES = new Set(
  'area district region province county governorate state municipality part parts outskirts suburb suburbs vicinity'.split(
    ' ',
  ),
);

/**
 * "the Black Sea port of Novorossiysk", "the Gaza City neighbourhood of Shejaiya": after the name [i, k) come its
 * type word, "of" and another name. That name is the place (tokens [start, end)), inside the one named first (a
 * demonym before it, "the Russian Black Sea port of", is dropped). A part's type word turns it round: "the Bulaida
 * area of Kech" is Bulaida, inside Kech. Null when the name is not followed so.
 */
function placeAfterType(
  view: View,
  i: number,
  k: number,
  end: number,
): { start: number; end: number; type: string; outer: string } | null {
  const { tokens, text } = view.nlp;
  if (
    !PLACE_TYPES.has(tokens[k]?.norm ?? '') ||
    DIRECTIONS.test(tokens[k]!.norm) ||
    tokens[k + 1]?.norm !== 'of' ||
    !capitalized(tokens[k + 2]?.text ?? '') ||
    CALENDAR.test(tokens[k + 2]!.text)
  )
    return null;
  // "the Russian Black Sea port of": a demonym before the name is dropped. Before a part's type word only a state's
  // demonym or a people's adjective is: "the Intan Jaya area of Central Papua" is Intan Jaya, not Jaya.
  const part = PART_TYPES.has(tokens[k]!.norm);
  const describes = (norm: string) => DEMONYM.test(norm) && (!part || DEMONYM_STATE.has(norm) || peopleAdjective(norm));
  let o = i;
  while (o < k - 1 && describes(tokens[o]!.norm) && capitalized(tokens[o]!.text)) o++;
  let stop = k + 2;
  while (stop < end && capitalized(tokens[stop]!.text) && !CALENDAR.test(tokens[stop]!.text)) stop++;
  // "the Canape Vert neighborhood of Haiti's capital": a possessor after "of" holds the place, it is not it.
  if (/^(?:'s|’s)$/.test(tokens[stop]?.norm ?? '')) return null;
  if (part)
    return { start: o, end: k, type: tokens[k]!.norm, outer: text.slice(tokens[k + 2]!.start, tokens[stop - 1]!.end) };
  return { start: k + 2, end: stop, type: tokens[k]!.norm, outer: text.slice(tokens[o]!.start, tokens[k - 1]!.end) };
}

/** The gazetteer's name or alias of a state, not its demonym ("Pakistan", not "the Venezuelan border"). */
export function isStateName(name: string): boolean {
  const entry = stateEntry(stateOfKey(name.toLowerCase()) ?? '');
  return !!entry && [entry.name, ...(entry.aliases ?? [])].some((n) => n.toLowerCase() === name.toLowerCase());
}

const CAPITAL_NAMES = new Set(states.flatMap((s) => (s.capitals ?? []).map((c) => c.toLowerCase())));
/**
 * A state's capital named as a place ("in northern Bujumbura", "a strike on Kyiv"): the city, however the actors
 * stage read the name (it may take a capital for its government, as in "Kigali denied it").
 */
export const isCapitalName = (name: string): boolean => CAPITAL_NAMES.has(name.toLowerCase());

/** "near the Iran border": the border's side, not a place in that state. */
const BORDERS = new Set(['border', 'frontier', 'borders']);

/** "al-Jufaina", "ad-Dawr": a lower-case Arabic article and a hyphen open the name at token i. */
const particleOpens = (tokens: View['tokens'], i: number) =>
  PARTICLES.has(tokens[i]?.norm ?? '') &&
  /^[a-z]/.test(tokens[i]!.text) &&
  tokens[i + 1]?.text === '-' &&
  capitalized(tokens[i + 2]?.text ?? '');

/** Tokens [i, k) are one state's name, as the actors stage or the gazetteer reads it. */
function statesOnly(view: View, i: number, k: number): boolean {
  const ms = mentionsIn(view, i, k).map((m) => view.mentions[m]!);
  if (ms.length) return ms.every((m) => view.actors.get(m.actorId)?.kind === 'state' && m.kind !== 'demonym');
  return isStateName(view.nlp.text.slice(view.nlp.tokens[i]!.start, view.nlp.tokens[k - 1]!.end));
}

/** Local administrative units written in lower case before their name: "in tambon Lubo Saray", "in woreda Dera". */
const LOCAL_UNITS = new Set(localUnits.units);

/** Words that may stand between "among the" and a strike's participle: "among the Armenian settlements shelled". */
const AMONG_POS = /^(?:ADJ|NOUN|PROPN|DET)$/;

/**
 * The strike a sentence's subject suffered: "X was shelled", "X was the scene of another clash", "X, a village of
 * 2,000 people, was among the settlements shelled". The token the frame opens at: "was", or -1.
 */
function sufferedAt(tokens: View['tokens'], b: number, end: number): number {
  if (!BE_FORMS.has(tokens[b]?.norm ?? '')) return -1;
  const n = tokens[b + 1]?.pos === 'ADV' ? b + 2 : b + 1;
  const struck = (k: number) => tokens[k]?.pos === 'VERB' && STRUCK.test(tokens[k]!.norm);
  if (struck(n)) return b;
  if (tokens[n]?.norm === 'the' && tokens[n + 1]?.norm === 'scene' && tokens[n + 2]?.norm === 'of') return b;
  if (tokens[n]?.norm !== 'among') return -1;
  let k = n + 1;
  while (k < Math.min(end, n + 6) && AMONG_POS.test(tokens[k]!.pos) && !struck(k)) k++;
  return struck(k) ? b : -1;
}

/**
 * A sentence opening with a place's name as the subject of what it suffered ("Tepuche was the scene of another
 * clash in October 2025", "Sotk was shelled during ..."): no preposition names it, the frame does. Its token is the
 * frame's verb, so triggers are measured from there. A name the actors stage read (a person, a body) is none.
 */
function subjectPlace(view: View, first: number, end: number): Place | null {
  const { tokens, text } = view.nlp;
  let k = first;
  const joins = (j: number) => tokens[j]?.text === '-' && capitalized(tokens[j + 1]?.text ?? '');
  while (
    k < Math.min(end, first + 4) &&
    (tokens[k]!.pos === 'PROPN' || joins(k) || (k > first && tokens[k - 1]!.text === '-'))
  )
    if ((!capitalized(tokens[k]!.text) && !joins(k)) || CALENDAR.test(tokens[k]!.text)) break;
    else k++;
  if (k === first || mentionsIn(view, first, k).length) return null;
  let b = k;
  // "Sotk, a village of about 2,000 people next to a large gold mine, was ...": an apposition before the verb.
  if (tokens[b]?.text === ',') {
    b++;
    while (b < Math.min(end, k + 16) && tokens[b]!.text !== ',') b++;
    b++;
  }
  const at = sufferedAt(tokens, b, end);
  if (at < 0) return null;
  const [start, stop] = [tokens[first]!.start, tokens[k - 1]!.end];
  return { name: text.slice(start, stop), start, end: stop, type: null, outer: null, site: null, token: at };
}

/** Endings of the adjectives of peoples and faiths ("Kurdish", "Sudanese", "Syrian", "Korean", "Yazidi"). */
const PEOPLE_ADJECTIVE = /(?:ish|ese|ian|ean|i)$/;
/** A doubled consonant before a final "i" ends names ("Lakki Marwat", "Dikki"), not peoples' adjectives. */
const peopleAdjective = (norm: string) => PEOPLE_ADJECTIVE.test(norm) && !/([b-df-hj-np-tv-z])\1i$/.test(norm);

/**
 * "the Ukrainian port of", "the Kurdish region of": a capitalised word like a demonym before a type word describes
 * the place after "of". Before a part's type word ("the Bagan area of Lower Kurram") only a state's demonym or a
 * people's adjective does; another such word is the part's own name.
 */
const describesType = (tokens: View['tokens'], k: number) =>
  capitalized(tokens[k]!.text) &&
  demonymLike(tokens[k]!.norm) &&
  PLACE_TYPES.has(tokens[k + 1]?.norm ?? '') &&
  (!PART_TYPES.has(tokens[k + 1]!.norm) || DEMONYM_STATE.has(tokens[k]!.norm) || peopleAdjective(tokens[k]!.norm));

/** Token i is a local unit's word in lower case, with a capitalised name right after it or after "of". */
const localUnitAt = (tokens: View['tokens'], i: number) => {
  const name = tokens[i + 1]?.norm === 'of' ? i + 2 : i + 1;
  return (
    LOCAL_UNITS.has(tokens[i]?.norm ?? '') &&
    LOWER_FIRST.test(tokens[i]!.text) &&
    capitalized(tokens[name]?.text ?? '') &&
    !CALENDAR.test(tokens[name]!.text)
  );
};

/**
 * "tambon Lubo Saray of Ba Cho district": a local unit's name [i, k) holding "of" ends there; the name after "of"
 * is the unit it lies in. Null when no "of" splits it.
 */
function unitOf(view: View, i: number, k: number): { end: number; outer: string } | null {
  const { tokens, text } = view.nlp;
  let of = i + 1;
  while (of < k - 1 && tokens[of]!.text !== 'of') of++;
  if (of >= k - 1) return null;
  return { end: of, outer: text.slice(tokens[of + 1]!.start, tokens[k - 1]!.end) };
}

/**
 * "Torbung" in "an attack on Manipur's Torbung": a capitalised name after a region's possessive, with no type word
 * after it and no actor read in it ("Bihar's Kumar" is a person), is a part of that region. The end of the part's
 * name, or null.
 */
function possessedPart(view: View, k: number, end: number): number | null {
  const { tokens } = view.nlp;
  if (!/^(?:'s|’s)$/.test(tokens[k]?.norm ?? '')) return null;
  let k2 = k + 1;
  while (k2 < end && capitalized(tokens[k2]!.text) && !CALENDAR.test(tokens[k2]!.text)) k2++;
  if (k2 === k + 1 || PLACE_TYPES.has(tokens[k2]?.norm ?? '') || tokens[k2]?.text === '-') return null;
  // A noun right after it makes the name a modifier: "Manipur's Kuki groups", "Kenya's Somali community".
  if (tokens[k2]?.pos === 'NOUN' && LOWER_FIRST.test(tokens[k2]!.text)) return null;
  for (let j = k + 1; j < k2; j++) if (view.mentionAt[j]! >= 0) return null;
  return k2;
}

/** Words that end the name of a street or a square: "Faber's Road", "King's Cross" is none (no such word). */
const STREET_WORDS = new Set(
  'road street avenue lane crescent drive boulevard close terrace square alley highway'.split(' '),
);

/** Token k is the possessive inside a street's name: "Faber's Road" (the street word last, capitalised). */
const streetPossessive = (tokens: View['tokens'], k: number, end: number) =>
  /^(?:'s|’s)$/.test(tokens[k]?.norm ?? '') &&
  k + 1 < end &&
  capitalized(tokens[k + 1]!.text) &&
  STREET_WORDS.has(tokens[k + 1]!.norm) &&
  !capitalized(tokens[k + 2]?.text ?? '');

/** "the Muslim-majority region", "a Kurdish-led force": a capitalised word hyphened to a lower-case one is a modifier. */
const compoundModifier = (tokens: View['tokens'], k: number) =>
  tokens[k]?.text === '-' && LOWER_FIRST.test(tokens[k + 1]?.text ?? '') && tokens[k]!.start === tokens[k - 1]?.end;

/**
 * "the town, on the Euphrates river", "along the Nile River": a river's name is no place a happening was at ("Tana River
 * county" is one: a type word after it).
 */
function riverNamed(tokens: View['tokens'], i: number, k: number): boolean {
  if (tokens[k]?.text === 'river') return true;
  const last = tokens[k - 1]!;
  return k - 1 > i && last.text === 'River' && tokens[i - 1]?.norm === 'the' && !PLACE_TYPES.has(tokens[k]?.norm ?? '');
}

/** What findPlaces reads before a sentence's first word: nothing. */
const NO_TOKEN = { norm: '', text: '', pos: '' } as unknown as View['tokens'][number];

/**
 * A sentence opening with a name before an event noun, as headlines do ("Dioura attack: survivors tell of a night of
 * terror", "Kabul blast kills 10"): the name says where it was, as "the Erbil strike" does. Only a proper noun the
 * actors stage took for no one, before a noun ("Gunmen attack a village" opens with none).
 */
function openingModifier(view: View, first: number, end: number): boolean {
  const { tokens } = view.nlp;
  let k = first;
  while (k < Math.min(end, first + 3) && tokens[k]!.pos === 'PROPN' && capitalized(tokens[k]!.text)) k++;
  return (
    k > first &&
    k < end &&
    tokens[k]!.pos === 'NOUN' &&
    LOWER_FIRST.test(tokens[k]!.text) &&
    eventNounAt(tokens, k) &&
    !FEASTS.test(tokens[first]!.text) &&
    !CALENDAR.test(tokens[first]!.text) &&
    !mentionsIn(view, first, k).length &&
    namedInside(tokens, first, k)
  );
}

/**
 * Whether the words [a, b) stand capitalised again after a word in lower case: a name ("Residents of Dioura"), not a
 * word capitalised because it opens the headline or the lead ("Gunmen attack ...", "(Reuters) - Gunmen armed with").
 */
function namedInside(tokens: View['tokens'], a: number, b: number): boolean {
  const words = tokens.slice(a, b).map((x) => x.text);
  for (let k = 1; k + words.length <= tokens.length; k++)
    if (k !== a && /^\p{Ll}+$/u.test(tokens[k - 1]!.text) && words.every((w, d) => tokens[k + d]!.text === w))
      return true;
  return false;
}

/** Unit words written after a place's name: its type words, local units ("woreda"), and "circle"/"LGA" kinds. */
const UNIT_WORDS = new Set([...PLACE_TYPES, ...LOCAL_UNITS, 'circle', 'cercle', 'lga', 'subdivision', 'prefecture']);
const AFTER_APPOSED = new Set([',', '.', ';', ')', ':']);

/** The end of a unit's words at token k ("district", "local government area"), or k when none. */
function unitWordsAt(tokens: View['tokens'], k: number): number {
  if (tokens[k]?.norm === 'local' && tokens[k + 1]?.norm === 'government' && tokens[k + 2]?.norm === 'area')
    return k + 3;
  const word = tokens[k];
  return word && LOWER_FIRST.test(word.text) && UNIT_WORDS.has(word.norm) && !DIRECTIONS.test(word.norm) ? k + 1 : k;
}

/** The capitalised run from token i (hyphens joining parts), at most four words: its end, or i when none. */
function capitalRun(tokens: View['tokens'], i: number, end: number): number {
  let k = i;
  while (k < end && k - i < 4) {
    if (capitalized(tokens[k]!.text) && !CALENDAR.test(tokens[k]!.text)) k++;
    else if (k > i && tokens[k]!.text === '-' && capitalized(tokens[k + 1]?.text ?? '')) k++;
    else break;
  }
  return k;
}

/** Tokens [i, k) name a wider place: no person, body or demonym read in them, no possessive after them. */
function placeRun(view: View, i: number, k: number): boolean {
  const { tokens } = view.nlp;
  if (k === i || /^(?:'s|’s)$/.test(tokens[k]?.norm ?? '')) return false;
  if (tokens.slice(i, k).some((x) => DEMONYM_STATE.has(x.norm))) return false;
  return mentionsIn(view, i, k).every((m) => view.actors.get(view.mentions[m]!.actorId)?.kind === 'state');
}

/**
 * "Sokoura ... in the Bankass circle of the central Mopti region", "Faskari local government area of Nigeria's
 * Katsina state": after the name's unit words, "of" and the wider place (a possessor's part when one is told).
 */
function unitOfAfter(view: View, k: number, end: number): string | null {
  const { tokens, text } = view.nlp;
  let i = unitWordsAt(tokens, k);
  if (i === k || tokens[i]?.norm !== 'of') return null;
  i += tokens[i + 1]?.norm === 'the' ? 2 : 1;
  const owner = capitalRun(tokens, i, end);
  if (owner > i && /^(?:'s|’s)$/.test(tokens[owner]?.norm ?? '')) i = owner + 1;
  while (i < end && (DIRECTIONS.test(tokens[i]!.norm) || tokens[i]!.pos === 'ADJ') && LOWER_FIRST.test(tokens[i]!.text))
    i++;
  const stop = capitalRun(tokens, i, end);
  return placeRun(view, i, stop) ? text.slice(tokens[i]!.start, tokens[stop - 1]!.end) : null;
}

/** "Kpendjal prefecture (Savanes region)": a typed wider place in brackets after the name. */
function bracketedAfter(view: View, k: number, end: number): string | null {
  const { tokens, text } = view.nlp;
  const i = unitWordsAt(tokens, k);
  if (tokens[i]?.text !== '(') return null;
  const stop = capitalRun(tokens, i + 1, end);
  if (unitWordsAt(tokens, stop) === stop || tokens[unitWordsAt(tokens, stop)]?.text !== ')') return null;
  return placeRun(view, i + 1, stop) ? text.slice(tokens[i + 1]!.start, tokens[stop - 1]!.end) : null;
}

/** "X, Y and Z": a capitalised run after a comma that a list goes on from (more commas, then "and" or "or"). */
function listGoesOn(tokens: View['tokens'], k: number, end: number): boolean {
  let i = k;
  while (tokens[i]?.text === ',' && capitalized(tokens[i + 1]?.text ?? '')) i = capitalRun(tokens, i + 1, end);
  return /^(?:and|or|&)$/.test(tokens[i]?.norm ?? '');
}

/**
 * "Kitango village, Datu Saudi Ampatuan", "El Naranjo village of La Libertad, Petén", "Ceel Cadde village, west of
 * Baardheere town": after the name and its unit words, a comma and the wider place (or a bearing from a town),
 * closing the phrase (punctuation or a word that is no verb), not a list of places ("Goma, Bukavu and Uvira").
 */
function apposedAfter(view: View, k: number, end: number): string | null {
  const { tokens, text } = view.nlp;
  const comma = unitWordsAt(tokens, k);
  if (tokens[comma]?.text !== ',') return null;
  let i = comma + 1;
  if (BEARINGS.test(tokens[i]?.norm ?? '') && tokens[i + 1]?.norm === 'of') {
    i += 2;
    if (tokens[i]?.norm === 'the' && SETTLEMENTS.has(tokens[i + 1]?.norm ?? '') && tokens[i + 2]?.norm === 'of') i += 3;
  } else if (listGoesOn(tokens, comma, end)) return null;
  const stop = capitalRun(tokens, i, end);
  const next = tokens[unitWordsAt(tokens, stop)];
  const closes =
    !next || AFTER_APPOSED.has(next.text) || (LOWER_FIRST.test(next.text) && !/^(?:VERB|AUX)$/.test(next.pos));
  if (!closes || /^(?:and|or)$/.test(next?.norm ?? '')) return null;
  return placeRun(view, i, stop) ? text.slice(tokens[i]!.start, tokens[stop - 1]!.end) : null;
}

/** The wider place the text tells right after a place's name (unitOfAfter, bracketedAfter, apposedAfter), or null. */
const outerAfter = (view: View, k: number, end: number): string | null =>
  unitOfAfter(view, k, end) ?? bracketedAfter(view, k, end) ?? apposedAfter(view, k, end);

/** Nouns of a strike whose "of" names what it struck: "the shelling of Kadugli". */
const OF_STRUCK = new Set('shelling bombing bombardment siege storming'.split(' '));

/** Settlement words a name may follow with no "of" or comma: "the South Kordofan capital Kadugli". */
const NAMED_TYPES = new Set(['capital', 'city', 'town', 'village', 'port']);

/** A name starting at k: capitalised, not a month or weekday. */
const nameAt = (tokens: View['tokens'], k: number, end: number) =>
  k < end && capitalized(tokens[k]!.text) && !CALENDAR.test(tokens[k]!.text);

/**
 * "the state capital Kadugli", "the provincial capital Kandahar": lower-case words up to a settlement's word right
 * before a name. The name's first token, or null.
 */
function typedName(tokens: View['tokens'], i: number, end: number): number | null {
  let j = i;
  while (j < i + 2 && j < end && LOWER_FIRST.test(tokens[j]!.text) && /^(?:ADJ|NOUN)$/.test(tokens[j]!.pos)) {
    if (NAMED_TYPES.has(tokens[j]!.norm)) return nameAt(tokens, j + 1, end) && j > i ? j + 1 : null;
    j++;
  }
  return null;
}

/**
 * "the South Kordofan capital Kadugli", "the Black Sea port Odesa": after the name [i, k) its settlement's word and,
 * with no comma, another name. That name is the place, inside the one named first. Null when not so.
 */
function namedAfterType(
  view: View,
  i: number,
  k: number,
  end: number,
): { start: number; end: number; type: string; outer: string } | null {
  const { tokens, text } = view.nlp;
  if (!NAMED_TYPES.has(tokens[k]?.norm ?? '') || !LOWER_FIRST.test(tokens[k]!.text) || !nameAt(tokens, k + 1, end))
    return null;
  let stop = k + 1;
  while (nameAt(tokens, stop, end)) stop++;
  // "the Gaza City neighbourhood", "Mosul city Council": a name going on into another word is not the place.
  if (stop < end && tokens[stop]!.pos === 'NOUN' && LOWER_FIRST.test(tokens[stop]!.text)) return null;
  return { start: k + 1, end: stop, type: tokens[k]!.norm, outer: text.slice(tokens[i]!.start, tokens[k - 1]!.end) };
}

/**
 * "the 2017 Pedrogao Grande fire", "Tuesday's Geeveston fire": a year after "the", or a day's possessive, may stand
 * before the name that modifies an event noun, as "the" does.
 */
const datedModifier = (tokens: View['tokens'], t: number): boolean =>
  (/^(?:19|20)\d{2}$/.test(tokens[t]!.text) && tokens[t - 1]?.norm === 'the') ||
  (tokens[t]!.norm === "'s" && CALENDAR.test(tokens[t - 1]?.text ?? ''));

export function findPlaces(view: View, first: number, end: number): Place[] {
  const { tokens, text } = view.nlp;
  const subject = subjectPlace(view, first, end);
  const out: Place[] = subject ? [subject] : [];
  for (let t = openingModifier(view, first, end) ? first - 1 : first; t < end - 1; t++) {
    // "Dioura attack: survivors tell ...": the sentence's own first word is the name, with nothing before it.
    const opening = t < first;
    const at = opening ? NO_TOKEN : tokens[t]!;
    // Without a preposition only the explicit "the town of X" form names a place ("shelled the town of X").
    // Nor the object of a strike verb: "drones hit Odesa", "pounded Stepanakert" (a named actor there is no place).
    // "bombed the Shelton district of Kunar province": a named place with its type word.
    // "hit the Tuapse refinery": a facility named after its town places the strike there too.
    // "struck the Black Sea port of Odesa": a name of up to three words before the type word.
    let named = t + 2;
    // "the Al-Jufainah camp": a hyphen between capitalised parts is inside the name.
    const joins = (k: number) => tokens[k]?.text === '-' && capitalized(tokens[k + 1]?.text ?? '');
    while (named < t + 6 && (capitalized(tokens[named]?.text ?? '') || joins(named))) named++;
    const typedObject =
      tokens[t + 1]!.norm === 'the' &&
      named > t + 2 &&
      (PLACE_TYPES.has(tokens[named]?.norm ?? '') || FACILITIES.has(tokens[named]?.norm ?? ''));
    // A name with its place-type word ("stormed the Canape Vert neighborhood") is a place whatever else it was taken for.
    // "pounded Abu Shok camp": a name before a site's word is the site's place, whatever the actors stage took it for.
    const siteNamed = !typedObject && SITES.has(tokens[named]?.norm ?? '') && LOWER_FIRST.test(tokens[named]!.text);
    const struck =
      strikes(at.norm) &&
      (typedObject || capitalized(tokens[t + 1]!.text)) &&
      (view.mentionAt[typedObject ? t + 2 : t + 1]! < 0 ||
        // "an earthquake struck Indonesia's Aceh province": a country's place, as after "in" (a strike on "Russia's
        // Krasnodar region" is left to the towns it names: a region holds too many of them).
        (tokens[t + 2]?.norm === "'s" && natureSubject(view, t)) ||
        (typedObject && PLACE_TYPES.has(tokens[named]!.norm)) ||
        siteNamed);
    // "hit residential districts of Es-Semara": a strike verb's object typed with no article too.
    const typedPlace = (ARTICLES.has(at.norm) || strikes(at.norm)) && namesPlaceType(tokens, t + 1, end);
    // "The Langate camp was also attacked": a site named after its place, with no preposition before it.
    const sitedSubject =
      at.norm === 'the' &&
      (capitalized(tokens[t + 1]?.text ?? '') || particleOpens(tokens, t + 1)) &&
      [0, 1].some((d) => SITES.has(tokens[named + d]?.norm ?? '') && LOWER_FIRST.test(tokens[named + d]!.text));
    // "on the road between Bint Jbeil and Ainata": a road between two towns is at the first.
    const between = at.norm === 'between' && t > 0 && ROADS.has(tokens[t - 1]!.norm);
    // "the Erbil strike", "the Geneva talks": a name right before an event noun says where it was.
    const modifier =
      (opening || at.norm === 'the' || datedModifier(tokens, t)) &&
      capitalized(tokens[t + 1]!.text) &&
      !FEASTS.test(tokens[t + 1]!.text) &&
      // "the Black Saturday bushfires", "the Ash Wednesday fires": a day in the name makes it the event's own name.
      !tokens.slice(t + 1, named).some((k) => CALENDAR.test(k.text)) &&
      LOWER_FIRST.test(tokens[named]?.text ?? '') &&
      eventNounAt(tokens, named);
    // "Shelling of Abu Shok camp kills 23": a site named after "of" is where the shelling fell.
    const ofSite = at.norm === 'of' && capitalized(tokens[t + 1]!.text) && siteNamed;
    // "Shelling of Kadugli", "the bombardment of the state capital Kadugli": what such a noun's "of" names it struck.
    const ofStruck = at.norm === 'of' && t > first && OF_STRUCK.has(tokens[t - 1]!.norm);
    // "about five kilometres east of Al Mahbes": a bearing from a town after a distance says where, as "near" does.
    const bearing =
      BEARINGS.test(at.norm) && tokens[t + 1]?.norm === 'of' && DISTANCE_UNITS.has(tokens[t - 1]?.norm ?? '');
    if (
      !PREPS.has(at.norm) &&
      !typedPlace &&
      !struck &&
      !sitedSubject &&
      !between &&
      !modifier &&
      !ofSite &&
      !ofStruck &&
      !bearing
    )
      continue;
    let i = bearing ? t + 2 : t + 1;
    let site: string | null = null;
    if (tokens[i]?.norm === 'the') i++;
    const unit = PREPS.has(at.norm) && localUnitAt(tokens, i);
    // "in the sindicatura of Tepuche": the unit's word, then "of" and its name.
    if (unit) i += tokens[i + 1]?.norm === 'of' ? 2 : 1;
    // "in the rebel-held town of Horlivka": descriptors before the type word after a preposition too.
    const described = !typedPlace && PREPS.has(at.norm) && namesPlaceType(tokens, i, end);
    // "a residential area of Taiz": the descriptor's adjectives, then its place-type word and "of".
    if (typedPlace || described) {
      const opener = i;
      const descriptor = (k: number) =>
        tokens[k]!.pos === 'ADJ' ||
        tokens[k]!.text === '-' ||
        (tokens[k]!.pos === 'NOUN' && LOWER_FIRST.test(tokens[k]!.text)) ||
        (k >= opener && k < opener + demonymRun(tokens, opener));
      while (i < end && !PLACE_TYPES.has(tokens[i]!.norm) && descriptor(i)) i++;
      // "the crowded weekly market of Finote Selem": the site's town after "of".
      if (tokens[i]?.norm === 'of' && SITE_NOUNS.has(tokens[i - 1]!.norm)) {
        // "a training camp of the People's Defence Force": a body after "of" owns the site; it is no town.
        if (view.mentionAt[tokens[i + 1]?.norm === 'the' ? i + 2 : i + 1]! >= 0) continue;
        site = tokens[i - 1]!.norm;
        i++;
      }
    }
    // "the eastern city of", "the southern part of", "eastern": skip descriptors up to "of".
    let j = i;
    // "the Ukrainian port of Odesa": a demonym may open the descriptor.
    if (j < end && describesType(tokens, j)) j++;
    // "the northeastern Nigerian town of Bama": a demonym may also follow a direction.
    const demonymType = (k: number) =>
      describesType(tokens, k) ||
      (capitalized(tokens[k]!.text) &&
        DEMONYM_STATE.has(tokens[k]!.norm) &&
        PLACE_TYPES.has(tokens[k + 1]?.norm ?? ''));
    while (j < end && (DIRECTIONS.test(tokens[j]!.norm) || PLACE_TYPES.has(tokens[j]!.norm) || demonymType(j))) j++;
    let type: string | null = null;
    // "in northern Nigeria": a direction in lower case is no part of the name; "the Central African Republic",
    // "South Sudan" keep theirs.
    if (j > i && tokens[j]?.norm === 'of') {
      type = tokens[j - 1]!.norm;
      i = j + 1;
    } else if (j > i && tokens.slice(i, j).every((k) => DIRECTIONS.test(k.norm) && /^[a-z]/.test(k.text))) i = j;
    if (tokens[i]?.norm === 'the') i++;
    // "the state capital Kadugli", "the provincial capital Kandahar": the name right after the settlement's word.
    const lowerTyped = typedName(tokens, i, end);
    if (lowerTyped !== null) [i, type] = [lowerTyped, tokens[lowerTyped - 1]!.norm];
    // The name: capitalized tokens, with particles and hyphens glued in between ("al-Bukamal" opens with one).
    let k = particleOpens(tokens, i) ? i + 2 : i;
    while (k < end) {
      const tok = tokens[k]!;
      if (capitalized(tok.text) && !CALENDAR.test(tok.text)) {
        k++;
        continue;
      }
      if (k === i) break;
      let j = k;
      while (j < end && j - k < 3 && (PARTICLES.has(tokens[j]!.norm) || tokens[j]!.text === '-')) j++;
      // "the Line of Control", "the Gulf of Aden", "the Strait of Hormuz": one "of" between capitals, after a word
      // that names such a feature; "Ruma of Bandarban" is Ruma, in Bandarban. A local unit's name goes on too, to
      // be split at its "of" (unitOf: "barangay Tee of Datu Piang town").
      if (
        j === k &&
        tokens[k]!.text === 'of' &&
        (unit || OF_NAMES.has(tokens[k - 1]!.norm)) &&
        !tokens.slice(i, k).some((x) => x.text === 'of')
      )
        j++;
      if (j > k && j < end && capitalized(tokens[j]!.text)) k = j + 1;
      else break;
    }
    if (k === i || compoundModifier(tokens, k)) continue;
    if (riverNamed(tokens, i, k)) continue;
    // "killed in Azerbaijani shelling": a state's demonym alone is no place ("near the Venezuelan border" is one).
    // "the Costa Rican port city", "the Central American country's": a demonym of several words neither.
    if (demonymRun(tokens, i) === k - i && !PLACE_TYPES.has(tokens[k]?.norm ?? '')) continue;
    // "in the Haitian capital": a demonym before "capital" names the state's capital city, not a place of that name;
    // "in the Libyan capital, Tripoli,": the name in apposition is.
    if (k === i + 1 && DEMONYM_STATE.has(tokens[i]!.norm) && tokens[k]?.norm === 'capital') {
      if (tokens[k + 1]?.text !== ',' || !capitalized(tokens[k + 2]?.text ?? '') || k + 2 >= end) continue;
      i = k + 2;
      k = i;
      while (k < end && capitalized(tokens[k]!.text) && !CALENDAR.test(tokens[k]!.text)) k++;
    }
    const inner = placeAfterType(view, i, k, end) ?? namedAfterType(view, i, k, end);
    if (inner) [i, k, type] = [inner.start, inner.end, inner.type];
    // "Mortars hit Somali town", "in a Syrian village": a demonym before a settlement's type word names none.
    else if (k === i + 1 && DEMONYM_STATE.has(tokens[i]!.norm) && SETTLEMENTS.has(tokens[k]?.norm ?? '')) continue;
    // "attack on Burkina village", "Nigeria town hit": a state's name before a settlement's word names none either.
    else if (SETTLEMENTS.has(tokens[k]?.norm ?? '') && statesOnly(view, i, k)) continue;
    // "an attack near the Iran border", "a Yemen displacement camp": a state named before a noun qualifies it.
    const qualifier = tokens[k]?.norm ?? '';
    if (
      /^[a-z]/.test(tokens[k]?.text ?? '') &&
      tokens[k]!.pos === 'NOUN' &&
      (BORDERS.has(qualifier) || (!PLACE_TYPES.has(qualifier) && !SITES.has(qualifier))) &&
      statesOnly(view, i, k)
    )
      continue;
    // "in Afghanistan's Khost province": the named part inside the country.
    let outer: string | null = inner?.outer ?? null;
    const ofUnit = unit ? unitOf(view, i, k) : null;
    if (ofUnit) [k, outer] = [ofUnit.end, ofUnit.outer];
    // "on Faber's Road", "at St Mary's Street": a street named for a person keeps its possessive.
    if (streetPossessive(tokens, k, end)) k += 2;
    // A country's ("Kenya's Lamu") is left as it was read: a country places nothing, and the body says where in it.
    const part = unit || statesOnly(view, i, k) ? null : possessedPart(view, k, end);
    // "in Yemen's central province of Marib": the same, its type word before the name.
    if ((tokens[k]?.norm === "'s" || tokens[k]?.norm === '’s') && namesPlaceType(tokens, k + 1, end)) {
      let of = k + 1;
      while (tokens[of]!.norm !== 'of') of++;
      let k2 = of + 1;
      while (k2 < end && capitalized(tokens[k2]!.text) && !CALENDAR.test(tokens[k2]!.text)) k2++;
      if (k2 > of + 1) {
        outer = text.slice(tokens[i]!.start, tokens[k - 1]!.end);
        type = tokens[of - 1]!.norm;
        i = of + 1;
        k = k2;
      }
    } else if ((tokens[k]?.norm === "'s" || tokens[k]?.norm === '’s') && k + 1 < end) {
      // "in Mali's northeastern Menaka region", "Ethiopia's restive Amhara region": directions and other adjectives
      // may come before the part's name.
      let first = k + 1;
      // "Sudan's North Darfur state" keeps its capitalised direction: it is part of the name.
      while (
        first < end &&
        (DIRECTIONS.test(tokens[first]!.norm) || tokens[first]!.pos === 'ADJ') &&
        /^[a-z]/.test(tokens[first]!.text)
      )
        first++;
      let k2 = first;
      while (k2 < end && capitalized(tokens[k2]!.text) && !CALENDAR.test(tokens[k2]!.text)) k2++;
      if (k2 > first && PLACE_TYPES.has(tokens[k2]?.norm ?? '')) {
        outer = text.slice(tokens[i]!.start, tokens[k - 1]!.end);
        i = first;
        k = k2;
      } else if (part !== null) {
        outer = text.slice(tokens[i]!.start, tokens[k - 1]!.end);
        i = k + 1;
        k = part;
      }
    }
    // "at the Ugaas hotel in Beledweyne", "near the Olympia shopping mall": a building's name is not where it stands
    // (the town told with it is).
    // Not across a comma: "in northern Niamey, hospital sources said" is in the city.
    const building = (d: number) => BUILDINGS.has(tokens[k + d]?.norm ?? '') && LOWER_FIRST.test(tokens[k + d]!.text);
    if ([0, 1, 2].some((d) => building(d) && !tokens.slice(k, k + d).some((x) => x.pos === 'PUNCT'))) continue;
    // "in the Syrian Civil War", "in Operation Olive Branch": events, not places.
    if (tokens.slice(i, k).some((x) => EVENT_WORDS.test(x.text))) continue;
    // Names of people, organizations, or demonyms ("in Syrian Army positions") are not places.
    const ms = mentionsIn(view, i, k).map((m) => view.mentions[m]!);
    // "Tudun Biri village": a name followed by its place-type word is a place, whatever else it was taken for.
    // So is one the text types before it ("the village of Los Reyes").
    const siteAt = [0, 1, 2].find((d) => SITES.has(tokens[k + d]?.norm ?? '') && LOWER_FIRST.test(tokens[k + d]!.text));
    // "an SNA base in Beled Hawo", "the UN camp near X": a body's or a group's name before a site's word says whose it
    // is, not where; the place told with it does.
    if (siteAt !== undefined && ms.length && ms.every((m) => OWNERS.has(view.actors.get(m.actorId)?.kind ?? '')))
      continue;
    const sited = siteAt !== undefined;
    // So is the end of a road ("the road between Bint Jbeil and Ainata"), whatever the names were taken for.
    const typed =
      (k < end && PLACE_TYPES.has(tokens[k]!.norm) && !DIRECTIONS.test(tokens[k]!.norm)) ||
      type !== null ||
      site !== null ||
      sited ||
      between ||
      // "in tambon Lubo Saray": a local unit's word types the name after it, whatever it was taken for.
      !!unit ||
      // "on Ntlangano Crescent", "on Faber's Road": a street's word ends the name, whatever it was taken for.
      STREET_WORDS.has(tokens[k - 1]!.norm);
    if (
      !typed &&
      ms.some(
        (m) =>
          m.kind === 'demonym' || m.kind === 'descriptor' || (view.actors.get(m.actorId)?.kind ?? 'state') !== 'state',
      )
    )
      continue;
    // A demonym before a noun is a modifier, not a place ("on the American side", "in Syrian army positions"); before
    // a struck facility only a known one is ("hit the Russian refinery"; "hit the Ryazan refinery" is at Ryazan).
    const facility = struck && typedObject && FACILITIES.has(tokens[k]?.norm ?? '');
    const demonym = facility ? DEMONYM_STATE.has(tokens[i]!.norm) : DEMONYM.test(tokens[i]!.text);
    if (k === i + 1 && demonym && !sited && tokens[k]?.pos === 'NOUN' && !PLACE_TYPES.has(tokens[k]!.norm)) continue;
    const start = tokens[i]!.start;
    const stop = tokens[k - 1]!.end;
    // A struck town is read from its own first word, so the strike verb finds it after itself.
    const after = tokens[k]?.norm ?? '';
    if (k < end && PLACE_TYPES.has(after) && !DIRECTIONS.test(after)) type = after;
    out.push({
      name: text.slice(start, stop),
      start,
      end: stop,
      // A site's word types it too ("the al-Jufaina camp" is a camp), so "a camp near X" told before can be it.
      type: between ? 'road' : type && PLACE_TYPES.has(type) ? type : sited ? tokens[k + siteAt]!.norm : null,
      outer: outer ?? (between ? null : outerAfter(view, k, end)),
      site,
      token: (struck && !PREPS.has(at.norm)) || opening ? t + 1 : t,
    });
    t = k - 1;
  }
  return out;
}
