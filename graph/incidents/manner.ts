// How an incident was done, coarsely: by air, by a mine or planted bomb, by artillery, by a blade; for an incident of
// kind other, what was done (an arrest, a sentence, a weapons test) or befell (a disaster or accident). Two reports
// telling one place and week by ways that cannot be one act ("a landmine exploded on a road" / "an air strike hit a
// monastery") are two incidents. In: the manners two reports tell. Out: whether they rule each other out.

/**
 * What an incident of kind other is (its act): a sentence passed, an arrest, a weapons test, a disaster (a fire, a
 * collapse, a crash, a landslide: ingest/events/disasters.ts), a search of premises, a protest (a crowd gathering:
 * ingest/events/operations.ts), a day in court of the accused (an arraignment, an indictment, a trial opening, a
 * judge hearing a case: ingest/events/courts.ts), a road blockade by a crowd and a company's insolvency filing
 * (ingest/events/operations.ts). Kept as its manner, so both stores carry it as they
 * carry a strike's: two acts are never one happening, nor an act and a way of violence.
 */
export const ACTS = [
  'arrest',
  'sentence',
  'test',
  'disaster',
  'search',
  'protest',
  'charge',
  'blockade',
  'insolvency',
] as const;
export type Act = (typeof ACTS)[number];

/**
 * Acts that one operation does at once: police search offices and detain people there ("searched the premises ... and
 * detained its deputy chairman"), and outlets tell it by either. Kept as told, matched as one.
 */
const SAME_OPERATION: Partial<Record<Act, Act>> = { search: 'arrest' };
const operationOf = (m: string): string => SAME_OPERATION[m as Act] ?? m;

export const MANNERS = ['air', 'mine', 'artillery', 'blade', ...ACTS] as const;
export type Manner = (typeof MANNERS)[number];

/**
 * Pairs of ways that are never one act. Left out on purpose: air and artillery (outlets tell one strike as either
 * when they cannot see it: "Israeli strikes and shelling"), mine and artillery ("a mortar round or an IED").
 */
const APART = new Set(['air|mine', 'air|blade', 'blade|mine', 'artillery|blade']);

const known = (v: unknown): v is Manner => typeof v === 'string' && (MANNERS as readonly string[]).includes(v);

/** A stored or extracted list of manners, the known ones only, sorted. */
export const mannersOf = (v: unknown): Manner[] => (Array.isArray(v) ? [...new Set(v.filter(known))].sort() : []);

const isAct = (m: string): boolean => (ACTS as readonly string[]).includes(m);

/** The acts among a report's manners (an incident of kind other's: "arrest", "sentence", "test"). */
export const actsOf = (v: unknown): Act[] => mannersOf(v).filter(isAct) as Act[];

/**
 * Both tell how, share no way, and every pair of their ways is one no act is both of. An act told on one side only
 * rules the other out too: an arrest is no sentence, nor a strike.
 */
export function mannersConflict(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const [x, y] = [mannersOf(a), mannersOf(b)];
  if (x.some(isAct) || y.some(isAct)) {
    const theirs = new Set(y.map(operationOf));
    return !x.some((m) => isAct(m) && theirs.has(operationOf(m)));
  }
  if (!x.length || !y.length || x.some((m) => y.includes(m))) return false;
  return x.every((m) => y.every((n) => APART.has([m, n].sort().join('|'))));
}
