// "of <Name>" after a known body's name that makes it another body: "Democratic Party of Socialists", "Democratic
// Party of Albanians", "Democratic Party of Japan", "People's Liberation Army of Namibia". In: a View, the known
// body's gazetteer item and the items around it. Out: where the longer name ends and whose state's body it is.
import { entryById } from '../gazetteer/index.ts';
import { type GazItem, isCap, isStateItem, type Item, type View } from './view.ts';

/** A longer name closed by an "of" tail: the token it ends before, and the state it names when it is a state's. */
export interface OfTail {
  end: number;
  state: string | null;
  /** The token the state's name opens at, when the tail names a state. */
  stateStart?: number;
}

/**
 * "… of Socialists", "… of Albanians", "… of Regions": a capitalized plural after "of" is a word of the name, whoever
 * it names (a people, a creed, a class). The token after it, or 0.
 */
function pluralTail(v: View, it: GazItem): number {
  const word = v.toks[it.end + 1];
  if (!word || !isCap(word) || v.glued[it.end + 1] || v.text[word.end] === '-') return 0;
  const key = v.keys[it.end + 1]!;
  if (!/^\p{Ll}{3,}s$/u.test(key) || /ss$/.test(key)) return 0;
  // "of Sudan's ..." or "of Socialists Party": a possessive or a longer name after it is no tail of this one.
  const next = v.toks[it.end + 2];
  return next && v.glued[it.end + 2] ? 0 : it.end + 2;
}

/**
 * "People's Liberation Army of Namibia", "Democratic Party of Japan": a known body of one state, then "of (the)"
 * another state's name, is that other state's body of the name. The state item, or undefined.
 */
function otherStateTail(v: View, joined: Item[], x: number, home: string | null): GazItem | undefined {
  const st = joined[x + 1];
  const it = joined[x]!;
  if (!home || !isStateItem(st) || (st.hit.role !== 'name' && st.hit.role !== 'alias') || st.hit.id === home)
    return undefined;
  const gap = v.keys.slice(it.end, st.start).join(' ');
  return gap === 'of' || gap === 'of the' ? st : undefined;
}

/**
 * The "of" tail that makes the known body at joined[x] (of home state `home`) another body, or null. A body of no
 * organization or group kind (a place, an outlet) has none.
 */
export function ofTail(v: View, joined: Item[], x: number, home: string | null): OfTail | null {
  const it = joined[x] as GazItem;
  const kind = entryById(it.hit.id)?.kind;
  if ((kind !== 'organization' && kind !== 'group') || v.keys[it.end] !== 'of') return null;
  const st = otherStateTail(v, joined, x, home);
  if (st) return { end: st.end, state: st.hit.id, stateStart: st.start };
  // "Democratic Party of Albanians": a people's plural says whose party, and the name is its own.
  // "of Philippines": a state's own name is no people's plural.
  const next = joined[x + 1];
  if (isStateItem(next) && next.start === it.end + 1 && (next.hit.role === 'name' || next.hit.role === 'alias'))
    return null;
  const plural = pluralTail(v, it);
  return plural ? { end: plural, state: null } : null;
}
