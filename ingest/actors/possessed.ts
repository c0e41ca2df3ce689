// A body named again with another owner's possessive ("The ICAC ... modelled on Hong Kong's Independent Commission
// Against Corruption", "The NDMO director ... Solomon Islands' NDMO has offered"): the owned mention is that owner's
// body of the name, not the one the article named first without an owner. In: the Scan before the possessive owners
// are settled (resolve.ts settlePossessiveOwners). Out: those mentions moved to the owner's body.
import { places, stateEntry } from '../gazetteer/index.ts';
import type { Mention } from '../types.ts';
import { type Draft, slugify } from './registry.ts';
import { type Scan, stateBody } from './scan.ts';

/** "Hong Kong's ", "Solomon Islands' ", "Kenya’s the ": a possessive right before a mention. */
const POSSESSIVE = /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})(?:['’]s|(?<=s)['’])\s+(?:the\s+)?$/u;

const PLACES = new Set(places.map((p) => p.toLowerCase()));

/** The owner a possessive before mention m names: a state the article names there, or a known place; else null. */
export function possessiveOwnerOf(sc: Scan, m: { start: number }): { state: string | null; place: string } | null {
  const before = sc.text.slice(Math.max(0, m.start - 40), m.start);
  const hit = POSSESSIVE.exec(before);
  if (!hit) return null;
  const end = m.start - (before.length - hit.index - hit[1]!.length);
  const state = sc.reg.all().find((d) => d.kind === 'state' && d.mentions.some((x) => x.end === end));
  if (state && stateEntry(state.id)) return { state: state.id, place: hit[1]! };
  return PLACES.has(hit[1]!.toLowerCase()) ? { state: null, place: hit[1]! } : null;
}

/** The owner's body of the label: the state's `<state>-<name>`, a place's own body named with the place. */
function ownedBody(sc: Scan, owner: { state: string | null; place: string }, label: string, d: Draft): Draft {
  if (owner.state) return stateBody(sc, owner.state, slugify(label), label, d.kind);
  const name = `${owner.place} ${label}`;
  return sc.reg.ensure(slugify(name), name, d.kind);
}

const named = (m: Mention) => m.kind !== 'descriptor' && m.kind !== 'pronoun';

export function splitPossessedMentions(sc: Scan): void {
  for (const d of sc.reg.all()) {
    if (d.kind !== 'organization' && d.kind !== 'group') continue;
    const names = d.mentions.filter(named).sort((a, b) => a.start - b.start);
    // The first name without an owner: the body the article is about; a state's possessive on the first name gives
    // the whole that state (resolve.ts settlePossessiveOwners); a place's that is no state ("Hong Kong's") names
    // the place's own body, never one of the story's state, which an acronym of the same letters may be.
    const first = names.length ? possessiveOwnerOf(sc, names[0]!) : null;
    if (first?.state || (!first && names.length < 2)) continue;
    for (const m of first ? names : names.slice(1)) {
      const owner = possessiveOwnerOf(sc, m);
      if (!owner || (owner.state && owner.state === d.affiliation)) continue;
      const label = sc.text.slice(m.start, m.end).replace(/^the\s+/i, '');
      const into = ownedBody(sc, owner, label, d);
      sc.reg.transfer(d.id, into.id, [m], sc.text);
      // Written with its owner only: the bare name (and an acronym of it) stays the article's own body's.
      if (!owner.state) into.aliases.delete(label);
    }
  }
}
