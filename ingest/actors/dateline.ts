// Wire datelines ("ADDIS ABABA (AP) —", "KYIV, Ukraine —"): where a story was filed, which is no actor, and
// the state it was filed from. In: the article text and its blocks. Out: dateline ranges and the home state.
import { matchAt, stateEntry } from '../gazetteer/index.ts';
import { keysOf } from '../gazetteer/keys.ts';
import type { CleanDoc } from '../types.ts';

// A dateline opening a paragraph: a place in capitals, maybe ", Country" and a short date, then an optional
// "(Outlet)" and a dash. Group 1 is the place part.
const DATELINE =
  /^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.'’ -]{0,30}?)?)(?:,? [A-Z][a-z]{2,4}\.? \d{1,2})?\s*(?:\([^()\n]{1,40}\))?\s*(?:—|–|--?)\s/;

/** [start, end) of each paragraph's dateline place, in original offsets. */
export function datelineRanges(text: string, clean: CleanDoc): [number, number][] {
  const out: [number, number][] = [];
  for (const b of clean.blocks) {
    const m = DATELINE.exec(text.slice(b.start, Math.min(b.end, b.start + 120)));
    if (m) out.push([b.start, b.start + m[1]!.length]);
  }
  return out;
}

/** The state of the article's first dateline ("ISLAMABAD (Reuters) -" → pakistan), if the gazetteer knows it. */
export function datelineState(text: string, datelines: [number, number][]): string | null {
  const first = datelines[0];
  if (!first) return null;
  const keys = keysOf(text.slice(first[0], first[1]));
  for (let i = 0; i < keys.length; i++) {
    const id = matchAt(keys, i)?.hits.find((h) => stateEntry(h.id))?.id;
    if (id) return id;
  }
  return null;
}
