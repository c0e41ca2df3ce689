// "the Zambia Environmental Management Agency", "the Sri Lanka Ports Authority": a body whose name a state's name
// opens is read as one name (body-names.ts stateOpenedBodies), never the state acting; but it is that state's body,
// so the state stays in the article as its owner (and "the government" of the story can be that state's).
// In: the scan. Out: each such body with no affiliation affiliated to the state, the state added when missing.
import { stateEntry, stateOfKey } from '../gazetteer/index.ts';
import type { Scan } from './scan.ts';

/** The state whose own name (not its adjective) opens `name` before at least one more word, or null. */
export function openingState(name: string): string | null {
  const words = name.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const key = words.slice(0, n).join(' ').toLowerCase();
    const id = stateOfKey(key);
    if (id && stateEntry(id)!.name.toLowerCase() === key) return id;
  }
  return null;
}

/** Affiliates each unaffiliated organization (no armed group) whose name a state's name opens to that state. */
export function settleStateOpenedBodies(sc: Scan): void {
  for (const d of sc.reg.all()) {
    // Not a group: "the Chad Liberation Front" fights the state it is named after.
    if (d.kind !== 'organization' || d.affiliation) continue;
    const state = openingState(d.name);
    if (!state) continue;
    if (!sc.reg.has(state)) sc.reg.ensure(state, stateEntry(state)!.name, 'state');
    d.affiliation = state;
  }
}
