// "the state government", "The Kerala government", "the State government" in a story about one region of a state
// (an Indian or Malaysian state, an Australian state, a province): that region's government, the body "Kerala Chief
// Minister X" makes (regions.ts, `government-of-<region>`) or the gazetteer's own ("Government of Catalonia"); never
// the state's national government, never another region's. The region: the policed region the story is about
// (story-region.ts), else the first-level region the text names, twice at least and twice as often as any other
// (gazetteer/cities.ts, graph/data/governed-regions.json). A bare "the government" and "the <Surname> government"
// are the region's too when the story names the region's head ("Chief Minister", "Premier", "Head of Khakassia")
// and no national head ("Prime Minister", "the Kremlin"): the state's government is then written qualified ("the
// Centre", "the federal government", "Ottawa"), and those stay the state's (governments.ts).
// In: the Scan after the descriptions. Out: descriptor mentions of the region's government.
import { escapeRe } from '../regex.ts';
import { regionState } from '../gazetteer/cities.ts';
import { governedRegions, nationalHeads, regionHeads, timesNamed } from '../gazetteer/governed-regions.ts';
import { bodies } from '../gazetteer/index.ts';
import { policedRegions } from '../gazetteer/policed-regions.ts';
import { slugify } from '../../graph/names.ts';
import { storyState } from './forces.ts';
import type { Scan } from './scan.ts';
import { storyPolicedRegion } from './story-region.ts';

/** A capitalized run of up to three words, hyphens inside: a candidate region name. */
const CAPITALIZED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}(?![\p{L}\p{N}])/gu;

const GOVERNED = governedRegions;
const GOVERNED_FORMS = new Set(GOVERNED.flatMap((r) => r.forms.map((f) => f.toLowerCase())));

/** A region the text names: its name, state and forms. */
interface NamedRegion {
  name: string;
  state: string;
  forms: string[];
}

/**
 * The first-level region the text names most (by cities.json and governed-regions.json), twice at least and twice
 * as often as any other region of the story state.
 */
function namedRegion(text: string, home: string | null): NamedRegion | null {
  const counts = new Map<string, { r: NamedRegion; n: number }>();
  const count = (r: NamedRegion) => {
    const c = counts.get(r.name) ?? { r, n: 0 };
    c.n++;
    counts.set(r.name, c);
  };
  for (const r of GOVERNED) {
    if (home && r.state !== home) continue;
    const n = timesNamed(text, r);
    for (let i = 0; i < n; i++) count(r);
  }
  for (const m of text.matchAll(CAPITALIZED)) {
    const words = m[0].split(' ');
    // "Chief Minister of Sarawak Abang Johari": try every sub-run, longest first, so "Sarawak" is found inside.
    for (let a = 0; a < words.length; a++)
      for (let b = words.length; b > a; b--) {
        const name = words.slice(a, b).join(' ');
        const state = regionState(name);
        if (!state || (home && state !== home)) continue;
        if (!GOVERNED_FORMS.has(name.toLowerCase())) count({ name, state, forms: [name] });
        a = b;
      }
  }
  const [top, next] = [...counts.values()].sort((x, y) => y.n - x.n);
  return top && top.n >= 2 && (!next || top.n >= 2 * next.n) ? top.r : null;
}

/** The region's government: the gazetteer's regional government of that region, else `government-of-<region>`. */
function governmentOf(region: string): { id: string; name: string } {
  const known = bodies.find((b) => b.regional === 'government' && b.region?.includes(region));
  return known
    ? { id: known.id, name: known.name }
    : { id: `government-of-${slugify(region)}`, name: `Government of ${region}` };
}

/** The region the story is about, with the forms its government is written with ("Kerala", "Catalan"), and its state. */
function storyRegionForms(sc: Scan): [string, string[], string] | null {
  const home = storyState(sc);
  const found = regionOf(sc, home);
  if (found) return found;
  // "Hannover (dpa) - The Danish wind company ... in Lower Saxony ... Denmark's wind industry ... the state
  // government": the story names another state twice, so its state is that one, but the region it names twice is
  // the dateline's state's, and "the state government" there is that region's. Only the dateline's state.
  const dateline = sc.homeState ?? sc.cityState ?? null;
  return dateline && dateline !== home ? regionOf(sc, dateline) : null;
}

/** The region of `home` (any state's, when null) the story is about, with its forms and state. */
function regionOf(sc: Scan, home: string | null): [string, string[], string] | null {
  const policed = storyPolicedRegion(sc, home);
  if (policed) {
    const forms = policed.forms.filter((f) => !policedRegions.some((r) => r !== policed && r.forms.includes(f)));
    return [policed.name, forms, policed.state];
  }
  const named = namedRegion(sc.text, home);
  return named ? [named.name, named.forms, named.state] : null;
}

/** The name of the first-level region the story is about ("Khakassia", "Kerala"), or null. */
export const storyRegionName = (sc: Scan): string | null => storyRegionForms(sc)?.[0] ?? null;

const HEADS = regionHeads;
/** The state's head of government or its seat acting: a bare "the government" is then read as before (the state's). */
const NATIONAL = new RegExp(`\\b(?:${nationalHeads.map(escapeRe).join('|')})\\b`, 'u');

/**
 * Where the text first names the region's head ("Chief Minister X", "Premier X", "Head of Khakassia", "Khakassia
 * head"), or -1: a bare "the government" before it ("a ceasefire pact with the government ... after chief minister
 * N. Biren Singh resigned") is read as before.
 */
function regionHeadAt(text: string, state: string, forms: string[]): number {
  const titles = HEADS[state] ?? [];
  const region = forms.map(escapeRe).join('|');
  // The titles in any case ("the state's chief minister, Mukul Sangma"); the region's own head by its name.
  const title = titles.length ? new RegExp(`\\b(?:${titles.map(escapeRe).join('|')})\\b`, 'iu').exec(text) : null;
  const own = new RegExp(
    `\\b(?:[Hh]ead of (?:the (?:[Rr]epublic|[Rr]egion) of )?(?:${region})|(?:${region}) (?:[Hh]ead|[Gg]overnor|[Pp]remier))\\b`,
    'u',
  ).exec(text);
  const at = [title?.index, own?.index].filter((i): i is number => i !== undefined);
  return at.length ? Math.min(...at) : -1;
}

/** Roles a region's head goes by, for "the McGowan government". */
const headRole = (state: string, role: string) =>
  (HEADS[state] ?? []).some((t) => t.toLowerCase() === role.toLowerCase()) || /^(?:head|governor)$/i.test(role);

/** A bare description: "the government", "government". */
const BARE = /^(?:the\s+)?government$/i;

/** "his government", "her government". */
const HEAD_GOVERNMENT = /\b(?:[Hh]is|[Hh]er) government\b/gu;

/** "the McGowan government", "the Rankin government": a surname before the word. */
const LEADER_GOVERNMENT = /\b[Tt]he ((?:\p{Lu}[\p{L}'’-]+ ){0,2}\p{Lu}[\p{L}'’-]+) government\b/gu;

/**
 * Bare "the government" descriptions (governments.ts) and "the <Surname> government" of a region's head, in a story
 * about one region that names its head and no national head: the region's government.
 */
function settleBareGovernments(sc: Scan, gov: { id: string; name: string }, state: string, forms: string[]): void {
  const headAt = NATIONAL.test(sc.text) ? -1 : regionHeadAt(sc.text, state, forms);
  if (headAt < 0) return;
  const taken = new Set(sc.reg.all().flatMap((d) => d.mentions.map((m) => m.start)));
  for (const ds of sc.governmentDescriptions) {
    if (taken.has(ds.start) || ds.start < headAt || !BARE.test(ds.surface) || ds.head !== 'government') continue;
    sc.reg.ensure(gov.id, gov.name, 'organization');
    sc.reg.mention(gov.id, ds.start, ds.end, 'descriptor', ds.surface);
  }
  // "The state's chief minister, Mukul Sangma, has said his government had no knowledge": the head's own.
  const head = new RegExp(`\\b(?:${(HEADS[state] ?? []).map(escapeRe).join('|')})\\b`, 'iu');
  for (const m of sc.text.matchAll(HEAD_GOVERNMENT)) {
    const open = Math.max(sc.text.lastIndexOf('. ', m.index), sc.text.lastIndexOf('\n', m.index)) + 1;
    const start = m.index + m[0].length - 'government'.length;
    if (taken.has(start) || !head.test(sc.text.slice(open, m.index))) continue;
    sc.reg.ensure(gov.id, gov.name, 'organization');
    sc.reg.mention(gov.id, start, m.index + m[0].length, 'descriptor', 'government');
  }
  for (const m of sc.text.matchAll(LEADER_GOVERNMENT)) {
    const name = m[1]!;
    const leader = sc.reg
      .all()
      .find((d) => d.kind === 'person' && (d.name === name || d.name.endsWith(` ${name}`)) && d.mentions.length);
    if (!leader || ![...leader.roles].some((r) => headRole(state, r))) continue;
    sc.reg.ensure(gov.id, gov.name, 'organization');
    sc.reg.mention(gov.id, m.index, m.index + m[0].length, 'descriptor', m[0]);
  }
}

/**
 * A story in a state of governed regions that names a region's head ("Chief Minister Mukul Sangma ... the government
 * had no knowledge", "speaking in Shillong") and no national head, but not which region twice: its bare "the
 * government" is some region's, not the state's; left unread rather than given to the state.
 */
function dropRegionalBareGovernments(sc: Scan): void {
  const state = storyState(sc);
  const titles = state ? HEADS[state] : undefined;
  if (!titles?.length || NATIONAL.test(sc.text)) return;
  const head = new RegExp(`\\b(?:${titles.map(escapeRe).join('|')})\\b`, 'u').exec(sc.text);
  if (!head) return;
  sc.governmentDescriptions = sc.governmentDescriptions.filter(
    (ds) => ds.head !== 'government' || !BARE.test(ds.surface) || ds.start < head.index,
  );
}

/** Drafts a region's government description may take a span from: a bare description, the region as a place. */
const yields = (id: string, slug: string) =>
  id === 'state-government' || id === slug || id === `${slug}-government` || id === `${slug}-state-government`;

/** A state's descriptor mention lying inside [a, b): "the state government" given to the story state. */
const stateDescriptor = (d: { kind: string }, x: { start: number; end: number; kind: string }, a: number, b: number) =>
  d.kind === 'state' && x.kind === 'descriptor' && x.start >= a && x.end <= b;

/** Gives "the state government" and "the <Region> government" to the story region's government. */
export function settleRegionGovernments(sc: Scan): void {
  if (!/\b[Gg]overnment\b/.test(sc.text)) return;
  const found = storyRegionForms(sc);
  if (!found) return dropRegionalBareGovernments(sc);
  const [region, forms, state] = found;
  const slug = slugify(region);
  const gov = governmentOf(region);
  const re = new RegExp(
    `\\b(?:[Tt]he\\s+)?(?:[Ss]tate|[Pp]rovincial|[Rr]egional|${forms.map(escapeRe).join('|')})(?:['’]s)?\\s+(?:[Ss]tate\\s+)?[Gg]overnment\\b(?!\\s+of\\s+\\p{Lu})`,
    'gu',
  );
  for (const m of sc.text.matchAll(re)) {
    const end = m.index + m[0].length;
    const over = sc.reg
      .all()
      .flatMap((d) => d.mentions.filter((x) => x.start < end && m.index < x.end).map((x) => [d, x] as const));
    // Read already (the gazetteer's "Basque government"), or another body's: left as it is. A state given the bare
    // words ("the state government" read as the story state's) yields: the region's words are no state's.
    if (over.some(([d, x]) => d.id === gov.id || !(yields(d.id, slug) || stateDescriptor(d, x, m.index, end))))
      continue;
    for (const [d, x] of over) sc.reg.unmention(d.id, x.start, x.end);
    sc.reg.ensure(gov.id, gov.name, 'organization');
    sc.reg.mention(gov.id, m.index, end, 'descriptor', m[0]);
  }
  settleBareGovernments(sc, gov, state, forms);
}
