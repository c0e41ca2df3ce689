// The identity of a claim's content across articles: the same assertion told with wording noise (quotes,
// case, punctuation, determiners, auxiliaries and tense, a time adverbial or a trailing attribution clause)
// gets the same key. In: claim text. Out: a normalised token string and the Claim node id built from it.
import { createHash } from 'node:crypto';

import { foldToAscii } from '../names.ts';
import { memoByString } from './memo.ts';

/**
 * Words that change between outlets without changing what is asserted: articles and demonstratives,
 * auxiliaries (reported speech backshifts "will" to "would", "has" to "had"), a leading "that".
 */
const NOISE = new Set(
  (
    'a an the this these those that its is are was were be been being am has have had having do does did will ' +
    'would shall also reportedly allegedly apparently'
  ).split(' '),
);

/** Modals keep their meaning through backshift: "could" is "can", "might" is "may". */
const MODAL: Record<string, string> = { could: 'can', might: 'may' };

const DAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/**
 * Time adverbials outlets phrase differently for the same event ("on Tuesday", "on March 3", "overnight",
 * "earlier this week"): the date belongs to the report, not to the content.
 */
const TIME = new RegExp(
  [
    `\\b(?:on |late |early |last |this |next )?${DAY}(?: (?:night|morning|evening|afternoon))?\\b`,
    `\\b(?:on |in )?${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?\\b`,
    `\\b(?:on )?\\d{1,2}(?:st|nd|rd|th)? ${MONTH}(?:,? \\d{4})?\\b`,
    '\\b(?:earlier|later) (?:this|that|last) (?:week|month|day)\\b',
    '\\b(?:earlier|later) in the day\\b',
    '\\b(?:last|this|next) (?:week|month|night|year)\\b',
    '\\b(?:overnight|yesterday|today|tonight|on the same day|the same day)\\b',
  ].join('|'),
  'gi',
);

/** A trailing attribution left inside the content (", officials said", ", according to the ministry"). */
const TRAILING_ATTRIBUTION =
  /,\s*(?:according to [^,]+|[^,]{1,60}\b(?:said|says|told [^,]+|added|reported))\s*[.!?]?\s*$/i;

/**
 * A crude stem that folds tense and number ("visited"/"visits"/"visiting", "rammed"/"rams"): one suffix off, a
 * doubled final consonant undone (as Porter's step 1b, keeping ll/ss/zz), then at most 6 letters.
 */
function stem(w: string): string {
  if (MODAL[w]) return MODAL[w]!;
  const cut = w.replace(/(?<=.{3})(?:ing|ed|es|s)$/, '');
  const single = cut !== w && /([^aeiouylsz])\1$/.test(cut) ? cut.slice(0, -1) : cut;
  return single.slice(0, 6);
}

/** The content key of a claim text: the tokens that carry the assertion, folded, in order. */
export const claimContentKey = memoByString(contentKey);

function contentKey(text: string): string {
  const plain = foldToAscii(text)
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(TRAILING_ATTRIBUTION, '')
    .replace(TIME, ' ')
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    // "U.S." and "US", "U.N." and "UN" are one word.
    .replace(/\b([a-z]) ([a-z])\b/g, '$1$2')
    .trim();
  return plain
    .split(' ')
    .filter((w) => w && !NOISE.has(w))
    .map(stem)
    .join(' ');
}

/** Content shorter than this many key tokens ("I am not aware") is too generic to share across speakers. */
export const MIN_SHARED_TOKENS = 5;

export interface ClaimOrigin {
  speaker: string;
  /** The speaker is an anonymous source, which belongs to its article (DESIGN.md). */
  anonymous: boolean;
  /** Relays, nearest the speaker first. */
  via: string[];
  article: string;
}

/**
 * Claim node id. The same content meets at one Claim across articles and speakers, so one Claim carries
 * CLAIMS, DENIES and CONFIRMS from different actors. Short content is scoped to its origin: the speaker,
 * or for an anonymous source the relay nearest to it (one outlet's "sources"), else the article.
 */
export function claimNodeId(text: string, origin: ClaimOrigin): string {
  const key = claimContentKey(text);
  const scope =
    key.split(' ').length >= MIN_SHARED_TOKENS
      ? ''
      : !origin.anonymous
        ? `${origin.speaker}|`
        : origin.via[0]
          ? `anon@${origin.via[0]}|`
          : `${origin.article}|${origin.speaker}|`;
  return idOf(`${scope}${key}`);
}

const idOf = memoByString((scoped) => `claim-${createHash('sha256').update(scoped).digest('hex').slice(0, 24)}`);
