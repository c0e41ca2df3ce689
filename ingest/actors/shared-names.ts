// Bare names two states or several outlets share ("Congo", "ABC"): their mentions go to the one the article is about
// (ingest/gazetteer/shared-names.ts). In: the filled Scan. Out: those mentions moved, the other one dropped if empty.
import { entryById, stateEntry } from '../gazetteer/index.ts';
import {
  isSharedName,
  sharedByStory,
  sharedDemonymReadings,
  sharedNameState,
  sharedReadings,
} from '../gazetteer/shared-names.ts';
import { storyState } from './forces.ts';
import type { Draft } from './registry.ts';
import { type Scan, stateBody } from './scan.ts';

export function settleSharedNames(sc: Scan): void {
  for (const from of sc.reg.all()) {
    const bare = from.mentions.filter((m) => isSharedName(from.id, sc.text.slice(m.start, m.end)));
    if (!bare.length) continue;
    const to = sharedByStory(from.id) ? forceReading(sc, from.id) : stateReading(sc, from.id);
    if (to === from.id) continue;
    const state = stateEntry(to);
    const entry = state ? { name: state.name, kind: 'state' as const } : entryById(to);
    if (!entry) continue;
    sc.reg.ensure(to, entry.name, entry.kind);
    if (sc.actingStates.has(from.id)) sc.actingStates.add(to);
    sc.reg.transfer(from.id, to, bare, sc.text);
    if (!sc.reg.has(from.id)) sc.actingStates.delete(from.id);
  }
}

/** The state (outlet) a bare shared name means: its text's cues, else the dateline's ("GOMA, Congo": the DRC). */
function stateReading(sc: Scan, id: string): string {
  const cued = sharedNameState(sc.text, id);
  const home = sc.homeState && sharedReadings(id).includes(sc.homeState) ? sc.homeState : null;
  return cued === id && home ? home : cued;
}

/**
 * The force a local name several states' forces share means ("Openbaar Ministerie"): the story state's, when it is
 * one of them (a story from Paramaribo that names the Netherlands is still Suriname's), else the text's cues.
 */
function forceReading(sc: Scan, id: string): string {
  const state = storyState(sc);
  const own = state ? sharedReadings(id).find((r) => entryById(r)?.affiliation === state) : undefined;
  return own ?? sharedNameState(sc.text, id);
}

/**
 * "Congolese police said" in a story filed from Brazzaville: a body named only by a demonym two states share (its
 * first word) is the story state's body when the story state is one of them, not the state the gazetteer reads the
 * demonym as. Moves every mention of such a body to the story state's body of the same suffix.
 */
export function settleSharedDemonyms(sc: Scan): void {
  let state: string | null | undefined;
  for (const d of sc.reg.all()) {
    const from = d.affiliation;
    const readings = from && d.id.startsWith(`${from}-`) ? sharedDemonymOnly(sc, d, from) : [];
    if (!readings.length) continue;
    state ??= storyState(sc);
    if (!state || state === from || !readings.includes(state)) continue;
    const label = d.id.slice(from!.length + 1);
    sc.reg.transfer(d.id, stateBody(sc, state, label, label.replace(/-/g, ' '), d.kind).id, [...d.mentions], sc.text);
  }
}

/**
 * The states a state's body may be of when every name of it opens with a demonym its state shares with another
 * ("Congolese army"); else none.
 */
function sharedDemonymOnly(sc: Scan, d: Draft, from: string): string[] {
  // The names are the mentions that open with a capital ("Congolese police", a descriptor of the demonym phrase),
  // not the descriptions that took the body after them ("the police").
  const names = d.mentions.filter((m) => /^\p{Lu}/u.test(sc.text.slice(m.start, m.end).replace(/^the\s+/i, '')));
  const readings = names.map((m) => sharedDemonymReadings(/^\p{L}+/u.exec(sc.text.slice(m.start, m.end))?.[0] ?? ''));
  return names.length && readings.every((r) => r.includes(from)) ? readings[0]! : [];
}
