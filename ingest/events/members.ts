// member_of relations: from actor affiliations (actors stage) and from titles inside a noun phrase
// ("Russia's Ambassador ... Anatoly Antonov", "Alexei Tsygankov, head of the Russian Center ...").
// In: View. Out: member_of relations (person → body, body → state), one per member and body.
import type { Relation } from '../../graph/schema.ts';
import type { Mention, Token } from '../types.ts';
import { ARMY_HEADS, stateForces } from './anaphora.ts';
import { mentionsIn, RELATIONAL, titleCase, type View } from './view.ts';

const BODY_KINDS = new Set(['state', 'organization', 'group']);
const COALITION = /\b(?:coalition|alliance|axis|bloc)\b/i;
/** Role nouns as English forms them: minister, leader, nominee, secretary, president, lobbyist, chairman ... */
const ROLE_SUFFIX = /(?:er|or|ist|ee|ent|ant|ary|ian|ate|man|woman|chief|judge|agent|member|mayor|head|envoy|general)$/;
const TITLE_LINK = new Set(['of', 'for', 'at']);

export function findMemberships(view: View): Relation[] {
  const out: Relation[] = [];
  const seen = new Set<string>();
  const member = new Set<string>();
  const kindOf = (id: string) => view.actors.get(id)?.kind;
  const add = (source: string, target: string, span: [number, number]) => {
    const key = `${source}>${target}`;
    if (source === target || seen.has(key)) return;
    seen.add(key);
    member.add(source);
    out.push({ type: 'member_of', source, target, incident: null, claim: null, evidence: { span } });
  };
  const byActor = new Map<string, Mention[]>();
  for (const m of view.mentions) {
    const list = byActor.get(m.actorId);
    if (list) list.push(m);
    else byActor.set(m.actorId, [m]);
  }

  // 1. Affiliations the actors stage found. Anonymous sources are not members of anything in the graph.
  for (const actor of view.actors.values()) {
    if (actor.anonymous || !actor.affiliation || !view.actors.has(actor.affiliation)) continue;
    // A person may work for an outlet ("Reuters correspondent X"); bodies belong to states and bodies only.
    const targetKind = kindOf(actor.affiliation) ?? '';
    if (!BODY_KINDS.has(targetKind) && !(targetKind === 'outlet' && actor.kind === 'person')) continue;
    const mine = byActor.get(actor.id) ?? [];
    // A body is a member of a state only when the text names it as such: "Russian forces" is Russia
    // acting, not a separate body, and a coalition is led by its states, not part of one.
    if (
      actor.kind !== 'person' &&
      (!mine.some((m) => m.kind === 'name' || m.kind === 'alias') || COALITION.test(actor.name))
    )
      continue;
    const theirs = byActor.get(actor.affiliation) ?? [];
    // Evidence: the first mention of the member with a mention of the body close by.
    let span: [number, number] | null = null;
    for (const m of mine) {
      // Within one sentence: a span across a headline and the lead, or two sentences, shows nothing.
      const si = sentenceOf(view, m.start);
      const near = theirs.find((b) => Math.abs(b.start - m.start) < 120 && sentenceOf(view, b.start) === si);
      if (near) {
        span = [Math.min(m.start, near.start), Math.max(m.end, near.end)];
        break;
      }
    }
    span ??= mine[0]
      ? [mine[0].start, mine[0].end]
      : actor.mentions[0]
        ? [actor.mentions[0][0], actor.mentions[0][1]]
        : null;
    if (span) add(actor.id, actor.affiliation, span);
  }

  // 2. Titles in the text, for people the actors stage gave no affiliation.
  const { tokens } = view;
  const headline = new Map<number, boolean>();
  for (const chunk of view.chunks) {
    // No mapped array when there is nothing to map: an empty one has another hidden class than a filled one, and
    // V8 recompiles this function when it meets both.
    const ids = mentionsIn(view, chunk.start, chunk.end);
    if (!ids.length) continue;
    const ms = ids.map((i) => view.mentions[i]!);
    const person = ms.findLast((m) => kindOf(m.actorId) === 'person');
    if (!person || view.actors.get(person.actorId)?.affiliation || member.has(person.actorId)) continue;
    // Title Case headlines glue verbs into names ("GOP Candidates To Address Clean Energy"): no titles there.
    const sentence = tokens[chunk.start]!.sentence;
    if (!headline.has(sentence)) headline.set(sentence, titleCase(view, sentence));
    if (headline.get(sentence)) continue;
    // "US Special Representative for Syria Jim Jeffrey": the first body named before the name, with a role word
    // right before the name ("GOP nominee X", "Judge X"), not "FBI investigation of X".
    const body = bodyBefore(ms, person.start, kindOf);
    // "Military spokesman Maj. Gen. X", "army chief Gen. X": a title of the state's forces named before.
    const forces = body ? null : forcesTitle(view, person.start);
    if (forces) {
      add(person.actorId, forces.body, [forces.start, person.end]);
      continue;
    }
    if (body) {
      let first = chunk.start;
      while (first < chunk.end && tokens[first]!.end <= person.start) first++;
      const role = tokens[first - 1];
      const gap = tokensFrom(tokens, chunk.start, first, body.end);
      if (
        role &&
        role.end <= person.start &&
        view.mentionAt[first - 1]! < 0 &&
        (/^[A-Z]/.test(role.text) || ROLE_SUFFIX.test(role.norm)) &&
        !gap.some((t) => t.pos === 'VERB' || RELATIONAL.has(t.norm.split('-').pop()!))
      )
        add(person.actorId, body.actorId, [body.start, person.end]);
      continue;
    }
    // "Alexei Tsygankov, head of the Russian Center ...": apposition after the name.
    const last = chunk.end;
    if (person.end !== tokens[last - 1]!.end || tokens[last]?.norm !== ',') continue;
    const next = view.chunkAt[last + 1];
    if (next == null || next < 0) continue;
    const app = view.chunks[next]!;
    let k = app.start;
    if (tokens[k]!.pos === 'DET') k++;
    let titled = false;
    while (
      k < app.end &&
      view.mentionAt[k]! < 0 &&
      (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'PROPN')
    ) {
      titled = true;
      k++;
    }
    if (!titled || !TITLE_LINK.has(tokens[k]?.norm ?? '')) continue;
    // "X, a supporter of Y" says nothing of membership.
    if (tokens.slice(app.start, k).some((t) => RELATIONAL.has(t.norm))) continue;
    const innerIds = mentionsIn(view, k + 1, app.end);
    if (!innerIds.length) continue; // (as above: no mapped empty array)
    const inner = innerIds.map((i) => view.mentions[i]!);
    const org = inner.find((m) => BODY_KINDS.has(kindOf(m.actorId) ?? ''));
    if (org) add(person.actorId, org.actorId, [person.start, org.end]);
  }
  return out;
}

// Loops, not closures, for what the chunk loop above looks up: a closure capturing the loop's variables made their
// context anew for every chunk of the article.

/** The first mention of a body (state, organization, group) starting before `at`. */
function bodyBefore(ms: Mention[], at: number, kindOf: (id: string) => string | undefined): Mention | undefined {
  for (const m of ms) if (m.start < at && BODY_KINDS.has(kindOf(m.actorId) ?? '')) return m;
  return undefined;
}

/** Tokens [a, b) starting at or after character `from`. */
function tokensFrom(tokens: readonly Token[], a: number, b: number, from: number): Token[] {
  const out: Token[] = [];
  for (let k = a; k < b; k++) if (tokens[k]!.start >= from) out.push(tokens[k]!);
  return out;
}

/**
 * Index of the token starting at `start`, or -1: tokens are in text order with distinct starts, so a binary search
 * finds what a scan from the first token would (this runs for every person mention, a scan made it quadratic).
 */
function tokenStartingAt(tokens: readonly Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens[lo]!.start === start ? lo : -1;
}

/** Ranks and honorifics, abbreviated or not, between a title and the name ("Maj. Gen.", "Lt. Col."). */
const RANK = /^(?:[A-Z][a-z]{0,4}\.?|\.|General|Colonel|Major|Brigadier|Captain|Admiral|Lieutenant)$/;

/** "Military spokesman Maj. Gen. X": the forces body (known to the article) a title before the name belongs to. */
function forcesTitle(view: View, personStart: number): { body: string; start: number } | null {
  const { tokens } = view;
  let k = tokenStartingAt(tokens, personStart);
  if (k <= 0) return null;
  const sentence = tokens[k]!.sentence;
  k--;
  for (let n = 0; n < 4 && k >= 0 && RANK.test(tokens[k]!.text) && view.mentionAt[k]! < 0; n++) k--;
  // "A Pakistani military spokesman, Maj. Gen. X": the title in apposition before the name.
  if (k > 0 && tokens[k]!.norm === ',') k--;
  if (k < 1 || tokens[k]!.sentence !== sentence || !ROLE_SUFFIX.test(tokens[k]!.norm)) return null;
  const word = tokens[k - 1]!;
  if (word.sentence !== sentence || view.mentionAt[k - 1]! >= 0 || !/^(?:NOUN|PROPN|ADJ)$/.test(word.pos)) return null;
  // "Coalition spokesman X", "Police chief X": a body named before with that word ("the Saudi-led coalition").
  const body = ARMY_HEADS.has(word.norm) ? stateForces(view, k - 1, word.norm) : namedBody(view, k - 1, word.norm);
  return body ? { body, start: word.start } : null;
}

/** The last organization or group before token t whose own name holds the word ("coalition", "police"). */
function namedBody(view: View, t: number, word: string): string | null {
  for (let k = t - 1; k >= 0; k--) {
    const m = view.mentionAt[k]!;
    const actor = m >= 0 ? view.actors.get(view.mentions[m]!.actorId) : undefined;
    if (!actor || (actor.kind !== 'organization' && actor.kind !== 'group')) continue;
    if (nameWords(actor.name).includes(word)) return actor.id;
  }
  return null;
}

/**
 * The lower-case words of a body's name, split once per name: the scan above meets the same bodies at every token
 * back to the article's start, for every person named after a title.
 */
function nameWords(name: string): string[] {
  let words = NAME_WORDS.get(name);
  if (!words) {
    if (NAME_WORDS.size > 5000) NAME_WORDS.clear(); // a bound for long runs; names repeat within an article
    NAME_WORDS.set(name, (words = name.toLowerCase().split(NON_LETTERS)));
  }
  return words;
}
const NAME_WORDS = new Map<string, string[]>();
const NON_LETTERS = /[^a-z]+/;

/** Index of the sentence holding character `pos`, or -1 between sentences. */
function sentenceOf(view: View, pos: number): number {
  const ss = view.nlp.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid]!.end <= pos) lo = mid + 1;
    else if (ss[mid]!.start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}
