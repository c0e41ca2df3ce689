// What one more report does to a stored Incident node: the casualty range widens (min/max of every report's
// figures, `killed`/`wounded` the highest), a missing date or place is filled in, and a date without a year or a
// day gives way to a full one. In: stored and new props.
// Out: the changed props. graph/neo4j/write.ts does the same in Cypher (INCIDENT_WIDEN); the store spec checks both.
import { type Props, stringsOf } from '../model.ts';
import { placeKey } from './key.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : null);

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const lo = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));
const hi = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

const FULL = /^\d{4}-\d{2}-\d{2}$/;
/** The stored date, unless the report has a full date and the stored one is missing or partial. */
function fuller(stored: unknown, report: unknown): string | null {
  const s = typeof stored === 'string' ? stored : null;
  const r = typeof report === 'string' ? report : null;
  return s === null || (r !== null && FULL.test(r) && !FULL.test(s)) ? r : s;
}

/**
 * The stored areas, then the report's, then the report's own place when it names another than the stored one (a
 * finer town another outlet gave): every name a later report may be found by.
 */
export function widenedAreas(
  stored: { place?: unknown; areas?: unknown },
  report: { place?: unknown; areas?: unknown },
): string[] {
  const [a, b] = [placeKey(str(stored.place)), placeKey(str(report.place))];
  const own = a !== null && b !== null && a !== b ? [String(report.place)] : [];
  return [...new Set([...stringsOf(stored.areas), ...stringsOf(report.areas), ...own])];
}

/** A StoredIncident's toll range widened by another report's, as widenedIncident widens the node's props. */
export function widenedKilled(
  a: [number, number] | undefined,
  b: [number, number] | undefined,
): { killed?: [number, number] } {
  if (!a || !b) return a || b ? { killed: a ?? b } : {};
  return { killed: [Math.min(a[0], b[0]), Math.max(a[1], b[1])] };
}

export function widenedIncident(stored: Props, report: Props): Props {
  const killedMax = hi(num(stored.killedMax), num(report.killed));
  const woundedMax = hi(num(stored.woundedMax), num(report.wounded));
  return {
    date: fuller(stored.date, report.date),
    place: stored.place ?? report.place ?? null,
    areas: widenedAreas(stored, report),
    killedMin: lo(num(stored.killedMin), num(report.killed)),
    killedMax,
    woundedMin: lo(num(stored.woundedMin), num(report.wounded)),
    woundedMax,
    killed: killedMax,
    wounded: woundedMax,
  };
}
