// Cues whose speaker is not their subject: "X quoted Y as saying C" and "Y was quoted (by X) as saying C" (Y
// speaks, X relays), "Y was asked by X whether C" (X asks Y), and the plain passive "The report was confirmed by a
// senior official" (the agent confirms the subject). In: a VerbSite. Out: a Reading (see site.ts).
import { issuedBy } from '../citing.ts';
import type { Content } from '../content.ts';
import { rightContent } from '../content.ts';
import { verbCue } from '../cues.ts';
import { chars, type Frame, makeFrame } from '../frame-base.ts';
import { rightNP, subjectRegion, type TokRange } from '../np.ts';
import { isProgressive } from './participle.ts';
import type { Reading, VerbSite } from './site.ts';

/** "X quoted Y as saying C": Y speaks, X relays. */
export function quotedAsSaying(s: VerbSite): Reading {
  const { ctx, tokens, R, L, end, first } = s;
  if (s.cue.lemma !== 'quote' || s.cited) return undefined;
  const np = rightNP(tokens, R, end);
  if (!np || tokens[np[1]]?.norm !== 'as' || !verbCue(tokens[np[1] + 1]?.norm ?? '')) return undefined;
  const content = rightContent(ctx, np[1] + 2, end);
  const subj = L >= first ? subjectRegion(tokens, L, first) : null;
  if (!content || !subj) return null;
  const f = makeFrame(s.cue, s.cueTok, s.si, content, ctx);
  f.sources = [np];
  f.relays = [subj];
  return f;
}

export function passiveFrame(s: VerbSite): Reading {
  if (!s.left.passive || isProgressive(s)) return undefined;
  // Only "by" right after the cue: in "was asked about the attack by a gunman who ..." the agent is the attack's.
  if (s.cue.lemma === 'ask' && s.R === s.cueTok[1] && s.tokens[s.R]?.norm === 'by') return askedBy(s);
  if (s.cue.lemma === 'quote' || /^(quoted|cited)$/.test(s.tokens[s.i]!.norm)) return quotedPassive(s);
  return byAgent(s);
}

/** "Y was quoted (by Z) as saying C": Y speaks, Z relays. */
function quotedPassive(s: VerbSite): Frame | null {
  const { ctx, tokens, R, L, end, first } = s;
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
  const f = makeFrame(s.cue, s.cueTok, s.si, content, ctx);
  f.sources = [subj];
  if (by) f.relays = [by];
  return f;
}

/** "Ruiz was asked by host Tom Bell whether C": the agent asks; the subject is whom the question was put to. */
function askedBy(s: VerbSite): Frame | null {
  const { ctx, tokens, R, L, end, first } = s;
  const np = rightNP(tokens, R + 1, end);
  const subj = L >= first ? subjectRegion(tokens, L, first) : null;
  const content = np && rightContent(ctx, np[1], end);
  if (!np || !subj || !content) return null;
  const f = makeFrame(s.cue, s.cueTok, s.si, content, ctx);
  f.sources = [np];
  f.addressee = subj;
  return f;
}

/** "The report was confirmed by a senior official.": the agent speaks; the subject is what it says. */
function byAgent(s: VerbSite): Frame | null {
  const { ctx, tokens, R, L, end, first } = s;
  if (tokens[R]?.norm !== 'by') return null;
  const np = rightNP(tokens, R + 1, end);
  const subj = L >= first ? subjectRegion(tokens, L, first) : null;
  if (!np || !subj) return null;
  const [cs, ce] = chars(tokens, subj);
  const content: Content = { start: cs, end: ce, parts: [[cs, ce]], quote: false, lastTok: subj[1] - 1 };
  const f = makeFrame(s.cue, s.cueTok, s.si, content, ctx);
  // "was confirmed by a bulletin issued by the interior ministry": the bulletin's author confirms.
  f.sources = [issuedBy(tokens, np[1], end) ?? np];
  return f;
}
