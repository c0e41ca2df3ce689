// The outlet of a page's credit line, read by its shape when the gazetteer may not know the name: "Haveeru Online |
// 12 October 2014, 21:40 | By Aminath Shifa", "By Rita Molisale | Vanuatu Daily Post | Thursday, 14 November 2019",
// "Al-Watwan, 17 July 2019 - By our correspondent", "Pacific Beat / By Liam Forde"; and the agency of a wire
// dateline the gazetteer does not know ("KATIMA MULILO, 06 NOV (NAMPA) –", "Tirana, 4 February 2015 /ATA/ -").
// In: one line of furniture, or the lead. Out: the outlet's name as the page writes it (site words cut), or null.
import { entryById, matchAt } from '../gazetteer/index.ts';
import { keysOf } from '../gazetteer/keys.ts';

/** Parts of a credit line: split at a pipe, a bullet, or a slash or dash between spaces. */
const SEPARATOR = /\s+[|·•/]\s+|\s+[-–—]\s+/;
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|déc)[a-zé]*\.?`;
const WEEKDAY = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche`;
/** A date or a time: "12 October 2014", "14.05.2018.", "19:05h", "Thursday", "Posted Thu 8 Nov 2018". */
const DATE_PART = new RegExp(
  String.raw`^(?:(?:posted|published|updated|last updated)\b.*|.*\b(?:${MONTH}|${WEEKDAY})\b.*\d|.*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}.*|.*\b\d{1,2}[:h]\d{2}.*|(?:${WEEKDAY}))$`,
  'iu',
);
/** A byline or an author label: "By Aminath Shifa", "Author: Jelena Radulović", "By our correspondent". */
const BYLINE_PART = /^(?:by|author|authors|written by|reported by|reporter|text|photo|photos)\b/iu;
/** Desk words a credit line may hold in the outlet's place: "Staff Writer", "Our Correspondent", "News Desk". */
const DESK_WORDS = /\b(?:writer|reporter|correspondent|editor|desk|staff|contributor|columnist|bureau|agencies)\b/iu;
/** Words a site adds to its outlet's name: "Haveeru Online", "Vijesti online", "Defimedia.info". */
const SITE_WORDS =
  /(?:\s+(?:online|online news|news online|digital|web|live|english))+$|\.(?:com|info|net|org|mv|me|mu|co\.\w\w|\w\w)$/iu;
/** An outlet's name: one to five words, capitalized or figures, no sentence ("Reuters, AP reporters detained"). */
const NAME =
  /^[\p{Lu}\d][\p{L}\d.&'’-]*(?:\s+(?:[\p{Lu}\d][\p{L}\d.&'’-]*|of|de|du|la|le|el|al|and|the|online)){0,4}$/u;

/** Whether the gazetteer reads the whole name as something else than an outlet (a state, a place, a body). */
function namesOther(name: string): boolean {
  const keys = keysOf(name);
  const m = keys.length ? matchAt(keys, 0) : null;
  return !!m && m.end === keys.length && !m.hits.some((h) => entryById(h.id)?.kind === 'outlet');
}

/** The name as the page gives it without its site words, when it can be an outlet's; else null. */
function outletName(raw: string): string | null {
  const name = raw.trim().replace(SITE_WORDS, '').trim();
  if (!name || !NAME.test(name) || DESK_WORDS.test(name) || namesOther(name)) return null;
  return name;
}

/**
 * The names a credit line of two parts or more holds besides its dates and bylines ("Arben Gjoka | BIRN | Tirana |
 * 3 February 2015" holds three), when a part is a date or a byline; a part may carry its place or date after a comma
 * ("Al-Watwan, 17 July 2019"). Empty for any other line.
 */
export function creditLineNames(line: string): string[] {
  if (line.length > 160) return [];
  const parts = line.trim().split(SEPARATOR);
  if (parts.length < 2) return [];
  let furniture = false;
  const left: string[] = [];
  for (const p of parts) {
    const [head, ...rest] = p.split(/\s*,\s*/);
    if (BYLINE_PART.test(p) || DATE_PART.test(p)) furniture = true;
    if (BYLINE_PART.test(p) || DATE_PART.test(head!)) continue;
    if (rest.length && !rest.every((r) => DATE_PART.test(r) || /^\p{Lu}[\p{L}' -]*$/u.test(r))) continue;
    left.push(head!);
  }
  if (!furniture) return [];
  return left.map(outletName).filter((n): n is string => !!n);
}

/** Whether a line is a credit line ("Kloop | 6 October 2020 | Author: A. Sydykova"): furniture, never a headline. */
export const isCreditLine = (line: string): boolean =>
  line.length <= 160 && line.trim().split(SEPARATOR).length >= 2 && creditLineNames(line).length > 0;

/** "(NAMPA) –", "/ATA/ -": the agency a wire dateline names before its dash, known to the gazetteer or not. */
const DATELINE_AGENCY =
  /^[^()/\n]{0,60}?(?:\(([\p{Lu}][\p{L}\d.&' -]{1,30})\)|\/([\p{Lu}][\p{L}\d.&' -]{1,30})\/)\.?\s*[-–—:]/u;

/** The agency of a wire dateline opening the lead, as written, or null (a place in brackets is none). */
export function datelineAgency(lead: string): string | null {
  const m = DATELINE_AGENCY.exec(lead);
  const name = m ? (m[1] ?? m[2])!.trim() : null;
  return name && name.split(/\s+/).length <= 4 ? outletName(name) : null;
}
