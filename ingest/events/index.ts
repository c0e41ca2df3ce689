// Placeholder events stage (replaced by the real ingest/events): finds no relations.
// In: NlpDoc + ActorsDoc + claims + CleanDoc. Out: EventsDoc.
import type { Claim } from '../../graph/schema.ts';
import type { ActorsDoc, CleanDoc, EventsDoc, NlpDoc } from '../types.ts';

export function findEvents(_nlp: NlpDoc, _actors: ActorsDoc, _claims: Claim[], _clean: CleanDoc): EventsDoc {
  return { incidents: [], relations: [] };
}
