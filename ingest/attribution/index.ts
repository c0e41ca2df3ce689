// Who said what: claims with speaker, stance, content, relays and evidence offsets.
// In: NlpDoc (tagged tokens) + ActorsDoc (actors and mentions). Out: AttributionDoc (claims + actors it had to create).
import type { Actor, Claim } from '../../graph/schema.ts';
import { buildDiscourse, type Discourse } from '../discourse/index.ts';
import type { ActorsDoc, AttributionDoc, NlpDoc, Token } from '../types.ts';
import { complementPieces } from './complements.ts';
import { type Ctx, trim } from './content.ts';
import { dedupe } from './dedupe.ts';
import { describedPerson } from './described.ts';
import { namedLater } from './named-later.ts';
import { type Frame, sentenceFrames } from './frames.ts';
import { verbCue } from './cues.ts';
import { ISSUED_DOCS, isQuoteMark, PASSED_ON, type TokRange } from './np.ts';
import { nounFrames, passedOn, trimIssuedTail, trimPassedTail } from './nouns.ts';
import { findQuotes, quoteRun } from './quotes.ts';
import { foldRelays } from './relay.ts';
import { retag } from './retag.ts';
import { type Speaker, SpeakerResolver } from './speaker.ts';
import { stanceOf } from './stance.ts';

// Patterns made once: a regex literal inside a function is a new object each time it runs, and these run per token.
const WHO_FORMS = /^(who|whose|whom)$/;
const ED_ENDING = /ed$/;
const NOUN_POS = /^(NOUN|PROPN)$/;
const CLAUSE_OPENERS = /^(when|after|before|if|as|while|being|once)$/;
const LETTER_STOP = /[A-Za-z]\.$/;

/** "a statement", "a statement carried by X": a source that is a document, its author unnamed. */
function namesDocument(tokens: Token[], [s, e]: TokRange): boolean {
  for (let k = s; k < e && k < s + 4; k++)
    if (ISSUED_DOCS.has(tokens[k]!.norm)) return k === e - 1 || PASSED_ON.has(tokens[k + 1]!.norm);
  return false;
}

export function attribute(
  tagged: NlpDoc,
  actors: ActorsDoc,
  discourse: Discourse = buildDiscourse(tagged, actors),
): AttributionDoc {
  const nlp = retag(tagged);
  const qs = findQuotes(nlp);
  const ctx: Ctx = { nlp, qs };
  const { tokens } = nlp;
  const resolver = new SpeakerResolver(nlp, actors, discourse);
  resolver.insideQuote = (pos) => {
    const i = tokenAt(nlp, pos);
    return i >= 0 && qs.of[i]! >= 0;
  };

  const frames: Frame[] = [];
  for (let si = 0; si < nlp.sentences.length; si++) {
    try {
      const fs = sentenceFrames(ctx, si);
      // Nouns cue speech too: "In a statement, X condemned C", "X's claim that C".
      const all = [...fs, ...nounFrames(ctx, si, fs.length > 0)];
      const by = all.length ? passedOn(ctx, si) : null;
      for (const f of all) {
        // "said in an interview with Reuters": the outlet relays the claim as "told Reuters" would; "said, as
        // quoted by TASS": whoever passed the words on relays them.
        if (by?.outletOnly && !f.addressee) f.addressee = by.np;
        if (by && !by.outletOnly && !f.relays.length && !f.addressee) f.relays = [by.np];
        if (by && !by.outletOnly) trimPassedTail(ctx, f.content, by);
        trimIssuedTail(ctx, f.content, f.cueTok[1]);
      }
      frames.push(...all);
    } catch {
      // A sentence the engine cannot parse is skipped, never fatal.
    }
  }
  addQuoteContinuations(ctx, frames);

  const charOf = (r: TokRange): [number, number] => [tokens[r[0]]!.start, tokens[r[1] - 1]!.end];
  const folded = foldRelays(
    frames,
    (f) => tokens[f.cueTok[0]]!.start,
    // "According to the BBC, Mayor X said C" is X's claim relayed by the BBC, as "the BBC reported X said C" is.
    (f) => f.cue.lemma === 'according to' || !!f.cue.relay || f.sources.some((s) => resolver.isOutlet(s)),
    (f) => (f.sources[0] ? tokens[f.sources[0][0]]!.start : tokens[f.cueTok[0]]!.start),
    // "X accused Y of C, according to a statement carried by Z": X's own statement, which Z relays; and
    // "according to the BBC, X accused Y of C": an outlet only passes on what X did and said.
    (f) =>
      f.cue.lemma === 'according to' &&
      !!f.sources[0] &&
      (namesDocument(tokens, f.sources[0]) || resolver.isOutlet(f.sources[0])),
  );

  const claims: Claim[] = [];
  const speakerOf = new Map<Frame, Speaker[]>();
  let lastInSentence: { sentence: number; speakers: Speaker[]; frame: Frame } | null = null;
  // "X said that A and that B": each complement clause is a claim of X's, told by the same cue.
  const pieces = folded.flatMap(({ frame, outer }) =>
    complementPieces(ctx, frame.content).map((content, i) => ({
      frame: i ? { ...frame, content } : Object.assign(frame, { content }),
      outer,
    })),
  );
  for (const { frame, outer } of pieces) {
    try {
      claimsOf(frame, outer);
    } catch {
      // One attribution the engine cannot resolve is skipped, never fatal.
    }
  }
  const created = nameDescribed(nlp.text, actors, resolver, claims);
  return { claims: dedupe(claims), actors: created };

  function claimsOf(frame: Frame, outer: Frame[]): void {
    let speakers: Speaker[] = [];
    if (frame.continues) speakers = speakerOf.get(frame.continues) ?? [];
    else if (
      frame.inherit &&
      lastInSentence?.sentence === frame.sentence &&
      !embedded(nlp, lastInSentence.frame, frame)
    )
      speakers = lastInSentence.speakers;
    else {
      for (const src of frame.sources) {
        const named = frame.sources.length === 1 ? preferNamed(nlp, src, frame.alts) : src;
        const s = resolver.resolve(named) ?? (named !== src ? resolver.resolve(src) : null);
        if (s) speakers.push(s);
      }
    }
    if (!speakers.length) return;
    speakerOf.set(frame, speakers);
    const before = lastInSentence?.sentence === frame.sentence ? lastInSentence : null;
    lastInSentence = { sentence: frame.sentence, speakers, frame };

    const via: string[] = [];
    const pushVia = (id: string | null) => {
      if (id && id !== actors.outlet && !via.includes(id) && !speakers.some((s) => s.actorId === id)) via.push(id);
    };
    for (const r of frame.relays) pushVia(resolver.resolve(r)?.actorId ?? null);
    if (frame.addressee) pushVia(resolver.outletId(frame.addressee));
    // "X told Reuters A, and said B": the same speaker's next cue in the sentence still speaks to Reuters.
    else if (before?.frame.addressee && !frame.relays.length && sameSpeakers(before.speakers, speakers))
      pushVia(resolver.outletId(before.frame.addressee));
    for (const o of outer) {
      for (const r of o.sources) pushVia(speakerOf.get(o)?.[0]?.actorId ?? resolver.resolve(r)?.actorId ?? null);
      for (const r of o.relays) pushVia(resolver.resolve(r)?.actorId ?? null);
    }

    const c = frame.content;
    // Each part of a quote opens with its own words: "... ," he said. "I am not aware of any meeting."
    let stance = stanceOf(frame.cue, false, tokens, Math.max(0, tokenAt(nlp, c.start)), tokenAt(nlp, c.end - 1) + 1);
    for (const [s, e] of c.parts.slice(1)) {
      if (stance !== 'claims') break;
      stance = stanceOf(frame.cue, false, tokens, Math.max(0, tokenAt(nlp, s)), tokenAt(nlp, e - 1) + 1);
    }
    const text = c.parts.map(([s, e]) => nlp.text.slice(s, e)).join(' ');
    const about = mentionedIn(actors, c.start, c.end);
    const cue = charOf(frame.cueTok);
    for (const sp of speakers) {
      claims.push({
        id: `claim-${claims.length + 1}`,
        speaker: sp.actorId,
        stance,
        text,
        quote: c.quote,
        via: via.filter((v) => v !== sp.actorId),
        about: about.filter((a) => a !== sp.actorId),
        evidence: { cue, source: frame.sourceSpan ? charOf(frame.sourceSpan) : sp.span, content: [c.start, c.end] },
      });
    }
  }
}

/**
 * "..., a provincial spokesman said." then "Daud Ahmadi, the spokesman for the Helmand governor, said"; "..., a
 * regional official said." then "..., said Kiros Berhe, administrator of Tigray's Eastern Zone": the description's
 * claims move to the person it names, who takes its mentions; the anonymous actor goes. A headline's bare
 * "Mongolian lawmaker" is the person its lede's "A Mongolian lawmaker" is.
 */
function nameDescribed(text: string, actors: ActorsDoc, resolver: SpeakerResolver, claims: Claim[]): Actor[] {
  const speakers = new Set(claims.map((c) => c.speaker));
  const named = new Map<string, string>();
  const heads = new Map<string, Set<string>>();
  for (const d of resolver.described.filter((x) => !x.bare)) {
    const id = describedPerson(text, actors.actors, d) ?? namedLater(text, actors.actors, speakers, d);
    if (!id || named.has(d.actorId)) continue;
    named.set(d.actorId, id);
    heads.set(d.head, (heads.get(d.head) ?? new Set()).add(id));
  }
  for (const d of resolver.described.filter((x) => x.bare && !named.has(x.actorId))) {
    const ids = [...(heads.get(d.head) ?? [])];
    if (ids.length === 1) named.set(d.actorId, ids[0]!);
  }
  const gone = new Set<string>();
  for (const [anonId, id] of named) {
    const person = actors.actors.find((a) => a.id === id);
    const anon = resolver.created.find((a) => a.id === anonId);
    if (!person || !anon) continue;
    moveClaims(claims, anon.id, person.id);
    person.mentions = [...person.mentions, ...anon.mentions].sort((a, b) => a[0] - b[0]);
    gone.add(anon.id);
  }
  return resolver.created.filter((a) => !gone.has(a.id));
}

/** The anonymous actor's claims, and its places as a claim's relay or topic, given to the person. */
function moveClaims(claims: Claim[], anon: string, person: string): void {
  const swap = (ids: string[], speaker: string) => [
    ...new Set(ids.map((x) => (x === anon ? person : x)).filter((x) => x !== speaker)),
  ];
  for (const c of claims) {
    if (c.speaker === anon) c.speaker = person;
    c.via = swap(c.via, c.speaker);
    c.about = swap(c.about, c.speaker);
  }
}

const sameSpeakers = (a: Speaker[], b: Speaker[]) =>
  a.length === b.length && a.every((s, i) => s.actorId === b[i]!.actorId);

/**
 * Whether the earlier frame's speaker sits inside the predicate of the participle's clause, after its subject:
 * "Ruto rebuked critics who say C, saying D" gives D to Ruto, not to the critics.
 */
function embedded(nlp: NlpDoc, earlier: Frame, participle: Frame): boolean {
  const own = participle.sources[0];
  const other = earlier.sources[0];
  // Content first ('C, Spicer said, adding D'): the earlier speaker tags the sentence; the participle is his.
  const contentFirst = earlier.content.start < nlp.tokens[earlier.cueTok[0]]!.start;
  return !!own && !!other && !contentFirst && other[0] >= own[1] && earlier.cueTok[0] < participle.cueTok[0];
}

/** Of a source phrase and its appositives, the one holding a proper name ("..., Ambassador James Jeffrey,"). */
function preferNamed(nlp: NlpDoc, src: TokRange, alts: TokRange[]): TokRange {
  const named = (r: TokRange) => nlp.tokens.slice(r[0], r[1]).some((t) => t.pos === 'PROPN');
  const personal = (r: TokRange) => {
    const ts = nlp.tokens.slice(r[0], r[1]);
    return ts.filter((t) => t.pos === 'PROPN').length >= 2 && ts[0]!.pos !== 'DET';
  };
  // "Al Qaeda's Sahel affiliate, JNIM,", "Russia's closest ally, Belarus,": a common noun a name owns is who the
  // appositive names, not the owner.
  if (possessedCommon(nlp, src)) return alts.find(personal) ?? alts.find(named) ?? src;
  if (personal(src)) return src;
  return alts.find(personal) ?? (named(src) ? src : (alts.find(named) ?? src));
}

/** A phrase headed by a lower-case common noun after a possessive: "Al Qaeda's Sahel affiliate", "Hamas's armed wing". */
function possessedCommon(nlp: NlpDoc, r: TokRange): boolean {
  const ts = nlp.tokens.slice(r[0], r[1]);
  const head = ts[ts.length - 1];
  return (
    !!head && head.pos === 'NOUN' && /^\p{Ll}/u.test(head.text) && ts.some((t) => t.text === "'s" || t.text === '’s')
  );
}

/**
 * Quotes nobody is credited with, right after an attributed quote: in the same paragraph they extend
 * that claim ('"A," X said. "B."'); opening the next paragraph they are a new claim by the same speaker.
 */
function addQuoteContinuations(ctx: Ctx, frames: Frame[]): void {
  const { tokens, sentences } = ctx.nlp;
  const { quotes, of } = ctx.qs;
  frames.sort((a, b) => a.cueTok[0] - b.cueTok[0]);
  const covered = (q: number) =>
    frames.some((f) => f.content.start <= quotes[q]!.start && f.content.end >= quotes[q]!.end);
  const added: Frame[] = [];
  let fi = 0;
  let prev: Frame | null = null;
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k]!;
    if (q.prev >= 0) continue;
    while (fi < frames.length && frames[fi]!.cueTok[0] < q.open) prev = frames[fi++]!;
    let last =
      added.length && (!prev || added[added.length - 1]!.content.lastTok > prev.content.lastTok)
        ? added[added.length - 1]!
        : prev;
    // The earlier content must end in a quote: '"A," X said' or 'At private clubs, members pay "because C," X said'.
    const endsInQuote = (f: Frame) => {
      const after = tokens[f.content.lastTok + 1];
      return f.content.quote || (!!after && isQuoteMark(after) && of[f.content.lastTok + 1]! >= 0);
    };
    if (last && !endsInQuote(last)) last = tagFrameAround(tokens, frames, last, endsInQuote) ?? last;
    if (!last || !endsInQuote(last) || last.content.lastTok >= q.open || covered(k)) continue;
    // Only the speech tag may stand between: '"A," X said. "B."', not '"A," X said, referring to Y. "B."'.
    // A relative clause describing the speaker is part of the tag: '"A," said X, who runs Y. "B."'.
    let tagOnly = true;
    let relative = false;
    const inSpeaker = (j: number) => [...last.sources, ...last.alts].some(([s, e]) => j >= s && j < e);
    for (let j = last.content.lastTok + 1; j < q.open; j++) {
      const prevTok = tokens[j - 1]!;
      // "said in a documentary that showed ...": "that" + verb after a noun is relative too.
      const relThat = tokens[j]!.norm === 'that' && prevTok.pos === 'NOUN' && tokens[j + 1]?.pos === 'VERB';
      if (WHO_FORMS.test(tokens[j]!.norm) || (tokens[j]!.norm === 'which' && prevTok.text === ',') || relThat)
        relative = true;
      const verb = tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX';
      // "a spokesman quoted by Reuters": a speech participle after a noun describes the speaker.
      const modifier = ED_ENDING.test(tokens[j]!.norm) && NOUN_POS.test(prevTok.pos) && tokens[j + 1]?.norm === 'by';
      // 'said Sunday on NBC's "Meet the Press."': words of a quoted title in the tag are no verbs of it.
      const quotedName = of[j]! >= 0;
      // Words of the writer's around the tag ('"A," X said, as fighters worked out nearby. "B."') still leave the
      // next quote to X; another speech verb ('..., X said, and Y replied. "B."') may not.
      // "he said when asked about X": a participle adjunct of the tag asks nothing of its own.
      const otherCue =
        !!verbCue(tokens[j]!.norm) && !tokens[j]!.norm.endsWith('ing') && !CLAUSE_OPENERS.test(prevTok.norm);
      if (verb && otherCue && j !== last.cueTok[0] && !relative && !modifier && !inSpeaker(j) && !quotedName)
        tagOnly = false;
    }
    if (!tagOnly && q.block === sentences[tokens[last.content.lastTok]!.sentence]!.block) continue;
    // The quote must open its sentence and its sentence must hold no cue of its own.
    // 'said Rachel Woolard of Jacksonville, Fla. "B."': the splitter may keep a quote after an abbreviation in the
    // tag's sentence; the quote opens a sentence all the same.
    const si = tokens[q.open]!.sentence;
    const before = tokens[q.open - 1];
    const afterAbbrev = !!before && before.sentence === si && LETTER_STOP.test(before.text);
    const opens = sentences[si]!.firstToken === q.open || afterAbbrev;
    if (!opens || frames.some((f) => f.sentence === si && (!afterAbbrev || f.cueTok[0] > q.open))) continue;
    const run = quoteRun(quotes, k);
    const lq = quotes[run.last]!;
    const lastTok = lq.close >= 0 ? lq.close : sentences[tokens[lq.open]!.sentence]!.endToken - 1;
    // Only quotes that fill their sentences: a quote followed by more words belongs to a new statement.
    // The second half of a doubled apostrophe ('') closes the quote too.
    let after = lastTok + 1;
    while (
      after < tokens.length &&
      isQuoteMark(tokens[after]!) &&
      tokens[after]!.sentence === tokens[lastTok]!.sentence
    )
      after++;
    // '"B," which votes in June.': a relative aside on the last words is the writer's, and the quote still ends it.
    // The comma may sit inside the closing mark: '"... through California," which votes in June.'
    const aside =
      (tokens[after]?.text === ',' && /^(which|who|where)$/.test(tokens[after + 1]?.norm ?? '')) ||
      (tokens[lastTok - 1]?.text === ',' &&
        /^(which|who|where)$/.test(tokens[after]?.norm ?? '') &&
        // Only an aside that ends the sentence: in '"Opening Belle," which is out Tuesday, is a novel' the quote
        // is the subject.
        !tokens.slice(after, sentences[tokens[after]!.sentence]!.endToken).some((u) => u.text === ','));
    if (
      after < tokens.length &&
      tokens[after]!.sentence === tokens[lastTok]!.sentence &&
      !/^[.!?]$/.test(tokens[after]!.text) &&
      !aside
    )
      continue;
    const parts: [number, number][] = [];
    for (let j = run.first; j <= run.last; j++) {
      const p = trim(ctx, quotes[j]!.start, quotes[j]!.end);
      if (p) parts.push(p);
    }
    if (!parts.length) continue;
    const lastBlock = sentences[tokens[last.content.lastTok]!.sentence]!.block;
    if (q.block === lastBlock) {
      last.content.parts.push(...parts);
      last.content.end = parts[parts.length - 1]![1];
      last.content.lastTok = lastTok;
    } else if (q.block === lastBlock + 1 && of[q.open] === k) {
      const root = last.continues ?? last;
      // Field by field in makeFrame's order, not a spread copy: all frames keep one hidden class.
      added.push({
        cue: root.cue,
        cueTok: root.cueTok,
        sentence: si,
        sources: root.sources,
        alts: root.alts,
        inherit: root.inherit,
        content: { start: parts[0]![0], end: parts[parts.length - 1]![1], parts, quote: true, lastTok },
        relays: root.relays,
        addressee: root.addressee,
        continues: root,
        sourceSpan: root.sourceSpan,
      });
    }
  }
  if (added.length) {
    frames.push(...added);
    const key = (f: Frame) => (f.continues ? f.content.start : tokens[f.cueTok[0]]!.start);
    frames.sort((a, b) => key(a) - key(b));
  }
}

/**
 * '"A," said X, who said she would march. "B."', '"A," she said, describing how she builds valves. "B."': a frame
 * inside the speech tag (a relative clause or participle on the speaker) leaves the next quote to the tag's own
 * frame, the one before it in the sentence whose quoted content came first.
 */
function tagFrameAround(
  tokens: NlpDoc['tokens'],
  frames: Frame[],
  inner: Frame,
  endsInQuote: (f: Frame) => boolean,
): Frame | null {
  const cue = tokens[inner.cueTok[0]]!;
  const aside = !!inner.sourceSpan || inner.inherit || cue.norm.endsWith('ing');
  if (!aside || inner.continues) return null;
  for (let k = frames.indexOf(inner) - 1; k >= 0; k--) {
    const f = frames[k]!;
    if (f.sentence !== inner.sentence || f.continues) return null;
    const contentFirst = f.content.lastTok < f.cueTok[0];
    if (contentFirst && endsInQuote(f) && inner.content.start > tokens[f.cueTok[0]]!.start) return f;
  }
  return null;
}

/** Index of the token holding character `pos` (or the last token before it); -1 when none. */
function tokenAt(nlp: NlpDoc, pos: number): number {
  const ts = nlp.tokens;
  let lo = 0;
  let hi = ts.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ts[mid]!.start <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** Actor ids mentioned inside a character span, in order of first mention. */
function mentionedIn(actors: ActorsDoc, s: number, e: number): string[] {
  const out: string[] = [];
  const ms = actors.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.start < s) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < ms.length && ms[i]!.start < e; i++)
    if (ms[i]!.end <= e && !out.includes(ms[i]!.actorId)) out.push(ms[i]!.actorId);
  return out;
}
