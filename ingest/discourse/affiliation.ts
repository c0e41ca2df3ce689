// Whom a person belongs to, read from the words right before their name: "Greenpeace's Anna Berg",
// "The Danish foreign minister, Lars Holm,", "Its chairwoman, Jean Mensa", "Reuters correspondent Lena Vogt".
// In: NlpDoc, ActorsDoc and the Discourse (for "its"). Out: affiliations set on persons that had none.
import type { Actor } from '../../graph/schema.ts';
import { stateEntry, stateOfKey } from '../gazetteer/index.ts';
import type { ActorsDoc, Mention, NlpDoc } from '../types.ts';

/** Role nouns that make "<body>'s <role> <Name>" or "<body> <role> <Name>" a member of the body. */
const ROLES = new Set(
  (
    'minister secretary spokesman spokeswoman spokesperson chairman chairwoman chair president director chief head ' +
    'leader commander envoy ambassador adviser advisor coordinator official correspondent reporter editor economist ' +
    'analyst researcher campaigner activist lawyer general governor mayor deputy representative negotiator officer ' +
    'executive founder member manager strategist aide counsel judge justice prosecutor commissioner'
  ).split(' '),
);
const BODY_KINDS = new Set(['state', 'organization', 'group', 'outlet']);

interface Lookup {
  mentions: Mention[];
  byId: Map<string, Actor>;
  /** The body an "its" at this offset stands for. */
  its: (at: number) => string | null;
  /** States this step adds to the article's actors. */
  added: Actor[];
}

/** Sets `affiliation` on persons from the phrase before their first named mentions. */
export function readAffiliations(nlp: NlpDoc, actors: ActorsDoc, its: (at: number) => string | null): void {
  const byId = new Map(actors.actors.map((a) => [a.id, a]));
  const look: Lookup = { mentions: actors.mentions, byId, its, added: [] };
  for (const m of actors.mentions) {
    const person = byId.get(m.actorId);
    if (!person || person.kind !== 'person' || person.anonymous || person.affiliation) continue;
    if (m.kind !== 'name' && m.kind !== 'alias') continue;
    const body = bodyBefore(nlp, look, m);
    if (body && body !== person.id) person.affiliation = body;
  }
  actors.actors.push(...look.added);
}

function bodyBefore(nlp: NlpDoc, look: Lookup, m: Mention): string | null {
  const before = nlp.text.slice(Math.max(0, m.start - 90), m.start);
  // "Its chairwoman, Jean Mensa" / "The ELN's commander, Antonio Garcia": role phrase, comma, name.
  const apposed = /(?:^|[.;:!?]\s+|\n)([A-Z][^,.;:\n]{2,70}),\s*$/.exec(before);
  if (apposed && hasRole(apposed[1]!) && apposed[1]!.split(/\s+/).length <= 7) {
    const start = m.start - before.length + apposed.index + apposed[0].indexOf(apposed[1]!);
    if (/^[Ii]ts\s|^[Tt]heir\s/.test(apposed[1]!)) return look.its(start);
    return bodyIn(look, start, m.start) ?? stateNamedIn(look, apposed[1]!);
  }
  // "Greenpeace's Anna Berg", "Amnesty International's regional director Marie Struthers".
  const possessive = /['’]s\s+((?:[A-Za-z-]+\s+){0,3})$/.exec(before);
  if (possessive && (!possessive[1] || hasRole(possessive[1]))) {
    const at = m.start - before.length + possessive.index;
    return bodyEndingAt(look, at);
  }
  // "Reuters correspondent Lena Vogt", "Party spokesman Jairam Ramesh": a body, then role words, then the name.
  const titled = /((?:[a-z-]+\s+){1,2})$/.exec(before);
  if (titled && hasRole(titled[1]!)) return bodyEndingAt(look, m.start - titled[0].length - 1);
  return null;
}

function hasRole(words: string): boolean {
  return words
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => ROLES.has(w));
}

/** The body named by a mention ending right at `end` (a space or "'s" may follow). */
function bodyEndingAt(look: Lookup, end: number): string | null {
  for (const x of look.mentions) {
    if (x.end < end - 1 || x.end > end) continue;
    const a = look.byId.get(x.actorId);
    if (a && BODY_KINDS.has(a.kind) && !a.anonymous) return a.id;
  }
  return null;
}

/**
 * "The Finnish interior minister": a state told by a demonym the actors stage kept as no actor (it named only
 * a place); the state joins the article's actors as the person's affiliation.
 */
function stateNamedIn(look: Lookup, phrase: string): string | null {
  for (const w of phrase.toLowerCase().split(/[^a-z]+/)) {
    const id = w ? stateOfKey(w) : undefined;
    const e = id ? stateEntry(id) : undefined;
    if (!id || !e) continue;
    if (!look.byId.has(id)) {
      const state: Actor = {
        id,
        name: e.name,
        kind: 'state',
        aliases: [],
        anonymous: false,
        affiliation: null,
        mentions: [],
      };
      look.byId.set(id, state);
      look.added.push(state);
    }
    return id;
  }
  return null;
}

/** The last body mentioned in [start, end): "The Swedish energy minister" → Sweden. */
function bodyIn(look: Lookup, start: number, end: number): string | null {
  let found: string | null = null;
  for (const x of look.mentions) {
    if (x.start < start || x.end > end) continue;
    const a = look.byId.get(x.actorId);
    if (a && BODY_KINDS.has(a.kind) && !a.anonymous) found = a.id;
  }
  return found;
}
