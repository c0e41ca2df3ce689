// World-knowledge gazetteer: states, bodies, armed groups, outlets, titles and places from data/*.json,
// compiled once into a token trie. In: token keys (keys.ts). Out: longest matches with the entry they name.
import type { ActorKind } from '../../graph/schema.ts';
import groupsData from './data/groups.json' with { type: 'json' };
import missionsData from './data/missions.json' with { type: 'json' };
import organizationsData from './data/organizations.json' with { type: 'json' };
import titlePersonsData from './data/title-persons.json' with { type: 'json' };
import outletsData from './data/outlets.json' with { type: 'json' };
import { regionPoliceBodies } from './policed-regions.ts';
import placesData from './data/places.json' with { type: 'json' };
import stateForcesData from './data/state-forces.json' with { type: 'json' };
import statesData from '../../graph/data/states.json' with { type: 'json' };
import titlesData from './data/titles.json' with { type: 'json' };
import { hyphenedKeys, keysOf, numberSplitKeys, spellingKey, tokenKey } from './keys.ts';

// Patterns made once: a regex literal inside a function is a new object each time it runs, and these run per token.
const LETTER = /\p{L}/u;
const SPACES = /\s+/;
const THE_PREFIX = /^the /i;

export interface StateEntry {
  id: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  /** Demonym plurals used as nouns ("Americans"); derived when omitted. */
  plurals?: string[];
  capitals: string[];
  /** Seats of government that stand for the state in any context ("the Kremlin", "the White House"). */
  seats?: string[];
  /**
   * A polity that is no UN member (a self-governing territory, a de facto state, an autonomy): the state it belongs to
   * or broke away from. Its own government is the polity itself (or its body in organizations.json), never this one's.
   */
  sovereign?: string;
  /**
   * An autonomy inside its sovereign (Gagauzia, Bougainville): a story there is its sovereign's for the bodies written
   * without a name ("the government", "Parliament", "the National Government"); its own are named ("the regional government").
   */
  autonomy?: boolean;
}

export interface BodyEntry {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  affiliation?: string;
  domains?: string[];
  /** A mission or force its affiliation runs abroad (AMISOM, UNIFIL): "the AU mission" names it. */
  mission?: boolean;
  /** A mission's host state (missions.json): "the UN peacekeeping mission in the country" there is this mission. */
  host?: string;
  /** The years a mission ran, `to` absent while it runs. */
  from?: number;
  to?: number;
  /** A peacekeeping mission or force (not a political or assistance mission): what "peacekeepers" serve in. */
  peacekeeping?: boolean;
  /** An outlet's home: the state a national paper, broadcaster or news agency reports from and on (SANA: Syria). */
  state?: string;
  /** A region's or polity's own government or legislature: what "the regional government" there names. */
  regional?: 'government' | 'legislature';
  /** The names and adjectives of a region the gazetteer keeps as a place ("Catalonia", "Catalan"), for `regional`. */
  region?: string[];
  /** An international NGO whose national offices go by "<name> <country>" ("Greenpeace Russia"): the NGO itself. */
  nationalBranches?: boolean;
}

export interface TitleEntry {
  /** Canonical role name ("Foreign Minister"). */
  title: string;
  /** Other written forms ("FM", "Foreign Secretary"). */
  forms?: string[];
  /** What the role implies: a ministry suffix for the state ("foreign-ministry"), or "state" / "legislature". */
  body?: string;
  /**
   * A courtesy title or abbreviation that is a title only right before a name ("Hon. Mohamed Swaray", "PS Riumana",
   * "Datuk Seri Ruslan"); elsewhere the word is left to the other readers ("the PS", "Ustaz said").
   */
  beforeName?: boolean;
  /**
   * A title only written alone ("the Wali said", "Wali says"): before a capitalized word it is a given name ("Wali
   * Khan"), left to the other readers.
   */
  alone?: boolean;
}

export type EntryRole = 'name' | 'alias' | 'metonym' | 'seat' | 'demonym' | 'plural' | 'title' | 'place';

export interface Hit {
  /** Actor id for actors; the title string for titles; the place name for places. */
  id: string;
  role: EntryRole;
  /** The surface form as written in the data, for case checks. */
  surface: string;
  /** Precomputed case class of the surface: 2 = acronym (all capitals), 1 = capitalized, 0 = any. */
  kase?: number;
  /**
   * An outlet's name with accents ("Libération"): written without them it is the common word ("the Front for the
   * Liberation of ..."); an unaccented form the outlet goes by is an alias of its own ("El Pais").
   */
  accented?: boolean;
}

interface Node {
  next: Map<string, Node>;
  hits: Hit[];
}

const newNode = (): Node => ({ next: new Map(), hits: [] });

export const states = statesData as StateEntry[];
/** A state's own force (its military, police, border service...): world knowledge of the names it goes by. */
interface StateForce {
  state: string;
  /** The id suffix every way of naming that force keys to ("military", "police", "border-service"). */
  branch: string;
  name: string;
  aliases: string[];
  /** A police force that is not what a bare "police" means in a story from its state (policing there is regional). */
  regionalPolicing?: boolean;
}

/** States with one police force for the whole country: a bare "police" in a story from there is it. */
const nationalPolice = new Set(
  (stateForcesData as StateForce[]).filter((f) => f.branch === 'police' && !f.regionalPolicing).map((f) => f.state),
);

/** Whether a state's police is one national force (state-forces.json), what "police said" there means. */
export const hasNationalPolice = (stateId: string): boolean => nationalPolice.has(stateId);

/**
 * States whose army is a branch of armed forces named apart (state-forces.json has an `army` entry: the Philippine Army
 * of the AFP, Indonesia's TNI AD of the TNI): there "the army" is that branch, `<state>-army`, and "the military" the
 * armed forces; elsewhere (Sudan, Nigeria, India) the army is what the press calls the military.
 */
const armyBranch = new Set((stateForcesData as StateForce[]).filter((f) => f.branch === 'army').map((f) => f.state));

/** Whether a state's army is a branch named apart from its armed forces (state-forces.json). */
export const hasArmyBranch = (stateId: string): boolean => armyBranch.has(stateId);

/** `<state>|<branch>` of every force in state-forces.json ("france|gendarmerie", "italy|gendarmerie"). */
const forceBranches = new Set((stateForcesData as StateForce[]).map((f) => `${f.state}|${f.branch}`));

/** Whether a state has a force of this branch (state-forces.json): "gendarmes" in a story from there are its own. */
export const hasForceBranch = (stateId: string, branch: string): boolean => forceBranches.has(`${stateId}|${branch}`);

/** States whose police in state-forces.json is a federal force ("Federal Police of Brazil", "Australian Federal Police"). */
const federalPolice = new Set(
  (stateForcesData as StateForce[])
    .filter((f) => f.branch === 'police' && [f.name, ...f.aliases].some((n) => /\bFederal\b/.test(n)))
    .map((f) => f.state),
);

/** Whether a state's police force is its federal police, what "the Federal Police" means in a story from there. */
export const hasFederalPolice = (stateId: string): boolean => federalPolice.has(stateId);

/**
 * The bodies of state-forces.json, `<state>-<branch>` like the ones the demonym phrases make ("Sudanese army" is
 * sudan-military); an entry organizations.json already has (israel-military) keeps its name and gains the aliases.
 */
function stateForceBodies(known: BodyEntry[]): BodyEntry[] {
  const byId = new Map(known.map((b) => [b.id, b]));
  const added: BodyEntry[] = [];
  for (const f of stateForcesData as StateForce[]) {
    const id = `${f.state}-${f.branch}`;
    const own = byId.get(id);
    if (own) own.aliases = [...new Set([...own.aliases, f.name, ...f.aliases])];
    else added.push({ id, name: f.name, kind: 'organization', aliases: f.aliases, affiliation: f.state });
  }
  return added;
}

const organizations = (organizationsData as BodyEntry[]).map((b) => ({ ...b, aliases: [...b.aliases] }));
export const bodies = [
  ...organizations,
  ...(missionsData as BodyEntry[]),
  ...stateForceBodies(organizations),
  ...regionPoliceBodies(),
  ...(groupsData as BodyEntry[]),
  // People the press calls by a unique title ("the Dalai Lama", "the Aga Khan"): one person, not a title before a name.
  ...(titlePersonsData as BodyEntry[]),
  ...(outletsData as Omit<BodyEntry, 'kind'>[]).map((o) => ({ ...o, kind: 'outlet' as const })),
];
export const titles = titlesData as TitleEntry[];
/**
 * States whose military goes by an army's name too ("Nigerian Army", "Nepali Army", Thailand's "Royal Thai Army",
 * India's "Indian Army"): the press calls the army the military there, one node, so "the Army" is all of it.
 */
const militaryArmyNamed = new Set(
  bodies
    .filter((b) => b.affiliation && b.id === `${b.affiliation}-military`)
    .filter((b) => [b.name, ...b.aliases].some((n) => /\bArmy\b/.test(n)))
    .map((b) => b.affiliation!),
);

/** Whether a state's military has an army's name among its names (state-forces.json), and no army branch apart. */
export const militaryIsArmy = (stateId: string): boolean => militaryArmyNamed.has(stateId) && !hasArmyBranch(stateId);

export const places = placesData as string[];

const byId = new Map<string, { id: string; name: string; kind: ActorKind; affiliation?: string }>();
const stateById = new Map<string, StateEntry>();
const titleByName = new Map<string, TitleEntry>();
/** Demonym key ("russian") → state id; also the state's name keys ("russia") for "Russia's". */
const demonymState = new Map<string, string>();
const domainOutlet = new Map<string, BodyEntry>();
const root = newNode();

/**
 * Case class of a data surface: 3 = written in mixed case inside one word ("LeT", "DoD"): an ordinary word in other
 * case ("Let's"), matched only as written; 2 = acronym (all capitals); 1 = capitalized; 0 = any.
 */
function caseClass(written: string): number {
  // "the States": the article is written in either case, the name after it decides ("the states" is no country).
  const surface = written.replace(THE_PREFIX, '');
  const letters = surface.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return 2;
  if (!/\s/.test(surface.trim()) && /\p{Ll}/u.test(letters) && /\p{Lu}/u.test(letters.slice(1))) return 3;
  const first = LETTER.exec(surface)?.[0];
  return first && first === first.toUpperCase() && first !== first.toLowerCase() ? 1 : 0;
}

const capitalized = (w: string) => {
  const c = LETTER.exec(w)?.[0];
  return !!c && c === c.toUpperCase() && c !== c.toLowerCase();
};

/** caseFits with the data side precomputed: the scan calls it for every gazetteer match. */
export function hitFits(hit: Hit, written: string): boolean {
  if (hit.accented && !NON_ASCII.test(written)) return false;
  const kase = hit.kase ?? caseClass(hit.surface);
  if (kase === 0) return true;
  if (kase === 3) return written.replace(/\./g, '') === hit.surface.replace(/\./g, '');
  const c = written.charCodeAt(0);
  // A lower-case ASCII letter first fits neither an acronym nor a capitalized name ("us" is not "US"): most
  // matches of a common word end here, with no string made.
  if (c >= 97 && c <= 122) return false;
  if (kase === 2) {
    const w = written.replace(/[^\p{L}]/gu, '');
    return w === w.toUpperCase();
  }
  if (!(c >= 65 && c <= 90) && !caseFits(hit.surface, written)) return false;
  // Every capitalized word of a name is capitalized as written: "The national anthem" is not "The National".
  const want = hit.surface.split(SPACES);
  if (want.length < 2) return true;
  const got = written.split(SPACES);
  return want.every((w, i) => !capitalized(w) || got[i] === undefined || capitalized(got[i]!));
}

function add(surface: string, hit: Hit): void {
  hit.kase = caseClass(surface);
  const keys = keysOf(surface);
  if (!keys.length) return;
  addPath(keys, hit);
  // "Co-operation", "Inter-Services", "Anti-Corruption": the tagger keeps a prefix's compound one token.
  const whole = hyphenedKeys(surface);
  if (whole.length !== keys.length) addPath(whole, hit);
  const split = numberSplitKeys(surface);
  if (split.length !== keys.length) addPath(split, hit);
}

function addPath(keys: string[], hit: Hit): void {
  let node = root;
  for (const key of keys) {
    const k = spellingKey(key);
    let n = node.next.get(k);
    if (!n) node.next.set(k, (n = newNode()));
    node = n;
  }
  // Same entry in another case ("Spokesman", "spokesman") is kept: the case check picks the one written.
  if (!node.hits.some((h) => h.id === hit.id && h.role === hit.role && h.surface === hit.surface)) node.hits.push(hit);
}

function withoutThe(s: string): string[] {
  return THE_PREFIX.test(s) ? [s, s.slice(4)] : [s];
}

function plural(demonym: string): string {
  if (/(ese|ss|sh|ch|x|z)$/i.test(demonym)) return demonym;
  if (/i$/i.test(demonym)) return demonym + 's';
  return demonym + 's';
}

for (const s of states) {
  byId.set(s.id, { id: s.id, name: s.name, kind: 'state' });
  stateById.set(s.id, s);
  add(s.name, { id: s.id, role: 'name', surface: s.name });
  for (const a of s.aliases) for (const f of withoutThe(a)) add(f, { id: s.id, role: 'alias', surface: f });
  for (const d of s.demonyms) {
    add(d, { id: s.id, role: 'demonym', surface: d });
    demonymState.set(keysOf(d).join(' '), s.id);
  }
  for (const p of s.plurals ?? s.demonyms.map(plural)) {
    if (s.demonyms.includes(p)) continue;
    add(p, { id: s.id, role: 'plural', surface: p });
  }
  for (const c of s.capitals) add(c, { id: s.id, role: 'metonym', surface: c });
  for (const seat of s.seats ?? []) for (const f of withoutThe(seat)) add(f, { id: s.id, role: 'seat', surface: f });
  for (const n of [s.name, ...s.aliases]) {
    const k = keysOf(n).join(' ');
    if (!demonymState.has(k)) demonymState.set(k, s.id);
  }
}
/**
 * Names without their article: "The Australian" bare is a demonym ("Australian exporters") and "The National",
 * "The Hill" or "The Economist" bare are ordinary words ("National Unity Government", "economist John Hale"), so
 * a one-word name keeps its article; longer names also match without it ("Washington Post").
 */
/** "UN", "U.N." and "United Nations" open a UN body's name alike ("United Nations refugee agency" is UNHCR's alias too). */
const UN_PREFIX = /^(?:UN|U\.N\.|United Nations) /;
function unForms(s: string): string[] {
  const m = UN_PREFIX.exec(s);
  return m ? ['UN ', 'U.N. ', 'United Nations '].map((p) => p + s.slice(m[0].length)) : [s];
}
function bodyForms(s: string): string[] {
  return unForms(s).flatMap((u) => withoutThe(u).filter((f) => f === u || keysOf(f).length > 1));
}
const NON_ASCII = /\P{ASCII}/u;
for (const b of bodies) {
  byId.set(b.id, { id: b.id, name: b.name, kind: b.kind, affiliation: b.affiliation });
  const accented = b.kind === 'outlet' && NON_ASCII.test(b.name) ? { accented: true } : {};
  for (const f of bodyForms(b.name)) add(f, { id: b.id, role: 'name', surface: f, ...accented });
  for (const a of b.aliases) for (const f of bodyForms(a)) add(f, { id: b.id, role: 'alias', surface: f });
  for (const d of b.domains ?? []) domainOutlet.set(d.toLowerCase(), b);
}
for (const t of titles) {
  titleByName.set(t.title, t);
  // Callers often hold a token's lower-case key ("general", "senator"): the title answers to it too.
  if (!titleByName.has(t.title.toLowerCase())) titleByName.set(t.title.toLowerCase(), t);
  add(t.title, { id: t.title, role: 'title', surface: t.title });
  for (const f of t.forms ?? []) add(f, { id: t.title, role: 'title', surface: f });
}
for (const p of places) add(p, { id: p, role: 'place', surface: p });

export function entryById(id: string): { id: string; name: string; kind: ActorKind; affiliation?: string } | undefined {
  return byId.get(id);
}

export function stateEntry(id: string): StateEntry | undefined {
  return stateById.get(id);
}

/**
 * A body of a state (its military, a ministry): the gazetteer's entry when it knows one ("israel-military" is the
 * Israel Defense Forces), else "<Demonym> <label>" ("Sudanese military"), always `<state>-<suffix>`.
 */
export function stateBodyEntry(
  stateId: string,
  suffix: string,
  label: string,
  kind: ActorKind = 'organization',
): { id: string; name: string; kind: ActorKind } | undefined {
  const state = stateById.get(stateId);
  if (!state) return undefined;
  const id = `${stateId}-${suffix}`;
  const known = byId.get(id);
  return { id, name: known?.name ?? `${state.demonyms[0] ?? state.name} ${label}`, kind: known?.kind ?? kind };
}

/** The key of a body's name without its state's ("Border Service of Kyrgyzstan", "Kyrgyz Border Service" → "border service"). */
function unqualified(form: string[], state: StateEntry): string[] | null {
  for (const q of [state.name, ...state.aliases, ...state.demonyms].map((n) => keysOf(n))) {
    const n = q.length;
    if (form.length > n && q.every((w, i) => form[i] === w)) return form.slice(n);
    const of = form.length - n - 1;
    const tail = (at: number) => q.every((w, i) => form[at + i] === w);
    if (of >= 2 && form[of] === 'of' && tail(of + 1)) return form.slice(0, of);
    if (of >= 3 && form[of - 1] === 'of' && form[of] === 'the' && tail(of + 1)) return form.slice(0, of - 1);
  }
  return null;
}

/** `<state>|<generic name key>` → the gazetteer's body of that state so named; null when two bodies share it. */
let genericBodies: Map<string, string | null> | undefined;

function genericBodyIndex(): Map<string, string | null> {
  const index = new Map<string, string | null>();
  for (const b of bodies) {
    const state = b.affiliation ? stateById.get(b.affiliation) : undefined;
    if (!state || b.kind !== 'organization') continue;
    for (const form of [b.name, ...b.aliases]) {
      const rest = unqualified(keysOf(form), state);
      if (!rest || rest.length < 2) continue;
      const key = `${state.id}|${rest.join(' ')}`;
      index.set(key, index.has(key) && index.get(key) !== b.id ? null : b.id);
    }
  }
  return index;
}

/**
 * The gazetteer's body of a state that a generic name means in a story of that state: "the Border Service" of
 * Kyrgyzstan is its "Border Service of Kyrgyzstan", "the State Committee for National Security" of Kyrgyzstan its
 * "State Committee for National Security of Kyrgyzstan". Undefined when no body, or two, of that state are so named.
 */
export function stateBodyByName(stateId: string, name: string): string | undefined {
  genericBodies ??= genericBodyIndex();
  return genericBodies.get(`${stateId}|${keysOf(name).join(' ')}`) ?? undefined;
}

export function titleEntry(title: string): TitleEntry | undefined {
  return titleByName.get(title);
}

/** State id for a demonym or state name given as token keys ("russian", "russia", "united states"). */
export function stateOfKey(key: string): string | undefined {
  return demonymState.get(key);
}

export interface Match {
  /** Index range [start, end) into the key list given to matchAt/scan. */
  start: number;
  end: number;
  hits: Hit[];
}

/** Longest gazetteer match starting at keys[i], or null. */
export function matchAt(keys: readonly string[], i: number, endBefore = Infinity): Match | null {
  let node: Node | undefined = root;
  let best: Match | null = null;
  let open = false;
  for (let j = i; j < keys.length && j + 1 < endBefore; j++) {
    const key = keys[j]!;
    // "Communist Party of India (Maoist)", "NSCN (IM)": the data's names keep no parentheses, the text's do.
    if (j > i && (key === '(' || (key === ')' && open))) {
      open = key === '(';
      if (!open && node.hits.length) best = { start: i, end: j + 1, hits: node.hits };
      continue;
    }
    node = node.next.get(spellingKey(key));
    if (!node) break;
    if (node.hits.length) best = { start: i, end: j + 1, hits: node.hits };
  }
  return best;
}

/** Whether the written form fits the data's case: acronyms stay upper case, names stay capitalized. */
export function caseFits(surface: string, written: string): boolean {
  const letters = surface.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) {
    const w = written.replace(/[^\p{L}]/gu, '');
    return w === w.toUpperCase();
  }
  const first = LETTER.exec(surface)?.[0];
  const wfirst = LETTER.exec(written)?.[0];
  if (first && wfirst && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return wfirst === wfirst.toUpperCase();
  }
  return true;
}

/** The first outlet named in a short string ("FacebookComment via Sputnik" → Sputnik), or null. */
export function findOutletIn(s: string): BodyEntry | null {
  const raw = s.split(/[\s/|,;:()]+/).filter(Boolean);
  const written: string[] = [];
  const keys: string[] = [];
  for (const r of raw) {
    const k = tokenKey(r.replace(/[’']s$/, ''));
    if (!k) continue;
    written.push(r);
    keys.push(k);
  }
  for (let i = 0; i < keys.length; i++) {
    const m = matchAt(keys, i);
    if (!m) continue;
    for (const h of m.hits) {
      const e = byId.get(h.id);
      if (e?.kind === 'outlet' && caseFits(h.surface, written.slice(m.start, m.end).join(' '))) return e as BodyEntry;
    }
  }
  return null;
}

/** The outlet whose domain this is ("sputniknews.com", "www.reuters.com"), or null. */
export function outletByDomain(domain: string): BodyEntry | null {
  let d = domain.toLowerCase().replace(/^www\./, '');
  while (d.includes('.')) {
    const o = domainOutlet.get(d);
    if (o) return o;
    d = d.slice(d.indexOf('.') + 1);
  }
  return null;
}

/** The home state of the outlet a name is (outlets.json `state`), or null: an international outlet has none. */
export function outletHomeState(name: string | null): string | null {
  const state = name ? outletByName(name)?.state : undefined;
  return state && stateById.has(state) ? state : null;
}

/** Outlet entry by display name (as returned in CleanDoc.outletName). */
export function outletByName(name: string): BodyEntry | null {
  const m = matchAt(keysOf(name), 0);
  const hit = m?.hits.find((h) => byId.get(h.id)?.kind === 'outlet');
  return hit ? (bodies.find((b) => b.id === hit.id) ?? null) : null;
}
