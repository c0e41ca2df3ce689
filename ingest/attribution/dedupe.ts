// Merging claims that two cues credited to the same words of one speaker.
// In: claims in reading order. Out: the claims kept, renumbered claim-1..n.
import type { Claim } from '../../graph/schema.ts';

/**
 * Two cues can reach the same words ('denied it, calling it "Q"' and a later tag): claims by one speaker
 * whose contents overlap heavily are one claim. The better-bounded one stays: a whole quote, else the shorter.
 */
export function dedupe(claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  const len = (c: Claim) => c.evidence.content[1] - c.evidence.content[0];
  const better = (a: Claim, b: Claim) => (a.quote !== b.quote ? a.quote : len(a) <= len(b));
  for (const c of claims) {
    const [s, e] = c.evidence.content;
    const k = out.findIndex((o) => {
      if (o.speaker !== c.speaker) return false;
      const [os, oe] = o.evidence.content;
      const inter = Math.min(e, oe) - Math.max(s, os);
      return inter > 0 && inter / (Math.max(e, oe) - Math.min(s, os)) >= 0.8;
    });
    if (k < 0) out.push(c);
    else if (!better(out[k]!, c)) out[k] = c;
  }
  return out.map((c, i) => ({ ...c, id: `claim-${i + 1}` }));
}
