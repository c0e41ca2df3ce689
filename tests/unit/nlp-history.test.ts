// An article's tokens must not depend on what the process read before it (ingest/nlp/tagger.ts): wink-nlp learns
// every unknown word it reads, and a word it knows is kept whole ("Kowalczyk’s" instead of "Kowalczyk" "’s").
import { describe, expect, it } from 'vitest';

import { analyze } from '../../ingest/nlp/index.ts';
import type { CleanDoc } from '../../ingest/types.ts';

const doc = (text: string): CleanDoc => ({ text, blocks: [{ start: 0, end: text.length }] }) as unknown as CleanDoc;
const tokens = (text: string) => analyze(doc(text)).tokens.map((t) => `${t.text}/${t.pos}`);

describe('tagging is independent of the articles read before', () => {
  it('splits a possessive the same way after another article wrote the word with a comma after it', () => {
    const article = 'WARSAW — The minister said Wierzbicki’s “reforms” were reckless, officials said on Monday.';
    const alone = tokens(article);
    expect(alone.slice(5, 7).map((t) => t.split('/')[0])).toEqual(['Wierzbicki', '’s']);
    // This one makes wink learn "wierzbicki’s" as a word of its own.
    tokens('GDANSK — Dockers backed Wierzbicki’s, not the mayor’s, plan for the port.');
    expect(tokens(article)).toEqual(alone);
  });
});
