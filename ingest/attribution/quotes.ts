// Quotation spans of an article: curly and straight double quotes, quotes running over sentences,
// and quotes running over paragraphs. In: NlpDoc. Out: Quote[] and a token → quote index map.
import type { NlpDoc, Token } from '../types.ts';

export interface Quote {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or -1 when the paragraph ends before it closes. */
  close: number;
  /** Character span of the quoted words, without the marks. */
  start: number;
  end: number;
  block: number;
  /** Index of the quote continuing this one in the next paragraph, or -1. */
  next: number;
  /** Index of the quote this one continues, or -1. */
  prev: number;
}

export interface Quotes {
  quotes: Quote[];
  /** For every token: index of the quote holding it (marks included), or -1. */
  of: Int32Array;
}

const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);
const STRAIGHT = '"';

/** Tokens that are halves of a doubled-apostrophe quote mark (''). Filled by findQuotes. */
export const pairedMarks = new WeakSet<Token>();

function blockOf(nlp: NlpDoc, t: Token): number {
  return nlp.sentences[t.sentence]!.block;
}

/** Finds quotes with one linear pass over the tokens, pairing marks inside each paragraph. */
export function findQuotes(nlp: NlpDoc): Quotes {
  const { tokens } = nlp;
  const quotes: Quote[] = [];
  const of = new Int32Array(tokens.length).fill(-1);
  let openAt = -1;
  let block = -1;
  const finish = (closeAt: number) => {
    // A doubled apostrophe ('' as in some newspapers) opens after its second half.
    const o = tokens[pairedMarks.has(tokens[openAt]!) ? openAt + 1 : openAt]!;
    const lastInside = closeAt >= 0 ? closeAt - 1 : lastOfBlock;
    const end = lastInside > openAt ? tokens[lastInside]!.end : o.end;
    const q: Quote = { open: openAt, close: closeAt, start: o.end, end, block, next: -1, prev: -1 };
    const index = quotes.length;
    quotes.push(q);
    const to = closeAt >= 0 ? (pairedMarks.has(tokens[closeAt]!) ? closeAt + 1 : closeAt) : lastOfBlock;
    for (let i = openAt; i <= to; i++) of[i] = index;
    openAt = -1;
  };
  let lastOfBlock = -1;
  const nestedClose = (i: number): number => {
    const b = blockOf(nlp, tokens[i]!);
    let first = -1;
    for (let j = i + 1; j < tokens.length && j - i < 400; j++) {
      const u = tokens[j]!;
      if (blockOf(nlp, u) !== b || OPEN.has(u.text) || u.text === STRAIGHT) return -1;
      if (!CLOSE.has(u.text)) continue;
      if (first < 0) first = j;
      else return first;
    }
    return -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const b = blockOf(nlp, t);
    if (b !== block) {
      if (openAt >= 0) finish(-1);
      block = b;
    }
    lastOfBlock = i;
    const c = t.text;
    if (c === "'" && tokens[i + 1]?.text === "'" && tokens[i + 1]!.start === t.end) {
      pairedMarks.add(t);
      pairedMarks.add(tokens[i + 1]!);
      if (openAt < 0) {
        openAt = i;
        i++;
      } else {
        finish(i);
        i++;
        lastOfBlock = i;
      }
      continue;
    }
    if (openAt < 0) {
      if (OPEN.has(c) || c === STRAIGHT) openAt = i;
    } else if (CLOSE.has(c) || c === STRAIGHT) {
      finish(i);
    } else if (OPEN.has(c)) {
      // A quote inside a quote (“... “your team” needs ...”): two closing marks follow in the paragraph before
      // any other opening one, so the inner quote is passed over. Otherwise the first mark was never closed.
      const inner = nestedClose(i);
      if (inner > 0) i = inner;
      else openAt = i;
    }
  }
  if (openAt >= 0) finish(-1);
  // A paragraph ending inside a quote continues when the next paragraph opens with a quote mark.
  for (let k = 0; k + 1 < quotes.length; k++) {
    const q = quotes[k]!;
    const n = quotes[k + 1]!;
    if (q.close < 0 && n.block === q.block + 1 && firstOfBlock(nlp, n.open)) {
      q.next = k + 1;
      n.prev = k;
    }
  }
  return { quotes, of };
}

function firstOfBlock(nlp: NlpDoc, i: number): boolean {
  return i === 0 || blockOf(nlp, nlp.tokens[i - 1]!) !== blockOf(nlp, nlp.tokens[i]!);
}

/** The full run of a quote: from the first paragraph it starts in to the last one it continues into. */
export function quoteRun(qs: Quote[], k: number): { first: number; last: number } {
  let first = k;
  while (qs[first]!.prev >= 0) first = qs[first]!.prev;
  let last = k;
  while (qs[last]!.next >= 0) last = qs[last]!.next;
  return { first, last };
}
