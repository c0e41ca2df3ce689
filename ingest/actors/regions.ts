// A region's name before the title of its head of government ("Khyber Pakhtunkhwa Chief Minister Sohail Afridi",
// "Sabah's chief minister, Hajiji Noor", "Alberta Premier Danielle Smith"): the region stands for its government, a
// body of its own ("Government of Khyber Pakhtunkhwa"), not a person. Only for a name the gazetteer does not know
// (a known place keeps its own reading); "provincial government" is the government of the region the story names,
// "the state police command" the "<Name> State Police Command" of the one federated state it names.
// In: a capitalized run of a sentence; the scan. Out: the body, with the run's (or the description's) mention.
import { placeState } from '../gazetteer/cities.ts';
import { policeCommandOf } from '../gazetteer/policed-regions.ts';
import { lexicalTag } from '../nlp/tagger.ts';
import { slugify } from './registry.ts';
import { isGivenName } from './role-prefix.ts';
import type { Scan } from './scan.ts';
import { type Item, isCap, surfaceOf, type View } from './view.ts';

/** Titles of a region's head of government, as token keys. */
const REGION_HEADS = [['chief', 'minister'], ['first', 'minister'], ['premier'], ['governor']];

/** The token after a run and a possessive: where a title would start. */
function titleAt(v: View, end: number): number {
  return v.keys[end] === "'s" || v.keys[end] === '’s' ? end + 1 : end;
}

/** Whether a region head's title starts at token k. */
const headAt = (v: View, k: number) => REGION_HEADS.some((w) => w.every((x, j) => v.keys[k + j] === x));

/** Reads run x as a region's government when a region head's title follows it; true when it did. */
export function regionalGovernment(sc: Scan, v: View, joined: Item[], x: number, used: Set<Item>): boolean {
  const it = joined[x]!;
  if (it.type !== 'run') return false;
  const a = v.keys[it.start] === 'the' ? it.start + 1 : it.start;
  if (a >= it.end || !headAt(v, titleAt(v, it.end))) return false;
  for (let k = a; k < it.end; k++) if (!isCap(v.toks[k]!)) return false;
  // "Sohail Afridi, Chief Minister": a person's name is no region.
  if (isGivenName(v.toks[a]!.text)) return false;
  const region = surfaceOf(v, a, it.end);
  const name = `Government of ${region}`;
  const d = sc.reg.ensure(slugify(name), name, 'organization');
  sc.reg.mention(d.id, v.toks[a]!.start, v.toks[it.end - 1]!.end, 'name', region);
  sc.bodyOf.set(it, d.id);
  used.add(it);
  return true;
}

/** "provincial government", with the region's name before it when written ("the Sichuan provincial government"). */
const PROVINCIAL = /(?:\b(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}) )?\b[Pp]rovincial [Gg]overnment\b/gu;
const PROVINCIAL_WORDS = /[Pp]rovincial [Gg]overnment/;
/** "Khyber Pakhtunkhwa province", "Helmand Province": a province the article names. */
const PROVINCE = /\b(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}) [Pp]rovince\b/gu;

/** The region's name in a capitalized phrase: without an opening article or a common word ("The", "On"). */
function regionIn(phrase: string | undefined): string | null {
  const words = (phrase ?? '').split(' ').filter(Boolean);
  while (words.length && lexicalTag(words[0]!.toLowerCase()) !== null) words.shift();
  return words.length ? words.join(' ') : null;
}

/** The one region whose government the article implies: a single government of a region, else a single province. */
function soleRegion(sc: Scan): string | null {
  const governments = sc.reg.all().filter((d) => d.id.startsWith('government-of-') && d.mentions.length);
  if (governments.length === 1) return governments[0]!.name.replace(/^Government of /, '');
  if (governments.length > 1) return null;
  const provinces = new Set([...sc.text.matchAll(PROVINCE)].map((m) => regionIn(m[1])).filter(Boolean));
  return provinces.size === 1 ? [...provinces][0]! : null;
}

/**
 * "provincial government spokesman Saqib Orakzai" in a story about Khyber Pakhtunkhwa: the government of the region
 * named before "provincial government", else of the article's one region (soleRegion); none when it names several.
 */
export function settleProvincialGovernments(sc: Scan): void {
  // Most articles have none: a plain search first, as the pattern above is tried at every capital of the text.
  if (!PROVINCIAL_WORDS.test(sc.text)) return;
  const taken = new Set(sc.reg.all().flatMap((d) => d.mentions.map((m) => m.start)));
  for (const m of sc.text.matchAll(PROVINCIAL)) {
    const region = regionIn(m[1]) ?? soleRegion(sc);
    const start = m.index + m[0].length - 'provincial government'.length;
    if (!region || taken.has(start)) continue;
    const name = `Government of ${region}`;
    const d = sc.reg.ensure(slugify(name), name, 'organization');
    sc.reg.mention(d.id, start, m.index + m[0].length, 'descriptor', m[0].slice(start - m.index));
  }
}

/** "Zamfara State", "Rakhine State": a federated state written with its unit word; group 1 its name. */
const STATE_UNIT = /\b(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?) State\b/gu;
/** "the state police command", "the state government": a body of the federated state the story is in. */
const STATE_BODY =
  /\bthe state (government|police command|house of assembly|assembly|high court|emergency management agency|security council)\b/g;
const titled = (s: string) =>
  s
    .split(' ')
    .map((w) => (w === 'of' ? w : w[0]!.toUpperCase() + w.slice(1)))
    .join(' ');

/**
 * "the state police command" in a story about Zamfara State: the "Zamfara State Police Command", the body other
 * stories name so. Only when the article writes exactly one "<Name> State", of a place the gazetteer knows; none
 * when it writes several (another state, or "Islamic State").
 */
export function settleStateDescriptions(sc: Scan): void {
  if (!sc.text.includes('the state ')) return;
  const regions = new Set([...sc.text.matchAll(STATE_UNIT)].map((m) => regionIn(m[1]) ?? m[1]!));
  const region = regions.size === 1 ? [...regions][0]! : null;
  if (!region || !placeState(region)) return;
  const taken = new Set(sc.reg.all().flatMap((d) => d.mentions.map((m) => m.start)));
  for (const m of sc.text.matchAll(STATE_BODY)) {
    if (taken.has(m.index)) continue;
    const name = `${region} State ${titled(m[1]!)}`;
    const d = sc.reg.ensure(slugify(name), name, 'organization');
    sc.reg.mention(d.id, m.index, m.index + m[0].length, 'descriptor', m[0]);
  }
}

/** "Plateau state police", "Benue State police": a region's name, then "state police" (not a longer name). */
const STATE_POLICE =
  /\b(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?) [Ss]tate [Pp]olice\b(?! [Cc]ommand| [Ff]orce| [Ss]ervice)/gu;

/**
 * "Plateau state police said" in a Nigerian story: the command the national police keeps in that state, the
 * "Plateau State Police Command" other stories name in full (policed-regions.json `commands`), one node with it;
 * only for a place of such a state (a region with a police of its own, "Punjab state police", is read elsewhere).
 * The words' earlier reading (a description of no one, the national force) gives way.
 */
export function settleStatePolice(sc: Scan): void {
  if (!/ [Ss]tate [Pp]olice\b/.test(sc.text)) return;
  for (const m of sc.text.matchAll(STATE_POLICE)) {
    // The region's own name, though a common word ("Plateau", "Delta"), else the run less an opening word ("In Benue").
    const region = policeCommandOf(m[1]!) ? m[1]! : regionIn(m[1]);
    const command = region ? policeCommandOf(region) : null;
    if (!region || !command) continue;
    const start = m.index + m[0].indexOf(region);
    const end = m.index + m[0].length;
    const over = sc.reg
      .all()
      .flatMap((d) => d.mentions.filter((x) => x.start < end && start < x.end).map((x) => [d, x] as const));
    // Another named body over the words (a longer name): left as it is.
    if (over.some(([d]) => d.kind !== 'person' && d.kind !== 'organization')) continue;
    if (over.some(([d]) => d.kind === 'organization' && !d.id.startsWith('anon-') && !d.id.endsWith('-police')))
      continue;
    for (const [d, x] of over) sc.reg.unmention(d.id, x.start, x.end);
    const name = `${region} ${command}`;
    const d = sc.reg.ensure(slugify(name), name, 'organization');
    sc.reg.mention(d.id, start, end, 'name', sc.text.slice(start, end));
  }
}
