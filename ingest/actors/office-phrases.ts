// An office with "of" or "for" next to a person's name: "president of the Senate Thomas Rivera Schatz", "The mayor of
// Gdansk, Ewa Nowicka, said", "Leonard Chu, the mayor of Nanaimo, said". The phrase describes the person (a descriptor
// mention of theirs, the office among their roles); the place or body after "of" is the office's domain, never a
// person ("Mayor of Naberezhnye Chelny Nail Magdeev" names no person "Naberezhnye Chelny"). In: the Scan once the
// names are read. Out: descriptor mentions and roles on the persons, the domains' names among the place names.
import { placeState } from '../gazetteer/cities.ts';
import { titleEntry } from '../gazetteer/index.ts';
import { lexicalTag } from '../nlp/tagger.ts';
import { APPOSITIVE_HEADS } from './lexicon.ts';
import type { Draft } from './registry.ts';
import type { Scan } from './scan.ts';

/** Office words beyond the appositive heads that name one holder of a place's or a body's office. */
const MORE_OFFICES = ['premier', 'prefect', 'chancellor', 'senator', 'chairperson', 'ombudsman', 'rector', 'dean'];
/** Words that may stand before the office word inside the phrase ("the executive president of"). */
const OFFICE_MODIFIERS = ['deputy', 'vice', 'acting', 'interim', 'executive', 'former', 'first', 'chief'];

/** Either case of a word's first letter: "[Mm]ayor". */
const ci = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const alt = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(ci)
    .join('|');
const HEAD = alt([...APPOSITIVE_HEADS, ...MORE_OFFICES]);
/** One or two office words after a modifier: "mayor", "Deputy Mayor", "director general". */
const OFFICE = `(?:(?:${alt(OFFICE_MODIFIERS)})[ -])?(?:${HEAD})(?:[ -](?:${HEAD}))?`;
/** Lower-case joints inside a body's or place's name ("Ministry of Health", "Bank of the South"). */
const JOINTS = new Set(['of', 'and', 'the', 'de', 'del', 'la', 'for']);
/** Spaces inside one line: a phrase never runs across a paragraph. */
const SP = String.raw`[^\S\n]+`;
/** A capitalized word of a place's or body's name, and the lower-case joints inside one ("Ministry of Health"). A dot
 * only inside a word ("Idel.Realii"): one closing it ends the sentence. */
const CAP = String.raw`[\p{Lu}][\p{L}\p{M}'’-]*(?:\.[\p{L}\p{M}]+)*`;
const CAP_NAME = String.raw`${CAP}(?:${SP}(?:(?:of|and|de|del|la|the)${SP})?${CAP}){0,4}`;
/** Any word of a domain set off by commas before the name ("of the dockworkers' union, Hernan Pizarro"). */
const WORD = String.raw`[\p{L}\p{M}'’-]+(?:\.[\p{L}\p{M}]+)*`;

/**
 * Before a name: the office, "of" or "for", the domain, then the name right after it or set off by a comma. A
 * domain written in lower case only with the comma ("the leader of the dockworkers' union, X"); glued to the name it
 * must be a capitalized name, whose last words would otherwise run into the person's.
 */
const BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(${OFFICE}${SP}(?:of|for)${SP}(?:the${SP})?(?:(${CAP_NAME})${SP}|(${WORD}(?:${SP}${WORD}){0,4}),${SP}))$`,
  'u',
);
/**
 * The lower-case head a place's name may take to name its government or its area ("the Puglia region", "the Jura
 * canton"): part of the domain, which is then that body, not the place.
 */
const AREA_WORDS =
  'regional council|provincial council|region|province|state|canton|county|district|municipality|prefecture|oblast|krai|department|governorate|council|government|assembly';
const AREA_HEAD = String.raw`(?:${SP}(?:${AREA_WORDS})(?![\p{L}]))?`;
const AREA_TAIL = new RegExp(String.raw`${SP}(?:${AREA_WORDS})$`, 'u');
/** After a name: ", the mayor of Nanaimo" (the appositive's office and its capitalized domain). */
const AFTER = new RegExp(
  String.raw`^,${SP}(?:(?:the|a|an)${SP})?(${OFFICE}${SP}(?:of|for)${SP}(?:the${SP})?(${CAP_NAME}${AREA_HEAD}))`,
  'u',
);
const OFFICE_START = new RegExp(`^${OFFICE}`, 'u');

/** The office word as a role: "mayor" → "Mayor", "executive president" → "Executive President". */
const roleOf = (office: string) =>
  office
    .split(/([ -])/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
    .join('');

/** Reads the office phrases next to every named person's name mentions. */
export function settleOfficePhrases(sc: Scan): void {
  for (const d of sc.reg.all()) {
    if (d.kind !== 'person' || d.id.startsWith('anon-')) continue;
    for (const m of [...d.mentions]) if (m.kind === 'name' || m.kind === 'alias') officeAround(sc, d, m.start, m.end);
  }
}

/** The office phrase right before or right after one name mention [start, end), if any. */
function officeAround(sc: Scan, d: Draft, start: number, end: number): void {
  const { text } = sc;
  const from = Math.max(0, start - 140);
  const before = BEFORE.exec(text.slice(from, start));
  const glued = before?.[2];
  // "the spokesman for President Ana Ruiz": a title glued to the name is the name's, no domain of an office.
  if (before && !(glued ?? '').split(/\s+/).some((w) => titleEntry(w)) && (glued || setOff(text, before[3]!, end))) {
    const at = start - before[1]!.length;
    const domain = glued ?? before[3]!;
    const domainEnd = at + before[1]!.replace(/,?\s+$/, '').length;
    if (!otherPersonIn(sc, d, at, start, glued)) {
      holds(sc, d, at, domainEnd, domainEnd - domain.length);
      // "Mayor of Naberezhnye Chelny Nail Magdeev": the capitalized domain glued to the name is a place or a body.
      if (glued) sc.placeNames.add(glued);
    }
  }
  const after = AFTER.exec(text.slice(end, end + 140));
  if (after) {
    const at = end + after[0].length - after[1]!.length;
    holds(sc, d, at, at + after[1]!.length, at + after[1]!.length - after[2]!.length);
  }
}

/**
 * The person holds the office of the phrase [at, to) whose domain starts at `domain`: the office as a role, and the
 * phrase as a descriptor mention when its domain is an actor or a place the article names; else only the office's
 * words ("director of Kamstroiservis, Ilnur Garipov": a company no stage read keeps its name to itself).
 */
function holds(sc: Scan, d: Draft, at: number, to: number, domain: number): void {
  const phrase = sc.text.slice(at, to);
  const name = sc.text.slice(domain, to);
  // "the Puglia region" is that region's government, a body: named only where the article's actors hold it.
  const place = !AREA_TAIL.test(name) && (sc.placeNames.has(name) || placeState(name) !== null);
  const named = place || actorEndsAt(sc, d, domain, to);
  const office = OFFICE_START.exec(phrase)![0];
  sc.reg.describe(d.id, at, named ? to : at + office.length);
  // The office as a role, no former one ("former director general"), once whatever its case.
  const role = roleOf(office.replace(/^former[ -]/i, ''));
  if (![...d.roles].some((r) => r.toLowerCase() === role.toLowerCase())) d.roles.add(role);
}

/** Whether an actor other than the person has a mention inside [from, to) that ends at `to` ("the Senate"). */
function actorEndsAt(sc: Scan, d: Draft, from: number, to: number): boolean {
  return sc.reg
    .all()
    .some((o) => o !== d && o.kind !== 'person' && o.mentions.some((m) => m.end === to && m.start >= from));
}

/**
 * "The director of Kamstroiservis, Ilnur Garipov, denied": a domain before a comma is one only when the name after it
 * is set off by a comma too and the domain holds no verb or adverb ("The director of the company has also been
 * detained, Harutyunyan confirmed" is a clause, then its speaker).
 */
function setOff(text: string, domain: string, nameEnd: number): boolean {
  if (text[nameEnd] !== ',') return false;
  return domain
    .toLowerCase()
    .split(/\s+/)
    .every((w) => !/^(?:VERB|AUX|ADV|PRON|ADP|SCONJ|CCONJ|PART|DET)$/.test(lexicalTag(w) ?? '') || JOINTS.has(w));
}

/**
 * Another person is named inside the phrase before the name ("the spokesman for President Ana Ruiz, Jose Paz"): the
 * phrase is left alone, whoever it describes. The domain misread as a person ("Naberezhnye Chelny") is none.
 */
function otherPersonIn(sc: Scan, d: Draft, from: number, to: number, domain?: string): boolean {
  for (const o of sc.reg.all()) {
    if (o === d || o.kind !== 'person') continue;
    // The domain misread as a person of its own: no other person.
    if (o.name === domain && !o.roles.size) continue;
    if (o.mentions.some((m) => m.end > from && m.start < to)) return true;
  }
  return false;
}
