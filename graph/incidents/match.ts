// Event coreference across articles, conservative: the same kind family, compatible dates (within a day when
// both are full dates) and the same place or shared participants. In: one extracted incident and the stored
// incidents that might be it. Out: the best match with its score and a reason a reviewer can read, or null.
import states from '../data/states.json' with { type: 'json' };
import type { Incident } from '../schema.ts';
import { earlierAlike } from './earlier.ts';
import { actsOf, mannersConflict, mannersOf } from './manner.ts';
import { KIND_FAMILY, areaKeys, isFullDate, placeKey, placeLookups, placeSound } from './key.ts';
import { notPlaces, tellingParties } from './parties.ts';
import { spelledAlike } from './spelling.ts';

export interface StoredIncident {
  id: string;
  kind: string;
  date: string | null;
  place: string | null;
  /** Wider places its reports put it in (graph/schema.ts Incident.areas). */
  areas?: string[];
  /** Named (non-anonymous) participant actor ids. */
  participants: string[];
  /** Publication dates of the articles that report it (known ones). */
  reported: string[];
  /** The weekday its first report gave it when no date ("late Saturday", Incident.weekday), 0 = Sunday. */
  weekday?: number;
  /** Its first report was the first incident of copy filed on a day unknown (props `unfiledLead`): that copy's news. */
  unfiledLead?: boolean;
  /** The fewest and most deaths its reports told (props `killedMin`, `killedMax`), when one told any. */
  killed?: [number, number];
  /** The year its first report dated it to, telling no month ("In 2018, ..."; props `year`). */
  year?: number;
  /** How its first report told it was done (props `manner`: by air, a mine, artillery, a blade), when it did. */
  manner?: string[];
}

/**
 * What the loader looks up: stored dates and normalised places. A report with a date lacking its year (or no date)
 * can only join a stored incident at its own place (compare, below), so its place is all it needs to look up.
 */
export interface IncidentQuery {
  dates: string[];
  /** The report's place and its wider areas: stored incidents at any of them. */
  places: string[];
  /** The report's own place: stored incidents whose areas hold it (a finer report told first). */
  inside?: string[];
}

/** A stored node's weekday (its props' `weekday`) as StoredIncident carries it: only when it is one. */
export const weekdayOf = (props: Record<string, unknown>): { weekday?: number } =>
  typeof props.weekday === 'number' && Number.isInteger(props.weekday) && props.weekday >= 0 && props.weekday <= 6
    ? { weekday: props.weekday }
    : {};

const count = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null);

/** A stored node's death toll range (props `killedMin`..`killedMax`) as StoredIncident carries it: only when told. */
export function killedOf(props: Record<string, unknown>): { killed?: [number, number] } {
  const [lo, hi] = [count(props.killedMin), count(props.killedMax)];
  return lo !== null && hi !== null && lo <= hi ? { killed: [lo, hi] } : {};
}

/** A stored node's `manner` prop as StoredIncident carries it: only when told. */
export function mannerOf(props: Record<string, unknown>): { manner?: string[] } {
  const m = mannersOf(props.manner);
  return m.length ? { manner: m } : {};
}

/** A stored node's `year` prop as StoredIncident carries it: only when told. */
export const yearOf = (props: Record<string, unknown>): { year?: number } =>
  typeof props.year === 'number' && Number.isInteger(props.year) ? { year: props.year } : {};

/**
 * A stored incident node as findIncidents gives it: its props read back (kind, date, place, areas and the optional
 * weekday, lead, toll, manner and year), with its named participants and its reports' dates.
 */
export function storedIncidentOf(
  id: string,
  props: Record<string, unknown>,
  participants: string[],
  reported: string[],
): StoredIncident {
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    id,
    kind: str(props.kind) ?? 'other',
    date: str(props.date),
    place: str(props.place),
    areas: Array.isArray(props.areas) ? props.areas.map(String) : [],
    participants,
    reported,
    ...weekdayOf(props),
    ...unfiledLeadOf(props),
    ...killedOf(props),
    ...mannerOf(props),
    ...yearOf(props),
  };
}

/** The year a report is dated to: its date's, else the year it was told by alone. */
const yearTold = (x: { date: string | null; year?: number }): number | null =>
  x.date && /^\d{4}/.test(x.date) ? +x.date.slice(0, 4) : (x.year ?? null);

/**
 * "In 2018, soldiers torched dozens of homes in Ndop": told by its year alone, a happening long before the news. It
 * meets only a report dated to that year, never an undated one (the news), nor one of another year.
 */
function yearsApart(inc: { date: string | null; year?: number }, c: { date: string | null; year?: number }): boolean {
  if (inc.year === undefined && c.year === undefined) return false;
  const [a, b] = [yearTold(inc), yearTold(c)];
  return a === null || b === null || a !== b;
}

/** A stored node's `unfiledLead` prop as StoredIncident carries it: only when set. */
export const unfiledLeadOf = (props: Record<string, unknown>): { unfiledLead?: boolean } =>
  props.unfiledLead === true ? { unfiledLead: true } : {};

/**
 * The article's first incident (its headline's, else its first sentence's) with no date, maybe a weekday, in copy
 * with no filing day ("Bangui (AFP) - Rebels stormed Kaga Bandoro on Saturday, leaving 12 people dead"): the copy's
 * news, undated.
 */
export const isUndatedLead = (
  x: { article: { publishedAt: string | null; dateline?: { day: string | null } | null }; incidents: unknown[] },
  inc: Pick<Incident, 'date' | 'weekday'>,
): boolean => x.incidents[0] === inc && !inc.date && !x.article.publishedAt && !x.article.dateline?.day;

/** The index keys a query asks (graph/incidents/key.ts indexKeys): its places, and its inside keys prefixed `a:`. */
export const indexKeysAsked = (q: IncidentQuery): string[] => [...q.places, ...(q.inside ?? []).map((k) => `a:${k}`)];

/** How a match's reason says the two places are one inside the other (graph/incidents/link.ts reads it). */
export const INSIDE = 'one inside the other';
/** How a match's reason says two places are met by one wider place and one toll (link.ts reads it as INSIDE). */
export const TOLLED = 'killed alike in one wider place';

/** An undated report joins an undated-or-dated one only when the articles are this close (when both are dated). */
const UNDATED_WINDOW_DAYS = 7;

export interface IncidentMatch {
  id: string;
  score: number;
  reason: string;
  /** Met only because the report's own areas hold the stored place (a wider place than the report's). */
  wider?: boolean;
}

const DAY_MS = 86_400_000;
/** Why the lead of copy dated nowhere met a stored incident (matchIncident checks it was the only one it could). */
const LEAD_REASON = 'the lead of copy dated nowhere, and the news of the stored reports';
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL_DAY = /^--\d{2}-\d{2}$/;
/** A day-level date: a full date, or a month and day whose year is unknown ('--MM-DD', from a year-less dateline). */
const isDay = (d: string | null | undefined): d is string => isFullDate(d) || (!!d && PARTIAL_DAY.test(d));
const time = (year: number, md: string) => Date.UTC(year, +md.slice(0, 2) - 1, +md.slice(3, 5));

/**
 * Days between two day-level dates. With a year missing on either side, the month and day are compared in the
 * other's year (or a leap year), across a year's end too ("--12-31" and "2020-01-01" are a day apart).
 */
export function dayGap(a: string, b: string): number {
  if (isFullDate(a) && isFullDate(b))
    return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS;
  const [fixed, other] = isFullDate(b) ? [b, a] : [a, b];
  const year = isFullDate(fixed) ? +fixed.slice(0, 4) : 2000;
  const t = time(year, fixed.slice(-5));
  return Math.min(...[-1, 0, 1].map((k) => Math.abs(time(year + k, other.slice(-5)) - t) / DAY_MS));
}

/** Dates that cannot be the same day: two day-level dates more than a day apart, or months that disagree. */
function datesConflict(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  if (isDay(a) && isDay(b)) return dayGap(a, b) > 1;
  // A month ('YYYY-MM') against anything: the months, and the years when both are known, must agree.
  const month = (d: string) => (d.startsWith('--') ? d.slice(2, 4) : d.slice(5, 7));
  const year = (d: string) => (d.startsWith('--') ? null : d.slice(0, 4));
  const [ya, yb] = [year(a), year(b)];
  return month(a) !== month(b) || (ya !== null && yb !== null && ya !== yb);
}

const YEAR_MONTH = /^(\d{4}-\d{2})(?:-\d{2})?$/;
/**
 * Both dated to one month of one known year, one of them to no day ("in October 2025", "the September 13-14, 2022
 * attack"): an earlier incident at a place that two outlets tell as background, however far apart they were filed.
 */
function sameMonth(a: string | null, b: string | null): boolean {
  const [x, y] = [a && YEAR_MONTH.exec(a), b && YEAR_MONTH.exec(b)];
  return !!x && !!y && x[1] === y[1] && (!isFullDate(a) || !isFullDate(b));
}

/**
 * How many days apart the two reports were filed (the nearest of the stored ones), when both articles' dates (a
 * year-less dateline's day counts) are known; null when either is not.
 */
function filedGap(published: string | null, reported: string[]): number | null {
  const days = reported.filter(isDay);
  if (!published || !isDay(published) || !days.length) return null;
  return Math.min(...days.map((d) => dayGap(d, published)));
}

/** Whether an event's day falls in the week before one of the filing days (either may lack its year). */
function toldBefore(day: string | null, filed: string[]): boolean {
  if (!isDay(day)) return false;
  return filed.filter(isDay).some((f) => {
    const gap = dayGap(day, f);
    const [a, b] = [day.slice(-5), f.slice(-5)];
    // dayGap is unsigned: the event must not come after the report (month-day order, across a year's end too).
    return gap <= UNDATED_WINDOW_DAYS && (a <= b || (a.startsWith('12') && b.startsWith('01')));
  });
}

/**
 * Whether a date cannot be the event an undated report filed on one of `filed` tells: a day not in the week before
 * any filing day, or a month (and year, when both are known) that is neither a filing day's nor the week before's.
 */
function filedRulesOut(date: string | null, filed: string[]): boolean {
  const days = filed.filter(isDay);
  if (!date || !days.length) return false;
  // A day within a week either side: a report filed the next day may date the strike by its own dateline.
  if (isDay(date)) return !days.some((f) => dayGap(date, f) <= UNDATED_WINDOW_DAYS);
  const month = (d: string) => (d.startsWith('--') ? d.slice(2, 4) : d.slice(5, 7));
  const year = (d: string) => (d.startsWith('--') ? null : d.slice(0, 4));
  return !days.some((f) =>
    [f, weekBefore(f)].some((d) => month(d) === month(date) && (!year(d) || !year(date) || year(d) === year(date))),
  );
}

/** The day a week before a day-level date, in the same form (a year-less day stays year-less). */
function weekBefore(day: string): string {
  const known = /^\d{4}-/.test(day);
  const full = known ? day : `2000${day.slice(1)}`;
  const back = new Date(Date.parse(`${full}T00:00:00Z`) - UNDATED_WINDOW_DAYS * DAY_MS).toISOString().slice(0, 10);
  return known ? back : `-${back.slice(4)}`;
}

/** Two keys one letter apart: one added, dropped or changed ("rho" / "rhoe"). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.length === l.length ? s.slice(i + 1) === l.slice(i + 1) : s.slice(i) === l.slice(i + 1);
}

/**
 * "Rho" / "Rhoe", both in Djugu territory: a name too short for its sound to tell places apart is one place spelled
 * two ways when the spellings are one letter apart and both reports put it in the same wider area. The area, or null.
 */
function spelledInArea(
  p1: string,
  p2: string,
  areas1: string[] | undefined,
  areas2: string[] | undefined,
): string | null {
  if (Math.min(p1.length, p2.length) < 3 || !oneEditApart(p1, p2)) return null;
  const theirs = new Set(areaKeys(areas2));
  return areaKeys(areas1).find((a) => theirs.has(a) && a !== p1 && a !== p2) ?? null;
}

/**
 * "late on Monday" under a year-less dateline ("BUNIA, May 12 (Reuters) -"): no day can be given without the year,
 * but a report dated to the day can be checked in its own year: it must be that weekday, in the week up to the
 * filing day. True when the dated day fails that check.
 */
export function weekdayRulesOut(weekday: number | undefined, filed: string | null, date: string | null): boolean {
  if (weekday === undefined || !filed || !isDay(filed) || !isFullDate(date)) return false;
  const t = Date.parse(`${date}T00:00:00Z`);
  // A day either side, as dates are compared: outlets date a night's strike to either of its days.
  const off = (new Date(t).getUTCDay() - weekday + 7) % 7;
  if (off !== 0 && off !== 1 && off !== 6) return true;
  const year = +date.slice(0, 4);
  const years = isFullDate(filed) ? [+filed.slice(0, 4)] : [year, year + 1];
  return !years.some((y) => {
    const gap = (time(y, filed.slice(-5)) - t) / DAY_MS;
    return gap >= 0 && gap < UNDATED_WINDOW_DAYS;
  });
}

/**
 * "late on Tuesday" under a year-less dateline ("PESHAWAR, Oct 18 (Reuters) -") and another report's full date
 * (2023-10-17): in the other's year that weekday of the week up to the filing day is the very day (or a day either
 * side, as a night's strike is dated). The weekday told, the days the weekday report was filed, and the full date.
 */
function weekdayFits(weekday: number | undefined, filed: string[], date: string | null): boolean {
  const days = filed.filter(isDay);
  return weekday !== undefined && isFullDate(date) && days.some((f) => !weekdayRulesOut(weekday, f, date));
}

/**
 * The weekday one side told with no date under its filing day rules the other side's full date out: no filing day of
 * it has that weekday's day in its week. Either side may be the weekday's: the new report (filed `published`) or the
 * stored node (filed on its reports' days), so the decision is the same whichever came first.
 */
function weekdayApart(inc: Report, c: StoredIncident, published: string | null): boolean {
  const out = (weekday: number | undefined, filed: string[], date: string | null) =>
    weekday !== undefined && isFullDate(date) && filed.some(isDay) && !weekdayFits(weekday, filed, date);
  return (
    (!inc.date && out(inc.weekday, published ? [published] : [], c.date)) ||
    (!c.date && out(c.weekday, c.reported, inc.date))
  );
}

/**
 * One side dated to the day with its year, the other undated but for a weekday that fits it under its filing day:
 * one day, its year known from the dated side (the weekday confirms it). Symmetric, as weekdayApart is.
 */
function weekdayDay(inc: Report, c: StoredIncident, published: string | null): boolean {
  return (
    (!inc.date && weekdayFits(inc.weekday, published ? [published] : [], c.date)) ||
    (!c.date && weekdayFits(c.weekday, c.reported, inc.date))
  );
}

/** The day of the week a report puts an incident on: its full date's, else the weekday told with no date. */
function weekdayOn(date: string | null, weekday: number | undefined): number | null {
  if (isFullDate(date)) return new Date(`${date}T00:00:00Z`).getUTCDay();
  return !isDay(date) && weekday !== undefined ? weekday : null;
}

/**
 * "late Saturday" in a report dated nowhere (no date, no dateline day: "Yaounde (AFP) -") and another report's
 * Saturday (its date's weekday, or the one it too was told with): the only day the two can be compared by. One side
 * at least has no day-level date (two days are compared as days).
 */
function sameWeekday(inc: Pick<Incident, 'date' | 'weekday'>, c: Pick<StoredIncident, 'date' | 'weekday'>): boolean {
  if (isDay(inc.date) && isDay(c.date)) return false;
  const [a, b] = [weekdayOn(inc.date, inc.weekday), weekdayOn(c.date, c.weekday)];
  return a !== null && a === b;
}

/**
 * The lead of copy dated nowhere ("Bangui (AFP) - Rebels stormed Kaga Bandoro, leaving 12 people dead": no date, no
 * dateline day) is that copy's news; it can be the stored incident only when that one is the news of its own reports
 * too: undated under a filing day they give, or dated in the week before one. Never a background incident, which
 * reports date long before they were filed, nor one no report dates at all. A weekday the lead tells ("on Saturday")
 * must not rule the stored day out (weekdayAllows).
 */
function undatedNews(inc: Pick<Incident, 'date' | 'weekday'>, c: StoredIncident): boolean {
  if (inc.date || !weekdayAllows(inc.weekday, c) || !c.reported.some(isDay)) return false;
  return !c.date || toldBefore(c.date, c.reported);
}

/**
 * "on Saturday" told by the lead of copy dated nowhere, and the other report's day: its full date on that weekday (or
 * the next, a night's strike dated to either of its days), its weekday the same, or neither told (a day without its
 * year has no weekday to compare). No weekday allows any.
 */
function weekdayAllows(weekday: number | undefined, other: Pick<StoredIncident, 'date' | 'weekday'>): boolean {
  if (weekday === undefined) return true;
  if (other.weekday !== undefined && other.weekday !== weekday) return false;
  if (!isFullDate(other.date)) return true;
  const off = (new Date(`${other.date}T00:00:00Z`).getUTCDay() - weekday + 7) % 7;
  return off === 0 || off === 1 || off === 6;
}

/**
 * The mirror of undatedNews: the stored incident is the lead of copy dated nowhere, and the report tells its own
 * news, undated under its filing day or dated in the week before it ("on Tuesday" under "Sept 9").
 */
function storedLeadNews(inc: Pick<Incident, 'date' | 'weekday'>, c: StoredIncident, published: string | null): boolean {
  if (!c.unfiledLead || c.date || !weekdayAllows(c.weekday, inc) || c.reported.some(isDay) || !published) return false;
  return !inc.date || toldBefore(inc.date, [published]);
}

/** Why two leads of copy filed on days unknown met (matchIncident checks it was the only one they could). */
const UNFILED_REASON = 'the first incident of two copies filed on days unknown';

/** A date as news is told: none, a weekday, or a day (maybe without its year); not a month, as background is. */
const newsDated = (d: string | null): boolean => !d || isDay(d);

/**
 * "Gunmen attacked Liop on Sunday morning" (no dateline) and "Tribal gunmen ambushed villagers ... on March 8" (no
 * dateline either): each the first incident of copy filed on a day unknown, that copy's news, dated as news is (not
 * to a month, as background is), on no two different weekdays. One week's news at one place, when nothing else is.
 */
function unfiledLeads(
  inc: Pick<Incident, 'date' | 'weekday'>,
  c: StoredIncident,
  unfiled: boolean,
  published: string | null,
): boolean {
  if (!unfiled || published || !c.unfiledLead || c.reported.some(isDay)) return false;
  if (!newsDated(inc.date) || !newsDated(c.date)) return false;
  const [a, b] = [weekdayOn(inc.date, inc.weekday), weekdayOn(c.date, c.weekday)];
  return a === null || b === null || a === b;
}

/** Both reports put the place in one wider place, by its key or how it sounds ("Laascaanood" / "Las Anod"). */
function sharedArea(a: string[] | undefined, b: string[] | undefined): boolean {
  const theirs = new Set((b ?? []).flatMap((x) => placeLookups(x)));
  return (a ?? []).some((x) => placeLookups(x).some((k) => theirs.has(k)));
}

/** Whether one of the wider places is the place, spelled either way ("Ba Cho district" holds "Bacho"). */
const holds = (areas: string[] | undefined, key: string): boolean => areaKeys(areas).some((a) => spelledAlike(a, key));

/** States' names (graph/data/states.json): a country shared as an area holds too many towns to tell them one. */
const STATE_KEYS = new Set(
  (states as Array<{ name: string; aliases?: string[] }>).flatMap((x) =>
    [x.name, ...(x.aliases ?? [])].map((n) => placeKey(n) ?? ''),
  ),
);

/** The fewest deaths that, told alike by two reports of one kind in one wider place, make their towns one happening. */
export const TOLL_MIN = 2;

/**
 * "killed three soldiers in Kashmir's Kupwara district" / "the base in Langate, Kashmir, ... killed three
 * soldiers": two places that both reports put in one wider place (no country), one kind, and a death toll of a few
 * or more that the new report tells within the range the stored reports told. The wider place they share, or null.
 */
function sameTollInArea(
  inc: { kind: string; killed?: number | null; areas?: string[] },
  c: StoredIncident,
): string | null {
  const k = inc.killed;
  if (inc.kind !== c.kind || k === null || k === undefined || k < TOLL_MIN || !c.killed) return null;
  if (k < c.killed[0] || k > c.killed[1]) return null;
  return commonArea(inc.areas, c.areas);
}

/**
 * A wider place (no country) both reports put theirs in, spelled either way ("Tillaberi" / "Tillabery"
 * region): its key, or null.
 */
function commonArea(a: string[] | undefined, b: string[] | undefined): string | null {
  const theirs = areaKeys(b);
  return areaKeys(a).find((x) => !STATE_KEYS.has(x) && theirs.some((y) => spelledAlike(x, y))) ?? null;
}

/** The report's death toll, of a few or more, within the range the stored reports told (one happening's dead). */
function tolledAlike(inc: { killed?: number | null }, c: StoredIncident): boolean {
  const k = inc.killed;
  return k !== null && k !== undefined && k >= TOLL_MIN && !!c.killed && k >= c.killed[0] && k <= c.killed[1];
}

/** The fewest deaths that, told alike for one month by two reports of one kind, make them one happening. */
export const MANY_DEAD = 20;

/**
 * "more than 40 passengers were killed" / "killed 42 people": the report's toll, of many dead, within a tenth of the
 * range the stored reports told (outlets round and update a large toll).
 */
function manyDeadAlike(inc: { killed?: number | null }, c: StoredIncident): boolean {
  const k = inc.killed;
  if (k === null || k === undefined || k < MANY_DEAD || !c.killed) return false;
  return k >= Math.floor(c.killed[0] * 0.9) && k <= Math.ceil(c.killed[1] * 1.1);
}

type Report = Pick<Incident, 'kind' | 'date' | 'place' | 'weekday'> & {
  areas?: string[];
  killed?: number | null;
  manner?: string[];
  year?: number;
};

/**
 * Two reports of kind other ("police detained X", "a court sentenced X") are one happening only when everything says
 * so: the same act told on both sides (an arrest is no sentence), a party that is no state nor its force named by both
 * (the person arrested, the group sentenced), no two places, and one day: both dated to it (a day apart at most), or
 * one dated in the week before the other was filed, both filed within a day with no date that rules it out, or both
 * on one weekday where the filing days are unknown. An earlier arrest told in passing ("detained in 2019") is dated
 * apart and stays apart. A disaster has no party: its place stands for one (disasterPlace).
 */
function compareAct(
  inc: Report,
  named: string[],
  c: StoredIncident,
  published: string | null,
  wide: boolean,
  lead: boolean,
): IncidentMatch | null {
  const acts = actsOf(inc.manner);
  const act = acts.find((a) => actsOf(c.manner).includes(a));
  if (!act || mannersConflict(inc.manner, c.manner)) return null;
  if (datesConflict(inc.date, c.date) || yearsApart(inc, c)) return null;
  if (
    (!inc.date && filedRulesOut(c.date, published ? [published] : c.reported)) ||
    (!c.date && filedRulesOut(inc.date, c.reported))
  )
    return null;
  const [p1, p2] = [placeKey(inc.place), placeKey(c.place)];
  const disaster = act === 'disaster';
  // A blockade's crowd is no party either ("hundreds of farmers", "local residents"): its road's place stands for one.
  const partyless = disaster || act === 'blockade';
  const where = partyless ? disasterPlace(inc, c, wide) : p1 && p2 && !spelledAlike(p1, p2) ? null : '';
  if (where === null || (partyless && weekdayApart(inc, c, published))) return null;
  const shared = tellingParties(named.filter((p) => c.participants.includes(p))).sort();
  if (!shared.length && !partyless) return null;
  const days = isDay(inc.date) && isDay(c.date);
  const gap = filedGap(published, c.reported);
  const told = toldBefore(inc.date, c.reported) || (!!published && toldBefore(c.date, [published]));
  // Filed on days unknown, the same weekday dates them as one week's news, as it does a strike's.
  const weekday = (gap === null && sameWeekday(inc, c)) || (partyless && weekdayDay(inc, c, published));
  // A disaster told by the lead of copy dated nowhere is the news of the stored reports at its very place.
  const leadNews =
    disaster &&
    gap === null &&
    where.startsWith(SAME_PLACE) &&
    ((lead && undatedNews(inc, c)) || storedLeadNews(inc, c, published));
  if (!(days || told || weekday || leadNews || (gap !== null && gap <= 1))) return null;
  const when =
    leadNews && !days && !told && !weekday
      ? LEAD_REASON
      : days
        ? `days ${inc.date} and ${c.date} agree`
        : told
          ? 'told in the week it was filed'
          : weekday
            ? 'same weekday, filed on days unknown'
            : 'filed within a day';
  const place = where || (p1 && p2 ? `${SAME_PLACE}${inc.place}` : '');
  const score = (days ? 0.5 : 0.4) + (p1 && p2 ? 0.25 : 0) + Math.min(shared.length, 3) * 0.05;
  const who = shared.length ? `; shared participants ${shared.join(', ')}` : '';
  return {
    id: c.id,
    score: Math.round(score * 100) / 100,
    reason: `other family, the same act (${act}); ${when}${place}${who}`,
  };
}

const SAME_PLACE = '; same place ';

/**
 * Where two reports of a disaster meet: a fire, a collapse or a landslide has no party, so both must name its place,
 * no country ("a fire in Bangladesh" is many fires), and one place, spelled either way, or one inside the other's
 * wider places ("Wai Khar village in Hpakant Township" / "in Hpakant"). The reason's place part, or null.
 */
function disasterPlace(inc: Report, c: StoredIncident, wide: boolean): string | null {
  const [p1, p2] = [placeKey(inc.place), placeKey(c.place)];
  if (wide || !p1 || !p2 || STATE_KEYS.has(p2)) return null;
  if (spelledAlike(p1, p2)) return `${SAME_PLACE}${inc.place}`;
  return holds(c.areas, p1) || holds(inc.areas, p2) ? `; ${inc.place} and ${c.place}, ${INSIDE}` : null;
}

/**
 * An earlier happening both reports tell in passing at one place with the same dead, one of them undated in copy
 * dated nowhere and not its lead (earlier.ts): one, when their parties do not differ. Checked before the rule that
 * takes an undated report for its copy's news.
 */
function passingMatch(
  inc: Report,
  named: string[],
  c: StoredIncident,
  published: string | null,
  unfiled: boolean,
): IncidentMatch | null {
  const k = inc.killed;
  const report = { ...inc, killed: k != null ? ([k, k] as [number, number]) : null, news: !!published || unfiled };
  const stored = { ...c, killed: c.killed ?? null, news: c.reported.some(isDay) || !!c.unfiledLead };
  if (!earlierAlike(report, stored)) return null;
  const shared = named.filter((p) => c.participants.includes(p)).sort();
  if (!shared.length && named.length && c.participants.length) return null;
  const who = shared.length ? `; shared participants ${shared.join(', ')}` : '';
  return {
    id: c.id,
    score: 0.65 + Math.min(shared.length, 3) * 0.05,
    reason: `${KIND_FAMILY[inc.kind]} family; ${PASSING_REASON} (${inc.place}, ${k} killed, ${inc.date ?? c.date})${who}`,
  };
}

/** Why two reports of an earlier happening met, one undated (passingMatch). */
const PASSING_REASON = 'an earlier happening told at one place with its dead alike';

/** How one stored incident compares with the new one: a score in (0, 1] and why, or null. */
function compare(
  inc: Report,
  named: string[],
  c: StoredIncident,
  published: string | null,
  wide: boolean,
  news: string | null,
  lead: boolean,
  unfiled: boolean,
): IncidentMatch | null {
  const family = KIND_FAMILY[inc.kind];
  if (KIND_FAMILY[c.kind as Incident['kind']] !== family) return null;
  if (family === 'other') return compareAct(inc, named, c, published, wide, lead);
  if (datesConflict(inc.date, c.date)) return null;
  // "a landmine exploded on a road in Mrauk-U" is not "an air strike hit a monastery in Mrauk-U Township".
  if (mannersConflict(inc.manner, c.manner)) return null;
  if (yearsApart(inc, c)) return null;
  const passing = !wide ? passingMatch(inc, named, c, published, unfiled) : null;
  if (passing) return passing;
  // An undated report tells of the days before it was filed: another report's strike months before is another one.
  // Filed on a day unknown, it is checked against the stored reports' days: an incident none of them tells as its
  // week's news ("Sotk was shelled in September 2022") is background, which a report telling no date does not join.
  if (
    (!inc.date && filedRulesOut(c.date, published ? [published] : c.reported)) ||
    (!c.date && filedRulesOut(inc.date, c.reported))
  )
    return null;
  // Told as background of its own report (not in the week before the day its news is of), it does not join an
  // undated incident that no report dates either: "Sotk was shelled on September 13-14, 2022" is not "Sotq" told
  // with no date, whatever party they share.
  if (!c.date && !c.reported.some(isDay) && filedRulesOut(inc.date, news ? [news] : [])) return null;
  // A weekday told with no date, on either side, must fit the other's full date in its week.
  if (weekdayApart(inc, c, published)) return null;
  const p1 = placeKey(inc.place);
  // One name spelled two ways ("Tassia" / "Tasia", "Ba Cho" / "Bacho") is the very place, not one that sounds alike.
  const p2 = spelledAlike(p1, placeKey(c.place)) ? p1 : placeKey(c.place);
  // Spellings that sound alike ("Langate" / "Langet") are one place when the dates say the reports are close too.
  const sound = p1 && p2 && p1 !== p2 ? placeSound(inc.place) : null;
  const sounded = sound !== null && sound === placeSound(c.place);
  const area = p1 && p2 && p1 !== p2 && !sounded ? spelledInArea(p1, p2, inc.areas, c.areas) : null;
  const spelled = area !== null;
  // One report names the town, another only the district or province the first puts it in ("Buleda" in "Kech
  // district, Balochistan" / "an ambush in Balochistan"): one place, when the days say the reports are close too.
  const inArea = !!(p1 && p2 && p1 !== p2 && !sounded) && (holds(c.areas, p1) || holds(inc.areas, p2));
  const tollArea = p1 && p2 && p1 !== p2 && !sounded && !inArea && !spelled ? sameTollInArea(inc, c) : null;
  const tolled = tollArea !== null;
  if (p1 && p2 && p1 !== p2 && !sounded && !inArea && !spelled && !tolled) return null;
  const shared = named.filter((p) => c.participants.includes(p)).sort();
  // A country is too wide to make two reports one happening ("an attack in Russia"); a town is not. It still rules
  // out a report elsewhere.
  const samePlace = !wide && !!p1 && (p1 === p2 || sounded || inArea || spelled || tolled);
  // Both dated to the day, years known (or one by a weekday that fits the other's day): the place or a participant in
  // common suffices.
  const byWeekday = weekdayDay(inc, c, published);
  const fullDays = (isFullDate(inc.date) && isFullDate(c.date)) || byWeekday;
  const days = isDay(inc.date) && isDay(c.date);
  const gap = filedGap(published, c.reported);
  const near = gap === null ? null : gap <= UNDATED_WINDOW_DAYS;
  // Otherwise (a year or a day unknown) the place must agree, the parties must not differ (a shared one, or one
  // side naming none), and the articles must not be more than a week apart; with no party in common their dates
  // must be known to be that close, unless the two days agree. Two reports of the same kind filed the same or the
  // next day at one town need no party in common (parties are not told apart by role: one outlet names the target,
  // another whom the government blames), as two reports dated to one day do not.
  const sameDayFiled = gap !== null && gap <= 1 && inc.kind === c.kind;
  const parties = shared.length > 0 || !named.length || !c.participants.length || sameDayFiled;
  // One side's event day in the week before the other's filing day ("the June 8 bombing" and a June 8 dateline
  // telling "on Sunday") dates them as close as two filing days do.
  const told = toldBefore(inc.date, c.reported) || (!!published && toldBefore(c.date, [published]));
  // The same month of a known year at the very same place dates them as one (a town is no region: p1 === p2).
  const month = p1 === p2 && sameMonth(inc.date, c.date);
  // An earlier happening two reports tell by its month and its many dead (one names the town, one its district or
  // no place): one, when it is of one kind.
  const manyDead = sameMonth(inc.date, c.date) && inc.kind === c.kind && manyDeadAlike(inc, c) && !wide;
  // Filed on days unknown, the same weekday at one place dates them as one week's news.
  const weekday = near === null && sameWeekday(inc, c);
  // Leads met by their copy's news alone are of one kind: "gunmen attacked a patrol in Tuka" is not the clash stored.
  // Unless the report tells a toll the stored reports told: "a police patrol and an armed group exchanged fire near
  // Cabra", two dead, is the attack near Cabra another outlet tells with those two dead.
  const sameKind = inc.kind === c.kind || tolledAlike(inc, c);
  const undatedLead = near === null && lead && sameKind && undatedNews(inc, c);
  const twoLeads = family === 'violence' && sameKind && unfiledLeads(inc, c, unfiled, published);
  // The mirror of undatedLead: the stored incident is the lead of copy dated nowhere, and the report tells its own
  // news, dated in the week before the day it was filed.
  const storedLead = sameKind && near === null && storedLeadNews(inc, c, published);
  // A state and its forces name no side another outlet must name too ("Niger's army" / "Islamic State"): met as
  // their copies' news at one place (the lead rules above), a report naming only them names no party that tells
  // its incident apart. Filed days apart (known days), other parties still mean another attack.
  const leadNews = undatedLead || twoLeads || storedLead;
  // So does one side's day in the week before the other's filing day (`told`, whichever side was stored first) when
  // the undated side told its weekday, its week's news ("BUNIA, June 13 (Reuters) - ... in Congo's Ituri province on
  // Monday"): naming only the state, it names no side the other must name too.
  const stateOnly = !tellingParties(named).length || !tellingParties(c.participants).length;
  const weekNews = told && ((!inc.date && inc.weekday !== undefined) || (!c.date && c.weekday !== undefined));
  const sides = parties || ((leadNews || weekNews) && stateOnly);
  const timely =
    near === true ||
    told ||
    (near === null && (shared.length > 0 || days || weekday || undatedLead || twoLeads || storedLead)) ||
    month ||
    manyDead;
  const placed = samePlace || (manyDead && !p1);
  if (fullDays ? !samePlace && !shared.length : !(placed && sides && timely)) return null;
  // A short sound ("~kr") needs the days themselves to agree, not only the filing week.
  // It may still do when both reports put the place in one wider place ("Goja'ade" / "Goojacade", both at Las Anod).
  const short = sounded && sound.length <= 4 && !sharedArea(inc.areas, c.areas);
  // An undated report naming a party the other names too counts as close, as at one spelling (`timely`).
  // Not for meetings: the same leaders meet again and again.
  const undatedParty = near === null && shared.length > 0 && family === 'violence';
  if (
    sounded &&
    !(
      fullDays ||
      days ||
      told ||
      undatedParty ||
      ((near === true || weekday || undatedLead || twoLeads || storedLead) && !short)
    )
  )
    return null;
  // One letter apart in one area: the days themselves must agree, as for a short sound, or each be its copy's news.
  if (spelled && !(fullDays || days || told || twoLeads)) return null;
  // A region holds many towns: its report must be dated to the same day, or filed within a day of the other, or be
  // the lead of copy dated nowhere meeting the one stored incident there that is its reports' news (matchIncident).
  // So do two towns of one wider place that one toll makes one happening.
  if (
    (inArea || tolled) &&
    !manyDead &&
    !(fullDays || days || told || undatedLead || twoLeads || storedLead || (gap !== null && gap <= 1))
  )
    return null;
  const when = byWeekday
    ? `day ${inc.date ?? c.date} on the weekday (${WEEKDAY_NAMES[(inc.date ? c.weekday : inc.weekday)!]}) told under the filing day`
    : fullDays
      ? inc.date === c.date
        ? `same day ${inc.date}`
        : `dates ${inc.date} and ${c.date} within a day`
      : days
        ? `days ${inc.date} and ${c.date} agree (a year unknown)`
        : month || manyDead
          ? `same month ${(inc.date ?? '').slice(0, 7)}`
          : weekday && !told
            ? `same weekday (${WEEKDAY_NAMES[weekdayOn(inc.date, inc.weekday)!]}), filed on days unknown`
            : (undatedLead || storedLead) && !told
              ? LEAD_REASON
              : twoLeads && !told
                ? UNFILED_REASON
                : `dates compatible (not both known)${near ? '; filed within a week' : told ? '; told in the week it was filed' : ''}`;
  const who = [
    shared.length ? `shared participants ${shared.join(', ')}` : '',
    manyDead ? `${inc.killed} killed alike` : '',
  ]
    .filter(Boolean)
    .join('; ');
  const score = (fullDays ? 0.6 : days ? 0.5 : 0.4) + (samePlace ? 0.25 : 0) + Math.min(shared.length, 3) * 0.05;
  const where = sounded
    ? `same place spelled ${inc.place} / ${c.place}`
    : spelled
      ? `same place spelled ${inc.place} / ${c.place} in ${area}`
      : inArea
        ? `${inc.place} and ${c.place}, ${INSIDE}`
        : tolled
          ? `${inc.place} and ${c.place}, ${TOLLED} (${tollArea}, ${inc.killed})`
          : samePlace
            ? `same place ${inc.place}`
            : '';
  const reason = [`${family} family`, when, where, who].filter(Boolean).join('; ');
  const wider = inArea && !holds(c.areas, p1!);
  return { id: c.id, score: Math.round(score * 100) / 100, reason, ...(wider ? { wider } : {}) };
}

/**
 * The stored incident the new one is, best score first (ties: smallest id), or null when none fits. `lead`: the
 * report is the lead of copy dated nowhere (isUndatedLead). `wide`: the
 * report's place is a whole country (one of the article's states), which alone makes no two reports one incident.
 * `news`: the day the report's news is of (its filing day, else its first incident's day; link.ts newsDay).
 * `unfiled`: the report is the first incident of copy filed on a day unknown (no publication date, no dateline day).
 */
export function matchIncident(
  inc: Report,
  namedParticipants: string[],
  candidates: StoredIncident[],
  published: string | null = null,
  wide = false,
  news: string | null = published,
  lead = false,
  unfiled = false,
): IncidentMatch | null {
  const all = candidates
    .map((c) => {
      // A party read from either report's place names no side (parties.ts notPlaces).
      const places = [inc.place, c.place];
      const theirs = { ...c, participants: notPlaces(c.participants, places) };
      return compare(inc, notPlaces(namedParticipants, places), theirs, published, wide, news, lead, unfiled);
    })
    .filter((m): m is IncidentMatch => m !== null);
  // One met at the report's own place is it rather than one met through a wider place ("Gao" is not the bomb "near
  // Ansongo, south of Gao"); one told inside the report's place ("Lubo Saray" in "Ba Cho district" for a report at
  // Bacho) rather than one told only at a wider place holding it (the province).
  const byArea = (m: IncidentMatch) => m.reason.includes(INSIDE) || m.reason.includes(TOLLED);
  const tiers = [all.filter((m) => !byArea(m)), all.filter((m) => byArea(m) && !m.wider), all];
  const found = tiers.find((t) => t.length) ?? [];
  let best: IncidentMatch | null = null;
  for (const m of found) if (!best || m.score > best.score || (m.score === best.score && m.id < best.id)) best = m;
  // Dated nowhere, the lead could be any of two stored attacks at its place, each its reports' news: neither.
  // So could the first incidents of copy filed on days unknown.
  const leadOnly = best && (best.reason.includes(LEAD_REASON) || best.reason.includes(UNFILED_REASON));
  return leadOnly && found.length > 1 ? null : best;
}

/** The stored dates to look up for a report on `date`: the day and its neighbours, with and without their year. */
export function dateWindow(date: string | null): string[] {
  if (!date || !FULL_DAY.test(date)) return date ? [date] : [];
  const t = Date.parse(`${date}T00:00:00Z`);
  const around = [-1, 0, 1].map((d) => new Date(t + d * DAY_MS).toISOString().slice(0, 10));
  return [...around, ...around.map((d) => `--${d.slice(5)}`)];
}
