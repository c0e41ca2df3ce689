// Date expressions in a span of text, resolved against the article's publication date (chrono-node).
// In: text + reference date (YYYY-MM-DD or null). Out: dates as YYYY-MM-DD | YYYY-MM | --MM-DD | null.
import * as chrono from 'chrono-node';

import { parseDateline } from '../clean/dateline.ts';

/** What the text pins down; null parts are unknown. Used to compare dates that cannot be printed. */
export interface DayKey {
  year: number | null;
  month: number | null;
  day: number | null;
  /** Read from a week told relative to the report ("last week"): the report's news, not a month long past. */
  week?: true;
}

export interface FoundDate {
  /** Character offsets of the expression (into the text given, plus `base`). */
  start: number;
  end: number;
  /** The printable date, or null when the text does not pin one down (e.g. "on Tuesday" with no article date). */
  value: string | null;
  key: DayKey;
}

// chrono is costly: only call it on text that can hold a date.
// Months and weekdays are capitalized in English, which keeps the modal "may" from waking chrono up.
const DATEISH =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:yesterday|today|week|ago|overnight)\b|\bthis (?:morning|afternoon|evening)\b|\blast (?:night|month)\b/;
// Only day-level parsers: times of day, slash dates and "within 3 days" cost time and never date an event here.
const DAY_PARSERS = new Set([
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser',
  'ENTimeUnitAgoFormatParser',
  'ENYearMonthNameParser',
  'ENCasualDateParser',
  'ENMonthNameParser',
  'ENRelativeDateFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
]);
const parser = chrono.casual.clone();
const kept = parser.parsers.filter((p) => DAY_PARSERS.has(p.constructor.name));
// Class names are chrono's own; if a release renames them, fall back to the full casual parser.
if (kept.length >= 6) parser.parsers = kept;

const RELATIVE_WORDS = /\b(?:yesterday|today|tonight|ago|week|weeks|last night)\b/i;
/** A date the words themselves state: a month's name or a number ("the past day" states none). */
const STATED = /\d|\b(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?(?![a-z])/i;
const FUTURE_BEFORE = /\b(?:next|coming|upcoming|following)\s+$/i;
const PAST_BEFORE = /\blast\s+$/i;

/** A year told after a month by the report's own: "September last year", "March of this year". */
const LAST_YEAR_AFTER = /^,?\s+(?:of\s+)?last\s+year\b/i;
const THIS_YEAR_AFTER = /^,?\s+(?:of\s+)?this\s+year\b/i;

const pad = (n: number) => String(n).padStart(2, '0');
const DAY_MS = 86_400_000;

export function formatKey(key: DayKey): string | null {
  if (key.month == null) return null;
  if (key.year != null && key.day != null) return `${key.year}-${pad(key.month)}-${pad(key.day)}`;
  if (key.year != null) return `${key.year}-${pad(key.month)}`;
  if (key.day != null) return `--${pad(key.month)}-${pad(key.day)}`;
  return null;
}

/**
 * A stand-in instant for a day without a year: in a leap year only for Feb 29, so "yesterday" on March 1 is
 * Feb 28 (the common case) and the day itself always exists.
 */
function dayOnly(d: string): Date | null {
  const m = /^--(\d{2})-(\d{2})$/.exec(d);
  if (!m) return null;
  const leap = m[1] === '02' && m[2] === '29';
  return new Date(Date.UTC(leap ? 2000 : 2001, +m[1]! - 1, +m[2]!, 12));
}

const keyOf = (d: Date): DayKey => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });

/**
 * "Shelled the town overnight": in news copy the night that ended on the day of the report, so the article's date
 * (chrono has no reading of the word). So is "this morning" (chrono reads it as a time, no day). No article date, no
 * day.
 */
const OVERNIGHT = /\bovernight\b|\bthis (?:morning|afternoon|evening)\b/gi;
function overnight(text: string, ref: Date | null, day: Date | null, base: number): FoundDate[] {
  const on = ref ?? day;
  const key: DayKey = on
    ? { ...keyOf(on), year: ref ? on.getUTCFullYear() : null }
    : { year: null, month: null, day: null };
  return [...text.matchAll(OVERNIGHT)].map((m) => ({
    start: base + m.index,
    end: base + m.index + m[0].length,
    value: formatKey(key),
    key,
  }));
}

/** Words that may open a date in Title Case ("Attack In March"): they make no name of the month after them. */
const DATE_WORDS = new Set(
  'in on of by since until till last early late mid during before after from through this next each every and or to for since'.split(
    ' ',
  ),
);

/**
 * "as Morocco marks Green March anniversary", "the Long March": a month's name after a capitalised word inside a
 * sentence is part of a name, not a date.
 */
function inName(text: string, at: number): boolean {
  const m = /(?:^|[^.!?:\n]\s)(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at));
  return !!m && !DATE_WORDS.has(m[1]!.toLowerCase());
}

/**
 * "in the night from Sunday to Monday June 12", "overnight Saturday to Sunday, March 3": two weekdays, the second with
 * its month and day. The date told is the second's (a night's strike is dated to the morning it ended on); other
 * readings keep their start.
 */
function nightsEnd(r: chrono.ParsedResult): chrono.ParsedComponents {
  const [a, b] = [r.start, r.end];
  const weekdayOnly = a.isCertain('weekday') && !a.isCertain('month') && !a.isCertain('day');
  return weekdayOnly && b?.isCertain('month') && b.isCertain('day') ? b : a;
}

/** Finds and resolves the date expressions of `text`. `base` is added to the offsets. */
export function findDates(text: string, publishedAt: string | null, base = 0): FoundDate[] {
  if (!DATEISH.test(text)) return [];
  // A dateline without a year ('--MM-DD') anchors "today" and "yesterday" to a month and day, nothing more.
  const day = publishedAt?.startsWith('--') ? dayOnly(publishedAt) : null;
  const ref = publishedAt && !day ? new Date(`${publishedAt}T12:00:00Z`) : null;
  // Without an article date, only what the text states is kept, so the reference is arbitrary.
  const instant = ref ?? day ?? new Date(Date.UTC(2000, 5, 15, 12));
  let results: chrono.ParsedResult[];
  try {
    results = parser.parse(text, { instant, timezone: 0 });
  } catch {
    return [];
  }
  const out: FoundDate[] = [];
  for (const r of results) {
    // chrono reads "last month" as a day a month back; lastMonth below reads the month.
    if (LAST_MONTH_ONLY.test(r.text)) continue;
    const c = nightsEnd(r);
    const lead = text.slice(Math.max(0, r.index - 12), r.index);
    const future = FUTURE_BEFORE.test(lead);
    const past = PAST_BEFORE.test(lead);
    const hasMonth = c.isCertain('month');
    const hasDay = c.isCertain('day');
    const hasYear = c.isCertain('year');
    if (hasMonth && !hasDay && !hasYear && inName(text, r.index)) continue;
    // chrono reads "over the past day" as certain in every part, the year its stand-in instant's: a day counted back
    // from the report, as "yesterday" is, never a calendar date.
    const relative = RELATIVE_WORDS.test(r.text) || (hasMonth && !STATED.test(r.text));
    let key: DayKey | null = null;
    if (hasMonth && !relative) {
      // Stated calendar date: keep what is stated, pick the year from the article date (past-biased: news reports what happened).
      key = { year: hasYear ? c.get('year')! : null, month: c.get('month')!, day: hasDay ? c.get('day')! : null };
      if (key.year == null && ref) {
        let year = ref.getUTCFullYear();
        const when = Date.UTC(year, key.month! - 1, key.day ?? 1);
        if (!future && (when > ref.getTime() + 7 * DAY_MS || (past && key.month === ref.getUTCMonth() + 1))) year--;
        if (future && when < ref.getTime()) year++;
        // "In September last year", "in March of last year": the year before the report's, whatever the month.
        const after = text.slice(r.index + r.text.length, r.index + r.text.length + 16);
        if (LAST_YEAR_AFTER.test(after)) year = ref.getUTCFullYear() - 1;
        else if (THIS_YEAR_AFTER.test(after)) year = ref.getUTCFullYear();
        key.year = year;
      }
    } else if (c.isCertain('weekday') && !hasMonth) {
      if (!ref) key = { year: null, month: null, day: null };
      else {
        let d = c.date();
        if (!future && d.getTime() > ref.getTime() + DAY_MS / 2) d = new Date(d.getTime() - 7 * DAY_MS);
        key = keyOf(d);
      }
    } else if (relative) {
      if (day && !/\bweeks?\b/i.test(r.text)) key = { ...keyOf(c.date()), year: null };
      else if (!ref) key = { year: null, month: null, day: null };
      else if (/\bweeks?\b/i.test(r.text)) {
        // A week is not a day: print the month when the whole week lies in one.
        // chrono starts weeks on Sunday; "this week" is the article's own week.
        const d = /\bthis\s+week\b/i.test(r.text) ? ref : c.date();
        const dow = (d.getUTCDay() + 6) % 7;
        const monday = new Date(d.getTime() - dow * DAY_MS);
        const sunday = new Date(monday.getTime() + 6 * DAY_MS);
        key =
          monday.getUTCMonth() === sunday.getUTCMonth()
            ? { year: monday.getUTCFullYear(), month: monday.getUTCMonth() + 1, day: null, week: true }
            : { year: null, month: null, day: null };
      } else key = keyOf(c.date());
    }
    if (!key) continue; // times of day, "in the day" and other non-dates
    out.push({ start: base + r.index, end: base + r.index + r.text.length, value: formatKey(key), key });
  }
  // Where chrono read a day in the same words ("overnight into Tuesday"), its day stands.
  // "heavy overnight rain ... on Saturday night": an attributive "overnight" yields to the night a day names.
  const dayTold = out.some((d) => d.key.day != null);
  for (const o of overnight(text, ref, day, base))
    if (!out.some((d) => d.end >= o.start && d.start <= o.end + 12) && !(dayTold && attributive(text, o.end - base)))
      out.push(o);
  out.push(...lastMonth(text, ref, base));
  return out.sort((a, b) => a.start - b.start);
}

/** "overnight rain", "an overnight raid": the word before a noun, not the time of a verb ("struck overnight"). */
const attributive = (text: string, end: number): boolean =>
  /^\s+(?!(?:on|in|into|to|at|and|or|from|near|the|a|an|as|after|before|when|while)\b)[a-z]+/.test(
    text.slice(end, end + 20),
  );

const LAST_MONTH = /\blast month\b/gi;
const LAST_MONTH_ONLY = /^last month$/i;

/** "the murder of X last month": the calendar month before the report's, no day. No article date, no month. */
function lastMonth(text: string, ref: Date | null, base: number): FoundDate[] {
  if (!ref) return [];
  const m = ref.getUTCMonth();
  const key: DayKey = { year: ref.getUTCFullYear() - (m === 0 ? 1 : 0), month: m === 0 ? 12 : m, day: null };
  return [...text.matchAll(LAST_MONTH)].map((x) => ({
    start: base + x.index,
    end: base + x.index + x[0].length,
    value: formatKey(key),
    key,
  }));
}

/** The longest dateline told as sentences of its own: "KYIV, Ukraine, January 27, 2023. /TASS/. ". */
const DATELINE_SENTENCES = 80;

/**
 * "DONETSK, January 27. /TASS/. Ukrainian forces shelled ...": the date of a dateline written as sentences of their
 * own, when `head` (the text of its paragraph before the lead sentence) is that dateline and nothing else; it dates
 * the lead as a dateline inside the lead does. `base` is head's offset in the article.
 */
export function datelineOf(head: string, publishedAt: string | null, base: number): FoundDate | null {
  if (!head.trim() || head.length > DATELINE_SENTENCES || !/\s$/.test(head)) return null;
  const d = parseDateline(head);
  if (d?.day == null) return null;
  const dates = findDates(head, publishedAt, base);
  return dates.length === 1 ? dates[0]! : null;
}

/** True when two partial dates cannot be the same day (a stated part differs). */
export function datesConflict(a: DayKey, b: DayKey): boolean {
  return (
    (a.year != null && b.year != null && a.year !== b.year) ||
    (a.month != null && b.month != null && a.month !== b.month) ||
    (a.day != null && b.day != null && a.day !== b.day)
  );
}

/** The day of a report as the clean stage gives it ('YYYY-MM-DD' or '--MM-DD'), or null. */
export function reportKey(publishedAt: string | null): DayKey | null {
  const m = /^(\d{4}|-)-(\d{2})-(\d{2})/.exec(publishedAt ?? '');
  return m ? { year: m[1] === '-' ? null : +m[1]!, month: +m[2]!, day: +m[3]! } : null;
}

/** Days an event may precede the report that tells it and still be dated by the report's day ("on Tuesday"). */
const REPORT_WINDOW_DAYS = 7;

/**
 * True when a date the text states (`told`) cannot fall in the week up to the report's day (`report`, the
 * dateline's): "a rocket attack on Erbil in February" is not the strike a May 25 dateline reports.
 */
export function beforeReportConflict(report: DayKey, told: DayKey): boolean {
  if (report.year != null && told.year != null && (told.year > report.year || told.year < report.year - 1)) return true;
  if (report.month == null || told.month == null) return false;
  const months = (report.month - told.month + 12) % 12;
  if (months > 1) return true;
  if (report.day == null || told.day == null) return false;
  const days = months === 0 ? report.day - told.day : report.day + 31 - told.day;
  return days < 0 || days > REPORT_WINDOW_DAYS;
}
