// Wire datelines ("ADDIS ABABA (AP) —", "KYIV, Ukraine —"): where a story was filed, which is no actor, and
// the state it was filed from. In: the article text and its blocks. Out: dateline ranges and the home state.
import { heldPlace, placeState } from '../gazetteer/cities.ts';
import { matchAt, stateEntry } from '../gazetteer/index.ts';
import { keysOf } from '../gazetteer/keys.ts';
import { sharedNameState, sharedReadings } from '../gazetteer/shared-names.ts';
import type { CleanDoc } from '../types.ts';

// A dateline opening a paragraph: a place in capitals, maybe ", Country" and a short date (with its year: "Feb 8,
// 2026"), then an optional "(Outlet)" and a dash; an agency may follow the date after a comma instead ("TALLINN, Nov 18,
// BNS -"). Group 1 is the place part, group 2 such an agency.
const DATELINE =
  /^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.'’ -]{0,30}?)?)(?:,? [A-Z][a-z]{2,4}\.? \d{1,2}(?:, \d{4})?(, [A-Z]{2,8})?)?\s*(?:\([^()\n]{1,40}\))?\s*(?:—|–|―|--?)\s/;

// The South Asian papers' dateline: a place in capitals and a colon ("ISLAMABAD: Pakistan on Thursday ...").
const COLON_DATELINE = /^([A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,2}):\s+(?=[A-Z"“])/;

// A dateline in title case ("Mogadishu (AFP) -", "La Paz, April 14 (EFE).-", "Brasília - "): group 1 is the place,
// read as a dateline only in the lead, when it is a state's capital or name (capitalDateline) and a capitalized
// sentence follows the dash, so no sentence's first words ("Kenya – a key ally – said") pass. The national agencies'
// form ends in the outlet and a colon ("Kathmandu, Baisakh 27 (RSS):").
const TITLE_DATELINE =
  /^([A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){0,2})(?:, [\p{L}\d ,./]{1,24}?)?(?:\s*(?:\([^()\n]{1,40}\))?\.?\s*(?:—|–|--?)|\s*\([^()\n]{1,40}\):)\s+(?=["“]?\p{Lu})/u;

// A local paper's dateline: the place and a period ("San Pedro Sula.", "TEGUCIGALPA.", "Popayán, Cauca."), read only
// in the lead and when every part of it is a known place (capitalDateline), so no one-word sentence passes.
const LOCAL_DATELINE =
  /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}(?:, \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})?)\.\s*(?:[—–-]\s*)?(?=["“]?\p{Lu}\p{Ll})/u;

/** The state a place names whole as the state's name, alias or capital ("Brasília", "La Paz", "DR Congo"), or null. */
function stateNamed(place: string): string | null {
  const keys = keysOf(place);
  const hit = matchAt(keys, 0);
  if (hit?.end !== keys.length) return null;
  return hit.hits.find((h) => stateEntry(h.id) && /^(?:name|alias|metonym)$/.test(h.role))?.id ?? null;
}

/** Whether a title-case place is a state's capital or name ("Brasília", "La Paz"). */
function stateOrCapital(place: string): boolean {
  const keys = keysOf(place);
  const hit = matchAt(keys, 0);
  return hit?.end === keys.length && hit.hits.some((h) => stateEntry(h.id) && /^(?:name|metonym)$/.test(h.role));
}

/**
 * The length of a title-case dateline place that is a state's capital or name ("Brasília", "La Paz"), or a city or
 * region of one state ("Choloma (AFP) -", "San Pedro Sula."), or 0.
 */
function capitalDateline(head: string): number {
  const m = TITLE_DATELINE.exec(head) ?? LOCAL_DATELINE.exec(head);
  if (!m) return 0;
  return stateOrCapital(m[1]!) || partsState(m[1]!) ? m[1]!.length : 0;
}

/**
 * The length of the city of a dateline the cleaner read with its agency and no dash ("Raipur, Nov 18 (IANS)",
 * "Bijapur (Chhattisgarh), Nov 18 (PTI)", clean/dateline.ts) opening the lead, or 0.
 */
function agencyDateline(head: string, clean: CleanDoc): number {
  const place = clean.dateline?.place;
  // "Bunia (DR Congo)": the state in parentheses stays a mention of the state, as it was before such datelines were
  // read; the range is the city.
  return place && head.startsWith(place) ? place.replace(/\s*\(.*$/, '').length : 0;
}

/** A day the dateline's place part took in ("DUBAI, Feb 20"): no place. */
const DAY_PART = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}$|^\d{4}$/i;

/**
 * The one state of a dateline's parts ("Bijapur (Chhattisgarh)", "Popayán, Cauca", "Bunia (DR Congo)"), when every
 * part is a known city, region or state, or the last is and the others are unknown ("LIHUE, Hawaii").
 */
function partsState(place: string): string | null {
  const states = place
    .split(/[(),]/)
    .map((p) => p.trim())
    .filter((p) => p && !DAY_PART.test(p))
    .map((p) => placeState(p) ?? stateNamed(p));
  // "LIHUE, Hawaii": a town the gazetteer does not know, in the region it does, is in that region's state.
  const known = states.length > 1 && states.at(-1) ? states.filter((s) => !!s) : states;
  return known.length && known.every((s) => s && s === known[0]) ? known[0]! : null;
}

const AFTER_SENTENCE = /[a-z][.!?]["”’]?\s+(?=[A-Z]{2})/g;

/** [start, end) of each paragraph's dateline place, in original offsets. */
export function datelineRanges(text: string, clean: CleanDoc): [number, number][] {
  const out: [number, number][] = [];
  const lead = clean.blocks.find((b) => /\p{Ll}/u.test(text.slice(b.start, b.end)) && b.end - b.start > 120);
  for (const b of clean.blocks) {
    const head = text.slice(b.start, Math.min(b.end, b.start + 120));
    const m = DATELINE.exec(head) ?? COLON_DATELINE.exec(head);
    const title = m || out.length || b !== lead ? 0 : capitalDateline(head) || agencyDateline(head, clean);
    if (m) out.push([b.start, b.start + m[1]!.length]);
    // The agency credit after the date ("TALLINN, Nov 18, BNS -"): no word of the lead's first name.
    if (m?.[2]) out.push([b.start + m[0].lastIndexOf(m[2]) + 2, b.start + m[0].lastIndexOf(m[2]) + m[2].length]);
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
    if (id) return sharedDatelineState(text, first, id);
  }
  return null;
}

/**
 * A name two states share in a dateline ("GOMA, Congo"): the one the story's own cues name (shared-names.json), else
 * the one the dateline's city is in (Goma: the DRC), else the gazetteer's reading.
 */
function sharedDatelineState(text: string, [a, b]: [number, number], id: string): string {
  const readings = sharedReadings(id);
  if (!readings.length) return id;
  const cued = sharedNameState(text, id);
  if (cued !== id) return cued;
  const city = placeState(text.slice(a, b).split(',')[0]!.trim());
  return city && readings.includes(city) ? city : id;
}

/**
 * The one state of the first dateline's city and region ("SAN PEDRO SULA (AFP) -" → honduras, "Bijapur
 * (Chhattisgarh), Nov 18 (PTI)" → india), read whole as the cleaner read it when the range stops before the region.
 */
export function datelineCityState(text: string, datelines: [number, number][], clean: CleanDoc): string | null {
  const first = datelines[0];
  if (!first) return placeLineState(text, clean);
  const place = text.slice(first[0], first[1]);
  const whole = clean.dateline?.place;
  return partsState(whole && whole !== place && whole.startsWith(place) ? whole : place);
}

/** A place alone on a line: "Imphal", "RAMESWARAM", "San Pedro Sula". */
const PLACE_LINE = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}$/u;

/**
 * A dateline on a line of its own above the lead ("Four killed in Torbung\n\nImphal\n\nFour people ..."), which
 * the cleaner keeps out of the text blocks: the state of the city or region it names, else null.
 */
function placeLineState(text: string, clean: CleanDoc): string | null {
  const lead = clean.blocks.find((b) => /\p{Ll}/u.test(text.slice(b.start, b.end)) && b.end - b.start > 120);
  if (!lead) return null;
  const line = text.slice(0, lead.start).trimEnd().split('\n').pop()!.trim();
  return PLACE_LINE.test(line) ? partsState(line) : null;
}

/**
 * Whether the first dateline names only a city a de-facto authority holds ("SANAA, March 30 (Al-Masirah) -"): its
 * own media's "Armed Forces" and "government" are not the recognised state's, so the dateline gives no state. Not
 * when the dateline names the state ("DONETSK, Ukraine (Reuters) -").
 */
export function heldDateline(text: string, datelines: [number, number][]): boolean {
  const first = datelines[0];
  if (!first) return false;
  const parts = text
    .slice(first[0], first[1])
    .split(/[(),]/)
    .map((p) => p.trim())
    .filter((p) => p && !DAY_PART.test(p));
  return parts.length > 0 && parts.every(heldPlace);
}

/** A paragraph's opening place in capitals and its date, right before a bracket: "NEW DELHI, March 4 (". */
const CREDIT_BEFORE =
  /(?:^|\n)[ \t]*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.'’ -]{0,30}?)?(?:,? [A-Z][a-z]{2,4}\.? \d{1,2}(?:, \d{4})?)?\s*\($/;

/**
 * Whether the bracket opening at `open` holds a dateline's agency credit ("NEW DELHI, March 4 (PTI) India is ..."),
 * with or without the dash after it: the publisher, never a body the story names by the same letters.
 */
export function datelineCredit(text: string, open: number): boolean {
  return CREDIT_BEFORE.test(text.slice(Math.max(0, open - 80), open + 1));
}
