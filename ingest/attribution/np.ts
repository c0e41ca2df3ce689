// Noun-phrase boundaries around a cue, from POS tags: the subject before it, the phrase after it,
// and the adjuncts to skip ("on Monday", "in a statement"). In: tokens + indices. Out: token ranges.
import type { Token } from '../types.ts';
import { pairedMarks } from './quotes.ts';

// Patterns made once: a regex literal inside a function is a new object each time it runs, and these run per token.
const SUBORDINATORS = /^(after|before|since|until|when|while|because|although|though|unless|whereas)$/;

export type TokRange = [number, number];

const QUOTE_MARKS = new Set(['“', '”', '"', '«', '»', '„']);
export const isQuoteMark = (t: Token) => QUOTE_MARKS.has(t.text) || pairedMarks.has(t);

const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PRON']);
const HEADS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const RELATIVE = new Set(['who', 'which', 'whose', 'whom']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
/** Possessive determiners: "their disputed border", "his aide". */
export const POSSESSIVE = new Set(['his', 'her', 'their', 'its']);
const TEMPORAL = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tonight',
  'tomorrow',
  'earlier',
  'later',
  'previously',
  'recently',
  'again',
  'also',
  'initially',
  'late',
  'early',
  'last',
  'this',
  'week',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
  'weekend',
  'separately',
  'publicly',
  'privately',
  'repeatedly',
  'then',
  'now',
  'once',
  'flatly',
  'firmly',
  'bluntly',
  'simply',
  'further',
]);
const PREPS = new Set([
  'on',
  'in',
  'at',
  'during',
  'after',
  'before',
  'from',
  'with',
  'via',
  'through',
  'over',
  'of',
  'about',
  'to',
  'inside',
  'outside',
  'into',
  'across',
  'under',
  'for',
  'near',
  'following',
  'since',
  'ahead',
  'throughout',
]);
const AUX_SKIP = new Set([
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'did',
  'does',
  'do',
  "'s",
  '’s',
  'shall',
]);
// Hypothetical or infinitival speech ("could declare", "declined to say") asserts nothing yet.
const MODALS = new Set(['could', 'should', 'might', 'may', 'can', 'must', 'would', 'shall']);
const NEG = new Set(['not', "n't", 'n’t', 'never']);
export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);

/** Skips auxiliaries, negation and adverbs left of a cue. Returns the new index and what was seen. */
export function skipLeftAux(
  tokens: Token[],
  i: number,
  first: number,
): { at: number; negated: boolean; passive: boolean; modal: boolean } {
  let negated = false;
  let passive = false;
  let modal = false;
  while (i >= first) {
    const t = tokens[i]!;
    // "He went on to say that C": the speaker is the subject of "went on".
    if (
      t.norm === 'to' &&
      i - 2 >= first &&
      tokens[i - 1]!.norm === 'on' &&
      /^(go|goes|went|going|gone)$/.test(tokens[i - 2]!.norm)
    ) {
      i -= 3;
      continue;
    }
    // "continued to insist", "took to Twitter to say", "was quick to add": the subject does speak.
    const governor = t.norm === 'to' ? implicativeAt(tokens, i, first) : -1;
    if (governor >= 0) {
      i = governor - 1;
      continue;
    }
    if (NEG.has(t.norm)) negated = true;
    else if (MODALS.has(t.norm) || t.norm === 'to') modal = true;
    else if (
      TEMPORAL.has(t.norm) &&
      i - 1 >= first &&
      /^(on|last|this|next|in|at|late|early)$/.test(tokens[i - 1]!.norm)
    )
      i--;
    // "who's argued", "he's said": after a personal subject the clitic is "has", not a passive "is" (but "he's
    // predicting" is "is").
    else if (
      BE.has(t.norm) &&
      t.pos === 'AUX' &&
      !(
        /^['’]s$/.test(t.text) &&
        /^(he|she|who)$/.test(tokens[i - 1]?.norm ?? '') &&
        !/ing$/.test(tokens[i + 1]?.norm ?? '')
      )
    )
      passive = true;
    else if (!(
      t.pos === 'AUX' ||
      AUX_SKIP.has(t.norm) ||
      (t.pos === 'ADV' && t.norm !== 'however' && !(QUANTIFIERS.has(t.norm) && opensClause(tokens, i - 1, first))) ||
      TEMPORAL.has(t.norm)
    ))
      break;
    i--;
  }
  return { at: i, negated, passive, modal };
}

/** Verbs that carry out the infinitive after them: "continued to deny", "hastened to add". */
const IMPLICATIVE = new Set(
  'continue continues continued continuing proceed proceeds proceeded hasten hastens hastened interjected rushed'.split(
    ' ',
  ),
);
/** "quick to point out", "careful to note" after a form of "be". */
const READY = new Set(['quick', 'careful', 'swift', 'fast']);
/** What a speaker uses or takes to speak: "used the speech to call", "took the opportunity to deny". */
const OCCASIONS = new Set(
  'speech address remarks statement appearance interview opportunity occasion platform post tweet column letter message briefing news conference'.split(
    ' ',
  ),
);

/**
 * The first token of the construction before an infinitive marker `to` at i whose subject speaks: "continued to",
 * "went so far as to", "was quick to", "took to Twitter to", "went on CNN to", "used his speech to". -1 otherwise:
 * "declined to say", "is expected to argue" and "urged X to say" assert nothing of the subject's.
 */
function implicativeAt(tokens: Token[], i: number, first: number): number {
  const w = (k: number) => (k >= first ? tokens[k]!.norm : '');
  if (IMPLICATIVE.has(w(i - 1))) return i - 1;
  if (w(i - 1) === 'as' && w(i - 2) === 'far' && w(i - 3) === 'so' && /^(go|goes|went|going|gone)$/.test(w(i - 4)))
    return i - 4;
  if (READY.has(w(i - 1)) && BE.has(w(i - 2))) return i - 2;
  // "took to Twitter to", "went on CNN to", "used his speech to", "took the opportunity to": a short phrase between.
  for (let k = i - 2; k >= Math.max(first, i - 6); k--) {
    const u = tokens[k]!;
    if (u.text === ',' || u.pos === 'VERB' || u.pos === 'AUX' || u.norm === 'to') {
      const phrase = tokens.slice(k + 1, i);
      if (!phrase.length || phrase.some((p) => p.text === ',')) return -1;
      if (u.norm === 'to' && /^(take|takes|took|taking|taken)$/.test(w(k - 1))) return k - 1;
      if (
        /^(use|uses|used|using|take|takes|took|taking|seize|seized|seizes)$/.test(u.norm) &&
        phrase.some((p) => OCCASIONS.has(p.norm))
      )
        return k;
      return -1;
    }
    if (u.norm === 'on' && /^(go|goes|went|going|appeared|appears)$/.test(w(k - 1)) && tokens[k + 1]?.pos === 'PROPN')
      return k - 1;
  }
  return -1;
}

/** A noun phrase starting at i: determiners, adjectives, nouns, names, "of"/"for" + name. Null when none. */
export function rightNP(tokens: Token[], i: number, end: number): TokRange | null {
  let j = i;
  let head = false;
  while (j < end) {
    const t = tokens[j]!;
    // "asked the network to donate": an infinitive marker ends the noun phrase (PART is there for "'s").
    if (t.pos === 'PART' && t.norm === 'to') break;
    // "asked Richards what impact it had": a question word after the head opens the question.
    if (head && t.norm === 'what') break;
    if (NP_POS.has(t.pos) && !RELATIVE.has(t.norm) && t.norm !== 'that' && !isQuoteMark(t)) {
      // "told AFP he had been hit": a subject pronoun after the head starts the next clause.
      if (head && t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.norm)) break;
      // "told reporters the budget was sound": an article after the head opens the next noun phrase.
      const prev = tokens[j - 1]!;
      if (head && t.pos === 'DET' && /^(the|a|an)$/.test(t.norm) && HEADS.has(prev.pos) && !/ing$/.test(prev.norm))
        break;
      if (HEADS.has(t.pos)) head = true;
      j++;
    } else if (
      (t.norm === 'of' || t.norm === 'for' || t.norm === 'at') &&
      head &&
      j + 1 < end &&
      NP_POS.has(tokens[j + 1]!.pos) &&
      tokens[j + 1]!.norm !== 'that'
    ) {
      j++;
    } else if (
      (t.text === '-' || t.text === '&' || t.text === '.') &&
      j > i &&
      j + 1 < end &&
      (tokens[j + 1]!.pos === 'PROPN' || (t.text === '-' && NP_POS.has(tokens[j + 1]!.pos)))
    ) {
      j++;
    } else if (
      t.pos === 'VERB' &&
      head &&
      (tokens[j - 1]!.pos === 'NOUN' || tokens[j - 1]!.pos === 'ADJ') &&
      (j + 1 >= end || tokens[j + 1]!.pos === 'ADP' || tokens[j + 1]!.pos === 'PUNCT') &&
      !/(ing|ed)$/.test(t.norm)
    ) {
      // A noun the tagger took for a verb: "a campaign stop in ...".
      j++;
    } else if (t.pos === 'VERB' && /^[A-Z]/.test(t.text) && tokens[j + 1]?.pos === 'PROPN' && j + 1 < end) {
      // A capitalized word the tagger took for a verb inside a name: "told The Associated Press", "the United Nations".
      j++;
    } else if (t.text === '(' && head) {
      // "Sen. Jane Roe (D-Ill.)", "Ana Ruiz (pictured)": a short parenthesis after a name belongs to it.
      let k = j + 1;
      while (k < end && k - j < 8 && tokens[k]!.text !== ')' && tokens[k]!.text !== '(') k++;
      if (k >= end || tokens[k]!.text !== ')') break;
      j = k + 1;
    } else break;
  }
  return head && j > i ? [i, j] : null;
}

/** Skips time and manner adjuncts after a cue: "on Monday", "in a statement", "at a briefing", "late Friday". */
export function skipAdjuncts(tokens: Token[], i: number, end: number): number {
  for (;;) {
    if (i >= end) return i;
    const t = tokens[i]!;
    if (
      TEMPORAL.has(t.norm) ||
      (t.pos === 'ADV' && t.norm !== 'that' && t.norm !== 'as') ||
      (t.pos === 'PROPN' && TEMPORAL.has(t.norm))
    ) {
      i++;
      continue;
    }
    if (PREPS.has(t.norm) && (t.pos === 'ADP' || t.pos === 'SCONJ')) {
      const np = rightNP(tokens, i + 1, end) ?? eventNP(tokens, i + 1, end);
      if (!np) return i;
      i = np[1];
      continue;
    }
    // "said in a report released Thursday that", "in a statement carried by the Sudan Tribune": the document's
    // participle, and who carried or saw it, belong to the adjunct.
    if (RELEASED.has(t.norm) && i > 0 && ISSUED_DOCS.has(tokens[i - 1]!.norm)) {
      i++;
      if (tokens[i]?.norm === 'by') i = agentEnd(tokens, i + 1, end) ?? i;
      continue;
    }
    // "a report seen by Reuters" read as one phrase up to the participle: its agent too.
    if (t.norm === 'by' && i > 1 && RELEASED.has(tokens[i - 1]!.norm) && ISSUED_DOCS.has(tokens[i - 2]!.norm)) {
      const by = agentEnd(tokens, i + 1, end);
      if (by === null) return i;
      i = by;
      continue;
    }
    // "in his twice-yearly report to the council that": a hyphenated word inside the adjunct's noun phrase.
    if (t.text === '-' && i > 0 && tokens[i - 1]!.end === t.start && tokens[i + 1]?.start === t.end) {
      const np = rightNP(tokens, i + 1, end);
      if (!np) return i;
      i = np[1];
      continue;
    }
    return i;
  }
}

/**
 * "in a televised address", "in a recorded message": a participle the tagger took for a verb before a
 * speech-event noun (which it may tag as a verb too) still makes a noun phrase.
 */
function eventNP(tokens: Token[], i: number, end: number): TokRange | null {
  let j = i;
  while (j < end && j < i + 5) {
    const t = tokens[j]!;
    if (SPEECH_EVENTS.has(t.norm) && j > i) return [i, j + 1];
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || (t.pos === 'VERB' && /ed$/.test(t.norm))) j++;
    else return null;
  }
  return null;
}

const SPEECH_EVENTS = new Set([
  'address',
  'statement',
  'speech',
  'message',
  'interview',
  'broadcast',
  'briefing',
  'conference',
  'post',
  'letter',
  'video',
  'remarks',
  'appearance',
]);

const RELEASED = new Set(
  (
    'released published issued posted aired broadcast sent delivered seen obtained carried reviewed quoted cited ' +
    'circulated relayed submitted leaked shared distributed dated'
  ).split(' '),
);
export const ISSUED_DOCS = new Set(
  'report statement letter video interview study message speech excerpts document memo filing assessment transcript remarks comments address communique bulletin release notice declaration dispatch'.split(
    ' ',
  ),
);
/** Lower-case words that close an outlet's description: "the Myanmar Now news site", "the Tribune website". */
const OUTLET_TAILS = new Set([
  'news',
  'site',
  'website',
  'agency',
  'channel',
  'outlet',
  'newspaper',
  'portal',
  'daily',
]);

/** The end of who carried or saw a document ("by the Myanmar Now news site"), or null. */
export function agentEnd(tokens: Token[], i: number, end: number): number | null {
  const np = rightNP(tokens, i, end);
  if (!np) return null;
  let k = np[1];
  // A name the tagger cut ("Myanmar Now": "Now" as an adverb) goes on in capitals.
  while (k < end && (/^[A-Z]/.test(tokens[k]!.text) || (OUTLET_TAILS.has(tokens[k]!.norm) && k > np[1]))) k++;
  while (k < end && OUTLET_TAILS.has(tokens[k]!.norm) && /^[a-z]/.test(tokens[k]!.text)) k++;
  return k;
}

/** Participles of a document passed on: "a report seen by Reuters", "a statement carried by X". */
export const PASSED_ON = new Set(['seen', 'obtained', 'carried', 'reviewed', 'quoted', 'cited', 'published', 'leaked']);

/** Whether the tokens look like a noun phrase that can be a subject or an appositive. */
export function npLike(tokens: Token[], s: number, e: number): boolean {
  if (e <= s || e - s > 30) return false;
  let head = false;
  const first = tokens[s]!;
  if (RELATIVE.has(first.norm)) return true; // relative clause: ", who was ..., said"
  if (!NP_POS.has(first.pos)) return false;
  for (let k = s; k < e; k++) {
    const t = tokens[k]!;
    if (isQuoteMark(t) || t.text === ':' || t.text === ';') return false;
    // "an oncologist who advised Obama on X": a noun phrase with its relative clause is still an appositive.
    // "the main opposition body that calls itself X": "that" before a verb is a relative pronoun too.
    const relThat = t.norm === 'that' && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '');
    if (
      (RELATIVE.has(t.norm) || relThat) &&
      k > s &&
      head &&
      (tokens[k - 1]!.pos === 'NOUN' || tokens[k - 1]!.pos === 'PROPN')
    )
      return true;
    if (HEADS.has(t.pos)) head = true;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !nominalVerb(tokens, k, s)) {
      // Participles after a noun modify it ("the outlet reporting the meeting"); finite verbs end the phrase.
      const prev = tokens[k - 1];
      // "the only candidate to campaign in Wyoming": an infinitive modifying the noun.
      if (prev?.norm === 'to' && prev.pos === 'PART' && k - 2 >= s && tokens[k - 2]!.pos === 'NOUN') continue;
      if (!(prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && /(ing|ed)$/.test(t.norm))) return false;
    }
  }
  return head;
}

/**
 * The subject before a cue whose last token is at `last`: the words back to the previous boundary
 * (comma, quote, colon, clause word). Returns null when the cue follows a boundary directly.
 */
export function subjectRegion(tokens: Token[], last: number, first: number): TokRange | null {
  let s = last;
  while (s >= first) {
    const t = tokens[s]!;
    // "Kasich (who has 25 delegates) said": a parenthesis inside the subject is skipped whole.
    if (t.text === ')' && s < last + 1) {
      let k = s - 1;
      while (k >= first && tokens[k]!.text !== '(' && tokens[k]!.text !== ')' && s - k < 20) k--;
      if (k >= first && tokens[k]!.text === '(' && k > first && HEADS.has(tokens[k - 1]!.pos)) {
        s = k - 1;
        continue;
      }
    }
    if (
      t.text === ',' ||
      t.text === ':' ||
      t.text === ';' ||
      isQuoteMark(t) ||
      t.text === '(' ||
      t.text === ')' ||
      t.text === '—' ||
      t.text === '–' ||
      // "Nairobi, Aug. 16 (KNA) - X said": the dash closing a dateline; EFE's "Lima (EFE).- X said" too.
      (t.text === '-' &&
        (tokens[s - 1]?.text === ')' || (tokens[s - 1]?.text === '.' && tokens[s - 2]?.text === ')'))) ||
      // "than Mr. Trump - 60 percent of voters said": a hyphen between spaces is a dash.
      (t.text === '-' && s > first && tokens[s - 1]!.end < t.start && t.end < (tokens[s + 1]?.start ?? t.end))
    )
      break;
    if (t.pos === 'SCONJ' || (t.norm === 'that' && t.pos !== 'DET')) break;
    // "days after Pyongyang vowed": a time clause's subject starts after its conjunction.
    // "... when Tapper asked": the tagger often calls a clause's conjunction an adverb.
    if (SUBORDINATORS.test(t.norm)) break;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !isModifierVerb(tokens, s, first)) break;
    s--;
  }
  s++;
  // "Residents who fled to the town said": the region after a relative clause's verb is not the subject;
  // the noun phrase the relative pronoun stands for is. So when the clause's verb is the last word before the cue
  // ("A resident who asked not to be named said", "Residents who fled said").
  if (s - 1 >= first && s <= last + 1 && (tokens[s - 1]!.pos === 'VERB' || tokens[s - 1]!.pos === 'AUX')) {
    for (let k = s - 1; k >= Math.max(first + 1, s - 6); k--) {
      const u = tokens[k]!;
      if (u.text === ',' || isQuoteMark(u) || u.pos === 'PUNCT') break;
      if (u.norm !== 'who') continue;
      let a = k - 1;
      while (a >= first && (NP_POS.has(tokens[a]!.pos) || (tokens[a]!.norm === 'of' && a > first))) a--;
      if (a + 1 < k) return trimLead(tokens, a + 1, k);
      break;
    }
  }
  // "he was copied on the questions and Gates said": a region opening with the preposition of an earlier
  // clause's verb holds that clause's tail; the subject is what follows its last conjunction.
  if (s <= last && s - 1 >= first && tokens[s]!.pos === 'ADP' && /^(VERB|AUX)$/.test(tokens[s - 1]!.pos)) {
    for (let k = last - 1; k > s; k--) {
      if (tokens[k]!.pos !== 'CCONJ') continue;
      s = k + 1;
      break;
    }
  }
  // "... attack and subsequently accused X": a second verb of an earlier clause has no subject of its own here.
  if (s <= last && tokens[last]!.pos === 'CCONJ') return null;
  // "..., which the probe said were covered up": the subject of a relative clause follows its pronoun.
  if (
    s < last &&
    /^(which|what|whom)$/.test(tokens[s]!.norm) &&
    /^(DET|PROPN|NOUN|PRON|ADJ|NUM)$/.test(tokens[s + 1]!.pos)
  )
    s++;
  // A relative clause inside the subject ends it: "Officials who spoke on condition of anonymity said".
  for (let k = s; k <= last; k++) {
    if (!(RELATIVE.has(tokens[k]!.norm) && k > s)) continue;
    // "voters who say ...": the speaker is the noun phrase the relative pronoun stands for, not the words
    // before it ("compared with 64 percent who say" → "64 percent").
    let a = k - 1;
    while (a >= s && (NP_POS.has(tokens[a]!.pos) || (tokens[a]!.norm === 'of' && a > s) || tokens[a]!.norm === 'and'))
      a--;
    return trimLead(tokens, k === last ? a + 1 : s, k);
  }
  if (s > last) return null;
  return trimLead(tokens, s, last + 1);
}

/**
 * A word the tagger took for a verb inside a noun phrase: part of a hyphenated compound ("the center-left
 * group", "a self-described socialist"), a capitalized word inside a name ("the Ways and Means Committee"),
 * or a verb form between a modifier and its noun ("the think tank").
 */
export function nominalVerb(tokens: Token[], k: number, first: number): boolean {
  const t = tokens[k]!;
  if (t.pos !== 'VERB') return false;
  const prev = k > first ? tokens[k - 1] : undefined;
  const next = tokens[k + 1];
  if (prev?.text === '-' || (next?.text === '-' && /^(NOUN|ADJ|PROPN|VERB)$/.test(tokens[k + 2]?.pos ?? '')))
    return true;
  if (/^[A-Z]/.test(t.text) && k > first && tokens[k]!.sentence === prev?.sentence) {
    if (prev?.pos === 'PROPN' || next?.pos === 'PROPN' || (prev?.pos === 'CCONJ' && tokens[k - 2]?.pos === 'PROPN'))
      return true;
  }
  // "An earlier report in a New Hampshire paper said": a verb form after an article or adjective, before a
  // preposition, is a noun.
  if (
    prev &&
    next?.pos === 'ADP' &&
    !/(ed|ing)$/.test(t.norm) &&
    k > first &&
    /^(a|an|the|earlier|new|latest|recent|first|second|final|initial|separate|similar)$/.test(prev.norm)
  )
    return true;
  return (
    !!prev &&
    !!next &&
    next.pos === 'NOUN' &&
    (prev.pos === 'DET' || prev.pos === 'ADJ' || nominalVerb(tokens, k - 1, first)) &&
    !/(ed|ing)$/.test(t.norm)
  );
}

export function isModifierVerb(tokens: Token[], k: number, first: number): boolean {
  const t = tokens[k]!;
  if (nominalVerb(tokens, k, first)) return true;
  const prev = k > first ? tokens[k - 1]! : undefined;
  // "those surveyed say", "those polled said": a participle after "those" is its modifier.
  if (prev?.norm === 'those' && t.pos === 'VERB' && /ed$/.test(t.norm)) return true;
  return (
    !!prev &&
    (prev.pos === 'NOUN' || prev.pos === 'PROPN') &&
    t.pos === 'VERB' &&
    (/(ing|ed)$/.test(t.norm) || (IRREGULAR_PARTICIPLES.has(t.norm) && tokens[k + 1]?.norm === 'by'))
  );
}

/** Participles without -ed that modify a noun before "by": "a memo seen by Reuters", "a letter written by X". */
const IRREGULAR_PARTICIPLES = new Set(
  'seen written taken given shown known chosen drawn made held sent led built paid sold brought found kept'.split(' '),
);

const PERSONAL = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);
const LEADERS = new Set([
  'and',
  'but',
  'or',
  'so',
  'yet',
  'however',
  'meanwhile',
  'also',
  'still',
  'instead',
  'now',
  'then',
  'here',
  'there',
]);
/** Whether token k (before a word) ends a clause or is before the sentence: "; most said". */
function opensClause(tokens: Token[], k: number, first: number): boolean {
  return k < first || /^[;:,—–]$/.test(tokens[k]!.text) || isQuoteMark(tokens[k]!) || tokens[k]!.pos === 'CCONJ';
}

/** Quantifiers that head a subject on their own: "Some said", "most said", "Another said", "Nearly a third say". */
const QUANTIFIERS = new Set(
  'some many most few several another others all both half third quarter majority minority none'.split(' '),
);

/** Drops leading conjunctions and sentence adverbs from a subject region. */
function trimLead(tokens: Token[], s: number, e: number): TokRange | null {
  while (
    s < e &&
    !(QUANTIFIERS.has(tokens[s]!.norm) && tokens.slice(s + 1, e).every((t) => !HEADS.has(t.pos))) &&
    (LEADERS.has(tokens[s]!.norm) ||
      // "C, as Clinton supporters point out": not "As many as 30 residents said".
      (tokens[s]!.norm === 'as' && !/^(many|much|few|well|long|far)$/.test(tokens[s + 1]?.norm ?? '')) ||
      tokens[s]!.pos === 'CCONJ' ||
      tokens[s]!.pos === 'ADV' ||
      TEMPORAL.has(tokens[s]!.norm))
  )
    s++;
  while (e > s && tokens[e - 1]!.pos === 'ADV' && !(e - 1 === s && QUANTIFIERS.has(tokens[s]!.norm))) e--;
  if (e <= s) return null;
  // "In 2015 he said": a personal pronoun right before the verb is the whole subject.
  if (e - s > 1 && PERSONAL.has(tokens[e - 1]!.norm)) return [e - 1, e];
  for (let k = s; k < e; k++) if (HEADS.has(tokens[k]!.pos) || tokens[k]!.norm === 'those') return [s, e];
  // "the military said", "the paramilitary said": an adjective after "the", used as the noun it stands for.
  if (e - s === 2 && tokens[s]!.norm === 'the' && tokens[s + 1]!.pos === 'ADJ') return [s, e];
  if (QUANTIFIERS.has(tokens[e - 1]!.norm)) return [s, e];
  return null;
}

function interruption(tokens: Token[], [s, e]: TokRange): boolean {
  if (e <= s || e - s > 25) return false;
  const t = tokens[s]!;
  let k = s;
  while (k < e && tokens[k]!.pos === 'ADV') k++;
  const v = tokens[k];
  return (
    RELATIVE.has(t.norm) ||
    t.pos === 'ADP' ||
    // ", though,", ", however,", ", too,": a single connective between the subject and its verb.
    (e - s === 1 && (t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.pos === 'ADV')) ||
    (k === e && k > s) ||
    // ", then 38,": an age at the time of the story.
    (k === e - 1 && k > s && tokens[k]!.pos === 'NUM') ||
    // ", known as Copom,": a participle aside, -en forms included.
    (!!v && v.pos === 'VERB' && /(ing|ed|^known)$/.test(v.norm))
  );
}

/** Segments separated by commas, walking left from `last` (inclusive) while they look like noun phrases. */
export function appositiveChain(tokens: Token[], last: number, first: number): TokRange[] {
  const segs: TokRange[] = [];
  let e = last + 1;
  while (e > first && segs.length < 4) {
    let s = e - 1;
    while (s >= first && tokens[s]!.text !== ',' && !isQuoteMark(tokens[s]!)) s--;
    const seg: TokRange = [s + 1, e];
    if (!npLike(tokens, seg[0], seg[1]) || RELATIVE.has(tokens[seg[0]]!.norm)) {
      // Asides between the subject and its verb are skipped: ", in a statement on Monday,", ", later
      // alleging that ...,", ", which organized the letter,", ", acting director of X,".
      if (!interruption(tokens, seg) || s < first || tokens[s]!.text !== ',') break;
      e = s;
      continue;
    }
    // "The talks stalled on Monday, Capt. X, a spokeswoman, said": words opening the sentence with a past form after
    // their noun, before a named appositive, are the content told first, not the speaker's description.
    if (s < first && segs.some((r) => named(tokens, r)) && pastAfterNoun(tokens, seg)) break;
    segs.unshift(seg);
    if (s < first || tokens[s]!.text !== ',') break;
    e = s;
  }
  return segs;
}

/** Whether a proper noun stands in the range. */
export function named(tokens: Token[], [s, e]: TokRange): boolean {
  for (let k = s; k < e; k++) if (tokens[k]!.pos === 'PROPN') return true;
  return false;
}

/** Whether a past form follows a noun in the range ("the talks stalled on Monday"). */
function pastAfterNoun(tokens: Token[], [s, e]: TokRange): boolean {
  for (let k = s + 1; k < e; k++)
    if (tokens[k]!.pos === 'VERB' && /ed$/.test(tokens[k]!.norm) && tokens[k - 1]!.pos === 'NOUN') return true;
  return false;
}

export { NEG, RELATIVE, TEMPORAL };
