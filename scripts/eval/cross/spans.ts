// Finding surface forms in article text: word-bounded occurrences and overlap measures for [start, end) spans.
// In: text and a form. Out: spans. Shared by the gold filler and the scorer's fallbacks.

export type Span = [number, number];

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

/** Start offsets of `needle` in `text` where it is not glued to a letter or digit on either side. */
export function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const before = isWordChar(needle[0]) && isWordChar(text[i - 1]);
    const after = isWordChar(needle.at(-1)) && isWordChar(text[i + needle.length]);
    if (!before && !after) out.push(i);
  }
  return out;
}

/** Characters two spans share. */
export const intersection = (a: Span, b: Span): number => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

/** Shared characters over covered characters (0 when disjoint, 1 when equal). */
export function overlapScore(a: Span, b: Span): number {
  const inter = intersection(a, b);
  if (!inter) return 0;
  return inter / (Math.max(a[1], b[1]) - Math.min(a[0], b[0]));
}

/**
 * Spans of the given forms in the text, longest form first, each occurrence taken once: how a gold file without
 * offsets (the seed gold) gets its actor mentions. Returns one list per owner, in the owners' order.
 */
export function locateForms(text: string, owners: string[][]): Span[][] {
  const jobs = owners.flatMap((forms, owner) => [...new Set(forms)].map((form) => ({ owner, form })));
  jobs.sort((a, b) => b.form.length - a.form.length);
  const taken: Span[] = [];
  const out: Span[][] = owners.map(() => []);
  for (const { owner, form } of jobs)
    for (const i of occurrences(text, form)) {
      const span: Span = [i, i + form.length];
      if (taken.some((t) => intersection(t, span) > 0)) continue;
      taken.push(span);
      out[owner]!.push(span);
    }
  for (const spans of out) spans.sort((a, b) => a[0] - b[0]);
  return out;
}
