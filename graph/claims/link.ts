// Before an article is written: its claims against the stored ones. A differently worded claim telling the same
// assertion gets a PARAPHRASES edge; a denial or confirmation answering another speaker's stored claim gets its
// DENIES/CONFIRMS edge on that claim, and a new claim gets the stored denials that answer it. Candidates come from
// the stores' key index (graph/claims/similar.ts claimBands), decisions from graph/claims/decide.ts. The same pair
// gives the same edge whichever article came first. In: an ArticleInput and a GraphStore. Out: RelRecords.
import { type ArticleInput, type RelRecord, SPEECH_TYPES, relKey, unlinkedRecordsOf } from '../model.ts';
import type { GraphStore } from '../store.ts';
import { type Decision, type Origin, type Side, answer, paraphrase } from './decide.ts';
import { lighterHeld } from './figure-retold.ts';
import { speakerPaired } from './speaker-paired.ts';
import { type ClaimCandidate, NEGATED, claimBands, claimKeyInput, contentKeyed } from './similar.ts';
import { claimTerms } from './terms.ts';

type Speech = ClaimCandidate['speech'][number];
const isSpeech = (t: string): t is Speech['type'] => (SPEECH_TYPES as readonly string[]).includes(t);
const str = (v: unknown) => (typeof v === 'string' ? v : null);

function origin(s: Speech): Origin {
  const p = s.props;
  return {
    type: s.type,
    speaker: s.speaker,
    affiliation: str(p.affiliation),
    via: Array.isArray(p.via) ? p.via.map(String) : [],
    outlet: str(p.outlet),
    publishedAt: str(p.publishedAt),
  };
}

/** A claim as the decisions see it: its terms (from its text for a claim stored before terms) and own speech. */
function side(text: string, terms: string[] | undefined, speech: Speech[]): Side {
  return {
    text,
    terms: terms?.length ? terms : claimTerms({ text, actors: [] }),
    origins: speech.filter((s) => !s.props.answers).map(origin),
  };
}

/** A stored candidate's side, once per candidate object (a store hands out the same object while it is unchanged). */
const sides = new WeakMap<ClaimCandidate, Side>();
function candidateSide(c: ClaimCandidate): Side {
  let s = sides.get(c);
  if (!s) sides.set(c, (s = side(c.text, c.terms, c.speech)));
  return s;
}

const evidence = (p: Record<string, unknown>) => ({
  article: p.article,
  start: p.start,
  end: p.end,
  sentence: p.sentence,
});

/** A denial `d` (own claim `dText`) answering the claim `target`: its speech edge, copied onto the target. */
function answerRel(d: Speech, dText: string, target: string, decision: Decision): RelRecord {
  const p = d.props as RelRecord['props'];
  return {
    key: relKey(d.type, d.speaker, target, String(p.article), [Number(p.start), Number(p.end)]),
    type: d.type,
    source: d.speaker,
    target,
    props: { ...p, said: dText, answers: 'across articles', score: decision.score, reason: decision.reason },
  };
}

/**
 * The answer edges the denials and confirmations of `from` give on the claim `to`, when they answer it. A claim whose
 * own content is negated ("The PMR has not taken a single cubic metre of gas in excess of the agreed volumes") answers
 * as a denial: its edge on `to` is DENIES, its own claim stays as it is.
 */
function answerRels(from: Side, fromSpeech: Speech[], to: Side, toId: string): RelRecord[] {
  const out: RelRecord[] = [];
  for (const d of fromSpeech) {
    if (d.props.answers || (d.type === 'CLAIMS' && !from.terms.includes(NEGATED))) continue;
    const decision = answer({ ...from, origins: [origin(d)], denier: origin(d) }, to);
    if (decision) out.push(answerRel(d.type === 'CLAIMS' ? { ...d, type: 'DENIES' } : d, from.text, toId, decision));
  }
  return out;
}

/** The band key sets linkClaims looks candidates up by, one per claim of the article (its incidents linked). */
export function claimLookups(input: ArticleInput): string[][] {
  const records = unlinkedRecordsOf(input);
  return records.nodes
    .filter((n) => n.label === 'Claim')
    .map((n) => claimBands((n.props.terms as string[] | undefined) ?? []))
    .filter((keys) => keys.length);
}

/** The articles a claim's own speech (answers of other claims excluded) was told in. */
const articlesOf = (speech: Speech[]) => new Set(speech.filter((s) => !s.props.answers).map((s) => s.props.article));

/**
 * One speaker's claim told in two articles (graph/claims/speaker-paired.ts): decided on the two claims alone, and only
 * where no article told both (one article's two statements by one speaker are two statements).
 */
function toldApart(mineSpeech: Speech[], theirSpeech: Speech[]): boolean {
  const here = articlesOf(mineSpeech);
  return ![...articlesOf(theirSpeech)].some((a) => here.has(a));
}

export async function linkClaims(input: ArticleInput, store: Pick<GraphStore, 'findClaims'>): Promise<RelRecord[]> {
  const records = unlinkedRecordsOf(input);
  const out = new Map<string, RelRecord>();
  const push = (r: RelRecord) => void (out.has(r.key) || out.set(r.key, r));
  for (const node of records.nodes) {
    if (node.label !== 'Claim') continue;
    const id = node.id;
    const terms = (node.props.terms as string[] | undefined) ?? [];
    const keys = claimBands(terms);
    if (!keys.length) continue;
    const mineSpeech: Speech[] = records.rels
      .filter((r) => r.target === id && isSpeech(r.type))
      .map((r) => ({ type: r.type as Speech['type'], speaker: r.source, props: r.props }));
    const mine = side(String(node.props.text), terms, mineSpeech);
    for (const c of await store.findClaims(keys)) {
      if (c.id === id) continue;
      const theirs = candidateSide(c);
      // A candidate only the speaker key found shares no band or pair key: little of its words. It is the same claim
      // only where the shorter telling says nothing the longer does not, or where it is the speaker's claim retold
      // in near words (speakerPaired); it answers nothing (a speaker's own claims).
      const keyed = contentKeyed(keys, claimBands(claimKeyInput({ text: c.text, terms: c.terms })));
      const p =
        (keyed || lighterHeld(mine, theirs) ? paraphrase(mine, theirs) : null) ??
        (toldApart(mineSpeech, c.speech) ? speakerPaired(mine, theirs) : null);
      if (p) {
        const [a, b] = id < c.id ? [id, c.id] : [c.id, id];
        push({
          key: relKey('PARAPHRASES', a, b, '', [0, 0]),
          type: 'PARAPHRASES',
          source: a,
          target: b,
          props: { score: p.score, reason: p.reason, ...evidence(mineSpeech[0]?.props ?? {}) } as RelRecord['props'],
        });
      }
      if (!keyed) continue;
      for (const r of answerRels(mine, mineSpeech, theirs, c.id)) push(r);
      for (const r of answerRels(theirs, c.speech, mine, id)) push(r);
    }
  }
  return [...out.values()];
}
