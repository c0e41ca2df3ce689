// A lede's indefinite description of an office holder that the next paragraph names: "..., a regional official
// said." then "..., said Kiros Berhe, administrator of Tigray's Eastern Zone."; "A Mongolian lawmaker on Wednesday
// accused ..." then "... Tsend Batbold told parliament." The description is the named person when the person speaks
// there for the first time, the article gives the person a role of the description's kind and every word of the
// description fits it, and no other named person of the article fits. A "village chief" is not "a local official",
// "another lawmaker" is someone else, and a source who asked not to be named is never the named one.
// In: the article text, its actors, the speakers of its claims, one description. Out: the person's id or null.
import type { Actor } from '../../graph/schema.ts';
import { stateOfKey } from '../gazetteer/index.ts';
import { type Description, roleWindows } from './described.ts';

/** Office holders an "official" may be; chiefs, elders and community leaders are not officials. */
const OFFICE_WORDS = [
  'official',
  'administrator',
  'governor',
  'mayor',
  'commissioner',
  'prefect',
  'minister',
  'secretary',
  'director',
  'officer',
  'spokesman',
  'spokeswoman',
  'spokesperson',
];

/** Members of a legislature. */
const LEGISLATOR_WORDS = [
  'lawmaker',
  'legislator',
  'parliamentarian',
  'mp',
  'senator',
  'congressman',
  'congresswoman',
  'assemblyman',
  'assemblywoman',
];

/** Heads of a description the next paragraph may name → the role words that fit it. */
export const NAMED_LATER_HEADS: Record<string, string[]> = {
  official: OFFICE_WORDS,
  ...Object.fromEntries(LEGISLATOR_WORDS.map((w) => [w, LEGISLATOR_WORDS])),
};

/** Heads named without a modifier: a lawmaker is one of few, an "official" may be anyone's. */
const BARE_HEADS = new Set(LEGISLATOR_WORDS);

/** Words of a description that tell nothing about which office it is. */
const VACUOUS = new Set(['senior', 'top', 'high', 'ranking', 'high-ranking', 'veteran', 'prominent', 'influential']);

/**
 * A side of politics the named person's words need not repeat ("A Ghanaian opposition lawmaker" then "Kwame Boadu
 * told parliament") but must not contradict ("X, a lawmaker of the ruling party"): side → the words of the other.
 */
const SIDES: Record<string, string[]> = {
  opposition: ['ruling', 'governing', 'government', 'pro-government', 'minister'],
  ruling: ['opposition'],
  governing: ['opposition'],
  'pro-government': ['opposition'],
};

/** Units below the state. */
const SUBNATIONAL = ['zone', 'zonal', 'region', 'regional', 'province', 'provincial', 'district', 'county'];
const CITY = ['municipality', 'municipal', 'city', 'mayor', 'town'];

/** A level word of a description → role words that fit it ("regional" by "administrator of the Eastern Zone"). */
const LEVELS: Record<string, string[]> = {
  local: [...SUBNATIONAL, ...CITY, 'local', 'governor', 'prefect', 'prefecture'],
  regional: ['region', 'regional', 'zone', 'zonal', 'governor'],
  provincial: ['province', 'provincial', 'governor', 'governorate'],
  district: ['district'],
  municipal: CITY,
};

/** Roles that make a person speaking in the chamber someone else than a lawmaker ("Minister X told parliament"). */
const NOT_LEGISLATOR = [
  ...OFFICE_WORDS,
  'president',
  'speaker',
  'premier',
  'chancellor',
  'chief',
  'executive',
  'chairman',
];

/** Words that make a named person another one than the description ("another lawmaker, X, said"). */
const OTHER = /\b(?:another|second|fellow|other|rival)\b/i;

/** A source who asked not to be named, anywhere in the description's sentence. */
const UNNAMED = /(?:anonymity|not to be (?:named|identified)|not authori[sz]ed|declined to be (?:named|identified))/i;

/** "X told parliament", "X, a member of the ruling party, told lawmakers": a lawmaker speaking in the chamber. */
const IN_CHAMBER =
  /^(?:,[^.;]{0,150}?,)?\s+(?:on \w+\s+)?(?:told|addressed|said in)\s+(?:the\s+)?(?:parliament|national assembly|assembly|senate|lawmakers|legislators)\b/i;

const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];

/**
 * The words of a person's introductions: an appositive after a mention (", administrator of Tigray's Eastern Zone,",
 * ", an economist and member of the main opposition SJB,") up to a relative clause, a title run before a mention
 * that holds one of the heads ("Nepali Congress lawmaker Bimal Prasad Dhungana"), and the roles the actors stage gave.
 * Role words are the appositive's words before its first preposition; all words tell the description's modifiers.
 */
function introduction(text: string, person: Actor, heads: string[]): { role: Set<string>; all: Set<string> } {
  const role = new Set((person.roles ?? []).flatMap(wordsOf));
  const all = new Set(role);
  const apposition = /^,\s+((?:(?:the|a|an)\s+)?[a-z][^,;.]{0,120}?)(?=[,;.]|\s+(?:said|told|says)\b)/;
  let chamber = false;
  for (const [, e] of person.mentions) {
    const a = apposition.exec(text.slice(e, e + 200))?.[1]?.split(/\b(?:who|whose|which|that|whom)\b/)[0] ?? '';
    const words = wordsOf(a);
    const prep = words.findIndex((w) => /^(?:of|for|in|at|from|to|with|on)$/.test(w));
    for (const w of prep < 0 ? words : words.slice(0, prep)) role.add(w);
    for (const w of words) all.add(w);
    if (/\bmember of (?:the )?(?:parliament|national assembly|assembly|senate|congress)\b/i.test(a)) role.add('mp');
    chamber ||= IN_CHAMBER.test(text.slice(e, e + 200));
  }
  for (const w of roleWindows(text, person, [...heads, ...NOT_LEGISLATOR]).flatMap(wordsOf)) {
    role.add(w);
    all.add(w);
  }
  // Speaking in the chamber makes a lawmaker of a person the article gives no other office.
  if (chamber && !NOT_LEGISLATOR.some((w) => role.has(w))) role.add('lawmaker');
  return { role, all };
}

/** Whether a modifier of the description is told by the person's words, affiliation or (a demonym) state. */
function modifierFits(m: string, words: Set<string>, state: string | null): boolean {
  if (VACUOUS.has(m) || told(m, words)) return true;
  const side = SIDES[m];
  if (side) return !side.some((w) => words.has(w));
  if (LEVELS[m]) return false;
  const of = stateOfKey(m);
  // "A Kenyan lawmaker" is not "Ugandan MP X": no other state in the person's words or affiliation.
  const other = [...words].some((w) => w.length > 2 && (stateOfKey(w) ?? of) !== of);
  return !!of && !other && (!state || state === of);
}

/** The modifiers as the description wrote them, a two-word demonym joined ("sri lankan"). */
function modifierKeys(d: Description): string[] {
  const out: string[] = [];
  for (let i = 0; i < d.modifiers.length; i++) {
    const pair = `${d.modifiers[i]} ${d.modifiers[i + 1] ?? ''}`;
    const two = !!d.modifiers[i + 1] && !!stateOfKey(pair);
    out.push(two ? pair : d.modifiers[i]!);
    if (two) i++;
  }
  return out;
}

/** Whether the person holds a role of the description's kind and every modifier fits the person. */
function personFits(text: string, person: Actor, d: Description, byId: Map<string, Actor>): boolean {
  const heads = NAMED_LATER_HEADS[d.head]!;
  const { role, all } = introduction(text, person, heads);
  if (!heads.some((h) => role.has(h))) return false;
  const aff = byId.get(person.affiliation ?? '');
  if (aff) for (const w of wordsOf(aff.name)) all.add(w);
  const state = aff?.kind === 'state' ? aff.id : (aff?.affiliation ?? null);
  const keys = modifierKeys(d);
  // "A Palestinian official" is not "Palestinian Foreign Minister X": an official needs a word the role repeats,
  // not only the state.
  if (!BARE_HEADS.has(d.head) && !keys.some((m) => !VACUOUS.has(m) && !stateOfKey(m) && told(m, all))) return false;
  return keys.every((m) => modifierFits(m, all, byId.get(state ?? '')?.kind === 'state' ? state : null));
}

/** Whether the person's words say the modifier itself or a word of its level ("regional" by "zone"). */
const told = (m: string, words: Set<string>): boolean => words.has(m) || (LEVELS[m] ?? []).some((w) => words.has(w));

/** Index of the line (paragraph) an offset is on. */
const lineOf = (text: string, at: number): number =>
  text
    .slice(0, text.lastIndexOf('\n', at - 1) + 1)
    .split('\n')
    .filter((l) => l.trim()).length;

/** The lede: the first paragraph of 15 words or more (a headline, a byline and a dateline line are shorter). */
function ledeLine(text: string): number {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .findIndex((l) => wordsOf(l).length >= 15);
}

/**
 * The one named person of the article the description is: for a description in the lede, a speaker first named
 * after it in the lede or the next paragraph, whose role fits; null when another named person anywhere fits too.
 * Further down a story, "a regional official said" and the next paragraph's "Borno governor X" are other people.
 */
export function namedLater(text: string, actors: Actor[], speakers: Set<string>, d: Description): string | null {
  const heads = NAMED_LATER_HEADS[d.head];
  if (!heads || d.at === undefined || (!d.modifiers.some((m) => !VACUOUS.has(m)) && !BARE_HEADS.has(d.head)))
    return null;
  if (UNNAMED.test(sentenceAt(text, d.at))) return null;
  const byId = new Map(actors.map((a) => [a.id, a]));
  const people = actors.filter((a) => a.kind === 'person' && !a.anonymous && a.mentions.length);
  const fit = people.filter((p) => personFits(text, p, d, byId));
  if (fit.length !== 1) return null;
  const p = fit[0]!;
  const first = Math.min(...p.mentions.map(([s]) => s));
  const at = lineOf(text, d.at);
  if (at !== ledeLine(text) || first < d.at || lineOf(text, first) > at + 1 || !speakers.has(p.id)) return null;
  return roleWindows(text, p, heads).some((w) => OTHER.test(w)) || otherBefore(text, p) ? null : p.id;
}

/** The sentence an offset is in: "Speaking on condition of anonymity, a local official said ..." */
function sentenceAt(text: string, at: number): string {
  const start = Math.max(...[...text.slice(0, at).matchAll(/[.!?]["”]?\s|\n/g)].map((m) => m.index + m[0].length), 0);
  const end = text.slice(at).search(/[.!?]["”]?\s|\n/);
  return text.slice(start, end < 0 ? at + 300 : at + end);
}

/** "Another lawmaker, X, said": a word just before the person's first mention makes the person someone else. */
function otherBefore(text: string, p: Actor): boolean {
  const first = Math.min(...p.mentions.map(([s]) => s));
  return OTHER.test(
    text
      .slice(Math.max(0, first - 40), first)
      .split(/[.\n]/)
      .pop() ?? '',
  );
}
