// Generators for the adversarial inputs of issue #12: text that used to make extraction super-linear.
// In: a size or a count. Out: a string. Deterministic (no randomness), so before/after runs see the same input.

const CLAUSES = [
  'rebels attacked an army post near the border town killing 12 soldiers and wounding thirty civilians',
  'the ministry said two hundred and fifty people were injured in the shelling of the northern district',
  'police clashed with protesters in the capital where at least forty were hurt and a dozen died',
  'government forces struck positions held by the militia leaving sixty-two fighters dead according to officials',
];

/** Sentences with no punctuation at all, so the whole input is one sentence: `kb` kilobytes of it. */
export function unpunctuated(kb: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < kb * 1024; i++) {
    const s = CLAUSES[i % CLAUSES.length]!;
    parts.push(s);
    size += s.length + 1;
  }
  return parts.join(' ');
}

/** "Reuters reported that " repeated n times before a claim. */
export function relayChain(n: number): string {
  return `${'Reuters reported that '.repeat(n)}the minister said the talks had failed.\n`;
}

/** n nested <div>s around one paragraph. */
export function nestedDivs(n: number): string {
  return `<!doctype html><html><head><title>Nested</title></head><body>${'<div>'.repeat(n)}<p>The minister said the talks had failed.</p>${'</div>'.repeat(n)}</body></html>`;
}
