// Bare names two states share ("Congo"): their mentions go to the state the article is about
// (ingest/gazetteer/shared-names.ts). In: the filled Scan. Out: those mentions moved, the other state dropped if empty.
import { stateEntry } from '../gazetteer/index.ts';
import { isSharedName, sharedNameState } from '../gazetteer/shared-names.ts';
import type { Scan } from './scan.ts';

export function settleSharedNames(sc: Scan): void {
  for (const from of sc.reg.all()) {
    if (from.kind !== 'state') continue;
    const bare = from.mentions.filter((m) => isSharedName(from.id, sc.text.slice(m.start, m.end)));
    if (!bare.length) continue;
    const to = sharedNameState(sc.text, from.id);
    if (to === from.id) continue;
    sc.reg.ensure(to, stateEntry(to)!.name, 'state');
    if (sc.actingStates.has(from.id)) sc.actingStates.add(to);
    sc.reg.transfer(from.id, to, bare, sc.text);
    if (!sc.reg.has(from.id)) sc.actingStates.delete(from.id);
  }
}
