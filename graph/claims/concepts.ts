// The words outlets swap when they retell one claim, as concept classes (graph/data/claim-concepts.json): a word's
// class ("shelled" → ~attack) and the phrases read as one word first ("opened fire" → the class's word). Built once,
// for the claim terms (./terms.ts) and the trace's predicate words (graph/trace/predicate.ts).
import concepts from '../data/claim-concepts.json' with { type: 'json' };

/** Word → its concept class (`~name`). */
export const CONCEPT_CLASS = new Map<string, string>();
for (const [name, words] of Object.entries(concepts.classes))
  for (const w of words.split(/\s+/)) if (w) CONCEPT_CLASS.set(w, `~${name}`);

/** Phrases and the word each is read as ("opened fire" → "fired"), as global, case-blind patterns. */
export const CONCEPT_PHRASES: Array<[RegExp, string]> = Object.entries(concepts.phrases).map(([from, to]) => [
  new RegExp(`\\b(?:${from})\\b`, 'gi'),
  ` ${to} `,
]);
