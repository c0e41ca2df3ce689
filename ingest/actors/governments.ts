// "the government" written without its state: "the government announced", "accused government of" (the bare
// form of Commonwealth and African English), "the federal government said". It is the government of the state the
// story is about (forces.ts storyState), the state itself as every other article keys it ("Togo", "the Togolese
// government"). Left alone: "the government forces", "the government of X", "pro-government", "his government",
// "the interim government" (a word of its own before it), and any "government" once the article names a body
// called a government ("Government of National Unity", "Kurdistan Regional Government"), which it may stand for;
// a body "Government" only qualifies ("Government Communication Service") is none.
// In: a View per sentence, then the whole Scan. Out: descriptor mentions of the story state on the Scan.
import federations from '../gazetteer/data/federations.json' with { type: 'json' };
import { placeState, placesState } from '../gazetteer/cities.ts';
import { stateEntry } from '../gazetteer/index.ts';
import { bodyOwners, storyState } from './forces.ts';
import type { Description, Scan } from './scan.ts';
import { isCap, surfaceOf, type View } from './view.ts';

/** Lower-case words that may stand between "the" and "government" and leave it the state's own. */
const STATE_LEVEL = new Set(['federal', 'central', 'national']);
/** Tags of a word before a bare "government" (no article) that leave it a noun phrase of its own. */
const BEFORE_BARE = new Set(['VERB', 'AUX', 'ADP', 'CCONJ', 'SCONJ']);
/** Tags of a word after "government" that make it a modifier ("government troops", "government spokesman"). */
const ATTRIBUTIVE = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Words after it that a tagger may call nouns but that open a clause ("the government said"). */
const CLAUSE_AFTER = new Set(['said', 'says', 'has', 'had', 'have', 'was', 'is', 'would', 'will', 'and', 'or']);

/** Marks that open a sentence of their own: a quote, a colon. */
const OPENING_MARK = /^["“‘'(:—–]$/;

/** Where "government" at token k opens a description of the story state's government: its first token, or -1. */
function openingOf(v: View, k: number): number {
  if (v.keys[k] !== 'government') return -1;
  if (isCap(v.toks[k]!)) return capitalOpening(v, k);
  const next = v.toks[k + 1];
  if (next && (isCap(next) || /^[-‐–]/.test(next.text))) return -1;
  // "the government of Niger", "the government of the day": not "accused government of covering up".
  const after = v.toks[k + 2];
  if (v.keys[k + 1] === 'of' && after && (isCap(after) || v.keys[k + 2] === 'the')) return -1;
  if (next && ATTRIBUTIVE.has(next.pos) && !CLAUSE_AFTER.has(v.keys[k + 1]!)) return -1;
  let a = k - 1;
  if (STATE_LEVEL.has(v.keys[a] ?? '') && !isCap(v.toks[a]!)) a--;
  if (v.keys[a] === 'the') return a;
  // No article: "accused government of", "said government was" (a verb, a preposition or a conjunction before).
  const prev = v.toks[k - 1];
  return a === k - 1 && prev && BEFORE_BARE.has(prev.pos) && !/[-‐–]$/.test(prev.text) ? k : -1;
}

/**
 * "Government" or "the State" written capitalized for the story's own state, as the press of small states writes it
 * ("Government has approved", "said Government would", "the condolences of the Government", KUNA's "the safety valve
 * of the State"): a word alone, no capitalized word of a name before it ("Solomon Islands Government") or after it
 * ("Government House", "the State Department"), no noun it qualifies ("Government spokesman"), no "of X" after it.
 */
function capitalOpening(v: View, k: number): number {
  const next = v.toks[k + 1];
  if (next && (isCap(next) || /^[-‐–]/.test(next.text) || v.keys[k + 1] === 'of')) return -1;
  if (next && ATTRIBUTIVE.has(next.pos) && !CLAUSE_AFTER.has(v.keys[k + 1]!)) return -1;
  const prev = v.toks[k - 1];
  if (v.keys[k - 1] === 'the') {
    const before = v.toks[k - 2];
    return before && isCap(before) && before.pos !== 'PUNCT' ? -1 : k - 1;
  }
  if (v.keys[k] !== 'government') return -1;
  // Bare "Government": first in its sentence or quote before a verb ("Government has approved"), or after a verb or
  // a conjunction ("said Government would").
  if (!prev || OPENING_MARK.test(prev.text)) return next && (next.pos === 'VERB' || next.pos === 'AUX') ? k : -1;
  return !isCap(prev) && BEFORE_BARE.has(prev.pos) && prev.pos !== 'ADP' ? k : -1;
}

/**
 * A state's own word for its central government, written capitalized after "the" (world knowledge): India's press
 * calls New Delhi's government "the Centre" ("asked the Centre to open a dialogue"). Only in a story about it.
 */
const OWN_WORDS = new Map([['centre', 'india']]);

/** "the Centre" at token k: its state's own word for its government, not a body's name ("the Centre for X"). */
function ownWordAt(v: View, k: number): boolean {
  const next = v.toks[k + 1];
  if (!OWN_WORDS.has(v.keys[k]!) || !isCap(v.toks[k]!) || v.keys[k - 1] !== 'the') return false;
  if (k >= 2 && isCap(v.toks[k - 1]!) && v.toks[k - 2]!.pos !== 'PUNCT') return false;
  if (next && (isCap(next) || /^[-‐–]/.test(next.text))) return false;
  // "the Centre for Science and Environment", "the Centre on Housing Rights": a body's name; "asked the Centre for
  // funds" is the government.
  const after = v.toks[k + 2] && v.keys[k + 2] === 'the' ? v.toks[k + 3] : v.toks[k + 2];
  return !(/^(?:for|of|on)$/.test(v.keys[k + 1] ?? '') && after && isCap(after));
}

/** The head of "the State": the story state's own government, except in a federation, whose states are "the State". */
const STATE_WORD = 'State';

/** The head of a description whose state its seat names: "in:" and the state's id. */
const SEAT = 'in:';

/**
 * "the government in Kinshasa", "the federal government in Mogadishu": the state of the capital or city written right after
 * "government in" (gazetteer/cities.ts), whatever state the story is about; null when no known place follows.
 */
function seatAfter(v: View, k: number): string | null {
  if (v.keys[k + 1] !== 'in') return null;
  let end = k + 2;
  while (end < k + 5 && v.toks[end] && isCap(v.toks[end]!)) end++;
  for (let e = end; e > k + 2; e--) {
    const state = placeState(surfaceOf(v, k + 2, e));
    if (state && stateEntry(state)) return state;
  }
  return null;
}

/** Finds the descriptions of one sentence ("the government", "the federal government", a bare "government"). */
export function governmentDescriptions(sc: Scan, v: View): void {
  for (let k = 0; k < v.keys.length; k++) {
    if (ownWordAt(v, k)) {
      const t = v.toks[k - 1]!;
      sc.governmentDescriptions.push({
        start: t.start,
        end: v.toks[k]!.end,
        surface: surfaceOf(v, k - 1, k + 1),
        head: v.keys[k]!,
      });
      continue;
    }
    const state = v.keys[k] === 'state' && isCap(v.toks[k]!);
    const a = state ? capitalOpening(v, k) : openingOf(v, k);
    if (a < 0) continue;
    const seat = seatAfter(v, k);
    sc.governmentDescriptions.push({
      start: v.toks[a]!.start,
      end: v.toks[k]!.end,
      surface: surfaceOf(v, a, k + 1),
      head: state ? STATE_WORD : seat ? `${SEAT}${seat}` : 'government',
    });
  }
}

/**
 * Whether the article names a body called a government ("Government of National Unity", "Kurdistan Regional
 * Government"), which a bare "the government" may stand for; not a "pro-government" group.
 */
const namesGovernmentBody = (sc: Scan) =>
  [...sc.text.matchAll(GOVERNMENT_NAME)].some(
    (m) => !namesState(sc, m.index, m.index + m[0].length) && !partyOf(sc, m[0].replace(/\s+Government$/, '')),
  ) ||
  sc.reg
    .all()
    .some(
      (d) =>
        d.kind !== 'state' &&
        d.mentions.some(written) &&
        GOVERNMENT_HEAD.test(d.name) &&
        !partyOf(sc, d.name.replace(/\s+Government$/, '')),
    );

/** A party the article names by this name or acronym ("PLP", "Progressive Labour Party"), or undefined. */
const partyOf = (sc: Scan, name: string) =>
  sc.reg
    .all()
    .find((d) => d.kind === 'organization' && PARTY_NAME.test(d.name) && (d.name === name || d.aliases.has(name)));
const PARTY_NAME = /\bParty\b/;

/** "the PLP Government", "the Progressive Labour Party government": a party's name before the word. */
const PARTY_GOVERNMENT = /\b(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*)\s+[Gg]overnment\b/gu;

/**
 * "the PLP Government was told", "the Progressive Labour Party government had been warned": the government the party
 * forms, the story state's, as "the government" is; not in a sentence that names another state ("in the Bahamas,
 * the Progressive Liberal Party government"). A draft read from the phrase ("PLP Government") gives it up.
 */
function settlePartyGovernments(sc: Scan, state: string | null): void {
  if (!state || !stateEntry(state)) return;
  for (const m of sc.text.matchAll(PARTY_GOVERNMENT)) {
    const words = m[1]!.split(/\s+/);
    // "the Progressive Labour Party government", "Opposition PLP Government": the longest tail that is a party.
    const party = words.map((_, i) => words.slice(i).join(' ')).find((n) => partyOf(sc, n));
    if (!party) continue;
    // The word "government" is the state's; the party keeps its name's mention ("the [PLP] [Government]").
    const end = m.index + m[0].length;
    const from = end - 'government'.length;
    const sentence = sentenceAround(sc.text, m.index);
    const other = sc.reg
      .all()
      .some(
        (d) =>
          d.kind === 'state' &&
          d.id !== state &&
          d.mentions.some((x) => x.start >= sentence[0] && x.end <= sentence[1]),
      );
    if (other) continue;
    // A draft read from the whole phrase ("PLP Government") gives it up; the party's own name is mentioned again.
    for (const d of sc.reg.all()) {
      if (d.kind === 'state' || d.kind === 'person') continue;
      for (const x of d.mentions.filter((x) => x.start < end && from < x.end)) {
        sc.reg.unmention(d.id, x.start, x.end);
        const p = partyOf(sc, party);
        if (p && x.start < from)
          sc.reg.mention(p.id, x.start, x.start + sc.text.slice(x.start, from).trimEnd().length, 'name', party);
      }
    }
    const ds = { start: from, end, surface: sc.text.slice(from, end), head: 'government' };
    mentionState(sc, state, ds);
    sc.governmentDescriptions.push(ds);
  }
}

/** [start, end) of the sentence holding `at`. */
function sentenceAround(text: string, at: number): [number, number] {
  const before = text.slice(0, at);
  const open = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf(': ')) + 1;
  const close = /[.!?](?:\s|$)|\n/.exec(text.slice(at));
  return [open, close ? at + close.index : text.length];
}
/** A mention the text names the body by, not a description given to it ("the state government": region-governments). */
const written = (m: { kind?: string }) => m.kind !== 'descriptor';

/** Whether a state's mention overlaps [start, end): "the Solomon Islands Government" is the state, no body of its own. */
const namesState = (sc: Scan, start: number, end: number) =>
  sc.reg.all().some((d) => d.kind === 'state' && d.mentions.some((m) => m.start < end && start < m.end));
/** A body whose head is "Government" ("Kurdistan Regional Government"), not one it qualifies ("Government Media Office"). */
const GOVERNMENT_HEAD = /(?<![-‐–])\bGovernment$|^Government\s+(?:of|for)\b/u;
/** A name called a government in the text, found or not by the recognisers: "Government of National Unity". */
const GOVERNMENT_NAME =
  /\bGovernment\s+(?:of|for)\s+(?:the\s+)?\p{Lu}|\b(?!The\b)\p{Lu}\p{L}+[ \t]+Government\b(?![ \t]+\p{Lu})/gu;

/**
 * The story state, when the article says so beyond naming it once: its dateline's (state or city) or outlet's
 * state, the owner of the state bodies it names, a state it names twice, or the state of the places it names;
 * never a state named beside another state's bodies ("Five soldiers of the Togolese Armed Forces ... without naming Burkina Faso").
 */
function governmentState(sc: Scan): string | null {
  const state = storyState(sc);
  if (!state || state === sc.homeState || state === sc.cityState) return state;
  const owners = bodyOwners(sc, true);
  if (toldFromDateline(sc, owners)) return sc.homeState ?? sc.cityState!;
  if ([...owners].some((o) => o !== state)) return null;
  const named = sc.reg.get(state)?.mentions.length ?? 0;
  return owners.has(state) || named >= 2 || placesState(sc.text) === state ? state : null;
}

/**
 * A story told from inside its dateline's state though it names another state more ("MOGADISHU (Reuters) - Al
 * Shabaab attacked a Somali army base ... Kenyan troops ... across the border in Kenya"): the places it names are
 * all the dateline's state's, and every body of another state it names is that state's forces (troops on the
 * ground, not a government that speaks). Not a bureau's story about a neighbour, whose places are the neighbour's.
 */
function toldFromDateline(sc: Scan, owners: Set<string>): boolean {
  const home = sc.homeState ?? sc.cityState;
  if (!home || placesState(sc.text) !== home) return false;
  const foreign = sc.reg
    .all()
    .filter((d) => d.affiliation && d.affiliation !== home && owners.has(d.affiliation))
    .filter((d) => d.id.startsWith(`${d.affiliation}-`) && d.mentions.some((m) => m.kind !== 'descriptor'));
  return foreign.every((d) => FORCE_IDS.test(d.id.slice(d.affiliation!.length + 1)));
}
/** Id suffixes of a state's forces (forces.ts): "kenya-military", "uganda-police". */
const FORCE_IDS = /^(?:military|army|police|navy|air-force|marines|armed-forces|troops)$/;

/** Gives each description to the story state, when the story has one and names no body called a government. */
export function resolveGovernmentDescriptions(sc: Scan): void {
  if (/\s[Gg]overnment\b/.test(sc.text)) settlePartyGovernments(sc, governmentState(sc));
  if (!sc.governmentDescriptions.length || namesGovernmentBody(sc)) return;
  const taken = new Set(sc.reg.all().flatMap((d) => d.mentions.map((m) => m.start)));
  // Read before a seat's state is mentioned: "the government in Moscow" does not make a Kyiv story Russia's.
  const state = governmentState(sc);
  for (const ds of sc.governmentDescriptions) {
    if (ds.head.startsWith(SEAT) && !taken.has(ds.start)) mentionState(sc, ds.head.slice(SEAT.length), ds);
  }
  for (const ds of sc.governmentDescriptions) {
    if (taken.has(ds.start) || ds.head.startsWith(SEAT)) continue;
    const owner = FEDERAL_WORD.test(ds.surface) ? federalState(sc, state) : state;
    if (!owner || !stateEntry(owner) || !ownHead(ds.head, owner)) continue;
    mentionState(sc, owner, ds);
  }
}

const FEDERATIONS = new Set(federations.states);

/** Whether a description's head names this state's government: "government", its own word, "the State" but in a federation. */
const ownHead = (head: string, owner: string) =>
  head === 'government' || OWN_WORDS.get(head) === owner || (head === STATE_WORD && !FEDERATIONS.has(owner));
const FEDERAL_WORD = /\bfederal\b/i;

/**
 * Whose "the federal government" is: the story state when it is a federation (data/federations.json), else the
 * dateline's or outlet's state when that one is ("Addis Abeba – … from across the border with Eritrea … the federal
 * government": Ethiopia's, Eritrea having none); else the one federation the article names, by name or by its
 * bodies ("a fire at the detention centre on Nauru, with the federal government blaming ... An Australian Federal
 * Police spokeswoman": Australia's, Nauru having none); else no one's.
 */
function federalState(sc: Scan, state: string | null): string | null {
  if (state && FEDERATIONS.has(state)) return state;
  const home = sc.homeState ?? sc.cityState ?? null;
  if (home && FEDERATIONS.has(home)) return home;
  const named = sc.reg
    .all()
    .filter((d) => d.kind === 'state' && d.mentions.length > 0)
    .map((d) => d.id);
  const federations = new Set([...named, ...bodyOwners(sc)].filter((id) => FEDERATIONS.has(id)));
  return federations.size === 1 ? [...federations][0]! : null;
}

/** The description as a mention of the state, which acts here whatever its names are (resolve.ts dropNonActors keeps it). */
function mentionState(sc: Scan, state: string, ds: Description): void {
  if (!sc.reg.has(state)) sc.reg.ensure(state, stateEntry(state)!.name, 'state');
  sc.reg.mention(state, ds.start, ds.end, 'descriptor', ds.surface);
}

/** Roles of a head of state or government, whose unowned "X administration" is the story state's. */
const HEAD_ROLES = /^(?:president|prime minister|premier|chancellor)$/i;

/** "the Bukele administration", "the Ruto government": a person's surname before the word. */
const LEADER_GOVERNMENT = /\b[Tt]he ((?:\p{Lu}[\p{L}'’-]+ ){0,2}\p{Lu}[\p{L}'’-]+) (?:administration|government)\b/gu;

/**
 * "the Bukele administration", "the Ruto government": the government a leader the article names heads is the state,
 * as "the government" is (the leader's own state, else the story's when the article calls the leader its head); the
 * leader keeps the name's own mention.
 */
export function settleLeaderGovernments(sc: Scan): void {
  for (const m of sc.text.matchAll(LEADER_GOVERNMENT)) {
    const name = m[1]!;
    const start = m.index;
    const leader = sc.reg
      .all()
      .find((d) => d.kind === 'person' && (d.name === name || d.name.endsWith(` ${name}`)) && d.mentions.length);
    if (!leader) continue;
    const head = [...leader.roles].some((r) => HEAD_ROLES.test(r));
    const own =
      leader.affiliation && stateEntry(leader.affiliation) ? leader.affiliation : head ? storyState(sc) : null;
    if (!own || !stateEntry(own) || sc.reg.get(own)?.spans.has(start * 1e7 + start + m[0].length)) continue;
    // "the McGowan government" a region's premier heads: the region's government has it (region-governments.ts).
    if (sc.reg.all().some((d) => d.kind !== 'person' && d.spans.has(start * 1e7 + start + m[0].length))) continue;
    mentionState(sc, own, { start, end: start + m[0].length, surface: m[0], head: 'government' });
  }
}
