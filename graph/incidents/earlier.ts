// An earlier happening that two reports tell in passing at one place, one of them with its date lost. In: both
// reports as the matcher sees them (date, place, toll, and whether the undated one can be its copy's news). Out:
// whether they are one happening although the undated one would otherwise be taken for its copy's news.
import { placeKey } from './key.ts';
import { spelledAlike } from './spelling.ts';

export interface Passing {
  date: string | null;
  place: string | null;
  /** The fewest and most deaths told (one report: the same number twice). */
  killed: [number, number] | null;
  /** A weekday told with no date ("on Tuesday"): the week's news, never a happening long past. */
  weekday?: number;
  /**
   * Whether an undated report may be its copy's news: filed on a known day (an undated report tells of the days
   * before it), or its copy's first incident (the lead is the news).
   */
  news: boolean;
}

/** The fewest deaths, told alike on both sides, that make one place's two reports one earlier happening. */
export const PASSING_TOLL_MIN = 2;

/** A toll of a few or more that both reports tell within each other's range. */
function tollsAlike(a: [number, number] | null, b: [number, number] | null): boolean {
  if (!a || !b || Math.max(a[0], b[0]) < PASSING_TOLL_MIN) return false;
  return a[0] <= b[1] && b[0] <= a[1];
}

/**
 * "In August, a Turkish drone struck a clinic in Sikeniye, killing eight people" in copy filed on no known day (the
 * month left undated, its year unknown) and "In August, a Turkish strike on a clinic in Sikeniye killed eight
 * people" dated 2021-08 by another outlet: one side dated, the other undated in copy dated nowhere and not that
 * copy's lead, at the very place (one spelling) and with the same dead. The undated one is no news of its own.
 */
export function earlierAlike(a: Passing, b: Passing): boolean {
  if (!!a.date === !!b.date) return false;
  const undated = a.date ? b : a;
  if (undated.news || undated.weekday !== undefined) return false;
  const [p1, p2] = [placeKey(a.place), placeKey(b.place)];
  return !!p1 && !!p2 && (p1 === p2 || spelledAlike(p1, p2)) && tollsAlike(a.killed, b.killed);
}
