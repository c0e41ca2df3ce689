// Shares of a group as speakers: "75 percent of Republicans", "most", "all but two".
// In: the tokens of a source phrase. Out: where the group starts, or -1.
import type { Token } from '../types.ts';

// Patterns made once: a regex literal inside a function is a new object each time it runs, and these run per token.
const IN_AMONG = /^(in|among)$/;
const MODIFIER_POS = /^(DET|NUM|ADJ|ADV)$/;

/** Words before a number that only make it approximate: "about half", "at least a dozen", "4 in 10". */
const APPROX = /^(about|around|at|least|over|under|nearly|almost|roughly|some|just|only|in|than|fewer|up|to)$/;
export const POLL_WORDS = new Set(['poll', 'polls', 'survey', 'surveys', 'respondents', 'surveyed', 'polled']);

/** Share heads that stand for people the writer does not name ("some", "others", "a third"), not for ones just named ("both", "all"). */
export const UNNAMED_SHARES =
  /^(some|others|many|most|few|several|percent|%|half|third|thirds|quarter|quarters|majority|minority|plurality)$/;

/** Words for a share of a group: "percent", "half", "most", "all", numbers. */
const SHARE_WORDS = new Set(
  (
    'percent % percentage half third thirds quarter quarters fourths fifths majority plurality minority number share ' +
    'most all none some many few several both one two three four five six seven eight nine ten dozen dozens hundreds ' +
    'thousands another others rest remainder more less but'
  ).split(' '),
);

/** "6 in 10 voters": a number, "in", a number, then the group. */
const inTen = (words: Token[], j: number): boolean =>
  words[j - 1]!.pos === 'NUM' && words[j + 1]?.pos === 'NUM' && j + 2 < words.length;

/**
 * Whether a source phrase is a share of a group: the index of the group after "of" ("75 percent of Republicans"),
 * words.length for a bare share ("all but two", "most", "a majority"), or -1.
 */
export function shareOf(words: Token[]): number {
  // "About four out of 10 voters" is "about four in 10 voters": the "out" of "out of" is read as no word.
  const out = words.findIndex(
    (w, j) => w.norm === 'out' && words[j + 1]?.norm === 'of' && words[j + 2]?.pos === 'NUM' && j > 0,
  );
  if (out > 0 && words[out - 1]!.pos === 'NUM') {
    const at = shareOf([...words.slice(0, out), ...words.slice(out + 1)]);
    return at < 0 ? at : at >= out ? at + 1 : at;
  }
  let k = 0;
  // "75 percent of Republicans", and "one in four voters", "many in the crowd", "some among his aides".
  const ofGroup = (j: number) =>
    words[j]!.norm === 'of' ||
    (IN_AMONG.test(words[j]!.norm) && j > 0 && (SHARE_WORDS.has(words[j - 1]!.norm) || inTen(words, j)));
  while (k < words.length && !ofGroup(k) && words[k]!.text !== ',') k++;
  const head = words[k - 1];
  if (!head || !(SHARE_WORDS.has(head.norm) || (head.pos === 'NUM' && k > 0))) return -1;
  // Only determiners, numbers, adjectives and share words before the head: "a mere 9 percent", "about half".
  for (let j = 0; j < k - 1; j++) {
    const w = words[j]!;
    // "Sixty-six percent": the hyphen of a written number.
    if (!(SHARE_WORDS.has(w.norm) || MODIFIER_POS.test(w.pos) || APPROX.test(w.norm) || w.text === '-')) return -1;
  }
  if (k >= words.length || words[k]!.text === ',') return words.length;
  return k + 1 < words.length ? k + 1 : -1;
}
