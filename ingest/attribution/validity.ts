// What may be a speaker at all (issue #10: junk actors). A source phrase the frames found may hold no speaker of
// its own: a dateline before the subject ("JAKARTA (Reuters) ― Aid agencies said"), the place of a person named
// just before ("Ana Ruiz of Cebu, Philippines says"), a share of a group named after "in" ("One in four voters").
// A lone title or an adjective of origin is no name ("Repudiate General Who Called For", "an African American or
// Hispanic, man or woman, who said"); a name before a document is its author, a body ("the X polling average").
// In: the article's tokens and a source token range. Out: the range that names the speaker, or null to keep it.
import { namedAsChannel } from '../actors/channel.ts';
import { matchAt, places, stateOfKey, titleEntry } from '../gazetteer/index.ts';
import { keysOf, tokenKey } from '../gazetteer/keys.ts';
import type { Mention, Token } from '../types.ts';
import type { TokRange } from './np.ts';

const PLACES = new Set(places);
const DASHES = new Set(['—', '–', '―', '-', '--']);
/** Prepositions that tie a place to the person before it: "Stacy Baker of Columbia", "a woman in Worcester". */
const FROM = new Set(['of', 'in', 'from']);

/** A dateline in capitals opening the phrase ("JAKARTA (Reuters) ―", "KYIV, Ukraine —"): the subject follows it. */
export function afterDateline(tokens: Token[], [s, e]: TokRange): TokRange | null {
  if (!/^[A-Z][A-Z.'’-]+$/.test(tokens[s]!.text)) return null;
  for (let k = s + 1; k < e - 1 && k < s + 10; k++) {
    const t = tokens[k]!.text;
    if (DASHES.has(t)) return [k + 1, e];
    // Only the place, a country, a date and an "(Outlet)" stand before the dash.
    if (!/^[A-Z(),]/.test(t) && !/^\d/.test(t)) return null;
  }
  return null;
}

/** Whether a phrase is only the name of a place: a US state, a country, a city the gazetteer knows. */
export function isPlaceName(surface: string): boolean {
  return PLACES.has(surface) || !!stateOfKey(keysOf(surface).join(' '));
}

/**
 * "Stacy Baker of Columbia, South Carolina says", "a woman in Worcester, Massachusetts, told him", "Voters from Ohio
 * who attended the rally said": a source phrase that is only a place, or the region of a place, names the people
 * before the place. Returns their range, or null.
 */
export function personBeforePlace(tokens: Token[], [s, e]: TokRange): TokRange | null {
  const surface = tokens
    .slice(s, e)
    .map((t) => t.text)
    .join(' ');
  if (!isPlaceName(surface)) return null;
  let k = s - 1;
  if (tokens[k]?.text === ',') {
    k--;
    while (k >= 0 && /^[A-Z]/.test(tokens[k]!.text) && tokens[k]!.pos === 'PROPN') k--;
    if (k === s - 2) return null;
  }
  if (k < 1 || !FROM.has(tokens[k]!.norm) || !/^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) return null;
  const end = k;
  let start = end;
  while (
    start > 0 &&
    /^(DET|ADJ|NOUN|PROPN)$/.test(tokens[start - 1]!.pos) &&
    tokens[start - 1]!.sentence === tokens[s]!.sentence
  )
    start--;
  return start < end ? [start, end] : null;
}

const WH_WORDS = new Set('when where while whether what why how though although'.split(' '));

/** Words of origin or faith that describe people but name nobody on their own. */
const ORIGIN_WORDS = new Set(
  'hispanic latino latina latinos black white asian american african european arab jewish muslim christian catholic evangelical'.split(
    ' ',
  ),
);

/** Titles that end a role and never a name ("Education Minister", Kenya's "Interior CS", "Press Secretary"). */
const ROLE_LAST = new Set(
  'minister cs secretary spokesman spokeswoman spokesperson ambassador commissioner envoy'.split(' '),
);

/** "says Education Minister", "Health CS": capitalized words ending in a title are a portfolio's holder, no name. */
export function portfolioTitle(words: Token[]): boolean {
  return (
    words.length > 1 && ROLE_LAST.has(words[words.length - 1]!.norm) && words.every((w) => /^\p{Lu}/u.test(w.text))
  );
}

/**
 * Whether the words a named speaker would get are no name: one word of origin or faith, or one title word in a
 * title-case headline ("Repudiate General Who Called For"; in a sentence "Senator from Texas says" is someone).
 */
export function notAName(words: Token[], inHeadline: boolean): boolean {
  if (words.length !== 1) return false;
  const key = words[0]!.norm.replace(/\.$/, '');
  // "When told Perez was in the Cabinet, he ...": a question word opening a clause is no name.
  return ORIGIN_WORDS.has(key) || WH_WORDS.has(key) || (inHeadline && !!titleEntry(key));
}

/** Documents, recordings and counts: what they say has an author, but they are no actor themselves. */
const DOCUMENTS = new Set(
  (
    'poll polls survey surveys average averages data study studies analysis analyses documents records audio video ' +
    'videos footage recording recordings messages emails texts figures statistics numbers results tally count ' +
    'estimates projections forecast forecasts ratings evidence ' +
    // Election returns, unattributed reports ("according to early returns", "according to reports") and shares of a
    // poll's sample ("Another 19 percent said"): counts and hearsay, no one who speaks.
    'returns reports percent'
  ).split(' '),
);

/** Whether a head noun names a document or a count rather than someone. */
const isDocument = (head: Token): boolean => DOCUMENTS.has(head.norm) && /^[a-z]/.test(head.text);

/** Documents that may stand as a source phrase's head; statements and reports are read as their issuer's speech. */
const WRITINGS = new Set(
  (
    'book books memoir memoirs article articles story stories column op-ed editorial polling calculations ' +
    'investigation inquiry review audit probe lawsuit lawsuits suit complaint indictment website email program ' +
    'programme broadcast podcast interviews ' +
    // Ads, letters, filings, pictures and plans: what they say has an author or a sponsor ("The ad says").
    'ad ads advertisement advertisements commercial commercials clip clips excerpt excerpts blog editorials memo ' +
    'memos letter letters missive message petition declaration affidavit filing filings submission timeline ' +
    'slide slides chart charts index picture pictures photo photos photograph photographs image images plan plans ' +
    'initiative proposal proposals guidelines transcript transcripts history investigations inquiries reviews ' +
    'audits probes research ' +
    // Ideas, acts and events: what they show or confirm is someone's reading of them, no one who speaks ("His
    // assumption was that", "the minister's performance confirms", "the ruling party's defeat shows").
    'assumption assumptions belief beliefs theory theories argument arguments premise perspective preference ' +
    'preferences bias performance performances showing victory victories defeat defeats loss losses win wins ' +
    'success failure failures decision decisions policy policies approach strategy tactics behavior behaviour ' +
    'conduct record bankruptcy merger deal loophole signs trend trends'
  ).split(' '),
);

/** Documents a body issues: the name before one is a body ("the Monmouth poll", "the IG review"), not a person. */
const BODY_DOCUMENTS = new Set(
  (
    'poll polls polling survey surveys study studies analysis analyses data average averages estimates projections ' +
    'forecast forecasts ratings tally count investigation inquiry review audit probe'
  ).split(' '),
);
export const bodyDocument = (head: Token): boolean => BODY_DOCUMENTS.has(head.norm);

const MONTHS = new Set(
  'january february march april may june july august september october november december sept jan feb mar apr jun jul aug sep oct nov dec'.split(
    ' ',
  ),
);

/** A month or weekday, written whole or cut ("Feb.", "Tuesday"): a date, no name. */
export const dateWord = (w: Token): boolean => MONTHS.has(w.norm.replace(/\.$/, '')) || WEEKDAYS.has(w.norm);
const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));

/**
 * Whether a capitalized word can name a document's author: not a month ("the April survey"), a number, a poll's
 * modifier ("New Poll Shows"), one letter ("the Q poll") or a capital that only opens the sentence.
 */
export function nameWord(w: Token, opensSentence: boolean): boolean {
  return (
    /^[A-Z]/.test(w.text) &&
    !opensSentence &&
    !MONTHS.has(w.norm) &&
    !POLL_MODIFIERS.has(w.norm) &&
    w.text.replace(/\W/g, '').length > 1
  );
}

/** The capitalized run right before a document's head that names its author ("the most recent [RealClearPolitics]"). */
export function authorRun(words: Token[], head: number, opens: (w: Token) => boolean): [number, number] | null {
  let k = head;
  while (k > 0 && (nameWord(words[k - 1]!, opens(words[k - 1]!)) || /^[-/&.]$/.test(words[k - 1]!.text))) k--;
  while (k < head && /^[-/&.]$/.test(words[k]!.text)) k++;
  return k < head ? [k, head] : null;
}

/**
 * Whether a source phrase's head is a document, recording or count ("the poll", "his book", "exit polls");
 * `opens`: the head opens its sentence, capitalized only for that ("Analysis shows").
 */
export const documentHead = (head: Token, opens = false): boolean =>
  (/^[a-z]/.test(head.text) || opens || /^(Polls?|Surveys?)$/.test(head.text)) &&
  head.norm !== 'figures' &&
  (DOCUMENTS.has(head.norm) || WRITINGS.has(head.norm));

/** What someone says, as a source phrase only with its owner: "their stump speeches", "his remarks". */
const SPEECHES = new Set('speech speeches remarks comments words tweet tweets interview interviews'.split(' '));

/** "his remarks", "their stump speeches": a possessive pronoun owns the speech, and is its speaker. */
export const ownedSpeech = (core: Token[]): boolean =>
  core.length >= 2 && /^(his|her|its|their)$/.test(core[0]!.norm) && SPEECHES.has(core[core.length - 1]!.norm);

/** One family per kind of document: "the survey" after "a Gallup poll" is that poll. */
const FAMILY: Record<string, string> = {
  poll: 'study',
  polls: 'study',
  polling: 'study',
  survey: 'study',
  surveys: 'study',
  study: 'study',
  studies: 'study',
  analysis: 'study',
  research: 'study',
  book: 'book',
  memoir: 'book',
  investigation: 'inquiry',
  inquiry: 'inquiry',
  review: 'inquiry',
  audit: 'inquiry',
  probe: 'inquiry',
};
/**
 * Lower-case words that may stand between a document's author and the document: "a Gallup daily tracking poll",
 * "The FBI opened an investigation".
 */
const POLL_MODIFIERS = new Set(
  (
    'new latest recent national statewide state online telephone phone exit daily weekly monthly annual tracking ' +
    'joint public opinion nationwide forthcoming upcoming internal own opened launched conducted released ' +
    'published commissioned ordered began started a an its their'
  ).split(' '),
);
// Lower case ("Federal Bureau of Investigation" is no investigation), and a pollster's "Poll" or "Survey".
const FAMILY_WORD =
  /\b(polls?|polling|surveys?|study|studies|analysis|research|book|memoir|investigation|inquiry|review|audit|probe|Poll|Survey)\b/g;

/**
 * The author of the document a definite "the poll" refers to: the nearest earlier document of the same family whose
 * author the article names ("a Quinnipiac University poll", "a survey by the Pew Research Center"). An actor id or null.
 */
export function documentAuthor(text: string, mentions: Mention[], head: string, before: number): string | null {
  const family = FAMILY[head];
  if (!family) return null;
  const from = Math.max(0, before - 4000);
  const found = [...text.slice(from, before).matchAll(FAMILY_WORD)].reverse();
  for (const f of found) {
    if (FAMILY[f[1]!.toLowerCase()] !== family) continue;
    const at = from + f.index;
    const end = at + f[0].length;
    for (const m of mentions) {
      if (m.kind === 'pronoun') continue;
      if (m.end <= at && at - m.end <= 40 && namedBefore(text.slice(m.end, at))) return m.actorId;
      if (m.start >= end && m.start - end <= 40 && BY_AUTHOR.test(text.slice(end, m.start))) return m.actorId;
    }
  }
  return null;
}

/** The author named right after a document: "polling reported by CNN", "a survey for the ministry". */
export function authorAfter(text: string, mentions: Mention[], end: number): string | null {
  for (const m of mentions) {
    if (m.start < end || m.kind === 'pronoun') continue;
    if (m.start - end > 40) break;
    // "a text received by Corse-Matin", "a statement published by the weekly X": who passed it on, not its author.
    if (BY_AUTHOR.test(text.slice(end, m.start)) && !namedAsChannel(text, m.start)) return m.actorId;
  }
  return null;
}
const BY_AUTHOR = /^\s+(?:(?:\w+ed\s+)?(?:by|from|for)|published\s+in)\s+(?:the\s+)?$/;

/** Whether only name words, joins and poll modifiers stand between an author and its poll ("-GfK ", " national "). */
function namedBefore(between: string): boolean {
  const words = between.split(/[\s/–-]+/).filter(Boolean);
  return (
    words.length <= 4 &&
    words.every((w) => /^([A-Z0-9]|['’]s$)/.test(w) || POLL_MODIFIERS.has(w.toLowerCase()) || /^(19|20)\d\d$/.test(w))
  );
}

/** "the Real Clear Politics polling average", "a Quinnipiac poll": a document right after the core names its author. */
export function documentAfter(words: Token[], from: number): boolean {
  const next = words[from];
  const then = words[from + 1];
  return !!next && (isDocument(next) || (/ing$/.test(next.norm) && !!then && isDocument(then)));
}

/** "She and her aides have vowed": a pronoun joined to its own people speaks for them; the pronoun is the speaker. */
export function pronounFirst(tokens: Token[], [s, e]: TokRange): TokRange | null {
  const first = tokens[s]!;
  return e - s > 2 && /^(he|she)$/.test(first.norm) && tokens[s + 1]!.norm === 'and' ? [s, s + 1] : null;
}

/**
 * "Many Americans say", "Britons told pollsters": a plural demonym without "the" names people of a state, an unnamed
 * group, never the state ("the Palestinians said" may be the state's side). `before` is the word before the head.
 */
export function peopleOfState(head: Token, before: Token | undefined): boolean {
  if (before?.norm === 'the' || !/^[A-Z]/.test(head.text)) return false;
  return !!matchAt([tokenKey(head.text)], 0)?.hits.some((h) => h.role === 'plural');
}
