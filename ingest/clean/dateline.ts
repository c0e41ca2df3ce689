// A wire dateline opening the lead: "GAZA CITY, March 4 (Reuters) -", "BELGRADE, 24 Sept 2023 (AFP) -",
// "WASHINGTON (AP) —". In: the lead paragraph's text. Out: the place in capitals and the day, whose year is often
// left out (wire copy dates the story, the year being the wire's own); null when the lead opens with no dateline.

export interface Dateline {
  /** The place as written ("GAZA CITY", "KYIV, Ukraine"), or null. */
  place: string | null;
  /** 1-12, or null when the dateline states no date. */
  month: number | null;
  day: number | null;
  /** The year when stated ("24 Sept 2023"), else null. */
  year: number | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const YEAR = '(?:,?\\s+((?:19|20)\\d{2}))?';
// The place: words in capitals, then maybe ", Country" in any case ("KYIV, Ukraine").
const PLACE = "([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\\w.'’ -]{0,30}?)?)";
const DASH = '\\s*(?:\\([^()\\n]{1,40}\\))?\\s*(?:—|–|--?|:)\\s';
const MONTH_DAY = new RegExp(`^${PLACE},?\\s+${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?${YEAR}${DASH}`);
const DAY_MONTH = new RegExp(`^${PLACE},?\\s+(\\d{1,2})\\s+${MONTH}${YEAR}${DASH}`);
const PLACE_ONLY = new RegExp(`^${PLACE}${DASH}`);
// Agencies that write the place in title case name themselves in capitals: "Bogotá, Sep 29 (EFE).-", "Erbil (Iraq)
// (AFP) - May 26, 2021 -". Only with the agency in parentheses, so no sentence's first words pass for a dateline.
const TITLE_PLACE = "([A-Z][\\p{L}.'’-]+(?: [A-Z][\\p{L}.'’-]+){0,3}(?: \\([A-Z][\\p{L} .'’-]{1,30}\\))?)";
// dpa writes its name in lower case: "Yaoundé, November 10 (dpa) -".
const AGENCY_DASH = '\\s*\\((?:[A-Z][A-Za-z-]{1,12}|dpa)\\)\\.?\\s*(?:—|–|--?|:)\\s';
const DATE_AFTER = new RegExp(`^\\s*${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?${YEAR}\\s*(?:—|–|--?|:)\\s`);
const TITLE_MONTH_DAY = new RegExp(
  `^${TITLE_PLACE},?\\s+${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?${YEAR}${AGENCY_DASH}`,
  'u',
);
// "Bignona, 12 March (APS) -": the day before the month, as francophone and Commonwealth agencies write it.
const TITLE_DAY_MONTH = new RegExp(`^${TITLE_PLACE},?\\s+(\\d{1,2})\\s+${MONTH}${YEAR}${AGENCY_DASH}`, 'u');
const TITLE_ONLY = new RegExp(`^${TITLE_PLACE}${AGENCY_DASH}`, 'u');
// PTI, IANS and ANI write no dash: "Imphal, Jan 18 (PTI) Three persons were killed ..." (an agency in capitals in
// parentheses, then the lead's first word).
const TITLE_MONTH_DAY_BARE = new RegExp(
  `^${TITLE_PLACE},?\\s+${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?${YEAR}\\s*\\([A-Z]{2,6}\\)\\s+(?=["\u201c]?[A-Z])`,
  'u',
);
// TASS writes "DONETSK, January 27. /TASS/." (the agency between slashes, no dash).
const SLASH_AGENCY = '\\.?\\s*/[A-Z][A-Za-z-]{1,12}/\\.?\\s';
const MONTH_DAY_SLASH = new RegExp(`^${PLACE},?\\s+${MONTH}\\s+(\\d{1,2})${YEAR}${SLASH_AGENCY}`);
// A dateline without its place: "Feb 15 (Reuters) -" (only with the agency in parentheses).
const DAY_ONLY = new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?${YEAR}${AGENCY_DASH}`);

const monthOf = (s: string) => MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1;

function valid(d: Dateline): Dateline | null {
  if (d.month === null || d.day === null) return d;
  // Checked in a leap year when the year is unknown: "Feb 29" may be right.
  const y = d.year ?? 2000;
  const t = new Date(Date.UTC(y, d.month - 1, d.day));
  return t.getUTCMonth() === d.month - 1 ? d : null;
}

/** The dateline at the start of `lead`, or null. */
export function parseDateline(lead: string): Dateline | null {
  const head = lead.slice(0, 140);
  let m = MONTH_DAY.exec(head);
  if (m) return valid({ place: m[1]!, month: monthOf(m[2]!), day: +m[3]!, year: m[4] ? +m[4] : null });
  m = DAY_MONTH.exec(head);
  if (m) return valid({ place: m[1]!, month: monthOf(m[3]!), day: +m[2]!, year: m[4] ? +m[4] : null });
  m = MONTH_DAY_SLASH.exec(head);
  if (m) return valid({ place: m[1]!, month: monthOf(m[2]!), day: +m[3]!, year: m[4] ? +m[4] : null });
  m = DAY_ONLY.exec(head);
  if (m) return valid({ place: null, month: monthOf(m[1]!), day: +m[2]!, year: m[3] ? +m[3] : null });
  m = TITLE_MONTH_DAY.exec(head);
  if (m) return valid({ place: m[1]!, month: monthOf(m[2]!), day: +m[3]!, year: m[4] ? +m[4] : null });
  m = TITLE_DAY_MONTH.exec(head);
  if (m) return valid({ place: m[1]!, month: monthOf(m[3]!), day: +m[2]!, year: m[4] ? +m[4] : null });
  m = TITLE_MONTH_DAY_BARE.exec(head);
  if (m) return valid({ place: m[1]!, month: monthOf(m[2]!), day: +m[3]!, year: m[4] ? +m[4] : null });
  m = TITLE_ONLY.exec(head);
  if (m) {
    // "Erbil (Iraq) (AFP) - May 26, 2021 - ...": the day right after the agency.
    const d = DATE_AFTER.exec(head.slice(m[0].length - 1));
    return valid({
      place: m[1]!,
      month: d ? monthOf(d[1]!) : null,
      day: d ? +d[2]! : null,
      year: d?.[3] ? +d[3] : null,
    });
  }
  m = PLACE_ONLY.exec(head);
  // A lone capital word before the dash is a dateline only in capitals ("BEIRUT —"), not a sentence's first word.
  if (m && /[A-Z]{2}/.test(m[1]!)) return { place: m[1]!, month: null, day: null, year: null };
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 'YYYY-MM-DD' when the year is known, '--MM-DD' when not, null when the dateline has no day. */
export function datelineDay(d: Dateline | null, year: number | null = null): string | null {
  if (!d || d.month === null || d.day === null) return null;
  const y = d.year ?? year;
  return `${y === null ? '-' : y}-${pad(d.month)}-${pad(d.day)}`;
}
