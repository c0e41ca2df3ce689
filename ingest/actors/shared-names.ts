// Bare names two states or several outlets share ("Congo", "ABC"): their mentions go to the one the article is about
// (ingest/gazetteer/shared-names.ts). In: the filled Scan. Out: those mentions moved, the other one dropped if empty.
import { entryById, stateEntry } from '../gazetteer/index.ts';
import { isSharedName, sharedNameState, sharedReadings } from '../gazetteer/shared-names.ts';
import type { Scan } from './scan.ts';

export function settleSharedNames(sc: Scan): void {
  for (const from of sc.reg.all()) {
    const bare = from.mentions.filter((m) => isSharedName(from.id, sc.text.slice(m.start, m.end)));
    if (!bare.length) continue;
    const cued = sharedNameState(sc.text, from.id);
    // No cue in the text: the reading the dateline gave ("GOMA, Congo": Goma is in the DRC).
    const home = sc.homeState && sharedReadings(from.id).includes(sc.homeState) ? sc.homeState : null;
    const to = cued === from.id && home ? home : cued;
    if (to === from.id) continue;
    const state = stateEntry(to);
    const entry = state ? { name: state.name, kind: 'state' as const } : entryById(to);
    if (!entry) continue;
    sc.reg.ensure(to, entry.name, entry.kind);
    if (sc.actingStates.has(from.id)) sc.actingStates.add(to);
    sc.reg.transfer(from.id, to, bare, sc.text);
    if (!sc.reg.has(from.id)) sc.actingStates.delete(from.id);
  }
}
