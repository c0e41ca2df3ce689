// Relay chains: an outlet or person passing on someone else's words ("X reported that Y said ...",
// "according to Y, ..., reports X"). In: frames in reading order. Out: the frames kept, with outer relays folded in.
import type { Frame } from './frames.ts';

/**
 * Cues that are also acts between actors ("Russia warned Poland that ..."): after "according to X" the act is
 * what X asserts, so X's claim stays whole and the act's relation points at it; unless X only passes words on
 * (a document, an outlet: `relayOnly`), when the act is the inner speaker's, relayed by X.
 */
const ACTS = new Set(['warn', 'accuse', 'threaten', 'urge', 'call', 'charge']);

export interface Folded {
  frame: Frame;
  /** Frames whose speakers relay this one, nearest first. */
  outer: Frame[];
}

/**
 * A report-type frame ("reported", "according to" an outlet) whose content holds another whole
 * attribution is a relay of it: the inner frame gets the outer speaker in `via`, and the outer is
 * dropped. `isRelay` says whether a frame's speaker or cue makes it a relay.
 */
export function foldRelays(
  frames: Frame[],
  starts: (f: Frame) => number,
  isRelay: (f: Frame) => boolean,
  sourceStart: (f: Frame) => number = starts,
  /** "according to a statement carried by X", "according to the BBC": the source only passes words on. */
  relayOnly: (f: Frame) => boolean = () => false,
): Folded[] {
  const out: Folded[] = frames.map((frame) => ({ frame, outer: [] }));
  // Each frame's outer relays without repeats: copying the lists with their repeats doubled them at every level
  // of nesting ("Reuters reported that" 19 times was 2^19 entries and a stack overflow). A frame listed again
  // adds nothing, since `via` keeps each relaying actor once, in order of first appearance.
  const listed = frames.map(() => new Set<Frame>());
  const addOuter = (k: number, f: Frame) => {
    if (listed[k]!.has(f)) return;
    listed[k]!.add(f);
    out[k]!.outer.push(f);
  };
  const dropped = new Set<number>();
  for (let o = 0; o < frames.length; o++) {
    const outer = frames[o]!;
    if (!isRelay(outer)) continue;
    for (let k = 0; k < frames.length; k++) {
      if (k === o || dropped.has(k)) continue;
      const inner = frames[k]!;
      if (inner.sentence !== outer.sentence && !outer.content.quote) continue;
      const at = starts(inner);
      if (at < outer.content.start || at >= outer.content.end || inner.content.start < outer.content.start - 2)
        continue;
      // "According to X, Y said C": only when Y opens X's content and speaks to its end ("according to X,
      // A happened after Y said B" stays X's claim).
      if (
        outer.cue.lemma === 'according to' &&
        (sourceStart(inner) - outer.content.start > 2 ||
          inner.content.end < outer.content.end - 3 ||
          (ACTS.has(inner.cue.lemma) && !relayOnly(outer)))
      )
        continue;
      {
        addOuter(k, outer);
        for (const f of out[o]!.outer) addOuter(k, f);
        dropped.add(o);
      }
    }
  }
  return out.filter((_, k) => !dropped.has(k));
}
