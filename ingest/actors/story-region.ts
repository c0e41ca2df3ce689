// The region a story is about, of the regions with a police force of their own (gazetteer/policed-regions.ts):
// "police said" in a Kerala story is the Kerala Police, in a Catalan one the Mossos d'Esquadra, never a national
// force nor another region's. In: the Scan and its story state. Out: the region, or null.
import { type PolicedRegion, policedRegions } from '../gazetteer/policed-regions.ts';
import type { Scan } from './scan.ts';

const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each region's names, adjectives and capitals as written in text (a dateline's capitals, where it was filed, not). */
const PATTERNS = new Map(
  policedRegions.map((r) => [
    r,
    new RegExp(`(?<![\\p{L}\\p{N}])(?:${r.forms.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
  ]),
);

/** Where the text names a region first, and how often, for each region it names. */
function namings(text: string, home: string | null): Array<{ r: PolicedRegion; first: number; n: number }> {
  const out: Array<{ r: PolicedRegion; first: number; n: number }> = [];
  for (const r of policedRegions) {
    if (home && r.state !== home) continue;
    const hits = [...text.matchAll(PATTERNS.get(r)!)];
    if (hits.length) out.push({ r, first: hits[0]!.index, n: hits.length });
  }
  return out;
}

const memo = new WeakMap<Scan, Map<string | null, PolicedRegion | null>>();

/**
 * The story's region: of the story state's regions (any state's, when the story has none), the one it names first,
 * when it names it twice at least and no other region more often ("Qld to fast-track laws ... The Queensland
 * government ... In Sydney, NSW Police said": Queensland). Null when it names none, or another region as often
 * first.
 */
export function storyPolicedRegion(sc: Scan, home: string | null): PolicedRegion | null {
  let byHome = memo.get(sc);
  if (!byHome) memo.set(sc, (byHome = new Map()));
  if (byHome.has(home)) return byHome.get(home)!;
  const named = namings(sc.text, home).sort((a, b) => a.first - b.first);
  const [first] = named;
  const region = first && first.n >= 2 && named.every((x) => x.n <= first.n) ? first.r : null;
  // Named by no state, the regions of one state only: a story with no state told is not read for two.
  const one = home || !region || named.every((x) => x.r.state === region.state) ? region : null;
  byHome.set(home, one);
  return one;
}
