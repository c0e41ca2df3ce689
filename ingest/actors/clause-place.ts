// The place a body's own sentence names: "In Washington, House Democrats said ..." in a story filed from Vienna,
// "the Supreme Court in Apia" in a story of a New Zealand outlet. A place named in the same sentence as a body's
// generic name says whose body it is, before the story's state (its dateline's or outlet's). In: the article text
// and the body's span. Out: the one state the sentence's places are in, or null.
import { placeState, placesNamed } from '../gazetteer/cities.ts';
import { stateOfKey } from '../gazetteer/index.ts';

/** Where a sentence ends: a period, question or exclamation mark before a space and a capital or quote, or a line break. */
const SENTENCE_END = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})|\n/gu;

/** The bounds [start, end) of the sentence holding text[at]. */
export function sentenceAround(text: string, at: number): [number, number] {
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (end > at) return [start, m.index + 1];
    start = end;
  }
  return [start, text.length];
}

/** A state or a known city by its name alone ("Samoa", "Papua New Guinea", "Apia"), else null. */
const stateOfPlace = (name: string) => stateOfKey(name.toLowerCase().replace(/\s+/g, ' ')) ?? placeState(name);

/** Words between a body's name and a place after it that make the place the body's: "the Supreme Court in Apia". */
const RIGHT_AFTER = /^\s*(?:in|at)\s+(?:the\s+)?$/i;

/**
 * The state of the places the sentence of the span [start, end) names as places, outside the span: before the body
 * ("In Washington, House Democrats said") or right after it ("the Supreme Court in Apia"), never further on in the
 * sentence, where a place is another noun's ("said it sought news of a British national detained in Tehran"). Null
 * when it names none, or places of two states.
 */
export function clausePlaceState(text: string, start: number, end: number): string | null {
  const [from, to] = sentenceAround(text, start);
  const sentence = text.slice(from, to);
  let found: string | null = null;
  for (const p of placesNamed(sentence, stateOfPlace)) {
    if (from + p.start < end && from + p.end > start) continue;
    if (from + p.start >= end && !RIGHT_AFTER.test(text.slice(end, from + p.start))) continue;
    if (found && found !== p.state) return null;
    found = p.state;
  }
  return found;
}
