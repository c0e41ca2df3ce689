// Tagger slips that break speech tags, mended for this stage only: wink tags unknown words as verbs, so names
// ("Welch said", "Grant Young, ...") and -ed adjectives ("another unaligned strategist") look like clauses.
// In: NlpDoc. Out: the same document, with a copy of the tokens when any tag changed (others untouched).
import { withPos } from '../nlp/index.ts';
import type { NlpDoc, Token } from '../types.ts';
import { verbCue } from './cues.ts';

/** The document with name-like and adjective-like "verbs" retagged; the input itself when none is found. */
export function retag(nlp: NlpDoc): NlpDoc {
  const { tokens, sentences } = nlp;
  let out: Token[] | null = null;
  for (const s of sentences) {
    if (titleCased(tokens, s.firstToken, s.endToken)) continue;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const pos = fixedPos(tokens, i, s.firstToken);
      if (!pos) continue;
      out ??= tokens.slice();
      out[i] = withPos(tokens[i]!, pos);
    }
  }
  return out ? { ...nlp, tokens: out } : nlp;
}

// Module constants, not literals in the functions: a regex literal is a new object each time it is evaluated, and
// these run on every verb of the article.
const OPENING_MARK = /^[“"‘'(—–-]$/;
const CAPITALIZED = /^[A-Z][a-z]/;
const NOMINAL_AFTER = /^(ADJ|NOUN|PROPN)$/;

function fixedPos(tokens: Token[], i: number, first: number): string | null {
  const t = tokens[i]!;
  if (t.pos !== 'VERB' || verbCue(t.norm)) return null;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const opening = i === first || (!!prev && OPENING_MARK.test(prev.text));
  if (CAPITALIZED.test(t.text)) {
    // "Welch said", "Sen. Grant Young": a capitalized word inside a sentence is a name.
    if (!opening) return 'PROPN';
    // "Grant Young, a strategist, said": at the start, only before another name.
    if (next?.pos === 'PROPN' && /^[A-Z]/.test(next.text)) return 'PROPN';
    return null;
  }
  // "another unaligned strategist", "one unnamed official": an -ed word between a determiner and its noun.
  if (
    t.norm.endsWith('ed') &&
    !!prev &&
    (prev.pos === 'DET' || prev.pos === 'NUM') &&
    NOMINAL_AFTER.test(next?.pos ?? '') &&
    i > first
  )
    return 'ADJ';
  return null;
}

/** A headline in title case ("Trump Says He Would Win"): capitals there are no sign of a name. */
function titleCased(tokens: Token[], s: number, e: number): boolean {
  let words = 0;
  let caps = 0;
  for (let k = s; k < e; k++) {
    const w = tokens[k]!.text;
    // An ASCII letter first, by its code: this runs on every token of the article (a regex literal here would be a
    // new object per token).
    const c = w.charCodeAt(0);
    const upper = c >= 65 && c <= 90;
    if (!(upper || (c >= 97 && c <= 122)) || w.length < 4) continue;
    words++;
    if (upper) caps++;
  }
  return words >= 3 && caps >= 0.7 * words;
}
