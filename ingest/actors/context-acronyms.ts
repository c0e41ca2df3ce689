// An armed group's acronym written alone in a story about the state it fights in ("AA terrorists" in Myanmar's state
// press): the gazetteer's group (gazetteer/data/context-acronyms.json), so it meets the articles that spell the name
// out. Elsewhere the acronym means other things ("AA" is also Anadolu Agency) and stays as written, in its article.
// In: the Scan once every recogniser ran, or the article's actors and claims once attribution added its speakers ("the
// PPP said" read as a speaker only there). Out: those actors moved into the group's.
import data from '../gazetteer/data/context-acronyms.json' with { type: 'json' };
import type { Actor, Claim } from '../../graph/schema.ts';
import { entryById } from '../gazetteer/index.ts';
import { storyState } from './forces.ts';
import type { Scan } from './scan.ts';
import { datelineCredit } from './dateline.ts';
import type { Draft } from './registry.ts';

/** Acronym as written → the group's id → the states whose stories it is read in. */
const READINGS = new Map(data.acronyms.map((a) => [a.acronym, { id: a.id, states: new Set(a.states) }]));

/** Moves each actor written only as a listed acronym into the group it names in a story about its state. */
export function settleContextAcronyms(sc: Scan): void {
  const state = storyState(sc);
  if (!state) return;
  for (const d of sc.reg.all()) {
    // An outlet the gazetteer gives the letters ("CNA", Channel NewsAsia) is written as them, not as its name.
    // Not where the story uses the letters as an outlet's ("told PTI", "CNA reported"): the outlet it is.
    const written = d.kind === 'outlet' ? outletLetters(sc.text, d) : d.name;
    if (d.kind === 'outlet' && written && sc.outletSlots?.get(written)) continue;
    const reading = written ? READINGS.get(written) : undefined;
    const entry = reading && reading.states.has(state) ? entryById(reading.id) : undefined;
    if (!entry || d.kind === 'state' || !d.mentions.length) continue;
    if (d.mentions.some((m) => !sc.text.slice(m.start, m.end).includes(written!))) continue;
    sc.reg.ensure(entry.id, entry.name, entry.kind).affiliation ??= entry.affiliation ?? null;
    sc.reg.absorb(entry.id, d.id);
  }
}

/**
 * The letters an outlet's every mention is written as ("CNA"), or null: when some mention is another form, or the
 * dateline's agency credit ("ISLAMABAD, May 2 (PTI)"), which is the publisher in any story.
 */
function outletLetters(text: string, d: Draft): string | null {
  const forms = new Set(d.mentions.map((m) => text.slice(m.start, m.end)));
  const [form] = [...forms];
  if (forms.size !== 1 || !/^[A-Z]{2,6}$/.test(form!)) return null;
  return d.mentions.some((m) => text[m.start - 1] === '(' && datelineCredit(text, m.start - 1)) ? null : form!;
}

/** The gazetteer id a listed acronym names in a story about `state`, if the actor was written as it alone. */
function readingOf(a: Actor, text: string, state: string): string | undefined {
  const reading = READINGS.get(a.name);
  if (!reading?.states.has(state) || a.kind === 'state' || a.anonymous || !a.mentions.length) return undefined;
  if (a.aliases.some((x) => x !== a.name) || a.mentions.some(([s, e]) => !text.slice(s, e).includes(a.name)))
    return undefined;
  return entryById(reading.id) ? reading.id : undefined;
}

/**
 * settleContextAcronyms for the actors attribution added after it ran ("The PPP, which has governed the province
 * since 2008, says ..."): each moves into the gazetteer's body, made when the article has none, and the claims'
 * references follow.
 */
export function absorbLateContextAcronyms(
  actors: Actor[],
  claims: Claim[],
  text: string,
  state: string | null,
): { actors: Actor[]; claims: Claim[] } {
  const moved = new Map<string, string>();
  for (const a of state ? actors : []) {
    const id = readingOf(a, text, state!);
    if (id && id !== a.id) moved.set(a.id, id);
  }
  if (!moved.size) return { actors, claims };
  const to = (id: string) => moved.get(id) ?? id;
  const byId = new Map<string, Actor>();
  for (const a of actors) {
    const id = to(a.id);
    const prev = byId.get(id);
    const own = { ...a, id, affiliation: a.affiliation ? to(a.affiliation) : null };
    if (!prev) byId.set(id, moved.has(a.id) ? entryActor(own, actors) : own);
    else byId.set(id, { ...prev, mentions: [...prev.mentions, ...a.mentions].sort((p, q) => p[0] - q[0]) });
  }
  const ids = (xs: string[]) => [...new Set(xs.map(to))];
  return {
    actors: [...byId.values()],
    claims: claims.map((c) => ({ ...c, speaker: to(c.speaker), via: ids(c.via), about: ids(c.about) })),
  };
}

/** The gazetteer's body for an acronym's actor: its name and kind, the acronym an alias, its state when present. */
function entryActor(a: Actor, actors: Actor[]): Actor {
  const entry = entryById(a.id)!;
  const state = entry.affiliation && actors.some((x) => x.id === entry.affiliation) ? entry.affiliation : null;
  return { ...a, name: entry.name, kind: entry.kind, aliases: [a.name], affiliation: state, anonymous: false };
}
