// Who a clause is about: the subject of a sentence's main clause, coordinated speakers, a subject with an aside
// before its cue, and the causer's object ("prompted X to say"). In: tokens, a sentence. Out: token ranges.
import type { Token } from '../types.ts';
import { type Ctx, datelineEnd } from './content.ts';
import { verbCue } from './cues.ts';
import { leftNP, tailAt, TIME_NOUNS } from './frame-base.ts';
import { appositiveChain, isModifierVerb, named, rightNP, skipLeftAux, subjectRegion, type TokRange } from './np.ts';
import { ANON_HEADS, GENERIC_BODIES, ORG_WORDS, PERSON_NOUNS, ROLE_NOUNS, TITLES } from './speaker-words.ts';

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
export function coordinated(tokens: Token[], r: TokRange, first: number): TokRange[] {
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
  if (parts.length === 2 && parts.every(common)) return speakingParts(tokens, parts);
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

const PEOPLE_ENDING = /(?:ant|ent|er|or|ist|ian|ive|ee)$/;
const SPEAKER_HEADS = [ANON_HEADS, PERSON_NOUNS, ROLE_NOUNS, TITLES, ORG_WORDS, GENERIC_BODIES];

/** Whether a lower-case head (plural or singular) is a word for people or a body: "unions", "residents". */
function speakerHead(t: Token): boolean {
  const w = t.norm;
  const one = w.replace(/ies$/, 'y').replace(/s$/, '');
  // "entertainers", "operatives", "traders": a word for people by its ending.
  return /^\p{Lu}/u.test(t.text) || PEOPLE_ENDING.test(one) || SPEAKER_HEADS.some((l) => l.has(w) || l.has(one));
}

/**
 * "state officials angry about unfunded mandates and powerful teachers unions who said": of two bare plurals after a
 * preposition, one a word for people or a body and the other none, only that one speaks ("Police and witnesses",
 * "lobbyists and former foes" opening a clause both do).
 */
function speakingParts(tokens: Token[], parts: TokRange[]): TokRange[] {
  // Only where the pair is a preposition's object ("angry about A and B"); a pair opening a clause both speak.
  if (tokens[parts[0]![0] - 1]?.pos !== 'ADP') return parts;
  const known = parts.map((p) => tokens[p[0]]!.pos === 'DET' || speakerHead(tokens[p[1] - 1]!));
  return known[0] !== known[1] ? parts.filter((_, i) => known[i]) : parts;
}

/** Verbs whose object then does what the infinitive says: "prompted X to declare", "led X to say". */
const CAUSES = new Set(
  'prompt prompts prompted prompting lead leads led leading drive drives drove driving spur spurs spurred cause causes caused force forces forced'.split(
    ' ',
  ),
);

/** The object before "to <cue>" at i when a verb of CAUSES governs it: "prompted Anderson Cooper to accuse". */
export function objectController(tokens: Token[], i: number, first: number): TokRange | null {
  if (tokens[i - 1]?.norm !== 'to' || i - 2 < first) return null;
  const np = leftNP(tokens, i - 2, first);
  if (!np || !CAUSES.has(tokens[np[0] - 1]?.norm ?? '') || np[0] - 1 < first) return null;
  return np;
}

/** Person and group nouns: "residents", "a group of farmers", "Amnesty International", "the ministry". */
const PERSONISH =
  /(ers|ors|ists|ians|ants|ents|ates|ees|men|women|people|children|crowds?|groups?|teams?|party|parties|unions?)$/;

export function speakerLike(tokens: Token[], np: TokRange): boolean {
  const words = tokens.slice(np[0], np[1]);
  // "with 50 percent saying C", "three in 10 saying C": a share of people speaks.
  if (words.some((t, k) => t.norm === 'percent' || (t.norm === 'in' && words[k + 1]?.pos === 'NUM'))) return true;
  return words.some(
    (t) => t.pos === 'PROPN' || ANON_HEADS.has(t.norm) || ORG_WORDS.has(t.norm) || PERSONISH.test(t.norm),
  );
}

/** The first token of a sentence's clause: after a wire dateline and leading conjunctions. */
export function opening(tokens: Token[], first: number): number {
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
export function asideSubject(ctx: Ctx, L: number, first: number): TokRange | null {
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

/**
 * "Michael Green, associate professor of history at X, said places such as Y ...": the words before the comma
 * are the subject with its appositives, opening the sentence, so the phrase after the cue is content, not an
 * inverted speaker.
 */
export function subjectBeforeComma(ctx: Ctx, L: number, first: number): boolean {
  const { tokens } = ctx.nlp;
  if (L - 1 < first || tokens[L]?.text !== ',' || ctx.qs.of[L - 1]! >= 0) return false;
  const chain = appositiveChain(tokens, L - 1, first);
  if (chain.length > 0 && chain[0]![0] === first && named(tokens, chain[0]!)) return true;
  const aside = chain.length ? null : asideSubject(ctx, L, first);
  return !!aside && aside[0] === first && named(tokens, aside);
}

/** '"C," said a Mexican official who was not authorized to speak.': a relative clause on the speaker to the end. */
export function relativeToEnd(ctx: Ctx, j: number, end: number): boolean {
  const { tokens } = ctx.nlp;
  if (!/^(who|whose)$/.test(tokens[j]?.norm ?? '')) return false;
  for (let k = j + 1; k < end; k++)
    if (ctx.qs.of[k]! >= 0 || (verbCue(tokens[k]!.norm) && !askedNotTo(ctx, k))) return false;
  return true;
}

/** "who asked not to be identified": a cue verb that only asks for anonymity reports nothing. */
function askedNotTo(ctx: Ctx, k: number): boolean {
  const next = (i: number) => ctx.nlp.tokens[k + i]?.norm;
  return next(1) === 'not' && next(2) === 'to';
}

/** '"C," said X in a televised speech.': a prepositional phrase without a verb runs to the clause end. */
export function adjunctToEnd(ctx: Ctx, j: number, end: number): boolean {
  const { tokens } = ctx.nlp;
  if (tokens[j]?.pos !== 'ADP' || tokens[j]!.norm === 'that' || tokens[j]!.norm === 'as') return false;
  // A participle after a determiner or adjective is one too ("a televised speech", "an emailed statement"); a
  // relative clause on the speaker may follow it ("said a councillor from Reisbach who did not want to be named").
  for (let k = j + 1; k < end && !tailAt(ctx, k, end); k++) {
    if (relativeToEnd(ctx, k, end)) return true;
    if (/^(VERB|AUX)$/.test(tokens[k]!.pos) && !/^(DET|ADJ)$/.test(tokens[k - 1]!.pos)) return false;
  }
  return true;
}
