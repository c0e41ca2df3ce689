// "the regional government", "the regional parliament", "the de facto authorities", "the autonomy": in a story about
// one polity with a government of its own (a self-governing territory, a de facto state, an autonomy such as
// Gagauzia, a region the gazetteer keeps as a place such as Catalonia), that polity's own body (organizations.json
// `regional`) or, where its government is the polity itself (Greenland, Abkhazia), the polity; never its sovereign's
// body nor another region's. With no such polity named, or two named about as often, none is read.
// In: the Scan after the recognisers. Out: descriptor mentions of the polity or its body.
import { escapeRe } from '../regex.ts';
import { bodies, entryById, states } from '../gazetteer/index.ts';
import type { Scan } from './scan.ts';

/** A polity or region with a government of its own, and how a text names it. */
export interface Region {
  key: string;
  /** Names, demonyms and its bodies' names: any of them in the text says the story is about it. */
  forms: string[];
  /** The state entry of a polity (states.json with `sovereign`), absent for a region kept as a place. */
  polity?: string;
  /** De facto states: what "the de facto authorities", "the separatist authorities" name. */
  government?: string;
  legislature?: string;
}

/** The regions of the gazetteer: every polity with a sovereign, and every region with a `regional` body. */
export function regionsOf(): Region[] {
  const byKey = new Map<string, Region>();
  for (const s of states) {
    if (s.sovereign) byKey.set(s.id, { key: s.id, forms: [s.name, ...s.aliases, ...s.demonyms], polity: s.id });
  }
  for (const b of bodies) {
    if (!b.regional) continue;
    const key = b.region?.[0] ?? b.affiliation;
    if (!key) continue;
    const r = byKey.get(key) ?? { key, forms: [...(b.region ?? [])] };
    r[b.regional] = b.id;
    r.forms.push(b.name, ...b.aliases);
    byKey.set(key, r);
  }
  return [...byKey.values()];
}

const REGIONS = regionsOf();
const PATTERNS = new Map(
  REGIONS.map((r) => [
    r.key,
    new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...new Set(r.forms)].map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
  ]),
);

/**
 * The one region the story is about: the region named most often, when it is named at least twice as often as any
 * other ("the Basque government ... Unlike the Catalan government ... the regional government": the Basque one).
 */
export function storyRegion(text: string): Region | null {
  const counts = REGIONS.map((r) => [r, [...text.matchAll(PATTERNS.get(r.key)!)].length] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  const [top, next] = counts;
  if (!top || (next && next[1] * 2 > top[1])) return null;
  return top[0];
}

/** Descriptions of a region's government, its legislature, a de facto state's authorities, and the autonomy itself. */
const DESCRIPTIONS: Array<[RegExp, 'government' | 'legislature' | 'authorities' | 'polity']> = [
  [
    /\b(?:[Tt]he\s+)?(?:regional|autonomous|devolved|territorial)\s+(?:government|executive|administration)\b/g,
    'government',
  ],
  [
    /\b(?:[Tt]he\s+)?(?:regional|autonomous|devolved|territorial)\s+(?:parliament|assembly|legislature)\b/g,
    'legislature',
  ],
  [/\b(?:[Tt]he\s+)?(?:de facto|separatist|breakaway)\s+(?:authorities|government|leadership)\b/g, 'authorities'],
  [/\b[Tt]he autonomy\b(?!['’]?s? of\b| of\b)/g, 'polity'],
];

/** The actor a description names in region r: its body of that role, else the polity itself where it is one. */
function targetOf(r: Region, role: 'government' | 'legislature' | 'authorities' | 'polity'): string | null {
  if (role === 'government') return r.government ?? r.polity ?? null;
  if (role === 'legislature') return r.legislature ?? null;
  return r.polity ?? null;
}

/** Gives each description to the story region's body or polity; a span another reader took is left alone. */
export function settleRegionalBodies(sc: Scan): void {
  mentionPolitiesInside(sc);
  if (!/regional|autonomous|devolved|territorial|de facto|separatist|breakaway|autonomy/.test(sc.text)) return;
  const region = storyRegion(sc.text);
  if (!region) return;
  for (const id of [region.government, region.legislature]) if (id) settleGenericNames(sc, region, id);
  const taken = new Set(sc.reg.all().flatMap((d) => d.mentions.map((m) => m.start)));
  for (const [re, role] of DESCRIPTIONS) {
    const id = targetOf(region, role);
    if (!id) continue;
    for (const m of sc.text.matchAll(re)) {
      if (taken.has(m.index)) continue;
      mentionOf(sc, id, m.index, m.index + m[0].length, m[0]);
      // "the separatist authorities said": the polity acts there, whatever places name it elsewhere.
      if (entryById(id)!.kind === 'state') {
        sc.actingStates.add(id);
        sc.actingAt.add(m.index);
      }
    }
  }
}

function mentionOf(sc: Scan, id: string, start: number, end: number, surface: string): void {
  const e = entryById(id)!;
  sc.reg.ensure(id, e.name, e.kind).affiliation ??= e.affiliation ?? null;
  sc.reg.mention(id, start, end, 'descriptor', surface);
}

/**
 * A polity named inside a body's name is mentioned there too, as a state is inside "a senior State Department
 * official": its own body's ("the Executive Committee of the ATU Gagauzia", "Gagauzia executive committee"), or
 * another's seated there ("the French high commission in New Caledonia"). Two actors, each with its mention.
 */
function mentionPolitiesInside(sc: Scan): void {
  for (const d of sc.reg.all()) {
    if (d.kind === 'state' || d.kind === 'person') continue;
    const own = d.affiliation && REGIONAL_IDS.has(d.id) ? d.affiliation : null;
    for (const m of [...d.mentions]) {
      const written = sc.text.slice(m.start, m.end);
      for (const [id, re] of own ? [[own, POLITY_NAMES.get(own)!] as const] : POLITY_NAMES) {
        const inner = re.exec(written);
        if (!inner || (!own && !SEATED.test(written.slice(0, inner.index)))) continue;
        mentionOf(sc, id, m.start + inner.index, m.start + inner.index + inner[0].length, inner[0]);
      }
    }
  }
}

/** The words before a polity's name in another body's name that seat the body there: "... in", "... of the". */
const SEATED = /\s(?:in|of)\s+(?:the\s+)?$/;

const REGIONAL_IDS = new Set(bodies.filter((b) => b.regional).map((b) => b.id));

/** Each polity's own names (not its demonyms: "Gagauz government" names no polity), as one pattern. */
const POLITY_NAMES = new Map(
  states
    .filter((s) => s.sovereign)
    .map((s) => [
      s.id,
      new RegExp(`(?<![\\p{L}])(?:${[s.name, ...s.aliases].map(escapeRe).join('|')})(?![\\p{L}])`, 'u'),
    ]),
);

/**
 * A region body's name without the region's ("Executive Committee of Gagauzia" → "Executive Committee", "Supreme
 * Council of Transnistria" → "Supreme Council"), as a story about the region writes it: two words at least.
 */
export function genericNames(region: Region, bodyId: string): string[] {
  const e = bodies.find((b) => b.id === bodyId);
  if (!e) return [];
  const names = region.forms
    .filter((f) => f !== e.name && !e.aliases.includes(f))
    .map(escapeRe)
    .join('|');
  const strip = new RegExp(`^(?:${names})(?:['’]s)?\\s+|\\s+of\\s+(?:the\\s+)?(?:${names})$`, 'u');
  const out = [e.name, ...e.aliases]
    .map((n) => n.replace(strip, ''))
    .filter((n) => n.includes(' ') && /^\p{Lu}/u.test(n));
  return [...new Set(out)].filter((n) => ![e.name, ...e.aliases].includes(n));
}

/**
 * "the Executive Committee", "People's Assembly" in a story about the region: its body, where no other reader took
 * the span for a body the gazetteer knows (a generic body another reader made of it, "moldova-executive-committee",
 * gives way). A generic name inside a longer name ("Moldovan People's Assembly") is left alone.
 */
function settleGenericNames(sc: Scan, region: Region, bodyId: string): void {
  const generic = genericNames(region, bodyId);
  if (!generic.length) return;
  const re = new RegExp(`(?<![\\p{L}'’-]\\s?)(?:${generic.map(escapeRe).join('|')})(?![\\p{L}])`, 'gu');
  const drafts = sc.reg.all();
  for (const m of sc.text.matchAll(re)) {
    const end = m.index + m[0].length;
    const over = drafts.flatMap((d) =>
      d.mentions.filter((x) => x.start < end && m.index < x.end).map((x) => [d, x] as const),
    );
    if (over.some(([d, x]) => entryById(d.id) || x.start < m.index - 4 || x.end > end)) continue;
    for (const [d, x] of over) sc.reg.unmention(d.id, x.start, x.end);
    mentionOf(sc, bodyId, m.index, end, m[0]);
  }
}
