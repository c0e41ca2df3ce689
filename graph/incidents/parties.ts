// Which of a report's parties can tell its incident apart from another report's. In: participant ids. Out: those
// that are no state and no state's force. A country and its army, police or gendarmes take part in most violence on
// its soil, and one outlet names them (the soldiers killed, the police who fired) where another names the group that
// struck: they say nothing about whether two reports are one happening.
import states from '../data/states.json' with { type: 'json' };
import regions from '../data/policed-regions.json' with { type: 'json' };
import { unscopedId } from '../identity.ts';
import { slugify } from '../names.ts';
import { placeKey } from './key.ts';

const STATE_IDS = new Set((states as Array<{ id: string }>).map((s) => s.id));

/** Id suffixes of a state's forces and offices (the actors stage names them `<state id>-<suffix>`). */
const FORCE_SUFFIXES = [
  'military',
  'army',
  'navy',
  'air-force',
  'police',
  'federal-police',
  'security-forces',
  'border-service',
  'coast-guard',
  'national-guard',
  'gendarmerie',
  'government',
];

/** A region's own police ("kerala-police", data/policed-regions.json): a force of its state like the national one. */
const REGION_POLICE = new Set(
  Object.values(regions.states as Record<string, Array<{ name: string }>>).flatMap((rs) =>
    rs.map((r) => `${slugify(r.name)}-police`),
  ),
);

/** A state ("niger"), one of its forces ("niger-military", "kosovo-police") or a region's police. */
export function stateSide(id: string): boolean {
  if (STATE_IDS.has(id) || REGION_POLICE.has(id)) return true;
  return FORCE_SUFFIXES.some((s) => id.endsWith(`-${s}`) && STATE_IDS.has(id.slice(0, -s.length - 1)));
}

/** The parties that can tell one incident from another: no state, no state's force. */
export const tellingParties = (ids: readonly string[]): string[] => ids.filter((id) => !stateSide(id));

/**
 * "shelled the Bir Basha market", "Bir Basha" read as an actor: a party whose id is the name of either report's place
 * is that place, and names no side. A state or its force is kept (a country told as the place is still a party).
 */
export function notPlaces(ids: readonly string[], places: readonly (string | null | undefined)[]): string[] {
  const named = places.flatMap((p) => (p ? [slugify(p), slugify(placeKey(p) ?? p)] : []));
  const slugs = new Set(named);
  return ids.filter((id) => stateSide(id) || !slugs.has(unscopedId(id)));
}
