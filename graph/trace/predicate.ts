// What a claim says of its participants, as comparable words: its lower-case content words, the words outlets swap
// when they retell it read as one concept class (graph/data/claim-concepts.json: "shelled"/"struck" → ~attack,
// "opened fire" → ~launch), names, titles, dates and function words left out. Two claims of one article that
// name the same people ("The Sri Lanka Navy arrested 13 Indian fishermen" / "the Navy had fired at the Indian
// fishermen") are one assertion only when these words agree too.
import concepts from '../data/claim-concepts.json' with { type: 'json' };
import { CONCEPT_CLASS, CONCEPT_PHRASES } from '../claims/concepts.ts';
import { STOPWORDS, TIME_WORDS } from './stopwords.ts';

/** Titles and what a statement is called ("minister", "accusation") name participants and speech, not the act. */
const NOT_PREDICATE = new Set([...concepts.roles.split(/\s+/), ...concepts.meta.split(/\s+/)]);
/** Classes of who took part ("troops"/"soldiers", "gunmen"/"militants"), not of what they did. */
const PARTICIPANTS = new Set(['~forces', '~attacker']);
/** Spelled figures say how many, not what happened (graph/trace/related.ts compares figures on their own). */
const NUMBER_WORDS = new Set(
  (
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands ' +
    'million millions billion billions trillion trillions dozen dozens'
  ).split(' '),
);

/**
 * A word, hyphened compounds as one ("command-detonated" is one modifier, not two shared words). Capitalised words
 * are names ("Navy", "Indian", "Iran-backed") or open a sentence with its subject ("Insurgents killed"): who, not
 * what happened.
 */
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:['’][\p{L}]+)?/gu;

const memo = new Map<string, Set<string>>();
const MEMO_MAX = 50_000;

/** The predicate words of a text: concept classes and 5-letter stems of its lower-case content words. */
export function predicateWords(text: string): Set<string> {
  const cached = memo.get(text);
  if (cached) return cached;
  if (memo.size >= MEMO_MAX) memo.clear();
  const out = new Set<string>();
  let plain = text.normalize('NFKD').replace(/\p{M}+/gu, '');
  for (const [re, to] of CONCEPT_PHRASES) plain = plain.replace(re, to);
  for (const raw of plain.match(WORD) ?? []) {
    const w = raw
      .toLowerCase()
      .replace(/['’]s$/, '')
      .replace(/-/g, '');
    if (/^\p{Lu}/u.test(raw) || /^\d/.test(w) || NUMBER_WORDS.has(w)) continue;
    const cls = CONCEPT_CLASS.get(w);
    if (cls && !PARTICIPANTS.has(cls)) out.add(cls);
    else if (!cls && w.length >= 3 && !STOPWORDS.has(w) && !TIME_WORDS.has(w) && !NOT_PREDICATE.has(w))
      out.add(w.slice(0, 5));
  }
  memo.set(text, out);
  return out;
}

/** Share of the lighter side's predicate words the other must hold. */
const OVERLAP = 0.4;

/**
 * Whether two claims say the same of their participants: 40% of the lighter side's predicate words are in the other,
 * among them a concept class (the act itself in other words: "met" / "a meeting") or two words (the one word of a
 * side that has only one). Names alone never do.
 */
export function predicateHeld(a: string, b: string): boolean {
  const [pa, pb] = [predicateWords(a), predicateWords(b)];
  const [small, large] = pa.size <= pb.size ? [pa, pb] : [pb, pa];
  let [shared, concept] = [0, false];
  for (const w of small)
    if (large.has(w)) {
      shared++;
      concept ||= w.startsWith('~');
    }
  const enough = concept ? 1 : Math.max(1, Math.min(2, small.size));
  return shared >= enough && shared >= small.size * OVERLAP;
}
