// How an incident was done, coarsely: by air, by a mine or planted bomb, by artillery, by a blade. Two reports telling
// one place and week by ways that cannot be one act ("a landmine exploded on a road" / "an air strike hit a
// monastery") are two incidents. In: the manners two reports tell. Out: whether they rule each other out.

export const MANNERS = ['air', 'mine', 'artillery', 'blade'] as const;
export type Manner = (typeof MANNERS)[number];

/**
 * Pairs of ways that are never one act. Left out on purpose: air and artillery (outlets tell one strike as either
 * when they cannot see it: "Israeli strikes and shelling"), mine and artillery ("a mortar round or an IED").
 */
const APART = new Set(['air|mine', 'air|blade', 'blade|mine', 'artillery|blade']);

const known = (v: unknown): v is Manner => typeof v === 'string' && (MANNERS as readonly string[]).includes(v);

/** A stored or extracted list of manners, the known ones only, sorted. */
export const mannersOf = (v: unknown): Manner[] => (Array.isArray(v) ? [...new Set(v.filter(known))].sort() : []);

/** Both tell how, share no way, and every pair of their ways is one no act is both of. */
export function mannersConflict(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const [x, y] = [mannersOf(a), mannersOf(b)];
  if (!x.length || !y.length || x.some((m) => y.includes(m))) return false;
  return x.every((m) => y.every((n) => APART.has([m, n].sort().join('|'))));
}
