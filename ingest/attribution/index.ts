// Placeholder attribution stage (replaced by the real ingest/attribution): finds no claims.
// In: NlpDoc + ActorsDoc. Out: AttributionDoc.
import type { ActorsDoc, AttributionDoc, NlpDoc } from '../types.ts';

export function attribute(_nlp: NlpDoc, _actors: ActorsDoc): AttributionDoc {
  return { claims: [], actors: [] };
}
