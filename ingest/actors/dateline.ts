// Wire datelines ("ADDIS ABABA (AP) —", "KYIV, Ukraine —"): where a story was filed, which is no actor, and
// the state it was filed from. In: the article text and its blocks. Out: dateline ranges and the home state.
import { matchAt, stateEntry } from '../gazetteer/index.ts';
import { keysOf } from '../gazetteer/keys.ts';
import type { CleanDoc } from '../types.ts';

// A dateline opening a paragraph: a place in capitals, maybe ", Country" and a short date (with its year: "Feb 8,
// 2026"), then an optional "(Outlet)" and a dash. Group 1 is the place part.
const DATELINE =
  /^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.'’ -]{0,30}?)?)(?:,? [A-Z][a-z]{2,4}\.? \d{1,2}(?:, \d{4})?)?\s*(?:\([^()\n]{1,40}\))?\s*(?:—|–|―|--?)\s/;

// The South Asian papers' dateline: a place in capitals and a colon ("ISLAMABAD: Pakistan on Thursday ...").
const COLON_DATELINE = /^([A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,2}):\s+(?=[A-Z"“])/;

// A dateline in title case ("Mogadishu (AFP) -", "La Paz, April 14 (EFE).-", "Brasília - "): group 1 is the place,
// read as a dateline only in the lead, when it is a state's capital or name (capitalDateline) and a capitalized
// sentence follows the dash, so no sentence's first words ("Kenya – a key ally – said") pass.
const TITLE_DATELINE =
  /^([A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){0,2})(?:, [\p{L}\d ,./]{1,24}?)?\s*(?:\([^()\n]{1,40}\))?\.?\s*(?:—|–|--?)\s+(?=["“]?\p{Lu})/u;

/** The length of a title-case dateline place that is a state's capital or name ("Brasília", "La Paz"), or 0. */
function capitalDateline(head: string): number {
  const m = TITLE_DATELINE.exec(head);
  if (!m) return 0;
  const keys = keysOf(m[1]!);
  const hit = matchAt(keys, 0);
  const ok = hit?.end === keys.length && hit.hits.some((h) => stateEntry(h.id) && /^(?:name|metonym)$/.test(h.role));
  return ok ? m[1]!.length : 0;
}

const AFTER_SENTENCE = /[a-z][.!?]["”’]?\s+(?=[A-Z]{2})/g;

/** [start, end) of each paragraph's dateline place, in original offsets. */
export function datelineRanges(text: string, clean: CleanDoc): [number, number][] {
  const out: [number, number][] = [];
  const lead = clean.blocks.find((b) => /\p{Ll}/u.test(text.slice(b.start, b.end)) && b.end - b.start > 120);
  for (const b of clean.blocks) {
    const head = text.slice(b.start, Math.min(b.end, b.start + 120));
    const m = DATELINE.exec(head) ?? COLON_DATELINE.exec(head);
    const title = m || out.length || b !== lead ? 0 : capitalDateline(head);
    if (m) out.push([b.start, b.start + m[1]!.length]);
    else if (title) out.push([b.start, b.start + title]);
    else {
      // A headline glued to the lead in one paragraph: "... Was Paying It. WASHINGTON ― After ...".
      const wide = text.slice(b.start, Math.min(b.end, b.start + 300));
      for (const g of wide.matchAll(AFTER_SENTENCE)) {
        const at = g.index + g[0].length;
        const d = DATELINE.exec(wide.slice(at, at + 120));
        if (d) {
          out.push([b.start + at, b.start + at + d[1]!.length]);
          break;
        }
      }
    }
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
