// Gazetteer matches: known states, bodies, groups and outlets, by name, alias, metonym ("Moscow") or demonym
// ("Syrian government"). Decides when a match is no actor here (a place, a surname, an adjective) and when a
// body's short alias means another state's body. In: a View and a gazetteer item. Out: actors on the Scan.
import generic from '../../graph/data/generic-words.json' with { type: 'json' };
import { bodies, entryById, matchAt, stateEntry, stateOfKey, states, titleEntry } from '../gazetteer/index.ts';
import { lexicalTag } from '../nlp/tagger.ts';
import { affiliateMention, branchAt, labelOnly } from './branches.ts';
import { ethnicUse } from './ethnic.ts';
import { demonymPhrase, headAfter } from './demonyms.ts';
import {
  AREA_BEFORE_CITY,
  CONNECTORS,
  EVENT_WORDS,
  FIGHTER_HEADS,
  GATHERING_WORDS,
  LOCATIVE,
  MINISTRIES,
  NOT_NAMES,
  ORG_CUES,
  PERSON_HEADS,
  PLACE_VERBS,
  OUTLET_CUES,
} from './lexicon.ts';
import { placeState } from '../gazetteer/cities.ts';
import { genericForceName } from './forces.ts';
import { clausePlaceState } from './clause-place.ts';
import { inExileEnd } from './edges.ts';
import { ofTail, type OfTail } from './of-tails.ts';
import { exileBody } from './proper-nouns.ts';
import { peopleOnly, placeOnly } from './places.ts';
import { POST_ACRONYM, postsDefined } from './post-acronyms.ts';
import { postHead } from './role-prefix.ts';
import { type Draft, slugify } from './registry.ts';
import { entityMention, pendSurname, type Scan, stateBody, stateMention } from './scan.ts';
import { allCaps, type GazItem, isCap, isEntityItem, isStateItem, type Item, surfaceOf, type View } from './view.ts';

/** Capitalized words after a known body's name that make the whole another body ("Kenya Police Reserve"). */
const OTHER_BODY_HEADS = new Set(
  'reserve reservists auxiliary foundation institute academy college school hospital trust'.split(' '),
);

/** Words that name a kind of body every state has ("Supreme Court", "Congress"): graph/data/generic-words.json. */
const GENERIC_WORDS = new Set(generic.words);

/** A holder's word or a title's last word: "Officer", "Commissioner", "Minister". */
const holderWord = (w: string) => postHead(w) || !!titleEntry(w.toLowerCase());

/**
 * "Upazila Nirbahi Officer (UNO) Kamrul Hasan ... The UNO said": an acronym the article spells out as a post is that
 * post everywhere in it (a title, no actor), whatever body the gazetteer knows by it.
 */
function postAcronymHere(v: View, it: GazItem): boolean {
  const word = v.toks[it.start]!.text;
  return it.end - it.start === 1 && POST_ACRONYM.test(word) && postsDefined(v.text, holderWord).has(word);
}

/** Reads gazetteer item x; returns the token it covers up to (a demonym phrase may reach past the item). */
export function gazItem(sc: Scan, v: View, it: GazItem, joined: Item[], x: number): number {
  const { hit } = it;
  if (hit.role === 'title') return it.end;
  if (postAcronymHere(v, it)) return it.end;
  if (placeOutlet(sc, v, it)) return it.end + 1;
  if (hit.role === 'place') return it.end;
  if (stateEntry(hit.id)) return stateItem(sc, v, it, joined, x);
  if (!entryById(hit.id)) return it.end;
  // "the Brussels airport", "in Brussels": a body named after the city it sits in, where the city is only a place.
  if (cityOnly(v, it)) return it.end;
  // "the Christian Science Monitor Breakfast", "the Red Cross Gala": the name of a gathering the body holds.
  const next = v.toks[it.end];
  if (next && isCap(next) && !v.glued[it.end] && GATHERING_WORDS.has(v.keys[it.end]!)) return it.end + 1;
  if (modelOf(v, it)) return it.end + 1;
  // "Kenya Police Reserve", "the Reuters Foundation": a body's name run on by a capitalized word of another kind of
  // body names that other body, not the first.
  if (next && isCap(next) && !v.glued[it.end] && OTHER_BODY_HEADS.has(v.keys[it.end]!)) {
    const name = surfaceOf(v, it.start, it.end + 1);
    const d = sc.reg.ensure(slugify(name), name, 'organization');
    sc.reg.mention(d.id, v.toks[it.start]!.start, next.end, 'name', name);
    return it.end + 1;
  }
  // "the Ministry of Defence of Armenia": a ministry's state after it is read with the ministries (ministries.ts).
  const ministry = !!ministrySuffix(v.keys.slice(it.start, it.end));
  const tail = ministry ? null : ofTail(v, joined, x, homeStateOf(entryById(hit.id)!));
  if (tail) return ofTailBody(sc, v, it, tail);
  // "People's Liberation Army of Manipur": a place that is no state after "of" makes another body, its own.
  const place = ofAnotherPlace(v, it);
  if (place) {
    const name = surfaceOf(v, it.start, place);
    const d = sc.reg.ensure(slugify(name), name, 'organization');
    sc.reg.mention(d.id, v.toks[it.start]!.start, v.toks[place - 1]!.end, 'name', name);
    return definedAfter(sc, v, place, d) ?? place;
  }
  if (idiomNotOutlet(v, it)) return it.end;
  // "the Ford administration": a firm's one-word name before "administration" is a president's surname.
  if (entryById(hit.id)?.kind === 'organization' && it.end - it.start === 1 && v.keys[it.end] === 'administration') {
    pendSurname(sc, v, it.start, false);
    return it.end;
  }
  if (anotherPartysName(v, it)) {
    // The whole name is that other party: "the Christian Democrats" said, dismissed, won.
    const name = surfaceOf(v, it.start - 1, it.end);
    const d = sc.reg.ensure(slugify(name), name, 'organization');
    sc.reg.mention(d.id, v.toks[it.start - 1]!.start, v.toks[it.end - 1]!.end, 'name', name);
    return it.end;
  }
  // "The insurgents, known locally as al-Shabaab": the name is a label for another group, not that body.
  if (labelOnly(sc, v, it, joined, x)) return it.end;
  // "Islamic State in the Sahel Province": a branch named after its parent is its own actor.
  const branchEnd = branchAt(sc, v, it, joined);
  if (branchEnd) return branchEnd;
  // "United States Supreme Court": the mention covers the state's name that opens it.
  const owner = joined[x - 1];
  const from = isStateItem(owner) && opensBodyName(owner, it) ? owner.start : it.start;
  if (genericForceOfNoState(sc, v, it, owner)) return it.end;
  if (!bodyReadAsOther(sc, v, it, owner, from)) {
    entityMention(sc, hit.id, v, from, it.end, hit.role === 'name' ? 'name' : 'alias');
    affiliateMention(sc, v, it);
    leaderStateMention(sc, v, it);
    ownerStateMention(sc, v, it);
    return entityAssembly(sc, v, it, from) ?? it.end;
  }
  return it.end;
}

/**
 * "the National Gendarmerie said" with no state before it: a state force whose own name is a force's generic name
 * (France's, state-forces.json) is whatever gendarmerie the story is about, not the lexicon's state's by default.
 * Added as a body of no state; forces.ts settleStatelessForces gives it the story state's force. Returns true then.
 */
function genericForceOfNoState(sc: Scan, v: View, it: GazItem, owner: Item | undefined): boolean {
  const entry = entryById(it.hit.id);
  const home = entry ? homeStateOf(entry) : null;
  if (!home || it.hit.role !== 'name' || !entry!.id.startsWith(`${home}-`)) return false;
  const label = surfaceOf(v, it.start, it.end);
  if (!genericForceName(label) || (isStateItem(owner) && owner.end >= it.start - 1)) return false;
  const d = sc.reg.ensure(slugify(label), label, 'organization');
  sc.reg.mention(d.id, v.toks[it.start]!.start, v.toks[it.end - 1]!.end, 'name', label);
  return true;
}

/** Lower-case words after a known body that name its own assembly. */
const ASSEMBLY_WORDS = new Set(['parliament', 'assembly']);

/**
 * "the Republika Srpska parliament", "the AU assembly": a known body other than a state, then "parliament" or
 * "assembly", is that body's assembly, a body of its own owned by it (`<id>-parliament`), never the body itself.
 * Returns the token after it, or null.
 */
function entityAssembly(sc: Scan, v: View, it: GazItem, from: number): number | null {
  const next = v.toks[it.end];
  if (!next || v.glued[it.end] || isCap(next) || !ASSEMBLY_WORDS.has(v.keys[it.end]!)) return null;
  const owner = entryById(it.hit.id)!;
  if (owner.kind === 'outlet') return null;
  const word = v.keys[it.end]!;
  // "the EU parliament": the assembly the gazetteer knows for the body (the European Parliament), when it knows one.
  const known = bodies.find((b) => b.affiliation === owner.id && b.name.toLowerCase().endsWith(` ${word}`));
  const d = known
    ? sc.reg.ensure(known.id, known.name, known.kind)
    : sc.reg.ensure(`${owner.id}-${word}`, `${owner.name} ${word}`, 'organization');
  d.affiliation ??= owner.id;
  sc.reg.mention(d.id, v.toks[from]!.start, next.end, 'name', surfaceOf(v, from, it.end + 1));
  return it.end + 1;
}

/**
 * "the U.S.-led coalition", "the Saudi-led coalition": a known body whose name opens with the state leading it is a
 * mention of that state too, over the state's own words.
 */
function leaderStateMention(sc: Scan, v: View, it: GazItem): void {
  let k = it.start + 1;
  while (k < it.end && !(v.keys[k] === 'led' && v.glued[k])) k++;
  if (k >= it.end) return;
  const end = v.keys[k - 1] === '-' ? k - 1 : k;
  const m = matchAt(v.keys, it.start, end + 1);
  const state = m?.end === end ? m.hits.find((h) => stateEntry(h.id)) : undefined;
  if (state) stateMention(sc, state.id, v, it.start, end, state.role === 'demonym' ? 'demonym' : 'name');
}

/**
 * "Britain's National Crime Agency", "Iran's parliament": a body's known name opened by its state's possessive
 * mentions that state too, as "China's Foreign Ministry" does (organizations.ts).
 */
function ownerStateMention(sc: Scan, v: View, it: GazItem): void {
  const k = v.keys.indexOf("'s", it.start + 1);
  if (k < 0 || k >= it.end - 1) return;
  const m = matchAt(v.keys, it.start, k + 1);
  const state = m?.end === k ? m.hits.find((h) => stateEntry(h.id) && h.role !== 'place') : undefined;
  if (state) stateMention(sc, state.id, v, it.start, k, state.role === 'demonym' ? 'demonym' : 'name');
}

/**
 * "would all cost a Fortune": an outlet named by a common word, after "a" and before no noun, is the word ("a CNN
 * poll", "a Guardian report" name the outlet).
 */
function idiomNotOutlet(v: View, it: GazItem): boolean {
  if (it.end - it.start !== 1 || entryById(it.hit.id)?.kind !== 'outlet') return false;
  if (!/^(a|an)$/.test(v.keys[it.start - 1] ?? '') || lexicalTag(v.keys[it.start]!) === null) return false;
  const next = v.toks[it.end];
  return !(next && /^\p{Ll}/u.test(next.text) && next.pos === 'NOUN');
}

/** "the 2017 Ford Fusion", "a 2009 Toyota Camry": a model year, the maker, the model: a product, no actor. */
function modelOf(v: View, it: GazItem): boolean {
  const next = v.toks[it.end];
  return (
    /^(?:19|20)\d\d$/.test(v.toks[it.start - 1]?.text ?? '') &&
    /^(the|a|an|his|her|their)$/.test(v.keys[it.start - 2] ?? '') &&
    !!next &&
    isCap(next) &&
    !v.glued[it.end] &&
    entryById(it.hit.id)?.kind === 'organization'
  );
}

/**
 * "the Sudan Tribune", "the Kabul Times", "the Irish Examiner": a place or a state's name (or adjective) and a
 * capitalized newspaper word is a news outlet (the gazetteer knows the famous ones). Records it; true when found.
 */
function placeOutlet(sc: Scan, v: View, it: GazItem): boolean {
  if (!stateEntry(it.hit.id) && it.hit.role !== 'place') return false;
  const next = v.toks[it.end];
  if (!next || !isCap(next) || v.glued[it.end] || !OUTLET_CUES.has(v.keys[it.end]!)) return false;
  // "Kabul Times Square" or "the Jordan Post Office": a longer name is no newspaper's.
  const after = v.toks[it.end + 1];
  if (after && isCap(after) && !v.glued[it.end + 1] && after.sentence === next.sentence) return false;
  const name = surfaceOf(v, it.start, it.end + 1);
  const d = sc.reg.ensure(slugify(name), name, 'outlet');
  sc.reg.mention(d.id, v.toks[it.start]!.start, next.end, 'name', name);
  return true;
}

/** Romance words for "of" inside names: "Tour de France", "Banca d'Italia", "Università di Roma". */
const ROMANCE_OF = new Set(['de', 'du', 'des', 'del', 'della', 'di', 'do', 'da']);

function forName(v: View, a: number): boolean {
  const before = v.toks[a - 2];
  return (
    !v.headline &&
    !v.titleCase &&
    v.keys[a - 1] === 'for' &&
    a - 2 > 0 &&
    !!before &&
    isCap(before) &&
    !allCaps(v, a - 2, a - 1) &&
    !v.glued[a - 2]
  );
}

/** Capitals of states: a body's one-word alias that is one ("Brussels") may be the city. */
const CAPITALS = new Set(states.flatMap((st) => st.capitals));

function cityOnly(v: View, it: GazItem): boolean {
  if (it.end - it.start !== 1 || !CAPITALS.has(v.toks[it.start]!.text)) return false;
  const prev = v.keys[it.start - 1];
  return (!!prev && (LOCATIVE.has(prev) || PLACE_VERBS.has(prev))) || placeOnly(v, it.start, it.end, true);
}

/** Words that open other parties' names ending in a plural the gazetteer knows ("Christian Democrats"). */
const PARTY_MODIFIERS = new Set(
  'christian social free liberal national new progressive radical green young united sweden swedish danish finnish'.split(
    ' ',
  ),
);

/**
 * "the Christian Democrats", "Social Democrats", "Sweden Democrats", "Liberal Democrats": a party's plural alias
 * ("Democrats", "Republicans") after a capitalized word that opens another party's name is not that party.
 */
export function anotherPartysName(v: View, it: GazItem): boolean {
  if (it.hit.role !== 'alias' || it.end - it.start !== 1 || !/s$/.test(v.keys[it.start]!)) return false;
  const prev = v.toks[it.start - 1];
  return !!prev && isCap(prev) && !v.glued[it.start] && PARTY_MODIFIERS.has(v.keys[it.start - 1]!);
}

/**
 * "Democratic Party of Socialists", "People's Liberation Army of Namibia": a known body's name and its "of" tail name
 * another body, the tail's state's when it names one ("Namibian People's Liberation Army"), else its own name. The
 * token the whole name ends before.
 */
function ofTailBody(sc: Scan, v: View, it: GazItem, tail: OfTail): number {
  const name = surfaceOf(v, it.start, tail.end);
  const label = surfaceOf(v, it.start, it.end);
  const d = tail.state
    ? stateBody(sc, tail.state, slugify(label), label, entryById(it.hit.id)!.kind)
    : sc.reg.ensure(slugify(name), name, entryById(it.hit.id)!.kind);
  sc.reg.mention(d.id, v.toks[it.start]!.start, v.toks[tail.end - 1]!.end, 'name', name);
  // "Supreme Court of Liberia": the tail's state is named as "Liberia's Supreme Court" names it.
  if (tail.state && tail.stateStart !== undefined) {
    stateMention(sc, tail.state, v, tail.stateStart, tail.end, 'name');
    // As "Liberia's" before its court, not a place: the state owns the body ("Liberia's Supreme Court").
    sc.actingStates.add(tail.state);
    sc.actingAt.add(v.toks[tail.stateStart]!.start);
  }
  return definedAfter(sc, v, tail.end, d) ?? tail.end;
}

/**
 * "People's Liberation Army of Manipur", "Supreme Court of Kenya": a known state body's own name run on by "of" and
 * a place that is not its state's names another body, the place's, whatever the gazetteer gives the words alone.
 * The token the whole name ends before, or 0.
 */
function ofAnotherPlace(v: View, it: GazItem): number {
  const entry = entryById(it.hit.id);
  const home = entry && it.hit.role === 'name' && !/ministry/.test(entry.id) ? homeStateOf(entry) : null;
  if (!home || v.keys[it.end] !== 'of') return 0;
  const at = v.keys[it.end + 1] === 'the' ? it.end + 2 : it.end + 1;
  let end = at;
  while (end < v.toks.length && end < at + 3 && isCap(v.toks[end]!) && !v.glued[end]) end++;
  const words = v.keys.slice(at, end);
  if (!words.length || words.every((w) => GENERIC_WORDS.has(w))) return 0;
  const match = matchAt(words, 0);
  const named = match?.end === words.length ? match.hits.find((h) => stateEntry(h.id))?.id : undefined;
  const state = stateOfKey(words.join(' ')) ?? named;
  return state === home || placeState(surfaceOf(v, at, end)) === home ? 0 : end;
}

/**
 * "(PLA)" right after a name the article gives a body of its own: the acronym is that body's here, whatever body the
 * gazetteer knows by it. Adds it; returns the token after the parenthesis, or null when there is none.
 */
function definedAfter(sc: Scan, v: View, end: number, d: Draft): number | null {
  if (v.keys[end] !== '(' || !allCaps(v, end + 1, end + 2) || v.keys[end + 2] !== ')') return null;
  const t = v.toks[end + 1]!;
  sc.reg.defined.set(v.keys[end + 1]!, d.id);
  sc.reg.mention(d.id, t.start, t.end, 'alias', t.text);
  return end + 3;
}

/** "… of Mali", "… of the Philippines": a name after a body's, saying whose it is. */
const OF_A_NAME = /^[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}/u;

/** The state a known body belongs to, through the bodies it is part of ("US Senate" → "US Congress" → US). */
export function homeStateOf(body: { affiliation?: string | null }): string | null {
  let at = body.affiliation;
  for (let hops = 0; at && hops < 4; hops++) {
    if (stateEntry(at)) return at;
    at = entryById(at)?.affiliation;
  }
  return null;
}

/**
 * Whether an acronym is defined right after the body's name, in parentheses or between commas ("Democratic Party of
 * Albanians (DPA)", "... of Albanians, DPA, accused"): there it is that body's, even in the story of the agency it
 * also spells (a dpa story), unlike a dateline's "(AFP)" after a city.
 */
function definedFor(v: View, it: GazItem, full: Draft | undefined): boolean {
  const [open, close] = [v.keys[it.start - 1], v.keys[it.end]];
  if (!full || !((open === '(' && close === ')') || (open === ',' && close === ','))) return false;
  const at = v.toks[it.start - 1]!.start;
  return full.mentions.some((m) => m.end <= at && at - m.end <= 1);
}

/** The body (no state, no person) whose name ends right before the acronym's parentheses or commas, if any. */
const namedRightBefore = (sc: Scan, v: View, it: GazItem): Draft | undefined =>
  sc.reg.all().find((d) => d.kind !== 'state' && d.kind !== 'person' && definedFor(v, it, d));

/**
 * A known body's match that stands for another actor: an acronym the article spelled out for another body,
 * or a body's short alias ("Supreme Court", "Congress") meaning another state's body or the article's own
 * body of that name. Adds that mention and returns true.
 */
function bodyReadAsOther(sc: Scan, v: View, it: GazItem, owner: Item | undefined, from: number): boolean {
  const { hit } = it;
  const body = entryById(hit.id)!;
  const label = surfaceOf(v, it.start, it.end);
  const span = (id: string) => {
    sc.bodyOf.set(it, id);
    sc.reg.mention(id, v.toks[from]!.start, v.toks[it.end - 1]!.end, 'alias', surfaceOf(v, from, it.end));
  };
  // An acronym the article itself spelled out wins over the gazetteer's reading ("RSF" after "Rapid Support Forces"),
  // unless the article already named that body: an agency's own dateline "(AFP)" keeps it the agency.
  if (it.end - it.start === 1 && allCaps(v, it.start, it.end)) {
    const initialled = sc.reg.byInitials(v.keys[it.start]!, hit.id);
    // Defined in parentheses right after a body's name, whatever its letters ("National Ports Administration
    // (ANP)", not the Dutch news agency): that body's.
    const other = definedFor(v, it, initialled) ? initialled : namedRightBefore(sc, v, it);
    const defined = definedFor(v, it, other);
    if (defined && other !== initialled) sc.reg.defined.set(v.keys[it.start]!, other!.id);
    const full = defined ? other : sc.reg.byInitials(v.keys[it.start]!);
    const ownOutlet = body.kind === 'outlet' && sc.reg.has(hit.id) && !defined;
    if (full && full.id !== hit.id && !ownOutlet) {
      span(full.id);
      return true;
    }
  }
  const home = homeStateOf(body);
  const keys = v.keys.slice(it.start, it.end);
  // A body's own name made of generic words ("Independent National Electoral Commission", Nigeria's) is read as
  // another state's only after that state's name: other states' bodies go by it too ("Niger's Independent ...").
  const genericName = hit.role === 'name' && !!home && genericOfNoState(keys, home);
  if (!home || (hit.role !== 'alias' && !genericName)) return false;
  // "Kenya's Supreme Court", "the Mexican Congress": a body's short alias ("Supreme Court" for the US one)
  // after another state's name or adjective is that state's body of the same name.
  // A ministry's other name ("Foreign Office") keys as the ministry, as "Pakistan's Foreign Ministry" does.
  // "the Albanian Democrats": a party's other name keys as the party, as "Albanian Democratic Party" does.
  const suffix = ministrySuffix(keys) ?? slugify(PARTY_NAME.test(body.name) ? body.name : label);
  if (
    isStateItem(owner) &&
    owner.hit.id !== home &&
    (owner.end === it.start || (owner.end === it.start - 1 && v.keys[owner.end] === "'s"))
  ) {
    span(stateBody(sc, owner.hit.id, suffix, label).id);
    return true;
  }
  // "the Israel Defense Forces' Central Command", "the Israeli military's Central Command": a body's alias after
  // another state's body's possessive is that body's own organ of the name, keyed under it.
  const by = possessiveOwner(sc, v, from);
  if (by && by.id !== hit.id && !!homeStateOf(by) && homeStateOf(by) !== home) {
    const organ = sc.reg.ensure(`${by.id}-${suffix}`, `${by.name} ${label}`, 'organization');
    organ.affiliation ??= by.id;
    span(organ.id);
    return true;
  }
  // "Central Command said" after the IDF's, where the gazetteer's own was not named before: that organ again.
  const organ = sc.reg.has(hit.id) ? undefined : sc.reg.all().find((d) => isOrganOf(sc, d, suffix, home));
  if (organ) {
    span(organ.id);
    return true;
  }
  // "The U.S. military's Central Command", "US Central Command": its own state named with it beats a place.
  const possessed = /['’]s?[ \u00a0]+$/.test(sc.text.slice(Math.max(0, v.toks[from]!.start - 4), v.toks[from]!.start));
  const ownState =
    (isStateItem(owner) && owner.hit.id === home && from < it.start) || (possessed && !!by && homeStateOf(by) === home);
  const here = ownState ? undefined : clauseBody(sc, v, it, from, home, suffix);
  if (here !== undefined) {
    if (here) span(here);
    return !!here;
  }
  const party = storyParty(sc, v, it, home, owner);
  if (party) {
    span(party);
    return true;
  }
  if (genericName) return namedAgain(sc, hit.id, label, span);
  // "Congress leader Rahul Gandhi" after "the Congress party": the body the article named with those words; not
  // another body of the same state the gazetteer keys apart ("TNI" after "TNI AD", its army).
  const lower = label.toLowerCase();
  const named = sc.reg
    .all()
    .find(
      (d) =>
        d.id !== hit.id &&
        d.kind !== 'person' &&
        d.kind !== 'state' &&
        !(d.affiliation === home && entryById(d.id)) &&
        [d.name, ...d.aliases].some((a) => a.toLowerCase().replace(/^the /, '').startsWith(`${lower} `)),
    );
  if (named) {
    span(named.id);
    return true;
  }
  // "the Supreme Court" in a story filed from ISLAMABAD: a body every state has is the dateline state's; a
  // ministry ("the Foreign Office") with no dateline is the state the article is about, when that is not the
  // gazetteer's.
  const ministry = suffix !== slugify(label);
  const homeState = sc.homeState ?? (ministry ? mainState(sc, home) : null);
  // "The Supreme Court in Apia heard ... The Supreme Court adjourned": the body the article gave a state before.
  if (genericOfNoState(keys, home) && namedAgain(sc, hit.id, label, span)) return true;
  // "the Ministry of Defence of Mali" in a story filed from Algiers: the state after it says whose (ministries.ts).
  const ofAState = OF_A_NAME.test(sc.text.slice(v.toks[it.end - 1]!.end, v.toks[it.end - 1]!.end + 12));
  if (
    !ofAState &&
    homeState &&
    homeState !== home &&
    // "KYIV (Reuters) - ... U.S. lawmakers ... the House of Representatives": the body's own state named before.
    !namesState(sc, home) &&
    (ministry || genericOfNoState(v.keys.slice(it.start, it.end), home))
  ) {
    span(stateBody(sc, homeState, suffix, label).id);
    return true;
  }
  return false;
}

/**
 * "In Washington, House Democrats said" in a story filed from Vienna, "the Supreme Court in Apia" in a New Zealand
 * outlet's story: a place named in the body's own sentence says whose body a generic name or a party's is, before the
 * story's state. The id of the place's state's body; null when it is the gazetteer's own (the place is in its state);
 * undefined when the sentence names no place of one state, or the body is of no such name.
 */
function clauseBody(
  sc: Scan,
  v: View,
  it: GazItem,
  from: number,
  home: string,
  suffix: string,
): string | null | undefined {
  const body = entryById(it.hit.id)!;
  const keys = v.keys.slice(it.start, it.end);
  if (!genericOfNoState(keys, home) && !PARTY_NAME.test(body.name)) return undefined;
  const here = clausePlaceState(sc.text, v.toks[from]!.start, v.toks[it.end - 1]!.end);
  if (!here) return undefined;
  if (here === home) return null;
  const label = surfaceOf(v, it.start, it.end);
  const party = PARTY_NAME.test(body.name) && !genericOfNoState(keys, home);
  return party ? stateBody(sc, here, slugify(body.name), body.name).id : stateBody(sc, here, suffix, label).id;
}

/** A party's name: "Democratic Party", "Republican Party". */
const PARTY_NAME = /\bParty$/;

/**
 * "the Democratic Party" or "the Democrats" in a story filed from Tirana: a party the gazetteer knows for one state
 * (the US one), in a story of another state that names neither the party's state nor a body of it, is that other
 * state's party of the name (`<state>-democratic-party`), so same-named parties of two states never share a node.
 * Not before "of <Name>" ("Democratic Party of Japan", a name of its own). The party's id, or null.
 */
function storyParty(sc: Scan, v: View, it: GazItem, home: string | null, owner: Item | undefined): string | null {
  const body = entryById(it.hit.id)!;
  if (!home || body.kind !== 'organization' || !PARTY_NAME.test(body.name)) return null;
  // "Albania's opposition Democratic Party": the state's possessive and a lower-case word before say whose.
  // "House Democrats", "Senate Democrats": a capitalized word of the party's own state before it.
  const before = v.toks[it.start - 1];
  if (before && isCap(before) && v.keys[it.start - 1] !== 'the' && !isStateItem(owner)) return null;
  const gap = isStateItem(owner) ? v.keys.slice(owner.end, it.start) : [];
  const possessive = gap[0] === "'s" && gap.length === 2 && !isCap(v.toks[owner!.end + 1]!);
  const state = possessive ? (owner as GazItem).hit.id : (sc.homeState ?? sc.cityState ?? mainState(sc, home));
  if (!state || state === home || namesState(sc, home)) return null;
  if (OF_A_NAME.test(sc.text.slice(v.toks[it.end - 1]!.end, v.toks[it.end - 1]!.end + 12))) return null;
  return stateBody(sc, state, slugify(body.name), body.name).id;
}

/** Whether a draft is an organ named for another state's body, keyed `<owner>-<suffix>` (possessiveOwner). */
function isOrganOf(sc: Scan, d: Draft, suffix: string, home: string): boolean {
  const owner = d.affiliation ? sc.reg.get(d.affiliation) : undefined;
  return !!owner && d.id === `${owner.id}-${suffix}` && !!homeStateOf(owner) && homeStateOf(owner) !== home;
}

/**
 * A body (no person, no state) named right before token `at`, or its possessive: "the Israel Defense Forces' ",
 * "IDF ".
 */
function possessiveOwner(sc: Scan, v: View, at: number): Draft | null {
  const start = v.toks[at]!.start;
  const poss = /(?:['’]s?)?[ \u00a0]+$/.exec(sc.text.slice(Math.max(0, start - 5), start));
  if (!poss) return null;
  const end = start - poss[0].length;
  return (
    sc.reg.all().find((d) => d.kind !== 'person' && d.kind !== 'state' && d.mentions.some((m) => m.end === end)) ?? null
  );
}

/**
 * "Niger's Independent National Electoral Commission ... The Independent National Electoral Commission said": the
 * generic name again, after the article gave it to a state, is that state's body. Spans the mention to it.
 */
function namedAgain(sc: Scan, id: string, label: string, span: (id: string) => void): boolean {
  const bare = label.toLowerCase().replace(/^the /, '');
  const again = sc.reg
    .all()
    .find(
      (d) =>
        d.id !== id && !!d.affiliation && [...d.aliases].some((a) => a.toLowerCase().replace(/^the /, '') === bare),
    );
  if (again) span(again.id);
  return !!again;
}

/** Whether the article named a state, or a known body of it, so far ("U.S. military aid" → united-states). */
export const namesState = (sc: Scan, state: string, except?: string) =>
  sc.reg.all().some((d) => d.id !== except && (d.id === state || homeStateOf(entryById(d.id) ?? d) === state));

/** Words that join a body's generic words inside its name ("House of Representatives", "Chamber of Deputies"). */
const JOINERS = new Set(['of', 'the', 'and']);

/** Whether the words hold a name of the state, of one word or several ("US", "United States"). */
const holdsState = (keys: string[], home: string) =>
  keys.some((k, i) => stateOfKey(k) === home || !!matchAt(keys, i)?.hits.some((h) => h.id === home));

/**
 * Generic words only, none of them its own state's name ("Supreme Court"; not "US Central Command", nor "United
 * States Supreme Court", whose state opens the name).
 */
export const genericOfNoState = (keys: string[], home: string) =>
  keys.some((k) => GENERIC_WORDS.has(k)) &&
  keys.every((k, i) => GENERIC_WORDS.has(k) || (JOINERS.has(k) && i > 0 && i < keys.length - 1)) &&
  !holdsState(keys, home);

/**
 * The state the article has named most so far (twice at least, more than any other), unless it named `home` too:
 * the state a story without a dateline is about.
 */
function mainState(sc: Scan, home: string): string | null {
  const counts = sc.reg
    .all()
    .filter((d) => d.kind === 'state')
    .map((d) => [d.id, d.mentions.length] as const)
    .sort((a, b) => b[1] - a[1]);
  if (counts.some(([id]) => id === home)) return null;
  const [top, next] = counts;
  return top && top[1] >= 2 && (!next || next[1] < top[1]) ? top[0] : null;
}

/** The id suffix of the ministry a whole name is ("Foreign Office" → "foreign-ministry"), or null. */
function ministrySuffix(keys: string[]): string | null {
  const hit = MINISTRIES.find(([words]) => words.length === keys.length && words.every((w, i) => w === keys[i]));
  return hit ? hit[1] : null;
}

/** A state's name, alias, metonym, plural or demonym: the state, one of its bodies, or nothing (a place, a surname). */
function stateItem(sc: Scan, v: View, it: GazItem, joined: Item[], x: number): number {
  const { hit } = it;
  // "Jordan said" after "Rep. Jim Jordan": a state's one-word name that is the surname of a person named before.
  // "Paris said" after "Jeremy Paris": likewise a capital.
  const oneWord = (hit.role === 'name' || hit.role === 'metonym') && it.end - it.start === 1;
  if (oneWord && sc.reg.hasSurname(v.keys[it.start]!, v.toks[it.start]!.start)) {
    pendSurname(sc, v, it.start, false);
    return it.end;
  }
  // "Jim Jordan", "Chad Smith": a state name inside a person's name (not "Eastern Ukraine": a direction).
  const before = joined[x - 1];
  if (
    (hit.role === 'name' || hit.role === 'alias') &&
    before?.type === 'run' &&
    before.end === it.start &&
    !CONNECTORS.has(v.keys[it.start - 1]!) &&
    !(before.end - before.start === 1 && NOT_NAMES.has(v.keys[before.start]!))
  )
    return it.end;
  if (partOfName(v, it)) return it.end;
  // "ethnic Uzbek", "the Turkmen community": a people, not its namesake state.
  if ((hit.role === 'demonym' || hit.role === 'plural') && ethnicUse(v, it.start, it.end)) return it.end;
  // "Breitbart London's Raheem Kassam", "Al Jazeera America": a place right after an outlet's name names its edition.
  if (isEntityItem(before) && before.end === it.start && entryById(before.hit.id)?.kind === 'outlet') return it.end;
  // "Tour de France", "Banco de México", "Universidad de Chile": a state after a Romance "de" closes a name.
  if (ROMANCE_OF.has(v.keys[it.start - 1] ?? '') && v.toks[it.start - 2] && isCap(v.toks[it.start - 2]!)) return it.end;
  // "Alternative for Germany", "Democracy for America": a state after "for" closing a name in running text.
  if (forName(v, it.start)) return it.end;
  // "the United States Supreme Court", "the Kenya Supreme Court": a state's name that opens the name of one of its
  // bodies is part of that name, not the state acting (the body is read next, with the state as its owner).
  if (opensBodyName(it, joined[x + 1])) return it.end;
  // Demonym/state + head: "Syrian government", "US troops", "Syrian intelligence services".
  const phrase = headPhrase(v, it, joined[x + 1]);
  if (phrase && hit.role !== 'plural' && hit.role !== 'metonym') return demonymPhrase(sc, v, it, phrase);
  if (hit.role === 'demonym' && exileBody(sc, v, it.start, it.end)) return inExileEnd(v, it.end);
  if (hit.role === 'demonym') {
    // "Iranian fighters": fighters named by their country stand for it (hired ones do not, lexicon FIGHTER_HEADS).
    const after = v.keys[it.end];
    if (after && FIGHTER_HEADS.has(after) && !isCap(v.toks[it.end]!))
      stateMention(sc, hit.id, v, it.start, it.end + 1, 'demonym');
    // A bare adjective ("Iraqi territory", "a Russian journalist") is no actor of its own.
    return it.end;
  }
  if (hit.role === 'metonym') {
    const prevKey = v.keys[it.start - 1];
    const next = joined[x + 1];
    // A capital is the government only when it acts, not when it is a place.
    if (prevKey && (LOCATIVE.has(prevKey) || PLACE_VERBS.has(prevKey))) return it.end;
    // "Middle Juba", "Greater Khartoum": a region or quarter named after the city is a place too.
    if (prevKey && AREA_BEFORE_CITY.has(prevKey) && isCap(v.toks[it.start - 1]!)) return it.end;
    if (next?.type === 'run' && next.start === it.end) return it.end; // "Moscow Times", "Tehran University"
    // "the University of Ottawa", "the Bank of Moscow": a city closing an institution's name.
    if (prevKey === 'of' && ORG_CUES.has(v.keys[it.start - 2] ?? '') && isCap(v.toks[it.start - 2]!)) return it.end;
    if (cityList(v, it.start, it.end)) return it.end;
    stateMention(sc, hit.id, v, it.start, it.end, 'metonym');
    return it.end;
  }
  // A state name used as an adjective before a person noun ("a U.S. official") names no actor here.
  const after = v.keys[it.end];
  if (after && PERSON_HEADS.has(after)) return it.end;
  const kind =
    hit.role === 'seat' ? 'metonym' : hit.role === 'plural' ? 'demonym' : hit.role === 'name' ? 'name' : 'alias';
  stateMention(sc, hit.id, v, it.start, it.end, kind, hit.role === 'plural' && peopleOnly(v, it.start));
  return it.end;
}

/** Whether the item after a state's name is a body's name or alias written right after it, with no gap. */
function opensBodyName(it: GazItem, next: Item | undefined): boolean {
  if (it.hit.role !== 'name' && it.hit.role !== 'alias') return false;
  if (next?.type !== 'gaz' || next.start !== it.end || stateEntry(next.hit.id)) return false;
  const body = entryById(next.hit.id);
  return !!body && body.kind === 'organization' && (next.hit.role === 'name' || next.hit.role === 'alias');
}

/**
 * The head after a state item: [kind, end, own end]. "Azerbaijani and Armenian troops": the first demonym
 * shares the head of the second; its mention is then its own word (own end), else 0.
 */
function headPhrase(v: View, it: GazItem, partner: Item | undefined): [string, number, number] | null {
  const head = headAfter(v, it.end);
  if (head) return [head[0], head[1], 0];
  if (it.hit.role !== 'demonym' || v.keys[it.end] !== 'and' || !isStateItem(partner) || partner.start !== it.end + 1)
    return null;
  const shared = partner.hit.role === 'demonym' ? headAfter(v, partner.end) : null;
  if (shared && (shared[0] === 'military' || shared[0] === 'state')) return [shared[0], shared[1], it.end];
  return null;
}

/**
 * A state's name inside the name of something else: an event ("the Vietnam War", "Iraq War"), a province ("its
 * Mozambique Province"), or a people
 * ("African-Americans", "Turkish Americans", "American Indians": a plural or demonym after another capitalized word).
 */
function partOfName(v: View, it: GazItem): boolean {
  const next = v.toks[it.end];
  if (next && !v.glued[it.end] && isCap(next) && EVENT_WORDS.has(v.keys[it.end]!)) return true;
  // "its Mozambique Province", "Islamic State Pakistan Province": a province named after a state is not the state.
  if (next && !v.glued[it.end] && isCap(next) && v.keys[it.end] === 'province' && it.hit.role === 'name') return true;
  if (it.hit.role !== 'plural' && it.hit.role !== 'demonym') return false;
  const prev = v.toks[it.start - 1];
  if (!prev || it.start - 1 === 0 || !isCap(prev)) return false;
  // Glued by a hyphen ("African-Americans"), or an adjective or name before ("Sikh Americans").
  return (v.glued[it.start] && v.text[prev.end] === '-') || prev.pos === 'ADJ' || prev.pos === 'PROPN';
}

/** Separators of a list of places: "Paris, Brussels and Beirut", "the Paris-Brussels line". */
const LIST_SEPARATORS = new Set([',', 'and', 'or']);

/**
 * Whether a capital is glued by a hyphen to another capitalized place ("Paris-Brussels"), or stands in a list of three
 * or more places after a preposition ("with Paris, Brussels, Beirut and San Bernardino"), or of two after a locative
 * one ("attacks like Paris and Brussels"): a place, not the government acting ("Kyiv, Warsaw and Berlin said", "talks
 * with Washington and Moscow" still act).
 */
function cityList(v: View, a: number, b: number): boolean {
  const cap = (k: number) => !!v.toks[k] && isCap(v.toks[k]!);
  // Hyphens are no tokens of the view: token k glued to the one before it across a written hyphen.
  const dash = (k: number) => !!v.toks[k] && v.glued[k] && /^[-–]$/.test(v.text[v.toks[k - 1]!.end] ?? '');
  if ((dash(b) && cap(b)) || (dash(a) && cap(a - 1))) return true;
  let items = 1;
  let commas = 0;
  let start = a;
  // Leftwards and rightwards over "<separator> <capitalized words>".
  for (let k = a - 1; LIST_SEPARATORS.has(v.keys[k] ?? '') && cap(k - 1);) {
    if (v.keys[k] === ',') commas++;
    items++;
    k--;
    while (cap(k - 1)) k--;
    start = k;
    k--;
  }
  for (let k = b; LIST_SEPARATORS.has(v.keys[k] ?? '') && cap(k + 1);) {
    if (v.keys[k] === ',') commas++;
    items++;
    k++;
    while (cap(k + 1)) k++;
    k++;
  }
  const before = v.keys[start - 1] ?? '';
  if (items >= 2 && PLACE_PREPOSITIONS.has(before)) return true;
  return items >= 3 && commas >= 1 && v.toks[start - 1]?.pos === 'ADP';
}

/** Prepositions before which two capitals joined by "and" are places ("attacks like Paris and Brussels", "in X and Y"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'like', 'including', 'across', 'throughout', 'outside']);
