// Event coreference across articles, conservative: the same kind family, compatible dates (within a day when
// both are full dates) and the same place or shared participants. In: one extracted incident and the stored
// incidents that might be it. Out: the best match with its score and a reason a reviewer can read, or null.
import type { Incident } from '../schema.ts';
import { KIND_FAMILY, isFullDate, placeKey } from './key.ts';

export interface StoredIncident {
  id: string;
  kind: string;
  date: string | null;
  place: string | null;
  /** Named (non-anonymous) participant actor ids. */
  participants: string[];
  /** Publication dates of the articles that report it (known ones). */
  reported: string[];
}

/** An undated report joins an undated-or-dated one only when the articles are this close (when both are dated). */
const UNDATED_WINDOW_DAYS = 7;

export interface IncidentMatch {
  id: string;
  score: number;
  reason: string;
}

const DAY_MS = 86_400_000;
const dayGap = (a: string, b: string) => Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS;

/** Dates that cannot be the same day: two full dates more than a day apart, or partial dates that disagree. */
function datesConflict(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  if (isFullDate(a) && isFullDate(b)) return dayGap(a, b) > 1;
  // 'YYYY-MM' against a full date or another month, '--MM-DD' against a full date's month and day.
  if (/^\d{4}-\d{2}$/.test(a) || /^\d{4}-\d{2}$/.test(b)) return a.slice(0, 7) !== b.slice(0, 7);
  return a.slice(-5) !== b.slice(-5);
}

/** How one stored incident compares with the new one: a score in (0, 1] and why, or null. */
function compare(
  inc: Pick<Incident, 'kind' | 'date' | 'place'>,
  named: string[],
  c: StoredIncident,
  published: string | null,
): IncidentMatch | null {
  const family = KIND_FAMILY[inc.kind];
  if (family === 'other' || KIND_FAMILY[c.kind as Incident['kind']] !== family) return null;
  if (datesConflict(inc.date, c.date)) return null;
  const p1 = placeKey(inc.place);
  const p2 = placeKey(c.place);
  if (p1 && p2 && p1 !== p2) return null;
  const shared = named.filter((p) => c.participants.includes(p)).sort();
  const bothDated = isFullDate(inc.date) && isFullDate(c.date);
  const samePlace = !!p1 && p1 === p2;
  const when = bothDated
    ? inc.date === c.date
      ? `same day ${inc.date}`
      : `dates ${inc.date} and ${c.date} within a day`
    : 'dates compatible (not both known)';
  const who = shared.length ? `shared participants ${shared.join(', ')}` : '';
  // Dated reports need the place or a participant in common. An undated one needs the place, a participant in
  // common unless neither names any, and articles published within a week of each other when both are dated.
  const noneNamed = !named.length && !c.participants.length;
  const near = !published || !c.reported.length || c.reported.some((d) => dayGap(d, published) <= UNDATED_WINDOW_DAYS);
  if (bothDated ? !samePlace && !shared.length : !(samePlace && (shared.length || noneNamed) && near)) return null;
  const score = (bothDated ? 0.6 : 0.4) + (samePlace ? 0.25 : 0) + Math.min(shared.length, 3) * 0.05;
  const reason = [`${family} family`, when, samePlace ? `same place ${inc.place}` : '', who].filter(Boolean).join('; ');
  return { id: c.id, score: Math.round(score * 100) / 100, reason };
}

/** The stored incident the new one is, best score first (ties: smallest id), or null when none fits. */
export function matchIncident(
  inc: Pick<Incident, 'kind' | 'date' | 'place'>,
  namedParticipants: string[],
  candidates: StoredIncident[],
  published: string | null = null,
): IncidentMatch | null {
  let best: IncidentMatch | null = null;
  for (const c of candidates) {
    const m = compare(inc, namedParticipants, c, published);
    if (m && (!best || m.score > best.score || (m.score === best.score && m.id < best.id))) best = m;
  }
  return best;
}

/** The dates a stored incident must have to be compared with one on `date`: the day itself and its neighbours. */
export function dateWindow(date: string | null): string[] {
  if (!isFullDate(date)) return date ? [date] : [];
  const t = Date.parse(`${date}T00:00:00Z`);
  return [-1, 0, 1].map((d) => new Date(t + d * DAY_MS).toISOString().slice(0, 10));
}
