// First-level regions with an elected government of their own that the other region data misses
// (graph/data/governed-regions.json): Canada's provinces and territories, Russia's republics and some of its krais
// and oblasts. What a story naming one is about (its state), and what "the regional government" there names
// (actors/region-governments.ts). In: the data file. Out: the regions, with the forms a text names them by.
import governedData from '../../graph/data/governed-regions.json' with { type: 'json' };
import { escapeRe } from '../regex.ts';

export interface GovernedRegion {
  state: string;
  name: string;
  /** Name, aliases and adjectives as written in text. */
  forms: string[];
}

type RegionData = { name: string; aliases?: string[]; adjectives?: string[] };

export const governedRegions: GovernedRegion[] = Object.entries(
  governedData.states as Record<string, RegionData[]>,
).flatMap(([state, rs]) =>
  rs.map((r) => ({ state, name: r.name, forms: [r.name, ...(r.aliases ?? []), ...(r.adjectives ?? [])] })),
);

const PATTERNS = new Map(
  governedRegions.map((r) => [
    r,
    new RegExp(`(?<![\\p{L}\\p{N}])(?:${r.forms.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
  ]),
);

/** How many times the text names the region. */
export const timesNamed = (text: string, r: GovernedRegion): number => [...text.matchAll(PATTERNS.get(r)!)].length;

/** Titles each state's press gives a region's head of government ("Chief Minister", "Premier"). */
export const regionHeads = governedData.heads as Record<string, string[]>;
/** Words that name a state's own head of government or seat acting ("Prime Minister", "the Kremlin"). */
export const nationalHeads: string[] = governedData.national;

/**
 * The state of the regions a text names that names no state ("Avalanche at Avacha pass ... Kamchatka Krai Ministry
 * of Health ... Kamchatka rescue service"): the one state whose regions it names, twice at least in all.
 */
export function governedRegionsState(text: string): string | null {
  let state: string | null = null;
  let n = 0;
  for (const r of governedRegions) {
    const k = timesNamed(text, r);
    if (!k) continue;
    if (state && state !== r.state) return null;
    state = r.state;
    n += k;
  }
  return n >= 2 ? state : null;
}
