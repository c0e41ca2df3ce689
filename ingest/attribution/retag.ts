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

function fixedPos(tokens: Token[], i: number, first: number): string | null {
  const t = tokens[i]!;
  if (t.pos !== 'VERB' || verbCue(t.norm)) return null;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const opening = i === first || (!!prev && /^[“"‘'(—–-]$/.test(prev.text));
  if (/^[A-Z][a-z]/.test(t.text)) {
    // "Welch said", "Sen. Grant Young": a capitalized word inside a sentence is a name.
    if (!opening) return 'PROPN';
    // "Grant Young, a strategist, said": at the start, only before another name.
    if (next?.pos === 'PROPN' && /^[A-Z]/.test(next.text)) return 'PROPN';
    return null;
  }
  // "another unaligned strategist", "one unnamed official": an -ed word between a determiner and its noun.
  if (
    /ed$/.test(t.norm) &&
    !!prev &&
    /^(DET|NUM)$/.test(prev.pos) &&
    /^(ADJ|NOUN|PROPN)$/.test(next?.pos ?? '') &&
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
    if (!/^[A-Za-z]/.test(w) || w.length < 4) continue;
    words++;
    if (/^[A-Z]/.test(w)) caps++;
  }
  return words >= 3 && caps >= 0.7 * words;
}
