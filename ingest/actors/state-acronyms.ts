// An acronym several states use for a body of their own ("ISPR", "CENI", "TSE"), written alone in a story about one
// of them: that state's body, named as the spelled-out name is (gazetteer/data/state-acronyms.json) and owned by the
// state, so it keys as the spelled-out name does in another article ("CENI" in a Niger story as "Niger's Independent
// National Electoral Commission"). In a story of unknown state: the name, when every listed state gives the acronym
// the same one ("Inter-Services Public Relations"). In: the article's actors (the attribution's too), its text and
// story state. Out: the same actors, those renamed and owned; ids unchanged, so every reference holds.
import data from '../gazetteer/data/state-acronyms.json' with { type: 'json' };
import type { Actor } from '../../graph/schema.ts';

/** Acronyms English also uses for a person ("an MP said"): an actor read as a person is left alone. */
const PERSON_TITLES = new Set(
  data.acronyms.filter((a) => 'alsoPersonTitle' in a && a.alsoPersonTitle).map((a) => a.acronym),
);

/** Acronym as written → state id → the English name of that state's body. */
const READINGS = new Map(
  data.acronyms.map((a) => [a.acronym, new Map(a.readings.flatMap((r) => r.states.map((s) => [s, r.name] as const)))]),
);

/**
 * The name an acronym stands for in a story about `state`; in a story whose state is unknown, the one name every
 * state listed gives it, if they agree. Undefined for a state not listed.
 */
export function acronymReading(acronym: string, state: string | null): string | undefined {
  const readings = READINGS.get(acronym);
  if (!readings) return undefined;
  if (state) return readings.get(state);
  const names = new Set(readings.values());
  return names.size === 1 ? [...names][0] : undefined;
}

/** Whether a mention's text holds the acronym as a word ("ISPR", "the ISPR's", "an ISPR press release"). */
const holds = (written: string, acronym: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${acronym}(?![\\p{L}\\p{N}])`, 'u').test(written);

/**
 * An actor the article wrote only as a listed acronym: no longer name of its own (an article that spells it out names
 * the actor by the full name), the acronym in every mention. Read as a person too ("CENI said"), unless English
 * also calls a person so.
 */
const bareAcronym = (a: Actor, text: string) =>
  a.kind !== 'state' &&
  !(a.kind === 'person' && PERSON_TITLES.has(a.name)) &&
  !a.anonymous &&
  READINGS.has(a.name) &&
  a.aliases.every((x) => x === a.name) &&
  a.mentions.length > 0 &&
  a.mentions.every(([s, e]) => holds(text.slice(s, e), a.name));

/**
 * Whether the article names another listed state's body of the acronym's reading ("Tajikistan's State Committee
 * for National Security" in a Kyrgyz story): a bare "GKNB" there may be either state's.
 */
function readForAnother(actors: Actor[], acronym: string, state: string): boolean {
  const readings = READINGS.get(acronym)!;
  return actors.some((b) => {
    const reading = b.kind !== 'state' && b.affiliation !== state ? readings.get(b.affiliation ?? '') : undefined;
    return !!reading && [b.name, ...b.aliases].some((n) => n.toLowerCase().includes(reading.toLowerCase()));
  });
}

/**
 * Names each bare acronym by its reading in its owner's state ("Guatemala's TSE"), else in the story state's (owned
 * by it then, when the article has it as an actor) unless the article names another state's body so called; an
 * acronym owned by a body is left as written.
 */
export function nameStateAcronyms(actors: Actor[], text: string, storyState: string | null): Actor[] {
  const states = new Set(actors.filter((a) => a.kind === 'state').map((a) => a.id));
  return actors.map((a) => {
    if (!bareAcronym(a, text) || (a.affiliation && !states.has(a.affiliation))) return a;
    if (!a.affiliation && storyState && readForAnother(actors, a.name, storyState)) return a;
    const state = a.affiliation ?? storyState;
    const name = acronymReading(a.name, state);
    if (!name) return a;
    const owner = state && states.has(state) ? state : null;
    // "an ISPR press release": no outlet, whatever the words around it suggested.
    return { ...a, name, kind: 'organization', aliases: [a.name], affiliation: owner };
  });
}
