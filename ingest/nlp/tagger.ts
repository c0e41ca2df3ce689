// The one wink-nlp tagger of the process, read so that an article's tokens never depend on the articles read before.
// In: text. Out: wink documents (sentences, tokens, POS tags).
//
// Why: wink adds every out-of-vocabulary word it meets to its lexicon, for good, and its tokenizer keeps a word it
// knows whole: "Trump’s" splits into "Trump" "’s" until some earlier article added "trump’s", then stays one token
// (and the tags around it change). An article's extraction then depended on what the same process had read before
// it: on the order of the inputs, and with `kg ingest --workers N`, on which worker got it. Each article is now
// tagged against the model's own lexicon: the words its reading added are forgotten when the article is done
// (`withFreshLexicon`). Their slots stay in wink's tables (wink has no way to drop them), but no lookup finds them,
// so the next article adds its own: ~80 slots, ~8 KB an article on PolNeAR. So that a long run (`--watch`, a big
// `kg extract`) does not grow without end, the tagger is built afresh from the model every REBUILD_EVERY articles;
// as no article depends on the ones before, that changes no output.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

interface Feature {
  hash: Record<string, number>;
  list: string[];
}
interface CoreModel {
  features: { lexeme: Feature };
}

/**
 * Only words with something besides letters are forgotten: the tokenizer asks whether a token is known only to decide
 * whether to split it at an apostrophe, hyphen, period or other mark, and a word of letters alone is never split,
 * known or not; its features are computed from its letters. Keeping those learned spares re-learning ~80 words an
 * article (~10% of extraction time); the forward/reverse check in tests/unit/nlp-history.test.ts holds either way.
 */
const LETTERS_ONLY = /^[\p{L}\p{M}]+$/u;

/** Articles between two rebuilds: ~40 MB of forgotten slots at most, one model load (~0.2 s) per ~25 s of work. */
export const REBUILD_EVERY = 5000;

/** A tagger over its own copy of the core model, loaded here (not inside winkNLP) so its lexeme table is in reach. */
function build() {
  const core = (model.core as unknown as () => CoreModel)();
  const tagger = winkNLP({ ...model, core: (() => core) as unknown as typeof model.core }, ['sbd', 'pos']);
  return { tagger, lexeme: core.features.lexeme, base: core.features.lexeme.list.length, articles: 0 };
}
let current = build();

/** The tagger of the process; `withFreshLexicon` may replace it between articles, so take it inside `read`. */
export const tagger = () => current.tagger;
/** wink's token properties (the same functions for every tagger built from the model). */
export const its = current.tagger.its;

/** Runs `read` (which may read several documents, the blocks of one article), then forgets the words it added. */
export function withFreshLexicon<T>(read: () => T): T {
  if (current.articles >= REBUILD_EVERY) current = build();
  current.articles++;
  const { lexeme } = current;
  const from = lexeme.list.length;
  try {
    return read();
  } finally {
    const { hash, list } = lexeme;
    for (let k = from; k < list.length; k++) {
      const word = list[k]!;
      if (hash[word] === k && !LETTERS_ONLY.test(word)) delete hash[word];
    }
  }
}

const lexicalTags = new Map<string, string | null>();

/**
 * The part of speech of a lower-case word read alone, when the model's own lexicon knows the word (words learned
 * from articles do not count, so the answer never depends on what was read before), else null. "economic" → ADJ.
 */
export function lexicalTag(word: string): string | null {
  let tag = lexicalTags.get(word);
  if (tag === undefined) {
    const at = current.lexeme.hash[word];
    tag =
      at !== undefined && at < current.base ? (current.tagger.readDoc(word).tokens().out(its.pos)[0] ?? null) : null;
    lexicalTags.set(word, tag);
  }
  return tag;
}
