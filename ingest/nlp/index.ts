// Sentences, tokens and POS tags for the content blocks of a cleaned article.
// In: CleanDoc (original text + content ranges). Out: NlpDoc with offsets into the original text.
import winkNLP, { type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

import type { CleanDoc, NlpDoc, Sentence, Token } from '../types.ts';

// One tagger for the process: loading the model costs ~100 ms, tagging ~1 MB/s.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** Tags each content block separately, so sentences never run across paragraphs. */
export function analyze(clean: CleanDoc): NlpDoc {
  const { text } = clean;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  clean.blocks.forEach((block, blockIndex) => {
    const slice = text.slice(block.start, block.end);
    if (!slice.trim()) return;
    const doc = nlp.readDoc(slice);
    const values = doc.tokens().out(its.value) as string[];
    const norms = doc.tokens().out(its.normal) as string[];
    const tags = doc.tokens().out(its.pos) as string[];
    // Offsets: find each token in order; wink keeps token values verbatim.
    const base = tokens.length;
    let cursor = 0;
    const starts: number[] = [];
    for (const value of values) {
      const at = slice.indexOf(value, cursor);
      const start = at >= 0 && at - cursor < 64 ? at : cursor;
      starts.push(start);
      cursor = start + value.length;
    }
    // "Human Rights Watch found": a capitalized "verb" inside a name, right before the real verb, is a name part.
    for (let i = 0; i + 1 < tags.length; i++) {
      // "Welch added that ...": a capitalized "verb" opening a sentence right before another verb is a name.
      if (
        tags[i] === 'VERB' &&
        (i === 0 || /^[.!?"”]$/.test(values[i - 1]!)) &&
        (tags[i + 1] === 'VERB' || tags[i + 1] === 'AUX') &&
        /^[A-Z][a-z]+$/.test(values[i]!) &&
        !/(ing|ed)$/.test(values[i]!)
      ) {
        tags[i] = 'PROPN';
        continue;
      }
      if (i === 0) continue;
      if (
        tags[i] === 'VERB' &&
        tags[i - 1] === 'PROPN' &&
        (tags[i + 1] === 'VERB' || tags[i + 1] === 'AUX' || HONORIFIC.test(values[i - 1]!)) &&
        /^[A-Z][a-z]/.test(values[i]!)
      )
        tags[i] = 'PROPN';
    }
    doc.sentences().each((s: ItemSentence) => {
      const [first, last] = s.out(its.span) as unknown as [number, number];
      const sentence = sentences.length;
      for (let i = first; i <= last; i++) {
        tokens.push({
          start: block.start + starts[i]!,
          end: block.start + starts[i]! + values[i]!.length,
          text: values[i]!,
          norm: norms[i]!,
          pos: tags[i]!,
          sentence,
        });
      }
      sentences.push({
        start: block.start + starts[first]!,
        end: block.start + starts[last]! + values[last]!.length,
        firstToken: base + first,
        endToken: base + last + 1,
        block: blockIndex,
      });
    });
  });
  return { text, tokens, sentences };
}

/** Honorifics and titles after which a capitalized word is a name ("Mr. Burr", "Sen. Hatch"). */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|Rev)\.?$/;

/** The bare tagger over a text, for the speed floor in bench/extract. Returns the token count. */
export function tagOnly(text: string): number {
  return nlp.readDoc(text).tokens().out(its.pos).length;
}
