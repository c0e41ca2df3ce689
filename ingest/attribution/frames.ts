// Attribution frames of one sentence: cue + source phrase + content, before any actor is resolved.
// In: tokens, quotes, a sentence index. Out: Frame[] (token ranges and character spans).
import type { Token } from '../types.ts';
import { ACCORDING, type CueInfo, DOC_NOUNS, isAlwaysCue, RELAY_PARTICIPLES, SPEECH_NOUNS, verbCue } from './cues.ts';
import {
  clauseLike,
  type Content,
  type Ctx,
  datelineEnd,
  leftContent,
  newClauseAt,
  quoteAt,
  rightContent,
  trim,
} from './content.ts';
import {
  appositiveChain,
  BE,
  isModifierVerb,
  nominalVerb,
  isQuoteMark,
  POSSESSIVE,
  rightNP,
  skipAdjuncts,
  skipLeftAux,
  subjectRegion,
  type TokRange,
} from './np.ts';
import { pairedMarks } from './quotes.ts';
import { ANON_HEADS, ORG_WORDS } from './speaker.ts';

export interface Frame {
  cue: CueInfo;
  cueTok: TokRange;
  sentence: number;
  /** Source phrases; several for coordinated subjects ("Britain, Australia and Denmark confirmed"). */
  sources: TokRange[];
  /** Appositives naming the same speaker ("the U.S. envoy, Ambassador James Jeffrey, said"). */
  alts: TokRange[];
  /** Participle cue ("..., adding that"): the speaker is the clause's subject. */
  inherit: boolean;
  content: Content;
  /** Relayers, nearest to the speaker first ("as quoted by X", the subject of "reported, citing Y"). */
  relays: TokRange[];
  /** Addressee of tell-verbs: an outlet there relays the claim ("told Reuters"). */
  addressee: TokRange | null;
  /** Set for a quote continuing an earlier frame's speech in a later paragraph. */
  continues?: Frame;
  /** The source mention when it is a relative pronoun standing for `sources` ("..., which said"). */
  sourceSpan?: TokRange;
}

const STRONG_END = new Set(['.', '!', '?', ';', '…']);

export function sentenceFrames(ctx: Ctx, si: number): Frame[] {
  const { tokens, sentences } = ctx.nlp;
  const sent = sentences[si]!;
  const frames: Frame[] = [];
  for (let i = sent.firstToken; i < sent.endToken; i++) {
    if (ctx.qs.of[i]! >= 0) continue;
    const t = tokens[i]!;
    let f: Frame | null;
    if (t.norm === 'according' && tokens[i + 1]?.norm === 'to') f = according(ctx, i, si);
    else {
      const cue = verbCue(t.norm);
      if (!cue) continue;
      // '..., reports Reuters.': the tagger often takes an inverted "reports"/"says" for a noun.
      const inverted =
        i > sent.firstToken &&
        (tokens[i - 1]!.text === ',' || isQuoteMark(tokens[i - 1]!)) &&
        (tokens[i + 1]?.pos === 'PROPN' || tokens[i + 1]?.pos === 'DET');
      // "the Associated Press reports that": a present-tense cue after a name, also mis-tagged as a noun.
      // "one in five say they ...": a plain form after a number or plural, before a clause, tagged as a noun.
      const pluralSay =
        /^(say|tell)$/.test(t.norm) &&
        i > sent.firstToken &&
        (/^(NUM|NOUN|PROPN)$/.test(tokens[i - 1]!.pos) ||
          /^(third|half|quarter|most|many|some|others)$/.test(tokens[i - 1]!.norm)) &&
        (tokens[i + 1]?.norm === 'that' || tokens[i + 1]?.pos === 'PRON' || tokens[i + 1]?.pos === 'DET');
      const afterName =
        /s$/.test(t.norm) &&
        /^[a-z]/.test(t.text) &&
        i > sent.firstToken &&
        (tokens[i - 1]!.pos === 'PROPN' || tokens[i - 1]!.pos === 'PRON') &&
        (tokens[i + 1]?.norm === 'that' ||
          tokens[i + 1]?.pos === 'PROPN' ||
          tokens[i + 1]?.pos === 'PRON' ||
          // "Breitbart reports the friends had ...", "C, Isaac Stanley-Becker reports.": a clause or the end.
          (tokens[i + 1]?.pos === 'DET' && tokens.slice(sent.firstToken, i).every((u) => u.pos === 'PROPN')) ||
          (i + 1 < sent.endToken && /^[.!?]$/.test(tokens[i + 1]!.text)));
      // "The Daily News claims the NRA's refusal is ...", "unions claim it will": a present-tense cue after a
      // common noun, tagged as a noun, with a clause after it (not "insurance claims of $2 million").
      const afterNoun =
        /^(says|claims|argues|insists|warns|contends|asserts|maintains|notes|reports|suggests|claim|argue|insist|warn|contend|assert|maintain|note|suggest)$/.test(
          t.norm,
        ) &&
        i > sent.firstToken &&
        /^(NOUN|PROPN)$/.test(tokens[i - 1]!.pos) &&
        !/^['’]s$/.test(tokens[i - 2]?.text ?? '') &&
        (tokens[i + 1]?.norm === 'that' ||
          (ctx.qs.of[i + 1]! >= 0 && ctx.qs.quotes[ctx.qs.of[i + 1]!]!.open === i + 1) ||
          (tokens[i + 1]?.pos === 'PRON' && /^(he|she|it|they|we|i)$/.test(tokens[i + 1]!.norm)) ||
          (/^(DET|PROPN)$/.test(tokens[i + 1]?.pos ?? '') && finiteAhead(tokens, i + 2, sent.endToken)));
      // "..., a figure the junta disputes.": a final present-tense cue after "<charge noun> <noun phrase>".
      const answering =
        /s$/.test(t.norm) &&
        !!cue.object &&
        (i + 1 >= sent.endToken || /^[.!?]$/.test(tokens[i + 1]!.text)) &&
        tokens
          .slice(Math.max(sent.firstToken, i - 6), i)
          .some((u, k, all) => CHARGE_NOUNS.has(u.norm) && all[k - 1]?.pos === 'DET');
      // "as supporters point/NOUN out", "..., warning/NOUN that C": the particle or the clause makes it a verb.
      const phrasal = !!cue.particle && tokens[i + 1]?.norm === cue.particle;
      const participle =
        /ing$/.test(t.norm) && tokens[i - 1]?.text === ',' && tokens[i + 1]?.norm === 'that' && i > sent.firstToken;
      // "rallied supporters by warning darkly that C", "before adding that C": a gerund after a preposition of
      // manner or time, which the tagger often takes for a noun, before a clause or quote.
      const gerund =
        /ing$/.test(t.norm) &&
        /^(by|before|after|upon)$/.test(tokens[i - 1]?.norm ?? '') &&
        i > sent.firstToken &&
        (tokens[i + 1]?.norm === 'that' || tokens[i + 2]?.norm === 'that' || tokens[i + 1]?.text === ',');
      // "workers who claim they were fired": right after "who" a cue form is the relative clause's verb.
      const afterWho =
        i > sent.firstToken &&
        tokens[i - 1]!.norm === 'who' &&
        (tokens[i + 1]?.norm === 'that' || /^(PRON|DET|PROPN)$/.test(tokens[i + 1]?.pos ?? ''));
      if (!(
        t.pos === 'VERB' ||
        isAlwaysCue(t.norm) ||
        inverted ||
        afterName ||
        afterNoun ||
        answering ||
        pluralSay ||
        phrasal ||
        participle ||
        afterWho ||
        gerund
      ))
        continue;
      // "Taiwan have claims in the area", "will reports": an -s form after an auxiliary is a noun.
      if (/s$/.test(t.norm) && i > sent.firstToken && tokens[i - 1]!.pos === 'AUX' && !/^(says|tells)$/.test(t.norm))
        continue;
      if (RELAY_PARTICIPLES.has(t.norm)) {
        // "..., quoting him as saying C": the quoted person speaks, the clause's subject relays.
        const qf = quotingFrame(ctx, i, si) ?? citingFrame(ctx, i, si, frames);
        if (qf) frames.push(qf);
        continue;
      }
      if (cue.particle && tokens[i + 1]?.norm !== cue.particle) continue;
      const prev = tokens[i - 1];
      // "the alleged meeting", "a reported deal": a participle used as an adjective.
      // "758 pledged delegates", "the self-described socialist": after a number or a hyphen too; "their disputed
      // border": after a possessive.
      if (
        prev &&
        (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'NUM' || POSSESSIVE.has(prev.norm)) &&
        tokens[i + 1]?.pos === 'NOUN' &&
        i > sent.firstToken
      )
        continue;
      // "near the disputed Scarborough Shoal", "its claimed Antarctic territory": an article or possessive, then
      // the participle, then a name or adjective is a noun phrase too (not "which denied Reuters' report").
      if (
        prev &&
        /^(the|a|an|its|their|his|her|our|this|these|those)$/.test(prev.norm) &&
        /ed$/.test(t.norm) &&
        /^(PROPN|ADJ)$/.test(tokens[i + 1]?.pos ?? '')
      )
        continue;
      if (prev?.text === '-' && prev.end === t.start && i > sent.firstToken) continue;
      // "in reported direct mail attacks", "of alleged ties": a participle after a preposition modifies a noun.
      if (
        prev?.pos === 'ADP' &&
        /ed$/.test(t.norm) &&
        /^(ADJ|NOUN)$/.test(tokens[i + 1]?.pos ?? '') &&
        prev.norm !== 'by'
      )
        continue;
      if (notSpeech(tokens, i, cue.lemma, sent.endToken)) continue;
      f = verbFrame(ctx, i, cue, si, frames);
    }
    if (f && f.cue.quoteOnly && !f.content.quote) {
      if (!reportedQuestion(ctx, f) || askedToSpeak(ctx, f)) continue;
      requestWithAddressee(ctx, f);
    }
    if (f) frames.push(f);
  }
  return frames;
}

/**
 * 'rejected as "baseless" US accusations that C', "dismissed as false reports that C": the verdict put before the
 * object is the speaker's word on it, not the content; the object starts after it. Returns where it starts.
 */
function skipFrontedVerdict(ctx: Ctx, R: number, end: number): number {
  const { tokens } = ctx.nlp;
  if (tokens[R]?.norm !== 'as') return R;
  let k = R + 1;
  if (tokens[k] && isQuoteMark(tokens[k]!)) {
    const q = quoteAt(ctx, k);
    if (!q || q.lastTok - k > 8) return R;
    k = q.lastTok + 1;
    while (k < end && isQuoteMark(tokens[k]!)) k++;
  } else {
    const from = k;
    while (
      k < end &&
      k - from < 4 &&
      (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'ADV' || tokens[k]!.norm === 'and')
    )
      k++;
    if (k === from || tokens[k - 1]!.pos !== 'ADJ') return R;
  }
  return k < end && /^(DET|NOUN|PROPN|ADJ|PRON)$/.test(tokens[k]!.pos) ? k : R;
}

/** "asked X whether C", "asked X to V": a reported question or request after its addressee. */
const WH_WORDS = new Set(['whether', 'if', 'what', 'why', 'how', 'when', 'where', 'who', 'which']);

/** '"C," X told "Fox and Friends" after ...': a short quote after "told" with more words after it names the program. */
function namedAddressee(ctx: Ctx, R: number, end: number): boolean {
  const q = ctx.qs.quotes[ctx.qs.of[R]!]!;
  if (q.open !== R || q.close < 0 || q.close - R > 7) return false;
  const after = ctx.nlp.tokens[q.close + 1];
  return q.close + 1 < end && !!after && !/^[.!?,;:]$/.test(after.text) && /^[A-Z]/.test(ctx.nlp.tokens[R + 1]!.text);
}

/**
 * Whether the words from k open a clause a speech verb can take: "that", a colon or quote, or a finite verb
 * (not a participle: "in his office overlooking the bay" is an adjunct).
 */
function finiteClause(ctx: Ctx, k: number, end: number): boolean {
  const { tokens } = ctx.nlp;
  const t = tokens[k];
  if (!t || k >= end) return false;
  if (t.norm === 'that' || t.text === ':' || (ctx.qs.of[k]! >= 0 && !isClosing(ctx, k))) return true;
  for (let j = k; j < end; j++) {
    const u = tokens[j]!;
    if (u.pos === 'AUX') return true;
    // "in a follow-up interview": a verb form inside a compound is no clause's verb.
    const hyphened = tokens[j + 1]?.text === '-' && tokens[j + 1]!.start === u.end;
    if (u.pos === 'VERB' && (hyphened || nominalVerb(tokens, j, k))) continue;
    if (u.pos === 'VERB' && !/(ing|ed|en)$/.test(u.norm)) return true;
    // "Stockholm respected the decision": a past form after its subject (not "a report released by X").
    if (
      u.pos === 'VERB' &&
      /ed$/.test(u.norm) &&
      /^(PRON|PROPN|NOUN)$/.test(tokens[j - 1]?.pos ?? '') &&
      tokens[j + 1]?.norm !== 'by'
    )
      return true;
  }
  return false;
}

/** A finite verb within the next few words, before any comma: the clause a cue tagged as a noun would take. */
function finiteAhead(tokens: Token[], k: number, end: number): boolean {
  for (let j = k; j < Math.min(end, k + 8); j++) {
    const t = tokens[j]!;
    if (t.text === ',' || isQuoteMark(t)) return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.norm))) return true;
  }
  return false;
}

/** "asked X whether C", "asked X to V", "asked whether C": a reported question or request. */
function reportedQuestion(ctx: Ctx, f: Frame): boolean {
  const { tokens } = ctx.nlp;
  if (f.content.parts.length !== 1) return false;
  // Without an addressee only a question word right after the cue: not "asked to be excused".
  if (!f.addressee) {
    const t = tokens[f.cueTok[1]];
    return !!t && WH_WORDS.has(t.norm) && t.norm !== 'which' && t.start === f.content.start;
  }
  let k = f.cueTok[1];
  while (k < tokens.length && tokens[k]!.start < f.content.start) k++;
  const t = tokens[k];
  return !!t && /^(whether|if|what|why|how|when|where|who|which|to)$/.test(t.norm);
}

/** "asked Jeffrey to confirm C": asking someone to speak asserts nothing of C. */
function askedToSpeak(ctx: Ctx, f: Frame): boolean {
  const { tokens } = ctx.nlp;
  const a = f.addressee;
  const lemma = verbCue(tokens[a?.[1] ?? -1]?.norm === 'to' ? (tokens[a![1] + 1]?.norm ?? '') : '')?.lemma ?? '';
  return /^(confirm|deny|comment|say|explain|respond|clarify|describe|elaborate|specify|tell|testify|answer)$/.test(
    lemma,
  );
}

/** "asked the network to donate C": a request's content is whom it asks with what it asks them to do. */
function requestWithAddressee(ctx: Ctx, f: Frame): void {
  const { tokens } = ctx.nlp;
  const a = f.addressee;
  const c = f.content;
  if (!a || tokens[a[1]]?.norm !== 'to' || tokens[a[1]]!.start !== c.start || c.parts.length !== 1) return;
  c.start = tokens[a[0]]!.start;
  c.parts[0] = [c.start, c.end];
}

/**
 * Cue words in a sense that asserts nothing: "the war claimed 300 lives", "police warned residents to stay
 * indoors" (an order, not a statement), "charged him with murder", "responding to the attack".
 */
function notSpeech(tokens: Token[], i: number, lemma: string, end: number): boolean {
  if (lemma === 'claim') {
    for (let k = i + 1; k < Math.min(end, i + 6); k++) {
      if (/^(lives|life|victims)$/.test(tokens[k]!.norm)) return true;
      if (tokens[k]!.pos === 'VERB' || tokens[k]!.norm === 'that') break;
    }
  }
  // "argued a number of cases before the court": pleading cases, not asserting anything.
  if (lemma === 'argue')
    for (let k = i + 1; k < Math.min(end, i + 6); k++) {
      if (/^(cases?|appeals?|motions?)$/.test(tokens[k]!.norm)) return true;
      if (tokens[k]!.norm === 'that' || tokens[k]!.pos === 'VERB') break;
    }
  // "responding to Armenian provocations": a reaction, not speech ("responded that C" is speech).
  if (lemma === 'respond' && tokens[i + 1]?.norm === 'to') return true;
  // "charged him with attempted murder": an indictment, not an assertion ("charged that C" is one).
  if (lemma === 'charge')
    for (let k = i + 1; k < Math.min(end, i + 6); k++) {
      if (tokens[k]!.norm === 'with') return true;
      if (tokens[k]!.norm === 'that' || tokens[k]!.pos === 'VERB') break;
    }
  if (lemma === 'warn' || lemma === 'advise') {
    // "warned <object> to <verb>": the object is told to act.
    for (let k = i + 1; k < Math.min(end, i + 6); k++) {
      const t = tokens[k]!;
      if (t.norm === 'to' && tokens[k + 1]?.pos === 'VERB') return k > i + 1;
      if (t.norm === 'that' || t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',') break;
    }
  }
  return false;
}

function chars(tokens: Token[], [s, e]: TokRange): [number, number] {
  return [tokens[s]!.start, tokens[e - 1]!.end];
}

export function makeFrame(cue: CueInfo, cueTok: TokRange, si: number, content: Content, ctx?: Ctx): Frame {
  // 'called it "a disgrace"': the object only points at what is described; the speaker's words are the quote.
  if (ctx && cue.object && !content.quote) content = objectQuote(ctx, content, cueTok[1]) ?? content;
  return { cue, cueTok, sentence: si, sources: [], alts: [], inherit: false, content, relays: [], addressee: null };
}

const SUBORD = new Set(['when', 'as', 'while', 'because', 'after', 'before', 'since', 'although', 'though', 'during']);

function isClosing(ctx: Ctx, j: number): boolean {
  const k = ctx.qs.of[j]!;
  if (k < 0) return false;
  const close = ctx.qs.quotes[k]!.close;
  // A doubled apostrophe ('') closes at its first half; the second half closes too.
  return close === j || (close === j - 1 && close >= 0 && isQuoteMark(ctx.nlp.tokens[j]!));
}

/** Whether the phrase ending before token j ends the clause (sentence end, comma, closing quote, adverbial clause). */
function tailAt(ctx: Ctx, j: number, end: number): boolean {
  const { tokens } = ctx.nlp;
  if (j >= end) return true;
  const t = tokens[j]!;
  if (isQuoteMark(t)) {
    const k = ctx.qs.of[j]!;
    return !(k >= 0 && ctx.qs.quotes[k]!.open === j);
  }
  // "said X when asked about Y": wink often tags "when"/"while" as an adverb there.
  if (SUBORD.has(t.norm) && (t.pos === 'SCONJ' || t.pos === 'ADP' || (t.pos === 'ADV' && t.norm !== 'as'))) return true;
  return STRONG_END.has(t.text) || t.text === ',' || t.text === '—' || t.text === '–' || t.text === ')';
}

/** Whether only conjunctions, commas and "as" stand before token b + 1 in its sentence ("But she said, ..."). */
function opensSentenceAt(ctx: Ctx, b: number, first: number): boolean {
  const { tokens } = ctx.nlp;
  // "As Crane said, C": a fronted "as" clause holds only the tag.
  for (let k = first; k <= b; k++)
    if (tokens[k]!.pos !== 'CCONJ' && tokens[k]!.text !== ',' && tokens[k]!.norm !== 'as') return false;
  return true;
}

/**
 * 'C, he said on MSNBC's "Morning Joe."': a quote after the cue's adjuncts that names a show ends the tag; it is
 * no content. Only after a possessive or "on"/"in", and only when the quote ends the sentence.
 */
function showTitle(ctx: Ctx, R: number, tagEnd: number, end: number): boolean {
  const { tokens } = ctx.nlp;
  let q = R;
  if (/^(on|in)$/.test(tokens[q]?.norm ?? '') && tokens[q]!.pos === 'ADP') q++;
  // 'on Radio Programas\' "La Rotativa."': a possessive apostrophe after a plural name.
  const possessive = /^['’]$/.test(tokens[q]?.text ?? '') && ctx.qs.of[q]! < 0 && /s$/.test(tokens[q - 1]?.text ?? '');
  if (possessive) q++;
  if (q <= tagEnd || q >= end) return false;
  const k = ctx.qs.of[q]!;
  if (k < 0 || ctx.qs.quotes[k]!.open !== q) return false;
  if (q === R && !/^['’]s$/.test(tokens[q - 1]!.text)) return false;
  const close = ctx.qs.quotes[k]!.close;
  if (close < 0 || close - q > 8) return false;
  const after = tokens[close + 1];
  return !after || after.sentence !== tokens[close]!.sentence || /^[.!?,]$/.test(after.text);
}

/** '..., he said, ...': a parenthetical speech tag; the content goes on after it to the sentence end. */
function parenthetical(ctx: Ctx, content: Content, j: number, end: number): void {
  const { tokens } = ctx.nlp;
  if (content.quote || tokens[j]?.text !== ',' || j + 1 >= end) return;
  const next = tokens[j + 1]!;
  // "..., X said, days after Y vowed ...": a time adjunct of the speech, not more content.
  if (
    /^(days?|hours?|weeks?|months?|years?|minutes?|moments?|shortly|soon|just|only|a|an|one|two|three|several|\d+)$/.test(
      next.norm,
    )
  )
    for (let k = j + 2; k < Math.min(end, j + 5); k++) if (/^(after|before|since)$/.test(tokens[k]!.norm)) return;
  // "CNN, Cruz said, called the announcement X": a finite speech verb after a subject with no verb of its own is
  // that subject's predicate, not a second tag.
  let verbless = content.parts.length === 1;
  for (let k = content.lastTok; verbless && k >= 0 && tokens[k]!.start >= content.start; k--)
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') verbless = false;
  const predicate = verbless && next.pos === 'VERB' && !/ing$/.test(next.norm);
  if (
    isQuoteMark(next) ||
    (verbCue(next.norm) && !predicate) ||
    next.norm === 'according' ||
    SUBORD.has(next.norm) ||
    next.norm === 'who' ||
    next.norm === 'which'
  )
    return;
  const rest = rightContent(ctx, j + 1, end);
  if (!rest || rest.quote) return;
  // The text is the two pieces around the tag, not the tag itself: "The agreement, X said, would stand".
  content.end = rest.end;
  content.parts = [...content.parts, [rest.start, rest.end]];
  content.lastTok = rest.lastTok;
}

/** Extends a content with a second quote right after the speaker: '"A," X said, "B."'. */
function splitQuote(ctx: Ctx, content: Content, j: number, end: number, tagEnd = j): void {
  const { tokens } = ctx.nlp;
  if (!content.quote) return;
  if (j < end && (tokens[j]!.text === ',' || tokens[j]!.text === ':')) j++;
  // Right after the tag or its comma: in '"C," he said of it on ABC's "This Week."' the quote names a show.
  else if (j > 0 && j !== tagEnd) return;
  if (j >= tokens.length || ctx.qs.of[j]! < 0 || ctx.qs.quotes[ctx.qs.of[j]!]!.open !== j) return;
  const q = quoteAt(ctx, j);
  if (!q) return;
  content.parts.push(...q.parts);
  content.end = q.end;
  content.lastTok = q.lastTok;
}

/**
 * '"A," he said of voters whose rights were restored, "B."': the second half of a split quote after an aside
 * about the tag, when it opens after a comma and closes the sentence, with no other cue before it.
 */
function splitQuoteAfterAside(ctx: Ctx, content: Content, from: number, end: number): void {
  const { tokens } = ctx.nlp;
  if (!content.quote) return;
  for (let k = from; k + 1 < end; k++) {
    if (ctx.qs.of[k]! >= 0) return;
    if (verbCue(tokens[k]!.norm) || tokens[k]!.norm === 'according') return;
    if (tokens[k]!.text !== ',') continue;
    const qi = ctx.qs.of[k + 1]!;
    if (qi < 0 || ctx.qs.quotes[qi]!.open !== k + 1) continue;
    const close = ctx.qs.quotes[qi]!.close;
    const after = close < 0 ? end : close + (pairedMarks.has(tokens[close]!) ? 2 : 1);
    if (after < end && !/^[.!?]$/.test(tokens[after]!.text)) return;
    splitQuote(ctx, content, k, end);
    return;
  }
}

/**
 * Whether "citing NP" names someone who said it (a name, a pronoun, "sources", "the health ministry") rather than
 * a reason or a document nobody is said to speak through ("citing the deal", "citing rising costs", "citing
 * intelligence reports"): then the clause's subject stays the speaker.
 */
function citesAVoice(tokens: Token[], np: TokRange): boolean {
  for (let k = np[0]; k < np[1]; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PROPN' || t.pos === 'PRON' || ANON_HEADS.has(t.norm) || ORG_WORDS.has(t.norm)) return true;
  }
  return false;
}

function verbFrame(ctx: Ctx, i: number, cue: CueInfo, si: number, earlier: Frame[] = []): Frame | null {
  const { tokens, sentences } = ctx.nlp;
  const sent = sentences[si]!;
  const first = sent.firstToken;
  const end = sent.endToken;
  const withPrep = !!cue.preps?.includes(tokens[i + 1]?.norm ?? '') && tokens[i + 1]!.pos === 'ADP';
  const cueTok: TokRange = [i, cue.particle || withPrep ? i + 2 : i + 1];
  // "called in air support", "called off the talks": phrasal verbs, not speech.
  if (cue.preps && /^(in|up|off|back|out)$/.test(tokens[i + 1]?.norm ?? '')) return null;
  // "the so-called deal", "a town called Hope": naming, not speech.
  if (cue.preps && i > first && (tokens[i - 1]!.text === '-' || tokens[i - 1]!.pos === 'NOUN') && !withPrep) {
    const np = leftNP(tokens, i - 1, first);
    if (tokens[i - 1]!.text === '-' || (np && /^(a|an)$/.test(tokens[np[0]]!.norm))) return null;
  }
  // "The ruling prompted the union to declare C": the object of a verb that brings speech about speaks.
  const controller = objectController(tokens, i, first);
  const left = controller
    ? { at: controller[1] - 1, negated: false, passive: false, modal: false }
    : skipLeftAux(tokens, i - 1, first);
  if (left.negated || left.modal) return null;
  // "had been transparent and verified by observers": a participle coordinated into a passive predicate.
  if (/ed$/.test(tokens[i]!.norm) && tokens[i + 1]?.norm === 'by' && /^(and|or)$/.test(tokens[i - 1]?.norm ?? ''))
    return null;
  // Reduced relatives and adjectives: "measures added by Republicans", "a group charged with".
  if (
    !left.passive &&
    /ed$|^written$|^told$|^said$/.test(tokens[i]!.norm) &&
    /^(by|with)$/.test(tokens[i + 1]?.norm ?? '') &&
    i > first &&
    tokens[i - 1]!.pos === 'NOUN'
  )
    return null;
  let L = left.at;
  // '"... all over." said Violet': the closing mark may have been put in the previous sentence.
  if (
    L < first &&
    first > 0 &&
    isQuoteMark(tokens[first - 1]!) &&
    sentences[tokens[first - 1]!.sentence]!.block === sent.block
  )
    L = first - 1;

  // "Channel 12, citing two officials, reported that C": the cited source sits between subject and cue.
  let leftCited: TokRange | null = null;
  if (L > first + 3 && tokens[L]!.text === ',') {
    for (let k = L - 1; k > Math.max(first, L - 12); k--) {
      if (!RELAY_PARTICIPLES.has(tokens[k]!.norm) || tokens[k - 1]?.text !== ',') continue;
      const np = rightNP(tokens, k + 1, L);
      if (np && np[1] === L && k - 1 > first) {
        leftCited = np;
        L = k - 2;
      }
      break;
    }
  }

  // "A teacher, who asked not to be named, told Reuters that C": a relative aside on a person between subject and
  // cue (not "X, which Y accused of Z, denied C": the "accused" frame reads that sentence).
  if (L > first + 2 && tokens[L]!.text === ',') {
    for (let k = L - 1; k > Math.max(first, L - 25); k--) {
      if (isQuoteMark(tokens[k]!)) break;
      if (tokens[k]!.text !== ',') continue;
      // Only when the subject opens the sentence: appositive chains ("X, director of Y, which ...,") are read below.
      const opens = tokens.slice(first, k).every((u) => u.text !== ',' && !isQuoteMark(u));
      if (opens && tokens[k + 1]!.norm === 'who' && /^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) L = k - 1;
      break;
    }
  }

  // Right side: adjuncts, addressee, "as quoted by X", "citing Y".
  let R = withPrep ? cueTok[1] : skipAdjuncts(tokens, cueTok[1], end);
  // "said, however, that": a parenthetical adverb after the cue.
  if (tokens[R]?.text === ',' && tokens[R + 1]?.pos === 'ADV' && tokens[R + 2]?.text === ',' && R + 3 < end) R += 3;
  // "said on Sunday, in a statement posted online, that C": an aside between commas before the that-clause.
  else if (tokens[R]?.text === ',' && ctx.qs.of[R]! < 0) {
    let k = R + 1;
    while (k < end && k - R < 12 && tokens[k]!.text !== ',' && ctx.qs.of[k]! < 0 && !verbCue(tokens[k]!.norm)) k++;
    if (tokens[k]?.text === ',' && tokens[k + 1]?.norm === 'that' && k > R + 1) R = k + 1;
  }
  let addressee: TokRange | null = null;
  // '"C," Clinton said to People.': "said to X" names whom it was said to, not the content.
  if (
    cue.lemma === 'say' &&
    tokens[R]?.norm === 'to' &&
    /^[A-Z]|^(the|him|her|them|me|us|reporters)$/.test(tokens[R + 1]?.text ?? '')
  ) {
    let np = rightNP(tokens, R + 1, end);
    // A capitalized name the tagger took for a verb ("said to People.").
    if (!np) {
      let k = R + 1;
      while (k < end && /^[A-Z]/.test(tokens[k]!.text)) k++;
      if (k > R + 1) np = [R + 1, k];
    }
    if (np && tokens[np[1] - 1]!.pos !== 'VERB') {
      addressee = np;
      R = skipAdjuncts(tokens, np[1], end);
    } else if (np && tailAt(ctx, np[1], end)) {
      addressee = np;
      R = np[1];
    }
  }
  // '"Can we win?" asked Mr. Ruiz': right after the quote, the phrase after the cue is its speaker, not an addressee.
  const afterQuote = L >= 0 && (isClosing(ctx, L) || (tokens[L]!.text === ',' && L > 0 && isClosing(ctx, L - 1)));
  // '"Stay indoors," warned the mayor': after the quote only "told" still takes an addressee.
  // So after a comma when the phrase after the cue ends the sentence: "The deal will collapse, warned analyst X."
  const invertedAfterComma = () => {
    if (L < first || tokens[L]!.text !== ',') return false;
    const np = rightNP(tokens, R, end);
    return !!np && (np[1] >= end || /^[.!?]$/.test(tokens[np[1]]!.text));
  };
  if (cue.addressee && !((afterQuote || invertedAfterComma()) && cue.lemma !== 'tell')) {
    const np = rightNP(tokens, R, end);
    // "warned X of/about Y": a warning about a thing, no asserted clause.
    const about =
      cue.lemma === 'warn' &&
      !!np &&
      tokens.slice(np[0], np[1] + 1).some((t) => /^(of|about|against|over)$/.test(t.norm));
    if (about) return null;
    if (np && tokens[np[1]]?.norm !== 'as') {
      addressee = np;
      // "asked Jones how he was feeling": the question word opens the content; it is no adverb of the cue.
      R = WH_WORDS.has(tokens[np[1]]?.norm ?? '') ? np[1] : skipAdjuncts(tokens, np[1], end);
    }
  }
  if (cue.object) R = skipFrontedVerdict(ctx, R, end);
  const relays: TokRange[] = [];
  let cited: TokRange | null = leftCited;
  for (let guard = 0; guard < 3; guard++) {
    const t = tokens[R];
    if (!t || R >= end) break;
    if (
      t.norm === 'as' &&
      /^(quoted|cited|reported)$/.test(tokens[R + 1]?.norm ?? '') &&
      tokens[R + 2]?.norm === 'by'
    ) {
      const np = rightNP(tokens, R + 3, end);
      if (!np) break;
      relays.push(np);
      R = skipAdjuncts(tokens, np[1], end);
      continue;
    }
    const c =
      t.text === ',' && RELAY_PARTICIPLES.has(tokens[R + 1]?.norm ?? '')
        ? R + 2
        : RELAY_PARTICIPLES.has(t.norm)
          ? R + 1
          : -1;
    if (c > 0) {
      const np = rightNP(tokens, c, end);
      if (!np) break;
      cited = np;
      R = np[1];
      if (tokens[R]?.text === ',') R++;
      R = skipAdjuncts(tokens, R, end);
      continue;
    }
    break;
  }

  // "Bloomberg reported, citing people familiar with the matter, that C": the that-clause after the aside.
  if (cited && tokens[R]?.text === ',' && tokens[R + 1]?.norm === 'that') R++;
  // "declared victory", "maintained a lead", "pledged to work together", "responded by easing sanctions": these
  // verbs only report speech with a clause, a quote or a colon after them (or the content before: 'C, X declared').
  const inverted = L >= first && /^[,—–]$|^["“”'‘’]+$/.test(tokens[L]!.text);
  if (CLAUSE_ONLY.has(cue.lemma) && !inverted && !tailAt(ctx, R, end) && !clauseAfter(ctx, R, end, true)) return null;

  // "voters who said C": the speaker's mention in this clause is the noun phrase with its relative pronoun.
  const relPron: TokRange | null =
    left.at > first && /^(who|which)$/.test(tokens[left.at]!.norm) ? [left.at, left.at + 1] : null;
  const finish = (f: Frame) => {
    f.addressee = addressee;
    f.relays = relays;
    // "Democrats and independents who said": coordinated speakers share the mention with their pronoun.
    if (relPron && !f.sourceSpan && f.sources.length >= 1 && f.sources[f.sources.length - 1]![1] === relPron[0])
      f.sourceSpan = [f.sources[0]![0], relPron[1]];
    if (cited && citesAVoice(tokens, cited)) {
      // "X reported, citing sources, that C": the sources speak, X relays.
      f.relays = [...f.sources, ...relays];
      f.sources = [cited];
      f.alts = [];
    }
    return f;
  };

  // "X quoted Y as saying C": Y speaks, X relays.
  if (cue.lemma === 'quote' && !cited) {
    const np = rightNP(tokens, R, end);
    if (np && tokens[np[1]]?.norm === 'as' && verbCue(tokens[np[1] + 1]?.norm ?? '')) {
      const content = rightContent(ctx, np[1] + 2, end);
      const subj = L >= first ? subjectRegion(tokens, L, first) : null;
      if (!content || !subj) return null;
      const f = makeFrame(cue, cueTok, si, content, ctx);
      f.sources = [np];
      f.relays = [subj];
      return f;
    }
  }

  // Participle: '..., adding that C' — the speaker is the clause's: the previous speaker in the sentence,
  // else the subject of the main clause ("Clinton attacked Trump, saying C").
  const lt0 = L >= first ? tokens[L]! : null;
  if (
    tokens[i]!.norm.endsWith('ing') &&
    lt0 &&
    (lt0.text === ',' ||
      lt0.text === '—' ||
      lt0.text === '–' ||
      lt0.norm === 'and' ||
      lt0.norm === 'while' ||
      lt0.norm === 'by' ||
      // "responded before adding that C", "upon hearing" is no speech (no clause follows it).
      ((lt0.norm === 'before' || lt0.norm === 'after' || lt0.norm === 'upon') && clauseAfter(ctx, R, end, true)) ||
      // "at one point calling the mayor a liar": a time adverbial, not a noun the participle modifies.
      (TIME_NOUNS.has(lt0.norm) && L === i - 1))
  ) {
    const content = rightContent(ctx, R, end);
    if (!content) return null;
    const f = makeFrame(cue, cueTok, si, content, ctx);
    // The subject of a clause joined after the first one ("..., and X has sued, saying C") is nearer than the
    // sentence's earlier speaker.
    const nearer = clauseSubject(ctx, si, L, true);
    f.inherit = !nearer;
    const subj = nearer ?? clauseSubject(ctx, si, L);
    if (subj) {
      f.sources = [subj[0]!];
      f.alts = subj.slice(1);
    }
    return finish(f);
  }
  // "a group of voters saying C", "a statement saying C": a participle modifying the noun before it.
  // Not "what voters are saying": after an auxiliary the participle is a progressive verb (see below).
  if (
    tokens[i]!.norm.endsWith('ing') &&
    lt0 &&
    L === i - 1 &&
    (lt0.pos === 'NOUN' || lt0.pos === 'PROPN') &&
    !cue.relay
  ) {
    const np = leftNP(tokens, L, first);
    const content = np && rightContent(ctx, R, end);
    // Only with a clause: "a statement saying the talks failed", not "language highlighting concerns".
    if (!np || !content || (!content.quote && !clauseAfter(ctx, R, end, true))) return null;
    const f = makeFrame(cue, cueTok, si, content, ctx);
    // "the minister opened the debate saying C", "protesters carried signs saying C": a thing that cannot speak
    // leaves the claim to the clause's subject, as a statement leaves it to its issuer.
    const head = tokens[np[1] - 1]!.norm;
    const issuer = SPEECH_NOUNS.has(head) || !speakerLike(tokens, np) ? clauseSubject(ctx, si, np[0]) : null;
    f.sources = issuer ? [issuer[0]!] : [np];
    f.alts = issuer ? issuer.slice(1) : [];
    return finish(f);
  }
  if (tokens[i]!.norm.endsWith('ing') && opensSentenceAt(ctx, i - 1, datelineEnd(tokens, first, i)))
    return frontedParticiple(ctx, cue, cueTok, R, si);
  // "X is telling supporters that C", "she is arguing that C": a progressive with a clause or quote after it.
  const progressive =
    left.passive &&
    tokens[i]!.norm.endsWith('ing') &&
    BE.has(tokens[i - 1]?.norm ?? '') &&
    (clauseAfter(ctx, R, end, true) || (ctx.qs.of[R]! >= 0 && !isClosing(ctx, R)));
  if (tokens[i]!.norm.endsWith('ing') && L >= first && !progressive) return null; // gerunds: too ambiguous

  // Passive: "The report was confirmed by a senior official."
  if (left.passive && !progressive) {
    // "Y was quoted (by Z) as saying C": Y speaks, Z relays.
    if (cue.lemma === 'quote' || /^(quoted|cited)$/.test(tokens[i]!.norm)) {
      let k = R;
      let by: TokRange | null = null;
      if (tokens[k]?.norm === 'by') {
        by = rightNP(tokens, k + 1, end);
        if (!by) return null;
        k = by[1];
      }
      const subj = L >= first ? subjectRegion(tokens, L, first) : null;
      if (!subj || tokens[k]?.norm !== 'as' || !verbCue(tokens[k + 1]?.norm ?? '')) return null;
      const content = rightContent(ctx, k + 2, end);
      if (!content) return null;
      const f = makeFrame(cue, cueTok, si, content, ctx);
      f.sources = [subj];
      if (by) f.relays = [by];
      return f;
    }
    if (tokens[R]?.norm !== 'by') return null;
    const np = rightNP(tokens, R + 1, end);
    const subj = L >= first ? subjectRegion(tokens, L, first) : null;
    if (!np || !subj) return null;
    const [s, e] = chars(tokens, subj);
    const content: Content = { start: s, end: e, parts: [[s, e]], quote: false, lastTok: subj[1] - 1 };
    const f = makeFrame(cue, cueTok, si, content, ctx);
    f.sources = [np];
    return f;
  }

  // "He is comparing X to Y and says Z": a verb coordinated with an earlier one shares the clause's subject.
  // ", then says C" / "and later said C": a verb coordinated with an earlier one shares its subject.
  const thenAfterComma = L >= first && tokens[L]!.text === ',' && /^(then|later|also)$/.test(tokens[L + 1]?.norm ?? '');
  const shared = L >= first && (tokens[L]!.pos === 'CCONJ' || thenAfterComma) ? clauseSubject(ctx, si, L) : null;
  let own = controller ?? (L >= first ? subjectRegion(tokens, L, first) : null);
  // "Jolly said ...": a one-word name opening the sentence that the tagger took for an adverb or adjective.
  if (
    !own &&
    i - 1 === first &&
    (cue.lemma === 'say' || cue.lemma === 'tell') &&
    /^[A-Z][a-z]+$/.test(tokens[first]!.text) &&
    /^(ADV|ADJ|NOUN)$/.test(tokens[first]!.pos) &&
    !/^(also|later|earlier|then|now|still|yet|however|meanwhile|separately|privately|publicly|finally|instead|again|once|often|never|always|others|many|some|most|few|both|all|each|sources|officials|experts|analysts|critics|police|witnesses|residents)$/.test(
      tokens[first]!.norm,
    )
  )
    own = [first, first + 1];
  const subj = own ?? shared?.[0] ?? null;
  // "The junta's spokesman, Zaw Min Tun, confirmed X but said C": the shared subject keeps its appositives.
  const sharedAlts = !own && shared ? shared.slice(1) : [];

  // "found", "showed": speech only when a report, study or poll does it, and with a that-clause.
  if (cue.docOnly) {
    if (!subj || !tokens.slice(subj[0], Math.min(subj[1], subj[0] + 5)).some((t) => DOC_NOUNS.has(t.norm))) return null;
    if (
      tokens[R]?.norm !== 'that' &&
      !(tokens[R]?.pos === 'PROPN' || tokens[R]?.pos === 'NOUN' || tokens[R]?.pos === 'DET')
    )
      return null;
    if (!clauseLike(ctx, R, end)) return null;
  }
  // "..., the Arab League, which said C": the relative pronoun stands for the noun phrase before its comma.
  // An object cue too after "who": "Mike Pence, who called their son \"a hero\"" (not "..., which X denied").
  if (
    subj &&
    (!cue.object || tokens[subj[0]]!.norm === 'who') &&
    subj[1] - subj[0] === 1 &&
    /^(which|who)$/.test(tokens[subj[0]]!.norm) &&
    tokens[subj[0] - 1]?.text === ','
  ) {
    let np = leftNP(tokens, subj[0] - 2, first);
    // "the Latino Partnership for Conservative Principles, who": "for" inside a name joins its two halves.
    while (
      np &&
      np[0] - 2 >= first &&
      tokens[np[0] - 1]!.norm === 'for' &&
      tokens[np[0] - 2]!.pos === 'PROPN' &&
      tokens[np[0]]!.pos === 'PROPN'
    ) {
      const more = leftNP(tokens, np[0] - 2, first);
      if (!more) break;
      np = [more[0], np[1]];
    }
    // "Jane Roe, chief economist at X, who told ...": "who" is the person the role describes, not X.
    if (np && tokens[subj[0]]!.norm === 'who') {
      let c = np[0] - 1;
      while (c > first && c > np[0] - 8 && tokens[c]!.text !== ',') c--;
      if (tokens[c]?.text === ',' && /^[a-z]/.test(tokens[c + 1]!.text)) {
        const named = leftNP(tokens, c - 1, first);
        if (named && tokens[named[1] - 1]!.pos === 'PROPN') np = named;
      }
    }
    // '..., who declared in the chamber, "C."': a quote after the cue's comma is the content too.
    const quoteNext = tokens[R]?.text === ',' && ctx.qs.of[R + 1]! >= 0 && !isClosing(ctx, R + 1);
    if (np && (!tailAt(ctx, R, end) || quoteNext)) {
      const content = rightContent(ctx, R, end);
      if (!content) return null;
      // "Mr. Scott, who has called X, portrayed Y": a relative clause inside the sentence ends at its comma.
      endBeforeMainVerb(ctx, content, R);
      const f = makeFrame(cue, cueTok, si, content, ctx);
      f.sources = [np];
      // The source mention in the text is the noun phrase with the pronoun standing for it ("the Post, which").
      f.sourceSpan = np[1] >= subj[0] - 1 ? [np[0], subj[1]] : subj;
      return finish(f);
    }
  }
  // "the dam, which engineers described as "a disaster"", "Chen, whom an aide described as his closest friend":
  // the as-phrase is what the speaker called the antecedent; no clause before the comma is answered.
  if (
    subj &&
    cue.object &&
    tokens[R]?.norm === 'as' &&
    R + 1 < end &&
    /^(which|whom|who|that|what)$/.test(tokens[subj[0] - 1]?.norm ?? '')
  ) {
    const content = rightContent(ctx, R + 1, end);
    if (!content) return null;
    const f = makeFrame(cue, cueTok, si, content);
    f.sources = coordinated(tokens, subj, first);
    return finish(f);
  }
  if (subj) {
    // '..., a charge X denied.' / '..., which X denied.': X answers the clause before the comma.
    const answer = answeredClause(ctx, subj, i, R, end, first, earlier, cue, cueTok[1]);
    if (answer) {
      const f = makeFrame(cue, cueTok, si, answer.content, ctx);
      f.sources = [answer.source];
      return finish(f);
    }
    const sources = coordinated(tokens, subj, first);
    // 'X said, "B."' takes the quote after; '"A," X said, "B."' is content first with a split quote.
    const quoteAfter = R < end && tokens[R]!.text === ',' && ctx.qs.of[R + 1]! >= 0;
    const b0 = sources[0]![0] - 1;
    // Only a mark of this paragraph, and not one closing an earlier sentence when a quote follows the cue:
    // '"A." Gingrich said, "B."' gives Gingrich B; the paragraph before is no content of this sentence.
    const quoteBefore =
      b0 >= 0 &&
      isQuoteMark(tokens[b0]!) &&
      sentences[tokens[b0]!.sentence]!.block === sent.block &&
      !(quoteAfter && tokens[b0]!.sentence < si) &&
      // 'Remarking upon her "empathy," Starr said, "B."': with a quote after the cue, the quote before is the
      // first half of a split quote only when it opens the sentence.
      !(quoteAfter && !quoteOpensSentence(ctx, b0, first)) &&
      // 'Wednesday on Fox's "Hannity," Gingrich said if C': with a clause after the cue, a quote before it that
      // opens inside the sentence names a show.
      !(
        !tailAt(ctx, R, end) &&
        clauseLike(ctx, R, end) &&
        !quoteOpensSentence(ctx, b0, datelineEnd(tokens, first, b0))
      );
    // A quote closed in an earlier sentence is not this cue's content when a clause follows the cue:
    // '"A." He said B had happened.'
    const closingHere =
      b0 >= 0 &&
      isClosing(ctx, b0) &&
      sentences[tokens[b0]!.sentence]!.block === sent.block &&
      !(tokens[b0]!.sentence < si && R < end && tokens[R]!.text !== ',' && clauseLike(ctx, R, end));
    // '"C," X told a crowd of 500.': after a closing quote, words that open no clause are not the content.
    // After an addressee, "that" opens a relative clause and a quote names it: '"C," he told a crowd that
    // organizers put at 3,000.' / '"C," X told the program "Inside Edition".'
    // '"C," X said in a documentary that showed Y': "that" + verb after an adjunct's noun is a relative clause.
    const relativeAfterAdjunct =
      R > cueTok[1] && tokens[R]?.norm === 'that' && tokens[R - 1]!.pos === 'NOUN' && tokens[R + 1]?.pos === 'VERB';
    const afterAddressee = (!!addressee && addressee[1] <= R && tokens[R - 1]?.text !== ',') || relativeAfterAdjunct;
    const opensClause =
      R < end &&
      ((tokens[R]!.norm === 'that' && !afterAddressee) ||
        tokens[R]!.text === ':' ||
        // A quote only right after the cue or its comma: in '"C," he said of it on ABC's "This Week."' the
        // quote after the adjuncts names a show.
        (ctx.qs.of[R]! >= 0 &&
          !isClosing(ctx, R) &&
          !afterAddressee &&
          !(cue.addressee && namedAddressee(ctx, R, end)) &&
          (R === cueTok[1] || /^[,:]$/.test(tokens[R - 1]!.text))) ||
        quoteAfter);
    // 'C, X said during his speech to be a delegate': an infinitive after the cue's adjunct belongs to the adjunct.
    const adjunctInfinitive =
      cue.lemma === 'say' &&
      R > cueTok[1] &&
      tokens[R]?.norm === 'to' &&
      tokens[R]!.pos === 'PART' &&
      tokens[R - 1]!.pos === 'NOUN';
    const tail = tailAt(ctx, R, end) || showTitle(ctx, R, cueTok[1], end) || adjunctInfinitive;
    if ((tail && (!quoteAfter || quoteBefore)) || (quoteBefore && closingHere && !opensClause)) {
      // Content first: 'C, X said.' / '"C," X said.' / 'C, as X pointed out.'
      let b = sources[0]![0] - 1;
      if (tokens[b]?.norm === 'as' && tokens[b - 1]?.text === ',') b--;
      const bt = tokens[b];
      const okBoundary =
        !!bt && (bt.text === ',' || isQuoteMark(bt) || bt.text === ':' || bt.text === '—' || bt.text === '–');
      // "Swers said because Obama is popular, C": a subordinate clause after the cue opens the content.
      const subordAfter =
        R === cueTok[1] && /^(because|if|when|while|although|though|unless|since)$/.test(tokens[R]?.norm ?? '');
      const rightOnly = opensSentenceAt(ctx, b, first) && (tokens[R]?.text === ',' || subordAfter);
      if (!okBoundary && !rightOnly) return null;
      if (b < first && !rightOnly && !(bt && isQuoteMark(bt) && sentences[bt.sentence]!.block === sent.block))
        return null;
      let content = okBoundary && b >= first - 1 ? leftContent(ctx, b, first) : null;
      let fromAfter = false;
      // "But, the former CEO added, it's not the way to win.": nothing before but a connective; the words after.
      // "She said, if elected, she would ...": the subject opens the sentence; the words after are the content.
      if (!content && (tokens[R]?.text === ',' || subordAfter) && (b >= first || rightOnly)) {
        const from = subordAfter ? R : R + 1;
        const after = rightContent(ctx, from, end);
        if (after && clauseLike(ctx, from, end)) {
          content = after;
          fromAfter = true;
        }
      }
      if (!content) return null;
      // "Noting that C, the governor warned ...": the fronted participle's clause is its own frame's content.
      const lead = tokens[opening(tokens, first)]!;
      if (!fromAfter && lead.start === content.start && /ing$/.test(lead.norm) && verbCue(lead.norm)) return null;
      if (!fromAfter) {
        const parts = content.parts.length;
        const program = !!cue.addressee && ctx.qs.of[R]! >= 0 && namedAddressee(ctx, R, end);
        if (!program) splitQuote(ctx, content, R, end, cueTok[1]);
        if (content.parts.length === parts && !program) splitQuoteAfterAside(ctx, content, R, end);
        parenthetical(ctx, content, R, end);
      }
      const f = makeFrame(cue, cueTok, si, content, ctx);
      f.sources = sources;
      return finish(f);
    }
    if (!cue.object && cue.lemma !== 'say' && cue.lemma !== 'tell' && !clauseLike(ctx, R, end)) return null;
    // "reported $2 million of income": an amount, not a statement.
    if (!cue.object && tokens[R]?.norm === 'of') return null;
    const content = rightContent(ctx, R, end);
    // One word is content only as what is denied or confirmed: "Serbia has denied involvement".
    // Not after a pronoun: "The daily wrote that he denied wrongdoing" stays the daily's claim.
    const pronoun =
      sources.length === 1 && sources[0]![1] - sources[0]![0] === 1 && tokens[sources[0]![0]]!.pos === 'PRON';
    const oneNoun =
      !pronoun && /^(deny|reject|confirm|admit)$/.test(cue.lemma) && tokens[content?.lastTok ?? -1]?.pos === 'NOUN';
    if (!content || (content.lastTok - R < 1 && !content.quote && !oneNoun)) return null;
    // "While Ana said C, Bo ...": in a fronted subordinate clause the content ends at the clause's comma.
    let before = sources[0]![0] - 1;
    // "But when Mr. Hurt asked ...": the tagger calls "when" an adverb; as an adverb it opens the clause only
    // at the start of the sentence or of a clause joined by "and"/"but" ("..., and while he said C, ...").
    let advOpener = -1;
    while (before > first && tokens[before]!.pos === 'ADV') {
      if (advOpener < 0 && SUBORD_OPENERS.has(tokens[before]!.norm)) advOpener = before;
      before--;
    }
    let p = advOpener - 1;
    while (p >= first && tokens[p]!.pos === 'CCONJ') p--;
    const fronted = advOpener >= 0 && (p < first || (p < advOpener - 1 && tokens[p]!.text === ','));
    if (SUBORD_OPENERS.has(tokens[before]?.norm ?? '') || fronted) endAtComma(ctx, content, R);
    endBeforeComparison(ctx, content, R);
    const f = makeFrame(cue, cueTok, si, content, ctx);
    f.sources = sources;
    if (sources.length === 1) f.alts = sharedAlts;
    return finish(f);
  }

  if (L < 0) return null;
  const lt = tokens[L]!;
  if (lt.text !== ',' && !isQuoteMark(lt) && lt.text !== '—' && lt.text !== '–') {
    // Cue opening the sentence: "Said the official: ..." is rare; nothing to attribute.
    return null;
  }
  // Inversion: '"C," said X.' / 'C, reports Reuters.' — not "..., calls for protests": an object is no speaker.
  const np = withPrep || cue.object || subjectBeforeComma(ctx, L, first) ? null : rightNP(tokens, R, end);
  if (np && (tailAt(ctx, np[1], end) || adjunctToEnd(ctx, np[1], end) || relativeToEnd(ctx, np[1], end))) {
    const content = leftContent(ctx, L, first);
    // 'But, said Solovey, "C."': nothing before the tag but a conjunction; the words after are the content.
    if (!content && opensSentenceAt(ctx, L, first) && tokens[np[1]]?.text === ',') {
      const after = rightContent(ctx, np[1] + 1, end);
      if (!after || !clauseLike(ctx, np[1] + 1, end)) return null;
      const f = makeFrame(cue, cueTok, si, after, ctx);
      f.sources = [np];
      return finish(f);
    }
    if (!content) return null;
    const after = skipAdjuncts(tokens, np[1] < end && tokens[np[1]]!.text === ',' ? np[1] : np[1], end);
    splitQuote(ctx, content, after, end, np[1]);
    parenthetical(ctx, content, after, end);
    const f = makeFrame(cue, cueTok, si, content, ctx);
    f.sources = [np];
    // '"C," said a spokesman for the ministry, Ivan Petrov.': the name after the role is the same speaker.
    const named = tokens[np[1]]?.text === ',' ? rightNP(tokens, np[1] + 1, end) : null;
    if (named && tokens[named[0]]!.pos === 'PROPN' && tailAt(ctx, named[1], end)) f.alts = [named];
    // "as quoted by" after the inverted speaker.
    if (tokens[np[1]]?.norm === 'as' && tokens[np[1] + 2]?.norm === 'by') {
      const via = rightNP(tokens, np[1] + 3, end);
      if (via) relays.push(via);
    }
    return finish(f);
  }
  // Appositive subject: "Maj. Gen. X, head of Y, said that C".
  // 'X, who calls Y a "sociopath," said': the aside's comma may sit inside its closing quote.
  const quotedComma = isClosing(ctx, L) && tokens[L - 1]?.text === ',';
  if ((lt.text === ',' || lt.text === '—' || lt.text === '–' || quotedComma) && L - 1 >= first) {
    // "NAIROBI, May 3 (Reuters) - X, a founder of Y, said": the chain starts after a wire dateline.
    const de = datelineEnd(tokens, first, L);
    let chain = lt.text === ',' ? appositiveChain(tokens, L - 1, de) : [];
    // "X, a nurse who has worked there since 2009, said": an aside the chain cannot walk (clauses, quotes, dashes);
    // the appositives the chain did walk name the same speaker.
    const aside = asideSubject(ctx, L, de);
    if (aside && (!chain.length || aside[1] <= chain[0]![0])) chain = [aside, ...chain];
    if (!chain.length) return null;
    // '"C," the assailant, X, told the program "Inside Edition" after ...': after an addressee, the quote
    // before the subject is the content.
    const cb = chain[0]![0] - 1;
    const quoteFirst = !!addressee && cb >= first && isClosing(ctx, cb) && !/^[,:]$/.test(tokens[R]?.text ?? '');
    // '"C," Mr. X, the mayor, said in his office overlooking the bay.': after a closing quote, words after the
    // cue that make no clause of their own are no content.
    const quoteBeforeChain =
      cb >= first - 1 && cb >= 0 && isClosing(ctx, cb) && sentences[tokens[cb]!.sentence]!.block === sent.block;
    const noClause = quoteBeforeChain && !finiteClause(ctx, R, end);
    let content = tailAt(ctx, R, end) || quoteFirst || noClause ? null : rightContent(ctx, R, end);
    // 'But in a call on Dec. 2, Col. X, a military spokesman, said, "C."': the quote after the cue, not the
    // adverbial before the subject.
    if (!content && /^[,:]$/.test(tokens[R]?.text ?? '') && ctx.qs.of[R + 1]! >= 0 && !isClosing(ctx, R + 1))
      content = rightContent(ctx, R + 1, end);
    // '"C," Sarandon, 69, told MSNBC.' / '"C," X, the party's chair, told AFP.': nothing after the cue, so the
    // content is the quote or clause before the subject.
    if (!content) {
      const b = chain[0]![0] - 1;
      const bt = tokens[b];
      if (!bt || b < first - 1 || !(bt.text === ',' || isQuoteMark(bt))) return null;
      if (b < first && !(isQuoteMark(bt) && sentences[bt.sentence]!.block === sent.block)) return null;
      content = leftContent(ctx, b, first);
    }
    if (!content) return null;
    const f = makeFrame(cue, cueTok, si, content, ctx);
    f.sources = [chain[0]!];
    f.alts = chain.slice(1);
    return finish(f);
  }
  return null;
}

/**
 * "Michael Green, associate professor of history at X, said places such as Y ...": the words before the comma
 * are the subject with its appositives, opening the sentence, so the phrase after the cue is content, not an
 * inverted speaker.
 */
function subjectBeforeComma(ctx: Ctx, L: number, first: number): boolean {
  const { tokens } = ctx.nlp;
  if (L - 1 < first || tokens[L]?.text !== ',' || ctx.qs.of[L - 1]! >= 0) return false;
  const chain = appositiveChain(tokens, L - 1, first);
  const named = (r: TokRange) => tokens.slice(r[0], r[1]).some((t) => t.pos === 'PROPN');
  if (chain.length > 0 && chain[0]![0] === first && named(chain[0]!)) return true;
  const aside = chain.length ? null : asideSubject(ctx, L, first);
  return !!aside && aside[0] === first && named(aside);
}

/**
 * "Noting that the currency had fallen, the governor warned ...", "Acknowledging that talks had stalled, Ruto
 * said ...": a speech participle opening the sentence; its content runs to the comma before the main clause, whose
 * subject speaks. Only with a that-clause or a quote after the cue ("Recalling that moment, X said" asserts nothing).
 */
function frontedParticiple(ctx: Ctx, cue: CueInfo, cueTok: TokRange, R: number, si: number): Frame | null {
  const { tokens, sentences } = ctx.nlp;
  const end = sentences[si]!.endToken;
  const opened = ctx.qs.of[R]! >= 0 && ctx.qs.quotes[ctx.qs.of[R]!]!.open === R;
  if (cue.relay || !(tokens[R]?.norm === 'that' || opened)) return null;
  for (let c = R + 1; c < end - 2; c++) {
    if (tokens[c]!.text !== ',' || (ctx.qs.of[c]! >= 0 && !isClosing(ctx, c + 1))) continue;
    const after = isClosing(ctx, c + 1) ? c + 2 : c + 1;
    if (!newClauseAt(ctx, after, end, false)) continue;
    const t = tokens[after]!;
    const subj = t.pos === 'PRON' ? ([after, after + 1] as TokRange) : rightNP(tokens, after, end);
    const content = rightContent(ctx, R, c);
    if (!subj || !content) return null;
    // No ctx: 'Acknowledging that the army "made mistakes," X said' keeps the whole clause, not just the quote.
    const f = makeFrame(cue, cueTok, si, content);
    f.sources = [subj];
    return f;
  }
  return null;
}

/** Person and group nouns: "residents", "a group of farmers", "Amnesty International", "the ministry". */
const PERSONISH =
  /(ers|ors|ists|ians|ants|ents|ates|ees|men|women|people|children|crowds?|groups?|teams?|party|parties|unions?)$/;
function speakerLike(tokens: Token[], np: TokRange): boolean {
  const words = tokens.slice(np[0], np[1]);
  return words.some(
    (t) => t.pos === 'PROPN' || ANON_HEADS.has(t.norm) || ORG_WORDS.has(t.norm) || PERSONISH.test(t.norm),
  );
}

/** The first token of a sentence's clause: after a wire dateline and leading conjunctions. */
function opening(tokens: Token[], first: number): number {
  let k = datelineEnd(tokens, first, first + 12);
  while (tokens[k]?.pos === 'CCONJ') k++;
  return k;
}

const ASIDE_DELIMS = new Set([',', '—', '–', '(']);
const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when']);

/**
 * The subject opening the sentence (after a dateline, a conjunction or a short fronted phrase) when everything
 * between it and the cue's comma or dash at L is one aside: 'Hemsley, the co-author of "Going Viral," about the
 * spread of rumours, said', 'Murphy — after a long pause — told me', 'X (R-Ohio), another incumbent, said',
 * 'Mary Susan, clad in a red cape with lights that formed a name, said'. An aside holds no finite verb of its own
 * (only after a relative word or inside a quote), its quotes and brackets close inside it, and a dash pairs a dash.
 */
function asideSubject(ctx: Ctx, L: number, first: number): TokRange | null {
  const { tokens } = ctx.nlp;
  let s = first;
  while (s < L && (tokens[s]!.pos === 'CCONJ' || (tokens[s]!.pos === 'ADV' && tokens[s + 1]?.text !== ','))) s++;
  // "On Friday, X, ...", "In an interview, X — ... — said": a short fronted phrase with no verb.
  if (/^(ADP|SCONJ|ADV)$/.test(tokens[s]?.pos ?? '') || TIME_NOUNS.has(tokens[s]?.norm ?? '')) {
    let c = s;
    while (c < L && c - s < 10 && tokens[c]!.text !== ',' && !/^(VERB|AUX)$/.test(tokens[c]!.pos) && ctx.qs.of[c]! < 0)
      c++;
    if (tokens[c]?.text !== ',' || c >= L) return null;
    s = c + 1;
  }
  // '"C," Maria Chen, 67, a retired nurse in Kaohsiung, said': the subject after a quote opening the sentence.
  const q0 = ctx.qs.of[s]!;
  if (q0 >= 0 && ctx.qs.quotes[q0]!.open === s) {
    const qc = ctx.qs.quotes[q0]!.close;
    if (qc < 0 || qc >= L || !(tokens[qc - 1]!.text === ',' || tokens[qc + 1]?.text === ',')) return null;
    s = tokens[qc + 1]!.text === ',' ? qc + 2 : qc + 1;
  }
  if (ctx.qs.of[s]! >= 0) return null;
  const np = rightNP(tokens, s, L);
  if (!np || np[1] >= L || !tokens.slice(np[0], np[1]).some((t) => t.pos === 'PROPN' || t.pos === 'NOUN')) return null;
  const open = tokens[np[1]]!.text;
  const close = tokens[L]!.text;
  if (!ASIDE_DELIMS.has(open) || L - np[1] > 45) return null;
  if ((open === '—' || open === '–' || close === '—' || close === '–') && open !== close) return null;
  let depth = 0;
  let relative = false;
  for (let k = np[1] + 1; k < L; k++) {
    const t = tokens[k]!;
    if (/^[;:]$/.test(t.text) || (k > np[1] + 1 && (t.text === '—' || t.text === '–') && open !== '—' && open !== '–'))
      return null;
    if (t.text === '(') depth++;
    if (t.text === ')' && --depth < 0 && !(open === '(' && depth === -1)) return null;
    const q = ctx.qs.of[k]!;
    if (q >= 0) {
      const { open: qo, close: qc } = ctx.qs.quotes[q]!;
      if (qo <= np[1] || qc < 0 || qc > L) return null;
      continue;
    }
    if (RELATIVE_WORDS.has(t.norm) && t.pos !== 'DET') relative = true;
    if (relative) continue;
    // A finite verb of the writer's ("..., sirens sounded, said X") makes it a clause, not an aside; participles
    // are the aside's ("clad in", "mentioned by Newsmax", "now 64 and retired in Lokoja"), as is an infinitive.
    const finite =
      t.pos === 'AUX' ||
      (t.pos === 'VERB' &&
        !/ing$/.test(t.norm) &&
        !(/ed$/.test(t.norm) && tokens[k - 1]!.pos !== 'PRON') &&
        k !== np[1] + 1 &&
        tokens[k + 1]?.norm !== 'by' &&
        tokens[k - 1]!.norm !== 'to' &&
        !isModifierVerb(tokens, k, np[1] + 1));
    if (finite) return null;
  }
  return np;
}

/** Whether the quote closing at token `close` opens the sentence starting at `first` (or an earlier one). */
function quoteOpensSentence(ctx: Ctx, close: number, first: number): boolean {
  const qi = ctx.qs.of[close]!;
  if (qi < 0) return false;
  let q = ctx.qs.quotes[qi]!;
  while (q.prev >= 0) q = ctx.qs.quotes[q.prev]!;
  return q.open <= first;
}

/** '"C," said a Mexican official who was not authorized to speak.': a relative clause on the speaker to the end. */
function relativeToEnd(ctx: Ctx, j: number, end: number): boolean {
  const { tokens } = ctx.nlp;
  if (!/^(who|whose)$/.test(tokens[j]?.norm ?? '')) return false;
  for (let k = j + 1; k < end; k++) if (ctx.qs.of[k]! >= 0 || verbCue(tokens[k]!.norm)) return false;
  return true;
}

/** '"C," said X in a televised speech.': a prepositional phrase without a verb runs to the clause end. */
function adjunctToEnd(ctx: Ctx, j: number, end: number): boolean {
  const { tokens } = ctx.nlp;
  if (tokens[j]?.pos !== 'ADP' || tokens[j]!.norm === 'that' || tokens[j]!.norm === 'as') return false;
  // A participle after a determiner or adjective is one too ("a televised speech", "an emailed statement").
  for (let k = j + 1; k < end && !tailAt(ctx, k, end); k++)
    if (/^(VERB|AUX)$/.test(tokens[k]!.pos) && !/^(DET|ADJ)$/.test(tokens[k - 1]!.pos)) return false;
  return true;
}

/** "X reported C, quoting Y as saying D": a frame for D with source Y and relay X (the clause subject). */
function quotingFrame(ctx: Ctx, i: number, si: number): Frame | null {
  const { tokens, sentences } = ctx.nlp;
  const { firstToken: first, endToken: end } = sentences[si]!;
  if (tokens[i]!.norm !== 'quoting' || i <= first || tokens[i - 1]!.text !== ',') return null;
  const np = rightNP(tokens, i + 1, end);
  if (!np || tokens[np[1]]?.norm !== 'as' || !verbCue(tokens[np[1] + 1]?.norm ?? '')) return null;
  const content = rightContent(ctx, np[1] + 2, end);
  if (!content) return null;
  const f = makeFrame({ lemma: 'quote', stance: 'claims', relay: true }, [i, i + 1], si, content);
  f.sources = [np];
  const subj = clauseSubject(ctx, si, i);
  if (subj) f.relays = [subj[0]!];
  return f;
}

/**
 * "Gov. Brown endorsed her, citing her long experience", "The airline cancelled flights, citing the storm": a
 * reason the clause's subject gives. Not when the sentence already has a speech frame ("X said C, citing a report"
 * relays) nor when what is cited is a voice ("citing officials", "citing Reuters"): those relay a speaker.
 */
function citingFrame(ctx: Ctx, i: number, si: number, earlier: Frame[]): Frame | null {
  const { tokens, sentences } = ctx.nlp;
  const { firstToken: first, endToken: end } = sentences[si]!;
  if (tokens[i]!.norm !== 'citing' || i <= first + 1 || !/^[,—–]$/.test(tokens[i - 1]!.text)) return null;
  if (earlier.some((f) => f.sentence === si)) return null;
  const np = rightNP(tokens, i + 1, end);
  if (!np) return null;
  const head = tokens[np[1] - 1]!;
  if (head.pos === 'PROPN' || head.pos === 'PRON' || ANON_HEADS.has(head.norm) || ORG_WORDS.has(head.norm)) return null;
  const content = rightContent(ctx, i + 1, end);
  const subj = clauseSubject(ctx, si, i - 1);
  // Only a reason that ends the sentence: in "X, citing Y, endorsed Z" the citation is an aside of the subject.
  if (!content || !subj || tokens.slice(content.lastTok + 1, end).some((t) => t.pos !== 'PUNCT')) return null;
  if (tokens.slice(subj[0]![0], subj[0]![1]).some((t) => /^(who|whose|which)$/.test(t.norm))) return null;
  const f = makeFrame({ lemma: 'cite', stance: 'claims' }, [i, i + 1], si, content);
  f.sources = [subj[0]!];
  f.alts = subj.slice(1);
  return f;
}

/** Conjunctions opening a subordinate clause before the main one: "While X said C, ...". */
const SUBORD_OPENERS = new Set(['while', 'whereas', 'although', 'though', 'when', 'if', 'because', 'since', 'as']);

/** Cuts a plain content at its first comma outside quotes after token `from` (the comma ends the clause). */
function endAtComma(ctx: Ctx, c: Content, from: number): void {
  if (c.quote || c.parts.length !== 1) return;
  const { tokens } = ctx.nlp;
  for (let k = from + 1; k < c.lastTok; k++) {
    if (tokens[k]!.text !== ',' || ctx.qs.of[k]! >= 0 || tokens[k]!.start < c.start) continue;
    cutBefore(ctx, c, k);
    return;
  }
}

/** Cuts a plain content before ", <finite verb>": the main clause's verb after a relative clause. */
function endBeforeMainVerb(ctx: Ctx, c: Content, from: number): void {
  if (c.parts.length !== 1) return;
  const { tokens } = ctx.nlp;
  for (let k = from + 1; k < c.lastTok; k++) {
    if (tokens[k]!.text !== ',' || (ctx.qs.of[k]! >= 0 && !isClosing(ctx, k + 1)) || tokens[k]!.start < c.start)
      continue;
    let v = k + 1;
    if (isClosing(ctx, v)) v++;
    while (tokens[v]?.pos === 'ADV') v++;
    const t = tokens[v];
    if (t && (t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.norm)) {
      cutBefore(ctx, c, tokens[k - 1]!.text === ',' ? k - 1 : k);
      return;
    }
  }
}

/** "61 percent said C compared to 38 percent who ...": a comparison after the content is the writer's. */
function endBeforeComparison(ctx: Ctx, c: Content, from: number): void {
  if (c.quote || c.parts.length !== 1) return;
  const { tokens } = ctx.nlp;
  for (let k = from + 2; k < c.lastTok; k++) {
    if (ctx.qs.of[k]! >= 0) continue;
    if (tokens[k]!.norm === 'compared' && /^(to|with)$/.test(tokens[k + 1]?.norm ?? '')) {
      cutBefore(ctx, c, tokens[k - 1]!.text === ',' ? k - 1 : k);
      return;
    }
  }
}

function cutBefore(ctx: Ctx, c: Content, k: number): void {
  const last = ctx.nlp.tokens[k - 1]!;
  if (last.end <= c.start) return;
  c.end = last.end;
  c.parts = [[c.start, last.end]];
  c.lastTok = k - 1;
}

/** Verbs that report speech only with a clause after them (their other senses take a noun phrase or "to"). */
const CLAUSE_ONLY = new Set(['declare', 'maintain', 'pledge', 'highlight', 'respond']);

/**
 * A that-clause, quote or colon at token `r`, or a noun phrase followed by a finite verb ("the vote was rigged").
 * `quoted`: a short object with a quote counts too ("declaring it \"another super Tuesday\"").
 */
function clauseAfter(ctx: Ctx, r: number, end: number, quoted = false): boolean {
  const { tokens } = ctx.nlp;
  const t = tokens[r];
  if (!t || r >= end) return false;
  if (t.norm === 'that' || t.text === ':' || (isQuoteMark(t) && ctx.qs.of[r]! >= 0 && !isClosing(ctx, r))) return true;
  if (t.text === ',' && ctx.qs.of[r + 1]! >= 0 && !isClosing(ctx, r + 1)) return true;
  // "saying if elected, she would ...": a conditional or time clause opens the reported clause.
  if (/^(if|when|once|unless)$/.test(t.norm)) return true;
  if (quoted)
    for (let k = r; k < Math.min(end, r + 8) && tokens[k]!.text !== ','; k++)
      if (ctx.qs.of[k]! >= 0 && ctx.qs.quotes[ctx.qs.of[k]!]!.open === k) return true;
  const np = rightNP(tokens, r, end);
  // "maintained his lead/VERB": a possessive is no subject; the word after it is a noun.
  if (!np || /^(his|its|our|my|your|their)$/.test(tokens[np[1] - 1]!.norm)) return false;
  let v = np[1];
  while (v < end && (tokens[v]!.pos === 'ADV' || isQuoteMark(tokens[v]!))) v++;
  const u = tokens[v];
  return !!u && v < end && (u.pos === 'AUX' || (u.pos === 'VERB' && !/ing$/.test(u.norm)));
}

/** Nouns of a time adverbial before a participle: "at one point calling", "after years adding". */
const TIME_NOUNS = new Set(
  'point time times moment stage juncture day days week weeks month months year years night morning evening'.split(' '),
);

/** Nouns naming an assertion another speaker answers: "a charge X denied", "an accusation X rejected". */
const CHARGE_NOUNS = new Set([
  'charge',
  'charges',
  'accusation',
  'accusations',
  'allegation',
  'allegations',
  'claim',
  'claims',
  'assertion',
  'suggestion',
  'account',
  'version',
  'assessment',
  'characterization',
  'characterisation',
  'report',
  'reports',
  'statement',
  'figure',
  'figures',
  'estimate',
  'toll',
  'description',
]);

/**
 * A content-first cue whose subject is a relative ("..., which Moscow denied") or an appositive naming the
 * assertion ("..., a charge Asmara rejected"): the speaker is the actor after "which"/the noun, and the content
 * is what the clause before the comma asserts — an earlier attribution's content ending there (the charge
 * itself), else that clause, or the that-clause of a noun before it ("the claim that C, which X denied").
 */
function answeredClause(
  ctx: Ctx,
  subj: TokRange,
  cueAt: number,
  R: number,
  end: number,
  first: number,
  earlier: Frame[],
  cue: CueInfo,
  cueEnd: number,
): { source: TokRange; content: Content } | null {
  const { tokens } = ctx.nlp;
  let s = subj[0];
  const before = tokens[s - 1];
  let lead = s;
  if (tokens[s]!.norm === 'which' || tokens[s]!.norm === 'something') s++;
  else if (before?.norm === 'which' && tokens[s - 2]?.text === ',') lead = s - 1;
  else if (
    /^(a|an|the|this|that)$/.test(tokens[s]!.norm) &&
    CHARGE_NOUNS.has(tokens[s + 1]?.norm ?? '') &&
    tokens[s + 1]!.pos === 'NOUN'
  ) {
    s += 2;
    if (tokens[s]?.norm === 'which' || tokens[s]?.norm === 'that') s++;
  } else return null;
  if (s >= subj[1]) return null;
  const b = lead - 1;
  if (b <= first || tokens[b]!.text !== ',' || ctx.qs.of[b]! >= 0) return null;
  // Only the end of the clause: "..., which X denied." or "..., which X denied, was ..."
  if (!tailAt(ctx, R, end)) return null;
  const prior = earlier.filter((f) => f.sentence === tokens[cueAt]!.sentence && f.content.start < tokens[b]!.start);
  // Of the attributions ending at the comma, the outermost one ("X said A had promised B, a claim Y questioned"
  // answers what X said, not the promise inside it).
  const reaching = prior.filter((f) => f.content.lastTok >= b - 2);
  const last = reaching.length
    ? reaching.reduce((a, f) => (f.content.start < a.content.start ? f : a))
    : prior[prior.length - 1];
  // 'X said C, a figure Y disputes.': X's content ran on over the answer; it ends at the comma.
  if (last && last.content.lastTok >= b && !last.content.quote && last.content.parts.length === 1) {
    const e = tokens[b - 1]!.end;
    last.content.end = e;
    last.content.parts = [[last.content.start, e]];
    last.content.lastTok = b - 1;
  }
  let content: Content | null;
  if (last && last.content.lastTok >= b - 2) content = { ...last.content, parts: [...last.content.parts] };
  else {
    // An earlier attribution in the sentence whose content stops short: too tangled to tell what is answered.
    if (last) return null;
    let from = first;
    // "The claim that C, which X denied": C.
    if (
      /^(a|an|the|this|that)$/.test(tokens[from]!.norm) &&
      CHARGE_NOUNS.has(tokens[from + 1]?.norm ?? '') &&
      tokens[from + 2]?.norm === 'that'
    )
      from += 3;
    content = leftContent(ctx, b, from);
  }
  if (!content) return null;
  // "X, which Y accused of arming rebels,": the accusation is the antecedent with its complement.
  if (
    (cue.lemma === 'accuse' || cue.lemma === 'blame') &&
    /^(of|for)$/.test(tokens[cueEnd]?.norm ?? '') &&
    R > cueEnd + 1
  ) {
    const tail = trim(ctx, tokens[cueEnd]!.start, tokens[R - 1]!.end);
    if (tail) content = { ...content, end: tail[1], parts: [...content.parts, tail], quote: false, lastTok: R - 1 };
  }
  return { source: [s, subj[1]], content };
}

/** The noun phrase ending at token `last` (inclusive): determiners, adjectives, nouns, names, "of". */
/** Verbs whose object then does what the infinitive says: "prompted X to declare", "led X to say". */
const CAUSES = new Set(
  'prompt prompts prompted prompting lead leads led leading drive drives drove driving spur spurs spurred cause causes caused force forces forced'.split(
    ' ',
  ),
);

/** The object before "to <cue>" at i when a verb of CAUSES governs it: "prompted Anderson Cooper to accuse". */
function objectController(tokens: Token[], i: number, first: number): TokRange | null {
  if (tokens[i - 1]?.norm !== 'to' || i - 2 < first) return null;
  const np = leftNP(tokens, i - 2, first);
  if (!np || !CAUSES.has(tokens[np[0] - 1]?.norm ?? '') || np[0] - 1 < first) return null;
  return np;
}

function leftNP(tokens: Token[], last: number, first: number): TokRange | null {
  let s = last;
  while (s >= first) {
    const t = tokens[s]!;
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM') s--;
    else if (t.norm === 'of' && s > first && s < last) s--;
    else break;
  }
  s++;
  while (s <= last && tokens[s]!.norm === 'of') s++;
  return s <= last ? [s, last + 1] : null;
}

/**
 * The subject of the sentence's main clause, before token `limit`: the words before the first verb
 * outside quotes, or the appositive chain before it ("Erin Brockovich, the activist, endorsed ...").
 * Returns the source and its appositives, or null.
 */
export function clauseSubject(ctx: Ctx, si: number, limit: number, later = false): TokRange[] | null {
  const { tokens, sentences } = ctx.nlp;
  // A wire dateline ("ADDIS ABABA, Nov. 3 (Reuters) - ") is no part of the subject.
  const first = datelineEnd(tokens, sentences[si]!.firstToken, limit);
  // "Groups say C, and the ACLU has sued the city, saying D": a participle belongs to the nearest clause, so
  // the clauses joined by ", and" / ", but" after a finite verb are tried from the last one back.
  const starts = [first];
  let finite = false;
  for (let k = first; k + 1 < limit; k++) {
    if (ctx.qs.of[k]! >= 0) continue;
    const t = tokens[k]!;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/(ing|ed)$/.test(t.norm)) finite = true;
    if (finite && t.text === ',' && /^(and|but)$/.test(tokens[k + 1]!.norm)) starts.push(k + 2);
  }
  for (let i = starts.length - 1; i > 0; i--) {
    const r = subjectFrom(ctx, starts[i]!, limit);
    if (r) return r;
  }
  return later ? null : subjectFrom(ctx, first, limit, true);
}

/**
 * The subject of the first clause from token `first`: the words before its first verb outside quotes. `opening`:
 * `first` opens the sentence, where a participle phrase may come before the subject.
 */
function subjectFrom(ctx: Ctx, first: number, limit: number, opening = false): TokRange[] | null {
  const { tokens } = ctx.nlp;
  for (let k = first; k < limit; k++) {
    const t = tokens[k]!;
    if (ctx.qs.of[k]! >= 0) continue;
    if (t.text === ';' || t.text === ':') return null;
    if (!(t.pos === 'VERB' || t.pos === 'AUX')) continue;
    // "Voters living abroad said ...": a participle after a noun modifies it.
    if (t.norm.endsWith('ing') && isModifierVerb(tokens, k, first)) continue;
    // "Rallying workers in Ohio, Clinton promised C" (also after a dateline's dash): the fronted participle's
    // phrase runs to its comma; the subject comes after it.
    const prev = tokens[k - 1];
    if (
      opening &&
      /(ing|ed)$/.test(t.norm) &&
      t.norm !== 'according' &&
      (k === first || /^[-—–]$/.test(prev?.text ?? ''))
    ) {
      let c = k + 1;
      while (c < limit && (tokens[c]!.text !== ',' || ctx.qs.of[c]! >= 0)) c++;
      if (c >= limit) return null;
      k = c;
      first = c + 1;
      continue;
    }
    const left = skipLeftAux(tokens, k - 1, first);
    if (left.at < first) return null;
    const lt = tokens[left.at]!;
    // "X, the opposition body that calls itself Y, condemned ...": a verb of a relative clause inside an aside
    // between commas is not the clause's; the scan goes on after the aside's closing comma.
    const rel = /^(who|which|that)$/.test(lt.norm) && /^(NOUN|PROPN)$/.test(tokens[left.at - 1]?.pos ?? '');
    if (rel && tokens.slice(first, left.at).some((u) => u.text === ',')) {
      let c = k + 1;
      while (c < limit && (tokens[c]!.text !== ',' || ctx.qs.of[c]! >= 0)) c++;
      if (c < limit) {
        k = c;
        continue;
      }
    }
    if (lt.text === ',' && left.at - 1 >= first) {
      const chain = appositiveChain(tokens, left.at - 1, first);
      return chain.length ? chain : null;
    }
    const r = subjectRegion(tokens, left.at, first);
    return r ? [r] : null;
  }
  return null;
}

/** "Britain, Australia and Denmark": one source per proper-noun conjunct; otherwise the region itself. */
function coordinated(tokens: Token[], r: TokRange, first: number): TokRange[] {
  const parts: TokRange[] = [];
  let s = r[0];
  for (let k = r[0]; k <= r[1]; k++) {
    if (k === r[1] || tokens[k]!.norm === 'and') {
      parts.push([s, k]);
      s = k + 1;
    }
  }
  const proper = (p: TokRange) =>
    p[1] > p[0] && p[1] - p[0] <= 4 && tokens.slice(p[0], p[1]).every((t) => t.pos === 'PROPN' || t.pos === 'DET');
  // "residents and an opposition group said", "Police and witnesses said": two speakers of one claim. A common
  // noun phrase counts when it opens with a determiner or its head is a word for people ("residents").
  const common = (p: TokRange) => {
    const ts = tokens.slice(p[0], p[1]);
    const head = ts[ts.length - 1];
    // "Police and doctors said": a people word opening the sentence may be tagged as a name.
    const people = !!head && ANON_HEADS.has(head.norm);
    if (
      !head ||
      ts.length > 5 ||
      !(head.pos === 'NOUN' || (head.pos === 'PROPN' && people)) ||
      !ts.every((t) => /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(t.pos))
    )
      return false;
    // Two plurals are two groups ("entertainers and business leaders"); two bare singulars are often one
    // person's roles ("businessman and reality star").
    return ts[0]!.pos === 'DET' || people || (head.pos === 'NOUN' && /[^s]s$/.test(head.norm));
  };
  if (parts.length === 2 && parts.every(common)) return parts;
  if (parts.length !== 2 || !parts.every(proper)) return [r];
  // Walk back over ", Name" conjuncts at the start of the clause.
  let b = r[0] - 1;
  while (b > first && tokens[b]!.text === ',') {
    let k = b - 1;
    while (k >= first && tokens[k]!.pos === 'PROPN') k--;
    const p: TokRange = [k + 1, b];
    if (!proper(p)) break;
    parts.unshift(p);
    b = k;
  }
  if (b >= first && tokens[b]!.text !== ',' && parts.length > 2) return [r];
  return parts;
}

const passedBy = (tokens: Token[], k: number) =>
  /^(quoted|cited|reported|interviewed)$/.test(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'by';

/**
 * The phrase after "according to" is always a noun phrase, so a word the tagger took for a verb inside it
 * is a noun: a capitalized one ("the Valley Herald") or one right before a comma or "cited by".
 */
function accordingNP(tokens: Token[], s: number, end: number): TokRange | null {
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

function according(ctx: Ctx, i: number, si: number): Frame | null {
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
  // "according to X, a spokesman for Y," and "according to X, citing Y,"
  let cited: TokRange | null = null;
  if (tokens[j]?.text === ',' && RELAY_PARTICIPLES.has(tokens[j + 1]?.norm ?? '')) {
    cited = rightNP(tokens, j + 2, end);
    if (cited) j = cited[1];
  }
  // "according to two diplomats quoted by X" / "sources cited by X": the NP speaks, X relays.
  let passer: TokRange | null = null;
  const k = tokens[j]?.text === ',' ? j + 1 : j;
  if (passedBy(tokens, k)) {
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
  }
  if (!content) return null;
  const f = makeFrame(ACCORDING, cueTok, si, content);
  f.sources = cited ? [cited] : [np];
  // Nearest to the speaker first: "according to X, citing Y" → Y via X; "according to Y quoted by X" → Y via X.
  f.relays = cited ? [np] : passer ? [passer] : [];
  return f;
}

/** A short object phrase followed by a quote that ends the content: the quote alone ("calling it \"X\""). */
function objectQuote(ctx: Ctx, c: Content, from: number): Content | null {
  const { tokens } = ctx.nlp;
  if (from <= 0 || c.start < tokens[from - 1]!.end) return null;
  let i = from;
  while (i < tokens.length && tokens[i]!.start < c.start) i++;
  const first = i;
  while (i < tokens.length && i - first < 4 && ctx.qs.of[i]! < 0 && OBJECT_POS.has(tokens[i]!.pos)) i++;
  if (i === first || ctx.qs.of[i]! < 0 || ctx.qs.quotes[ctx.qs.of[i]!]!.open !== i) return null;
  const q = quoteAt(ctx, i);
  return q && q.lastTok >= c.lastTok ? q : null;
}
const OBJECT_POS = new Set(['PRON', 'DET', 'NOUN', 'PROPN', 'ADJ']);

/** Marks which token ranges of the sentence are covered by attributions found so far. */
export function chars2(tokens: Token[], r: TokRange): [number, number] {
  return chars(tokens, r);
}
