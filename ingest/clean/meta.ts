// Article metadata found in the page text: publication date (dateline/timestamp) and publisher name.
// In: lines of the original text. Out: 'YYYY-MM-DD' or null; an outlet name from the gazetteer or null.
import * as chrono from 'chrono-node';

import { findOutletIn, outletByDomain } from '../gazetteer/index.ts';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const M = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
// "17 January 2021" (digits may be glued to a preceding token: "GMT17 January 2021").
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})\\s*${M},?\\s+((?:19|20)\\d{2})\\b`, 'i');
// "September 21, 2016", "Sept. 21 2016".
const MONTH_DAY_YEAR = new RegExp(`\\b${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'i');
const ISO = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/;
const LABELLED = /^(?:published|updated|posted|first published|date)\b/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function valid(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A full date (with a year) written in one line, or null. */
export function dateIn(line: string): string | null {
  let m = ISO.exec(line);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!);
  m = DAY_MONTH_YEAR.exec(line);
  if (m) return valid(+m[3]!, MONTHS[m[2]!.slice(0, 3).toLowerCase()]!, +m[1]!);
  m = MONTH_DAY_YEAR.exec(line);
  if (m) return valid(+m[3]!, MONTHS[m[1]!.slice(0, 3).toLowerCase()]!, +m[2]!);
  if (LABELLED.test(line)) {
    // Other written forms after a "Published:" label; only when the year is stated.
    const r = chrono.parse(line)[0];
    if (r && r.start.isCertain('year') && r.start.isCertain('day')) {
      return valid(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!);
    }
  }
  return null;
}

/** Normalizes a given date string (ISO or written) to YYYY-MM-DD, or null. */
export function normalizeDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (iso) return valid(+iso[1]!, +iso[2]!, +iso[3]!);
  return dateIn(s);
}

// "(Reuters) -", "WASHINGTON (AP) —", "MEXICO CITY, Feb. 8 (UPI) —": wire datelines at the start of the body.
const DATELINE_OUTLET = /^[^()]{0,60}\(([A-Z][\w.&' -]{1,40})\)\s*[-–—:]/;
const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?:by\s+)?([A-Z][\w.&' -]{1,50})/i;
const WIDGET =
  /\b(?:comment via|follow|subscribe to|via|source:|courtesy of|originally (?:published|appeared) (?:by|in|on))\s+([A-Z][\w.&' -]{1,40})/g;
const DOMAIN = /\b((?:[a-z0-9-]+\.)+(?:com|org|net|ru|co\.uk|uk|de|fr|info|news|tv|io|me|ir|sy|lb|qa|tr|ua|cn|in))\b/gi;

/**
 * The publisher's name when the page says it: a wire dateline in the first body paragraph, a copyright
 * line, a "Comment via X" widget, or a domain name in the furniture. Matched against the outlets gazetteer.
 */
export function findOutletName(firstBody: string | null, furniture: string[]): string | null {
  if (firstBody) {
    const m = DATELINE_OUTLET.exec(firstBody);
    if (m) {
      const o = findOutletIn(m[1]!);
      if (o) return o.name;
    }
  }
  for (const line of furniture) {
    const c = COPYRIGHT.exec(line);
    if (c) {
      const o = findOutletIn(c[1]!);
      if (o) return o.name;
    }
    for (const w of line.matchAll(WIDGET)) {
      const o = findOutletIn(w[1]!);
      if (o) return o.name;
    }
    for (const d of line.matchAll(DOMAIN)) {
      const o = outletByDomain(d[1]!);
      if (o) return o.name;
    }
  }
  return null;
}
