// National Red Cross and Red Crescent societies: "the Kenya Red Cross", "the Sudanese Red Crescent Society".
// In: a sentence's items. Out: the society as its own body, keyed by its country: not the ICRC, not the generic
// "Red Crescent", and not another country's society (which would join the claims of two countries' volunteers).
import { stateEntry } from '../gazetteer/index.ts';
import type { Scan } from './scan.ts';
import { isCap, isStateItem, type Item, surfaceOf, type View } from './view.ts';

const EMBLEMS: Record<string, string> = { cross: 'Red Cross', crescent: 'Red Crescent' };

/** Marks the state's item and the emblem's item used and returns true when item x opens a national society. */
export function nationalSociety(sc: Scan, v: View, joined: Item[], x: number, used: Set<Item>): boolean {
  const st = joined[x];
  const body = joined[x + 1];
  if (!isStateItem(st) || (st.hit.role !== 'name' && st.hit.role !== 'demonym')) return false;
  if (body?.type !== 'gaz' || body.start !== st.end || v.keys[body.start] !== 'red') return false;
  const emblem = EMBLEMS[v.keys[body.start + 1] ?? ''];
  if (!emblem) return false;
  // "Red Crescent Society" may be one gazetteer name or the emblem and a capitalized "Society" after it.
  const end = v.keys[body.end] === 'society' && isCap(v.toks[body.end]!) ? body.end + 1 : body.end;
  const state = stateEntry(st.hit.id)!;
  const id = `${state.id}-${emblem.toLowerCase().replace(' ', '-')}`;
  sc.reg.ensure(id, `${state.name} ${emblem}`, 'organization');
  sc.reg.mention(id, v.toks[st.start]!.start, v.toks[end - 1]!.end, 'name', surfaceOf(v, st.start, end));
  // A title right after it ("Kenya Red Cross Secretary General X") finds the society through its last item.
  sc.bodyOf.set(body, id);
  used.add(st);
  used.add(body);
  for (let y = x + 2; y < joined.length && joined[y]!.start < end; y++) used.add(joined[y]!);
  return true;
}
