// Event mentions: a trigger (verb or event noun) with the actors on each side, found per sentence.
// In: View. Out: EventMention[] in text order (one linear pass over tokens; short local searches).
import { isArmedForce } from '../../graph/identity.ts';
import type { Act } from '../../graph/incidents/manner.ts';
import type { IncidentKind, RelationType } from '../../graph/schema.ts';
import {
  ALLEGE_VERBS,
  ARMED_NOUNS,
  ARREST_NOUNS,
  BLAST_NOUNS,
  BLAST_PHRASES,
  BLAST_VERBS,
  BODILY_HARM,
  CRIME_NOUNS,
  CLAUSE_OPENERS,
  CONTEST_WORDS,
  EXPLOSIVES,
  FINDING_VERBS,
  FINDINGS,
  IDIOM_OBJECTS,
  IMPACT_VERBS,
  KILLING_VERBS,
  OTHER_VERBS,
  PASSING_VERBS,
  PATRON_NOUNS,
  TEST_VERBS,
  UNMADE_ARREST,
  WEAPONS,
  MILITARY,
  PARTICLES_OUT,
  PAST_EVENT_WORDS,
  BE_FORMS,
  HYPOTHETICAL,
  LIGHT_VERBS,
  NEGATIONS,
  NOUN_PAIRS,
  NOUNS,
  PARTICIPLES,
  PHRASES,
  QUANTITY_NOUNS,
  SPEECH_VERBS,
  STATE_FORCE_NOUNS,
  VERBS,
  VICTIM_NOUNS,
  type NounSense,
} from './lexicon.ts';
import { capitalState, demonymState, describedActor, inCondition, personFor } from './anaphora.ts';
import { DISPERSE_VERBS, crimeNounAt, dispersalAt, purposeOfForce } from './crimes.ts';
import { DISASTER_WORDS, datedByOf, definite, disasterAt, fightsFire, fireIn, natureSubject } from './disasters.ts';
import {
  OPERATION_WORDS,
  blockadeAt,
  blockadeNounAt,
  insolvencyAt,
  rallyAt,
  searchAt,
  searchNounAt,
} from './operations.ts';
import { courtAt } from './courts.ts';
import { PLACE_TYPES } from './places.ts';
import { headMention, isPerson, modifiedBy, resolveActor, type View } from './view.ts';

/** Where a shot lands when nobody is hit: "into the sea", "into the air". */
const EMPTY_TARGETS = new Set(['sea', 'ocean', 'water', 'waters', 'air', 'sky']);

export interface EventMention {
  /** null: an incident trigger that relates no actors ("sentenced", "test-fired"). */
  type: RelationType | null;
  /** Token range of the trigger words. */
  start: number;
  end: number;
  sentence: number;
  /** Actor ids: who acts (attacker, supporter) and who is acted on; for symmetric types both are parties. */
  agents: string[];
  patients: string[];
  /** The incident kind the trigger describes, if any. */
  incident: IncidentKind | null;
  /** The trigger is a noun phrase with a definite/anaphoric reading ("the attack", "that firefight"). */
  anaphoric: boolean;
  /** A reaction's object that names an event ("condemned [the air strike]"): its token range. */
  event: [number, number] | null;
  /** What an incident of kind other is, when its trigger word alone does not say (a disaster, a verdict). */
  act?: Act;
}

const SYMMETRIC = new Set<RelationType | null>(['met_with', 'clashed_with']);
/** Relations of stance: "a Republican committee member who supports Trump" is not the committee supporting him. */
const STANCES = new Set<RelationType | null>(['supports', 'accused', 'warned', 'threatened']);
// Set at the start of each trigger: the phrase heads are read strictly for stance relations.
let stance = false;
const SKIP_BACK_POS = new Set(['AUX', 'ADV', 'PART']);
const RELATIVE = new Set(['who', 'which', 'that']);
/** Words after which a verb's subject is the previous clause's ("... and held", "before striking"). */
const CHAINING = new Set(['and', ',', 'before', 'after', 'while', 'when', 'then', 'by', 'as', 'later']);
const CLAUSE_STOP = new Set([';', ':', '"', '“', '”', '(', ')', '—', '–']);
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);
const ANAPHORIC_DET = new Set(['the', 'that', 'this', 'these', 'those', 'its', 'their']);
const GENERIC_DET = new Set(['any', 'no', 'every', 'each']);
/** Words that make a phrase name a kind of event rather than one ("a meeting room", "strike aircraft"). */
const DEVERBAL_BLOCK = new Set(['-']);

interface Back {
  index: number;
  negated: boolean;
  hypothetical: boolean;
  passive: boolean;
  infinitive: boolean;
}

/** Walks left from token v-1 over auxiliaries, adverbs and negation. */
function skipBack(view: View, v: number, first: number): Back {
  const { tokens } = view;
  const r: Back = { index: v - 1, negated: false, hypothetical: false, passive: false, infinitive: false };
  while (r.index >= first) {
    const tok = tokens[r.index]!;
    if (NEGATIONS.has(tok.norm)) r.negated = true;
    else if (HYPOTHETICAL.has(tok.norm)) r.hypothetical = true;
    else if (BE_FORMS.has(tok.norm)) r.passive = true;
    else if (tok.norm === 'to' && tok.pos === 'PART') r.infinitive = true;
    else if (!SKIP_BACK_POS.has(tok.pos) || tok.norm === "'s") break;
    r.index--;
  }
  return r;
}

function sentenceBounds(view: View, t: number): [number, number] {
  const s = view.nlp.sentences[view.tokens[t]!.sentence]!;
  return [s.firstToken, s.endToken];
}

/** "Mir Saffar village", "the Tudun Biri district": a name before a place-type word is a place, not an actor. */
const PLACE_AFTER = new RegExp(
  `^\\s+(?:${[...PLACE_TYPES].filter((w) => !/^(?:north|south|east|west|centre|center|heart|part|parts|state)$/.test(w)).join('|')})\\b`,
);

const ids = (view: View, ms: ReturnType<typeof headMention>[]): string[] => {
  const out: string[] = [];
  for (const m of ms) {
    if (m && PLACE_AFTER.test(view.nlp.text.slice(m.end, m.end + 16))) continue;
    const id = m && resolveActor(view, m);
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
};

/** Heads of the chunk ending at token `last` and of chunks coordinated before it ("A, B and C"). */
function chunksEndingAt(view: View, last: number, first: number): ReturnType<typeof headMention>[] {
  const heads: ReturnType<typeof headMention>[] = [];
  let c = view.chunkAt[last]!;
  // Walking left, a comma joins phrases only once an "and" was crossed ("A, B and C"), so a fronted
  // phrase ("According to X, Y struck ...") is not taken for a co-subject.
  let sawAnd = false;
  while (c >= 0) {
    const chunk = view.chunks[c]!;
    const head = headMention(view, chunk.start, Math.min(chunk.end, last + 1), stance);
    if (!head) break;
    heads.unshift(head);
    const before = chunk.start - 1;
    if (before - 1 < first) break;
    const sep = view.tokens[before]!.norm;
    if (sep === 'and') sawAnd = true;
    else if (sep !== ',' || !sawAnd) break;
    c = view.chunkAt[before - 1]!;
    last = before - 1;
  }
  return heads;
}

/** Heads of the chunk starting at token `t` and of chunks coordinated after it. */
function chunksStartingAt(view: View, t: number, end: number): ReturnType<typeof headMention>[] {
  const heads: ReturnType<typeof headMention>[] = [];
  while (t < end) {
    const c = view.chunkAt[t]!;
    if (c < 0) break;
    const chunk = view.chunks[c]!;
    let head = headMention(view, t, chunk.end, stance);
    let n = chunk.end;
    // "his Ecuadorean counterpart Gabriela Sommerfeld", "Ecuador's foreign minister, Gabriela Sommerfeld,":
    // a role phrase followed by the person's name stands for that person.
    if ((!head || !isPerson(view, head)) && ROLE_HEADS.has(view.tokens[roleHead(view, t, chunk.end)]!.norm)) {
      const k = view.tokens[n]?.norm === ',' ? n + 1 : n;
      const c2 = k < end ? view.chunkAt[k]! : -1;
      const named = c2 >= 0 ? headMention(view, k, view.chunks[c2]!.end, stance) : null;
      if (named && isPerson(view, named) && view.tokens[k]!.pos === 'PROPN') {
        head = named;
        n = view.chunks[c2]!.end;
        if (k > chunk.end && view.tokens[n]?.norm === ',') n++;
      }
    }
    if (!head) break;
    // "the Assad government", "the Maduro regime": the leader's government is the state they lead.
    if (
      isPerson(view, head) &&
      GOVERNMENT_HEADS.has(view.tokens[chunk.end - 1]!.norm) &&
      head.end <= view.tokens[chunk.end - 1]!.start
    ) {
      const state = view.actors.get(head.actorId)?.affiliation;
      if (state && view.actors.get(state)?.kind === 'state') head = { ...head, actorId: state };
    }
    // "... against Israel, and Hezbollah said": a conjunct followed by its own verb starts a new clause.
    const nt = view.tokens[chunk.end];
    if (heads.length && nt && chunk.end < end && (nt.pos === 'VERB' || nt.pos === 'AUX')) break;
    heads.push(head);
    // "A, B and C": a comma continues the list only when the next phrase is followed by "and" or another comma.
    if (view.tokens[n]?.norm === ',' && view.tokens[n + 1]?.norm === 'and') n++;
    const sep = view.tokens[n]?.norm;
    if (n >= end || (sep !== 'and' && sep !== ',')) break;
    if (sep === ',' && !listContinues(view, n, end)) break;
    t = n + 1;
  }
  return heads;
}

const GOVERNMENT_HEADS = new Set(['government', 'regime', 'administration']);

/** The head noun of the phrase [t, end): the word before its first "of" ("the former head of the army"), or its last. */
function roleHead(view: View, t: number, end: number): number {
  for (let k = t + 1; k < end; k++) if (view.tokens[k]!.norm === 'of') return k - 1;
  return end - 1;
}

/**
 * Role nouns an appositive name can follow: "his counterpart X", "the foreign minister, X,", "the director of the
 * port authority, X" (the name, not the body of the "of" phrase, is whom an act befell).
 */
const ROLE_HEADS = new Set(
  `counterpart counterparts predecessor successor deputy aide rival minister president premier envoy ambassador
  official spokesman spokeswoman leader chief head commander secretary general adviser director chairman chairwoman
  chairperson manager mayor governor judge prosecutor executive founder owner editor lawmaker senator legislator
  mp councillor councilor treasurer superintendent commissioner administrator`.split(/\s+/),
);

/** After a comma at n: does a run of "phrase ," end in "and phrase" (a list, not an apposition)? */
function listContinues(view: View, n: number, end: number): boolean {
  for (let k = n; k < end && view.tokens[k]!.norm === ',';) {
    const c = view.chunkAt[k + 1];
    if (c == null || c < 0) return view.tokens[k + 1]?.norm === 'and';
    k = view.chunks[c]!.end;
    if (view.tokens[k]?.norm === 'and') return true;
  }
  return false;
}

const TIME_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon evening
  night week weekend month year january february march april may june july august september october november
  december jan feb mar apr jun jul aug sep sept oct nov dec earlier later`.split(/\s+/),
);
const TIME_PREPS = new Set(['on', 'in', 'at', 'during', 'since', 'early', 'late']);

/** A phrase of time words, determiners and numbers only ("Monday", "last week", "March 3"). */
function isTimePhrase(view: View, a: number, b: number): boolean {
  let time = false;
  for (let k = a; k < b; k++) {
    const t = view.tokens[k]!;
    if (TIME_WORDS.has(t.norm)) time = true;
    else if (!(t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'ADJ' || /^(?:last|next|this|early|late)$/.test(t.norm)))
      return false;
  }
  return time;
}

/** Verbs that charge someone with a deed: "accused X of shelling ...", "blamed X for the attack". */
const CHARGE_VERBS = new Set(
  'accuse accuses accused accusing blame blames blamed blaming charge charges charged charging'.split(' '),
);

/**
 * The accused of a charge whose deed starts at token t: "accused X of <t>", "blamed X for <t>".
 * Returns the accused actors and the charging verb's index, or null.
 */
function chargedAgents(view: View, t: number, first: number): { agents: string[]; verb: number } | null {
  const { tokens } = view;
  const prep = tokens[t - 1];
  if (!prep || t - 1 <= first || (prep.norm !== 'of' && prep.norm !== 'for')) return null;
  const c = view.chunkAt[t - 2]!;
  if (c < 0) return null;
  const chunk = view.chunks[c]!;
  const verb = chunk.start - 1;
  if (verb < first || !CHARGE_VERBS.has(tokens[verb]!.norm)) return null;
  if ((prep.norm === 'of') !== /^accus/.test(tokens[verb]!.norm) && !/^charg/.test(tokens[verb]!.norm)) return null;
  const agents = ids(view, chunksEndingAt(view, t - 2, chunk.start));
  return agents.length ? { agents, verb } : null;
}

/** The subject actors of the verb at v (empty when the subject is not an actor or cannot be found). */
function subjectOf(view: View, v: number, first: number, depth = 0): string[] {
  const back = skipBack(view, v, first);
  const i = back.index;
  if (i < first || depth > 2) return [];
  const tok = view.tokens[i]!;
  // "Fighters of the National Liberation Army (ELN) ambushed": a parenthesis between subject and verb.
  if (tok.text === ')') {
    for (let k = i - 1; k >= Math.max(first, i - 8); k--)
      if (view.tokens[k]!.text === '(') return subjectOf(view, k, first, depth + 1);
    return [];
  }
  // "JNIM, al Qaeda's affiliate in the Sahel, has fought": an apposition between commas.
  if (tok.text === ',') return appositionAnchor(view, i, first);
  if (view.chunkAt[i]! >= 0) {
    const chunk = view.chunks[view.chunkAt[i]!]!;
    // A time phrase between subject and verb ("X on Monday accused", "X last week struck") is skipped.
    if (isTimePhrase(view, chunk.start, chunk.end) && depth <= 2) {
      let j = chunk.start - 1;
      if (j >= first && TIME_PREPS.has(view.tokens[j]!.norm)) j--;
      return j >= first ? subjectOf(view, j + 1, first, depth + 1) : [];
    }
    // An object of a preposition is not a subject ("visited Damascus in June held"); a clause opener's is
    // ("hours after Turkey shelled ...").
    const before = view.tokens[chunk.start - 1];
    if (
      before &&
      chunk.start - 1 >= first &&
      before.pos === 'ADP' &&
      before.norm !== 'and' &&
      !CLAUSE_OPENERS.has(before.norm)
    )
      return [];
    const found = ids(view, chunksEndingAt(view, i, first));
    if (found.length) return found;
    // "The rebel group also battled ...", "its fighters were attacked": a description stands for an actor.
    const described = describedActor(view, chunk.start, i + 1, (k, f) => subjectOf(view, k, f, depth + 1));
    return described ? [described] : [];
  }
  // "He warned the PKK": the person the pronoun stands for.
  const person = personFor(view, i);
  if (person) return [person];
  // "X said it had struck Y", "X says they will meet Y": the pronoun is the speaker.
  if (SUBJECT_PRONOUNS.has(tok.norm) && tok.norm !== 'i' && tok.norm !== 'you') {
    let j = i - 1;
    if (j >= first && view.tokens[j]!.norm === 'that') j--;
    if (j >= first && SPEECH_VERBS.has(view.tokens[j]!.norm)) {
      // "Police commander X said they had been detained": a plural pronoun never stands for one person.
      const speaker = subjectOf(view, j, first, depth + 1);
      return tok.norm === 'they' ? speaker.filter((id) => view.actors.get(id)?.kind !== 'person') : speaker;
    }
    return [];
  }
  if (RELATIVE.has(tok.norm)) {
    let j = i - 1;
    if (j >= first && view.tokens[j]!.norm === ',') j--;
    return j >= first && view.chunkAt[j]! >= 0 ? ids(view, chunksEndingAt(view, j, first)) : [];
  }
  if (CHAINING.has(tok.norm)) {
    // The previous verb of the same clause ("visited Damascus and held ...", "is Syria's ally and supplies ...").
    for (let j = i - 1; j >= first; j--) {
      const t = view.tokens[j]!;
      if (CLAUSE_STOP.has(t.text) || t.pos === 'SCONJ' || t.norm === 'that' || RELATIVE.has(t.norm)) return [];
      if ((t.pos === 'VERB' || t.pos === 'AUX') && view.chunkAt[j]! < 0) {
        // Start from the first auxiliary of a verb group ("has been", "was").
        while (j - 1 >= first && view.tokens[j - 1]!.pos === 'AUX') j--;
        return subjectOf(view, j, first, depth + 1);
      }
    }
  }
  return [];
}

/** The phrase an apposition ending in the comma at i describes: "X, <apposition>, verb" → X. */
function appositionAnchor(view: View, i: number, first: number): string[] {
  // The first word that is neither a phrase, a preposition nor an adverb: allowed only inside a relative clause
  // of the apposition ("X, the main opposition body that calls itself ..., condemned").
  let blocked = -1;
  for (let k = i - 1; k >= Math.max(first, i - 20); k--) {
    const t = view.tokens[k]!;
    if (t.text === ',') {
      // "X, who has run the port since 2019, was detained": a relative clause between subject and verb.
      if (k > first && relativeOpens(view, k + 1) && view.chunkAt[k - 1]! >= 0)
        return ids(view, chunksEndingAt(view, k - 1, first));
      if (k === i - 1 || view.chunkAt[k + 1]! < 0 || k - 1 < first || view.chunkAt[k - 1]! < 0) return [];
      if (blocked >= 0) {
        let r = k + 2;
        while (r <= blocked && !(RELATIVE.has(view.tokens[r]!.norm) && view.chunkAt[r]! < 0)) r++;
        if (r > blocked) return [];
      }
      return ids(view, chunksEndingAt(view, k - 1, first));
    }
    if (CLAUSE_STOP.has(t.text)) return [];
    if (view.chunkAt[k]! < 0 && t.pos !== 'ADP' && t.pos !== 'ADV') {
      if (i - k > 12 && blocked < 0) return [];
      blocked = k;
    }
  }
  return [];
}

/** "who" or "which" opening a relative clause at k (not "that", which may open a reported clause). */
const relativeOpens = (view: View, k: number): boolean =>
  /^(?:who|which)$/.test(view.tokens[k]?.norm ?? '') && view.chunkAt[k]! < 0;

/** Objects introduced after token `t`: a direct object and/or a phrase after one of `preps`. */
function objectsAfter(view: View, t: number, end: number, preps: string[], direct: boolean): string[] {
  const { tokens } = view;
  let i = t;
  while (i < end && tokens[i]!.pos === 'ADV') i++;
  // "met his counterpart X": a possessive determiner left out of the phrase.
  if (i + 1 < end && /^(his|her|their|its)$/.test(tokens[i]!.norm) && view.chunkAt[i + 1]! >= 0) i++;
  if (i >= end) return [];
  if (direct && view.chunkAt[i]! >= 0 && !preps.includes(tokens[i]!.norm)) {
    const found = ids(view, chunksStartingAt(view, i, end));
    if (!found.length) {
      // "warned the group", "attacked its positions": a description of an actor named before.
      const c = view.chunks[view.chunkAt[i]!]!;
      const described = describedActor(view, c.start, c.end, (k, f) => subjectOf(view, k, f));
      if (described) return [described];
    }
    if (found.length || !preps.length) return found;
  }
  if (!preps.length) return [];
  // "met earlier this week with X": skip a short adverbial before the preposition.
  const k = findPrep(view, i, end, preps);
  if (k < 0) return [];
  const found = ids(view, chunksStartingAt(view, k + 1, end));
  const c = view.chunkAt[k + 1];
  if (found.length || c == null || c < 0) return found;
  // "fired on Indian posts": a description of a side named elsewhere.
  const described = describedActor(view, view.chunks[c]!.start, view.chunks[c]!.end, (j, f) => subjectOf(view, j, f));
  return described ? [described] : [];
}

/** Index of one of `preps` shortly after t, skipping a place or time phrase ("a meeting in Damascus between"). */
function findPrep(view: View, t: number, end: number, preps: string[]): number {
  for (let k = t; k < Math.min(end, t + 8); k++) {
    const tok = view.tokens[k]!;
    if (preps.includes(tok.norm)) return k;
    if (tok.pos === 'VERB' || tok.pos === 'AUX' || tok.pos === 'SCONJ' || tok.pos === 'CCONJ') return -1;
    if (tok.pos === 'PUNCT' && tok.text !== '-') return -1;
  }
  return -1;
}

/** True when a noun phrase or one of `preps` follows token t (the act has a stated other party). */
function hasObject(view: View, t: number, end: number, preps: string[], direct: boolean): boolean {
  let i = t;
  while (i < end && view.tokens[i]!.pos === 'ADV') i++;
  if (direct && i < end && view.chunkAt[i]! >= 0 && view.tokens[i]!.pos !== 'DET') {
    const c = view.chunks[view.chunkAt[i]!]!;
    if (!/^(?:this|last|next|earlier|later)$/.test(view.tokens[c.start]!.norm)) return true;
  }
  return findPrep(view, i, end, preps) >= 0;
}

/** Actors of every phrase after "between", across "and", skipping places and non-actor phrases. */
function partiesAfter(view: View, t: number, end: number): string[] {
  const { tokens } = view;
  const heads: ReturnType<typeof headMention>[] = [];
  for (let i = t; i < end;) {
    const tok = tokens[i]!;
    const c = view.chunkAt[i]!;
    if (c >= 0) {
      const chunk = view.chunks[c]!;
      const locative = i > t && /^(?:in|near|at|on|inside|outside)$/.test(tokens[i - 1]!.norm);
      if (!locative) heads.push(headMention(view, i, chunk.end));
      i = chunk.end;
      continue;
    }
    // Participles ("troops stationed in Syria") and prepositions pass; a clause boundary stops.
    const passes =
      tok.norm === 'and' || tok.pos === 'ADP' || tok.pos === 'ADV' || (tok.pos === 'VERB' && /ed$/.test(tok.norm));
    if (!passes) break;
    i++;
  }
  return ids(view, heads);
}

/** The agent after "by" following token t ("was struck by X", "the attack on Y by X"). */
function byAgent(view: View, t: number, end: number): string[] {
  let i = t;
  while (i < end && view.tokens[i]!.pos === 'ADV') i++;
  return view.tokens[i]?.norm === 'by' ? ids(view, chunksStartingAt(view, i + 1, end)) : [];
}

function verbMention(view: View, v: number, vEnd: number, first: number, end: number): EventMention | null {
  const { tokens } = view;
  const tok = tokens[v]!;
  const phrase = vEnd > v + 1;
  const sense = phrase ? null : VERBS.get(tok.norm)!;
  const type = phrase ? PHRASES.find((p) => p.words[0] === tok.norm)!.type : sense!.type;
  const preps = phrase ? PHRASES.find((p) => p.words[0] === tok.norm)!.preps : sense!.preps;
  const direct = phrase ? false : sense!.direct;
  const incident = phrase ? PHRASES.find((p) => p.words[0] === tok.norm)!.incident : sense!.incident;
  stance = STANCES.has(type);
  const m: EventMention = {
    type,
    start: v,
    end: vEnd,
    sentence: tok.sentence,
    agents: [],
    patients: [],
    incident,
    anaphoric: false,
    event: null,
  };

  // "U.S.-backed fighters": the actor before the hyphen acts on the phrase after the participle.
  if (
    v >= 2 &&
    tokens[v - 1]!.text === '-' &&
    tokens[v - 1]!.start === tokens[v - 2]!.end &&
    view.mentionAt[v - 2]! >= 0
  ) {
    m.agents = ids(view, [view.mentions[view.mentionAt[v - 2]!]!]);
    const c = view.chunkAt[v];
    const chunkEnd = c != null && c >= 0 ? view.chunks[c]!.end : v + 1;
    m.patients = ids(view, [headMention(view, v + 1, chunkEnd)]);
    m.incident = null;
    return m;
  }
  const back = skipBack(view, v, first);
  if (back.negated || back.hypothetical || back.infinitive || inCondition(view, v, first)) return null;
  // "had invaded no one", "attacked nobody": a negated object denies the act.
  if (/^(?:no|nobody|nothing|none|neither)$/.test(tokens[vEnd]?.norm ?? '')) return null;
  // "launched rockets into X": "launch" attacks only with a weapon as its object ("launched strikes" is a noun's).
  if (/^launch/.test(tok.norm) && !weaponFollows(view, vEnd, end)) return null;
  // "struck down a law", "hit back", "struck a measured tone": idioms, not attacks.
  if (type === 'attacked') {
    if (PARTICLES_OUT.has(tokens[vEnd]?.norm ?? '')) return null;
    // Only "hit"/"strike" make idioms ("hit the market", "struck a deal"); "shelled a market" is an attack.
    if (/^(hit|hits|hitting|strike|strikes|struck|striking)$/.test(tok.norm) && !armedSubject(view, back.index, first))
      for (let k = vEnd; k < Math.min(end, vEnd + 4) && view.mentionAt[k]! < 0; k++)
        if (IDIOM_OBJECTS.has(tokens[k]!.norm)) return null;
    // "fired a missile into the sea", "fired into the air": a launch or warning shots, no one attacked.
    if (/^(fire|fires|fired|firing)$/.test(tok.norm))
      for (let k = vEnd; k < Math.min(end, vEnd + 6); k++)
        if (
          tokens[k]!.norm === 'into' &&
          EMPTY_TARGETS.has(tokens[tokens[k + 1]?.norm === 'the' ? k + 2 : k + 1]?.norm ?? '')
        )
          return null;
  }
  const prev = tokens[back.index];
  const by = PARTICIPLES.has(tok.norm) ? byAgent(view, vEnd, end) : [];
  const passive = PARTICIPLES.has(tok.norm) && (back.passive || by.length > 0);
  if (passive) {
    m.agents = by;
    if (back.passive) m.patients = subjectOf(view, v, first);
    else if (prev?.norm === ',') {
      // Reduced relative between commas: "the Syrian army, supported by Russian forces, ..."
      const j = back.index - 1;
      m.patients = j >= first && view.chunkAt[j]! >= 0 ? ids(view, chunksEndingAt(view, j, first)) : [];
    } else if (back.index >= first && view.chunkAt[back.index]! >= 0) {
      m.patients = ids(view, chunksEndingAt(view, back.index, first));
    }
    return m;
  }
  const charged = incident ? chargedAgents(view, v, first) : null;
  m.agents = charged ? charged.agents : subjectOf(view, v, first);
  if (ALLEGE_VERBS.has(tok.norm)) {
    // "Prosecutors alleged that the PKK ordered ...": the accused is the reported clause's subject.
    const k = tokens[vEnd]?.norm === 'that' ? vEnd + 1 : vEnd;
    const c = k < end ? view.chunkAt[k]! : -1;
    m.patients = c >= 0 ? ids(view, chunksEndingAt(view, view.chunks[c]!.end - 1, k)) : [];
    return m;
  }
  // "threatened to strike X": the object belongs to the infinitive.
  if ((type === 'threatened' || type === 'warned') && tokens[vEnd]?.norm === 'to' && tokens[vEnd + 1]?.pos === 'VERB') {
    // "threatened to strike X", "threatened to retaliate against X".
    m.patients = objectsAfter(view, vEnd + 2, end, ['against', 'on', 'at'], true);
  } else m.patients = objectsAfter(view, vEnd, end, preps, direct);
  // "condemned the air strike": the one condemned is who struck (the relations stage reads the incident).
  if (REACTION_VERBS.has(tok.norm) && !m.patients.length) m.event = eventObject(view, vEnd, end) ?? null;
  // "visited Tokyo": a visit to a capital is one to its state.
  if (/^visit/.test(tok.norm) && !m.patients.length) {
    const c = view.chunkAt[vEnd];
    const st = c != null && c >= 0 ? capitalState(view, view.chunks[c]!.start, view.chunks[c]!.end) : null;
    if (st) m.patients = [st];
  }
  // "visited the city hospital of X", "visited the scene of the fire": a visit to a place of care or of a happening
  // meets no one there.
  if (/^visit/.test(tok.norm) && visitedSite(view, vEnd, end)) m.patients = [];
  // "received X", "hosted X": a meeting only with a person as guest ("received a letter", "hosted refugees").
  if (/^(?:receiv|host)/.test(tok.norm)) m.patients = m.patients.filter((p) => view.actors.get(p)?.kind === 'person');
  // "US and Russia exchanged fire": a symmetric act between coordinated subjects.
  if (SYMMETRIC.has(type) && !m.patients.length && m.agents.length > 1 && !hasObject(view, vEnd, end, preps, direct)) {
    m.patients = m.agents.slice(1);
    m.agents = m.agents.slice(0, 1);
  }
  return m;
}

/** Places a visitor sees rather than meets anyone at: the wounded in hospital, the scene of a disaster. */
const VISITED_SITES = new Set(
  `hospital hospitals clinic clinics ward wards morgue scene site sites school schools camp camps shelter shelters
  dormitory factory plant mine market area areas village villages neighbourhood neighborhood street`.split(/\s+/),
);

/** The object right after a visit verb is headed by such a place ("the city hospital of X", "the scene"). */
function visitedSite(view: View, t: number, end: number): boolean {
  for (let k = t; k < Math.min(end, t + 5); k++) {
    const tok = view.tokens[k]!;
    if (VISITED_SITES.has(tok.norm) && tok.pos === 'NOUN') return true;
    if (!/^(?:DET|ADJ|NOUN|NUM)$/.test(tok.pos)) return false;
  }
  return false;
}

/** Verbs of condemning: their object may be an event rather than an actor. */
const REACTION_VERBS = new Set('condemn condemns condemned condemning denounce denounces denounced'.split(' '));

/** The noun phrase right after t when it holds an event noun ("the air strike", "Tuesday's attack"). */
function eventObject(view: View, t: number, end: number): [number, number] | undefined {
  let i = t;
  while (i < end && view.tokens[i]!.pos === 'ADV') i++;
  const c = i < end ? view.chunkAt[i]! : -1;
  if (c < 0) return undefined;
  const chunk = view.chunks[c]!;
  for (let k = chunk.start; k < chunk.end; k++) {
    const n = view.tokens[k]!.norm;
    if (NOUNS.get(n)?.kind || NOUN_PAIRS.has(`${n} ${view.tokens[k + 1]?.norm}`)) return [chunk.start, chunk.end];
  }
  return undefined;
}

/** A weapon heads the object after t ("rockets", "mortar rounds", "a barrage of missiles"). */
function weaponFollows(view: View, t: number, end: number): boolean {
  for (let k = t; k < Math.min(end, t + 6); k++) {
    if (WEAPONS.has(view.tokens[k]!.norm)) return true;
    if (view.chunkAt[k]! < 0 && view.tokens[k]!.norm !== 'of') return false;
  }
  return false;
}

/** "Burundi, an ally of Congo", "Russia, Armenia's patron", "Iran is Syria's main backer": standing support. */
function patronMention(view: View, n: number, chunk: { start: number; end: number }, first: number, end: number) {
  const { tokens } = view;
  const m: EventMention = {
    type: 'supports',
    start: n,
    end: n + 1,
    sentence: tokens[n]!.sentence,
    agents: [],
    patients: [],
    incident: null,
    anaphoric: false,
    event: null,
  };
  const owner = headMention(view, chunk.start, n);
  m.patients = owner ? ids(view, [owner]) : objectsAfter(view, n + 1, end, ['of'], false);
  const before = tokens[chunk.start - 1];
  if (before?.text === ',' && chunk.start - 2 >= first && view.chunkAt[chunk.start - 2]! >= 0)
    m.agents = ids(view, [headMention(view, view.chunks[view.chunkAt[chunk.start - 2]!]!.start, chunk.start - 1)]);
  else if (before && BE_FORMS.has(before.norm)) m.agents = subjectOf(view, chunk.start - 1, first);
  return m.agents.length && m.patients.length ? m : null;
}

/** The state an adjective inside the phrase names ("a Malian drone strike"), when the article has that actor. */
function demonymAgent(view: View, start: number, n: number): string[] {
  const id = demonymState(view, start, n);
  return id ? [id] : [];
}

function nounMention(
  view: View,
  n: number,
  nEnd: number,
  sense: NounSense,
  first: number,
  end: number,
): EventMention | null {
  const { tokens } = view;
  const c = view.chunkAt[n]!;
  const chunk = c >= 0 ? view.chunks[c]! : { start: n, end: nEnd };
  const pre = tokens.slice(chunk.start, n);
  if (pre.some((t) => GENERIC_DET.has(t.norm) || NEGATIONS.has(t.norm))) return null;
  // A verb the tagger took for a noun (headlines: "it Would Strike in Syria", "vowed to Hit").
  const prev = tokens[chunk.start - 1];
  if (
    chunk.start === n &&
    prev &&
    (prev.pos === 'AUX' || SUBJECT_PRONOUNS.has(prev.norm) || (prev.norm === 'to' && prev.pos === 'PART'))
  )
    return null;
  // "a meeting room", "strike aircraft": the noun modifies another noun, so it names no event.
  const after = tokens[nEnd];
  if (after && view.chunkAt[nEnd] === c && after.pos === 'NOUN' && !DEVERBAL_BLOCK.has(after.text)) return null;
  stance = STANCES.has(sense.type);
  if (PATRON_NOUNS.has(tokens[n]!.norm)) return patronMention(view, n, chunk, first, end);
  // "if Greece carries out an attack on Turkey": a condition, not an event.
  if (inCondition(view, chunk.start, first)) return null;
  const m: EventMention = {
    type: sense.type,
    start: n,
    end: nEnd,
    sentence: tokens[n]!.sentence,
    agents: [],
    patients: [],
    incident: sense.kind,
    anaphoric: pre.length > 0 && ANAPHORIC_DET.has(pre[0]!.norm),
    event: null,
  };
  // "Kyiv steps up strikes on Russia", "a response to Russian attacks on its grid": a campaign, no one happening.
  if (campaign(tokens, chunk.start, n)) m.incident = null;
  // Agent: a possessor or modifier inside the phrase ("the coalition's airstrikes", "Russian strikes").
  // A capital before the noun is where, not who ("the Paris attacks", "Moscow talks").
  const modifier = headMention(view, chunk.start, n);
  const possessed = n > chunk.start && /^(?:'s|’s|'|’)$/.test(tokens[n - 1]!.norm);
  m.agents = modifier && (modifier.kind !== 'metonym' || possessed) ? ids(view, [modifier]) : [];
  if (!m.agents.length && sense.kind) m.agents = demonymAgent(view, chunk.start, n);
  // "a warning to Iran" may have been chunked as one phrase: the preposition ends the trigger's phrase.
  let rest = chunk.end;
  for (let k = nEnd; k < chunk.end; k++) if (sense.preps.includes(tokens[k]!.norm)) rest = Math.min(rest, k);
  rest = Math.max(nEnd, rest);
  const between = sense.preps.includes('between') ? findPrep(view, rest, end, ['between']) : -1;
  if (between >= 0) {
    const parties = partiesAfter(view, between + 1, end);
    if (!m.agents.length) {
      m.agents = parties.slice(0, 1);
      m.patients = parties.slice(1);
    } else m.patients = parties;
    return m;
  }
  m.patients = objectsAfter(
    view,
    rest,
    end,
    sense.preps.filter((p) => p !== 'between'),
    false,
  );
  if (!m.agents.length) {
    // "the attack on Y by X"
    let after2 = rest;
    if (m.patients.length) while (after2 < end && view.chunkAt[after2]! < 0 && tokens[after2]!.pos === 'ADP') after2++;
    const cc = view.chunkAt[after2];
    if (cc != null && cc >= 0) after2 = view.chunks[cc]!.end;
    m.agents = byAgent(view, after2, end);
  }
  if (!m.agents.length && sense.kind) m.agents = chargedAgents(view, chunk.start, first)?.agents ?? [];
  if (!m.agents.length) {
    // "X held talks with Y", "X carried out strikes on Y", "X engaged in clashes with Y".
    let v = chunk.start - 1;
    // Across coordinated and quantity phrases: "launched a wave of missile and drone attacks".
    for (let steps = 0; steps < 4 && v > first; steps++) {
      const w = tokens[v]!.norm;
      const c = view.chunkAt[v - 1]!;
      if (c < 0) break;
      const prior = view.chunks[c]!;
      if (w === 'and' || w === 'or' || (w === 'of' && QUANTITY_NOUNS.has(tokens[prior.end - 1]!.norm)))
        v = prior.start - 1;
      else break;
    }
    // "engaged in clashes", "carried out strikes", "stepped up air strikes": the particle of a phrasal verb.
    if (v >= first && /^(?:in|out|up)$/.test(tokens[v]!.norm)) v--;
    // "visited Tokyo for a summit with X": the visitor holds the summit.
    // The chunker may glue "Tokyo for a summit" into one phrase; then the verb is right before it.
    const glued = tokens.slice(chunk.start, n).some((x) => x.norm === 'for');
    const w = glued
      ? v
      : v - 1 > first && tokens[v]!.norm === 'for' && view.chunkAt[v - 1]! >= 0
        ? view.chunks[view.chunkAt[v - 1]!]!.start - 1
        : -1;
    if (
      m.type === 'met_with' &&
      w >= first &&
      VERBS.get(tokens[w]!.norm)?.type === 'met_with' &&
      tokens[w]!.pos === 'VERB'
    )
      m.agents = subjectOf(view, w, first);
    if (v >= first && LIGHT_VERBS.has(tokens[v]!.norm) && (tokens[v]!.pos === 'VERB' || tokens[v]!.pos === 'AUX')) {
      const back = skipBack(view, v, first);
      if (back.negated || back.hypothetical || inCondition(view, v, first)) return null;
      m.agents = subjectOf(view, v, first);
    }
  }
  // "Dupont and Weber held talks": a symmetric act between coordinated subjects.
  if (SYMMETRIC.has(m.type) && !m.patients.length && m.agents.length > 1) {
    m.patients = m.agents.slice(1);
    m.agents = m.agents.slice(0, 1);
  }
  return m;
}

const PAIR_FIRST = new Set([...NOUN_PAIRS.keys()].map((k) => k.split(' ')[0]!));
const PHRASE_FIRST = new Map(PHRASES.map((p) => [p.words[0]!, p]));
const TRIGGER_WORDS = new Set([
  ...PAIR_FIRST,
  ...PHRASE_FIRST.keys(),
  ...VERBS.keys(),
  ...NOUNS.keys(),
  ...OTHER_VERBS,
  ...TEST_VERBS,
  ...DISASTER_WORDS,
  ...DISPERSE_VERBS,
  ...OPERATION_WORDS,
  ...FINDING_VERBS,
  ...BLAST_VERBS,
  ...KILLING_VERBS,
  ...[...BLAST_PHRASES].map((p) => p.split(' ')[0]!),
]);

/**
 * An incident that relates no actors: "a court sentenced ...", "police arrested ...", "North Korea test-fired ..."
 * (trigger s..v). Whom it was done to, named right after the verb ("detained Deputy Minister Hakob Gevorgyan"), is a
 * party too.
 */
function otherMention(
  view: View,
  s: number,
  v: number,
  first: number,
  end: number,
  preps: string[] = [],
): EventMention | null {
  const back = skipBack(view, s, first);
  if (back.negated || back.hypothetical || back.infinitive || inCondition(view, s, first)) return null;
  if (nobodyAt(view, back.index)) return null;
  // "X, who has run the port since 2019, was detained by police": a passive's subject is whom the act befell, and
  // who did it follows "by".
  const subject = subjectOf(view, s, first);
  const agents = back.passive ? byAgent(view, v + 1, end) : subject;
  const patients = (back.passive ? subject : objectsAfter(view, v + 1, end, preps, !preps.length)).filter(
    (p) => !agents.includes(p),
  );
  return {
    type: null,
    start: s,
    end: v + 1,
    sentence: view.tokens[v]!.sentence,
    agents,
    patients,
    incident: 'other',
    anaphoric: false,
    event: null,
  };
}

/** "no one had been detained", "nobody was arrested": a subject that denies the act. */
const nobodyAt = (view: View, k: number): boolean => {
  const w = view.tokens[k]?.norm ?? '';
  return w === 'nobody' || w === 'none' || (w === 'one' && view.tokens[k - 1]?.norm === 'no');
};

/**
 * A crowd broken up by force (crimes.ts): a clash, with who dispersed it as its party. Told as a noun ("the violent
 * dispersal of a traders' protest") or as the purpose of another act of force ("fired tear gas to disperse
 * vendors"), it names no party of its own: the act it is told with carries them.
 */
function dispersalMention(view: View, t: number, first: number, end: number): EventMention | null {
  const bare = view.tokens[t]!.norm === 'dispersal' || purposeOfForce(view.tokens, t);
  const m = bare
    ? { type: null, start: t, end: t + 1, sentence: view.tokens[t]!.sentence, agents: [], patients: [] }
    : otherMention(view, t, t, first, end);
  return m && { ...m, incident: 'clash', anaphoric: false, event: null };
}

/**
 * A participle modifying the noun after it, after a determiner, preposition or adjective: "the sons of jailed drug
 * lord X", "a convicted murderer", "the detained activists". It names whom it describes, not an act told.
 */
function modifyingParticiple(view: View, t: number): boolean {
  const [prev, next] = [view.tokens[t - 1], view.tokens[t + 1]];
  if (!prev || !next || next.sentence !== view.tokens[t]!.sentence) return false;
  return /^(?:DET|ADP|ADJ|CCONJ)$/.test(prev.pos) && /^(?:NOUN|PROPN|ADJ)$/.test(next.pos);
}

/** Tokens after "found" its finding is looked for over ("found local journalist Andrei Grinevich guilty"). */
const FINDING_SPAN = 10;

/** A verdict told by its finding: "The court found X guilty of ...", "was found not guilty". */
function findingMention(view: View, t: number, first: number, end: number): EventMention | null {
  if (!isVerbal(view, t)) return null;
  for (let k = t + 1; k < Math.min(end, t + FINDING_SPAN); k++) {
    const w = view.tokens[k]!.norm;
    if (CLAUSE_STOP.has(w) || (k > t + 1 && view.tokens[k]!.pos === 'VERB')) return null;
    if (!FINDINGS.has(w)) continue;
    const m = otherMention(view, t, t, first, end);
    return m && { ...m, act: 'sentence' };
  }
  return null;
}

/** Tokens before a sentence noun its passing verb is looked for over ("handed a suspended two-year sentence"). */
const PASSING_SPAN = 6;

/**
 * A sentence passed, told as a noun: "A court has handed a suspended two-year sentence to X", "gave him a life
 * sentence". Whom it was passed on follows the verb or "to" after the noun.
 */
function passedSentence(view: View, n: number, first: number, end: number): EventMention | null {
  const { tokens } = view;
  for (let k = n - 1; k >= Math.max(first, n - PASSING_SPAN); k--) {
    if (CLAUSE_STOP.has(tokens[k]!.norm)) return null;
    if (!PASSING_VERBS.has(tokens[k]!.norm) || !isVerbal(view, k)) continue;
    const m = otherMention(view, k, n, first, end, ['to']);
    if (!m) return null;
    const given = objectsAfter(view, k + 1, n, [], true).filter(
      (p) => !m.agents.includes(p) && !m.patients.includes(p),
    );
    return { ...m, patients: [...given, ...m.patients], act: 'sentence' };
  }
  return null;
}

/** A disaster or accident at [s, e) (disasters.ts): an incident of kind other with no party of its own. */
const disasterMention = (view: View, [s, e]: [number, number]): EventMention => ({
  type: null,
  start: s,
  end: e,
  sentence: view.tokens[s]!.sentence,
  agents: [],
  patients: [],
  incident: 'other',
  // "The blaze broke out on the third floor", "the collapse occurred at 23:40": the disaster told before.
  anaphoric: e - s === 1 && view.tokens[s]!.pos !== 'VERB' && definite(view, s) && !datedByOf(view, s),
  event: null,
  act: 'disaster',
});

/**
 * A search of premises (told as a verb, or as a noun of premises or pointing back at one told) or a crowd gathering
 * (operations.ts): an incident of kind other, with who searched as its party.
 */
function operationMention(view: View, t: number, first: number, end: number, out: EventMention[]): EventMention | null {
  const tok = view.tokens[t]!;
  if (tok.pos === 'NOUN') {
    const search = searchNounAt(
      view,
      t,
      out.some((m) => m.act === 'search'),
    );
    const blockade = search
      ? null
      : blockadeNounAt(
          view,
          t,
          out.some((m) => m.act === 'blockade'),
        );
    const noun = search ?? blockade;
    if (!noun) return null;
    const m = { type: null, start: t, end: t + 1, sentence: tok.sentence, agents: [], patients: [] };
    return { ...m, incident: 'other', anaphoric: noun.anaphoric, event: null, act: search ? 'search' : 'blockade' };
  }
  if (!OPERATION_WORDS.has(tok.norm) || !isVerbal(view, t)) return null;
  const act = searchAt(view, t)
    ? 'search'
    : rallyAt(view, t)
      ? 'protest'
      : courtAt(view, t)
        ? 'charge'
        : blockadeAt(view, t)
          ? 'blockade'
          : insolvencyAt(view, t)
            ? 'insolvency'
            : null;
  if (!act) return null;
  const m = otherMention(view, t, t, first, end);
  // A crowd is no party: "supporters of the mayor rallied" is not the mayor's act, nor "farmers blocked the motorway"
  // the farmers' union's. Who appears in court is whom the charge befell, not who did it. A company's insolvency is
  // its own: whom it owes is no party.
  if (m && act === 'charge') return { ...m, agents: [], patients: [...new Set([...m.agents, ...m.patients])], act };
  if (m && act === 'insolvency') return { ...m, agents: filer(view, t, first, m.agents), patients: [], act };
  return m && { ...m, ...(act === 'protest' || act === 'blockade' ? { agents: [], patients: [] } : {}), act };
}

/**
 * Who filed for insolvency: the subject read, only when it is named right before the verb ("STX Rauma went bankrupt",
 * "Satakunta Steel Oy, a maker of ship sections, filed"), never a name inside a common noun's phrase ("the Rauma maker
 * of ship sections filed": Rauma is where, not who); else the actor a relative pronoun stands for.
 */
function filer(view: View, v: number, first: number, agents: string[]): string[] {
  const i = skipBack(view, v, first).index;
  const tok = view.tokens[i];
  if (!tok || i < first) return [];
  if (tok.text === ',' || tok.text === ')' || view.mentionAt[i]! >= 0) return agents;
  return relativeAntecedent(view, v, first);
}

/**
 * "the shipyard operator STX Rauma, which filed for bankruptcy in 2014": the actor a relative pronoun right before
 * the verb stands for (its subject), past a comma.
 */
function relativeAntecedent(view: View, v: number, first: number): string[] {
  const { tokens } = view;
  let k = v - 1;
  while (k > first && /^(?:AUX|ADV|PART)$/.test(tokens[k]!.pos)) k--;
  if (k <= first || !/^(?:which|that)$/.test(tokens[k]!.norm)) return [];
  let j = k - 1;
  if (tokens[j]!.text === ',') j--;
  return j >= first && view.mentionAt[j]! >= 0 ? ids(view, [view.mentions[view.mentionAt[j]!]!]) : [];
}

/** Tokens before an arrest noun's phrase read for what makes it unmade ("a warrant for the arrest of"). */
const UNMADE_SPAN = 3;

/**
 * An arrest told as a noun: "the arrest of union organiser X in Cebu City on Tuesday", "Malaya's arrest", "the arrests
 * of three journalists". Whom it was made on (the possessor or the "of" phrase) and by whom ("by police") are its
 * parties. Not an arrest sought or feared ("a warrant for his arrest", "faces arrest"), a state ("house arrest"), a
 * modifier ("arrest warrant") nor a practice (a plural with no determiner or number: "arrests of activists").
 */
function arrestMention(view: View, n: number, first: number, end: number): EventMention | null {
  const { tokens } = view;
  const c = view.chunkAt[n]!;
  const chunk = c >= 0 ? view.chunks[c]! : { start: n, end: n + 1 };
  const pre = tokens.slice(chunk.start, n);
  const lead = tokens.slice(Math.max(first, chunk.start - UNMADE_SPAN), chunk.start);
  if ([...pre, ...lead].some((t) => UNMADE_ARREST.has(t.norm) || NEGATIONS.has(t.norm) || GENERIC_DET.has(t.norm)))
    return null;
  const after = tokens[n + 1];
  if (after && view.chunkAt[n + 1] === c && after.pos === 'NOUN') return null;
  const possessed = n > chunk.start && /^(?:'s|’s|'|’)$/.test(tokens[n - 1]!.norm);
  const counted = pre.some((t) => t.pos === 'DET' || t.pos === 'NUM') || possessed;
  if (tokens[n]!.norm === 'arrests' && !counted) return null;
  if (inCondition(view, chunk.start, first)) return null;
  const owner = possessed ? headMention(view, chunk.start, n) : null;
  const patients = owner ? ids(view, [owner]) : objectsAfter(view, n + 1, end, ['of'], false);
  let next = n + 1;
  if (patients.length && tokens[next]?.norm === 'of') {
    const cc = view.chunkAt[next + 1];
    next = cc != null && cc >= 0 ? view.chunks[cc]!.end : next + 1;
  }
  return {
    type: null,
    start: n,
    end: n + 1,
    sentence: tokens[n]!.sentence,
    agents: byAgent(view, next, end).filter((a) => !patients.includes(a)),
    patients,
    incident: 'other',
    // "the arrest" with nobody named points back at an arrest told before; "the arrest of X" names its own.
    anaphoric: !patients.length && pre.length > 0 && ANAPHORIC_DET.has(pre[0]!.norm),
    event: null,
  };
}

/** Tokens a blast's subject is looked for over, leftwards from its verb ("a bomb hidden in a parked motorcycle"). */
const BLAST_SUBJECT_SPAN = 12;
/** Tokens its object's explosive is looked for over ("rammed a car packed with explosives into"). */
const BLAST_OBJECT_SPAN = 6;

const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself']);

/** The end of a blast trigger at t ("exploded", "went off", "slammed into"), or -1. */
function blastEnd(view: View, t: number, end: number): number {
  const tok = view.tokens[t]!;
  if (BLAST_VERBS.has(tok.norm) || IMPACT_VERBS.has(tok.norm)) return isVerbal(view, t) ? t + 1 : -1;
  const next = view.tokens[t + 1];
  if (next && t + 1 < end && BLAST_PHRASES.has(`${tok.norm} ${next.norm}`)) return t + 2;
  // "a suicide bomber blew himself up": a reflexive inside the phrase.
  const after = view.tokens[t + 2];
  return next && after && t + 2 < end && REFLEXIVES.has(next.norm) && BLAST_PHRASES.has(`${tok.norm} ${after.norm}`)
    ? t + 3
    : -1;
}

/**
 * Where the explosive of a blast is, scanning left from `from` to the clause's start: the token index, or -1.
 * "the blast went off" counts only in a story of force (a gas explosion is no attack).
 */
function explosiveBefore(view: View, from: number, first: number, military: () => boolean): number {
  return wordBefore(view, from, first, (w) => EXPLOSIVES.has(w) || (BLAST_NOUNS.has(w) && military()));
}

/** Warplanes that strike: "a Syrian air force jet struck a market", "warplanes hit the town" (an airstrike). */
const WARPLANES = new Set(['jet', 'jets', 'warplane', 'warplanes']);

/** "A jet struck a crowded market", "a rocket hit the market": a warplane or a weapon struck, no idiom's subject. */
const armedSubject = (view: View, from: number, first: number): boolean =>
  wordBefore(view, from, first, (w) => WARPLANES.has(w) || EXPLOSIVES.has(w)) >= 0;

/** Tokens k-2..k are an acronym in brackets: "(RSF)". */
const acronymAt = (tokens: View['tokens'], k: number) =>
  tokens[k]?.text === ')' && tokens[k - 2]?.text === '(' && /^[A-Z][A-Z0-9-]{1,9}$/.test(tokens[k - 1]?.text ?? '');

/** The nearest token of the clause before `from` (within the blast span) whose word passes `test`, or -1. */
function wordBefore(view: View, from: number, first: number, test: (norm: string) => boolean): number {
  for (let k = from; k >= Math.max(first, from - BLAST_SUBJECT_SPAN); k--) {
    // "shells fired by Sudan's Rapid Support Forces (RSF) slammed into": an acronym in brackets is no clause's end.
    if (acronymAt(view.tokens, k)) k -= 3;
    if (k < first) return -1;
    const t = view.tokens[k]!;
    if (CLAUSE_STOP.has(t.text) || t.text === ',' || t.norm === 'that' || RELATIVE.has(t.norm)) return -1;
    if (test(t.norm)) return k;
  }
  return -1;
}

/**
 * Devices that kill where they are left: a subject of a killing verb as armed men are ("a bomb killed two"). Not a
 * "mine": "a landslide at a gold mine killed 12 miners" is no attack.
 */
const KILLING_DEVICES = new Set(['bomb', 'bombs', 'device', 'devices', 'ied', 'ieds', 'landmine', 'landmines']);

/**
 * "Suspected Islamist rebels killed 16 civilians", "gunmen swept through the neighbourhood": a killing or an
 * overrunning by armed men tells an attack (who, when their subject is an actor: "ADF rebels").
 */
function killingMention(view: View, v: number, first: number): EventMention | null {
  const back = skipBack(view, v, first);
  if (back.negated || back.hypothetical || back.infinitive || inCondition(view, v, first)) return null;
  // "The village was sacked by insurgents": a passive tells the attack only with armed men after "by".
  const by = back.passive ? armedAgentAfter(view, v) : -1;
  // "a pastor was shot dead in Hitadipa": a shooting is violence whoever did it, told or not.
  if (back.passive && by < 0 && !shotDead(view, v)) return null;
  // "a roadside bomb planted near a mosque killed two rangers": a bomb kills as armed men do.
  const killer = (w: string) => ARMED_NOUNS.has(w) || KILLING_DEVICES.has(w);
  const subject = back.passive ? [] : subjectOf(view, v, first);
  // "Al Shabaab killed 12 soldiers": a named armed group kills as armed men do, when people are killed.
  const group = subject.some((id) => armedActor(view, id)) && victimAfter(view, v);
  // "its security guards shot dead two miners", "police gunned down 20 people": shooting people dead is violence
  // whoever does it.
  const shotPeople = !back.passive && shotDead(view, v) && victimAfter(view, v + 1);
  if (!back.passive && !group && !shotPeople && wordBefore(view, back.index, first, killer) < 0) return null;
  // "troops killed two other attackers": armed men killed in the fighting are its toll, not another attack. Soldiers
  // killed are its victims: "militants killed 12 soldiers" is an attack on them.
  const { tokens } = view;
  for (
    let k = v + 1;
    !back.passive && k < Math.min(tokens.length, v + 5) && tokens[k]!.sentence === tokens[v]!.sentence;
    k++
  )
    if (ARMED_NOUNS.has(tokens[k]!.norm) && !STATE_FORCE_NOUNS.has(tokens[k]!.norm)) return null;
  const end = sentenceBounds(view, v)[1];
  return {
    type: 'attacked',
    start: v,
    end: v + 1,
    sentence: view.tokens[v]!.sentence,
    agents: back.passive ? ids(view, chunksStartingAt(view, by + 1, end)) : subject,
    patients: [],
    incident: 'attack',
    anaphoric: false,
    event: null,
  };
}

/** An armed group, or a state's military: its acts are acts of force whatever the words (findEventMentions). */
const armedActor = (view: View, id: string): boolean =>
  view.actors.get(id)?.kind === 'group' || isArmedForce(view.actors.get(id) ?? { id });

/** People right after the killing verb at v ("killed 12 soldiers", "executed at least eight farmers"). */
function victimAfter(view: View, v: number): boolean {
  const { tokens } = view;
  for (let k = v + 1; k < Math.min(tokens.length, v + 5) && tokens[k]!.sentence === tokens[v]!.sentence; k++) {
    if (tokens[k]!.pos === 'NUM' || VICTIM_NOUNS.has(tokens[k]!.norm)) return true;
    if (tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'VERB') return false;
  }
  return false;
}

/** Words between a passive killing verb and its "by" ("was shot dead by", "were gunned down by"). */
const BY_GAP = new Set(['dead', 'down', 'at', 'and']);
/** Tokens after "by" an armed noun is looked for over ("by suspected Islamist insurgents"). */
const BY_SPAN = 4;

/** The index of "by" after the passive verb at v when armed men follow it ("sacked by insurgents"), else -1. */
function armedAgentAfter(view: View, v: number): number {
  const { tokens } = view;
  let k = v + 1;
  while (k < tokens.length && k <= v + 2 && BY_GAP.has(tokens[k]!.norm)) k++;
  if (tokens[k]?.norm !== 'by' || tokens[k]!.sentence !== tokens[v]!.sentence) return -1;
  for (let j = k + 1; j <= k + BY_SPAN && j < tokens.length && tokens[j]!.sentence === tokens[v]!.sentence; j++)
    if (ARMED_NOUNS.has(tokens[j]!.norm)) return k;
  return -1;
}

/**
 * A blast or an impact that tells an attack: "a car bomb exploded at X", "rockets slammed into Y", "the blast went
 * off in Z" (no party named), or "militants detonated a bomb" (the explosive its object, the subject who acted).
 */
function blastMention(view: View, v: number, vEnd: number, first: number, end: number, military: () => boolean) {
  const back = skipBack(view, v, first);
  if (back.negated || back.hypothetical || back.infinitive || inCondition(view, v, first)) return null;
  const { tokens } = view;
  const k = explosiveBefore(view, back.index, first, military);
  let agents: string[] = [];
  // "Rockets hit the market": an impact verb tells a blast only of an explosive subject ("X struck a deal" is none).
  if (k < 0 && IMPACT_VERBS.has(tokens[v]!.norm)) return null;
  if (k < 0) {
    let o = vEnd;
    while (o < end && o < vEnd + BLAST_OBJECT_SPAN && !EXPLOSIVES.has(tokens[o]!.norm)) o++;
    if (o >= end || o >= vEnd + BLAST_OBJECT_SPAN || back.passive) return null;
    agents = subjectOf(view, v, first);
  }
  const det = k > first ? tokens[k - 1]!.norm : '';
  const m: EventMention = {
    type: 'attacked',
    start: v,
    end: vEnd,
    sentence: tokens[v]!.sentence,
    agents,
    patients: [],
    incident: 'attack',
    anaphoric: ANAPHORIC_DET.has(det),
    event: null,
  };
  return m;
}

/**
 * "A drone struck a fuel depot", "rockets hit the market": an impact verb told of a weapon, as blastMention reads it
 * (the weapon is the subject, so no party is named).
 */
export function struckByWeapon(view: View, m: EventMention): boolean {
  if (!IMPACT_VERBS.has(view.tokens[m.start]!.norm)) return false;
  const first = view.nlp.sentences[m.sentence]!.firstToken;
  return wordBefore(view, skipBack(view, m.start, first).index, first, (w) => EXPLOSIVES.has(w)) >= 0;
}

/**
 * "Gunmen stormed a police station in X", "gang members attacked a bus near Y": an attack verb told of armed men the
 * text does not name (no actor), as a killing by them is (killingMention).
 */
export function byArmedMen(view: View, m: EventMention): boolean {
  const t = view.tokens[m.start]!;
  if (m.end !== m.start + 1 || !VERBS.get(t.norm)?.incident || !isVerbal(view, m.start)) return false;
  const first = view.nlp.sentences[m.sentence]!.firstToken;
  const back = skipBack(view, m.start, first);
  return !back.passive && wordBefore(view, back.index, first, (w) => ARMED_NOUNS.has(w)) >= 0;
}

/**
 * "its fighters had killed eleven FAA soldiers": a killing verb whose victims are a state's soldiers, as a claim of
 * responsibility or a toll retells the attack already told (incidents.ts).
 */
export function killsForces(view: View, m: EventMention): boolean {
  const { tokens } = view;
  if (!KILLING_VERBS.has(tokens[m.start]!.norm)) return false;
  for (let k = m.end; k < Math.min(tokens.length, m.end + 4) && tokens[k]!.sentence === m.sentence; k++)
    if (STATE_FORCE_NOUNS.has(tokens[k]!.norm)) return true;
  return false;
}

/** Finds every event mention in the article, sentence by sentence. */
export function findEventMentions(view: View): EventMention[] {
  const { tokens } = view;
  const out: EventMention[] = [];
  const military = new Map<number, boolean>();
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    const norm = tok.norm;
    // One set lookup rejects the ordinary words before anything else is looked at.
    if (!TRIGGER_WORDS.has(norm)) continue;
    // A capitalized word inside an actor's name ("Rapid Support Forces", "Operation Strike") is no trigger.
    if (view.mentionAt[t]! >= 0 && /^[A-Z]/.test(tok.text) && t > 0 && tokens[t - 1]!.sentence === tok.sentence) {
      const m = view.mentions[view.mentionAt[t]!]!;
      if (m.start < tok.start) continue;
    }
    const [first, end] = sentenceBounds(view, t);
    let found: EventMention | null = null;
    // Multi-word triggers are looked up only from their first word (no string building per token).
    const pair = PAIR_FIRST.has(norm) && t + 1 < end ? NOUN_PAIRS.get(`${norm} ${tokens[t + 1]!.norm}`) : undefined;
    const phrase = PHRASE_FIRST.get(norm);
    const phraseHit = phrase && tokens[t + 1]?.norm === phrase.words[1] ? phrase : undefined;
    const blast = blastEnd(view, t, end);
    if (blast > 0) {
      found = blastMention(view, t, blast, first, end, () => militaryStory(view, military));
      if (found) {
        out.push(found);
        t = blast - 1;
        continue;
      }
    }
    // "A fire tore through a garment factory", "a landslide at a jade mine", "the roof collapsed" (not a bomb's blast).
    const bombBlast = BLAST_NOUNS.has(norm) && (bombNear(view, t) || (definite(view, t) && bombToldBefore(view, out)));
    if (DISASTER_WORDS.has(norm) && !bombBlast) {
      const span = disasterAt(
        view,
        t,
        out.some((m) => m.act === 'disaster'),
      );
      if (span) {
        out.push(disasterMention(view, span));
        continue;
      }
    }
    // "Officers searched the headquarters of X", "hundreds of people gathered outside the building": acts of kind other.
    const operation = operationMention(view, t, first, end, out);
    if (operation) {
      out.push(operation);
      continue;
    }
    if ((KILLING_VERBS.has(norm) && isVerbal(view, t)) || shotDead(view, t)) {
      found = killingMention(view, t, first);
      if (found) out.push(found);
      continue;
    }
    if (DISPERSE_VERBS.has(norm) && dispersalAt(view, t)) {
      // "police dispersed a protest by vendors": breaking up a crowd by force is a clash with it.
      found = dispersalMention(view, t, first, end);
    } else if (OTHER_VERBS.has(norm) && tok.pos === 'VERB') {
      found = modifyingParticiple(view, t) ? null : otherMention(view, t, t, first, end);
    } else if (FINDING_VERBS.has(norm)) {
      found = findingMention(view, t, first, end);
    } else if ((norm === 'sentence' || norm === 'sentences') && tok.pos === 'NOUN') {
      found = passedSentence(view, t, first, end);
    } else if (ARREST_NOUNS.has(norm) && tok.pos === 'NOUN') {
      found = arrestMention(view, t, first, end);
    } else if (TEST_VERBS.has(norm) && t >= 2 && tokens[t - 1]!.text === '-' && tokens[t - 2]!.norm === 'test') {
      found = otherMention(view, t - 2, t, first, end);
    } else if (exchangeOfFire(view, t, end)) {
      // "an exchange of fire between the border guards": the noun phrase of a clash.
      found = nounMention(view, t, t + 3, NOUNS.get('clash')!, first, end);
      t += 2;
    } else if (pair) {
      found = nounMention(view, t + 1, t + 2, pair, first, end);
      if (found) found.start = t;
      t++;
    } else if (phraseHit) {
      found = verbMention(view, t, t + 2, first, end);
      t++;
    } else if (
      VERBS.has(norm) &&
      (norm === 'beaten' ? bodilyHarm(view, t) : isVerbal(view, t)) &&
      // "A magnitude-6.1 earthquake struck Indonesia's Aceh province": the disaster, no attack on Indonesia.
      !natureSubject(view, t) &&
      // "Firefighters were battling another blaze": fighting a fire is no clash.
      !fightsFire(view, t)
    ) {
      found = verbMention(view, t, t + 1, first, end);
    } else if (
      NOUNS.has(norm) &&
      (CRIME_NOUNS.has(norm)
        ? crimeNounAt(view, t)
        : tok.pos === 'NOUN' || tok.pos === 'PROPN' || gerundNoun(view, t)) &&
      (!ENCOUNTERS.has(norm) || deathIn(view, first, end))
    ) {
      found = nounMention(view, t, t + 1, NOUNS.get(norm)!, first, end);
    }
    if (!found) continue;
    if (BLAST_NOUNS.has(norm) && !bombBlast) continue;
    // "police suspect arson" after a fire told, or beside one: the fire's cause, no attack of its own.
    if (norm === 'arson' && (fireIn(view, t) || out.some((m) => m.act === 'disaster'))) continue;
    // "the murder of Lwazi Mbeki" names its own victim: no pointer back at a killing told before.
    if (CRIME_NOUNS.has(norm) && found.patients.length) found.anaphoric = false;
    // Violence needs a military sentence: "Graham attacked GOP voters" and "attack ads" are words, not strikes.
    // An air strike or a bomb blast is military by itself.
    // A crime noun ("the murder of X") is violence by itself, as an air strike is.
    if (
      (found.type === 'attacked' || found.type === 'clashed_with') &&
      found.incident &&
      !pair &&
      !CRIME_NOUNS.has(norm)
    ) {
      let flag = military.get(tok.sentence);
      if (flag === undefined) {
        flag = false;
        // "set fire to the debate": the phrase's own "fire" makes no sentence military.
        for (let k = first; k < end && !flag; k++) flag = MILITARY.has(tokens[k]!.norm) && !arsonFire(view, k);
        military.set(tok.sentence, flag);
      }
      // An armed group or a state's military on either side makes the act one of force, whatever the words.
      const armed = [...found.agents, ...found.patients].some((id) => armedActor(view, id));
      // "the attacks", "Sunday's attack" with no party named, in a story of force told elsewhere: another mention of
      // that violence (it names no one, so it makes no relation; the incidents stage joins it or places it).
      const bare = NOUNS.has(norm) && !found.agents.length && !found.patients.length;
      if (!flag && !armed && !(bare && militaryStory(view, military)) && !bodilyHarm(view, t)) continue;
    }
    out.push(found);
  }
  return out;
}

/** Nouns that tell a gunfight only with a death told beside them ("killed in an encounter with security forces"). */
const ENCOUNTERS = new Set(['encounter', 'encounters']);
/** Words of a death: "were killed", "gunned down", "died in an encounter". */
const DEATH_WORDS = new Set('killed killing dead died slain gunned martyred'.split(' '));

/** A word of a death in the sentence [first, end). */
function deathIn(view: View, first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (DEATH_WORDS.has(view.tokens[k]!.norm)) return true;
  return false;
}

/** "an exchange of fire", "exchanges of gunfire": a clash told as a noun phrase of three words. */
function exchangeOfFire(view: View, t: number, end: number): boolean {
  const { tokens } = view;
  return (
    t + 2 < end &&
    /^exchanges?$/.test(tokens[t]!.norm) &&
    tokens[t]!.pos === 'NOUN' &&
    tokens[t + 1]!.norm === 'of' &&
    /^(?:fire|gunfire)$/.test(tokens[t + 2]!.norm)
  );
}

/** Tokens after "beaten" read for a contest ("beaten in Osh's city council vote"). */
const CONTEST_SPAN = 8;

/**
 * Harm done to a body told in the passive ("was assaulted at a polling station", "were beaten in Osh"): violence in
 * a story with no other word of force. "Beaten" in a contest is none ("were beaten in the council vote").
 */
function bodilyHarm(view: View, t: number): boolean {
  const { tokens } = view;
  if (!BODILY_HARM.has(tokens[t]!.norm)) return false;
  let k = t - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  if (k < 0 || !BE_FORMS.has(tokens[k]!.norm) || tokens[k]!.sentence !== tokens[t]!.sentence) return false;
  if (tokens[t]!.norm !== 'beaten') return true;
  for (let j = t + 1; j < Math.min(tokens.length, t + 1 + CONTEST_SPAN); j++) {
    if (tokens[j]!.sentence !== tokens[t]!.sentence) break;
    // "on election day", "at a polling station": a contest word modifying a noun names no contest.
    if (CONTEST_WORDS.has(tokens[j]!.norm) && tokens[j + 1]?.pos !== 'NOUN') return false;
  }
  return true;
}

/** Verbs that make a bare plural of events a campaign: "stepped up strikes", "intensified attacks". */
const CAMPAIGN_VERBS =
  /^(?:intensif(?:y|ies|ied|ying)|escalat(?:e|es|ed|ing)|continu(?:e|es|ed|ing)|resum(?:e|es|ed|ing)|increas(?:e|es|ed|ing))$/;
const CAMPAIGN_PHRASAL = /^(?:step|steps|stepped|stepping|ramp|ramps|ramped|ramping)$/;
const RESPONSE_NOUNS = /^(?:response|responses|retaliation|reprisal|reprisals|answer)$/;

/**
 * Whether the plural event noun at `n` (its phrase from `start`, no article or number before it) is a campaign:
 * the object of a verb of intensity ("steps up strikes", "intensified attacks") or what a response answers ("a
 * response to Russian attacks"). "Russian strikes killed five" is one happening and stays one.
 */
function campaign(tokens: View['tokens'], start: number, n: number): boolean {
  if (!/s$/.test(tokens[n]!.norm) || tokens.slice(start, n).some((t) => t.pos === 'DET' || t.pos === 'NUM'))
    return false;
  // "blamed previous rocket and drone attacks on ...": past events of a kind, none of them the one reported.
  if (modifiedBy(tokens, n, PAST_EVENT_WORDS)) return true;
  const w = (k: number) => tokens[k]?.norm ?? '';
  if (CAMPAIGN_VERBS.test(w(start - 1))) return true;
  if (w(start - 1) === 'up' && CAMPAIGN_PHRASAL.test(w(start - 2))) return true;
  return /^(?:to|for)$/.test(w(start - 1)) && RESPONSE_NOUNS.test(w(start - 2));
}

/** "Fighting between X and Y killed ...", "fighting broke out": a gerund that is the event noun. */
function gerundNoun(view: View, t: number): boolean {
  const prev = view.tokens[t - 1];
  const next = view.tokens[t + 1]?.norm ?? '';
  if (!/ing$/.test(view.tokens[t]!.norm)) return false;
  // "after fighting broke out between two armed groups", "as fighting raged in X".
  if (/^(?:broke|erupted|raged|flared|intensified)$/.test(next)) return true;
  const opens = !prev || prev.sentence !== view.tokens[t]!.sentence || prev.pos === 'PUNCT';
  if (next === 'between' && opens) return true;
  // "the fighting of September 2022", "heavy fighting near X", "In 2022, fighting along the border killed ...": after a
  // determiner, an adjective or a preposition, or opening a clause, the gerund names the fighting, unless what follows
  // makes it a verb's ("fighting against X", "fighting for").
  if (view.tokens[t]!.norm !== 'fighting' || GERUND_VERBAL.test(next)) return false;
  return opens || /^(?:DET|ADJ|ADP)$/.test(prev!.pos);
}

/** Words after "fighting" that make it a verb's: "fighting against", "fighting for", "fighting to". */
const GERUND_VERBAL = /^(?:against|for|alongside|to|back|off|with|on|over|each|them|him|her|it|us)$/;

const WHEN =
  /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/;

/** Sentences around an explosion that must speak of bombs or armed men for it to be an attack (a gas blast is none). */
const BOMB_WINDOW = 2;

/**
 * Whether the explosion noun at t tells an attack: bombs, explosives or armed men within two sentences of it, and
 * no object after it ("Republicans blast Obama" is a verb the tagger took for a noun).
 */
function bombNear(view: View, t: number): boolean {
  const { tokens } = view;
  const next = tokens[t + 1];
  // "the blast Thursday killed ..." is no object.
  const named = next && /^[A-Z]/.test(next.text) && !WHEN.test(next.norm);
  if (next && next.sentence === tokens[t]!.sentence && (named || SUBJECT_PRONOUNS.has(next.norm))) return false;
  if (next && /^(?:him|them|us|me)$/.test(next.norm)) return false;
  // Only the sentences around it are read, not the whole article.
  const { sentences } = view.nlp;
  const s = tokens[t]!.sentence;
  const from = sentences[Math.max(0, s - BOMB_WINDOW)]!.firstToken;
  const to = sentences[Math.min(sentences.length - 1, s + BOMB_WINDOW)]!.endToken;
  for (let k = from; k < to; k++) if (EXPLOSIVES.has(tokens[k]!.norm) || ARMED_NOUNS.has(tokens[k]!.norm)) return true;
  return false;
}

/** Tokens on each side of an attack's trigger read for its explosive ("a car bomb killed", "the bomb went off"). */
const BOMB_SPAN = 2;

/**
 * An attack told earlier in the article by its explosive: "the blast" after "a car bomb killed eight people" is that
 * bomb's, however many sentences lie between (a gas blast would not be retold so).
 */
function bombToldBefore(view: View, out: EventMention[]): boolean {
  const { tokens } = view;
  return out.some((m) => {
    if (m.incident !== 'attack') return false;
    for (let k = Math.max(0, m.start - BOMB_SPAN); k < Math.min(tokens.length, m.end + BOMB_SPAN); k++)
      if (EXPLOSIVES.has(tokens[k]!.norm)) return true;
    return false;
  });
}

/** Whether token k is the "fire" of "set fire". */
const arsonFire = (view: View, k: number) =>
  view.tokens[k]!.norm === 'fire' && /^(?:set|sets|setting)$/.test(view.tokens[k - 1]?.norm ?? '');

/** Two or more sentences of the article use the words of force (MILITARY). */
function militaryStory(view: View, cache: Map<number, boolean>): boolean {
  const known = cache.get(-1);
  if (known !== undefined) return known;
  const sentences = new Set<number>();
  for (const t of view.tokens) if (MILITARY.has(t.norm)) sentences.add(t.sentence);
  cache.set(-1, sentences.size >= 2);
  return sentences.size >= 2;
}

/**
 * "gunmen shot dead two officers", "militants shot at a patrol", "was gunned down": the tagger takes "shot" for a
 * noun; with "dead" or "at" after it (and "gunned" with "down") and no determiner or adjective before it, the verb.
 */
function shotDead(view: View, t: number): boolean {
  const { tokens } = view;
  // "shot down two drones" downs aircraft, not people: only "gunned down" is a killing.
  const next = tokens[t + 1]?.norm ?? '';
  // "accused the guards of shooting dead two villagers": the gerund, with "dead" after it.
  const w = tokens[t]!.norm;
  const killing =
    w === 'shot' ? /^(?:dead|at)$/.test(next) : w === 'shooting' ? next === 'dead' : w === 'gunned' && next === 'down';
  if (!killing) return false;
  const prev = tokens[t - 1];
  return !prev || (prev.pos !== 'DET' && prev.pos !== 'ADJ' && prev.pos !== 'NUM');
}

/** A verb form used as a verb: tagged VERB, or an -ing/-ed form the tagger called an adjective after no determiner. */
function isVerbal(view: View, t: number): boolean {
  const tok = view.tokens[t]!;
  if (tok.pos === 'VERB') return true;
  if (tok.pos !== 'ADJ' || !/(?:ing|ed)$/.test(tok.norm)) return false;
  const prev = view.tokens[t - 1];
  return !prev || (prev.pos !== 'DET' && prev.pos !== 'ADJ');
}
