// A bare denial and the words that carry it are one speech act: "X rejected the accusation. 'This is a lie,' he
// said", "Y rejected the claim, saying no leader had supplied weapons". In: the article's claims after linkAnswers (the bare denial answers the accusation)
// and the text their offsets index. Out: the statement as the denial of what the bare one answered, the bare one
// dropped, and which dropped claim went into which statement. Pure.
import type { Claim } from '../../graph/schema.ts';
import { isBareReference, referenceText } from './reference.ts';
import { sharedCount, stems } from './stems.ts';

/**
 * Between a bare denial and its statement in one sentence: ", saying", ", insisting that". Not " and said": "Quito
 * denied the accusation and said its soldiers had acted in self-defence" makes a second assertion of its own.
 */
const SAME_SENTENCE = /^[^.!?;"“”]{0,40}?,\s*(?:saying|adding|insisting|stressing|arguing)\s+(?:that\s+)?["“]?$/i;

/**
 * Between a bare denial and a quotation opening the next sentence: the rest of the denial's sentence, its full stop,
 * and at most a short lead-in ending in a colon ('She told AFP: "…'). The quote's own attribution ("he said") is
 * what made it the same speaker's.
 */
const NEXT_QUOTE = /^[^.!?"“”]{0,40}[.!?]\s+(?:[^.!?"“”]{0,40}:\s*)?["“]$/;

function carries(denial: Claim, statement: Claim, text: string): boolean {
  const gap = text.slice(denial.evidence.content[1], statement.evidence.content[0]);
  return SAME_SENTENCE.test(gap) || (statement.quote && NEXT_QUOTE.test(gap));
}

/** The first claim after `denial` that carries it: same speaker, a plain claim, right after it. */
function statementOf(denial: Claim, claims: Claim[], text: string): Claim | null {
  const after = claims
    .filter(
      (c) =>
        c !== denial &&
        c.speaker === denial.speaker &&
        c.stance === 'claims' &&
        !c.answers &&
        c.evidence.content[0] >= denial.evidence.content[1],
    )
    .sort((a, b) => a.evidence.content[0] - b.evidence.content[0]);
  const next = after[0];
  return next && carries(denial, next, text) ? next : null;
}

/**
 * What the statement shows the denial answers: the bare denial took the nearest claim before it, but "rejected the
 * claim, saying no leader had supplied weapons" answers the claim about weapons told two sentences earlier, not
 * "those who supplied the guns would be arrested" in between. Another speaker's earlier claim sharing more of the
 * statement's content stems (two at least) wins.
 */
function answeredBy(denial: Claim, statement: Claim, claims: Claim[]): string {
  const mine = stems(statement.text);
  const score = (c: Claim | undefined) => (c ? sharedCount(mine, stems(c.text)) : 0);
  let best = claims.find((c) => c.id === denial.answers);
  let bestScore = score(best);
  for (const c of claims) {
    if (c.stance !== 'claims' || c.speaker === denial.speaker || c.evidence.content[0] >= denial.evidence.content[0])
      continue;
    const s = score(c);
    if (s >= 2 && s > bestScore) [best, bestScore] = [c, s];
  }
  return best?.id ?? denial.answers!;
}

/**
 * Folds each bare denial that answers a claim ("rejected the accusation") into the statement right after it: the
 * statement becomes the denial of that claim, and the bare denial goes. `into` maps each dropped claim id to the
 * statement that took its place. A bare denial answering nothing stays as it is: its statement alone would read as
 * denying its own words.
 */
export function foldElaborations(claims: Claim[], text: string): { claims: Claim[]; into: Map<string, string> } {
  const into = new Map<string, string>();
  const replaced = new Map<string, Claim>();
  for (const d of claims) {
    if (d.stance !== 'denies' || !d.answers || !isBareReference(referenceText(d.text))) continue;
    const s = statementOf(d, claims, text);
    if (!s || replaced.has(s.id)) continue;
    into.set(d.id, s.id);
    replaced.set(s.id, { ...s, stance: 'denies', answers: answeredBy(d, s, claims) });
  }
  return {
    claims: claims.filter((c) => !into.has(c.id)).map((c) => replaced.get(c.id) ?? c),
    into,
  };
}
