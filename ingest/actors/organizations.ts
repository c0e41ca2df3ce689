// Named bodies the gazetteer does not know: a chain of adjacent items holding an organization word
// ("Russian Center for Syrian Reconciliation", "China's Foreign Ministry", "Ministry of Foreign Affairs of
// Russia"). In: a View and the items from x on. Out: the body (a state's ministry when a state is named),
// or false when the chain is no organization.
import { type Hit, matchAt } from '../gazetteer/index.ts';
import { GATHERING_WORDS, MINISTRIES, ORG_CUES, portfolioMinistry } from './lexicon.ts';
import { legalFormStart, pastMembersOf } from './edges.ts';
import { anotherPartysName } from './gazetteer.ts';
import { facilityName } from './proper-nouns.ts';
import { slugify } from './registry.ts';
import { twoNames } from './segment.ts';
import { type Scan, stateBody, stateMention } from './scan.ts';
import { adjacent, between, cueIn, type GazItem, isStateItem, type Item, surfaceOf, type View } from './view.ts';

/** Reads an organization chain starting at item x; marks its items used and returns true when it found one. */
export function organizationAt(sc: Scan, v: View, joined: Item[], x: number, used: Set<Item>): boolean {
  const it = joined[x]!;
  const chain = joined.slice(x, chainEnd(v, joined, x) + 1);
  const orgRun = chain.find((c) => c.type === 'run' && cueIn(v, c, ORG_CUES));
  if (!orgRun) return false;
  const afterState = isStateItem(joined[x - 1]) && adjacent(v, joined[x - 1]!, it, true);
  if (chain.length <= 1 && !afterState) return false;
  // Ministry of a state: "Russian Foreign Ministry", "China's Foreign Ministry", "Ministry of Foreign Affairs of Russia".
  const gap = isStateItem(joined[x - 1]) ? between(v, joined[x - 1]!, it) : null;
  const first = gap && (gap.length === 0 || (gap.length === 1 && gap[0] === "'s")) ? joined[x - 1]! : null;
  const start = first ?? chain[0]!;
  const stateIt = [start, ...chain].find((c) => isStateItem(c)) as GazItem | undefined;
  const ministry = ministryIn(v, orgRun);
  if (ministry && stateIt) {
    const d = stateBody(sc, stateIt.hit.id, ministry[0], ministry[1]);
    sc.bodyOf.set(orgRun, d.id);
    const end = orgRun.end;
    sc.reg.mention(d.id, v.toks[start.start]!.start, v.toks[end - 1]!.end, 'name', surfaceOf(v, start.start, end));
    stateMention(sc, stateIt.hit.id, v, stateIt.start, stateIt.end, 'demonym');
    for (const c of chain) used.add(c);
    if (first) used.add(first);
    return true;
  }
  if (chain.length <= 1) return false;
  const b = chain[chain.length - 1]!.end;
  // "Leaders of the National Indigenous Organization of Colombia": the body's people are no words of its name.
  const a = pastMembersOf(v, chain[0]!.start + (v.keys[chain[0]!.start] === 'the' ? 1 : 0), b);
  const known = matchAt(v.keys, a);
  if (known && known.end === b) return false;
  // "the Kenyatta International Convention Center": a venue, not a body (its items stay used: no actor in them).
  if (facilityName(v, a, b) || GATHERING_WORDS.has(v.keys[b - 1]!)) {
    for (const c of chain) used.add(c);
    return true;
  }
  // "Lusaka Cement Co.": the company's legal form is no part of the name it goes by.
  const name = surfaceOf(v, a, legalFormStart(v, a, b));
  const d = sc.reg.ensure(slugify(name), name, 'organization');
  sc.bodyOf.set(chain[chain.length - 1]!, d.id);
  sc.reg.mention(d.id, v.toks[a]!.start, v.toks[b - 1]!.end, 'name', surfaceOf(v, a, b));
  // "Russian Center for Syrian Reconciliation" and "Bank of China" are a state's; "Center for American Progress" is
  // no state's: an adjective of a state inside the name is its subject.
  // A capital in the name is the city ("the University of Ottawa"), not its state.
  const st = chain.find(
    (c) => isStateItem(c) && c.hit.role !== 'metonym' && (c === chain[0] || c.hit.role !== 'demonym'),
  ) as GazItem | undefined;
  if (st) stateMention(sc, st.hit.id, v, st.start, st.end, 'demonym');
  // "China's Taiwan Affairs Office": a state's possessive before the name says whose body it is, before a state
  // the name is about.
  const owner = (first as GazItem | null) ?? st;
  if (owner) d.affiliation ??= owner.hit.id;
  for (const c of chain) used.add(c);
  return true;
}

/**
 * The last item of the chain from x: runs next to each other, gazetteer items joined by a connector, or a party's
 * plural alias closing a longer name ("Alliance of Independent Social Democrats").
 */
function chainEnd(v: View, joined: Item[], x: number): number {
  let y = x;
  // "the American Israel Public Affairs Committee": a demonym, then a state's name, open the body's name together.
  if (demonymBeforeState(v, joined, x)) y++;
  while (
    !(y + 1 < joined.length && twoNames(v, joined[y]!, joined[y + 1]!)) &&
    ((y + 1 < joined.length && adjacent(v, joined[y]!, joined[y + 1]!) && joined[y + 1]!.type !== 'gaz') ||
      (y + 1 < joined.length &&
        joined[y + 1]!.type === 'gaz' &&
        joined[y]!.end === joined[y + 1]!.start &&
        anotherPartysName(v, joined[y + 1] as GazItem)) ||
      (y + 1 < joined.length &&
        joined[y + 1]!.type === 'gaz' &&
        (joined[y + 1] as { hit: Hit }).hit.role !== 'title' &&
        adjacent(v, joined[y]!, joined[y + 1]!) &&
        between(v, joined[y]!, joined[y + 1]!).length > 0) ||
      (y + 1 < joined.length && missionIn(v, joined[y]!, joined[y + 1]!)))
  )
    y++;
  return y;
}

/**
 * "UN Assistance Mission in Somalia", "UN Verification Mission in Colombia": a Mission's host state is part of its
 * name, so the missions of one body in two states are two bodies.
 */
function missionIn(v: View, it: Item, next: Item): boolean {
  const gap = between(v, it, next);
  return v.keys[it.end - 1] === 'mission' && gap.length === 1 && gap[0] === 'in' && isStateItem(next);
}

/** A demonym, a state's name right after it, then a run holding a body's cue word, all written together. */
function demonymBeforeState(v: View, joined: Item[], x: number): boolean {
  const [dem, st, run] = [joined[x], joined[x + 1], joined[x + 2]];
  if (dem?.type !== 'gaz' || dem.hit.role !== 'demonym' || st?.type !== 'gaz' || !isStateItem(st)) return false;
  if (st.hit.role !== 'name' || dem.end !== st.start || run?.type !== 'run' || st.end !== run.start) return false;
  return cueIn(v, run, ORG_CUES);
}

/**
 * The ministry a run names ("Foreign Ministry", "Ministry of Defence"): [id suffix, label], or null. A run that is
 * all one ministry's name is one of any portfolio ("Ministry of Emergency Situations": lexicon.ts portfolioMinistry).
 */
function ministryIn(v: View, r: Item): [string, string] | null {
  const whole = portfolioMinistry(v.keys.slice(r.start + (v.keys[r.start] === 'the' ? 1 : 0), r.end));
  if (whole) return whole;
  for (let k = r.start; k < r.end; k++) {
    for (const [words, suffix, label] of MINISTRIES) {
      if (k + words.length > r.end) continue;
      let ok = true;
      for (let w = 0; ok && w < words.length; w++) ok = v.keys[k + w] === words[w];
      if (ok) return [suffix, label];
    }
  }
  return null;
}
