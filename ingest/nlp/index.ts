// Sentences, tokens and POS tags for the content blocks of a cleaned article.
// In: CleanDoc (original text + content ranges). Out: NlpDoc with offsets into the original text.
import givenNames from '../gazetteer/data/given-names.json' with { type: 'json' };
import type { CleanDoc, NlpDoc, Sentence, Token } from '../types.ts';
import { joinDomainNames } from './domains.ts';
import { its, tagger, withFreshLexicon } from './tagger.ts';

/**
 * Tags each content block separately, so sentences never run across paragraphs. The article is read against the
 * model's own lexicon (tagger.ts), so its tokens are the same whatever was read before it.
 */
export function analyze(clean: CleanDoc): NlpDoc {
  return withFreshLexicon(() => analyzeBlocks(clean));
}

/**
 * The index of the first sentence that ends after character `pos`: the sentence holding `pos`, or the next one when
 * `pos` falls between sentences (`sentences.length` past the last). One binary search for every stage.
 */
export function sentenceIndexAt(nlp: Pick<NlpDoc, 'sentences'>, pos: number): number {
  return firstIndexWhereNot(nlp.sentences, (s) => s.end <= pos);
}

/** Binary search over a sorted list: the index of the first item for which `before` is false (the list's length if none). */
export function firstIndexWhereNot<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Every token of the pipeline is made here, fields in one order with one type each, so that all tokens share one
 * hidden class: a token copied with `{ ...t, pos }` gets another, and each function reading tokens of both kinds is
 * compiled again by V8 (and runs polymorphic). A stage that retags a token makes its copy with this function.
 */
export function makeToken(
  start: number,
  end: number,
  text: string,
  norm: string,
  pos: string,
  sentence: number,
): Token {
  return { start, end, text, norm, pos, sentence };
}

/** The token with another part of speech (a new token: tokens are shared between stages). */
export const withPos = (t: Token, pos: string): Token => makeToken(t.start, t.end, t.text, t.norm, pos, t.sentence);

function analyzeBlocks(clean: CleanDoc): NlpDoc {
  const { text } = clean;
  const surnames = participleSurnames(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  clean.blocks.forEach((block, blockIndex) => {
    const original = text.slice(block.start, block.end);
    if (!original.trim()) return;
    // The tagger sees letters beyond Latin-1 folded one for one, so offsets stay the same.
    // A doubled apostrophe used as a quote mark ('' in some newspapers' copy) reaches the tagger as "", which it
    // splits from the next word ("''A pastor" would give the token "'A"); same length, same offsets.
    const slice = splitUnPrefix(foldForTagger(original).replace(/''/g, '""'));
    const doc = tagger().readDoc(slice);
    const items = doc.tokens();
    const values = items.out(its.value) as string[];
    const norms = items.out(its.normal) as string[];
    const tags = items.out(its.pos) as string[];
    // Offsets: find each token in order; wink keeps token values verbatim.
    const base = tokens.length;
    let cursor = 0;
    const starts: number[] = [];
    for (const value of values) {
      // Most tokens start right at the cursor or after spaces: skip those before searching (a token never starts
      // with a space, so the first match is the same).
      let p = cursor;
      while (slice.charCodeAt(p) === 32) p++;
      const at = value && value.charCodeAt(0) !== 32 && slice.startsWith(value, p) ? p : slice.indexOf(value, cursor);
      const start = at >= 0 && at - cursor < 64 ? at : cursor;
      starts.push(start);
      cursor = start + value.length;
    }
    restoreHyphens(values, norms, tags);
    // "Human Rights Watch found": a capitalized "verb" inside a name, right before the real verb, is a name part.
    for (let i = 0; i + 1 < tags.length; i++) {
      // "Welch added that ...": a capitalized "verb" opening a sentence right before another verb is a name.
      if (
        tags[i] === 'VERB' &&
        (i === 0 || SENTENCE_END.test(values[i - 1]!)) &&
        (tags[i + 1] === 'VERB' || tags[i + 1] === 'AUX') &&
        CAPITALIZED_WORD.test(values[i]!) &&
        (!PARTICIPLE.test(values[i]!) || surnames.has(values[i]!))
      ) {
        tags[i] = 'PROPN';
        continue;
      }
      if (i === 0) continue;
      if (nameInProse(values, tags, i)) {
        tags[i] = 'PROPN';
        continue;
      }
      if (
        tags[i] === 'VERB' &&
        tags[i - 1] === 'PROPN' &&
        (tags[i + 1] === 'VERB' || tags[i + 1] === 'AUX' || HONORIFIC.test(values[i - 1]!)) &&
        CAPITALIZED.test(values[i]!)
      )
        tags[i] = 'PROPN';
    }
    retagSpeechWords(values, starts, tags);
    // One call for all the spans (wink's collection out), not one per sentence.
    const spans = doc.sentences().out(its.span) as unknown as [number, number][];
    const at = joinDomainNames(values, norms, tags, starts);
    // A sentence break the tagger put inside a joined name ("24." | "kg") joins the two sentences.
    const joined: [number, number][] = [];
    for (const [f, l] of spans) {
      const prev = joined[joined.length - 1];
      if (prev && at[f]! <= prev[1]) prev[1] = at[l]!;
      else joined.push([at[f]!, at[l]!]);
    }
    for (const [first, last] of mergeAbbreviationBreaks(splitAfterInitials(joined, values), values)) {
      const sentence = sentences.length;
      for (let i = first; i <= last; i++) {
        const start = block.start + starts[i]!;
        const value = values[i]!;
        const text = slice === original ? value : original.slice(starts[i]!, starts[i]! + value.length);
        tokens.push(makeToken(start, start + value.length, text, norms[i]!, tags[i]!, sentence));
      }
      sentences.push({
        start: block.start + starts[first]!,
        end: block.start + starts[last]! + values[last]!.length,
        firstToken: base + first,
        endToken: base + last + 1,
        block: blockIndex,
      });
    }
  });
  return { text, tokens, sentences };
}

const GIVEN = new Set([...givenNames.male, ...givenNames.female]);
const TITLE_BEFORE =
  /^(?:Mr|Mrs|Ms|Dr|Gen|Col|Capt|Sgt|Prof|Commissioner|Inspector|Governor|Minister|President|Senator|Judge)$/;
/** A capitalised -ing/-ed word after a capitalised word (and an optional full stop): "David Manning", "Gen. Pershing". */
const NAMED_PARTICIPLE = /\b([A-Z][a-z]+)\.? ([A-Z][a-z]+(?:ing|ed))\b/g;

/**
 * Surnames that read as participles ("Manning", "Browning", "Harding"), named after a given name or a title somewhere
 * in the text: opening a sentence before a verb ("Manning told reporters"), such a word is the name, while a gerund
 * there stays a verb ("Fighting continued", "Shelling resumed").
 */
function participleSurnames(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(NAMED_PARTICIPLE))
    if (GIVEN.has(m[1]!.toLowerCase()) || TITLE_BEFORE.test(m[1]!)) out.add(m[2]!);
  return out;
}

// Patterns of the per-token tests, made once: a regex literal inside a function is a new object each time it runs.
const SENTENCE_END = /^[.!?"”]$/;
const CAPITALIZED_WORD = /^[A-Z][a-z]+$/;
const CAPITALIZED = /^[A-Z][a-z]/;
const PARTICIPLE = /(ing|ed)$/;
const INITIAL = /^[A-Z]\.$/;
const CAPITAL = /^[A-Z]$/;
const UPPER_FIRST = /^[A-Z]/;
const LOWER_FIRST = /^[a-z]/;
const SHORT_WORD = /^[A-Z][a-z]{0,4}$/;
const SHORT_ABBREVIATION = /^[A-Z][a-z]{0,4}\.$/;
const MODAL_NAME = /^(Will|May)$/;
const ARTICLE = /^(a|an|the)$/;
const CLAUSE_MARK = /^[,;)]$/;
const WORD_FIRST = /^[\p{L}\p{N}]/u;
const NOMINAL = /^(PROPN|NOUN|PRON)$/;

/**
 * Titles' abbreviations, military, police, civic and clerical, as wire copy writes them before a name ("Maj. Gen.",
 * "Det. Supt.", "Coun.", "Cst.", "Pte.", "Hon.", "Msgr."): never a sentence's end.
 */
const TITLE_ABBREV =
  /^(?:Maj|Gen|Lt|Col|Brig|Capt|Cpt|Sgt|Adm|Cmdr|Cdr|Cpl|Pte|Pvt|Spc|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Prof|Rev|Msgr|Fr|Coun|Supt|Insp|Det|Cst|Hon|Amb|Atty)\.$/;

/** Words that open a sentence and never follow a middle initial inside a name ("John F. Kennedy"). */
const OPENS_AFTER_INITIAL = new Set('He She It They We His Her Its Their This That These Those The There'.split(' '));

/**
 * wink reads every capital with a stop as an initial: "said a senior police officer, Sundarraj P. He said ..."
 * stays one sentence. A name's closing initial before a pronoun or "The" ends the sentence there.
 */
function splitAfterInitials(spans: [number, number][], values: string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const span of spans) {
    let first = span[0];
    for (let i = first + 1; i < span[1]; i++)
      if (INITIAL.test(values[i]!) && UPPER_FIRST.test(values[i - 1]!) && OPENS_AFTER_INITIAL.has(values[i + 1]!)) {
        out.push([first, i]);
        first = i + 1;
      }
    out.push([first, span[1]]);
  }
  return out;
}

/**
 * wink ends a sentence at an abbreviation's stop: "said Sen. Jane Roe (D-Ill.) in an interview" becomes two
 * sentences, the second opening with "in" or a comma. A sentence opening with a lower-case word or a comma after
 * ")" or a short capitalized abbreviation's "." continues the one before.
 */
function mergeAbbreviationBreaks(spans: [number, number][], values: string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [first, last] of spans) {
    const prev = out[out.length - 1];
    const opener = values[first]!;
    // "(D-N.J.)", "R-N.Y.,": a break between two initials of one abbreviation ("N" "." | "J.").
    if (prev && INITIAL.test(opener) && values[prev[1]] === '.' && CAPITAL.test(values[prev[1] - 1] ?? '')) {
      prev[1] = last;
      continue;
    }
    // "Military spokesman Maj. Gen. Zaw Min Tun": a title's abbreviation ends no sentence whose next word could open
    // a name ("... went to Sam Det. He thanked ..." still ends).
    const title = prev && TITLE_ABBREV.test(values[prev[1]]! === '.' ? `${values[prev[1] - 1]}.` : values[prev[1]]!);
    if (prev && title && UPPER_FIRST.test(opener) && !OPENS_AFTER_INITIAL.has(opener)) {
      prev[1] = last;
      continue;
    }
    if (prev && (LOWER_FIRST.test(opener) || opener === ',')) {
      const end = values[prev[1]]!;
      const before = values[prev[1] - 1] ?? '';
      const abbrev = end === '.' && SHORT_WORD.test(before);
      if (end === ')' || abbrev || SHORT_ABBREVIATION.test(end)) {
        prev[1] = last;
        continue;
      }
    }
    out.push([first, last]);
  }
  return out;
}

/**
 * "said Josh/VERB Bivens", ", Thomas Burke/VERB, a leader of": a capitalized "verb" inside running prose that
 * opens or closes a run of names is a name part; a title-case headline ("Clinton Wins Iowa") keeps its verb.
 */
function nameInProse(values: string[], tags: string[], i: number): boolean {
  const first = values[i]!.charCodeAt(0);
  // Only a capitalized verb or auxiliary can be a name part: the code and tag tests spare the regexes for most tokens.
  if (first < 65 || first > 90 || (tags[i] !== 'AUX' && tags[i] !== 'VERB') || !CAPITALIZED_WORD.test(values[i]!))
    return false;
  // "GOP Chairman Will Rogers": a modal that is also a given name, between two names (not "Ann Lee Is Wrong").
  // "said Will Doyle", "Press Secretary Josh/VERB Earnest": a given name between a speech verb, "by", a comma or a
  // title and a name.
  const opener = i > 0 && (SPEECH_OR_BY.test(values[i - 1]!) || TITLE_BEFORE_NAME.test(values[i - 1]!));
  if (tags[i] === 'AUX')
    return MODAL_NAME.test(values[i]!) && i > 0 && (propn(values, tags, i - 1) || opener) && propn(values, tags, i + 1);
  const participle = PARTICIPLE.test(values[i]!);
  // "an Associated/VERB Press survey", "the United/VERB States": a capitalized participle between an article and
  // a name opens the name.
  if (ARTICLE.test(values[i - 1] ?? '') && propn(values, tags, i + 1)) return true;
  if (participle) return false;
  // Opens a name after a verb of saying, "by" or a comma: "said Josh Bivens", ", Thomas Burke,". Not after any
  // lower-case word: a headline's "Vowed Not to Hit Assad's Forces" keeps its verb.
  if (propn(values, tags, i + 1) && opener) return true;
  // Closes a name before a comma: "Oliver K. Hedge, who", "said Thomas Burke, a leader"; before a stop only
  // after lower-case words ("by Maria Burke.").
  if (!propn(values, tags, i - 1) || i + 1 >= values.length) return false;
  return CLAUSE_MARK.test(values[i + 1]!) || (values[i + 1] === '.' && lowerOrComma(values, i - 2));
}

// Module functions, not closures in nameInProse: it runs on every token, and each closure made there costs a call.
const propn = (values: string[], tags: string[], k: number) => tags[k] === 'PROPN' && UPPER_FIRST.test(values[k] ?? '');
const lowerOrComma = (values: string[], k: number) => k >= 0 && (LOWER_FIRST.test(values[k]!) || values[k] === ',');

const SPEECH_OR_BY = /^(said|says|told|tells|wrote|writes|added|asked|by|,)$/;
const TITLE_BEFORE_NAME =
  /^(secretary|president|senator|governor|mayor|chairman|chairwoman|director|minister|speaker|ambassador|spokesman|spokeswoman|spokesperson|commissioner|sheriff|coach|judge|chief|anchor|host|strategist|adviser|advisor|aide|pastor)$/i;

/**
 * wink's tokenizer splits a word at a letter beyond Latin-1 ("Erdoğan" → "Erdo" "ğ" "an", "Wałęsa" → "Wa" ...).
 * Each such letter (or combining mark) becomes one Latin letter of the same case: same length, same offsets, one
 * token per word; the tokens then take their text back from the original.
 */
export function foldForTagger(s: string): string {
  if (!BEYOND_LATIN1.test(s)) return s;
  return s.replace(BEYOND_LATIN1_ALL, (c) => {
    if (c.length === 2) return 'xx'; // a letter outside the BMP is two code units
    const base = c.normalize('NFD')[0]!;
    if (base.length === 1 && base < '\u0100' && /[A-Za-z]/.test(base)) return base;
    return c.toLowerCase() === c ? 'x' : 'X';
  });
}
const BEYOND_LATIN1 = /[\u0100-\uffff]/;

/**
 * wink keeps a word after the prefix "un-" whole, so "UN-backed" (the United Nations) would reach the stages as one
 * word and the body would never be read. The tagger sees that hyphen as U+2010 instead, which it splits like any
 * other compound ("Rwanda-backed"): same length, same offsets; `restoreHyphens` turns the token back into "-".
 */
export function splitUnPrefix(s: string): string {
  return s.includes('UN-') ? s.replace(UN_PREFIX, 'UN\u2010') : s;
}
const UN_PREFIX = /\bUN-(?=[a-z])/g;

/** The hyphen token `splitUnPrefix` made, read back as the hyphen it was (value, norm and tag). */
function restoreHyphens(values: string[], norms: string[], tags: string[]): void {
  for (let i = 1; i < values.length; i++)
    if (values[i] === '\u2010' && values[i - 1] === 'UN') {
      values[i] = '-';
      norms[i] = '-';
      tags[i] = 'PUNCT';
    }
}
// Letters below U+0020 do not exist, so the range can start there (no control characters in the pattern).
const BEYOND_LATIN1_ALL = /(?![\u0020-\u00ff])[\p{L}\p{M}]/gu;

/**
 * Tags wink gets wrong around speech: "Geneva-based", "U.S.-backed" are adjectives; "X alleged that" is a verb;
 * "The daily said", "the weekly wrote" is the noun (a paper), so is "the general said". Cheap tests first: this runs on every token.
 */
function retagSpeechWords(values: string[], starts: number[], tags: string[]): void {
  for (let i = 1; i + 1 < tags.length; i++) {
    const v = values[i]!;
    if (v === '-') {
      const next = values[i + 1]!;
      if (
        i + 2 < tags.length &&
        starts[i] === starts[i - 1]! + values[i - 1]!.length &&
        starts[i + 1] === starts[i]! + 1 &&
        COMPOUND_PARTICIPLES.has(next.toLowerCase()) &&
        WORD_FIRST.test(values[i + 2]!)
      )
        tags[i + 1] = 'ADJ';
    } else if (tags[i] === 'ADJ' && v.length >= 5 && v.endsWith('ed')) {
      if (
        SPEECH_PARTICIPLES.has(v.toLowerCase()) &&
        values[i + 1]!.toLowerCase() === 'that' &&
        NOMINAL.test(tags[i - 1]!)
      )
        tags[i] = 'VERB';
    } else if (v.length >= 5 && v.endsWith('ly') && PAPER_NOUNS.has(v.toLowerCase())) {
      if (tags[i - 1] === 'DET' && (tags[i + 1] === 'VERB' || tags[i + 1] === 'AUX')) tags[i] = 'NOUN';
    } else if (tags[i] === 'ADJ' && v.length === 7 && v.toLowerCase() === 'general') {
      // "The general said", "the attorney general said": the officer, not an adjective.
      const before = tags[i - 1];
      if ((before === 'DET' || before === 'NOUN') && (tags[i + 1] === 'VERB' || tags[i + 1] === 'AUX'))
        tags[i] = 'NOUN';
    }
  }
}
const SPEECH_PARTICIPLES = new Set(['alleged', 'claimed', 'noted', 'added', 'stated', 'asserted']);
const PAPER_NOUNS = new Set(['daily', 'weekly', 'monthly']);

/** Participles that make "X-based", "X-backed" an adjective. */
export const COMPOUND_PARTICIPLES = new Set(
  'based backed run owned led funded sponsored allied linked controlled held aligned affiliated supported headquartered'.split(
    ' ',
  ),
);

/** Honorifics and titles after which a capitalized word is a name ("Mr. Burr", "Sen. Hatch"). */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|Rev|Coun|Supt|Insp|Det|Cst|Pte|Hon|Amb)\.?$/;

/** The bare tagger over a text, for the speed floor in bench/extract. Returns the token count. */
export function tagOnly(text: string): number {
  return withFreshLexicon(() => tagger().readDoc(text).tokens().out(its.pos).length);
}
