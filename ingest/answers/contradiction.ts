// A plain claim that says the opposite of another speaker's earlier claim in the same article answers it as a
// denial: "Manning told the ABC the weapons were being supplied by businessmen and politicians who fund the fighting.
// Ipatas told the Post-Courier that no provincial leader had supplied weapons to the fighters." In: the article's
// claims after linkAnswers. Out: such claims as denials answering the claim they contradict. Pure.
import type { Claim } from '../../graph/schema.ts';
import { sharedCount, stems } from './stems.ts';

/** Negations of the content's own clause, looked for in its first words only: a negation deep inside is a detail. */
const NEGATIONS = new Set(['not', 'no', 'never', 'nobody', 'none', 'nothing', 'neither']);
const HEAD_WORDS = 8;

function negated(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/).slice(0, HEAD_WORDS);
  return words.some(
    (w, i) =>
      // "not only", "no doubt": no denial.
      (NEGATIONS.has(w) && !/^(only|doubt)$/.test(words[i + 1] ?? '')) || /n['’]t$/.test(w),
  );
}

/** What two claims must share to contradict: most of the shorter one's content stems, and at least three. */
const NEED = { shared: 3, containment: 0.6 };

function overlapScore(a: Set<string>, b: Set<string>): number {
  const shared = sharedCount(a, b);
  const containment = shared / Math.max(1, Math.min(a.size, b.size));
  return shared >= NEED.shared && containment >= NEED.containment ? containment + shared / 100 : 0;
}

/**
 * A claim's negation (plain claims only: no other stance is compared) and stems (when first needed), read once per
 * article: every negated claim compares them with all the earlier ones.
 */
interface Read {
  negated: boolean;
  stems: Set<string> | null;
}

/** The earlier claim of another speaker that `c` negates, best overlap first; null when none does. */
function contradicted(i: number, claims: Claim[], read: Read[]): Claim | null {
  const c = claims[i]!;
  const mine = (read[i]!.stems ??= stems(c.text));
  let best: { claim: Claim; score: number } | null = null;
  for (let k = 0; k < claims.length; k++) {
    const other = claims[k]!;
    if (other.stance !== 'claims' || other.speaker === c.speaker || other.answers) continue;
    if (other.evidence.content[0] >= c.evidence.content[0] || read[k]!.negated) continue;
    const score = overlapScore(mine, (read[k]!.stems ??= stems(other.text)));
    if (score > 0 && (!best || score > best.score)) best = { claim: other, score };
  }
  return best?.claim ?? null;
}

/** Turns each negated plain claim that contradicts another speaker's earlier claim into a denial answering it. */
export function answerContradictions(claims: Claim[]): Claim[] {
  const read: Read[] = claims.map((c) => ({ negated: c.stance === 'claims' && negated(c.text), stems: null }));
  return claims.map((c, k) => {
    if (c.stance !== 'claims' || c.answers || !read[k]!.negated) return c;
    const target = contradicted(k, claims, read);
    return target ? { ...c, stance: 'denies', answers: target.id } : c;
  });
}
