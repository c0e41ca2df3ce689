// The region a story is about, of the regions with a police force of their own (gazetteer/policed-regions.ts):
// "police said" in a Kerala story is the Kerala Police, in a Catalan one the Mossos d'Esquadra, never a national
// force nor another region's. In: the Scan and its story state. Out: the region, or null.
import { escapeRe } from '../regex.ts';
import { type PolicedRegion, policedRegions } from '../gazetteer/policed-regions.ts';
import type { Scan } from './scan.ts';

/** Each region's names, adjectives and capitals as written in text (a dateline's capitals, where it was filed, not). */
const PATTERNS = new Map(
  policedRegions.map((r) => [
    r,
    new RegExp(`(?<![\\p{L}\\p{N}])(?:${r.forms.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
  ]),
);

/** Where the text names each region it names, for the regions of the story state (any state's, when none). */
function namings(text: string, home: string | null): Array<{ r: PolicedRegion; at: number[] }> {
  const out: Array<{ r: PolicedRegion; at: number[] }> = [];
  for (const r of policedRegions) {
    if (home && r.state !== home) continue;
    const at = [...text.matchAll(PATTERNS.get(r)!)].map((m) => m.index);
    if (at.length) out.push({ r, at });
  }
  return out.sort((a, b) => a.at[0]! - b.at[0]!);
}

const memo = new WeakMap<Scan, Map<string | null, Array<{ r: PolicedRegion; at: number[] }>>>();

/**
 * The region a story is about at `at` (the whole story by default): of the story state's regions (any state's, when
 * the story has none), the one it names first, when the story names it twice at least and, before `at`, no other
 * region as often ("Qld to fast-track laws ... The Queensland government ... police said ... In Sydney, NSW Police
 * said": Queensland for the first "police"). Null when it names none, or another region as often by then.
 */
export function storyPolicedRegion(sc: Scan, home: string | null, at = Infinity): PolicedRegion | null {
  let byHome = memo.get(sc);
  if (!byHome) memo.set(sc, (byHome = new Map()));
  let named = byHome.get(home);
  if (!named) byHome.set(home, (named = namings(sc.text, home)));
  const [first] = named;
  if (!first || first.at.length < 2) return null;
  const before = (x: { at: number[] }) => x.at.filter((i) => i < at).length;
  const n = before(first);
  if (!n || named.some((x) => x !== first && before(x) >= n)) return null;
  // Named by no state, the regions of one state only: a story with no state told is not read for two.
  return home || named.every((x) => x.r.state === first.r.state) ? first.r : null;
}
