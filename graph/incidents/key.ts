// The identity of an incident across articles. In: an extracted incident and its article. Out: the kind
// family, a normalised place, and the Incident node id: a key from family + day + place when all three are
// known (the same strike told by two outlets meets whatever the order), else scoped to the article.
import { createHash } from 'node:crypto';

import placeVariants from '../data/place-variants.json' with { type: 'json' };
import { normalizeName } from '../names.ts';
import type { Incident } from '../schema.ts';

/** Outlets call one strike an attack, an airstrike or a clash: these kinds may name the same event. */
export const KIND_FAMILY: Record<Incident['kind'], string> = {
  attack: 'violence',
  airstrike: 'violence',
  clash: 'violence',
  meeting: 'meeting',
  other: 'other',
};

/** A named facility is keyed by the place it serves: "Erbil International Airport" → "erbil". */
const FACILITY = / (?:international )?(?:airport|air base|airbase|airfield)$/;
/**
 * A place-type word closing the name: "Nyaung Gone Village", "Ayadaw Township", "Kolofata Subdivision", "Kpendjal
 * Prefecture", "Maru Local Government Area" / "Maru LGA", "Gulomekeda woreda", "Bankass circle", "Katsina State" (not "Gaza City").
 */
const PLACE_TYPE =
  / (?:village|town|township|district|subdistrict|subdivision|division|prefecture|department|province|region|county|governorate|municipality|commune|locality|state|local government area|lga|woreda|taluka|tehsil|upazila|cercle|circle)$/;
/**
 * A place-type word alone ("the LGA", "the district", "the village", "the area"): a place each story has its own of,
 * which two reports cannot meet at.
 */
const TYPE_ONLY = new RegExp(`^(?:${PLACE_TYPE.source.slice(0, -1)}| (?:area|city|capital|countryside))$`);
/**
 * The type word alone as the text writes it for a place of the story's own: after an article or in lower case ("the
 * LGA", "the district", "village"), or as an acronym ("LGA"). Capitalised alone it may be a town's name ("Division").
 */
const typeOnly = (place: string, name: string): boolean =>
  TYPE_ONLY.test(` ${name}`) &&
  (/^\s*(?:the|a|an)\s/i.test(place) || place === place.toLowerCase() || place === place.toUpperCase());
/** A place-type word opening the name: "Barangay Lininding" (a Philippine village) is "Lininding". */
const TYPE_PREFIX = /^(?:barangay|brgy|sitio|poblacion) (?=\S)/;
/** An Arabic article before a name ("Al Hudaydah", "al-Bukamal"): outlets drop it as often as they write it. */
const ARTICLE = /^(?:al|el|ad|ar|as|ash|an|at) (?=\S)/;
const VARIANTS = placeVariants as Record<string, string>;
const INNER_ARTICLE = / (?:al|el|ad|ar|as|ash|an|at|az|ed|er|es|et) /g;

/**
 * The key two reports of one place share: normalised (graph/names.ts), the Arabic article and a facility suffix
 * dropped, and transliterations mapped to one spelling (graph/data/place-variants.json: Arbil/Erbil, Kiev/Kyiv). A
 * place-type word alone ("the district", "the LGA") is no place (typeOnly).
 */
export function placeKey(place: string | null | undefined): string | null {
  if (!place) return null;
  const name = normalizeName(place);
  if (!name || typeOnly(place, name)) return null;
  const bare = name.replace(FACILITY, '').replace(PLACE_TYPE, '').replace(TYPE_PREFIX, '').replace(ARTICLE, '') || name;
  return VARIANTS[bare] ?? VARIANTS[name] ?? bare;
}

/** Voiced consonants and their unvoiced pair, and letters outlets swap in transliteration ("Beledweyne"/"Belet Weyne"). */
const SOUND_PAIRS: Record<string, string> = { d: 't', b: 'p', g: 'k', z: 's', v: 'f', q: 'k', c: 'k', x: 'ks' };

/**
 * Somali spelling writes the ʿayn as "c", which English spellings drop or write as an apostrophe ("Laascaanood" / "Las
 * Anod", "Goojacade" / "Goja'ade", "Ceerigaabo" / "Erigavo"): in a name with a doubled vowel, as Somali writes a long
 * one, a "c" before a vowel is dropped.
 */
const somaliAyn = (key: string): string => (/(?:aa|ee|ii|oo|uu)/.test(key) ? key.replace(/c(?=[aeiou])/g, '') : key);

/**
 * A Somali name's "x", the ḥ English copy writes "h" ("Bulo Xaawo" / "Bulo Hawo", "Qansax Dheere" / "Qansahdhere"):
 * only in a name with a doubled vowel, as Somali writes one. Its ʿayn stays: dropped, it is only a sound (placeSound).
 */
const somaliX = (key: string): string => (/(?:aa|ee|ii|oo|uu)/.test(key) ? key.replace(/x/g, 'h') : key);

/** The key's letters only, doubled ones written once, a Somali one as English spells it: "ba cho" → "bacho". */
export const compactSpelling = (key: string): string =>
  somaliX(key)
    .replace(/[^a-z]/g, '')
    .replace(/(.)\1+/g, '$1');

/**
 * How a place sounds, for spellings outlets disagree on ("Langate"/"Langet", "Kainama"/"Kaynama", "Beledweyne" /
 * "Belet Weyne"): the key's consonants after its first letter, voiced ones unvoiced, doubles collapsed, prefixed
 * "~". Null when too few consonants remain to tell places apart ("Gaza" / "Giza").
 */
export function placeSound(place: string | null | undefined): string | null {
  const key = placeKey(place);
  if (!key) return null;
  // French transliteration writes "tch" and "dj" where English writes "ch" and "j" ("Intchinanane" / "Inchinanane").
  // An Arabic article inside the name assimilates or drops ("Aita al-Shaab" / "Ayta ash-Shaab"), and French writes
  // "ch" where English writes "sh" ("Aita al-Chaab").
  const letters = somaliAyn(key)
    .replace(INNER_ARTICLE, ' ')
    .replace(/[^a-z ]/g, '')
    .replace(/tch/g, 'ch')
    .replace(/dj/g, 'j')
    .replace(/ch/g, 'sh')
    .replace(/ /g, '');
  const head = /^[aeiouy]/.test(letters) ? '*' : letters[0]!;
  const tail = [...letters.slice(1).replace(/[aeiouyhw]/g, '')].map((c) => SOUND_PAIRS[c] ?? c).join('');
  const sound = (head + tail).replace(/(.)\1+/g, '$1');
  // Two consonants suffice for a name of five letters or more ("Kawuri" / "Kauwri"); "Gaza" and "Giza" stay apart.
  const enough = sound.replace('*', '').length >= (letters.length >= 5 ? 2 : 3);
  return enough ? `~${sound}` : null;
}

/** The keys of the wider places an incident lies in ("Kech district", "Balochistan"): one each, no sounds. */
export const areaKeys = (areas: readonly string[] | null | undefined): string[] => [
  ...new Set((areas ?? []).map((a) => placeKey(a)).filter((k): k is string => !!k)),
];

/**
 * Every key wider places are found by: each one's key, how it sounds and its compact spelling (placeLookups), so
 * "west of Baardheere" meets a report "near Bardere" (graph/incidents/spelling.ts decides they are one).
 */
export const areaLookups = (areas: readonly string[] | null | undefined): string[] => [
  ...new Set((areas ?? []).flatMap((a) => placeLookups(a))),
];

/**
 * Every key a stored incident answers a lookup by: its place's (placeLookups) and, prefixed `a:`, its areas'
 * (areaLookups). A lookup asks IncidentQuery.places as they are and IncidentQuery.inside prefixed `a:`
 * (indexKeysAsked).
 */
export const indexKeys = (place: string | null | undefined, areas: readonly string[] | null | undefined): string[] => [
  ...placeLookups(place),
  ...areaLookups(areas).map((k) => `a:${k}`),
];

/** The keys a stored incident's place is found by: its exact key, and how it sounds. */
export const placeLookups = (place: string | null | undefined): string[] => [
  ...new Set([placeKey(place), placeSound(place), compactKey(place)].filter((k): k is string => !!k)),
];

/** The place's compact spelling (compactSpelling) as a lookup key, prefixed `=`: null when under four letters. */
function compactKey(place: string | null | undefined): string | null {
  const key = placeKey(place);
  const compact = key ? compactSpelling(key) : '';
  return compact.length >= 4 ? `=${compact}` : null;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isFullDate = (d: string | null | undefined): d is string => !!d && FULL_DATE.test(d);

/** The key-derived id, or null when the family, the full date or the place is unknown. */
export function incidentKeyId(inc: Pick<Incident, 'kind' | 'date' | 'place'>): string | null {
  const place = placeKey(inc.place);
  if (!place || !isFullDate(inc.date) || KIND_FAMILY[inc.kind] === 'other') return null;
  const hash = createHash('sha256').update(`${KIND_FAMILY[inc.kind]}|${inc.date}|${place}`).digest('hex');
  return `incident-${hash.slice(0, 24)}`;
}

/** The node id an incident gets when nothing stored matches it. */
export const incidentNodeId = (articleId: string, inc: Incident): string =>
  incidentKeyId(inc) ?? `${articleId.slice(0, 12)}:${inc.id}`;
