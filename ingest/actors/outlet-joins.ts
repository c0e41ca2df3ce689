// A place's name inside an outlet's: "Radio Free Asia", "Radio Free Africa", "Radio Television Kosovo", "Radio
// Television Libya". The broadcaster's words before a gazetteer place or state are no name of their own; the place
// closes the outlet's name, and the outlet is never cut at it ("Radio Free" + the continent).
// In: two neighbouring items of a sentence. Out: whether they are one outlet's name.
import { stateEntry } from '../gazetteer/index.ts';
import type { Item, View } from './view.ts';

/** Last words of a broadcaster's name that a place completes: "Radio Free", "Radio Television", "Télévision". */
const OPEN_HEADS = new Set(['radio', 'free', 'television', 'télévision', 'televizioni', 'tv', 'radiotelevision']);

/** Whether run `prev` is a broadcaster's name that the place or state item `it`, right after it, completes. */
export function placeInOutletName(v: View, prev: Item, it: Item): boolean {
  if (prev.type !== 'run' || it.type !== 'gaz' || it.start !== prev.end) return false;
  if (!OPEN_HEADS.has(v.keys[prev.end - 1]!)) return false;
  // A broadcaster's word opens the run: "Radio Free", "Radio Television", not "Free" alone.
  const opens = v.keys[prev.start] === 'radio' || v.keys[prev.start] === 'television' || v.keys[prev.start] === 'tv';
  const place =
    it.hit.role === 'place' || (!!stateEntry(it.hit.id) && (it.hit.role === 'name' || it.hit.role === 'alias'));
  return opens && place && !v.glued[it.start];
}
