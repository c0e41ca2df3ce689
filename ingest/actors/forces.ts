// A state's forces written without their state: "the army said", "the military", "the armed forces", "the federal
// army", "the junta". Each is the forces of a state the article named before ("Sudan's army ... the army"), else
// of the state the story is about (its dateline's, or the one it names most), the same body "Sudanese army" keys
// to. A non-state group whose name has the word ("the Arakan Army") is never one; "the Army" capitalized (a branch
// some states name apart from their armed forces) and "the army chief", "the military government" (a noun after
// it) are left alone. In: a View per sentence, then the whole Scan. Out: descriptor mentions on the Scan.
import { stateEntry } from '../gazetteer/index.ts';
import type { Draft } from './registry.ts';
import { type Scan, stateBody } from './scan.ts';
import { isCap, surfaceOf, type View } from './view.ts';

/** Heads of a description of a state's forces → the body's id suffix and label. */
const FORCE_HEADS: Record<string, [string, string]> = {
  army: ['military', 'military'],
  military: ['military', 'military'],
  junta: ['military', 'military'],
};
/** Words allowed between "the" and the head: "the federal army", "the national army", "the military junta". */
const FORCE_MODIFIERS = new Set(['federal', 'national', 'regular', 'military', 'ruling', 'armed']);
/** Tags of a word after the head that make the head its modifier ("the army chief", "the army post"). */
const ATTRIBUTIVE_BEFORE = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Words after the head that keep it a description of the forces, though a noun tagger may call them nouns. */
const CLAUSE_AFTER = new Set(['said', 'says', 'and', 'or', 'has', 'had', 'have', 'was', 'is', 'would', 'will']);

/** The end (exclusive) of a forces description whose head is token k, and its suffix, or null. */
function forceHead(v: View, k: number): [number, [string, string]] | null {
  const key = v.keys[k]!;
  if (key === 'forces' && v.keys[k - 1] === 'armed') return [k + 1, ['military', 'military']];
  const body = FORCE_HEADS[key];
  return body ? [k + 1, body] : null;
}

/** Finds the forces descriptions of one sentence ("the army", "the armed forces", "the federal army"). */
export function forceDescriptions(sc: Scan, v: View): void {
  for (let k = 1; k < v.keys.length; k++) {
    const head = forceHead(v, k);
    if (!head || isCap(v.toks[k]!)) continue;
    let a = k - 1;
    if (v.keys[k] === 'forces') a--;
    if (FORCE_MODIFIERS.has(v.keys[a] ?? '') && !isCap(v.toks[a]!)) a--;
    if (v.keys[a] !== 'the') continue;
    const next = v.toks[head[0]];
    // "the army chief", "the military government", "the army of Niger", "the Army Rangers": not the forces ("the
    // army of killing civilians" is).
    const ofName = v.keys[head[0]] === 'of' && (v.keys[head[0] + 1] === 'the' || isCap(v.toks[head[0] + 1] ?? next!));
    if (next && (isCap(next) || ofName)) continue;
    if (next && ATTRIBUTIVE_BEFORE.has(next.pos) && !CLAUSE_AFTER.has(v.keys[head[0]]!)) continue;
    sc.forceDescriptions.push({
      start: v.toks[a]!.start,
      end: v.toks[k]!.end,
      surface: surfaceOf(v, a, k + 1),
      head: head[1].join('|'),
    });
  }
}

const firstAt = (d: Draft) => Math.min(...d.mentions.map((m) => m.start));

/** The latest state body with this suffix mentioned before `at`: "Sudan's army said ... the army". */
function namedBefore(sc: Scan, suffix: string, at: number): Draft | null {
  let best: { d: Draft; at: number } | null = null;
  for (const d of sc.reg.all()) {
    if (!d.affiliation || d.id !== `${d.affiliation}-${suffix}` || !stateEntry(d.affiliation)) continue;
    for (const m of d.mentions) if (m.end <= at && (!best || m.start > best.at)) best = { d, at: m.start };
  }
  return best?.d ?? null;
}

/**
 * The state a story is about: its dateline's, when it names no other state or names that one; else the state it
 * names most (twice at least, more than any other).
 */
export function storyState(sc: Scan): string | null {
  const named = sc.reg
    .all()
    .filter((d) => d.kind === 'state' && d.mentions.length)
    .map((d) => [d.id, d.mentions.length] as const)
    .sort((a, b) => b[1] - a[1] || firstAtId(sc, a[0]) - firstAtId(sc, b[0]));
  const home = sc.homeState;
  if (home && (!named.length || named.some(([id]) => id === home))) return home;
  const [top, next] = named;
  return top && top[1] >= 2 && (!next || next[1] < top[1]) ? top[0] : null;
}

const firstAtId = (sc: Scan, id: string) => firstAt(sc.reg.get(id)!);

/** Gives each forces description to the forces named before it, else to the forces of the story's state. */
export function resolveForceDescriptions(sc: Scan): void {
  if (!sc.forceDescriptions.length) return;
  const taken = new Set(sc.reg.all().flatMap((d) => d.mentions.map((m) => m.start)));
  const home = storyState(sc);
  for (const ds of sc.forceDescriptions) {
    if (taken.has(ds.start)) continue;
    const [suffix, label] = ds.head.split('|') as [string, string];
    const into = namedBefore(sc, suffix, ds.start) ?? (home ? stateBody(sc, home, suffix, label) : null);
    if (into) sc.reg.mention(into.id, ds.start, ds.end, 'descriptor', ds.surface);
  }
}
