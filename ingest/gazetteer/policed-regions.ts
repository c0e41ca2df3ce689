// Regions with a police force of their own (graph/data/policed-regions.json): a state or province of India or
// Pakistan, an Australian state, a German Land, Catalonia, Scotland. Each region's force is one body, `<region>-police`
// ("Kerala Police", "Mossos d'Esquadra"), whatever the text calls it ("Kerala police", "Catalan police"); what a
// bare "police" in a story about the region means (actors/forces.ts). A name two states share ("Punjab") is read
// for neither. In: the data file. Out: the regions by state, their forces as gazetteer bodies.
import type { BodyEntry } from './index.ts';
import regionsData from '../../graph/data/policed-regions.json' with { type: 'json' };
import { slugify } from '../../graph/names.ts';

interface RegionData {
  name: string;
  aliases?: string[];
  adjectives?: string[];
  capitals?: string[];
  police?: string;
  policeAliases?: string[];
}

export interface PolicedRegion {
  state: string;
  name: string;
  /** Names, adjectives and capitals: any of them in a text says it may be about the region. */
  forms: string[];
  /** The id of the region's police, `<region slug>-police`. */
  policeId: string;
  policeName: string;
}

const byState = regionsData.states as Record<string, RegionData[]>;

/** Region names written in two states' lists ("Punjab"): neither is read. */
const shared = (() => {
  const seen = new Map<string, string>();
  const out = new Set<string>();
  for (const [state, rs] of Object.entries(byState))
    for (const r of rs) {
      if (seen.has(r.name) && seen.get(r.name) !== state) out.add(r.name);
      seen.set(r.name, state);
    }
  return out;
})();

function regionOf(state: string, r: RegionData): PolicedRegion {
  return {
    state,
    name: r.name,
    forms: [r.name, ...(r.aliases ?? []), ...(r.adjectives ?? []), ...(r.capitals ?? [])],
    policeId: `${slugify(r.name)}-police`,
    policeName: r.police ?? `${r.name} Police`,
  };
}

export const policedRegions: PolicedRegion[] = Object.entries(byState).flatMap(([state, rs]) =>
  rs.filter((r) => !shared.has(r.name)).map((r) => regionOf(state, r)),
);

/** Whether an id is a region's police force (graph/data/policed-regions.json). */
const POLICE_IDS = new Set(policedRegions.map((r) => r.policeId));
export const isRegionPolice = (id: string): boolean => POLICE_IDS.has(id);

/** The region's police as written with its name or adjective: "Kerala Police", "Kerala police", "Catalan police". */
function policeForms(r: RegionData): string[] {
  const names = [r.name, ...(r.aliases ?? [])];
  const own = names.flatMap((n) => [`${n} Police`, `${n} police`, `${n} Police Service`, `${n} Police Force`]);
  const adjectives = (r.adjectives ?? []).flatMap((a) => [`${a} police`, `${a} Police`]);
  return [...own, ...adjectives, ...(r.policeAliases ?? [])];
}

/** The regions' police forces as gazetteer bodies, each affiliated to its state. */
export function regionPoliceBodies(): BodyEntry[] {
  return Object.entries(byState).flatMap(([state, rs]) =>
    rs
      .filter((r) => !shared.has(r.name))
      .map((r) => {
        const own = regionOf(state, r);
        const aliases = [...new Set(policeForms(r))].filter((a) => a !== own.policeName);
        return { id: own.policeId, name: own.policeName, kind: 'organization' as const, aliases, affiliation: state };
      }),
  );
}

/** States whose national police keeps a command per region: the command's name after the region's, the regions. */
const COMMANDS = (regionsData as { commands?: Record<string, { command: string; regions: string[] }> }).commands ?? {};

/** The name of the command a state's national police keeps in a region ("State Police Command"), or null. */
export function policeCommandOf(region: string): string | null {
  for (const c of Object.values(COMMANDS)) if (c.regions.includes(region)) return c.command;
  return null;
}
