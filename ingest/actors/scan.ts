// What the recognisers share while they read one article: the registry of actors found so far and the
// references they leave for the resolution steps (lone surnames, descriptions, affiliations).
// In: the article text and its dateline state. Out: a Scan the recognisers fill and resolve.ts settles.
import type { ActorKind } from '../../graph/schema.ts';
import { entryById, stateBodyEntry, stateEntry } from '../gazetteer/index.ts';
import type { MentionKind } from '../types.ts';
import type { SlotCount } from './outlet-slots.ts';
import { placeOnly } from './places.ts';
import { Registry } from './registry.ts';
import { type Item, surfaceOf, type View } from './view.ts';

/** A one-word name waiting for the person it may be the surname of; `strong` when the text says it is a person. */
export interface PendingSurname {
  key: string;
  start: number;
  end: number;
  surface: string;
  strong: boolean;
}

/** A lower-case description ("the ministry", "the newspaper") to be resolved to an actor named elsewhere. */
export interface Description {
  start: number;
  end: number;
  surface: string;
  head: string;
}

export interface Scan {
  reg: Registry;
  text: string;
  /** The state of the article's first dateline, when the gazetteer knows it. */
  homeState: string | null;
  /**
   * The state of a dateline naming a city or region of one state, not the state or its capital ("SAN PEDRO SULA
   * (AFP) -"): the story's state when it names no other (forces.ts storyState), weaker than homeState, since a
   * bureau city ("Istanbul (Anadolu) -") files stories about other states.
   */
  cityState?: string | null;
  /** The year the article was published or filed, when known: which of a state's missions it means. */
  year?: number | null;
  /** The dateline names only a city a de-facto authority holds ("SANAA (Saba) -"): no state for its bare forces. */
  heldDateline?: boolean;
  pendingSurnames: PendingSurname[];
  /** Outlet descriptors ("the Lebanese outlet"). */
  outletDescriptors: Description[];
  /** Body anaphors ("the ministry", "the group"). */
  bodyAnaphors: Description[];
  /** A state's forces without their state ("the army"); head is "<id suffix>|<label>" (forces.ts). */
  forceDescriptions: Description[];
  /** "the government" without its state (governments.ts). */
  governmentDescriptions: Description[];
  /** Names the text also uses as places ("El Fasher, Sudan"). */
  placeNames: Set<string>;
  personTitles: { personId: string; titles: string[]; base: string | null; mentionStart: number }[];
  /** Named "pro-X" groups in order, for a later generic "pro-government forces". */
  proGroups: string[];
  /** Head words of the appositives describing a body ("X, the state power utility," → utility). */
  describedAs: Map<string, Set<string>>;
  /** Items the organization scan turned into a body, for a title right after them. */
  bodyOf: Map<Item, string>;
  /** `opens`: the role word opens the appositive ("X, the spokesman for ..."), so it is the role without a body. */
  pendingAffiliations: { personId: string; at: number; role: string; id?: string; opens?: boolean }[];
  /** States named at least once other than as a place ("in Ukraine", "the Paris attacks": places.ts). */
  actingStates: Set<string>;
  /** Where those states act: the start of each such mention. */
  actingAt: Set<number>;
  /** The unions the text names with a local's number ("United Steelworkers Local 7689": union-locals.ts). */
  unionsWithLocals?: Set<string>;
  /** Names standing in outlet-shaped slots of the text (outlet-slots.ts). */
  outletSlots?: Map<string, SlotCount>;
  /** The page's own outlet as its furniture names it, when known (clean/meta.ts). */
  ownOutlet?: string | null;
}

export function newScan(text: string, homeState: string | null, cityState: string | null = null): Scan {
  return {
    reg: new Registry(),
    text,
    homeState,
    cityState,
    pendingSurnames: [],
    outletDescriptors: [],
    bodyAnaphors: [],
    forceDescriptions: [],
    governmentDescriptions: [],
    placeNames: new Set(),
    personTitles: [],
    proGroups: [],
    describedAs: new Map(),
    bodyOf: new Map(),
    pendingAffiliations: [],
    actingStates: new Set(),
    actingAt: new Set(),
  };
}

/** Adds a state actor and its mention over tokens [a, b); `people`: a plural demonym naming only its people. */
export function stateMention(
  sc: Scan,
  id: string,
  v: View,
  a: number,
  b: number,
  kind: MentionKind,
  people = false,
): void {
  const e = stateEntry(id)!;
  if (!people && !placeOnly(v, a, b, kind === 'metonym')) {
    sc.actingStates.add(id);
    sc.actingAt.add(v.toks[a]!.start);
  }
  sc.reg.ensure(id, e.name, 'state');
  sc.reg.mention(id, v.toks[a]!.start, v.toks[b - 1]!.end, kind, surfaceOf(v, a, b));
}

/** Adds a gazetteer body (or group, outlet) and its mention over tokens [a, b). */
export function entityMention(sc: Scan, id: string, v: View, a: number, b: number, kind: MentionKind): void {
  const e = entryById(id)!;
  sc.reg.ensure(id, e.name, e.kind).affiliation ??= e.affiliation ?? null;
  sc.reg.mention(id, v.toks[a]!.start, v.toks[b - 1]!.end, kind, surfaceOf(v, a, b));
}

/** A body of a state (ministry, military, intelligence...): the gazetteer's when it knows one. */
export function stateBody(sc: Scan, stateId: string, suffix: string, label: string, kind: ActorKind = 'organization') {
  const state = stateEntry(stateId)!;
  const body = stateBodyEntry(stateId, suffix, label, kind)!;
  const d = sc.reg.ensure(body.id, body.name, body.kind);
  d.affiliation ??= stateId;
  if (!sc.reg.has(stateId)) sc.reg.ensure(stateId, state.name, 'state');
  return d;
}

/** Queues a one-word name at token k for the surname step. */
export function pendSurname(sc: Scan, v: View, k: number, strong: boolean): void {
  sc.pendingSurnames.push({
    key: v.keys[k]!,
    start: v.toks[k]!.start,
    end: v.toks[k]!.end,
    surface: v.toks[k]!.text,
    strong,
  });
}
