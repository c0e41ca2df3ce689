// Whom a person belongs to, read from the words right before their name: "Greenpeace's Anna Berg",
// "The Danish foreign minister, Lars Holm,", "Its chairwoman, Jean Mensa", "Reuters correspondent Lena Vogt".
// In: NlpDoc, ActorsDoc and the Discourse (for "its"). Out: affiliations set on persons that had none.
import type { Actor } from '../../graph/schema.ts';
import { stateEntry, stateOfKey, titleEntry } from '../gazetteer/index.ts';
import { sharedNameState } from '../gazetteer/shared-names.ts';
import { COMPOUND_PARTICIPLES, firstIndexWhereNot } from '../nlp/index.ts';
import type { ActorsDoc, Mention, NlpDoc, Token } from '../types.ts';

// Patterns made once: a regex literal inside a function is a new object each time it runs, and these run per token.
const LOWER_FIRST = /^[a-z]/;
const ITS_THEIR = /^(its|their)$/;

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
    const k = tokenAt(nlp, m.start);
    if (k <= 0) continue;
    const body = bodyBefore(nlp, look, k);
    if (body && body !== person.id) person.affiliation = body;
  }
  // "Prime Minister Ana Lind said": a state office with no state named holds it in the article's own state.
  let home: string | null | undefined;
  for (const person of actors.actors) {
    if (person.kind !== 'person' || person.anonymous || person.affiliation) continue;
    if (!(person.roles ?? []).some(isStateOffice)) continue;
    home ??= ownState(nlp, actors);
    if (!home) break;
    person.affiliation = ensureState(look, home);
  }
  actors.actors.push(...look.added);
}

/** Whether a role is an office of a state ("Prime Minister", "Transport Minister"), not of a body. */
function isStateOffice(role: string): boolean {
  // Envoys serve their state abroad: the article's own state says nothing of theirs.
  if (/ambassador|envoy|representative|consul|attach/i.test(role)) return false;
  // Titles are keyed as written ("Prime Minister"); the role may carry more words before ("Acting Prime Minister").
  const words = role.split(/\s+/).map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
  for (let i = 0; i < words.length; i++) {
    const body = titleEntry(words.slice(i).join(' '))?.body;
    if (body) return body === 'state' || body.endsWith('-ministry');
  }
  return false;
}

/**
 * The article's own state: its dateline's when the story is about it (actors/forces.ts storyState) or names it or its
 * people at least twice ("WARSAW (PAP) - Polish farmers ... Poland would not abandon Ukraine" is a Polish story though
 * Ukraine is named more), else the state it names most, at least twice and more often than any other.
 */
function ownState(nlp: NlpDoc, actors: ActorsDoc): string | null {
  const counts = stateCounts(nlp);
  const home = actors.homeState;
  if (home && (actors.storyState === home || (counts.get(home) ?? 0) >= 2)) return home;
  const [top, second] = [...counts].sort((a, b) => b[1] - a[1]);
  // A bare "Congo" counts for the Congo the article is about.
  return top && top[1] >= 2 && (!second || top[1] > second[1]) ? sharedNameState(nlp.text, top[0]) : null;
}

/** How often each state is named in capitalised words: its names and demonyms ("Poland", "Polish"). */
function stateCounts(nlp: NlpDoc): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of nlp.tokens) {
    const c = t.text.charCodeAt(0);
    if (c < 65 || c > 90) continue;
    const id = stateOfKey(t.norm);
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

function ensureState(look: Lookup, id: string): string {
  if (!look.byId.has(id)) {
    const state: Actor = {
      id,
      name: stateEntry(id)?.name ?? id,
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

/** The body named in the words before the name starting at token k. */
function bodyBefore(nlp: NlpDoc, look: Lookup, k: number): string | null {
  const { tokens, sentences } = nlp;
  const first = sentences[tokens[k]!.sentence]!.firstToken;
  const prev = tokens[k - 1]!;
  // "Its chairwoman, Jean Mensa" / "The Finnish interior minister, Aino Virta,": a role phrase opening the sentence.
  if (prev.text === ',' && k - 1 - first <= 7 && k - 1 - first >= 2) {
    const words = tokens.slice(first, k - 1);
    if (words.some((t) => t.text === ',') || !words.some((t) => ROLES.has(t.norm))) return null;
    if (ITS_THEIR.test(words[0]!.norm)) return look.its(words[0]!.start);
    return (
      bodyIn(look, words[0]!.start, prev.start, nlp) ??
      stateNamedIn(
        look,
        words.filter((_, i) => !modifiesNext(words, i)).map((t) => t.norm),
      )
    );
  }
  // "Reuters correspondent Lena Vogt", "Greenpeace's Anna Berg", "Amnesty's regional director Marie Struthers".
  let j = k - 1;
  let role = false;
  while (j >= first && k - j <= 3 && LOWER_FIRST.test(tokens[j]!.text) && tokens[j]!.pos !== 'VERB') {
    role ||= ROLES.has(tokens[j]!.norm);
    j--;
  }
  if (j < first) return null;
  const t = tokens[j]!;
  if (t.text === "'s" || t.text === '’s') return role || j === k - 1 ? bodyEndingAt(look, t.start) : null;
  return role && j < k - 1 ? bodyEndingAt(look, t.end) : null;
}

function tokenAt(nlp: NlpDoc, pos: number): number {
  const ts = nlp.tokens;
  let lo = 0;
  let hi = ts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ts[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < ts.length && ts[lo]!.start === pos ? lo : -1;
}

/** The body named by a mention ending right at `end`. */
function bodyEndingAt(look: Lookup, end: number): string | null {
  for (let i = firstStartingAt(look.mentions, end - 64); i < look.mentions.length; i++) {
    const x = look.mentions[i]!;
    if (x.start >= end) break;
    if (x.end !== end) continue;
    const a = look.byId.get(x.actorId);
    if (a && BODY_KINDS.has(a.kind) && !a.anonymous) return a.id;
  }
  return null;
}

/**
 * "The Finnish interior minister": a state told by a demonym the actors stage kept as no actor (it named only
 * a place); the state joins the article's actors as the person's affiliation.
 */
function stateNamedIn(look: Lookup, words: string[]): string | null {
  for (const w of words) {
    const id = w ? stateOfKey(w) : undefined;
    const e = id ? stateEntry(id) : undefined;
    if (!id || !e) continue;
    return ensureState(look, id);
  }
  return null;
}

/**
 * The last body mentioned in [start, end): "The Swedish energy minister" → Sweden; of two starting at one place the
 * longer ("The Saudi-led coalition's spokesman" → the coalition); never a body that only qualifies the next word
 * ("An Iran-backed militia commander" is no member of Iran).
 */
function bodyIn(look: Lookup, start: number, end: number, nlp: NlpDoc): string | null {
  let found: Mention | null = null;
  for (let i = firstStartingAt(look.mentions, start); i < look.mentions.length; i++) {
    const x = look.mentions[i]!;
    if (x.start >= end) break;
    if (x.start < start || x.end > end) continue;
    const a = look.byId.get(x.actorId);
    if (!a || !BODY_KINDS.has(a.kind) || a.anonymous || compoundAfter(nlp, x.end)) continue;
    if (!found || x.start > found.start || x.end > found.end) found = x;
  }
  return found?.actorId ?? null;
}

/** Whether the words at `end` are a hyphen and a participle ("-backed", "-led", "-based"): a compound modifier. */
function compoundAfter(nlp: NlpDoc, end: number): boolean {
  const k = tokenAt(nlp, end);
  return k >= 0 && nlp.tokens[k]!.text === '-' && COMPOUND_PARTICIPLES.has(nlp.tokens[k + 1]?.norm ?? '');
}

/** Whether word i of a phrase opens a compound modifier ("Iran" in "Iran-backed"). */
function modifiesNext(words: readonly Token[], i: number): boolean {
  return words[i + 1]?.text === '-' && COMPOUND_PARTICIPLES.has(words[i + 2]?.norm ?? '');
}

/** Index of the first mention starting at or after `pos` (mentions are sorted by start). */
function firstStartingAt(ms: Mention[], pos: number): number {
  return firstIndexWhereNot(ms, (m) => m.start < pos);
}
