// "according to X" frames: X (or whom X cites) is the source; the content is the rest of the sentence.
import { namedAsChannel } from '../actors/channel.ts';
import type { Token } from '../types.ts';
import { clauseLike, type Content, type Ctx, leftContent, rightContent } from './content.ts';
import { parenthetical } from './content-ends.ts';
import { issuedBy } from './citing.ts';
import { ACCORDING, RELAY_PARTICIPLES } from './cues.ts';
import { type Frame, makeFrame } from './frame-base.ts';
import { isQuoteMark, rightNP, type TokRange } from './np.ts';

const passedBy = (tokens: Token[], k: number) =>
  /^(quoted|cited|reported|interviewed)$/.test(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'by';

/**
 * The phrase after "according to" is always a noun phrase, so a word the tagger took for a verb inside it
 * is a noun: a capitalized one ("the Valley Herald") or one right before a comma or "cited by".
 */
export function accordingNP(tokens: Token[], s: number, end: number): TokRange | null {
  let j = rightNP(tokens, s, end)?.[1] ?? s;
  while (
    j < end &&
    tokens[j]!.pos === 'VERB' &&
    !passedBy(tokens, j) &&
    (/^[A-Z]/.test(tokens[j]!.text) ||
      tokens[j + 1]?.text === ',' ||
      passedBy(tokens, j + 1) ||
      // Right after "according to" a word is a noun: "exit/VERB polls", "people/VERB in attendance".
      (j === s && (j + 1 >= end || /^(NOUN|ADP|PUNCT)$/.test(tokens[j + 1]!.pos))))
  ) {
    j++;
    j = rightNP(tokens, j, end)?.[1] ?? j;
  }
  return j > s ? [s, j] : null;
}

export function according(ctx: Ctx, i: number, si: number): Frame | null {
  const { tokens, sentences } = ctx.nlp;
  const sent = sentences[si]!;
  const first = sent.firstToken;
  const end = sent.endToken;
  let np = accordingNP(tokens, i + 2, end);
  // "..., according to a new/ADV Associated/VERB Press-GfK poll.": at the end of a sentence the phrase runs to
  // the final stop whatever the tagger made of its words.
  if (i > first && tokens[i - 1]!.text === ',') {
    let k = np ? np[1] : i + 2;
    while (
      k < end &&
      k - i < 16 &&
      !/^[.!?;,:]$/.test(tokens[k]!.text) &&
      !isQuoteMark(tokens[k]!) &&
      !passedBy(tokens, k)
    )
      k++;
    if (k > i + 2 && (k >= end || /^[.!?]$/.test(tokens[k]!.text)) && (!np || k > np[1])) np = [i + 2, k];
  }
  if (!np) return null;
  const cueTok: TokRange = [i, i + 2];
  let initial = true;
  for (let k = first; k < i; k++) {
    const t = tokens[k]!;
    if (
      t.pos === 'VERB' ||
      t.pos === 'AUX' ||
      t.pos === 'NOUN' ||
      t.pos === 'PROPN' ||
      t.pos === 'PRON' ||
      isQuoteMark(t)
    ) {
      initial = false;
      break;
    }
  }
  let content: Content | null;
  let j = np[1];
  // "according to Military Communique No. 118 issued by the Ministry of Defence": the author speaks (the phrase may
  // already run over it to the sentence's end).
  let author: TokRange | null = null;
  let issued = np[0] + 1;
  for (; issued <= np[1] && !author; issued++) author = issuedBy(tokens, issued, end);
  if (author) j = Math.max(j, author[1]);
  // "according to a statement published by the weekly X": the outlet passed the statement on, it is no author; the
  // statement, its author unnamed, is the source.
  let passer: TokRange | null = author && channelNP(ctx, author) ? author : null;
  if (passer) {
    author = null;
    if (issued - 1 < np[1]) np = [np[0], issued - 1];
  }
  // "according to X, a spokesman for Y," and "according to X, citing Y,"
  let cited: TokRange | null = null;
  if (tokens[j]?.text === ',' && RELAY_PARTICIPLES.has(tokens[j + 1]?.norm ?? '')) {
    cited = rightNP(tokens, j + 2, end);
    if (cited) j = cited[1];
  }
  // "according to two diplomats quoted by X" / "sources cited by X": the NP speaks, X relays.
  const k = tokens[j]?.text === ',' ? j + 1 : j;
  if (!passer && passedBy(tokens, k)) {
    passer = rightNP(tokens, k + 2, end);
    if (passer) j = passer[1];
  }
  if (initial) {
    // "According to a statement from the Iraqi Interior Ministry, C": the phrase runs to its comma.
    if (/^(from|by|of|at|in|on|for)$/.test(tokens[j]?.norm ?? '') && tokens[j]!.pos === 'ADP') {
      let k = j;
      while (k < end && k - j < 12 && tokens[k]!.text !== ',' && tokens[k]!.pos !== 'VERB' && !isQuoteMark(tokens[k]!))
        k++;
      if (tokens[k]?.text === ',') {
        np[1] = k;
        j = k;
      }
    }
    // "According to X, the body set up by Y, C": an appositive naming X is not part of the content.
    if (tokens[j]?.text === ',' && /^(the|a|an)$/.test(tokens[j + 1]?.norm ?? '')) {
      let k = j + 2;
      while (k < end && k - j < 14 && tokens[k]!.text !== ',' && tokens[k]!.pos !== 'AUX' && !isQuoteMark(tokens[k]!))
        k++;
      const finite = tokens.slice(j + 1, k).some((t) => /^(he|she|it|they|we|i|you)$/.test(t.norm));
      if (tokens[k]?.text === ',' && !finite && clauseLike(ctx, k + 1, end)) j = k;
    }
    if (tokens[j]?.text === ',') j++;
    content = rightContent(ctx, j, end);
  } else {
    const b = tokens[i - 1]!.text === ',' ? i - 1 : i;
    content = leftContent(ctx, b, first);
    // "Over the long term, according to the budget office, the deficit will grow": a tag between commas inside
    // the sentence; the content goes on after it.
    // Not a clause joined after the tag: "..., according to X, and said C" / ", and exports fell".
    if (content && b < i && tokens[j + 1]?.pos !== 'CCONJ') parenthetical(ctx, content, j, end);
  }
  if (!content) return null;
  const f = makeFrame(ACCORDING, cueTok, si, content);
  f.sources = cited ? [cited] : [author ?? np];
  // Nearest to the speaker first: "according to X, citing Y" → Y via X; "according to Y quoted by X" → Y via X.
  f.relays = cited ? [np] : passer ? [passer] : [];
  return f;
}

/** Whether a noun phrase's name is named as the channel of a text ("published by the weekly Le Kassoumay"). */
function channelNP(ctx: Ctx, [s, e]: TokRange): boolean {
  const { tokens, text } = ctx.nlp;
  for (let k = s; k < e; k++) if (/^\p{Lu}/u.test(tokens[k]!.text)) return namedAsChannel(text, tokens[k]!.start);
  return false;
}
