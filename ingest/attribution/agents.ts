// Whether a source phrase's lower-case singular head is a thing that can speak for no one (issue #10: junk actors).
// "An abrupt response", "a brief exchange", "the concern within the administration", "a close look at" name no one:
// the claim rests on the reporter, as a document's does. A noun this file does not know stays a possible speaker.
// In: a head token. Out: true for a thing.
import type { Token } from '../types.ts';
import {
  ANON_HEADS,
  GENERIC_BODIES,
  ORG_WORDS,
  OUTLET_WORDS,
  PERSON_NOUNS,
  ROLE_NOUNS,
  TITLES,
} from './speaker-words.ts';

/** Endings of abstract nouns and events: "rejection", "discussion", "impact statement", "performance", "meeting". */
const THING_ENDINGS = /(?:tion|sion|ment|ness|ance|ence|ure|ship|ism|ing|age|ity)$/;
/** Things with no such ending that stand where a speaker would. */
const THINGS = new Set(
  (
    'response exchange look sense concern debate fight vote move gap trip note name page copy part place control ' +
    'fact crime phone camera speech voice leak quiz impact array stream vestige hiccup body role support research ' +
    'law accord account opinion schedule deal idea point question issue problem story event thing way amount ' +
    'fraction proportion share number race nomination resolution version'
  ).split(' '),
);
/** People, groups and bodies with such an ending, or none of the speaker word lists: they may speak. */
const AGENTS = new Set(
  (
    'utility celebrity entity personality municipality business leadership partnership management corporation ' +
    'opposition mission congregation prosecution sibling darling figure hawk dove giant maverick liberal moderate ' +
    'outfit startup conglomerate bloc chain community majority minority plurality generation population ' +
    'establishment audience nation administration delegation institution legislature charity village station ' +
    'intelligence security city publication faction defense defence membership ownership township entourage ' +
    'personage offspring wing fraternity sorority'
  ).split(' '),
);
const SPEAKER_WORDS = [ANON_HEADS, PERSON_NOUNS, ROLE_NOUNS, TITLES, ORG_WORDS, OUTLET_WORDS, GENERIC_BODIES, AGENTS];

/** Whether a lower-case singular noun is a thing: an abstract noun, an event or an object, no one who speaks. */
export function thingHead(head: Token): boolean {
  const w = head.norm;
  if (head.pos !== 'NOUN' || !/^[a-z]/.test(head.text) || /s$/.test(w)) return false;
  if (SPEAKER_WORDS.some((l) => l.has(w))) return false;
  return THINGS.has(w) || THING_ENDINGS.test(w);
}
