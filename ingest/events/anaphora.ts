// Agents that are not names: "He warned ...", "the rebel group battled ...", "its fighters were attacked",
// and clauses that are conditions rather than facts. In: View + a token. Out: actor ids, or a flag.
// A pronoun the actors (or a discourse) stage resolved wins; otherwise the nearest compatible actor.
import { isArmedForce } from '../../graph/identity.ts';
import { states } from '../gazetteer/index.ts';
import { CONDITIONALS, GROUP_NOUNS, SPEECH_VERBS } from './lexicon.ts';
import type { View } from './view.ts';

/** How far back (in sentences) a pronoun or description looks for its actor. */
const LOOKBACK = 3;
const PERSON_PRONOUNS = new Set(['he', 'she']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their']);
const DESCRIPTION_DET = new Set(['the', 'this', 'that']);
const CLAUSE_EDGE = new Set([',', ';', ':', '—', '–', '(', ')']);

/**
 * True when the word at v sits in a conditional clause: an "if"/"unless" before it in the same clause
 * ("if Greece carries out an attack", "unless Azerbaijan invaded"). A comma or another verb ends the search.
 */
export function inCondition(view: View, v: number, first: number): boolean {
  for (let k = v - 1; k >= first; k--) {
    const t = view.tokens[k]!;
    if (CONDITIONALS.has(t.norm)) return true;
    if (CLAUSE_EDGE.has(t.text) || (t.pos === 'VERB' && view.chunkAt[k]! < 0)) return false;
  }
  return false;
}

/** The person a "he"/"she" at token i stands for: resolved by an upstream stage, else the nearest subject. */
export function personFor(view: View, i: number): string | null {
  const known = view.pronounAt.get(i);
  if (known) return known;
  if (!PERSON_PRONOUNS.has(view.tokens[i]!.norm)) return null;
  const { sentences } = view.nlp;
  const cur = view.tokens[i]!.sentence;
  // Earlier in the same sentence: the last person named before the pronoun ("Duque said he ...").
  const s0 = sentences[cur]!;
  let last: string | null = null;
  for (let k = s0.firstToken; k < i; k++) {
    const m = view.mentionAt[k]!;
    if (m >= 0 && isPersonId(view, view.mentions[m]!.actorId)) last = view.mentions[m]!.actorId;
  }
  if (last) return last;
  // Earlier sentences: the first person of the nearest sentence naming one (the subject, in news prose).
  for (let s = cur - 1; s >= Math.max(0, cur - LOOKBACK); s--) {
    const { firstToken, endToken } = sentences[s]!;
    for (let k = firstToken; k < endToken; k++) {
      const m = view.mentionAt[k]!;
      if (m >= 0 && isPersonId(view, view.mentions[m]!.actorId)) return view.mentions[m]!.actorId;
    }
  }
  return null;
}

const isPersonId = (view: View, id: string) => view.actors.get(id)?.kind === 'person';

/**
 * The actor a phrase without a name stands for: "the rebel group" → the last armed group named,
 * "its fighters" → whoever the sentence reports ("The KIA said its fighters ...") or the last body named.
 * `subject` finds the subject of a verb (mentions.ts's subjectOf).
 */
export function describedActor(
  view: View,
  start: number,
  end: number,
  subject: (v: number, first: number) => string[],
): string | null {
  const { tokens } = view;
  for (let k = start; k < end; k++) if (view.mentionAt[k]! >= 0) return null;
  const head = tokens[end - 1]!.norm;
  // "its fighters": the possessive pronoun may sit outside the noun phrase.
  const det = POSSESSIVE_PRONOUNS.has(tokens[start - 1]?.norm ?? '') ? tokens[start - 1]!.norm : tokens[start]!.norm;
  const first = view.nlp.sentences[tokens[start]!.sentence]!.firstToken;
  if (POSSESSIVE_PRONOUNS.has(det)) {
    // "X said its fighters ...": the reported speaker owns them.
    for (let k = start - 1; k >= first; k--) {
      if (SPEECH_VERBS.has(tokens[k]!.norm)) {
        const who = subject(k, first).filter((id) => !isPersonId(view, id));
        if (who.length) return who[0]!;
        break;
      }
    }
    const body = view.discourse?.resolveBody(tokens[start]!.start);
    if (body && view.actors.has(body)) return body;
    return lastActor(view, start, (kind) => kind !== 'person' && kind !== 'outlet');
  }
  if (DESCRIPTION_DET.has(det)) {
    // An armed group's description goes to the last armed group; other descriptions ("the coalition",
    // "the ministry") to whoever the discourse stage ranks first by kind, name words and salience.
    const group = GROUP_NOUNS.has(head) ? lastActor(view, start, (kind) => kind === 'group') : null;
    if (group) return group;
    // "the army", "the junta": a state's armed forces named before ("Myanmar military"), never a rebel group.
    const plain = end - start === 2 && DESCRIPTION_DET.has(tokens[start]!.norm);
    const forces = plain && ARMY_HEADS.has(head) ? stateForces(view, start, head) : null;
    if (forces) return forces;
    // Adjectives only: a noun modifier makes it someone else's ("the government troops" are not the coalition's).
    const bare = tokens.slice(start + 1, end - 1).every((t) => t.pos === 'ADJ');
    const known = bare ? view.discourse?.resolveDescription(head, tokens[start]!.start) : null;
    if (known && view.actors.has(known)) return known;
  }
  return STATE_ASSETS.has(head) ? demonymState(view, start, end - 1) : null;
}

/** Heads of a description of a state's armed forces. */
export const ARMY_HEADS = new Set(['army', 'military', 'junta']);

/** The last state body before token t named as its armed forces ("the Myanmar military", "Sudan's army"). */
export function stateForces(view: View, t: number, head: string): string | null {
  for (let k = t - 1; k >= 0; k--) {
    const m = view.mentionAt[k]!;
    if (m < 0) continue;
    const actor = view.actors.get(view.mentions[m]!.actorId);
    if (!actor || actor.kind !== 'organization' || view.actors.get(actor.affiliation ?? '')?.kind !== 'state') continue;
    const words = [actor.name, ...actor.aliases].join(' ').toLowerCase().split(/\W+/);
    if (isArmedForce(actor) || words.includes(head)) return actor.id;
  }
  return null;
}

/** "Ethiopian", "Malian" → the state. */
export const DEMONYM_STATE = new Map(states.flatMap((st) => st.demonyms.map((d) => [d.toLowerCase(), st.id] as const)));

/** Heads that make "<demonym> X" the state's own: "Azerbaijani positions", "a Chinese coast guard ship". */
const STATE_ASSETS = new Set(
  `positions position posts post outpost outposts base bases troops soldiers forces patrol patrols convoy vessel vessels
  ship ships boat boats warship warships jet jets warplanes aircraft drone drones territory border guard guards navy`.split(
    /\s+/,
  ),
);

const CAPITAL_STATE = new Map(states.flatMap((st) => st.capitals.map((c) => [c.toLowerCase(), st.id] as const)));

/** The state whose capital the phrase [start, end) is ("Tokyo", "Addis Ababa"), when the article has that state. */
export function capitalState(view: View, start: number, end: number): string | null {
  const name = view.tokens
    .slice(start, end)
    .filter((t) => t.pos === 'PROPN')
    .map((t) => t.norm)
    .join(' ');
  const id = CAPITAL_STATE.get(name);
  return id && view.actors.has(id) ? id : null;
}

/** The state a capitalized demonym in [start, end) names, when the article has that state as an actor. */
export function demonymState(view: View, start: number, end: number): string | null {
  for (let k = start; k < end; k++) {
    const id = view.tokens[k]!.pos === 'PROPN' ? DEMONYM_STATE.get(view.tokens[k]!.norm) : undefined;
    if (id && view.actors.has(id)) return id;
  }
  return null;
}

/** The last actor mentioned before token t (within LOOKBACK sentences) whose kind passes. */
function lastActor(view: View, t: number, ok: (kind: string) => boolean): string | null {
  const limit = view.tokens[t]!.sentence - LOOKBACK;
  for (let k = t - 1; k >= 0 && view.tokens[k]!.sentence >= limit; k--) {
    const m = view.mentionAt[k]!;
    if (m < 0) continue;
    const actor = view.actors.get(view.mentions[m]!.actorId);
    if (actor && ok(actor.kind) && !actor.anonymous) return actor.id;
  }
  return null;
}
