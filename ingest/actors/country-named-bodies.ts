// A state's agency named by a field word and its country's name ("Identity Malta", "Transport Malta", "Statistics
// Canada", "Business Finland"): one body of that state, never the state itself nor a person. A cue word right after
// it is part of the mention ("the Identity Malta Agency"). In: a View and the items from x on. Out: the body, or
// false when the items are no such name.
import { COUNTRY_BRAND_FIELDS, ORG_CUES } from './lexicon.ts';
import { slugify } from './registry.ts';
import type { Scan } from './scan.ts';
import { isStateItem, type Item, surfaceOf, type View } from './view.ts';

/** Reads "<field word> <state's one-word name>" at item x; marks its items used and returns true when it is one. */
export function countryNamedBody(sc: Scan, v: View, joined: Item[], x: number, used: Set<Item>): boolean {
  const it = joined[x]!;
  const state = joined[x + 1];
  if (it.type !== 'run' || it.end - it.start !== 1 || !COUNTRY_BRAND_FIELDS.has(v.keys[it.start]!)) return false;
  if (!isStateItem(state) || state.hit.role !== 'name' || state.start !== it.end || state.end - state.start !== 1)
    return false;
  const next = joined[x + 2];
  const cue = next?.type === 'run' && next.start === state.end && next.end - next.start === 1;
  const withCue = cue && ORG_CUES.has(v.keys[next.start]!);
  const end = withCue ? next.end : state.end;
  const name = surfaceOf(v, it.start, state.end);
  const d = sc.reg.ensure(slugify(name), name, 'organization');
  d.affiliation ??= state.hit.id;
  sc.reg.mention(d.id, v.toks[it.start]!.start, v.toks[end - 1]!.end, 'name', surfaceOf(v, it.start, end));
  used.add(it).add(state);
  if (withCue) used.add(next);
  return true;
}
