// The last step of the actors stage: drops what the recognisers found that is no actor.
// In: NlpDoc + the found actors and mentions. Out: the same without headline fragments and role words,
// and a lone acronym typed as a person made a body.
import type { Actor } from '../../graph/schema.ts';
import { entryById, titleEntry } from '../gazetteer/index.ts';
import { sentenceIndexAt } from '../nlp/index.ts';
import { lexicalTag } from '../nlp/tagger.ts';
import type { ActorsDoc, NlpDoc } from '../types.ts';
import { contested, isChamber } from './contests.ts';
import { creditTest } from './credits.ts';
import { APPOSITIVE_HEADS, GROUP_CUES, nounBefore, ORG_CUES, romanceBodyKind } from './lexicon.ts';
import { cutFromPlaceName, indefiniteName } from './qualifiers.ts';
import { isGivenName } from './role-prefix.ts';
import { venueOnly } from './venues.ts';

/** Words that stay lower case in a title-case headline. */
const MINOR = new Set(
  'a an and as at but by for from in into is it its of on or over the to up via vs with after about against amid'.split(
    ' ',
  ),
);
/** Role and party words: a "person" whose name ends in one is a description ("Republican presidential candidate"). */
const ROLE_END = new Set(
  'senator congressman congresswoman committeeman committeewoman candidate nominee republican republicans democrat democrats chairman chairwoman governor lawmaker campaigner activist spokesman spokeswoman official officials attorney lawyer adviser advisor director secretary manager strategist analyst correspondent editor columnist anchor producer executive president commissioner mayor ambassador fellow professor scholar studies'.split(
    ' ',
  ),
);

/**
 * Sentences written in title case ("Ads Demanding GOP Candidates Address Clean Energy"): headlines, related
 * links and teasers, where every content word is capitalized and a chunk of capitals is no sign of a name.
 */
export function titleCaseSentences(nlp: NlpDoc): Set<number> {
  // Read once per article: the attribution stage asks again with its retagged copy of the document, which shares
  // the sentences and changes only parts of speech (this reads text and norms).
  let out = TITLE_CASE.get(nlp.sentences);
  if (out) return out;
  out = new Set<number>();
  TITLE_CASE.set(nlp.sentences, out);
  nlp.sentences.forEach((s, si) => {
    let content = 0;
    let caps = 0;
    let commas = 0;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = nlp.tokens[i]!;
      if (t.text === ',') commas++;
      const kase = caseOf(t.text);
      if (kase === 0 || MINOR.has(t.norm)) continue; // no letter, or a minor word
      content++;
      if (kase === 2) caps++;
    }
    // A list of names ("Ann Roe, Bo Li, Cy Fox, ...") is all capitals too, but no headline.
    if (content >= 4 && caps >= 0.85 * content && commas < 2) out.add(si);
  });
  return out;
}

const TITLE_CASE = new WeakMap<NlpDoc['sentences'], Set<number>>();

/** 0: the first character is no cased letter; 1: lower case; 2: upper case. ASCII without allocating a string. */
function caseOf(text: string): 0 | 1 | 2 {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? 2 : code >= 97 && code <= 122 ? 1 : 0;
  const c = text[0]!;
  const lower = c.toLowerCase();
  return lower === c.toUpperCase() ? 0 : c !== lower ? 2 : 1;
}

/** `headline`: the article's title-case sentences when the caller has them already (a pass over every token). */
export function dropJunk(nlp: NlpDoc, doc: ActorsDoc, headline = titleCaseSentences(nlp)): ActorsDoc {
  const sentenceOf = sentenceIndex(nlp);
  const referenced = new Set(doc.actors.map((a) => a.affiliation));
  const drop = new Set<string>();
  const inCredit = creditTest(nlp.text);
  const extended = extendedNames(doc.actors);
  for (const a of doc.actors) {
    // An agency named only in credits ("Gary Cameron/Reuters.", "[Lee Moran, HuffPost]") took no part in the story.
    if (a.kind === 'outlet' && a.id !== doc.outlet && !referenced.has(a.id) && onlyInCredits(a, inCredit)) {
      drop.add(a.id);
      continue;
    }
    if (a.id === doc.outlet || referenced.has(a.id) || a.kind === 'state') continue;
    // "sued him in U.S. District Court in Pennsylvania", "spoke at the Flint Center in Cupertino": only a venue.
    if (venueOnly(nlp.text, a)) {
      drop.add(a.id);
      continue;
    }
    // "taking back the House", "dozens of Senate races": a chamber only ever named as what a race is for.
    if (a.kind === 'organization' && isChamber(a.name) && onlyContested(nlp.text, a)) {
      drop.add(a.id);
      continue;
    }
    // "a Google search", "a Daytime Emmy", "Bank of America [Stadium]": a kind, a thing's qualifier or a cut name.
    // An armed group so named still holds what it qualifies ("an ISIS haven", "an al-Shabaab camp").
    const qualifying = a.kind !== 'outlet' && a.kind !== 'group' && !(a.roles ?? []).length;
    if (qualifying && allMentions(a, (s, e) => indefiniteName(nlp.text, s, e, a.kind === 'person'))) {
      drop.add(a.id);
      continue;
    }
    if (a.kind !== 'outlet' && allMentions(a, (s, e) => cutFromPlaceName(nlp.text, s, e))) {
      drop.add(a.id);
      continue;
    }
    if (entryById(a.id)) continue;
    const junk = isJunk(a, (start) => headline.has(sentenceOf(start))) || gerundOpening(nlp.text, a);
    if (junk || onlyQuoted(nlp.text, a) || extended.has(a.id)) drop.add(a.id);
    // "the Miss Universe pageant", "a Gold Star status": a name only ever used to qualify a thing.
    else if (a.kind === 'person' && !(a.roles ?? []).length && a.mentions.every(([, e]) => qualifiesThing(nlp.text, e)))
      drop.add(a.id);
    // "his State of the Nation address": a body's name used only for a speech or an event.
    else if (a.kind === 'organization' && a.mentions.every(([, e]) => qualifiesEvent(nlp.text, e))) drop.add(a.id);
    // "Brown v. Board of Education", "Roe v. Wade": the parties named only inside a case's name.
    else if (a.mentions.length && a.mentions.every(([s, e]) => inCaseName(nlp.text, s, e))) drop.add(a.id);
    // The article's writers and editors, named only in its byline or credits.
    else if (a.kind === 'person' && !(a.roles ?? []).length && a.mentions.every(([s, e]) => inCredit(s, e)))
      drop.add(a.id);
    else if (a.kind === 'person' && /^\p{Lu}{2,6}$/u.test(a.name)) a.kind = 'organization';
    else if (a.kind === 'person' && !(a.roles ?? []).length) a.kind = kindFromNoun(nlp.text, a) ?? a.kind;
  }
  if (!drop.size) return doc;
  return {
    ...doc,
    actors: doc.actors.filter((a) => !drop.has(a.id)),
    mentions: doc.mentions.filter((m) => !drop.has(m.actorId)),
  };
}

/**
 * "Cape Breton If Donald Trump Wins": a "person" named as another person's full name of the article and a verb
 * ("Donald Trump Wins", "Ted Cruz Slams") is a headline's clause, not a second person.
 */
function extendedNames(actors: Actor[]): Set<string> {
  const people = new Set(actors.filter((a) => a.kind === 'person').map((a) => a.name));
  const out = new Set<string>();
  for (const a of actors) {
    if (a.kind !== 'person' || (a.roles ?? []).length) continue;
    const cut = a.name.lastIndexOf(' ');
    const last = a.name.slice(cut + 1);
    const base = a.name.slice(0, cut);
    if (base.includes(' ') && people.has(base) && lexicalTag(wordKey(last)) === 'VERB' && !isGivenName(last))
      out.add(a.id);
  }
  return out;
}

const allMentions = (a: Actor, test: (start: number, end: number) => boolean) =>
  a.mentions.length > 0 && a.mentions.every(([s, e]) => test(s, e));

const onlyContested = (text: string, a: Actor) =>
  a.mentions.length > 0 && a.mentions.every(([s, e]) => contested(text, s, e));

const onlyInCredits = (a: Actor, inCredit: (s: number, e: number) => boolean) =>
  a.mentions.length > 0 && a.mentions.every(([s, e]) => inCredit(s, e));

/** Nouns that type the name right after them ("the broadcaster TVN24") or before its comma ("the owner, X,"). */
const OUTLET_NOUNS = new Set(
  'newspaper daily broadcaster channel station tabloid magazine website paper weekly'.split(' '),
);
const BODY_NOUNS = new Set(
  'union company firm giant operator owner party charity insurer lender bank carrier manufacturer miner utility association federation organisation organization movement group producer exporter'.split(
    ' ',
  ),
);

/** Lower-case nouns a name may qualify without being anyone: "the Miss Universe pageant", "a Gold Star status". */
const QUALIFIED_THINGS = new Set(
  'pageant contest competition tournament status award prize trophy medal series franchise brand label'.split(' '),
);
const WORD_AFTER = /^\s+([a-z]+)\b/;

/** Whether the word right after a mention ending at `end` is a thing the name qualifies. */
function qualifiesThing(text: string, end: number): boolean {
  const m = WORD_AFTER.exec(text.slice(end, end + 24));
  return !!m && QUALIFIED_THINGS.has(m[1]!);
}

/** Lower-case nouns after a body's name that make it the name of an event: "the State of the Union address". */
const QUALIFIED_EVENTS = new Set('address speech pageant parade gala'.split(' '));

function qualifiesEvent(text: string, end: number): boolean {
  const m = WORD_AFTER.exec(text.slice(end, end + 24));
  return !!m && QUALIFIED_EVENTS.has(m[1]!);
}

const CASE_BEFORE = /\bvs?\.\s+(?:the\s+)?$/;
const CASE_AFTER = /^\s+vs?\.\s/;

/** Whether a mention is a party of a court case's name: "Brown v. Board of Education", "Texas vs. Johnson". */
function inCaseName(text: string, start: number, end: number): boolean {
  return CASE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || CASE_AFTER.test(text.slice(end, end + 6));
}

/**
 * Nouns a person holds as often as a body ("The factory's owner, Delwar Hossain,"): they type a one-word name
 * ("its owner, Gazprom,"), not a name of two words or more the recognisers read as a person's ("the operator,
 * Sary-Bulak Gold," is a firm's).
 */
const PERSON_OR_BODY_NOUNS = new Set(['owner']);

/**
 * "the head of the port workers' trade union, Levan Shengelia, said": the body noun before the name is the object of
 * a role's "of" (lexicon.ts APPOSITIVE_HEADS), so a full name after it is the role's holder, no name of the body.
 */
function holderOf(text: string, start: number): boolean {
  const m = HOLDER_OF.exec(text.slice(Math.max(0, start - 90), start));
  return !!m && APPOSITIVE_HEADS.has(m[1]!.toLowerCase());
}

const HOLDER_OF = /\b(\p{L}+)\s+(?:of|for)\s+(?:the|a|an|its|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,3}[a-z]+,\s+$/u;

/** The kind a preceding common noun gives a name the recognisers took for a person, or null. */
function kindFromNoun(text: string, a: Actor): Actor['kind'] | null {
  const fullName = /\s/.test(a.name.trim());
  for (const [s] of a.mentions) {
    const [noun] = nounBefore(text, s);
    if (noun && OUTLET_NOUNS.has(noun)) return 'outlet';
    if (noun && BODY_NOUNS.has(noun) && !(fullName && PERSON_OR_BODY_NOUNS.has(noun)) && !holderOf(text, s))
      return 'organization';
  }
  return null;
}

/** Whether a found actor is a headline fragment or a role word taken for a name. */
function isJunk(a: Actor, inHeadline: (start: number) => boolean): boolean {
  // Named only in headlines: a title-case chunk the body never mentions.
  if (a.mentions.length && a.mentions.every(([s]) => inHeadline(s)) && !(a.roles ?? []).length) return true;
  if (a.kind !== 'person') return false;
  const words = a.name.split(/\s+/);
  const last = words[words.length - 1]!.toLowerCase().replace(/\.$/, '');
  // "Senator", "National Committeeman", "New Hampshire Republican": a role, not a name.
  if (words.length === 1 && titleEntry(last)) return true;
  if (FIGURES.has(a.name.toLowerCase())) return true;
  return ROLE_END.has(last) || abstractName(words) || numberedThing(words) || clause(words);
}

/**
 * Names that stand for a kind of person, an era or a system of laws, never for someone ("the injustices of Jim Crow",
 * "Uncle Sam will pay", "a John Doe warrant").
 */
const FIGURES = new Set([
  'jim crow',
  'uncle sam',
  'john doe',
  'jane doe',
  'richard roe',
  'joe sixpack',
  'joe six-pack',
  'joe public',
  'john q. public',
  'joe bloggs',
  'average joe',
  'big brother',
  'johnny foreigner',
]);

/** A word's key for the lexicon: lower case, without a possessive or a closing period. */
const wordKey = (w: string) =>
  w
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/\.$/, '');

/** "I'm O.K.", "We're Back": a pronoun with a contracted verb opens a clause, never a name. */
const CONTRACTION = /^(?:i|you|we|they|he|she|it)['’](?:m|re|ve|ll|d|s)$/i;

/**
 * "Clinton Cash Debunks Hillary", "Senate Report Slams X": a headline clause read as a name, a verb in the third
 * person or a past tense inside it, or last after two words ("Russell Means", second and last, is a surname).
 */
function clause(words: string[]): boolean {
  const first = words[0]!;
  if (CONTRACTION.test(first) || words.length < 2) return CONTRACTION.test(first);
  const verb = (w: string, ending: RegExp) => ending.test(wordKey(w)) && lexicalTag(wordKey(w)) === 'VERB';
  // Inside the name, or last after two words ("Ruto Budget Slams").
  const to = words.length > 2 ? words.length : words.length - 1;
  for (let i = 1; i < to; i++) if (verb(words[i]!, /(?:s|ed)$/) && !isGivenName(words[i]!)) return true;
  if (isGivenName(first) || lexicalTag(wordKey(first)) === null) return false;
  // "Correction Appended", "Probe Helped": a common noun, then a past tense. A plural before the participle names a
  // body ("Citizens United", "Sports Illustrated"), left to be typed.
  return verb(words[words.length - 1]!, /ed$/) && !/s$/.test(wordKey(first));
}

const SENTENCE_OPEN = /(?:^|[.!?"“”'‘’:]\s*|\n\s*)$/;

/**
 * "Trampling Latinos' sensibilities.", "Bashing Trump may be job one": a gerund opening a sentence, read with the
 * name after it as one name ("the local Sibling Revelry Brewing" opens no sentence and stays).
 */
function gerundOpening(text: string, a: Actor): boolean {
  const first = a.name.split(/\s+/)[0]!;
  const k = wordKey(first);
  if (a.kind !== 'person' || !a.name.includes(' ') || !/ing$/.test(k) || isGivenName(first)) return false;
  if (!/^(NOUN|VERB)$/.test(lexicalTag(k) ?? '')) return false;
  return a.mentions.length > 0 && a.mentions.every(([s]) => SENTENCE_OPEN.test(text.slice(Math.max(0, s - 3), s)));
}

/**
 * "War II", "Chapter VII", "Subtitle D", "Article II": a common noun numbered by a Roman numeral or a letter is a
 * part of a text or a period, not a person ("Elizabeth II", "Malcolm X" open with a given name; "King" is a title).
 */
function numberedThing(words: string[]): boolean {
  if (words.length !== 2 || !/^(?:[IVX]+|[A-Z])$/.test(words[1]!)) return false;
  const first = words[0]!;
  return lexicalTag(first.toLowerCase()) === 'NOUN' && !isGivenName(first) && !titleEntry(first.toLowerCase());
}

/** Suffixes of abstract nouns: "Law Enforcement", "Gender Equality", "Intelligence Community", "Speculation". */
const ABSTRACT = /(?:tions?|ments?|ity|ities|isms?|ships?|ness)$/;

/** Bodies and places with such an ending: "National Unity Government", "Ayadaw Township" are mistyped, not things. */
const BODY_OR_PLACE = new Set('government township municipality settlement establishment parliament'.split(' '));

/** A "person" whose last word is a long abstract noun names a thing, unless a given name opens it. */
function abstractName(words: string[]): boolean {
  const last = words[words.length - 1]!.toLowerCase();
  if (last.length < 8 || !ABSTRACT.test(last) || BODY_OR_PLACE.has(last) || ORG_CUES.has(last)) return false;
  return !(words.length > 1 && isGivenName(words[0]!));
}

// The mark may stand a few capitalized words away: "nicknamed \"Captain Cod,\"" (the title "Captain" is no part of the name).
const OPEN_MARK = /["“‘'](?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
// "''Bridget Jones's Diary''": a possessive inside the title too.
const CLOSE_MARK = /^(?:['’]s)?(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}[.,?!]?["”’'](?![a-z])/u;

/**
 * Named only between quote marks, as the whole quotation: a title or a nickname ("Are You Smarter Than a \"Fifth
 * Grader\"", "nicknamed \"Naked Girl\"", a "'New Great Game'"), not an actor. A body whose name says it is one
 * stays: a pamphlet signed by the "Arakan Liberation Army", the "Resistencia Mapuche Malleco".
 */
function onlyQuoted(text: string, a: Actor): boolean {
  return (
    a.mentions.length > 0 &&
    !namedBody(a) &&
    a.mentions.every(
      ([s, e]) => OPEN_MARK.test(text.slice(Math.max(0, s - 40), s)) && CLOSE_MARK.test(text.slice(e, e + 40)),
    )
  );
}

/** A group or organization whose name has a word that makes a body ("Army", "Front", "Council", "Resistencia"). */
function namedBody(a: Actor): boolean {
  if (a.kind !== 'group' && a.kind !== 'organization') return false;
  const keys = a.name.toLowerCase().split(/[^\p{L}]+/u);
  return keys.some((k) => GROUP_CUES.has(k) || ORG_CUES.has(k)) || !!romanceBodyKind(keys, 0);
}

function sentenceIndex(nlp: NlpDoc): (pos: number) => number {
  return (pos) => sentenceIndexAt(nlp, pos);
}
