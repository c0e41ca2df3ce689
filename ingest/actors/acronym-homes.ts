// A national body goes by its acronym, and outlets spell it out in other words or languages, or not at all ("MCP"
// alone; "Malawi Congress Party (MCP)"; "CEPA" as "Autonomous Executive Port Commission" and "Comisión Ejecutiva
// Portuaria Autónoma"): the acronym and its state name it better than any expansion. Acronyms repeat across
// states (NPA: the Philippines' New People's Army, South Africa's National Prosecuting Authority), so only the state
// the article places the body in makes it a key. In: the article's actors and its story state. Out: the same actors,
// each body written by one acronym given `homeState` (graph/identity.ts keys it so); ids unchanged.
import type { Actor } from '../../graph/schema.ts';
import { spellsTitle } from './post-acronyms.ts';

/** An acronym of two to seven capitals, alone ("MCP", "SODELPA"). */
const ACRONYM = /^[A-Z]{2,7}$/;

/**
 * Words of a full name that make the body another than one state's ("International Organization for Migration
 * (IOM)", "African Union Mission", "World Food Programme"): its acronym is the same in every state's story.
 */
const BEYOND_ONE_STATE =
  /\b(?:international|internacional|internationale|world|global|mundial|united|unidas|nations|african|european|asian|arab|islamic|pan|regional|commonwealth|interpol|transnational|inter-\w+)\b/i;

/** The one acronym among a body's forms, or null (none, or two that disagree). */
function acronymOf(a: Actor): string | null {
  const forms = new Set([a.name, ...a.aliases].map((f) => f.trim()).filter((f) => ACRONYM.test(f)));
  return forms.size === 1 ? [...forms][0]! : null;
}

/** Whether an actor is a body of one state that the article writes by an acronym. */
function nationalAcronymBody(a: Actor): boolean {
  if (a.anonymous || (a.kind !== 'organization' && a.kind !== 'group')) return false;
  const acronym = acronymOf(a);
  // "MEC" alone may be a post ("Member of the Executive Council"); spelled out as a body's name it is that body.
  const only = [a.name, ...a.aliases].every((f) => f.trim() === acronym);
  if (!acronym || (only && spellsTitle(acronym))) return false;
  return ![a.name, ...a.aliases].some((f) => BEYOND_ONE_STATE.test(f));
}

/**
 * Gives each body written by an acronym its state: the state it is affiliated to, when that is a state of the
 * article, else the story's state. Bodies of no known state are left as they are.
 */
export function placeAcronymBodies(actors: Actor[], storyState: string | null): Actor[] {
  const states = new Set(actors.filter((a) => a.kind === 'state').map((a) => a.id));
  return actors.map((a) => {
    if (!nationalAcronymBody(a)) return a;
    const owner = a.affiliation && states.has(a.affiliation) ? a.affiliation : null;
    if (a.affiliation && !owner) return a;
    const home = owner ?? storyState;
    return home ? { ...a, homeState: home } : a;
  });
}
