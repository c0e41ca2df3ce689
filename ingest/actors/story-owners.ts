// A body with a generic name and no owner ("the National Electoral Council", "the Supreme Court") in a story about
// one state (its dateline's, or the one it names: forces.ts storyState) is that state's: it keys as the state's body
// in every article ("honduras-national-electoral-council"), as "Honduras's National Electoral Council" does.
// In: the Scan after the possessive owners are settled. Out: affiliations on those bodies, the state kept as an actor.
import { isGenericBodyName } from '../../graph/identity.ts';
import { placesState } from '../gazetteer/cities.ts';
import { entryById, stateEntry, stateOfKey } from '../gazetteer/index.ts';
import { keysOf } from '../gazetteer/keys.ts';
import { bodyOwners, storyState } from './forces.ts';
import { genericOfNoState, homeStateOf, namesState } from './gazetteer.ts';
import type { Mention } from '../types.ts';
import type { Draft } from './registry.ts';
import { slugify } from './registry.ts';
import { type Scan, stateBody } from './scan.ts';

/** Words of a body above states ("World Bank", "International Criminal Court", the UN's "Security Council"). */
const ABOVE_STATES =
  /\b(?:world|international|global|regional|continental|united|nations|general assembly|security council|human rights council)\b/i;

/**
 * A body or group of the article's own with a generic name and no owner ("the Joint Force"): no gazetteer entry,
 * nothing above states, no state's name inside it (a Georgia story's "Georgia Senate" is not the country's).
 */
const ownerless = (d: Draft) =>
  (d.kind === 'organization' || d.kind === 'group') &&
  !d.affiliation &&
  d.mentions.length > 0 &&
  !entryById(d.id) &&
  !ABOVE_STATES.test(d.name) &&
  !d.name.split(/[\s.-]+/).some((w) => stateOfKey(w.toLowerCase())) &&
  isGenericBodyName(d.name);

export function settleStoryOwners(sc: Scan): void {
  const bodies = sc.reg.all().filter(ownerless);
  if (!bodies.length) return;
  const state = storyState(sc);
  if (!state) return;
  if (!sc.reg.has(state)) sc.reg.ensure(state, stateEntry(state)!.name, 'state');
  for (const d of bodies) d.affiliation = state;
}

/**
 * "A member of the House of Representatives, Emeka Obiora, accused the Nigerian National Petroleum Company": a known
 * body's generic short alias (the US House's) in a story about another state that never names the body's own state
 * is the story state's body of that name, in a story with no dateline. Moves its mentions there.
 */
export function settleForeignAliases(sc: Scan): void {
  // A dated story's aliases were read against its dateline already (gazetteer.ts bodyReadAsOther).
  if (sc.homeState) return;
  const state = storyState(sc);
  // A story told from inside that state, by its own bodies or places, not one only about it ("The House of
  // Representatives voted to expand sanctions on Iran ... Iran said" is a US story).
  if (!state || !toldFromInside(sc, state)) return;
  for (const d of sc.reg.all()) {
    const body = entryById(d.id);
    const home = body ? homeStateOf(body) : null;
    if (!home || home === state || !d.mentions.length || namesState(sc, home, d.id)) continue;
    const labels = d.mentions.map((m) => sc.text.slice(m.start, m.end).replace(/^the\s+/i, ''));
    if (!d.mentions.every((m, k) => m.kind === 'alias' && genericOfNoState(keysOf(labels[k]!), home))) continue;
    const into = stateBody(sc, state, slugify(labels[0]!), labels[0]!);
    sc.reg.transfer(d.id, into.id, [...d.mentions], sc.text);
  }
}

/** The state of a known body written only by generic aliases of no state ("State Border Guard Service"), else null. */
function genericAliasHome(sc: Scan, d: Draft): string | null {
  const body = entryById(d.id);
  const home = body ? homeStateOf(body) : null;
  if (!home || !d.mentions.length) return null;
  const label = (m: { start: number; end: number }) => sc.text.slice(m.start, m.end).replace(/^the\s+/i, '');
  // Descriptions ("the service") refer back to what the names say; the names decide.
  const names = d.mentions.filter((m) => m.kind !== 'descriptor');
  // A party's alias ("the Congress party") names one party: only a state's organs go by one name in many states.
  const generic = (m: Mention) =>
    m.kind === 'alias' && genericOfNoState(keysOf(label(m)), home) && !keysOf(label(m)).includes('party');
  return names.length && names.every(generic) ? home : null;
}

/**
 * "the State Border Guard Service" (Ukraine's alias) in a story that never names Ukraine, nor is about it: a body
 * alias of generic words alone is no state's body on its own, since other states' bodies go by it too. Its mentions
 * become a body of the article's own of that name (keyed within the article); run after the story owners, so a
 * story of another state does not take it either ("The House of Representatives voted sanctions on Iran"). Two
 * bodies of one state so written ("The House of Representatives ... the Senate") name their state together.
 */
export function settleStatelessAliases(sc: Scan): void {
  const generic = new Map(sc.reg.all().map((d) => [d, genericAliasHome(sc, d)] as const));
  const homes = [...generic.values()];
  const named = (home: string) =>
    sc.homeState === home ||
    storyState(sc) === home ||
    homes.filter((h) => h === home).length >= 2 ||
    sc.reg.all().some((d) => !generic.get(d) && (d.id === home || homeStateOf(entryById(d.id) ?? d) === home));
  for (const [d, home] of generic) {
    if (!home || named(home)) continue;
    const first = d.mentions.find((m) => m.kind !== 'descriptor')!;
    const label = sc.text.slice(first.start, first.end).replace(/^the\s+/i, '');
    // A label that is itself another entry's id ("federation-council") is left as the gazetteer read it.
    if (entryById(slugify(label))) continue;
    sc.reg.transfer(d.id, sc.reg.ensure(slugify(label), label, d.kind).id, [...d.mentions], sc.text);
  }
}

/** Whether the story names bodies or places of the state: its own bodies, one named for it ("Nigerian Ports Authority"), its cities. */
function toldFromInside(sc: Scan, state: string): boolean {
  if (bodyOwners(sc, true).has(state) || placesState(sc.text) === state) return true;
  return sc.reg
    .all()
    .some(
      (d) =>
        d.kind !== 'state' &&
        d.kind !== 'person' &&
        d.mentions.length > 0 &&
        stateOfKey(d.name.split(/\s+/)[0]!.toLowerCase()) === state,
    );
}
