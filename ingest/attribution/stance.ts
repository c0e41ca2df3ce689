// Stance of an attribution: claims, denies (denial verbs, disclaimed knowledge) or confirms.
// In: the cue, whether it was negated, and the content tokens. Out: a Stance.
import type { Stance } from '../../graph/schema.ts';
import type { Token } from '../types.ts';
import type { CueInfo } from './cues.ts';
import { NEG } from './np.ts';

const KNOW = new Set(['aware', 'know', 'knew', 'known', 'knowing']);
const NO_KNOWLEDGE = new Set(['knowledge', 'information', 'idea', 'record', 'recollection']);

/** True when the content opens by disclaiming knowledge: "not aware of", "unaware of", "no knowledge of". */
export function disclaimsKnowledge(tokens: Token[], s: number, e: number): boolean {
  // Only the head of the content counts: a disclaimer deep inside a long clause belongs to someone else.
  const stop = Math.min(e, s + 14);
  for (let i = s; i < stop; i++) {
    const t = tokens[i]!;
    if (t.norm === 'unaware') return true;
    if (KNOW.has(t.norm)) {
      for (let j = Math.max(s, i - 3); j < i; j++) if (NEG.has(tokens[j]!.norm)) return true;
    }
    if (NO_KNOWLEDGE.has(t.norm) && i > s && tokens[i - 1]!.norm === 'no') return true;
    if (t.norm === 'nothing' && i > s && KNOW.has(tokens[i - 1]!.norm)) return true;
  }
  return false;
}

const REPORT_NOUNS = new Set(
  'report reports accusation accusations allegation allegations claim claims charge charges story stories rumour rumours rumor rumors assertion assertions statement account reporting suggestion suggestions figure figures number numbers toll tally'.split(
    ' ',
  ),
);
const UNTRUE = new Set(
  'untrue false baseless unfounded groundless fabricated fake lies lie incorrect inaccurate nonsense fiction fabrication fabrications misleading wrong absurd ridiculous preposterous slanderous political propaganda slander defamatory unsubstantiated disinformation rubbish ludicrous exaggerated inflated'.split(
    ' ',
  ),
);
const BE = new Set(['is', 'was', 'were', 'are', 'been', 'be', "'s", '’s']);
const DEGREE = new Set([
  'completely',
  'entirely',
  'totally',
  'simply',
  'utterly',
  'absolutely',
  'categorically',
  'wholly',
  'also',
  'a',
  'an',
  'pure',
  'outright',
]);

/**
 * True when the content itself rejects a report: "the report was untrue", "the accusations were completely
 * false", "the claims are not true". Only the content's own subject counts, within its first words.
 */
export function contentDenies(tokens: Token[], s: number, e: number): boolean {
  const stop = Math.min(e, s + 12);
  let sawReport = false;
  for (let i = s; i < stop; i++) {
    const t = tokens[i]!;
    if (REPORT_NOUNS.has(t.norm)) sawReport = true;
    if (!BE.has(t.norm) || t.pos === 'VERB') continue;
    if (!sawReport) return false;
    let j = i + 1;
    // 'the claims were "lies"': a quote mark around the verdict changes nothing.
    while (j < e && (DEGREE.has(tokens[j]!.norm) || /^["“”]$/.test(tokens[j]!.text))) j++;
    const w = tokens[j]?.norm ?? '';
    // "the charges are politically motivated": the motive is the verdict.
    if (UNTRUE.has(w) || (w === 'politically' && tokens[j + 1]?.norm === 'motivated')) return true;
    // "the number they are giving is propaganda": a verb after the auxiliary is a clause on the report, read on.
    if (tokens[j]?.pos === 'VERB' || /[a-z]ing$/.test(w)) continue;
    return NEG.has(w) && /^(true|accurate|correct|based)$/.test(tokens[j + 1]?.norm ?? '');
  }
  return false;
}

/** The stance of one attribution. A negated denial or confirmation is a plain claim. */
export function stanceOf(cue: CueInfo, negated: boolean, tokens: Token[], s: number, e: number): Stance {
  if (cue.stance !== 'claims') return negated ? 'claims' : cue.stance;
  if (negated) return 'claims';
  return disclaimsKnowledge(tokens, s, e) || contentDenies(tokens, s, e) || calledUntrue(cue, tokens, s, e)
    ? 'denies'
    : 'claims';
}

/** 'calling the junta's accusations "false"', "described the reports as baseless": a report called untrue. */
function calledUntrue(cue: CueInfo, tokens: Token[], s: number, e: number): boolean {
  if (!/^(call|describe|brand|label|dismiss)$/.test(cue.lemma)) return false;
  let report = false;
  // 'calling the accusations "absurd"': the quoted verdict alone is the content; the object is right before it.
  for (let i = s - 1; i >= Math.max(0, s - 6) && tokens[i]!.pos !== 'VERB' && tokens[i]!.text !== ','; i--)
    if (REPORT_NOUNS.has(tokens[i]!.norm)) report = true;
  for (let i = s; i < e; i++) {
    const t = tokens[i]!;
    if (REPORT_NOUNS.has(t.norm)) report = true;
    else if (report && UNTRUE.has(t.norm)) return true;
  }
  return verdictFirst(tokens, s, e);
}

/**
 * 'described as "absolutely false" the claims of Baku that ...', "dismissed as baseless reports that ...": the verdict
 * between the cue and a content that opens with the report it judges.
 */
function verdictFirst(tokens: Token[], s: number, e: number): boolean {
  let opens = false;
  for (let i = s; i < Math.min(e, s + 3); i++) if (REPORT_NOUNS.has(tokens[i]!.norm)) opens = true;
  if (!opens) return false;
  for (let i = s - 1; i >= Math.max(0, s - 6) && tokens[i]!.pos !== 'VERB'; i--) {
    if (tokens[i]!.norm !== 'as') continue;
    let j = i + 1;
    while (j < s && (DEGREE.has(tokens[j]!.norm) || /^["“”]$/.test(tokens[j]!.text))) j++;
    return j < s && UNTRUE.has(tokens[j]!.norm);
  }
  return false;
}
