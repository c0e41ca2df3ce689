// Placeholder actor stage (replaced by the real ingest/actors): finds no actors.
// In: NlpDoc + CleanDoc. Out: ActorsDoc.
import type { ActorsDoc, CleanDoc, NlpDoc } from '../types.ts';

export function findActors(_nlp: NlpDoc, _clean: CleanDoc): ActorsDoc {
  return { actors: [], mentions: [], outlet: null };
}
