// A token-level view of an article for the events stage: which actor each token belongs to, and
// flat noun-phrase chunks. In: NlpDoc + ActorsDoc. Out: View (arrays indexed by token), built in one pass.
import type { Actor } from '../../graph/schema.ts';
import type { Discourse } from '../discourse/index.ts';
import type { ActorsDoc, Mention, NlpDoc, Token } from '../types.ts';
import { SPEECH_VERBS, VERBS } from './lexicon.ts';

// Patterns made once: a regex literal inside a function is a new object each time it runs, and these run per token.
const CAPITALIZED = /^[A-Z][a-z]/;
const PRO_ANTI_BEFORE = /(?:pro|anti)[-‐–]$/;

export interface Chunk {
  /** Token range [start, end). */
  start: number;
  end: number;
}

export interface View {
  nlp: NlpDoc;
  tokens: Token[];
  /** Token index → index into `mentions`, or -1. */
  mentionAt: Int32Array;
  mentions: Mention[];
  /** Token index → chunk index, or -1 for tokens outside noun phrases. */
  chunkAt: Int32Array;
  chunks: Chunk[];
  actors: Map<string, Actor>;
  /** Token index → actor id of a pronoun the actors stage (or a discourse stage) resolved, if any. */
  pronounAt: Map<number, string>;
  /** The discourse model, when the pipeline built one: resolves "the group", "the daily", "its". */
  discourse: Discourse | null;
}

/** Prepositions that may link two nouns inside one noun phrase ("Minister of Defense", "Ambassador to X"). */
const LINKING = new Set(['of', 'for', 'to']);
const NOMINAL = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/** The actor a mention stands for in relations: anonymous actors stand for their affiliation. */
export function resolveActor(view: View, mention: Mention): string | null {
  const actor = view.actors.get(mention.actorId);
  if (!actor) return mention.actorId;
  if (actor.anonymous) return actor.affiliation ?? null;
  return actor.id;
}

export function buildView(nlp: NlpDoc, actorsDoc: ActorsDoc, discourse: Discourse | null = null): View {
  const { tokens, text } = nlp;
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  const mentions = actorsDoc.mentions.filter((m) => {
    // "pro-Assad forces" and "anti-ISIS coalition" are not the named actor.
    const before = text.slice(Math.max(0, m.start - 5), m.start).toLowerCase();
    return !PRO_ANTI_BEFORE.test(before) && m.kind !== 'pronoun';
  });
  // Both lists are sorted by start: one merge pass.
  let mi = 0;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    while (mi < mentions.length && mentions[mi]!.end <= tok.start) mi++;
    // Several mentions may overlap a token; prefer the longest one starting earliest.
    for (let j = mi; j < mentions.length && mentions[j]!.start < tok.end; j++) {
      const m = mentions[j]!;
      if (m.end <= tok.start) continue;
      const cur = mentionAt[t]!;
      if (cur < 0 || m.end - m.start > mentions[cur]!.end - mentions[cur]!.start) mentionAt[t] = j;
    }
  }

  const chunkAt = new Int32Array(tokens.length).fill(-1);
  const chunks: Chunk[] = [];
  let open = -1;
  const inChunk = (t: number): boolean => {
    const tok = tokens[t]!;
    const prev = tokens[t - 1];
    const next = tokens[t + 1];
    if (mentionAt[t]! >= 0) return true;
    if (NOMINAL.has(tok.pos)) return true;
    // Title Case inside a name or title the tagger split ("US Acting Assistant Secretary for Near Eastern Affairs").
    if (
      prev &&
      next &&
      (tok.pos === 'VERB' || tok.pos === 'ADP') &&
      CAPITALIZED.test(tok.text) &&
      chunkAt[t - 1]! >= 0 &&
      next.pos === 'PROPN' &&
      prev.sentence === tok.sentence &&
      !VERBS.has(tok.norm) &&
      !SPEECH_VERBS.has(tok.norm)
    )
      return true;
    if (POSSESSIVE.has(tok.norm) && t > 0 && chunkAt[t - 1]! >= 0) return true;
    // Hyphenated compounds tokenized apart: "Washington - led coalition", "al - Qaeda".
    if (tok.text === '-' && prev && next && prev.end === tok.start && next.start === tok.end) return true;
    if (prev && prev.text === '-' && prev.end === tok.start && t > 1 && chunkAt[t - 1]! >= 0) return true;
    if (
      LINKING.has(tok.norm) &&
      prev &&
      next &&
      chunkAt[t - 1]! >= 0 &&
      (prev.pos === 'NOUN' || prev.pos === 'PROPN') &&
      next.sentence === tok.sentence &&
      (next.pos === 'DET' ||
        next.pos === 'PROPN' ||
        next.pos === 'ADJ' ||
        next.pos === 'NOUN' ||
        CAPITALIZED.test(next.text))
    )
      return true;
    return false;
  };
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    const sameSentence = t > 0 && tokens[t - 1]!.sentence === tok.sentence;
    if (inChunk(t)) {
      // A determiner opens a new phrase unless it follows a linking preposition or a possessive.
      const prevNorm = t > 0 ? tokens[t - 1]!.norm : '';
      // So does a name right after a plural common noun: "the government troops US military directed ..."
      // is two phrases run together (nouns modify what follows them, plurals rarely do).
      const prev = t > 0 ? tokens[t - 1]! : null;
      const m = mentionAt[t]!;
      const restart =
        open >= 0 &&
        ((tok.pos === 'DET' && !LINKING.has(prevNorm) && !POSSESSIVE.has(prevNorm)) ||
          (m >= 0 &&
            mentions[m]!.start === tok.start &&
            prev !== null &&
            prev.pos === 'NOUN' &&
            mentionAt[t - 1]! < 0 &&
            prevNorm.length > 3 &&
            prevNorm.endsWith('s') &&
            !prevNorm.endsWith('ss')));
      if (open < 0 || !sameSentence || restart) {
        chunks.push({ start: t, end: t + 1 });
        open = chunks.length - 1;
      } else chunks[open]!.end = t + 1;
      chunkAt[t] = open;
    } else open = -1;
  }
  // A trailing linking preposition or hyphen belongs to no phrase.
  for (const c of chunks) {
    while (c.end - 1 > c.start && (LINKING.has(tokens[c.end - 1]!.norm) || tokens[c.end - 1]!.text === '-')) {
      chunkAt[c.end - 1] = -1;
      c.end--;
    }
  }
  // Resolved pronouns are kept apart: they may be agents ("He warned ..."), never parts of a noun phrase.
  const pronounAt = new Map<number, string>();
  let ti = 0;
  for (const m of actorsDoc.mentions) {
    if (m.kind !== 'pronoun') continue;
    while (ti < tokens.length && tokens[ti]!.end <= m.start) ti++;
    if (ti < tokens.length && tokens[ti]!.start >= m.start && tokens[ti]!.end <= m.end) pronounAt.set(ti, m.actorId);
  }
  const actors = new Map(actorsDoc.actors.map((a) => [a.id, a]));
  return { nlp, tokens, mentionAt, mentions, chunkAt, chunks, actors, pronounAt, discourse };
}

/** Distinct mention indices inside token range [start, end), in order. */
export function mentionsIn(view: View, start: number, end: number): number[] {
  const out: number[] = [];
  for (let t = start; t < end; t++) {
    const m = view.mentionAt[t]!;
    if (m >= 0 && out[out.length - 1] !== m) out.push(m);
  }
  return out;
}

export const isPerson = (view: View, m: Mention): boolean => view.actors.get(m.actorId)?.kind === 'person';

/**
 * The actor a noun phrase is about. A person named in the phrase wins ("Russia's Ambassador ...
 * Anatoly Antonov"); otherwise the last actor before the first post-modifier ("the Syrian army
 * of ..."); otherwise the actor after "of" ("senior officials of the Syrian security agencies").
 */
export function headMention(view: View, start: number, end: number, strict = false): Mention | null {
  const ms = mentionsIn(view, start, end).map((i) => view.mentions[i]!);
  if (!ms.length) return null;
  let cut = end;
  for (let t = start; t < end; t++) {
    if (LINKING.has(view.tokens[t]!.norm) && view.mentionAt[t]! < 0) {
      cut = t;
      break;
    }
  }
  const cutChar = cut < end ? view.tokens[cut]!.start : Infinity;
  const persons = ms.filter((m) => isPerson(view, m));
  const person = persons[persons.length - 1];
  // A person counts when named at the end of the phrase (apposition), not as a possessor ("Grayson's supporters").
  if (person && !tailBlocks(view, person.end, start, end, strict)) return person;
  const pre = ms.filter((m) => m.start < cutChar && !isPerson(view, m));
  const head = pre[pre.length - 1];
  if (head) return tailBlocks(view, head.end, start, cut, strict) ? null : head;
  if (person) return null;
  // "officials of X" belong to X; "the Ambassador to X" and "the envoy for X" do not.
  return cut < end && view.tokens[cut]!.norm === 'of' && !strict ? ms[0]! : null;
}

/** Nouns naming people set against or attached to the possessor: "Clinton supporters" are not Clinton. */
export const RELATIONAL = new Set(
  `supporters supporter critics critic opponents opponent rivals rival allies ally enemies enemy friends friend aides
  aide lawyers lawyer attorney family wife husband son daughter fans voters donors donor backers detractors foes victims
  relatives member members employees staff staffers adviser advisers advisor advisors`.split(/\s+/),
);
/** Nouns that still stand for the actor in front of them ("US forces", "the Russian government"). */
const COLLECTIVE = new Set(
  `forces force troops government administration army military officials official authorities leadership regime
  navy ministry delegation side warplanes jets aircraft drones fighters militants units commanders commander
  diplomats envoys`.split(/\s+/),
);

/**
 * True when the words after an actor inside its phrase make the phrase about someone else: always for
 * relational nouns; in strict mode (stances like support or accusation) for any noun but collective ones.
 */
function tailBlocks(view: View, from: number, start: number, end: number, strict: boolean): boolean {
  for (let t = start; t < end; t++) {
    const tok = view.tokens[t]!;
    if (tok.start < from) continue;
    if (RELATIONAL.has(tok.norm)) return true;
    if (strict && (tok.pos === 'NOUN' || tok.pos === 'PROPN') && view.mentionAt[t]! < 0 && !COLLECTIVE.has(tok.norm))
      return true;
  }
  return false;
}

/** Title Case (no lower-case word of four letters or more): a headline or a related-links line. */
export function titleCase(view: View, sentence: number): boolean {
  const s = view.nlp.sentences[sentence]!;
  // A sentence that ends with a full stop after a run of text is prose, however many names it holds
  // ("Xi Jinping met Joe Biden in Woodside, California, on Nov. 15.").
  const last = view.tokens[s.endToken - 1];
  if (last?.text === '.' && s.endToken - s.firstToken > 8) return false;
  let words = 0;
  for (let t = s.firstToken; t < s.endToken; t++) {
    const w = view.tokens[t]!.text;
    const c = w.charCodeAt(0);
    // ASCII letters by code; anything else through the Unicode classes.
    const lower = c >= 97 && c <= 122;
    if (!lower && !(c >= 65 && c <= 90) && (c < 128 || !/^\p{L}/u.test(w))) continue;
    words++;
    if (w.length >= 4 && (lower || (c >= 128 && /^\p{Ll}/u.test(w)))) return false;
  }
  return words >= 4;
}

/**
 * Whether a word of `words` modifies the trigger at t: it is among the adjectives, nouns, numbers and
 * conjunctions right before it in its sentence ("previous rocket and drone attacks", "a second car bomb").
 */
export function modifiedBy(tokens: View['tokens'], t: number, words: Set<string>): boolean {
  for (let k = t - 1; k >= 0 && k >= t - 5 && tokens[k]!.sentence === tokens[t]!.sentence; k--) {
    if (words.has(tokens[k]!.norm)) return true;
    if (!/^(?:ADJ|NOUN|CCONJ|NUM)$/.test(tokens[k]!.pos) && tokens[k]!.norm !== '-') return false;
  }
  return false;
}
