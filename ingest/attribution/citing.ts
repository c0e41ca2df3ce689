// "citing X" and "quoting X as saying": X as a voice the clause's subject relays, or as the reason it gives.
import type { Token } from '../types.ts';
import { clauseSubject } from './clause-subject.ts';
import { type Ctx, rightContent } from './content.ts';
import { verbCue } from './cues.ts';
import { type Frame, makeFrame } from './frame-base.ts';
import { rightNP, type TokRange } from './np.ts';
import { titleEntry } from '../gazetteer/index.ts';
import { ANON_HEADS, ORG_WORDS } from './speaker-words.ts';

/**
 * Whether "citing NP" names someone who said it (a name, a pronoun, "sources", "the health ministry") rather than
 * a reason or a document nobody is said to speak through ("citing the deal", "citing rising costs", "citing
 * intelligence reports"): then the clause's subject stays the speaker.
 */
export function citesAVoice(tokens: Token[], np: TokRange): boolean {
  for (let k = np[0]; k < np[1]; k++) {
    const t = tokens[k]!;
    // "citing Trump's blue-collar appeal", "citing his Iowa results": an owner or a name modifying a noun is
    // no voice; the thing cited is.
    const owner = /^['’]s?$/.test(tokens[k + 1]?.text ?? '') || /^(his|her|its|their|our|my|your)$/.test(t.norm);
    const modifier = t.pos === 'PROPN' && k + 1 < np[1] && tokens[k + 1]!.pos === 'NOUN';
    if (owner || modifier) continue;
    if (t.pos === 'PROPN' || t.pos === 'PRON' || ANON_HEADS.has(t.norm) || ORG_WORDS.has(t.norm)) return true;
    // "citing the regional governor": a title names a person; "citing a statement by its media wing": its author.
    if (t.pos === 'NOUN' && !!titleEntry(t.norm)) return true;
    if (AUTHORED.has(t.norm) && /^(by|from)$/.test(tokens[k + 1]?.norm ?? '') && k + 2 < np[1]) return true;
  }
  return false;
}

/** Documents whose author "by X" / "from X" is the voice cited. */
const AUTHORED = new Set(['statement', 'statements', 'release', 'communique', 'bulletin', 'message', 'post']);

/** Participles naming who put a document out: "a communique issued by the ministry", "figures released by X". */
const ISSUED = new Set(['issued', 'released', 'published', 'signed', 'posted', 'circulated']);

/**
 * The author named right after a document at k: "issued by the Ministry of Defence" → the ministry's noun phrase.
 * Null when none is named there.
 */
export function issuedBy(tokens: Token[], k: number, end: number): TokRange | null {
  if (!ISSUED.has(tokens[k]?.norm ?? '') || tokens[k + 1]?.norm !== 'by') return null;
  return rightNP(tokens, k + 2, end);
}

/** "a statement" → "a statement by its media wing": a cited document's noun phrase takes its author along. */
export function withAuthor(tokens: Token[], np: TokRange, end: number): TokRange {
  if (!AUTHORED.has(tokens[np[1] - 1]!.norm) || !/^(by|from)$/.test(tokens[np[1]]?.norm ?? '')) return np;
  const by = rightNP(tokens, np[1] + 1, end);
  return by ? [np[0], by[1]] : np;
}

/** "X reported C, quoting Y as saying D": a frame for D with source Y and relay X (the clause subject). */
export function quotingFrame(ctx: Ctx, i: number, si: number): Frame | null {
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
 * reason the clause's subject gives, also after its speech ('"C," X said, citing low growth'). Not when what is
 * cited is a voice ("citing officials", "citing Reuters"): that relays a speaker.
 */
export function citingFrame(ctx: Ctx, i: number, si: number, earlier: Frame[]): Frame | null {
  const { tokens, sentences } = ctx.nlp;
  const { firstToken: first, endToken: end } = sentences[si]!;
  if (tokens[i]!.norm !== 'citing' || i <= first + 1 || !/^[,—–]$/.test(tokens[i - 1]!.text)) return null;
  // After a speech frame the cited reason is the speaker's too ('"C," McCain said, citing low growth'), unless
  // that frame already took what is cited as its relayed source.
  if (earlier.some((f) => f.sentence === si && f.relays.length && f.cueTok[0] < i)) return null;
  const found = rightNP(tokens, i + 1, end);
  if (!found) return null;
  const np = withAuthor(tokens, found, end);
  if (np !== found) return null; // a document with its author is a voice, which the speech frame relays
  const head = tokens[np[1] - 1]!;
  if (head.pos === 'PROPN' || head.pos === 'PRON' || ANON_HEADS.has(head.norm) || ORG_WORDS.has(head.norm)) return null;
  const content = rightContent(ctx, i + 1, end);
  // 'C, the ministry said, citing preliminary data': the reason is the speaker's, not the subject of C's.
  const speech = earlier.find((f) => f.sentence === si && f.cueTok[0] < i && f.sources.length);
  const subj = speech ? [speech.sources[0]!] : clauseSubject(ctx, si, i - 1);
  // Only a reason that ends the sentence: in "X, citing Y, endorsed Z" the citation is an aside of the subject.
  if (!content || !subj || tokens.slice(content.lastTok + 1, end).some((t) => t.pos !== 'PUNCT')) return null;
  if (tokens.slice(subj[0]![0], subj[0]![1]).some((t) => /^(who|whose|which)$/.test(t.norm))) return null;
  const f = makeFrame({ lemma: 'cite', stance: 'claims' }, [i, i + 1], si, content);
  f.sources = [subj[0]!];
  f.alts = subj.slice(1);
  return f;
}
