// A body written only by its acronym ("the NWA", "MCP said") was a node of its article alone, and a party of a name
// many states' parties share ("Social Democratic Party") was one node for all of them. Acronyms repeat across
// states (NPA: the Philippines' New People's Army, South Africa's National Prosecuting Authority), so what makes
// one a key is the state the article places the body in. In: the article's actors and its story state. Out: the same
// actors, each body written by an acronym alone given `homeState` (graph/identity.ts keys it by state and acronym, or
// as the gazetteer's body of those letters in that state); ids unchanged.
import type { Actor } from '../../graph/schema.ts';
import { spellsTitle } from './post-acronyms.ts';

/** An acronym of two to seven capitals, alone ("MCP", "SODELPA"). */
const ACRONYM = /^[A-Z]{2,7}$/;

/** Whether an actor is a body the article writes by one acronym and nothing else, no post's initials ("MEC", "DC"). */
function bareAcronymBody(a: Actor): boolean {
  if (a.anonymous || (a.kind !== 'organization' && a.kind !== 'group')) return false;
  const acronym = a.name.trim();
  return ACRONYM.test(acronym) && a.aliases.every((f) => f.trim() === acronym) && !spellsTitle(acronym);
}

/** A party's name: "Party" in it, or its members' plural closing it ("Social Democrats"). */
const PARTY =
  /\bparty\b|\s(?:democrats|socialists|republicans|liberals|conservatives|greens|communists|progressives)$/i;

/**
 * Whether an actor is a party ("Social Democratic Party", "Democratic Party of Socialists"): many states' parties
 * share such names, and graph/identity.ts keys one made of party words only under its state.
 */
function party(a: Actor): boolean {
  return !a.anonymous && (a.kind === 'organization' || a.kind === 'group') && PARTY.test(a.name);
}

/**
 * Gives each body written by an acronym alone, and each party, its state: the state it is affiliated to, when that is a state of the
 * article, else the story's state. A body affiliated to another body, or of no known state, is left as it is.
 */
export function placeAcronymBodies(actors: Actor[], storyState: string | null): Actor[] {
  const states = new Set(actors.filter((a) => a.kind === 'state').map((a) => a.id));
  return actors.map((a) => {
    if (!(bareAcronymBody(a) || party(a)) || (a.affiliation && !states.has(a.affiliation))) return a;
    const home = a.affiliation ?? storyState;
    return home ? { ...a, homeState: home } : a;
  });
}
