// A state's forces written without their state: "the army said", "the military", "the armed forces", "the federal
// army", "the junta", "police said", and a force's generic name ("the National Police", "the Border Troops").
// Each is the force of that kind the article named before ("Sudan's army ... the army"), else the one of the state
// the story is about (its dateline's, or the one it names most), the same body "Sudanese army" keys to; a bare
// "police" only where that state has one national police (state-forces.json). A non-state group whose name has the
// word ("the Arakan Army", "Ambazonia Defence Forces") is never one; "the army camp", "police officers" (a noun after
// it) are left alone, but for a person's title ("army spokesman X", "the army chief"), where the force noun alone is
// the force. Where a state names its army apart from its armed forces (state-forces.json: the Philippine Army of the
// AFP), "the army", "the Army" and "an Army patrol" are that branch, `<state>-army`; elsewhere "the Army" capitalized
// is the military only where the military is an army by name.
// In: a View per sentence, then the whole Scan. Out: descriptor mentions on the Scan, generic-name drafts folded.
import federations from '../gazetteer/data/federations.json' with { type: 'json' };
import { placesState } from '../gazetteer/cities.ts';
import {
  entryById,
  hasArmyBranch,
  hasForceBranch,
  hasFederalPolice,
  hasNationalPolice,
  matchAt,
  militaryIsArmy,
  stateEntry,
  stateOfKey,
} from '../gazetteer/index.ts';
import { keysOf } from '../gazetteer/keys.ts';
import { isRegionPolice } from '../gazetteer/policed-regions.ts';
import { forceMembers, isMembersHead, membersHead } from './force-members.ts';
import type { Draft } from './registry.ts';
import { type Description, type Scan, stateBody } from './scan.ts';
import { storyPolicedRegion } from './story-region.ts';
import { governedRegionsState } from '../gazetteer/governed-regions.ts';
import { isCap, surfaceOf, type View } from './view.ts';

/** Heads of a description of a state's forces → the body's id suffix and label. */
const FORCE_HEADS = new Map<string, [string, string]>([
  ['army', ['military', 'military']],
  ['military', ['military', 'military']],
  ['junta', ['military', 'military']],
  // "the gendarmerie said": the story state's gendarmerie, as "the army" is its military.
  ['gendarmerie', ['gendarmerie', 'gendarmerie']],
]);
/** Words allowed between "the" and the head: "the federal army", "the national army", "the military junta". */
const FORCE_MODIFIERS = new Set(['federal', 'national', 'regular', 'military', 'ruling', 'armed']);
/** Tags of a word after the head that make the head its modifier ("the army chief", "the army post"). */
const ATTRIBUTIVE_BEFORE = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Words after the head that keep it a description of the forces, though a noun tagger may call them nouns. */
const CLAUSE_AFTER = new Set(['said', 'says', 'and', 'or', 'has', 'had', 'have', 'was', 'is', 'would', 'will']);

/** The end (exclusive) of a forces description whose head is token k, and its suffix, or null. */
function forceHead(v: View, k: number): [number, [string, string]] | null {
  const key = v.keys[k]!;
  if (key === 'forces' && v.keys[k - 1] === 'armed') return [k + 1, ['military', 'military']];
  // "the defence force(s)": what Commonwealth states call their military ("ordered the police and the defence force").
  if ((key === 'force' || key === 'forces') && DEFENCE.has(v.keys[k - 1]!)) return [k + 1, ['military', 'military']];
  const body = FORCE_HEADS.get(key);
  return body ? [k + 1, body] : null;
}

const DEFENCE = new Set(['defence', 'defense']);

/** Tags of a word before a bare "police" that leave it the force ("police said", "told police", "and police"). */
const BEFORE_BARE_POLICE = new Set(['VERB', 'AUX', 'ADP', 'CCONJ', 'SCONJ', 'PUNCT']);

/**
 * "police said", "told police", "the police": the force, not a kind of it ("riot police", "Kabul police", "police
 * officers", "a police station"). Pushes the description and returns true when token k is one.
 */
function policeDescription(sc: Scan, v: View, k: number): boolean {
  if (v.keys[k] === 'police' && v.keys[k - 1] === 'federal' && !isCap(v.toks[k]!))
    return qualifiedPolice(sc, v, k, GENERIC_FORCES.get('federal police')!.join('|'));
  if (v.keys[k] === 'police' && v.keys[k - 1] === 'local' && !isCap(v.toks[k]!))
    return qualifiedPolice(sc, v, k, LOCAL);
  const prev = v.toks[k - 1];
  // Capitalized only opening a sentence, or its text after a dateline ("BANGKOK (Reuters) - Police said").
  if (v.keys[k] !== 'police' || (isCap(v.toks[k]!) && prev && prev.pos !== 'PUNCT')) return false;
  const a = v.keys[k - 1] === 'the' ? k - 1 : k;
  if (a === k && prev && !BEFORE_BARE_POLICE.has(prev.pos)) return false;
  if (a === k - 1 && v.toks[k - 2] && !BEFORE_BARE_POLICE.has(v.toks[k - 2]!.pos)) return false;
  const next = v.toks[k + 1];
  if (next && (isCap(next) || (ATTRIBUTIVE_BEFORE.has(next.pos) && !CLAUSE_AFTER.has(v.keys[k + 1]!)))) return false;
  if (v.keys[k + 1] === 'of') return false;
  sc.forceDescriptions.push({
    start: v.toks[a]!.start,
    end: v.toks[k]!.end,
    surface: surfaceOf(v, a, k + 1),
    head: 'police|police',
  });
  return true;
}

/**
 * "federal police said", "Federal police raided" (the federal police), "help local police restore order", "the local
 * police said" (the police of the place the story is about): a description, not a kind of police ("federal police
 * officers", "local police officers"). Pushes it with the given head and returns true when tokens k-1, k are one.
 */
function qualifiedPolice(sc: Scan, v: View, k: number, head: string): boolean {
  const a = v.keys[k - 2] === 'the' ? k - 2 : k - 1;
  const prev = v.toks[a - 1];
  if (prev && prev.pos !== 'PUNCT' && !BEFORE_BARE_POLICE.has(prev.pos)) return false;
  const next = v.toks[k + 1];
  if (next && (isCap(next) || (ATTRIBUTIVE_BEFORE.has(next.pos) && !CLAUSE_AFTER.has(v.keys[k + 1]!)))) return false;
  if (v.keys[k + 1] === 'of') return false;
  sc.forceDescriptions.push({ start: v.toks[a]!.start, end: v.toks[k]!.end, surface: surfaceOf(v, a, k + 1), head });
  return true;
}
const LOCAL = 'local|police';

/**
 * A force's generic name written capitalized on its own at token k ("The Border Troops said", "the National
 * Police"), not a longer name ("Ambazonia Defence Forces", "Border Service of the State Committee"): its end, or 0.
 */
function genericForceAt(sc: Scan, v: View, k: number): number {
  // Most capitalized words open no generic force name: a set lookup before any string is built.
  if (!GENERIC_FIRST.has(v.keys[k]!)) return 0;
  if (!isCap(v.toks[k]!) || (v.toks[k - 1] && isCap(v.toks[k - 1]!) && v.keys[k - 1] !== 'the')) return 0;
  // "People's Defence Force", "the Group's Border Service": the end of a longer name, not the generic one.
  if (/^['’]s$/.test(v.toks[k - 1]?.text ?? '')) return 0;
  for (let end = Math.min(v.keys.length, k + 5); end > k; end--) {
    const force = GENERIC_FORCES.get(v.keys.slice(k, end).join(' '));
    const next = v.toks[end];
    if (!force || (next && (isCap(next) || v.keys[end] === 'of'))) continue;
    // "Police spokesman Ali", "the National Guard base": a modifier, not the force.
    if (next && ATTRIBUTIVE_BEFORE.has(next.pos) && !CLAUSE_AFTER.has(v.keys[end]!)) continue;
    if (!v.toks.slice(k, end).every((t) => isCap(t) || t.text === 'and')) continue;
    const a = v.keys[k - 1] === 'the' ? k - 1 : k;
    const surface = surfaceOf(v, a, end);
    sc.forceDescriptions.push({ start: v.toks[a]!.start, end: v.toks[end - 1]!.end, surface, head: force.join('|') });
    return end;
  }
  return 0;
}

/** Titles a force noun before them names the force of ("army spokesman X", "a police spokeswoman said"). */
const FORCE_TITLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'commander', 'chief', 'official']);
/** Force nouns that open such a title → the body's id suffix and label. */
const TITLE_FORCES = new Map<string, [string, string]>([
  ['army', ['military', 'military']],
  ['military', ['military', 'military']],
  ['police', ['police', 'police']],
]);
/** Words before such a force noun that leave it the force itself: an article, else what BEFORE_BARE_POLICE allows. */
const BEFORE_FORCE_TITLE = new Set(['the', 'a', 'an']);

/**
 * "army spokesman Lieutenant X said", "Police spokesperson X", "the army chief": a person's title names the force
 * (the story state's, as a bare "the army" is), so the force noun alone is a description of it; "provincial police
 * commander", "Kabul police chief" (a word of its own before it) and "the Army spokesman" (a branch capitalized
 * inside a sentence) are left alone. Pushes the description and returns true when token k opens one.
 */
function forceTitle(sc: Scan, v: View, k: number): boolean {
  const body = TITLE_FORCES.get(v.keys[k]!);
  if (!body || !FORCE_TITLES.has(v.keys[k + 1] ?? '')) return false;
  const prev = v.toks[k - 1];
  if (isCap(v.toks[k]!) && prev && prev.pos !== 'PUNCT') return false;
  if (prev && !BEFORE_FORCE_TITLE.has(v.keys[k - 1]!) && !BEFORE_BARE_POLICE.has(prev.pos)) return false;
  const t = v.toks[k]!;
  sc.forceDescriptions.push({ start: t.start, end: t.end, surface: t.text, head: body.join('|') });
  return true;
}

/** Words that make "forces" or "troops" after them a state's regular forces: "government troops", "federal forces". */
const STATE_FORCE_WORDS = new Set(['government', 'federal']);
/** Heads of such a phrase. */
const STATE_FORCE_HEADS = new Set(['forces', 'troops']);

/**
 * "government forces", "federal troops", "the government troops", "Ethiopian federal forces" at token k (the head):
 * the forces of a state told by what it is, not by name. Left alone: "pro-government forces", "anti-government
 * troops" (a group of its own), "government forces commander" (a noun after it), "the Federal Forces" (a name).
 * Pushes the description (from "the" or the modifier; a demonym before it stays the state's own mention) and
 * returns true when k closes one.
 */
function stateForces(sc: Scan, v: View, k: number): boolean {
  const mod = v.keys[k - 1] ?? '';
  if (!STATE_FORCE_HEADS.has(v.keys[k]!) || !STATE_FORCE_WORDS.has(mod) || isCap(v.toks[k]!)) return false;
  if (isCap(v.toks[k - 1]!) && k - 1 > 0 && v.toks[k - 2]!.pos !== 'PUNCT') return false;
  if (v.glued[k - 1] || /^(?:pro|anti)$/.test(v.keys[k - 2] ?? '')) return false;
  const next = v.toks[k + 1];
  if (next && (isCap(next) || (ATTRIBUTIVE_BEFORE.has(next.pos) && !CLAUSE_AFTER.has(v.keys[k + 1]!)))) return false;
  if (v.keys[k + 1] === 'of') return false;
  const a = v.keys[k - 2] === 'the' ? k - 2 : k - 1;
  const owner = k >= 2 ? stateOfKey(v.keys[k - 2]!) : undefined;
  const head = owner ? `military|military|of:${owner}` : `military|military|${mod}`;
  sc.forceDescriptions.push({ start: v.toks[a]!.start, end: v.toks[k]!.end, surface: surfaceOf(v, a, k + 1), head });
  return true;
}

/**
 * "the Army" capitalized inside a sentence ("members of the Army and the police", "the Army's Second Division"): the
 * state's army as the lower-case word is, but for a longer name ("the Army Rangers", "the Arakan Army") or a sentence
 * opening "Army" (a headline word). Whether it is the state's military is read once the article is known.
 */
const capitalArmy = (v: View, k: number) =>
  v.keys[k] === 'army' &&
  v.keys[k - 1] === 'the' &&
  (k < 2 || !isCap(v.toks[k - 2]!) || v.toks[k - 2]!.pos === 'PUNCT');

/** Words before a capitalized "Army" that leave it a word of its own, not the end of a name: "an Army patrol". */
const BEFORE_ARMY_WORD = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her']);

/**
 * "an Army patrol", "Three Army soldiers", "Army spokesperson Capt. X": a capitalized "Army" inside a sentence before
 * a common noun, not the end of a name ("Philippine Army", "New People's Army") or a sentence's first word. Only a
 * state that names its army apart takes it (resolveForceDescriptions). Pushes it and returns true when k is one.
 */
function armyWord(sc: Scan, v: View, k: number): boolean {
  const t = v.toks[k]!;
  if (v.keys[k] !== 'army' || !isCap(t) || k === 0 || v.titleCase) return false;
  const prev = v.toks[k - 1]!;
  if (!BEFORE_ARMY_WORD.has(v.keys[k - 1]!) && prev.pos !== 'NUM' && prev.pos !== 'ADP') return false;
  const next = v.toks[k + 1];
  if (!next || isCap(next) || next.pos !== 'NOUN' || CLAUSE_AFTER.has(v.keys[k + 1]!)) return false;
  sc.forceDescriptions.push({ start: t.start, end: t.end, surface: t.text, head: 'military|military' });
  return true;
}

/** Finds the forces descriptions of one sentence ("the army", "the armed forces", "the federal army", "police"). */
export function forceDescriptions(sc: Scan, v: View): void {
  for (let k = 0; k < v.keys.length; k++) {
    const generic = genericForceAt(sc, v, k);
    if (generic) {
      k = generic - 1;
      continue;
    }
    if (forceTitle(sc, v, k) || forceMembers(sc, v, k)) continue;
    if (k > 0 && stateForces(sc, v, k)) continue;
    if (policeDescription(sc, v, k)) continue;
    if (k === 0 || armyWord(sc, v, k)) continue;
    const head = forceHead(v, k);
    if (!head || (isCap(v.toks[k]!) && !capitalArmy(v, k))) continue;
    let a = k - 1;
    if (v.keys[k] === 'forces' || v.keys[k] === 'force') a--;
    if (FORCE_MODIFIERS.has(v.keys[a] ?? '') && !isCap(v.toks[a]!)) a--;
    if (v.keys[a] !== 'the') continue;
    const next = v.toks[head[0]];
    // "the army chief", "the military government", "the army of Niger", "the Army Rangers": not the forces ("the
    // army of killing civilians" is).
    const ofName = v.keys[head[0]] === 'of' && (v.keys[head[0] + 1] === 'the' || isCap(v.toks[head[0] + 1] ?? next!));
    if (next && (isCap(next) || ofName)) continue;
    if (next && ATTRIBUTIVE_BEFORE.has(next.pos) && !CLAUSE_AFTER.has(v.keys[head[0]]!)) continue;
    sc.forceDescriptions.push({
      start: v.toks[a]!.start,
      end: v.toks[k]!.end,
      surface: surfaceOf(v, a, k + 1),
      head: head[1].join('|'),
    });
  }
}

const firstAt = (d: Draft) => Math.min(...d.mentions.map((m) => m.start));

/**
 * Whether a body is a state's force with this suffix, or (police) a regional one the article named: "Manipur Police".
 * A state's army named apart ("the Philippine Army") is one of its military forces.
 */
function isForce(d: Draft, suffix: string): boolean {
  if (d.affiliation && d.id === `${d.affiliation}-${suffix}` && stateEntry(d.affiliation)) return true;
  if (suffix === 'military' && d.affiliation && d.id === `${d.affiliation}-army`) return hasArmyBranch(d.affiliation);
  if (suffix === 'police' && isRegionPolice(d.id)) return true;
  const regional = /\S\s+Police$/.test(d.name) && !GENERIC_FORCES.has(d.name.toLowerCase().replace(/^the\s+/, ''));
  return suffix === 'police' && d.kind === 'organization' && regional;
}

/** Whether a force was named with all these words ("Border Troops of Tajikistan" for "the Border Troops"). */
function namedWith(sc: Scan, d: Draft, words: string[]): boolean {
  const names = [d.name, ...d.aliases, ...d.mentions.map((m) => sc.text.slice(m.start, m.end))].map((n) =>
    n.toLowerCase(),
  );
  return names.some((n) => words.every((w) => n.split(/[^\p{L}]+/u).includes(w)));
}

/**
 * The force with this suffix mentioned last before `at` ("Sudan's army said ... the army"); of several, one named
 * with the description's own words first ("Border Troops of Tajikistan ... Kyrgyz border guards ... the Border
 * Troops"), then the story state's ("Niger soldiers ... It expelled French troops ... the army": Niger's).
 */
function namedBefore(sc: Scan, suffix: string, at: number, words: string[] = [], home: string | null = null) {
  let best: { d: Draft; rank: number[] } | null = null;
  // A story region's own police outranks the state's other forces ("the Mossos ... the National Police ... police").
  const region = suffix === 'police' ? storyPolicedRegion(sc, home)?.policeId : undefined;
  for (const d of sc.reg.all()) {
    if (!isForce(d, suffix)) continue;
    const fits = words.length > 0 && namedWith(sc, d, words) ? 1 : 0;
    const own = d.id === region ? 2 : home && d.affiliation === home ? 1 : 0;
    for (const m of d.mentions) {
      const rank = [fits, own, m.start];
      if (m.end <= at && (!best || before(best.rank, rank))) best = { d, rank };
    }
  }
  return best?.d ?? null;
}

/** Whether rank a sorts before rank b, element by element. */
const before = (a: number[], b: number[]) => {
  const i = a.findIndex((x, k) => x !== b[k]);
  return i >= 0 && a[i]! < b[i]!;
};

/**
 * The state a story is about: its dateline's (its state, capital, or a city or region of one state), when it names
 * no other state or names that one; filed from another
 * state, the one it names first (twice at least); else the only state it names (not as a frontier's side), or the
 * one it names most (twice at least, more than any other). A story that names no state, or whose named states tie,
 * is about the state of the cities and regions it names as places, when they agree ("in San Pedro Sula"). A story
 * about an autonomy (Gagauzia, Bougainville) is its sovereign's: "the government" and "Parliament" there are Moldova's.
 */
export function storyState(sc: Scan): string | null {
  const state = namedStoryState(sc);
  const entry = state ? stateEntry(state) : undefined;
  return entry?.autonomy && entry.sovereign ? entry.sovereign : state;
}

/** The state the story names or is filed from, an autonomy as itself (storyState gives its sovereign). */
function namedStoryState(sc: Scan): string | null {
  const all = sc.reg
    .all()
    .filter((d) => d.kind === 'state')
    .map((d) => [d.id, d.mentions.filter((m) => !beyondBorder(sc.text, m)).length] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || firstAtId(sc, a[0]) - firstAtId(sc, b[0]));
  const home = sc.homeState ?? sc.cityState ?? null;
  // Against a dateline, another state named only on things ("the Turkish Hospital", "a Saudi warship") or inside
  // another's name ("the Saudi-American aggression", "Iranian-backed militias") is not the story's.
  // Against a dateline, a state named only on its people there and its missions ("five Japanese visitors", "the
  // Japanese consulate in Honolulu", "American tourists") is where they came from, not where the story is.
  const counted =
    home || sc.heldDateline
      ? all.filter(([id]) => id === home || !(onlyQualifies(sc, id) || (home && onlyVisiting(sc, id))))
      : all;
  // States that act or speak outweigh states named only as places ("the Saudi Hospital"), when there are any.
  const acting = counted.filter(([id]) => sc.actingStates.has(id));
  const named = acting.length ? acting : counted;
  if (home && (!named.length || named.some(([id]) => id === home))) return home;
  // "Kadugli (SUNA) - ... the Sudanese Armed Forces ... the Government of South Sudan": the dateline state's own
  // bodies named by name speak for it, where no other state is named twice.
  if (home && named.every(([, n]) => n < 2) && bodyOwners(sc, true).has(home)) return home;
  // "Shillong, Jul 9 (PTI) - ... in Meghalaya ... miners from Assam and Nepal ... in Shillong": the places it names
  // are the dateline's state's, against states each named once (where workers came from).
  if (home && named.every(([, n]) => n < 2) && placesStateOf(sc) === home) return home;
  // Filed from a city a de-facto authority holds, naming no state: no state's forces but those it names.
  if (sc.heldDateline && !named.length) return ownerOfBodies(sc, true);
  // Filed from a bureau abroad ("NAIROBI (Reuters) - Grenade blasts ... in Burundi's main city ... accused Rwanda"):
  // the state the story names first, when it names it again.
  const first = home ? [...named].sort((a, b) => firstAtId(sc, a[0]) - firstAtId(sc, b[0]))[0] : undefined;
  if (first && first[1] >= 2) return first[0];
  const [top, next] = named;
  if (!top) return home ?? ownerOfBodies(sc) ?? placesStateOf(sc) ?? governedRegionsState(sc.text);
  // Named once, beside the named bodies of another state ("soldiers of the Togolese Armed Forces ... without naming
  // Burkina Faso", "the UPDF ... sneaked in from Congo"): the bodies' state.
  const owner = !home && top[1] === 1 && !next ? ownerOfBodies(sc, true) : null;
  if (owner && owner !== top[0]) return owner;
  if (!next || (top[1] >= 2 && next[1] < top[1])) return top[0];
  // Tied ("Honduras ... Guatemala"): the one of them whose cities the story names.
  const places = placesStateOf(sc);
  return places && named.some(([id, n]) => id === places && n === top[1]) ? places : null;
}

/**
 * Whether every mention of a state qualifies something else: a demonym on a thing, the state not acting ("the
 * Turkish Hospital", "a Qatari aid convoy"), or a name in a hyphenated compound ("Saudi-led", "Saudi-American").
 */
function onlyQualifies(sc: Scan, id: string): boolean {
  return sc.reg
    .get(id)!
    .mentions.filter((m) => !beyondBorder(sc.text, m))
    .every((m) => inCompound(sc.text, m) || (!sc.actingAt.has(m.start) && demonymForm(sc.text, id, m)));
}

/** People a state's name or demonym tells the origin of, and its missions abroad: "Japanese visitors", "the U.S. consulate". */
const VISITING =
  /^\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+)?(?:tourists?|visitors?|holidaymakers?|vacationers?|travell?ers?|passengers?|nationals?|pilgrims?|hikers?|climbers?|cruise|consulate|embassy|consul(?:-general)?|ambassador)\b/u;

/**
 * Whether every mention of a state tells where people in the story came from or names its mission there ("five
 * Japanese visitors", "Canadian cruise passengers", "the U.S. consulate in Vancouver"): the story is elsewhere.
 */
function onlyVisiting(sc: Scan, id: string): boolean {
  const mentions = sc.reg.get(id)!.mentions.filter((m) => !beyondBorder(sc.text, m));
  return mentions.length > 0 && mentions.every((m) => VISITING.test(sc.text.slice(m.end, m.end + 60)));
}

/** A name glued by a hyphen to another word ("Saudi-led", "US-Israeli"). */
const inCompound = (text: string, m: { start: number; end: number }) =>
  /^[-‐][\p{L}]/u.test(text.slice(m.end, m.end + 2)) ||
  /[\p{L}.][-‐]$/u.test(text.slice(Math.max(0, m.start - 2), m.start));

/** Whether a state's mention is written as its demonym ("Saudi", "Turkish"), not its name. */
function demonymForm(text: string, id: string, m: { start: number; end: number }): boolean {
  const keys = keysOf(text.slice(m.start, m.end));
  const hit = matchAt(keys, 0);
  return hit?.end === keys.length && hit.hits.some((h) => h.id === id && h.role === 'demonym');
}

const placesOf = new WeakMap<Scan, string | null>();

/** The one state of the places the article names (gazetteer/cities.ts), read once per article. */
function placesStateOf(sc: Scan): string | null {
  if (!placesOf.has(sc)) placesOf.set(sc, placesState(sc.text));
  return placesOf.get(sc)!;
}

const firstAtId = (sc: Scan, id: string) => firstAt(sc.reg.get(id)!);

/**
 * A story that names no state but its bodies ("Twelve soldiers of the Defence and Security Forces ... the Nigerien
 * army"): the one state whose bodies it names, else none.
 */
function ownerOfBodies(sc: Scan, named = false): string | null {
  const owners = bodyOwners(sc, named);
  return owners.size === 1 ? [...owners][0]! : null;
}

/**
 * The states whose own bodies the article names ("Togolese Armed Forces" → togo); `named`: only bodies the text
 * names, not one a description was read as ("the army" → the story state's).
 */
export const bodyOwners = (sc: Scan, named = false): Set<string> =>
  new Set(
    sc.reg
      .all()
      .filter((d) => d.mentions.some((m) => !named || m.kind !== 'descriptor'))
      .filter((d) => !!d.affiliation && d.id.startsWith(`${d.affiliation}-`))
      .map((d) => d.affiliation!)
      .filter((id) => !!stateEntry(id)),
  );

/** "from across the Myanmar border": a state that only qualifies a frontier is the neighbour, not the story's. */
const BORDER_AFTER = /^['’]?s?\s+(?:border|borders|frontier|boundary|side)\b/i;
/** "which borders Burkina Faso", "the border with Nigeria", "bordering Mali": the neighbour too. */
const BORDER_BEFORE = /\b(?:borders|bordering|(?:border|frontier|boundary)\s+with)\s+(?:the\s+)?$/i;
/** Whether a state's mention only names the far side of a frontier. */
const beyondBorder = (text: string, m: { start: number; end: number }) =>
  BORDER_AFTER.test(text.slice(m.end, m.end + 12)) ||
  BORDER_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start));

/**
 * The force [suffix, label] written at `at` without its state: the one named before, else the story state's (a bare
 * "police" only when that state has one police force, state-forces.json, and the article names no police force).
 */
function forceFor(
  sc: Scan,
  [suffix, label]: [string, string],
  at: number,
  home: string | null,
  words: string[] = [],
): Draft | null {
  if (suffix === 'federal-police') return federalPoliceFor(sc, at, home);
  // "Kyrgyz and Tajik troops exchanged fire ... the army said": either side's; no one's.
  if (suffix === 'military' && forcesClashBefore(sc, at)) return null;
  const ownState = home && (suffix !== 'police' || (hasNationalPolice(home) && !namesPolice(sc, home))) ? home : null;
  const named = namedBefore(sc, suffix, at, words, home);
  if (named) return named;
  // "A Syrian air force jet struck ... the army said": the army of the state whose air force or navy came before.
  const sibling = suffix === 'military' ? serviceStateBefore(sc, at, home) : null;
  const state = sibling ?? ownState;
  if (!state) return suffix === 'police' ? regionPolice(sc, home, at) : null;
  // "the army" of a state that names its army apart (state-forces.json) is that branch, not its armed forces.
  const army = suffix === 'military' && words.at(-1) === 'army' && hasArmyBranch(state);
  return army ? stateBody(sc, state, 'army', 'army') : stateBody(sc, state, suffix, label);
}

/**
 * The police of the region the story is about, where its state polices by region (gazetteer/policed-regions.ts):
 * "police said" in a Tripura story is the Tripura Police, the body "Tripura Police" names in another article.
 */
function regionPolice(sc: Scan, home: string | null, at: number): Draft | null {
  const region = storyPolicedRegion(sc, home, at);
  if (!region) return null;
  const d = sc.reg.ensure(region.policeId, region.policeName, 'organization');
  d.affiliation ??= region.state;
  return d;
}

/**
 * "local police" at `at`: the story's own police, never a foreign force named before it ("Australian police were sent
 * to help local police"): the story state's police the article names, else its region's (story-region.ts), else its
 * one national police (state-forces.json), not a federal force (a Brazilian story's local police are a state's).
 */
function storyPolice(sc: Scan, home: string | null, at: number): Draft | null {
  if (!home) return null;
  const named = sc.reg.all().find((d) => d.affiliation === home && isForce(d, 'police') && d.mentions.length > 0);
  if (named) return named;
  const region = regionPolice(sc, home, at);
  if (region) return region;
  return hasNationalPolice(home) && !hasFederalPolice(home) ? stateBody(sc, home, 'police', 'police') : null;
}

/** A state's other armed services: "the army" after one of them is that state's army. */
const SIBLING_SERVICES = ['air-force', 'navy'];

/** The state of the air force or navy named last before `at` (the story state's first), if any. */
function serviceStateBefore(sc: Scan, at: number, home: string | null): string | null {
  const found = SIBLING_SERVICES.map((s) => namedBefore(sc, s, at, [], home)).filter((d): d is Draft => !!d);
  const own = found.find((d) => d.affiliation === home) ?? found[0];
  return own?.affiliation ?? null;
}

/**
 * "the Federal Police" without its state: the police force named before with the word "federal" ("Brazil's Federal
 * Police ... the Federal Police"), else the story state's when its police is a federal force (state-forces.json);
 * a state with no federal police gets none (a US story's "federal police" is no body of its own).
 */
function federalPoliceFor(sc: Scan, at: number, home: string | null): Draft | null {
  let best: { d: Draft; at: number } | null = null;
  for (const d of sc.reg.all()) {
    if (!isForce(d, 'police') || !namedWith(sc, d, ['federal'])) continue;
    for (const m of d.mentions) if (m.end <= at && (!best || m.start > best.at)) best = { d, at: m.start };
  }
  if (best) return best.d;
  return home && hasFederalPolice(home) ? stateBody(sc, home, 'police', 'police') : null;
}

/**
 * Whether the article names a police force other than the story state's national one ("Manipur Police" in an
 * Indian story): a bare "police" before that name may be any police, so only the ones after it are that force.
 * The story state's own national police ("Haitian National Police" in a Haitian story) is what every bare
 * "police" there means.
 */
const namesPolice = (sc: Scan, home: string) =>
  sc.reg
    .all()
    .some((d) => isForce(d, 'police') && d.id !== `${home}-police` && d.mentions.some((m) => m.kind !== 'descriptor'));

/** The content words of a description ("The Border Troops" → border, troops). */
const wordsOf = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w && w !== 'the' && w !== 'and');

/** Gives each forces description to the forces named before it, else to the forces of the story's state. */
export function resolveForceDescriptions(sc: Scan): void {
  if (!sc.forceDescriptions.length) return;
  const taken = new Set(sc.reg.all().flatMap((d) => d.mentions.map((m) => m.start)));
  const home = storyState(sc);
  for (const ds of sc.forceDescriptions) {
    if (taken.has(ds.start)) continue;
    if (ds.head === LOCAL) {
      const force = storyPolice(sc, home, ds.start);
      if (force) sc.reg.mention(force.id, ds.start, ds.end, 'descriptor', ds.surface);
      continue;
    }
    if (isMembersHead(ds.head)) {
      const force = membersForce(sc, ds, home);
      if (force) sc.reg.mention(force.id, ds.start, ds.end, 'descriptor', ds.surface);
      continue;
    }
    if (ds.head.split('|').length > 2) {
      const state = stateForcesOwner(sc, ds.head, home);
      if (state)
        sc.reg.mention(stateBody(sc, state, 'military', 'military').id, ds.start, ds.end, 'descriptor', ds.surface);
      continue;
    }
    const capital = /^(?:[Tt]he )?Army$/.test(ds.surface);
    if (capital && !capitalArmyKept(sc, ds.start, home)) {
      const branch = namedBranchState(sc, home);
      if (branch) sc.reg.mention(stateBody(sc, branch, 'army', 'army').id, ds.start, ds.end, 'descriptor', ds.surface);
      continue;
    }
    const into = forceFor(sc, ds.head.split('|') as [string, string], ds.start, home, wordsOf(ds.surface));
    if (into) sc.reg.mention(branchFor(sc, into, ds.surface).id, ds.start, ds.end, 'descriptor', ds.surface);
  }
}

/**
 * The force whose members a noun names ("gendarmes"): the state's a demonym before it writes ("French gendarmes"), else
 * the force of that branch named before it, else the story state's; only a state with such a force (state-forces.json).
 */
function membersForce(sc: Scan, ds: Description, home: string | null): Draft | null {
  const [branch, written] = membersHead(ds.head);
  const state = written || null;
  if (state) return hasForceBranch(state, branch) ? stateBody(sc, state, branch, branch) : null;
  const named = namedBefore(sc, branch, ds.start, [], home);
  if (named) return named;
  return home && hasForceBranch(home, branch) ? stateBody(sc, home, branch, branch) : null;
}

/**
 * A state's military force `d` as the words name it: where the state names its army apart (state-forces.json), "the
 * army", "army spokesman", "the National Army" are that branch and "the military" the armed forces, whichever of the
 * two was named before; elsewhere `d` itself. Any other force (police, border service) is `d`.
 */
function branchFor(sc: Scan, d: Draft, surface: string): Draft {
  const state = d.affiliation;
  if (!state || !hasArmyBranch(state) || (d.id !== `${state}-military` && d.id !== `${state}-army`)) return d;
  const army = /\barmy$/i.test(surface);
  if (army === (d.id === `${state}-army`)) return d;
  return army ? stateBody(sc, state, 'army', 'army') : stateBody(sc, state, 'military', 'military');
}

/**
 * Whether a capitalized "the Army" or "Army" (before a noun: "an Army patrol") at `at` is taken: the branch, where the
 * state (of the forces named before it, else the story's) names its army apart; the military, where the military
 * goes by an army's name (armyIsAll). Elsewhere (Sudan's "Sudanese Armed Forces") it is left alone.
 */
function capitalArmyKept(sc: Scan, at: number, home: string | null): boolean {
  const state = namedBefore(sc, 'military', at, [], home)?.affiliation ?? home;
  return (!!state && hasArmyBranch(state)) || armyIsAll(sc, at, home);
}

/**
 * Whose forces "government troops" or "federal forces" are: the state a demonym before them names ("Ethiopian
 * federal forces"), else the story state, only when the article names no other state's regular forces (a border
 * clash's "government troops" may be either side's) and, for "federal", only a federation's (data/federations.json).
 */
const FEDERATIONS = new Set(federations.states);

function stateForcesOwner(sc: Scan, head: string, home: string | null): string | null {
  const named = head.split('|')[2]!;
  if (named.startsWith('of:')) return stateEntry(named.slice(3)) ? named.slice(3) : null;
  if (!home || !stateEntry(home) || (named === 'federal' && !FEDERATIONS.has(home))) return null;
  const others = sc.reg
    .all()
    .some((d) => d.affiliation !== home && isForce(d, 'military') && d.mentions.some((m) => namesState(sc, m)));
  return others ? null : home;
}

/**
 * The state whose armed forces the article names by their own name ("The Armed Forces of the Philippines (AFP)
 * said"), the only one, a state that names its army apart, when the story state's own military is not in the
 * article: a capitalized "Army" there ("Three Army soldiers were killed") is that state's army, though the story
 * state was read wrong or not at all ("DATU SAUDI AMPATUAN, Maguindanao --").
 */
function namedBranchState(sc: Scan, home: string | null): string | null {
  if (home && sc.reg.has(`${home}-military`)) return null;
  const states = new Set(
    sc.reg
      .all()
      .filter((d) => isForce(d, 'military') && d.mentions.some((m) => m.kind === 'name' || m.kind === 'alias'))
      .map((d) => d.affiliation!),
  );
  const [only] = states;
  return states.size === 1 && hasArmyBranch(only!) ? only! : null;
}

/**
 * Whether "the Army" at `at` is all of its state's military (the state of the military named before it, else the
 * story state's): its military goes by an army's name ("Nepali Army", "Royal Thai Army"; state-forces.json), and is
 * not named apart in the article. Read before any body is made for it.
 */
function armyIsAll(sc: Scan, at: number, home: string | null): boolean {
  const state = namedBefore(sc, 'military', at, [], home)?.affiliation ?? home;
  if (!state || !militaryIsArmy(state)) return false;
  const d = sc.reg.get(`${state}-military`);
  return !d || !namedApart(sc, d);
}

/**
 * Whether a state's military is named in the article by a name that is no army ("Armed Forces of the Philippines"):
 * its "the Army" is then a branch of it (some states name their army apart from their armed forces), left alone.
 */
const namedApart = (sc: Scan, d: Draft) =>
  d.mentions.some((m) => namesState(sc, m) && !/\barmy\b/i.test(sc.text.slice(m.start, m.end)));

/**
 * Whether two states' regular forces are named in one sentence before `at` ("Kyrgyz and Tajik troops exchanged fire",
 * "clashes between Eritrean and Ethiopian forces"): a border clash, whose bare "the army" may be either side's. Foreign
 * troops told apart from the story state's ("Malian soldiers ... The junta expelled French troops") are no clash.
 */
function forcesClashBefore(sc: Scan, at: number): boolean {
  const named = sc.reg
    .all()
    .filter((d) => isForce(d, 'military'))
    .flatMap((d) =>
      d.mentions.filter((m) => m.end <= at && namesState(sc, m)).map((m) => ({ state: d.affiliation, m })),
    );
  return named.some((x) =>
    named.some(
      (y) => x.state !== y.state && x.m.end <= y.m.start && !SENTENCE_END.test(sc.text.slice(x.m.end, y.m.start)),
    ),
  );
}
const SENTENCE_END = /[.!?]["”’]?\s|\n/;

/** Whether a mention names its state or force ("Eritrean troops", "the SAF"), not only describes it ("the army"). */
const namesState = (sc: Scan, m: { start: number; end: number; kind: string }) =>
  m.kind !== 'descriptor' || /\p{Lu}/u.test(sc.text.slice(m.start, m.end).replace(/^the\s+/i, ''));

/**
 * Names every state gives one of its forces, written without the state ("the National Police", "the Armed
 * Forces", "Defence and Security Forces", "the Border Service"): lower-case words → [id suffix, label].
 */
const GENERIC_FORCES = new Map<string, [string, string]>([
  ['armed forces', ['military', 'military']],
  ['national armed forces', ['military', 'military']],
  ['national army', ['military', 'military']],
  ['defence force', ['military', 'military']],
  ['defense force', ['military', 'military']],
  ['defence forces', ['military', 'military']],
  ['defense forces', ['military', 'military']],
  ['national defence forces', ['military', 'military']],
  ['national defense forces', ['military', 'military']],
  ['national defence force', ['military', 'military']],
  ['national defense force', ['military', 'military']],
  // The umbrella of a state's army, gendarmerie and police (Sahel states, Mozambique): not its army alone.
  ['defence and security forces', ['security-forces', 'Defence and Security Forces']],
  ['defense and security forces', ['security-forces', 'Defense and Security Forces']],
  ['police', ['police', 'police']],
  // "Navy and Army personnel were deployed": a state's navy or air force by its bare name, as "the navy" is.
  ['navy', ['navy', 'navy']],
  ['air force', ['air-force', 'air force']],
  // Only where the state's police is its federal force (federalPoliceFor).
  ['federal police', ['federal-police', 'police']],
  ['national police', ['police', 'police']],
  ['national police service', ['police', 'police']],
  ['police service', ['police', 'police']],
  ['police force', ['police', 'police']],
  ['border service', ['border-service', 'border service']],
  ['border troops', ['border-service', 'border service']],
  ['border guard service', ['border-service', 'border service']],
  ['state border guard service', ['border-service', 'border service']],
  ['coast guard', ['coast-guard', 'coast guard']],
  ['national guard', ['national-guard', 'national guard']],
  ['gendarmerie', ['gendarmerie', 'gendarmerie']],
  ['national gendarmerie', ['gendarmerie', 'gendarmerie']],
]);
/** The id suffix and label of a force's generic name written without its state ("the National Gendarmerie"). */
export const genericForceName = (name: string): [string, string] | undefined =>
  GENERIC_FORCES.get(name.toLowerCase().replace(/^the\s+/, ''));

/** The first words of the generic force names. */
const GENERIC_FIRST = new Set([...GENERIC_FORCES.keys()].map((k) => k.split(' ')[0]!));

/**
 * A force's generic name with no state ("the National Police said", "troops of the Armed Forces"): the state's
 * force of that kind named before it, else the force of the story's state. Only the bare generic name: "Ambazonia Defence Forces", a
 * rebel group's, is its own name.
 */
export function settleStatelessForces(sc: Scan): void {
  const home = storyState(sc);
  for (const d of sc.reg.all()) {
    // Whatever kind a capitalized run was guessed to be ("Border Troops" as a person's name).
    if (d.kind === 'state' || d.kind === 'outlet' || d.affiliation || !d.mentions.length) continue;
    const force = genericForceName(d.name);
    if (!force) continue;
    const into = forceFor(sc, force, firstAt(d), home, wordsOf(d.name)) ?? lexiconForce(sc, d.name, home);
    if (into) sc.reg.transfer(d.id, branchFor(sc, into, d.name).id, [...d.mentions], sc.text);
  }
}

/**
 * The state force the gazetteer knows by this generic name ("National Gendarmerie": France's), when the story is
 * about that state: what the name means there though forceFor found no force for it. Null elsewhere: the name is
 * then no state's body (one of no state, article-scoped in the graph).
 */
function lexiconForce(sc: Scan, name: string, home: string | null): Draft | null {
  const keys = keysOf(name.replace(/^the\s+/i, ''));
  const hit = matchAt(keys, 0);
  const entry = hit?.end === keys.length ? hit.hits.map((h) => entryById(h.id)).find((b) => !!b) : undefined;
  if (!entry?.affiliation || entry.affiliation !== home) return null;
  return stateBody(sc, home, entry.id.slice(home.length + 1), entry.name);
}
