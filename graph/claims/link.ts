// Before an article is written: its claims against the stored ones. A differently worded claim telling the same
// assertion gets a PARAPHRASES edge; a denial or confirmation answering another speaker's stored claim gets its
// DENIES/CONFIRMS edge on that claim, and a new claim gets the stored denials that answer it. Candidates come from
// the stores' key index (graph/claims/similar.ts claimBands), decisions from graph/claims/decide.ts. The same pair
// gives the same edge whichever article came first. In: an ArticleInput and a GraphStore. Out: RelRecords.
import { type ArticleInput, type RelRecord, SPEECH_TYPES, relKey, unlinkedRecordsOf } from '../model.ts';
import type { GraphStore } from '../store.ts';
import { type Decision, type Origin, type Side, answer, paraphrase } from './decide.ts';
import { lighterHeld } from './figure-retold.ts';
import { pairedAmong, speakerPaired } from './speaker-paired.ts';
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

/** A claim with its side and the articles each of its speakers told it in. */
interface Told {
  id: string;
  side: Side;
  speech: Speech[];
}

/** The named speakers two sides share (decide.ts relation 'same speaker'). */
const sharedSpeakers = (a: Side, b: Side) =>
  new Set(a.origins.map((o) => o.speaker).filter((s) => b.origins.some((o) => o.speaker === s)));

/** Whether `t` was told by one of `speakers` in one of `articles`. */
const toldIn = (t: Told, speakers: Set<string>, articles: Set<unknown>) =>
  t.speech.some((s) => !s.props.answers && speakers.has(s.speaker) && articles.has(s.props.article));

/**
 * One speaker's claim of this article and a stored one of another, each the other's closest among what that speaker
 * says in the two articles (graph/claims/speaker-paired.ts): `own` are this article's claims, `found` the stored
 * candidates (one speaker's claims are candidates of each other: similar.ts speakerKeys).
 */
function pairedBySpeaker(mine: Told, theirs: Told, own: Told[], found: Told[]): Decision | null {
  const speakers = sharedSpeakers(mine.side, theirs.side);
  if (!speakers.size) return null;
  const articlesOf = (t: Told) =>
    new Set(t.speech.filter((s) => !s.props.answers && speakers.has(s.speaker)).map((s) => s.props.article));
  const [here, there] = [articlesOf(mine), articlesOf(theirs)];
  if ([...here].some((a) => there.has(a))) return null;
  const peers = (pool: Told[], self: Told, articles: Set<unknown>) =>
    pool.filter((t) => t.id !== self.id && toldIn(t, speakers, articles)).map((t) => t.side);
  if (!pairedAmong(mine.side, theirs.side, peers(own, mine, here), peers(found, theirs, there))) return null;
  return speakerPaired(mine.side, theirs.side);
}

/** This article's claims as Told, their speech from the article's records. */
function ownClaims(records: ReturnType<typeof unlinkedRecordsOf>): Told[] {
  return records.nodes
    .filter((n) => n.label === 'Claim')
    .map((n) => {
      const speech: Speech[] = records.rels
        .filter((r) => r.target === n.id && isSpeech(r.type))
        .map((r) => ({ type: r.type as Speech['type'], speaker: r.source, props: r.props }));
      const terms = (n.props.terms as string[] | undefined) ?? [];
      return { id: n.id, side: side(String(n.props.text), terms, speech), speech };
    });
}

export async function linkClaims(input: ArticleInput, store: Pick<GraphStore, 'findClaims'>): Promise<RelRecord[]> {
  const records = unlinkedRecordsOf(input);
  const out = new Map<string, RelRecord>();
  const push = (r: RelRecord) => void (out.has(r.key) || out.set(r.key, r));
  const own = ownClaims(records);
  for (const node of records.nodes) {
    if (node.label !== 'Claim') continue;
    const id = node.id;
    const terms = (node.props.terms as string[] | undefined) ?? [];
    const keys = claimBands(terms);
    if (!keys.length) continue;
    const told = own.find((t) => t.id === id)!;
    const [mine, mineSpeech] = [told.side, told.speech];
    const stored = await store.findClaims(keys);
    const found: Told[] = stored.map((c) => ({ id: c.id, side: candidateSide(c), speech: c.speech }));
    for (const [k, c] of stored.entries()) {
      if (c.id === id) continue;
      const theirs = found[k]!.side;
      // A candidate only the speaker key found shares no band or pair key: little of its words. It is the same claim
      // only where the shorter telling says nothing the longer does not, or where each is the other's closest among
      // the speaker's claims of the two articles; it answers nothing (a speaker's own claims).
      const keyed = contentKeyed(keys, claimBands(claimKeyInput({ text: c.text, terms: c.terms })));
      const p =
        (keyed || lighterHeld(mine, theirs) ? paraphrase(mine, theirs) : null) ??
        pairedBySpeaker(told, found[k]!, own, found);
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
