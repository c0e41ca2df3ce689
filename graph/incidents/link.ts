// Before an article is written: which of its incidents are reports of an incident already stored. In: the
// extraction and a GraphStore. Out: CrossArticleLinks.incidents (incident id → stored node, score, reason).
import states from '../data/states.json' with { type: 'json' };
import type { CrossArticleLinks } from '../model.ts';
import type { Extraction, Incident } from '../schema.ts';
import type { GraphStore } from '../store.ts';
import { areaLookups, compactSpelling, incidentNodeId, placeKey, placeLookups, placeSound } from './key.ts';
import {
  INSIDE,
  type IncidentQuery,
  type StoredIncident,
  TOLLED,
  TOLL_MIN,
  dateWindow,
  isUndatedLead,
  matchIncident,
} from './match.ts';

/** Capital cities (graph/data/states.json), which the actors stage may list among a state's names. */
const CAPITALS = new Set(
  (states as Array<{ capitals?: string[] }>).flatMap((s) => (s.capitals ?? []).map((c) => placeKey(c) ?? '')),
);

/** A match met through a wider place (one inside the other, or one toll in one area), not at its own place. */
const byArea = (reason: string) => reason.includes(INSIDE) || reason.includes(TOLLED);

/**
 * The article told these incidents apart: a report of a wider place ("airstrikes in Borno state") does not join the
 * stored incident another of its incidents joins at its own town (Gwoza, in Borno). Two reports of one place may
 * (an extraction may tell one strike twice).
 */
function oneEach(found: NonNullable<CrossArticleLinks['incidents']>): NonNullable<CrossArticleLinks['incidents']> {
  const byPlace = new Set(
    Object.values(found)
      .filter((m) => !byArea(m.reason))
      .map((m) => m.id),
  );
  return Object.fromEntries(Object.entries(found).filter(([, m]) => !(byArea(m.reason) && byPlace.has(m.id))));
}

/**
 * A place too short to sound ("Rho"): stored incidents in its areas (`a:` keys, any spelling), which may spell it
 * otherwise ("Rhoe camp in Djugu territory"; match.ts decides).
 */
const shortInAreas = (inc: Pick<Incident, 'place' | 'areas'>): string[] =>
  inc.place && !placeSound(inc.place) ? areaLookups(inc.areas) : [];

/**
 * A report with a toll: stored incidents sharing one of its areas (`a:` keys), which may be the same deaths told at
 * another town of that area (match.ts sameTollInArea decides).
 */
const tolledAreas = (inc: Pick<Incident, 'place' | 'areas'> & { killed?: number | null }): string[] =>
  inc.place && (inc.killed ?? 0) >= TOLL_MIN ? areaLookups(inc.areas) : [];

/**
 * The keys a report's place is looked up by: its own (placeLookups), and its letters with doubled ones written once
 * ("Beggi" → "begi"), the key of the name spelled so, too short to sound (spelling.ts decides they are one).
 */
function spellings(place: string | null | undefined): string[] {
  const key = placeKey(place);
  const compact = key ? compactSpelling(key) : null;
  return [...new Set([...placeLookups(place), ...(compact && compact.length >= 4 ? [compact] : [])])];
}

/**
 * What to look an extracted incident up by: its days, its place and wider areas, and stored areas holding its place,
 * each by any spelling (how it sounds, its compact letters: "Bardere" is found in a stored area "Baardheere").
 */
export function incidentQuery(
  inc: Pick<Incident, 'date' | 'place' | 'areas'> & { killed?: number | null },
): IncidentQuery {
  const own = spellings(inc.place);
  const places = [...new Set([...own, ...(own.length ? areaLookups(inc.areas) : [])])];
  const inside = [...own, ...shortInAreas(inc), ...tolledAreas(inc)];
  return { dates: dateWindow(inc.date), places, inside: [...new Set(inside)] };
}

/** The latest day the reports of a stored incident were filed, if any is known. */
function lastDay(candidates: StoredIncident[], id: string): string | null {
  const days = (candidates.find((c) => c.id === id)?.reported ?? []).filter((d) => /^(?:\d{4}|-)-\d{2}-\d{2}$/.test(d));
  return days.sort((a, b) => a.slice(-5).localeCompare(b.slice(-5)))[days.length - 1] ?? null;
}

/** The day an article was filed: its publication date, else its dateline's day (maybe without a year). */
export const reportedOn = (a: Extraction['article']): string | null => a.publishedAt ?? a.dateline?.day ?? null;

/** The day an article's news is of: its filing day, else the day (maybe without a year) of its first incident. */
export function newsDay(x: Extraction): string | null {
  const first = x.incidents[0]?.date ?? null;
  return reportedOn(x.article) ?? (first && /^(?:\d{4}|-)-\d{2}-\d{2}$/.test(first) ? first : null);
}

export async function linkIncidents(
  x: Extraction,
  store: Pick<GraphStore, 'findIncidents'>,
): Promise<CrossArticleLinks['incidents']> {
  const anonymous = new Set(x.actors.filter((a) => a.anonymous).map((a) => a.id));
  // Places that are the article's states: "an attack in Russia" names no place two reports can meet at. A capital
  // written for its government ("Tripoli said") is still a city where a clash can be.
  const countries = new Set(
    x.actors
      .filter((a) => a.kind === 'state')
      .flatMap((a) => [a.name, ...a.aliases].map((n) => placeKey(n)))
      .filter((k) => k && !CAPITALS.has(k)),
  );
  const out: NonNullable<CrossArticleLinks['incidents']> = {};
  // Filed on a day unknown, the copy was filed when the reports of the stored incident its lead joined were.
  let leadFiled: string | null = null;
  for (const inc of x.incidents) {
    const place = placeKey(inc.place);
    const candidates = await store.findIncidents(incidentQuery(inc));
    if (!candidates.length) continue;
    const own = incidentNodeId(x.article.id, inc);
    const named = inc.participants.filter((p) => !anonymous.has(p));
    // The node its own key names, when stored, is this incident whatever else is near.
    const match = (filed: string | null, among: StoredIncident[]) =>
      matchIncident(
        inc,
        named,
        among,
        filed,
        countries.has(place),
        newsDay(x),
        isUndatedLead(x, inc),
        x.incidents[0] === inc && !reportedOn(x.article),
      );
    // Another incident of the copy joined no stored one its lead joined: the copy told them apart.
    const untaken = () => candidates.filter((c) => !Object.values(out).some((o) => o.id === c.id));
    const m = candidates.some((c) => c.id === own)
      ? { id: own, score: 1, reason: 'same kind family, day and place' }
      : (match(reportedOn(x.article), candidates) ?? (leadFiled ? match(leadFiled, untaken()) : null));
    if (m) out[inc.id] = m;
    if (m && x.incidents[0] === inc && !reportedOn(x.article)) leadFiled = lastDay(candidates, m.id);
  }
  return oneEach(out);
}
