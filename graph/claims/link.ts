// Before an article is written: its claims against the stored ones. A differently worded claim sharing most of
// its content gets a PARAPHRASES edge; a denial or confirmation that points at a report ("the reported
// meeting") gets its DENIES/CONFIRMS edge on another speaker's stored claim it matches, and a new claim gets
// the stored denials that answer it. The same pair gives the same edge whichever article came first.
// In: an ArticleInput and a GraphStore. Out: RelRecords for CrossArticleLinks.rels.
import { type ArticleInput, type RelRecord, SPEECH_TYPES, relKey, toGraphRecords } from '../model.ts';
import type { GraphStore } from '../store.ts';
import {
  type ClaimCandidate,
  PARAPHRASE,
  type PairScore,
  answerFits,
  claimBands,
  refersToReport,
  round2,
  scorePair,
} from './similar.ts';

type Speech = ClaimCandidate['speech'][number];
const isSpeech = (t: string): t is Speech['type'] => (SPEECH_TYPES as readonly string[]).includes(t);

/** What a claim's own speakers assert of it: 'pos' (claims, confirms), 'neg' (denies); answers do not count. */
function polarity(speech: Speech[]): Set<string> {
  const out = new Set<string>();
  for (const s of speech) if (!s.props.answers) out.add(s.type === 'DENIES' ? 'neg' : 'pos');
  return out;
}

const evidence = (p: Record<string, unknown>) => ({
  article: p.article,
  start: p.start,
  end: p.end,
  sentence: p.sentence,
});
const reasonOf = (s: PairScore, what: string) =>
  `${what}: ${s.shared} content stems shared (jaccard ${round2(s.jaccard)}, containment ${round2(s.containment)})`;

/** A denial `d` (own claim `dText`) answering the claim `target`: its speech edge, copied onto the target. */
function answerRel(d: Speech, dText: string, target: string, s: PairScore): RelRecord {
  const p = d.props as RelRecord['props'];
  return {
    key: relKey(d.type, d.speaker, target, String(p.article), [Number(p.start), Number(p.end)]),
    type: d.type,
    source: d.speaker,
    target,
    props: {
      ...p,
      said: dText,
      answers: 'across articles',
      score: round2(s.containment),
      reason: reasonOf(s, 'answers a claim of another article'),
    },
  };
}

/** Whether `d` answers a claim whose own speakers are `claimers`: a reference denial by someone else. */
const answers = (d: Speech, dText: string, claimers: Speech[]) =>
  d.type !== 'CLAIMS' &&
  !d.props.answers &&
  refersToReport(dText) &&
  claimers.some((c) => c.type === 'CLAIMS' && !c.props.answers && c.speaker !== d.speaker);

export async function linkClaims(input: ArticleInput, store: Pick<GraphStore, 'findClaims'>): Promise<RelRecord[]> {
  const records = toGraphRecords({ ...input, links: { ...input.links, rels: [] } });
  const out = new Map<string, RelRecord>();
  const push = (r: RelRecord) => void (out.has(r.key) || out.set(r.key, r));
  const claims = new Map(records.nodes.filter((n) => n.label === 'Claim').map((n) => [n.id, String(n.props.text)]));
  for (const [id, text] of claims) {
    const bands = claimBands(text);
    if (!bands.length) continue;
    const mine: Speech[] = records.rels
      .filter((r) => r.target === id && isSpeech(r.type))
      .map((r) => ({ type: r.type as Speech['type'], speaker: r.source, props: r.props }));
    for (const c of await store.findClaims(bands)) {
      if (c.id === id) continue;
      const s = scorePair(text, c.text);
      const mineP = polarity(mine);
      if (
        s.shared >= PARAPHRASE.shared &&
        s.jaccard >= PARAPHRASE.jaccard &&
        [...polarity(c.speech)].some((x) => mineP.has(x))
      ) {
        const [a, b] = id < c.id ? [id, c.id] : [c.id, id];
        push({
          key: relKey('PARAPHRASES', a, b, '', [0, 0]),
          type: 'PARAPHRASES',
          source: a,
          target: b,
          props: {
            score: round2(s.jaccard),
            reason: reasonOf(s, 'paraphrase'),
            ...evidence(mine[0]?.props ?? {}),
          } as RelRecord['props'],
        });
      }
      for (const d of mine) {
        const fit = answers(d, text, c.speech) && answerFits(text, c.text);
        if (fit) push(answerRel(d, text, c.id, fit));
      }
      for (const d of c.speech) {
        const fit = answers(d, c.text, mine) && answerFits(c.text, text);
        if (fit) push(answerRel(d, c.text, id, fit));
      }
    }
  }
  return [...out.values()];
}
