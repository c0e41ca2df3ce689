// The identity of an incident across articles. In: an extracted incident and its article. Out: the kind
// family, a normalised place, and the Incident node id: a key from family + day + place when all three are
// known (the same strike told by two outlets meets whatever the order), else scoped to the article.
import { createHash } from 'node:crypto';

import { normalizeName } from '../names.ts';
import type { Incident } from '../schema.ts';

/** Outlets call one strike an attack, an airstrike or a clash: these kinds may name the same event. */
export const KIND_FAMILY: Record<Incident['kind'], string> = {
  attack: 'violence',
  airstrike: 'violence',
  clash: 'violence',
  meeting: 'meeting',
  other: 'other',
};

export const placeKey = (place: string | null | undefined): string | null =>
  place ? normalizeName(place) || null : null;

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isFullDate = (d: string | null | undefined): d is string => !!d && FULL_DATE.test(d);

/** The key-derived id, or null when the family, the full date or the place is unknown. */
export function incidentKeyId(inc: Pick<Incident, 'kind' | 'date' | 'place'>): string | null {
  const place = placeKey(inc.place);
  if (!place || !isFullDate(inc.date) || KIND_FAMILY[inc.kind] === 'other') return null;
  const hash = createHash('sha256').update(`${KIND_FAMILY[inc.kind]}|${inc.date}|${place}`).digest('hex');
  return `incident-${hash.slice(0, 24)}`;
}

/** The node id an incident gets when nothing stored matches it. */
export const incidentNodeId = (articleId: string, inc: Incident): string =>
  incidentKeyId(inc) ?? `${articleId.slice(0, 12)}:${inc.id}`;
