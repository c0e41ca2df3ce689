// Article metadata found in the page text: publication date (dateline/timestamp) and publisher name.
// In: lines of the original text. Out: 'YYYY-MM-DD' or null; an outlet name (the gazetteer's, or a site's own) or null.
import * as chrono from 'chrono-node';

import { entryById, findOutletIn, matchAt, outletByDomain } from '../gazetteer/index.ts';
import { keysOf } from '../gazetteer/keys.ts';
import { creditLineNames, datelineAgency } from './credit-line.ts';

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
// "September 21, 2016", "Sept. 21 2016", "March 18/2024" (the house style of some East African papers).
const MONTH_DAY_YEAR = new RegExp(
  `\\b${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+|\\s*\\/\\s*)((?:19|20)\\d{2})\\b`,
  'i',
);
const ISO = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/;
const LABELLED = /^(?:published|updated|posted|first published|date)\b/i;

// "05/03/2019", "25.03.2019": day and month order differ by country.
const NUMERIC = /\b(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d{2})\b/;
// "18.06.2020", "26-05-2021" alone on a line (Anadolu, Rudaw).
const LONE_NUMERIC = /^\s*(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})\s*$/;

/** A numeric date only when its order is certain (one part over 12, or both equal); "05/03/2019" is refused. */
function numericDate(a: number, b: number, y: number): string | null {
  if (a > 12 && b <= 12) return valid(y, b, a);
  if (b > 12 && a <= 12) return valid(y, a, b);
  return a === b ? valid(y, a, b) : null;
}

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
  // A date alone on its line ("18.06.2020" under a byline): its order, when certain, dates the page.
  const alone = LONE_NUMERIC.exec(line);
  if (alone) return numericDate(+alone[1]!, +alone[3]!, +alone[4]!);
  if (LABELLED.test(line)) {
    const numeric = NUMERIC.exec(line);
    if (numeric) return numericDate(+numeric[1]!, +numeric[2]!, +numeric[3]!);
    // Other written forms after a "Published:" label; only when the year is stated.
    const r = chrono.parse(line)[0];
    if (r && r.start.isCertain('year') && r.start.isCertain('day')) {
      return valid(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!);
    }
  }
  return null;
}

const STAMP_LABEL = /\b(?:first published|last updated|published|updated|posted|modified|edited|date)\b/gi;

/**
 * The date a stamp line states and what its label says it is: "Published 3 May 2019 · Updated 5 May 2019" gives
 * 3 May as published; a date labelled only "Updated"/"Modified" is a later edit, kept apart so it can come last.
 */
export function stampDate(line: string): { date: string | null; label: 'published' | 'updated' | null } {
  const labels = [...line.matchAll(STAMP_LABEL)];
  if (!labels.length) return { date: dateIn(line), label: null };
  let updated: string | null = null;
  for (let i = 0; i < labels.length; i++) {
    const segment = line.slice(labels[i]!.index, labels[i + 1]?.index ?? line.length);
    const date = dateIn(segment);
    if (!date) continue;
    if (!/updated|modified|edited/i.test(labels[i]![0])) return { date, label: 'published' };
    updated ??= date;
  }
  // "3 May 2019 (updated 5 May)": an unlabelled date before any label.
  const head = dateIn(line.slice(0, labels[0]!.index));
  if (head) return { date: head, label: null };
  return { date: updated, label: updated ? 'updated' : null };
}

/** Normalizes a given date string (ISO or written) to YYYY-MM-DD, or null. */
export function normalizeDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (iso) return valid(+iso[1]!, +iso[2]!, +iso[3]!);
  // "20190305" (parsely, sailthru and some CMSs).
  const compact = /^((?:19|20)\d{2})(\d{2})(\d{2})(?:\b|T)/.exec(s.trim());
  if (compact) return valid(+compact[1]!, +compact[2]!, +compact[3]!);
  return dateIn(s);
}

// "(Reuters) -", "WASHINGTON (AP) —", "MEXICO CITY, Feb. 8 (UPI) —": wire datelines at the start of the body.
/** "BEIRUT (Reuters) -", "Bogotá, Sep 29 (EFE).-", "Erbil (Iraq) (AFP) -": the agency in parentheses before the dash. */
const DATELINE_OUTLET = /^[^()]{0,60}(?:\([^()]{1,30}\)\s*)?\(([A-Z][\w.&' -]{1,40})\)\.?\s*[-–—:]/;
/** "TOKYO, Jan. 5 Kyodo -": a place, a date and the agency without parentheses. */
const BARE_DATELINE_OUTLET =
  /^[A-Z][A-Z .'-]{1,40},\s+[A-Z][a-z]{2,4}\.?\s+\d{1,2}\s+([A-Z][\w&' ]{1,30}?)\s*(?:-|–|—|--)\s/;
const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?(?:by\s+)?([A-Z][\w.&' -]{1,50})/i;
/** A photo or image credit ("© Reuters / Omar Sanadiki", "Photo: AFP"): names the agency of a picture, not the publisher. */
const CREDIT = /\/|\b(?:photo|image|picture|video|file|getty|illustration)s?\b/i;
const WIDGET =
  /\b(?:comment via|follow|subscribe to|via|source:|courtesy of|originally (?:published|appeared) (?:by|in|on))\s+([A-Z][\w.&' -]{1,40})/g;
const DOMAIN = /\b((?:[a-z0-9-]+\.)+(?:com|org|net|ru|co\.uk|uk|de|fr|info|news|tv|io|me|ir|sy|lb|qa|tr|ua|cn|in))\b/gi;
/** "By Ana Ruiz, Reuters", "By Tom Hale | AFP", "By Jane Doe for The Guardian", "Jane Doe, Associated Press". */
const BYLINE_OUTLET =
  /^(?:by\s+)?\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}\s*(?:,|\||–|—|-|\bfor\b)\s*(.{2,60})$/u;

const outletIn = (s: string): string | null => findOutletIn(s)?.name ?? null;

/** The outlet a copyright line names ("© 2016 The Washington Post"), unless the line credits a picture. */
export function copyrightOutlet(line: string): string | null {
  const c = COPYRIGHT.exec(line);
  return c && !CREDIT.test(line) ? outletIn(c[1]!) : null;
}

/** The outlet a byline names after the writer ("By Ana Ruiz, Reuters"). */
export function bylineOutlet(line: string): string | null {
  if (line.length > 100) return null;
  const m = BYLINE_OUTLET.exec(line);
  return m ? outletIn(m[1]!) : null;
}

/**
 * The outlet of a local paper's credit line above the lead: its name, then the place or the day ("Prothom Alo,
 * Bandarban", "El Comercio, Lima, 3 March 2025", "Addis Standard, March 18/2024"), when the gazetteer knows the
 * name; each part after it capitalized words only or a date, so no headline ("Reuters, AP reporters detained") is one.
 */
export function creditOutlet(line: string): string | null {
  const [name, ...rest] = line.trim().split(/\s*,\s*/);
  if (!name || name.length > 40 || !rest.length || rest.length > 2 || !rest.every((p) => CREDIT_PART.test(p)))
    return null;
  return /^[\w-]+(?:\.[\w-]+)+$/.test(name) ? (outletByDomain(name)?.name ?? null) : wholeOutlet(name);
}
/** A place in capitalized words ("Bandarban", "San Pedro Sula") or a day ("3 March 2025", "27/10/2024"). */
const CREDIT_PART = /^(?:\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}|(?=[^.!?]*\d)[\p{L}\d /.-]{1,24})$/u;

/** The outlet of a wire dateline opening the lead ("BEIRUT (Reuters) -"). */
export function datelineOutlet(lead: string): string | null {
  const m = DATELINE_OUTLET.exec(lead) ?? BARE_DATELINE_OUTLET.exec(lead);
  return m ? outletIn(m[1]!) : null;
}

/** The outlet whose domain a URL is on, when the gazetteer knows it. */
export function urlOutlet(url: string | null): string | null {
  const host = url ? /^https?:\/\/([^/:?#]+)/i.exec(url)?.[1] : null;
  return host ? (outletByDomain(host)?.name ?? null) : null;
}

/** Words a site adds to its outlet's name ("Al Jazeera English", "Reuters.com", "CNN International Edition"). */
const SITE_SUFFIX = new Set('english arabic online news com net org international edition live digital tv'.split(' '));

/** The gazetteer outlet a whole site name is ("The Hill Times" is not "The Hill"), or null. */
function wholeOutlet(name: string): string | null {
  const keys = keysOf(name.replace(/\.(?:com|net|org|co\.uk|fr|de|es|it|ru|in|ua|tr|news)$/i, ''));
  const m = keys.length ? matchAt(keys, 0) : null;
  if (!m || keys.slice(m.end).some((k) => !SITE_SUFFIX.has(k))) return null;
  for (const h of m.hits) {
    const e = entryById(h.id);
    if (e?.kind === 'outlet') return e.name;
  }
  return null;
}

/**
 * The publisher a page or feed names for itself (og:site_name, JSON-LD publisher, a feed title, a "Source:" line):
 * the gazetteer's outlet when the name is one ("BBC News - World" → BBC), else the name as given, without its
 * section. A bare domain counts only when the gazetteer knows it.
 */
export function siteOutlet(siteName: string | null | undefined): string | null {
  const name = siteName?.trim();
  if (!name || name.length > 120) return null;
  if (/^(?:www\.)?[\w-]+(?:\.[\w-]+)+$/i.test(name)) return outletByDomain(name)?.name ?? null;
  const first = name.split(/\s+[-–—|:·•»]\s+|:\s+/)[0]!.trim();
  return wholeOutlet(first) ?? wholeOutlet(name) ?? (/\p{L}/u.test(first) && first.length <= 60 ? first : null);
}

/**
 * The publisher's name when the page text says it, most reliable first: a copyright line, a byline naming the
 * outlet, a wire dateline in the first body paragraph, then a "Comment via X" widget or a domain in the furniture.
 */
export function findOutletName(firstBody: string | null, furniture: string[]): string | null {
  // A name the gazetteer does not know counts only when nothing names a known outlet.
  let unknown: string | null = null;
  for (const line of furniture) {
    const credit = creditLineNames(line);
    const o =
      copyrightOutlet(line) ??
      (/^by\s/i.test(line) ? bylineOutlet(line) : null) ??
      creditOutlet(line) ??
      credit.map(wholeOutlet).find((n) => n);
    if (o) return o;
    // "Arben Gjoka | Tirana | 3 February 2015": of several names none is known to be the outlet.
    if (credit.length === 1) unknown ??= credit[0]!;
  }
  const wire = firstBody ? (datelineOutlet(firstBody) ?? creditOutlet(firstBody)) : null;
  if (wire) return wire;
  unknown ??= firstBody ? datelineAgency(firstBody) : null;
  for (const line of furniture) {
    for (const w of line.matchAll(WIDGET)) {
      const o = outletIn(w[1]!);
      if (o) return o;
    }
    for (const d of line.matchAll(DOMAIN)) {
      const o = outletByDomain(d[1]!);
      if (o) return o.name;
    }
  }
  return unknown;
}
