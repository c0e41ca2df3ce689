// A national body's regional branch: "the Investigative Directorate of the Investigative Committee for the Republic
// of Dagestan", "Main Directorate of the Russian Emergencies Ministry (MChS) for Tatarstan", "its Tatarstan
// department", "the Dagestan directorate of the Investigative Committee", "the regional department of the Emergencies
// Ministry" (in a story whose branches name one region). The branch is a body of its own, neither its parent nor
// another region's branch: `<parent id>-<region>`, the same whichever way an outlet writes it. The parent is the body
// the article names (its nearest body before "its"), else the state's body of that generic name (the story state's,
// or the demonym's in it: "Russian Emergencies Ministry"); with no state, no branch is read.
// In: the Scan after the owners are settled. Out: branch drafts with the phrases' mentions, the drafts they replace.
import { entryById, stateBodyByName, stateBodyEntry, stateEntry, stateOfKey } from '../gazetteer/index.ts';
import { keysOf } from '../gazetteer/keys.ts';
import { isGenericBodyName } from '../../graph/identity.ts';
import { storyState } from './forces.ts';
import { lexicalTag } from '../nlp/tagger.ts';
import { portfolioMinistry } from './lexicon.ts';
import type { Draft } from './registry.ts';
import { slugify } from './registry.ts';
import type { Scan } from './scan.ts';
import { storyRegionName } from './region-governments.ts';

const UNIT = '(?:[Dd]irectorate|[Dd]epartment|[Bb]ranch|[Oo]ffice|[Aa]dministration)';
const CAPS = "\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,4}";
/** "Main Directorate of the Russian Emergencies Ministry (MChS) for Tatarstan": [unit, parent, region]. */
const OF_FOR = new RegExp(
  `\\b(?:(?:Main|Chief|Regional|Territorial|Investigative) )*${UNIT} of (?:the )?(${CAPS})(?: \\([^)]{1,12}\\))? for (?:the )?(?:Republic of |Region of )?(\\p{Lu}[\\p{L}-]+)`,
  'gu',
);
/** "the Dagestan directorate of the Investigative Committee": [region, parent]. */
const REGION_OF = new RegExp(`\\b(\\p{Lu}[\\p{L}-]+) (?:regional )?${UNIT} of (?:the )?(${CAPS})`, 'gu');
/** "the Investigative Committee's department for Khakassia": [parent, region]. */
const POSSESSIVE_FOR = new RegExp(
  `\\b(?:[Tt]he )?((?!The )${CAPS})['’]s (?:(?:main|chief|regional|territorial|investigative) )*${UNIT.toLowerCase()} for (?:the )?(?:Republic of |Region of )?(\\p{Lu}[\\p{L}-]+)`,
  'gu',
);
/** "its Tatarstan department": [region]; the parent is the body named last before it. */
const ITS_REGION = new RegExp(`\\b[Ii]ts (\\p{Lu}[\\p{L}-]+) (?:regional )?${UNIT}\\b`, 'gu');
/** "the regional department of the Emergencies Ministry": [parent]; the region is the one the other branches name. */
const REGIONAL_OF = new RegExp(`\\bregional ${UNIT} of (?:the )?(${CAPS})`, 'gu');

/**
 * Whether a capitalized word may name a region: no word of English ("Justice Department of", "Office of the High
 * Commissioner for Refugees") and no state ("its Ukraine office": a mission abroad, not a branch at home).
 */
const regionWord = (w: string): boolean => lexicalTag(w.toLowerCase()) === null && !stateOfKey(w.toLowerCase());

interface Branch {
  start: number;
  end: number;
  region: string | null;
  parent: Draft | string;
}

/** The state's body a parent's name means ("Russian Emergencies Ministry", "Investigative Committee"), as a draft. */
function parentBody(sc: Scan, name: string, home: string | null): Draft | null {
  const named = sc.reg.all().find((d) => d.kind === 'organization' && (d.name === name || d.aliases.has(name)));
  if (named) return canonical(sc, named);
  const words = name.split(' ');
  const demonym = words.length > 2 ? stateOfKey(words[0]!.toLowerCase()) : undefined;
  const state = demonym ?? home;
  const rest = demonym ? words.slice(1).join(' ') : name;
  if (!state || !isGenericBodyName(rest)) return null;
  const known = stateBodyByName(state, rest);
  const entry = known ? entryById(known) : undefined;
  if (entry) return ensureEntry(sc, entry);
  const ministry = portfolioMinistry(keysOf(rest));
  const body = stateBodyEntry(state, ministry?.[0] ?? slugify(rest), ministry?.[1] ?? rest);
  if (!body) return null;
  const d = sc.reg.ensure(body.id, body.name, 'organization');
  d.affiliation ??= state;
  return d;
}

/**
 * A body the article names by a generic name and its state owns ("the Investigative Committee" of a Russian story): the
 * gazetteer's body of that state so named when there is one, the node the graph keys it to; else the draft itself.
 */
function canonical(sc: Scan, d: Draft): Draft {
  const known = d.affiliation && isGenericBodyName(d.name) ? stateBodyByName(d.affiliation, d.name) : undefined;
  const entry = known ? entryById(known) : undefined;
  return entry ? ensureEntry(sc, entry) : d;
}

/** The gazetteer's body as a draft of the article, with its state. */
function ensureEntry(sc: Scan, entry: { id: string; name: string; affiliation?: string }): Draft {
  const d = sc.reg.ensure(entry.id, entry.name, 'organization');
  d.affiliation ??= entry.affiliation ?? null;
  return d;
}

/** The state a body belongs to: its affiliation, or its parent body's (up to three steps). */
function stateOf(sc: Scan, d: Draft): string | null {
  let id: string | null | undefined = d.affiliation ?? entryById(d.id)?.affiliation;
  for (let step = 0; id && step < 3; step++) {
    if (stateEntry(id)) return id;
    id = sc.reg.get(id)?.affiliation ?? entryById(id)?.affiliation;
  }
  return null;
}

/** The organization mentioned last before `at`: what "its" refers to. */
function bodyBefore(sc: Scan, at: number): Draft | null {
  let best: { d: Draft; at: number } | null = null;
  for (const d of sc.reg.all()) {
    if (d.kind !== 'organization') continue;
    for (const m of d.mentions) if (m.end <= at && (!best || m.start > best.at)) best = { d, at: m.start };
  }
  return best ? canonical(sc, best.d) : null;
}

/** The branch phrases of the text, their parents' names or drafts and the regions they name. */
function branchPhrases(text: string): Array<{ start: number; end: number; region: string | null; parent: string }> {
  const out: Array<{ start: number; end: number; region: string | null; parent: string }> = [];
  const covered = (at: number) => out.some((b) => at >= b.start && at < b.end);
  for (const m of text.matchAll(OF_FOR))
    if (regionWord(m[2]!)) out.push({ start: m.index, end: m.index + m[0].length, region: m[2]!, parent: m[1]! });
  for (const m of text.matchAll(POSSESSIVE_FOR))
    if (regionWord(m[2]!) && !covered(m.index))
      out.push({ start: m.index, end: m.index + m[0].length, region: m[2]!, parent: m[1]! });
  for (const m of text.matchAll(REGION_OF))
    if (regionWord(m[1]!) && !covered(m.index))
      out.push({ start: m.index, end: m.index + m[0].length, region: m[1]!, parent: m[2]! });
  for (const m of text.matchAll(ITS_REGION))
    if (regionWord(m[1]!) && !covered(m.index))
      out.push({ start: m.index, end: m.index + m[0].length, region: m[1]!, parent: '' });
  for (const m of text.matchAll(REGIONAL_OF))
    if (!covered(m.index)) out.push({ start: m.index, end: m.index + m[0].length, region: null, parent: m[1]! });
  return out;
}

/** Gives each branch phrase its branch body, `<parent id>-<region>`, in place of what was read there. */
export function settleBodyBranches(sc: Scan): void {
  if (!/(?:irectorate|epartment|ranch|ffice|dministration)\b/.test(sc.text)) return;
  const phrases = branchPhrases(sc.text);
  if (!phrases.length) return;
  const home = storyState(sc);
  const regions = new Set(phrases.map((p) => p.region).filter((r): r is string => !!r));
  // "the regional department of the Emergencies Ministry" alone: the region the story is about (region-governments.ts).
  const only = regions.size === 1 ? [...regions][0]! : regions.size ? null : storyRegionName(sc);
  const branches: Branch[] = phrases.map((p) => ({ ...p, region: p.region ?? only }));
  // A region lies in one state: a branch whose parent gives no state takes the state another branch there gave.
  const regionState = new Map<string, string>();
  const parentOf = (b: Branch) => {
    const own = b.region ? (regionState.get(b.region) ?? home) : home;
    return typeof b.parent === 'string' && b.parent ? parentBody(sc, b.parent, own) : bodyBefore(sc, b.start);
  };
  for (const pass of [0, 1])
    for (const b of branches) {
      if (typeof b.parent !== 'string' || !b.region) continue;
      const parent = parentOf(b);
      const state = parent ? stateOf(sc, parent) : null;
      if (!parent || !state) continue;
      regionState.set(b.region, state);
      if (pass) mentionBranch(sc, b, parent);
    }
}

/** The branch draft of `parent` in `b.region`, with the phrase as its mention and what overlapped it dropped. */
function mentionBranch(sc: Scan, b: Branch, parent: Draft): void {
  const id = `${parent.id}-${slugify(b.region!)}`;
  const emptied: Draft[] = [];
  for (const d of sc.reg.all()) {
    const over = d.mentions.filter((x) => x.start < b.end && b.start < x.end);
    for (const m of over) sc.reg.unmention(d.id, m.start, m.end);
    if (over.length && !d.mentions.length && d.id !== parent.id) emptied.push(d);
  }
  const d = sc.reg.ensure(id, `${parent.name} for ${b.region}`, 'organization');
  d.affiliation = parent.id;
  const surface = sc.text.slice(b.start, b.end);
  sc.reg.mention(id, b.start, b.end, 'name', surface);
  // A draft read from the phrase alone ("Investigative Directorate of the Investigative Committee") goes with it.
  for (const x of emptied) if (x.kind !== 'state') sc.reg.transfer(x.id, id, [], sc.text);
}
