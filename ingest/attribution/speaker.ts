// Who is speaking: maps a source noun phrase to an actor (actor mentions first; pronouns and "the
// official" to an earlier speaker; otherwise a new actor, anonymous for "sources", "a senior official").
// In: NlpDoc, ActorsDoc, token ranges. Out: actor ids + the actors this stage had to create.
import { slugify } from '../../graph/names.ts';
import type { Actor, ActorKind } from '../../graph/schema.ts';
import { titleCaseSentences } from '../actors/junk.ts';
import { namedAsChannel } from '../actors/channel.ts';
import { bodyKindOfName, PEOPLE_PLURALS } from '../actors/lexicon.ts';
import { spellsAcronym } from '../actors/registry.ts';
import { isGivenName, nameAfterRole } from '../actors/role-prefix.ts';
import { descriptionClass } from '../discourse/descriptions.ts';
import type { Discourse } from '../discourse/index.ts';
import { stateBodyEntry, stateEntry, stateOfKey } from '../gazetteer/index.ts';
import { COMPOUND_PARTICIPLES, firstIndexWhereNot, makeToken, sentenceIndexAt } from '../nlp/index.ts';
import { lexicalTag } from '../nlp/tagger.ts';
import type { ActorsDoc, Mention, NlpDoc, Token } from '../types.ts';
import { thingHead } from './agents.ts';
import { type Description, SINGLE_HOLDER_HEADS } from './described.ts';
import { NAMED_LATER_HEADS } from './named-later.ts';
import { type Gender, genderOfName, honorificBefore } from './gender.ts';
import type { TokRange } from './np.ts';
import { narrowedAfter, roleQualifiers, rolePatterns, rolePhrase } from './roles.ts';
import { acronymHolder, postAcronym as isPostAcronym } from './title-acronyms.ts';
import { POLL_WORDS, shareOf, UNNAMED_SHARES } from './shares.ts';
import {
  ANON_HEADS,
  AUTHORED,
  GENERIC_BODIES,
  OFFICE_NOUNS,
  ORG_WORDS,
  OUTLET_WORDS,
  PERSON_NOUNS,
  RELATIONAL_NOUNS,
  ROLE_NOUNS,
  SPEECH_HEADS,
  STATE_STANDINS,
  BODY_UNITS,
  TITLES,
} from './speaker-words.ts';
import {
  afterDateline,
  documentAfter,
  authorAfter,
  authorRun,
  bodyDocument,
  dateWord,
  documentAuthor,
  documentHead,
  nameWord,
  notAName,
  portfolioTitle,
  ownedSpeech,
  peopleOfState,
  personBeforePlace,
  pronounFirst,
} from './validity.ts';

export interface Speaker {
  actorId: string;
  /** Character span of the speaker mention (a pronoun counts). */
  span: [number, number];
}

const PLURAL_PRONOUNS = new Set(['they', 'them', 'their']);
/** Connectors no name opens with: after a title, the name starts past them ("Director of Ports and Harbour"). */
const NAME_OPENING_NOT = new Set(['of', 'for', 'at']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);
const THING_PRONOUNS = new Set(['it', 'its']);
/** An id slug for a speaker phrase; a possessive "'s" is dropped first ("the ministry's" → "the-ministry"). */
export const speakerSlug = (s: string): string => slugify(s.replace(/[’']s\b/g, ''));

interface Seen {
  start: number;
  actorId: string;
}

/** A speech verb right after a name, or after an apposition between commas ("Ana Ruiz, the head of X, said"). */
const SPEAKS_AFTER = /^\s*(?:,[^,.;]{0,100},\s*)?(?:said|says|told|tells|added|wrote|stated|warned|announced)\b/;

/** Resolves speakers in reading order; remembers the speakers it has seen for pronouns. */
export class SpeakerResolver {
  readonly created: Actor[] = [];
  /** Anonymous speakers made from "a provincial spokesman": the article may name the person further on. */
  readonly described: Description[] = [];
  private readonly byId = new Map<string, Actor>();
  private readonly fresh = new Set<string>();
  private readonly plural = new Set<string>();
  private readonly anonHead = new Map<string, string[]>();
  /** Speakers and mentions this stage added, in reading order. */
  private readonly seen: Seen[] = [];
  private lastSpeaker: Seen | null = null;

  constructor(
    private readonly nlp: NlpDoc,
    private readonly doc: ActorsDoc,
    private readonly discourse: Discourse | null = null,
  ) {
    for (const a of doc.actors) this.byId.set(a.id, a);
  }

  private get tokens(): Token[] {
    return this.nlp.tokens;
  }

  /** Mentions overlapping [s, e) characters, via binary search on the sorted mention list. */
  private mentionsIn(s: number, e: number): Mention[] {
    const ms = this.doc.mentions;
    let lo = 0;
    let hi = ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid]!.end <= s) lo = mid + 1;
      else hi = mid;
    }
    // Mentions are sorted by start, not end: step back over long mentions that still overlap.
    while (lo > 0 && ms[lo - 1]!.end > s) lo--;
    const out: Mention[] = [];
    for (let i = lo; i < ms.length && ms[i]!.start < e; i++) if (ms[i]!.end > s) out.push(ms[i]!);
    return out;
  }

  kindOf(id: string): ActorKind | undefined {
    return this.byId.get(id)?.kind;
  }

  /** Whether a phrase names a news outlet (an outlet mention, or a name with "Times", "News", ...). No side effects. */
  isOutlet(r: TokRange): boolean {
    const [s, e] = this.chars(r);
    for (const m of this.mentionsIn(s, e)) if (this.byId.get(m.actorId)?.kind === 'outlet') return true;
    const words = this.words(r);
    return words.some((w) => OUTLET_WORDS.has(w.norm)) && words.some((w) => w.pos === 'PROPN');
  }

  /** The outlet actor a phrase names, created when the actors stage did not know it; null for non-outlets. */
  outletId(r: TokRange): string | null {
    if (!this.isOutlet(r)) return null;
    const [s, e] = this.chars(r);
    for (const m of this.mentionsIn(s, e)) if (this.byId.get(m.actorId)?.kind === 'outlet') return m.actorId;
    return this.resolve(r)?.actorId ?? null;
  }

  private chars([s, e]: TokRange): [number, number] {
    return [this.tokens[s]!.start, this.tokens[e - 1]!.end];
  }

  private words([s, e]: TokRange): Token[] {
    return this.tokens.slice(s, e);
  }

  /**
   * Resolves a source noun phrase. Returns null for speakers it cannot name (first person, empty). The steps run in
   * order; each either decides (a speaker, or null for none) or passes (undefined) to the next.
   */
  resolve(r: TokRange, opts: ResolveOpts = {}): Speaker | null {
    const words = this.words(r);
    if (!words.length) return null;
    const p: Phrase = { r, words, span: this.chars(r), first: words[0]!, opts };
    const early = decide([() => this.redirected(p), () => this.shareSpeaker(p), () => this.notANounPhrase(p)]);
    if (early !== undefined) return early;
    const c = this.coreOf(p);
    const decided = decide([
      () => this.fragment(c),
      () => this.legalDefence(c),
      () => this.personsOffice(c),
      () => this.namedPerson(c),
      () => this.appositiveName(c),
      () => this.documentSource(c),
      () => this.stateForceMention(c),
      () => this.describedBody(c),
      () => this.unnamedSpeaker(c),
      () => this.personOfBody(c),
      () => this.namedBody(c),
      () => this.definiteRole(c),
      () => this.commonNounSource(c),
      () => this.bodyOfPlace(c),
      () => this.thingSource(c),
    ]);
    return decided !== undefined ? decided : this.newSpeaker(c);
  }

  /**
   * Phrases whose speaker is another phrase: a lone pronoun; a dateline or a person's home place (the subject after
   * it, the person before it); "the Geneva-based X", "the U.S.-backed X" (the compound modifies the head).
   */
  private redirected({ r, words, span, first, opts }: Phrase): Step {
    if (words.length === 1 && first.pos === 'PRON') return this.pronoun(first, span);
    const instead = afterDateline(this.tokens, r) ?? personBeforePlace(this.tokens, r) ?? pronounFirst(this.tokens, r);
    if (instead) return this.resolve(instead, opts);
    for (let i = 1; i + 2 < words.length && i < 6; i++)
      if (words[i]!.text === '-' && COMPOUND_PARTICIPLES.has(words[i + 1]!.norm))
        return this.resolve([r[0] + i + 2, r[1]], { ...opts, definite: opts.definite || first.norm === 'the' });
    return undefined;
  }

  /**
   * "75 percent of Republicans", "most of the delegates": a share of a group speaks for the group; a bare share
   * ("all but two", "most", "8 percent") for the group that spoke just before, else for nobody it can name.
   */
  private shareSpeaker({ r, words, span, first, opts }: Phrase): Step {
    const share = shareOf(words);
    if (share < 0) return undefined;
    const among = share < words.length ? null : this.amongBefore(r[0]);
    const group =
      share < words.length
        ? this.resolve([r[0] + share, r[1]], opts)
        : ((among && this.resolve(among, opts)) ?? this.pluralBefore(first.start));
    if (group) return this.use(group.actorId, span);
    // "47 percent said" after a poll: a share of its respondents.
    if (this.pollNear(first.sentence)) {
      const respondents = makeToken(first.start, first.end, first.text, 'respondents', first.pos, first.sentence);
      return this.createGroup(words, respondents, span, 'respondents');
    }
    // "Some say C", "Others argue C", "46 percent said C" with no group or poll to count from: the writer leaves
    // the speakers unnamed; they are still someone, as "sources" are.
    const inTen = words.length >= 3 && words[words.length - 2]!.norm === 'in' && words[words.length - 1]!.pos === 'NUM';
    if (inTen || words.some((w) => UNNAMED_SHARES.test(w.norm)))
      return this.createGroup(words, first, span, 'unnamed people');
    return null;
  }

  /** An anonymous group of people (its members speak as one, and "they" can stand for it). */
  private createGroup(words: Token[], head: Token, span: [number, number], named: string): Speaker {
    const a = this.createAnonymous(words, head, null, span, 'group', named);
    this.plural.add(a.actorId);
    return a;
  }

  /**
   * "whose sole win": a relative clause is no speaker. "more ethanol than the oil industry says": the speaker is
   * what "than" compares with. "those surveyed", "those polled": the people a participle describes, unnamed.
   */
  private notANounPhrase({ r, words, span, first, opts }: Phrase): Step {
    if (/^(whose|which)$/.test(first.norm)) return null;
    const than = words.findIndex((w, i) => i > 0 && w.norm === 'than');
    if (than > 0 && than + 1 < words.length && words[than + 1]!.pos !== 'NUM')
      return this.resolve([r[0] + than + 1, r[1]], opts);
    // "More than 6 in 10 Democratic voters", "fewer than 200 protesters": the count after "than" is the speaker.
    if (than === 1 && /^(more|fewer|less)$/.test(first.norm) && words.length > 3 && words[2]!.pos === 'NUM')
      return this.resolve([r[0] + 2, r[1]], opts);
    if (first.norm === 'those' && words.length === 2 && /ed$/.test(words[1]!.norm)) {
      const a = this.createAnonymous(words, words[1]!, null, span);
      this.plural.add(a.actorId);
      return a;
    }
    return undefined;
  }

  /** The phrase's core (up to its first preposition, relative pronoun, verb or comma), its head and its mentions. */
  private coreOf(p: Phrase): Core {
    const { words, span, first } = p;
    const coreEnd = coreEndOf(words);
    let core = words.slice(0, coreEnd);
    // "a source close to", "people familiar with": the adjective opens a complement; the noun is the head.
    if (core.length > 1 && COMPLEMENT_ADJECTIVES.test(core[core.length - 1]!.norm)) core = core.slice(0, -1);
    // "a report Tuesday from WKOW": a weekday or month after the noun dates it; the noun is the head ("One Sunday"
    // keeps its date as the head: no speaker, see fragment()).
    while (core.length > 1 && dateWord(core[core.length - 1]!) && core[core.length - 2]!.pos === 'NOUN')
      core = core.slice(0, -1);
    const head = core[core.length - 1]!;
    const mentions = this.mentionsIn(span[0], span[1]);
    return {
      ...p,
      coreEnd,
      core,
      head,
      coreSpan: [core[0]!.start, head.end],
      mentions,
      person: mentions.find((m) => this.byId.get(m.actorId)?.kind === 'person' && m.kind !== 'pronoun'),
      hasName: core.some((w) => w.pos === 'PROPN' && !TITLES.has(w.norm) && /^[A-Z]/.test(w.text) && !dateWord(w)),
      definite: first.norm === 'the' || first.norm === 'this' || first.norm === 'that' || !!p.opts.definite,
    };
  }

  /**
   * Fragments are no speakers: "of what his parents", "to", "on the ballot" (a phrase opening with a preposition or
   * particle, or ending in a word that cannot head a noun phrase). "In a statement on Monday, the ministry": the
   * speaker follows the fronted phrase's comma.
   */
  private fragment({ r, words, first, head, opts }: Core): Step {
    const approx = /^(about|around|at|over|under|nearly|almost|roughly|some|just|only|up)$/.test(first.norm);
    if (/^(ADP|PART|SCONJ)$/.test(first.pos) && !approx) {
      let c = words.length - 1;
      while (c > 0 && words[c]!.text !== ',') c--;
      return c > 0 && c + 1 < words.length ? this.resolve([r[0] + c + 1, r[1]], opts) : null;
    }
    if (/^(ADP|PART|AUX|SCONJ|CCONJ)$/.test(head.pos)) return null;
    // "One Sunday in late 2001, according to ...": a date is no speaker ("Jun wrote", "May said": a three-letter
    // month with no period is a name).
    if (dateWord(head) && !/^\p{Lu}\p{Ll}{2}$/u.test(head.text)) return null;
    return undefined;
  }

  /**
   * "Kadhimi's office", "the office of Prime Minister X": a person's office speaks as an unnamed body of its own,
   * affiliated to the person, not as the person.
   */
  private personsOffice({ core, head, person, words, coreEnd, span }: Core): Step {
    if (!person) return undefined;
    const owned = this.officeOf(person, span[1]);
    if (owned) return owned;
    if (head.norm !== 'office' || !/^[a-z]/.test(head.text)) return undefined;
    const after = words[coreEnd]?.norm === 'of' && person.start >= head.end;
    return after ? this.createAnonymous(core, head, person.actorId, span, 'organization') : undefined;
  }

  /** "(a statement from) Kadhimi's office": the person's office, when "'s office" follows the name before `end`. */
  private officeOf(m: Mention, end: number): Speaker | null {
    const after = /^['’]s\s+office\b/.exec(this.nlp.text.slice(m.end, m.end + 12));
    const to = after ? m.end + after[0].length : Infinity;
    const office = to <= end ? this.tokens.find((t) => t.end === to) : undefined;
    if (!office) return null;
    const named = `${this.nlp.text.slice(m.start, m.end)}'s office`;
    return this.createAnonymous([office], office, m.actorId, [m.start, to], 'organization', named);
  }

  /** A person the actors stage found in the phrase is the speaker, unless the phrase names someone of theirs. */
  private namedPerson(c: Core): Step {
    const person = this.possessedPerson(c) ?? c.person;
    if (!person || m2s(person) === null) return undefined;
    return this.relationOf(c, person) ?? this.use(person.actorId, [person.start, person.end]);
  }

  /**
   * "Porcu's lawyer Marco Porcu", "Biden's son Hunter Biden": a person named in the core after a possessor and a
   * relational noun is the one the phrase is about, never the possessor (who may share the surname).
   */
  private possessedPerson({ core, mentions }: Core): Mention | undefined {
    const { text } = this.nlp;
    const coreEnd = core[core.length - 1]!.end;
    const owner = mentions.find((m) => m.end < coreEnd && /^['’]s?(?!\w)/.test(text.slice(m.end, m.end + 3)));
    if (!owner || !this.isPerson(owner.actorId)) return undefined;
    const rel = core.find((w) => w.start > owner.end && RELATIONAL_NOUNS.has(w.norm) && /^[a-z]/.test(w.text));
    if (!rel) return undefined;
    return mentions.find((m) => m.start > rel.end && m.end <= coreEnd && this.isPerson(m.actorId));
  }

  /**
   * "The defence of the former director, entrusted to lawyer Marco Porcu": a trial's defence speaks for the accused
   * through counsel, so it is never the accused. The lawyer set off after it is the speaker; else the accused's
   * unnamed defence. A title "defence" ("the defence minister") goes on to the role steps.
   */
  private legalDefence(c: Core): Step {
    const { r, words, core, head, coreEnd, span, opts } = c;
    if (!DEFENCE_HEADS.has(head.text) || core.length > 2 || c.person) return undefined;
    const counsel = COUNSEL_AFTER.exec(this.nlp.text.slice(span[1], span[1] + 80));
    if (counsel) {
      const at = span[1] + counsel[0].length;
      const m = this.mentionsIn(at, at + 1).find((x) => x.start === at && this.isPerson(x.actorId));
      if (m) return this.use(m.actorId, [m.start, m.end]);
    }
    if (words[coreEnd]?.norm !== 'of' || r[0] + coreEnd + 1 >= r[1]) return undefined;
    const accused = this.resolve([r[0] + coreEnd + 1, r[1]], opts);
    const a = accused && this.byId.get(accused.actorId);
    return a ? this.ownedBy(a, head, core, head, span) : undefined;
  }

  /**
   * "Ruiz's lawyer", "a spokesman for President Ruiz": a person in a relation to the one named, never that person;
   * the one the phrase names after the head ("Ruiz's lawyer Ana Paz"), else an unnamed person tied to the owner.
   */
  private relationOf({ core, head, words, coreEnd, mentions, span }: Core, owner: Mention): Speaker | undefined {
    if (!RELATIONAL_NOUNS.has(head.norm) || !/^[a-z]/.test(head.text)) return undefined;
    const possessive = owner.end <= head.start && /^['’]s?(?!\w)/.test(this.nlp.text.slice(owner.end, owner.end + 3));
    const of = owner.start >= head.end && /^(for|of|to)$/.test(words[coreEnd]?.norm ?? '');
    if (!possessive && !of) return undefined;
    const named = mentions.find((m) => m.start >= head.end && m !== owner && this.isPerson(m.actorId));
    if (named && possessive) return this.use(named.actorId, [named.start, named.end]);
    // "The spokesman for the PNB Pierre Nkurikiye": a person named after the body the role is in is the role holder.
    const bodyBefore = (m: Mention) => m !== owner && m.start >= head.end && m.end <= owner.start;
    if (of && this.isPerson(owner.actorId) && mentions.some((m) => bodyBefore(m) && !this.isPerson(m.actorId)))
      return this.use(owner.actorId, [owner.start, owner.end]);
    const a = this.byId.get(owner.actorId);
    if (!a) return undefined;
    const from = possessive ? core.findIndex((w) => w.start >= owner.end && !/^['’]s?$/.test(w.text)) : 0;
    const rest = core.slice(Math.max(0, from)).filter((w) => w.pos !== 'DET');
    return this.ownedBy(a, rest[0] ?? head, core, head, span);
  }

  /** An unnamed person or body of an owner: "Vikash Boodhoo's lawyer", "Raila Odinga's party". */
  private ownedBy(owner: Actor, from: Token, core: Token[], head: Token, span: [number, number]): Speaker {
    const kind: ActorKind = ORG_WORDS.has(head.norm) ? 'organization' : 'person';
    const rest = this.nlp.text.slice(from.start, head.end);
    return this.createAnonymous(core, head, owner.id, span, kind, `${owner.name}'s ${rest}`);
  }

  /**
   * "Uttar Pradesh's chief electoral officer, Navdeep Rinwa, said", "The tanker's operator, Athens-based Delta
   * Tankers, said": a name set off by commas right after the description is who it describes, and the speaker.
   */
  private appositiveName({ words, coreEnd, head, span }: Core): Step {
    // The name must set off the head, not a noun after it ("a spokeswoman for the U.N. office, OCHA, said").
    if (coreEnd < words.length || head.pos !== 'NOUN' || !/^[a-z]/.test(head.text)) return undefined;
    const { text } = this.nlp;
    const comma = /^\s*,\s*/.exec(text.slice(span[1], span[1] + 4));
    if (!comma) return undefined;
    const from = span[1] + comma[0].length;
    const m = this.doc.mentions[this.mentionIndexBefore(from)];
    if (!m || m.kind === 'pronoun' || m.kind === 'demonym') return undefined;
    const kind = this.byId.get(m.actorId)?.kind;
    if (!kind || kind === 'state' || kind === 'outlet') return undefined;
    // Only a compound modifier may stand between the comma and the name ("Athens-based").
    if (!/^(?:[\p{L}.]+-[\p{L}]+\s+)?$/u.test(text.slice(from, m.start))) return undefined;
    if (!/^\s*,/.test(text.slice(m.end, m.end + 3))) return undefined;
    return this.use(m.actorId, [m.start, m.end]);
  }

  /**
   * A document or count is no speaker: "his book" is its author's, "the poll" the pollster's the article named
   * ("Exit polls show": a capital opening the sentence is no name). "The Monmouth poll", "the IG review", "a Suffolk
   * University Poll": the name before a body's document is its author.
   */
  private documentSource({ r, words, core, head, mentions, span, opts }: Core): Step {
    const opening = (w: Token) => this.nlp.sentences[w.sentence]?.start === w.start;
    const docNamed = core.some(
      (w, i) => w !== head && w.pos === 'PROPN' && !TITLES.has(w.norm) && nameWord(w, i === 0 && opening(w)),
    );
    const lone = core.length === 1 && opening(head);
    if ((documentHead(head, lone) || ownedSpeech(core)) && !docNamed)
      return this.documentSpeaker(core, head, mentions, span);
    const run =
      bodyDocument(head) && !mentions.some((m) => m.end > head.start)
        ? authorRun(words, words.indexOf(head), opening)
        : null;
    if (!run) return undefined;
    const author = this.resolve([r[0] + run[0], r[0] + run[1]], opts);
    const a = author && this.byId.get(author.actorId);
    if (a && this.fresh.has(a.id) && a.kind === 'person') a.kind = 'organization';
    return author ? { actorId: author.actorId, span } : undefined;
  }

  /**
   * "The group said", "the rebels said", "the daily wrote": the body the article named before, by salience; "the
   * government said" with no body of that name: the state the article is about (its government speaks for it).
   */
  private describedBody({ core, head, hasName, definite, span, mentions, words, coreEnd }: Core): Step {
    if (!definite || hasName || core.length > 3 || !this.discourse) return undefined;
    // "The Office of the Attorney General said": a body the actors stage read from the head word on is the speaker,
    // never another body the head word fits ("the office" as the authority named before).
    const whole = mentions.find((m) => m.start === head.start && m.end > head.end);
    const wholeKind = whole && this.byId.get(whole.actorId)?.kind;
    if (whole && (wholeKind === 'organization' || wholeKind === 'group')) return this.use(whole.actorId, span);
    // "The Office of the Prime Minister and Cabinet (OPMC) said": an office whose name is a body the actors stage
    // read after "of" is that body, never another one the head word fits.
    if (BODY_UNITS.has(head.norm) && words[coreEnd]?.norm === 'of') {
      const after = words[coreEnd + (words[coreEnd + 1]?.norm === 'the' ? 2 : 1)];
      const named = after && mentions.find((m) => m.start === after.start);
      const kind = named && this.byId.get(named.actorId)?.kind;
      const body = kind === 'organization' || kind === 'group';
      if (named && body && OFFICE_HEADS.has(head.norm)) return this.use(named.actorId, span);
      // "the press service of the DPR defence ministry", "the office of Prime Minister X": a unit of the body or
      // person named after "of", speaking as its own unnamed body, never another body the head word fits.
      if (named && (body || kind === 'person'))
        return this.createAnonymous(core, head, named.actorId, span, 'organization');
    }
    // "the government" the actors stage already read as the story state's (ingest/actors/governments.ts).
    const read = head.norm === 'government' ? mentions.find((m) => m.start <= head.start && m.end >= head.end) : null;
    if (read && this.byId.get(read.actorId)?.kind === 'state') return this.use(read.actorId, [read.start, read.end]);
    // "the armed forces", "government troops": a state's forces, as "the military" is.
    const word =
      /^(forces|troops)$/.test(head.norm) && core.some((w) => STATE_FORCE_WORDS.test(w.norm)) ? 'military' : head.norm;
    // "The interior ministry said": the lower-case words before the head must fit the body's name.
    const modifiers = core.filter((w) => w !== head && w.norm !== 'the' && /^[a-z]/.test(w.text)).map((w) => w.norm);
    const id =
      this.discourse.resolveDescription(word, span[0], undefined, modifiers) ??
      this.stateForces(word, span[0]) ??
      (word === 'government' ? this.knownState(this.discourse.resolveState(span[0])) : null);
    return id ? this.use(id, span) : undefined;
  }

  /**
   * "Police said", "the army said": the force the actors stage already read the words as (ingest/actors/forces.ts:
   * the story state's national police, the forces named before), so a speaker and a mention agree.
   */
  private stateForceMention({ head, mentions }: Core): Step {
    if (!FORCE_NOUNS.has(head.norm)) return undefined;
    const m = mentions.find((x) => x.kind === 'descriptor' && x.start <= head.start && x.end === head.end);
    const a = m && this.byId.get(m.actorId);
    return a && a.kind === 'organization' && !a.anonymous ? this.use(a.id, [m.start, m.end]) : undefined;
  }

  /**
   * "The army said" with no state's forces named in the last sentences (a non-state "Arakan Army" is not one): the
   * ones named earlier, else the military of the state the article is about, the same actor the actors stage makes
   * of "Myanmar's military".
   */
  private stateForces(head: string, at: number): string | null {
    if (!descriptionClass(head)?.stateForces || !this.discourse) return null;
    // A state's forces named anywhere before: "Mali's military government ... (ten sentences) ... the army".
    const named = this.discourse.resolveDescription(head, at, Infinity);
    if (named) return named;
    const state = this.knownState(this.discourse.resolveState(at));
    const body = state ? stateBodyEntry(state, 'military', 'military') : undefined;
    if (!body) return null;
    const { id, name, kind } = body;
    return this.add({ id, name, kind, aliases: [], anonymous: false, affiliation: state!, mentions: [] }).id;
  }

  /**
   * A state the article is about, as an actor of the article: one only its dateline names ("MANILA, March 4 (AFP)
   * - ... the army said") is added without a mention, so the body speaking for it has its state; null when the
   * article names states and not this one.
   */
  private knownState(id: string | null): string | null {
    if (!id || this.byId.has(id)) return id;
    const entry = stateEntry(id);
    // Not when the story names other states: the dateline's reading may be the wrong one ("GOMA, Congo (AP)" read
    // as the Republic of the Congo in a story about the Democratic Republic).
    if (!entry || [...this.byId.values()].some((a) => a.kind === 'state')) return null;
    this.add({ id, name: entry.name, kind: 'state', aliases: [], anonymous: false, affiliation: null, mentions: [] });
    return id;
  }

  /**
   * Unnamed people: "Iranians" (the people of a state), "officials", "a senior diplomat", "traders". "The official"
   * after "a senior Iranian official" is the same person; a bare definite one is the anonymous speaker just before.
   */
  private unnamedSpeaker(c: Core): Step {
    const { core, head, mentions, definite, span } = c;
    if (core.length <= 3 && peopleOfState(head, core[core.length - 2])) {
      const a = this.createAnonymous(core, head, null, span, 'group');
      this.plural.add(a.actorId);
      return a;
    }
    if (!this.unnamedHead(c)) return undefined;
    // "Plateau state police said": a body's name the phrase is, its head word and all, speaks (namedBody).
    const first = core[0]!;
    if (
      mentions.some(
        (m) => m.start <= first.start && m.end >= head.end && this.byId.get(m.actorId)?.kind === 'organization',
      )
    )
      return undefined;
    const affiliation = mentions.find((m) => {
      const k = this.byId.get(m.actorId)?.kind;
      return k && k !== 'person';
    })?.actorId;
    const reuse = definite ? this.anonFor(head.norm, core) : null;
    if (reuse) return this.use(reuse, span);
    const plain = core.every((w) => w === head || !/^[A-Z]/.test(w.text) || w.norm === 'the');
    const holder = definite && !affiliation && plain ? this.officeHolder(head.norm, span[0]) : null;
    if (holder) return this.use(holder, span);
    if (definite && !affiliation && core.length <= 3 && head.norm !== 'people') {
      const last = this.lastSpeaker;
      if (last && this.byId.get(last.actorId)?.anonymous) return this.use(last.actorId, span);
    }
    const made = this.createAnonymous(core, head, affiliation ?? null, span);
    this.noteDescription(made.actorId, core, head, span[0]);
    return made;
  }

  /**
   * "the opposition MP told the House" after "The Member of Parliament for Asante Akim Central, Kwame Boadu": a definite
   * legislator's description is the one named person before it the article gives that office; none when two have it.
   * Not "the official": officials are many, and a named one is seldom the unnamed one.
   */
  private officeHolder(head: string, at: number): string | null {
    if (!(head in NAMED_LATER_HEADS) || head === 'official') return null;
    const named = new Set<string>();
    for (const m of this.doc.mentions) {
      if (m.start >= at) break;
      if (m.kind !== 'pronoun' && this.isPerson(m.actorId) && !this.byId.get(m.actorId)?.anonymous)
        named.add(m.actorId);
    }
    const holders = [...named].filter((id) => this.hasRole(id, head));
    return holders.length === 1 ? holders[0]! : null;
  }

  /**
   * Records "a provincial spokesman" (an indefinite single-holder role) or "a regional official", "a Mongolian
   * lawmaker" (an office the next paragraph may name) for nameDescribed; a headline's bare "Mongolian lawmaker" too.
   */
  private noteDescription(actorId: string, core: Token[], head: Token, at: number): void {
    const indefinite = /^an?$/.test(core[0]?.norm ?? '');
    const office = head.norm in NAMED_LATER_HEADS;
    const bare = office && !indefinite && core[0]?.pos !== 'DET' && !this.nlp.text.slice(0, at).includes('\n');
    if ((!indefinite && !bare) || (!SINGLE_HOLDER_HEADS.has(head.norm) && !office)) return;
    const modifiers = core.slice(indefinite ? 1 : 0).filter((w) => w !== head && w.pos !== 'DET');
    if (this.described.some((d) => d.actorId === actorId && d.bare === bare)) return;
    this.described.push({ actorId, head: head.norm, modifiers: modifiers.map((w) => w.norm), at, bare });
  }

  /** Whether the head is an unnamed source ("officials", "traders", "a Pentagon lawyer"), not a name. */
  private unnamedHead({ words, core, coreEnd, head, person, mentions }: Core): boolean {
    // Any plural common noun without a name ("traders", "Human rights groups" opening a sentence).
    const plainPlural =
      head.pos === 'NOUN' &&
      /(?:[^s]s|men)$/.test(head.norm) &&
      !/(?:sis|us)$/.test(head.norm) && // "analysis", "status": no plurals
      !core.some((w) => w.pos === 'PROPN' && !this.commonAtOpening(w));
    // "a top GOP strategist", "a Pentagon lawyer": an unnamed person of a named body.
    const bodyMember =
      PERSON_NOUNS.has(head.norm) &&
      /^[a-z]/.test(head.text) &&
      !person &&
      mentions.some((m) => m.end <= head.start && this.byId.get(m.actorId)?.kind !== 'person');
    // A capital opening the sentence is no sign of a name ("Diplomats said"), unless the actors stage found a
    // name there ("Doctors Without Borders said").
    const named = mentions.some((m) => m.start <= head.start && m.end >= head.end);
    const opensSentence = this.nlp.sentences[head.sentence]?.start === head.start && !named;
    // "Economists at X said", "Traders at the border crossing said": a plural common noun, capitalized only
    // because it opens the sentence.
    const openingPlural =
      opensSentence &&
      /[^s]s$/.test(head.norm) &&
      (PERSON_NOUNS.has(head.norm.slice(0, -1)) ||
        lexicalTag(head.norm) === 'NOUN' ||
        // "Shopkeepers at the bazaar": a plural the lexicon lacks, placed like a group; "Sanders said" is a name.
        (lexicalTag(head.norm.slice(0, -1)) === 'NOUN' && words[coreEnd]?.pos === 'ADP'));
    return (
      (ANON_HEADS.has(head.norm) || plainPlural || bodyMember || openingPlural) &&
      !(head.pos === 'PROPN' && /^[A-Z]/.test(head.text) && !opensSentence)
    );
  }

  /** A capital opening the sentence on a word the tagger's lexicon knows as a common word ("Human rights groups"). */
  private commonAtOpening(w: Token): boolean {
    if (this.nlp.sentences[w.sentence]?.start !== w.start) return false;
    const tag = lexicalTag(w.norm);
    return !!tag && tag !== 'PROPN';
  }

  /**
   * A named organization or state covering the head: "the Pentagon", "Russia's Foreign Ministry". "Kenya's main
   * opposition coalition", "Russia's allies": a body or people the state owns, not the state.
   */
  private namedBody({ core, head, coreSpan, mentions, span }: Core): Step {
    const headMention =
      mentions.find((m) => m.start <= head.start && m.end >= head.end) ??
      mentions.find((m) => m.start >= coreSpan[0] && m.end <= coreSpan[1] && m.kind !== 'demonym');
    if (!headMention) return undefined;
    if (
      headMention.end <= head.start &&
      this.byId.get(headMention.actorId)?.kind === 'state' &&
      head.pos === 'NOUN' &&
      /^[a-z]/.test(head.text) &&
      !STATE_STANDINS.has(head.norm) &&
      /^['’]s\b/.test(this.nlp.text.slice(headMention.end, headMention.end + 3))
    )
      return this.createAnonymous(core, head, headMention.actorId, span, 'group');
    if (this.unitOfBody(headMention, head))
      return this.createAnonymous(core, head, headMention.actorId, span, 'organization');
    return this.use(headMention.actorId, [headMention.start, headMention.end]);
  }

  /**
   * "The army's information service", "the military's media wing", "Kadhemi's office": a unit a body's (or a
   * person's office) possessive names, not the body or the person.
   */
  private unitOfBody(owner: Mention, head: Token): boolean {
    const kind = this.byId.get(owner.actorId)?.kind;
    return (
      owner.end <= head.start &&
      (kind === 'organization' || kind === 'group' || (kind === 'person' && head.norm === 'office')) &&
      BODY_UNITS.has(head.norm) &&
      /^[a-z]/.test(head.text) &&
      /^['’]s\b/.test(this.nlp.text.slice(owner.end, owner.end + 3))
    );
  }

  /** A definite role with no name ("the politician", "the head of the parliament") is the last person speaking. */
  private definiteRole(c: Core): Step {
    const { head, hasName, definite, span } = c;
    if (!definite || hasName || !(TITLES.has(head.norm) || ROLE_NOUNS.has(head.norm))) return undefined;
    const last = this.describedPerson(this.roleQuery(c));
    return last ? this.use(last, span) : undefined;
  }

  /**
   * "The AU envoy", "the Hamas leader", "a NATO commander": a person of the body named before the head, not the
   * body; the one the article gave that role, else an unnamed person of the body.
   */
  private personOfBody(c: Core): Step {
    const { core, head, person, definite, span } = c;
    if (person || !/^[a-z]/.test(head.text) || !(TITLES.has(head.norm) || ROLE_NOUNS.has(head.norm))) return undefined;
    const q = this.roleQuery(c);
    if (!q.body) return undefined;
    const known = definite ? this.describedPerson(q) : null;
    return known ? this.use(known, span) : this.createAnonymous(core, head, q.body, span);
  }

  /**
   * A common-noun source with no name: "her campaign said" (whoever the pronoun stands for), "a report by Human
   * Rights Watch" or "a statement from the presidency" (the issuer named after it), "the army's statement" (the
   * possessor), "the statement" alone (whoever spoke last).
   */
  private commonNounSource(c: Core): Step {
    const { r, words, first, core, head, coreEnd, mentions, hasName, span, opts } = c;
    // "A Feb. 1 letter from the American Legion": a date is no name.
    if (hasName || core.some((w) => w.pos === 'PROPN' && !dateWord(w))) return undefined;
    if (/^(his|her|its|their)$/.test(first.norm) && head.pos === 'NOUN' && core.length >= 2)
      return this.possessed(first, core, head, span);
    if (first.pos === 'PRON' || head.pos === 'PRON') return null;
    const author =
      SPEECH_HEADS.has(head.norm) || AUTHORED.has(head.norm) ? mentions.find((m) => m.start >= head.end) : undefined;
    if (author) return this.use(author.actorId, [author.start, author.end]);
    if (!SPEECH_HEADS.has(head.norm)) return undefined;
    const by = words[coreEnd];
    if (by && /^(from|by)$/.test(by.norm) && r[0] + coreEnd + 1 < r[1]) {
      const issuer = this.resolve([r[0] + coreEnd + 1, r[1]], opts);
      if (issuer) return { actorId: issuer.actorId, span };
    }
    const poss = core.findIndex((w, k) => k > 0 && k < core.length - 1 && /^['’]s?$/.test(w.text));
    if (poss > 0) {
      const owner = this.resolve([r[0], r[0] + poss], opts);
      if (owner) return { actorId: owner.actorId, span };
    }
    if (this.lastSpeaker) return this.use(this.lastSpeaker.actorId, span);
    return undefined;
  }

  /**
   * "The prefecture of Mayotte", "the municipality of Ixtepec": a body word before "of" and a capitalized place is that
   * place's body, named so ("Prefecture of Mayotte"), never a thing with no speaker nor the publisher.
   */
  private bodyOfPlace({ words, core, coreEnd, head, definite, mentions, span }: Core): Step {
    if (!definite || core.length > 3 || !ORG_WORDS.has(head.norm) || GENERIC_BODIES.has(head.norm)) return undefined;
    if (!/^[a-z]/.test(head.text) || words[coreEnd]?.norm !== 'of') return undefined;
    let e = coreEnd + 1;
    while (e < words.length && words[e]!.pos === 'PROPN' && /^\p{Lu}/u.test(words[e]!.text)) e++;
    if (e === coreEnd + 1 || mentions.some((m) => this.byId.get(m.actorId)?.kind === 'person')) return undefined;
    const place = this.nlp.text.slice(words[coreEnd + 1]!.start, words[e - 1]!.end);
    const name = `${head.text[0]!.toUpperCase()}${head.text.slice(1)} of ${place}`;
    const state = mentions.find((m) => this.byId.get(m.actorId)?.kind === 'state')?.actorId ?? null;
    const body = this.add({
      id: speakerSlug(name),
      name,
      kind: 'organization',
      aliases: [],
      anonymous: false,
      affiliation: state,
      mentions: [],
    });
    return this.use(body.id, span);
  }

  /** "An abrupt response", "a close look at X", "the concern within Y": a thing names no speaker, as a document does. */
  private thingSource({ core, head, hasName, mentions, span }: Core): Step {
    // A capital only opening the sentence ("A close look") is no name.
    const opens = (w: Token) => this.nlp.sentences[w.sentence]?.start === w.start;
    if (hasName || core.some((w) => /^[A-Z]/.test(w.text) && !opens(w)) || !thingHead(head)) return undefined;
    // "The country's anti-graft body says", "a regulatory body said": a body of some field, unnamed, no thing.
    if (head.norm === 'body' && core.some((w) => w !== head && BODY_FIELD.test(w.text)))
      return this.createAnonymous(core, head, null, span, 'organization');
    return this.documentSpeaker(core, head, mentions, span);
  }

  /** A speaker the article has not named yet; a name before a document is its author, a body ("the RCP average"). */
  private newSpeaker(c: Core): Speaker | null {
    const { words, core, coreEnd, span, head } = c;
    // "JAYAPURA (Reuters) - Officials said": a plural for people, capitalized only because it opens the story after
    // the dateline, names nobody; as a name it would be one actor "Officials" in every article.
    if (core.length === 1 && PEOPLE_PLURALS.has(head.norm)) return this.createAnonymous(core, head, null, span);
    // A headline's "ISAF admits ...": an acronym no actor was found for is the body of the article it spells.
    const spelled = core.length === 1 ? this.bodySpelledBy(head) : undefined;
    if (spelled) {
      if (!spelled.aliases.includes(head.text)) spelled.aliases.push(head.text);
      if (!spelled.mentions.some(([x]) => x === head.start)) {
        spelled.mentions.push([head.start, head.end]);
        spelled.mentions.sort((a, b) => a[0] - b[0]);
      }
      return this.use(spelled.id, span);
    }
    const office = this.officeSpeaker(c);
    if (office) return office;
    const created = this.createNamed(core, span, this.roleQuery(c));
    const author = created && documentAfter(words, coreEnd) ? this.byId.get(created.actorId) : undefined;
    if (author && this.fresh.has(author.id) && author.kind === 'person') author.kind = 'organization';
    return created;
  }

  /**
   * An office's title with no name, "MP" in a headline ("MP accuses ECG ...") or "the opposition MP" after the
   * article named him: the one named holder of that office before it when definite, else an unnamed person the
   * article may name later; never a person called "MP".
   */
  private officeSpeaker(c: Core): Speaker | undefined {
    const { core, head, definite, span } = c;
    if (!(head.norm in NAMED_LATER_HEADS) || core.some((w) => w !== head && /^[A-Z]/.test(w.text) && w.norm !== 'the'))
      return undefined;
    const holder = definite ? this.officeHolder(head.norm, span[0]) : null;
    if (holder) return this.use(holder, span);
    const reuse = definite ? this.anonFor(head.norm, core) : null;
    if (reuse) return this.use(reuse, span);
    const made = this.createAnonymous(core, head, null, span);
    this.noteDescription(made.actorId, core, head, span[0]);
    return made;
  }

  /** The one body of the article whose name or alias spells an all-capital word ("ISAF"), if exactly one does. */
  private bodySpelledBy(head: Token): Actor | undefined {
    if (!/^[A-Z]{2,6}$/.test(head.text)) return undefined;
    const key = head.text.toLowerCase();
    const bodies = this.doc.actors.filter(
      (a) => a.kind !== 'person' && a.kind !== 'state' && [a.name, ...a.aliases].some((n) => spellsAcronym(n, key)),
    );
    return bodies.length === 1 ? bodies[0] : undefined;
  }

  /**
   * "His party said C", "her campaign said C": the body or person of whoever the pronoun stands for. A party the
   * article gave that person ("Raila Odinga, leader of the Orange Democratic Movement") is the speaker; otherwise an
   * unnamed one named for its owner ("Raila Odinga's party"), so that two people's parties stay two actors.
   */
  private possessed(pron: Token, core: Token[], head: Token, span: [number, number]): Speaker {
    const want = pron.norm === 'their' ? 'plural' : pron.norm === 'its' ? 'thing' : 'person';
    const owner = this.byId.get(this.antecedent(pron, want) ?? '');
    const party = owner?.affiliation ? this.byId.get(owner.affiliation) : undefined;
    if (
      head.norm === 'party' &&
      party &&
      party.kind !== 'state' &&
      /\b(party|movement|congress|front|coalition|alliance|league)\b/i.test(party.name)
    )
      return this.use(party.id, span);
    if (!owner || owner.anonymous) return this.createAnonymous(core, head, null, span);
    return this.ownedBy(owner, core[1]!, core, head, span);
  }

  /**
   * Who speaks through a document: the owner a possessive names ("his book", "their ads"), an author after "by" or
   * "for" ("exit polling done for the networks"), or for "the poll" the author of the last such poll the article
   * named; null (no claim) when the text names none ("a poll found", "exit polls show").
   */
  private documentSpeaker(core: Token[], head: Token, mentions: Mention[], span: [number, number]): Speaker | null {
    const first = core[0]!;
    if (/^(his|her|its|their)$/.test(first.norm)) return this.pronoun(first, span);
    const { text } = this.nlp;
    // "a study by Harvard and the University of California", "footage of Hillary Clinton": a name after the head.
    // "a statement published by the weekly X", "a text received by X": X passed it on and is no author.
    const inPhrase = mentions.find(
      (m) => m.start >= head.end && m.kind !== 'pronoun' && !namedAsChannel(this.nlp.text, m.start),
    );
    const definite = /^(the|this|that|these|those)$/.test(first.norm);
    const author =
      inPhrase?.actorId ??
      authorAfter(text, this.doc.mentions, head.end) ??
      (definite ? documentAuthor(text, this.doc.mentions, head.norm, span[0]) : null);
    if (author) return this.use(author, span);
    // No author named ("according to federal data"): the reporter's own claim, resting on the document (the source
    // span still points at it): the publisher when the article names it, else its writer, as for "I asked".
    if (this.doc.outlet) return this.use(this.doc.outlet, span, false);
    const writer = { ...head, norm: 'author' };
    const speaker = this.createAnonymous([writer], writer, null, span, 'person', 'the author');
    // The document's words name the document, not the writer: no mention of the writer there.
    const a = this.byId.get(speaker.actorId)!;
    a.mentions = a.mentions.filter(([s]) => s !== span[0]);
    return speaker;
  }

  /** "Among young voters, 61 percent said": the group "among" names before a share in its sentence. */
  private amongBefore(at: number): TokRange | null {
    const first = this.nlp.sentences[this.tokens[at]!.sentence]!.firstToken;
    for (let k = first; k < at - 1; k++) {
      if (this.tokens[k]!.norm !== 'among') continue;
      let e = k + 1;
      // "Among men the two are closer": a determiner after the noun opens the next clause.
      while (
        e < at &&
        /^(DET|ADJ|NOUN|PROPN)$/.test(this.tokens[e]!.pos) &&
        !(this.tokens[e]!.pos === 'DET' && e > k + 1)
      )
        e++;
      return e > k + 1 ? [k + 1, e] : null;
    }
    return null;
  }

  /** Whether a poll or survey is named in this sentence or the three before. */
  private pollNear(si: number): boolean {
    const from = this.nlp.sentences[Math.max(0, si - 3)]!.firstToken;
    const to = this.nlp.sentences[si]!.endToken;
    for (let k = from; k < to; k++) if (POLL_WORDS.has(this.tokens[k]!.norm)) return true;
    return false;
  }

  /** The group that spoke last, in this sentence or the one before: what a bare share ("most said") counts. */
  private pluralBefore(at: number): Speaker | null {
    const last = this.lastSpeaker;
    if (!last || !this.plural.has(last.actorId)) return null;
    const sentence = (pos: number) => this.tokens.find((t) => t.start >= pos)?.sentence ?? -1;
    return sentence(at) - sentence(last.start) <= 1 ? { actorId: last.actorId, span: [last.start, last.start] } : null;
  }

  /** An earlier anonymous speaker "the official" can refer to: same head noun, no name words it lacks. */
  private anonFor(head: string, core: Token[]): string | null {
    const caps = core.filter((w) => /^[A-Z]/.test(w.text) && w.norm !== 'the').map((w) => w.norm);
    const list = this.anonHead.get(head) ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const a = this.byId.get(list[i]!);
      const name = (a?.name ?? '').toLowerCase();
      if (caps.every((c) => name.includes(c))) return list[i]!;
    }
    return null;
  }

  /**
   * The person a definite role description stands for ("the minister", "the politician"): among the people
   * seen or mentioned recently, one whose roles name that role; else the one who has spoken most (ties:
   * the most recent). With nobody before, a lead sentence's description points forward to the person
   * named in the next sentences ("the head of X said ... . Ana Ruiz said"). A person named only in the
   * description's own sentence is what is said, not who says it ("X's drive is the gravest threat, the envoy
   * said"): only a role that fits makes him the speaker. A narrowed description ("the envoy overseeing the talks",
   * "the AU envoy") is only someone given that role; one of another state or body is never the speaker.
   */
  private describedPerson(q: RoleQuery): string | null {
    const { role, at } = q;
    const recent: string[] = [];
    for (let i = this.seen.length - 1; i >= 0 && recent.length < 8; i--) {
      const id = this.seen[i]!.actorId;
      if (this.isPerson(id) && !recent.includes(id)) recent.push(id);
    }
    const [from, to] = this.sentenceSpan(at);
    const elsewhere = new Set(recent);
    const ms = this.doc.mentions;
    for (let i = this.mentionIndexBefore(at) - 1, n = 0; i >= 0 && n < 40; i--, n++) {
      const m = ms[i]!;
      if (m.kind === 'pronoun' || !this.isPerson(m.actorId) || this.insideQuote(m.start)) continue;
      if (!recent.includes(m.actorId)) recent.push(m.actorId);
      if (m.start < from) elsewhere.add(m.actorId);
    }
    const fitting = recent.filter((id) => this.hasRole(id, role) && this.qualifiedFor(id, q) && this.compatible(id, q));
    if (fitting.length) return fitting[0]!;
    if (q.narrowed) return null;
    // "The First Minister promised" after a resident's words: an office is no one the article did not give it; "The
    // defence minister said" after "Defence Minister X" is X, the one person given an office of that head.
    const office = role.split(' ').pop()!;
    if (recent.length && OFFICE_NOUNS.has(office)) {
      const holders = recent.filter((id) => this.hasRole(id, office) && this.compatible(id, q));
      return holders.length === 1 ? holders[0]! : null;
    }
    // "the lawyer", "the spokesman": someone's, never the last person spoken of unless given the role.
    const relational = RELATIONAL_NOUNS.has(role.split(' ').pop()!);
    const others = recent.filter(
      (id) => !relational && elsewhere.has(id) && this.compatible(id, q) && !this.titledOtherwise(id, role),
    );
    // "accuses X of C. The exiled businessman denies": a qualified description is the one person the sentence before
    // names, unless the article called that person by another title or person noun ("secretary general Y").
    const unlike = (id: string) => this.titledOtherwise(id, role, PERSON_HEADS);
    const near = q.qualifiers.length
      ? this.personOfSentenceBefore(
          from,
          others.filter((id) => !unlike(id)),
        )
      : null;
    if (near) return near;
    if (others.length) {
      let best = others[0]!;
      for (const id of others) if ((this.spoke.get(id) ?? 0) > (this.spoke.get(best) ?? 0)) best = id;
      return best;
    }
    if (recent.length) return null;
    const limit = at + 600;
    for (let i = this.mentionIndexBefore(at); i < ms.length && ms[i]!.start < limit; i++) {
      if (ms[i]!.start < to) continue;
      const m = ms[i]!;
      // Only one who speaks there or holds the role: "Bosnian Serb leader X's drive ..." names what is said about.
      // Not one whose own role is another: "the ship's manager said C ... military spokesman Yahya Saree said D",
      // "a charge the minister rejected ... the group's president Georges Rakotomalala told AFP".
      const roles = this.byId.get(m.actorId)?.roles ?? [];
      const other = (roles.length > 0 && !this.hasRole(m.actorId, role)) || this.titledOtherwise(m.actorId, role);
      const speaks =
        (SPEAKS_AFTER.test(this.nlp.text.slice(m.end, m.end + 120)) && !other) || this.hasRole(m.actorId, role);
      if (m.kind === 'name' && this.isPerson(m.actorId) && !this.insideQuote(m.start) && speaks) return m.actorId;
    }
    return null;
  }

  /**
   * Whether a person given the role fits the words qualifying it: "the exiled spiritual leader" is no one the article
   * only called "its leader"; one of the qualifiers must be among the words the article describes the person with.
   */
  private qualifiedFor(id: string, { qualifiers }: RoleQuery): boolean {
    if (!qualifiers.length) return true;
    const a = this.byId.get(id)!;
    const { text } = this.nlp;
    const told = new Set(
      [...(a.roles ?? []), ...a.mentions.map(([s, e]) => text.slice(Math.max(0, s - 60), e + 80))]
        .join(' ')
        .toLowerCase()
        .split(NON_WORD),
    );
    return qualifiers.some((w) => told.has(w));
  }

  /** The one person of `ids` named (outside quotes) in the sentence before the one starting at `from`, if one is. */
  private personOfSentenceBefore(from: number, ids: string[]): string | null {
    const prev = this.nlp.sentences[sentenceIndexAt(this.nlp, from) - 1]?.start ?? from;
    const found = new Set<string>();
    for (const m of this.mentionsIn(prev, from))
      if (m.kind !== 'pronoun' && m.kind !== 'demonym' && ids.includes(m.actorId) && !this.insideQuote(m.start))
        found.add(m.actorId);
    return found.size === 1 ? [...found][0]! : null;
  }

  /** Whether a person can be the one a description names: not of another state or body than it says. */
  /**
   * Whether a person's own title is another one than the role asked for: "YLB president Karla Calderon" is never
   * "the minister", whoever spoke last.
   */
  private titledOtherwise(id: string, role: string, titles: Set<string> = TITLES): boolean {
    const head = role.split(' ').pop()!;
    if (!titles.has(head)) return false;
    const a = this.byId.get(id);
    if (!a) return false;
    // Its roles, and the word right before each of its mentions ("YLB president Karla Calderon").
    const heads = [
      ...(a.roles ?? []).map((r) => r.toLowerCase().split(/\s+/).pop()!),
      ...a.mentions.map(
        ([s]) => /([a-z]+)\s+$/i.exec(this.nlp.text.slice(Math.max(0, s - 30), s))?.[1]?.toLowerCase() ?? '',
      ),
    ].filter((h) => titles.has(h));
    return heads.length > 0 && !heads.includes(head);
  }

  private compatible(id: string, { state, body }: RoleQuery): boolean {
    const aff = this.byId.get(this.byId.get(id)?.affiliation ?? '');
    if (!aff) return true;
    if (body && aff.id !== body) return false;
    const st =
      aff.kind === 'state' ? aff.id : this.byId.get(aff.affiliation ?? '')?.kind === 'state' ? aff.affiliation : null;
    return !state || !st || st === state;
  }

  /** What a role description says of its person: the role, and the state or body it names ("the AU envoy"). */
  private roleQuery({ core, head, words, coreEnd, mentions, span }: Core): RoleQuery {
    const before = mentions.filter((m) => m.end <= head.start && m.kind !== 'pronoun');
    const kind = (m: Mention) => this.byId.get(m.actorId)?.kind;
    // "the Spanish prime minister": a demonym the actors stage left without a mention still names the state.
    const demonym = core.find((w) => w !== head && w.pos !== 'NOUN' && stateOfKey(w.norm));
    const state = before.find((m) => kind(m) === 'state')?.actorId ?? (demonym ? stateOfKey(demonym.norm)! : null);
    const body = before.find((m) => kind(m) === 'organization' || kind(m) === 'group')?.actorId ?? null;
    return {
      role: rolePhrase(core) || head.norm,
      qualifiers: roleQualifiers(core),
      at: span[0],
      state,
      body,
      narrowed: narrowedAfter(words, coreEnd) || !!body,
    };
  }

  /** The character span of the sentence holding offset `at`. */
  private sentenceSpan(at: number): [number, number] {
    const ss = this.nlp.sentences;
    let lo = 0;
    let hi = ss.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ss[mid]!.end <= at) lo = mid + 1;
      else hi = mid;
    }
    const s = ss[lo];
    return s && at >= s.start ? [s.start, s.end] : [at, at];
  }

  private isPerson(id: string): boolean {
    const a = this.byId.get(id);
    return !!a && a.kind === 'person' && !a.anonymous && !this.plural.has(id);
  }

  /**
   * Whether the article gives an actor a role: among its roles, as a title right before a mention ("Minister Karl
   * Brandt"), or in a description next to one ("Ana Ruiz, the AU envoy," / "The AU envoy overseeing the talks, Ana Ruiz").
   */
  private hasRole(id: string, role: string): boolean {
    const a = this.byId.get(id)!;
    const p = rolePatterns(role);
    if (!p) return false;
    if ((a.roles ?? []).some((r) => p.word.test(r))) return true;
    const { text } = this.nlp;
    for (const [s, e] of a.mentions) {
      if (p.title.test(text.slice(Math.max(0, s - 40), s))) return true;
      if (p.after.test(text.slice(e, e + 100))) return true;
      if (text[e] === ',' && p.apposed.test(text.slice(Math.max(0, s - 80), s))) return true;
      const from = this.sentenceSpan(s)[0];
      if (s - from <= 160 && p.before.test(text.slice(from, s))) return true;
    }
    return false;
  }

  /** Index of the first mention starting at or after `pos`. */
  private mentionIndexBefore(pos: number): number {
    return firstIndexWhereNot(this.doc.mentions, (m) => m.start < pos);
  }

  /** Title-case sentences (headlines, teasers), where a capital is no sign of a name. */
  private get titleCase(): Set<number> {
    return (this.titleCaseSet ??= titleCaseSentences(this.nlp));
  }
  private titleCaseSet: Set<number> | null = null;

  /** How many claims each actor has been credited with so far: the salient speaker of an article. */
  private readonly spoke = new Map<string, number>();

  private pronoun(t: Token, span: [number, number]): Speaker | null {
    // "I asked the senator whether C", "I told Megyn Kelly that C": outside quotes the first person is the writer,
    // an unnamed person of the outlet; "we" is the outlet when it is known.
    if (/^(i|me)$/.test(t.norm) && !this.insideQuote(t.start))
      return this.createAnonymous([t], t, this.doc.outlet, span, 'person', 'the author');
    if (t.norm === 'we' && this.doc.outlet && !this.insideQuote(t.start)) return this.use(this.doc.outlet, span, false);
    const want = PERSON_PRONOUNS.has(t.norm)
      ? 'person'
      : PLURAL_PRONOUNS.has(t.norm)
        ? 'plural'
        : THING_PRONOUNS.has(t.norm)
          ? 'thing'
          : null;
    if (!want) return null;
    const id = this.antecedent(t, want);
    return id ? this.use(id, span, false) : null;
  }

  /** The actor a third-person pronoun stands for: the nearest earlier fitting speaker or mention. No side effects. */
  private antecedent(t: Token, want: 'person' | 'plural' | 'thing'): string | null {
    const pg: Gender =
      t.norm === 'he' || t.norm === 'him' || t.norm === 'his' ? 'm' : t.norm === 'she' || t.norm === 'her' ? 'f' : null;
    const fits = (id: string, at = -1) => {
      const a = this.byId.get(id);
      if (!a || (a.kind === 'outlet' && (this.toldTo(at) || this.passedOn(at)))) return false;
      if (want === 'person') {
        if (a.kind !== 'person' || this.plural.has(id)) return false;
        const g = this.genderOf(id);
        return !g || !pg || g === pg;
      }
      if (want === 'plural') return this.plural.has(id) || a.kind !== 'person';
      return a.kind !== 'person';
    };
    // "The Iran-aligned group has attacked ships it says are linked to Israel": a body the pronoun's own clause
    // opens with, before a speaker of the sentence before.
    if (want !== 'person') {
      const own = this.openingBody(t, fits);
      if (own) return own;
    }
    // The nearest earlier mention of a fitting actor: from the actors stage or from earlier speakers.
    let best: Seen | null = null;
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const s = this.seen[i]!;
      if (s.start < t.start && fits(s.actorId, s.start)) {
        best = s;
        break;
      }
    }
    // '..., the army said. It said ...': a body that spoke in the sentence before goes on speaking; the
    // bodies named inside its words are what it spoke about.
    const prevSent = this.nlp.sentences[t.sentence - 1];
    if (want === 'thing' && best && prevSent && best.start >= prevSent.start) return best.actorId;
    const ms = this.doc.mentions;
    let hi = ms.length;
    let lo = 0;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid]!.start < t.start) lo = mid + 1;
      else hi = mid;
    }
    // 'Hikmet Hajiyev, an adviser to President Ilham Aliyev, told Reuters C. "…," he said': the speaker stays the
    // centre of the sentence it spoke in; the persons named in its apposition or in its words do not take the
    // pronoun from it (a person named in a later sentence still does).
    const centre = best ? this.sentenceSpanAt(best.start) : null;
    for (let i = lo - 1; i >= 0 && (!best || ms[i]!.start > best.start); i--) {
      const m = ms[i]!;
      if (centre && m.start < centre.end) break;
      if (m.kind !== 'pronoun' && m.kind !== 'demonym' && fits(m.actorId, m.start) && !this.insideQuote(m.start)) {
        best = { start: m.start, actorId: m.actorId };
        break;
      }
    }
    return best?.actorId ?? null;
  }

  /** Whether an outlet's mention at `at` received or passed on a text ("a statement received by the Iraqi News
   * Agency"): the channel of the words before never says "It added". */
  private passedOn(at: number): boolean {
    return at >= 0 && namedAsChannel(this.nlp.text, at);
  }

  /** Whether an outlet's mention at `at` is told something ("told AFP"): who hears words never says "it said". */
  private toldTo(at: number): boolean {
    return at >= 0 && TOLD_BEFORE.test(this.nlp.text.slice(Math.max(0, at - 24), at));
  }

  /** The body named or described by the subject opening the pronoun's sentence, when its verb precedes the pronoun. */
  private openingBody(t: Token, fits: (id: string) => boolean): string | null {
    const sent = this.nlp.sentences[t.sentence]!;
    let v = sent.firstToken;
    while (v < sent.endToken && this.tokens[v]!.pos !== 'VERB' && this.tokens[v]!.pos !== 'AUX') v++;
    const first = this.tokens[sent.firstToken]!;
    if (v <= sent.firstToken || v >= sent.endToken || this.tokens[v]!.start >= t.start) return null;
    const end = this.tokens[v - 1]!.end;
    if (this.tokens.slice(sent.firstToken, v).some((w) => w.text === ',' || w.pos === 'PRON')) return null;
    for (const m of this.mentionsIn(first.start, end))
      if (m.end === end && m.kind !== 'pronoun' && m.kind !== 'demonym' && fits(m.actorId)) return m.actorId;
    const head = this.tokens[v - 1]!;
    if (first.norm !== 'the' || head.pos !== 'NOUN' || !this.discourse) return null;
    const id = this.discourse.resolveDescription(head.norm, first.start);
    return id && fits(id) ? id : null;
  }

  /** The sentence holding a character offset. */
  private sentenceSpanAt(pos: number): { start: number; end: number } | null {
    const s = this.nlp.sentences[sentenceIndexAt(this.nlp, pos)];
    return s && s.start <= pos ? s : null;
  }

  private readonly genders = new Map<string, Gender>();

  /** A person's conventional gender: from their name, roles, or an honorific before a mention ("Mrs. Ruiz"). */
  genderOf(id: string): Gender {
    if (this.genders.has(id)) return this.genders.get(id)!;
    const a = this.byId.get(id);
    let g: Gender = null;
    if (a && a.kind === 'person' && !a.anonymous) {
      g = genderOfName(a.name);
      for (const r of a.roles ?? []) g ??= genderOfName(r);
      for (const [s] of a.mentions) g ??= honorificBefore(this.nlp.text, s);
      if (!g)
        for (const m of this.doc.mentions)
          if (m.actorId === id) {
            g = honorificBefore(this.nlp.text, m.start) ?? genderOfName(this.nlp.text.slice(m.start, m.end));
            if (g) break;
          }
    } else if (a?.anonymous) g = genderOfName(a.name.split(/\s+/).pop() ?? '');
    this.genders.set(id, g);
    return g;
  }

  /** Set by the caller: whether a character offset lies inside a quotation. */
  insideQuote: (pos: number) => boolean = () => false;

  private use(actorId: string, span: [number, number], remember = true): Speaker {
    const s = { start: span[0], actorId };
    if (remember) this.seen.push(s);
    this.discourse?.noteSpeaker(actorId, span[0]);
    this.spoke.set(actorId, (this.spoke.get(actorId) ?? 0) + 1);
    this.lastSpeaker = s;
    const a = this.byId.get(actorId);
    if (a && this.fresh.has(actorId) && !a.mentions.some(([x]) => x === span[0])) a.mentions.push(span);
    return { actorId, span };
  }

  private add(actor: Actor): Actor {
    const existing = this.byId.get(actor.id);
    if (existing) return existing;
    this.byId.set(actor.id, actor);
    this.discourse?.addActor(actor);
    this.created.push(actor);
    this.fresh.add(actor.id);
    return actor;
  }

  private createAnonymous(
    core: Token[],
    head: Token,
    affiliation: string | null,
    span: [number, number],
    kind: ActorKind = 'person',
    named?: string,
  ): Speaker {
    const words = core.filter((w) => w.pos !== 'DET' && w.pos !== 'NUM');
    const name = named ?? this.nlp.text.slice(words[0]?.start ?? head.start, head.end);
    const id = `anon-${speakerSlug(name)}`;
    const actor = this.add({
      id,
      name,
      kind,
      aliases: [],
      anonymous: true,
      affiliation,
      mentions: [],
    });
    if (/(?:s|men)$/.test(head.norm) || head.norm === 'people' || head.norm === 'police') this.plural.add(actor.id);
    const list = this.anonHead.get(head.norm) ?? [];
    if (!list.includes(actor.id)) list.push(actor.id);
    this.anonHead.set(head.norm, list);
    return this.use(actor.id, span);
  }

  /**
   * "the SP said", "The DC said": a post's acronym is the one named person the article gives that post
   * (title-acronyms.ts); with nobody or two people holding it, a gazetteer post's acronym ("the DPO said") is an unnamed
   * holder of this article, never a person called "DPO" whom every story's DPO would share. Else null.
   */
  private postAcronym(written: string, word: Token, span: [number, number]): Speaker | null {
    const holder = acronymHolder(written, this.nlp.text, this.byId.values());
    if (holder) return this.use(holder, span);
    return isPostAcronym(written) ? this.createAnonymous([word], word, null, span, 'person') : null;
  }

  private createNamed(core: Token[], span: [number, number], query: RoleQuery): Speaker | null {
    let words = core.filter((w) => w.pos !== 'DET');
    while (words.length && (words[0]!.pos === 'PART' || words[0]!.text === '’s' || words[0]!.text === "'s"))
      words = words.slice(1);
    if (!words.length) return null;
    // A name after titles and a possessive: "Russia's Foreign Minister Sergei Lavrov" → "Sergei Lavrov".
    let nameStart = 0;
    for (let i = 0; i < words.length; i++) if (words[i]!.text === '’s' || words[i]!.text === "'s") nameStart = i + 1;
    if (nameStart >= words.length) {
      words = words.filter((w) => w.text !== '’s' && w.text !== "'s");
      nameStart = 0;
    }
    if (!words.length) return null;
    // A description with no name in it ("the former chief executive", "the prime minister's office") is kept whole;
    // so is a body of an owner no actor stands for ("the Public Defender's office"), never a bare "office".
    const described = words.every((w) => !/^[A-Z]/.test(w.text));
    const tail = words.slice(nameStart);
    // "The Prime Minister's Office", "the Kharkiv Regional Prosecutor's Office": a capitalized office word after an
    // officer's title is the whole body's name too, never a body called "Office" (which two such offices would share).
    const titleOffice =
      nameStart > 1 && tail.length === 1 && OFFICE_HEADS.has(tail[0]!.norm) && TITLES.has(words[nameStart - 2]!.norm);
    const ownedBody =
      titleOffice ||
      (nameStart > 0 && tail.every((w) => /^[a-z]/.test(w.text)) && ORG_WORDS.has(tail[tail.length - 1]!.norm));
    if (described || ownedBody) nameStart = 0;
    while (!described && !ownedBody && nameStart < words.length - 1 && TITLES.has(words[nameStart]!.norm)) nameStart++;
    // "Acting Director of Ports and Harbour": the body after a title's "of" is named from its first capital on.
    if (nameStart > 0 && nameStart < words.length - 1 && NAME_OPENING_NOT.has(words[nameStart]!.norm)) nameStart++;
    // "engineer Tom Hale": lower-case words before a capitalized name are a role, not part of the name.
    while (
      nameStart < words.length - 1 &&
      /^[a-z]/.test(words[nameStart]!.text) &&
      words.slice(nameStart + 1).every((w) => /^[A-Z]/.test(w.text))
    )
      nameStart++;
    // "the monitoring group Deep South Watch", "the army's media wing ISPR": a body's description before its name.
    const kindWord = described ? nameStart : bodyDescriptionEnd(words, nameStart);
    const bodyKind = kindWord > nameStart ? kindOfDescription(words.slice(nameStart, kindWord)) : null;
    nameStart = kindWord;
    // "Maricopa County Recorder Helen Purcell", "Real Time host Bill Maher": a role glued before the name.
    if (!described && !bodyKind) nameStart += nameAfterRole(words.slice(nameStart).map((w) => w.text));
    const titled = nameStart > 0;
    const nameWords = words.slice(nameStart);
    const norms = nameWords.map((w) => w.norm);
    const allCaps = nameWords.every(
      (w) => /^[A-Z]/.test(w.text) || w.norm === 'of' || w.text === '.' || w.text === '-',
    );
    const name = this.nlp.text.slice(nameWords[0]!.start, nameWords[nameWords.length - 1]!.end);
    if (!allCaps && nameWords.length > 6) return null;
    // "Police rescue 12 abducted villagers, deny ransom": a clause with a count is no speaker's name.
    if (!allCaps && nameWords.some((w) => /^\d/.test(w.text))) return null;
    let kind: ActorKind = 'person';
    if (bodyKind) kind = bodyKind;
    else if (norms.some((n) => OUTLET_WORDS.has(n))) kind = 'outlet';
    else if (norms.some((n) => ORG_WORDS.has(n))) kind = 'organization';
    // "the New York businessman", "a doctor", "the Indiana governor": a description of one person.
    else if (!allCaps && PERSON_NOUNS.has(norms[norms.length - 1]!)) kind = 'person';
    else if (!allCaps) kind = norms.some((n) => /s$/.test(n)) ? 'group' : 'organization';
    else if (!titled && nameWords.length > 3) kind = 'organization';
    else if (!titled) kind = namedBodyKind(nameWords) ?? 'person';
    // "Nauert" after "Heather Nauert": the same person.
    if (kind === 'person' && nameWords.length === 1) {
      for (const a of this.byId.values()) {
        if (a.kind === 'person' && !a.anonymous && a.name.split(/\s+/).pop() === name && a.name !== name)
          return this.use(a.id, mentionSpan(nameWords));
      }
    }
    const post = !titled && nameWords.length === 1 ? this.postAcronym(name, nameWords[0]!, span) : null;
    if (post) return post;
    if (!described && !titled && notAName(nameWords, this.titleCase.has(nameWords[0]!.sentence))) return null;
    // "says Education Minister", "the Health CS said": whoever holds the portfolio, named before or just after. "The
    // Prime Minister said", "the First Minister": an office's words alone name no one (never a person "Minister"):
    // the holder the article gave the office, else the office's unnamed holder.
    const office = words.filter((w) => w.norm !== 'the');
    const unnamedOffice = titled && portfolioTitle(office) && OFFICE_NOUNS.has(office[office.length - 1]!.norm);
    if ((!titled && portfolioTitle(nameWords)) || unnamedOffice) {
      const holder = this.describedPerson(query);
      if (holder) return this.use(holder, span);
      const head = office[office.length - 1]!;
      return OFFICE_NOUNS.has(head.norm) ? this.createAnonymous(office, head, null, span) : null;
    }
    // A description is no name: "the data", "the campaign", "Obama's former campaign strategist" are unnamed
    // sources of this article; "the Vermont senator" is a person named before when one fits.
    const lastWord = nameWords[nameWords.length - 1]!;
    if (/^[a-z]/.test(lastWord.text) && (TITLES.has(lastWord.norm) || PERSON_NOUNS.has(lastWord.norm))) {
      // "A nurse said": an indefinite description introduces someone new, never a person named before.
      const indefinite = /^(a|an|another|one)$/.test(core[0]!.norm);
      const p = indefinite ? null : this.describedPerson(query);
      if (p) return this.use(p, span);
      const made = this.createAnonymous(nameWords, lastWord, null, span, 'person');
      this.noteDescription(made.actorId, core, lastWord, span[0]);
      return made;
    }
    // "the interior ministry", "the presidency" name one body of the state; "the group", "the data" do not.
    if (
      described &&
      (!ORG_WORDS.has(lastWord.norm) || GENERIC_BODIES.has(lastWord.norm)) &&
      !OUTLET_WORDS.has(lastWord.norm)
    )
      return this.createAnonymous(nameWords, lastWord, null, span, kind);
    const id = speakerSlug(outletName(nameWords, kind) ?? name);
    if (!id) return null;
    const known = this.byId.get(id);
    const actor =
      known ??
      this.add({
        id,
        name: outletName(nameWords, kind) ?? name,
        kind,
        aliases: [],
        anonymous: false,
        affiliation: null,
        mentions: [],
        ...(titled && !bodyKind ? { roles: [this.nlp.text.slice(words[0]!.start, words[nameStart - 1]!.end)] } : {}),
      });
    if (!known && kind !== 'person' && !allCaps) this.plural.add(actor.id);
    return this.use(actor.id, kind === 'person' && !described ? mentionSpan(nameWords) : span);
  }
}

/**
 * The body an untitled speaker's name in capitals is rather than a person: an acronym ("ISFED said", "the SPLA
 * has denied"; a post's acronym such as "MP" is read before), or a name of two words or more that its own words make
 * a body's and no given name opens ("Deep South Watch said", "Jaish al-Adl said"; not "Sheila Court said").
 */
function namedBodyKind(words: Token[]): 'group' | 'organization' | null {
  if (words.length === 1) return /^[A-Z]{2,6}$/.test(words[0]!.text) ? 'organization' : null;
  return isGivenName(words[0]!.norm) ? null : bodyKindOfName(words.map((w) => w.norm));
}

/** The last word of a body's description before its name: "group", "agency", "authority", "wing". */
const DESCRIPTION_HEADS = new Set([...ORG_WORDS, ...OUTLET_WORDS, 'monitor', 'watchdog', 'regulator', 'wing']);

/**
 * Where a body's name starts after one to three lower-case words describing it ("monitoring group Deep South Watch",
 * "prison authority SNAI", "media wing ISPR", "state news agency SUNA"): the first word of the capitalized name that
 * ends the phrase, when the word before it heads a body's description; else `from`. Not a person's role ("engineer
 * Tom Hale": handled as a role), nor a lower-case particle inside a name ("al-Baghdadi").
 */
function bodyDescriptionEnd(words: Token[], from: number): number {
  let c = words.length;
  while (c > from && /^\p{Lu}/u.test(words[c - 1]!.text)) c--;
  if (c === words.length || c - from < 1 || c - from > 3) return from;
  const lower = words.slice(from, c);
  if (!lower.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w.text))) return from;
  return DESCRIPTION_HEADS.has(words[c - 1]!.norm) ? c : from;
}

/** The kind a body's description gives its name: an outlet's ("news agency"), else an organization's. */
const kindOfDescription = (lower: Token[]): ActorKind =>
  lower.some((w) => OUTLET_WORDS.has(w.norm)) ? 'outlet' : 'organization';

/**
 * An outlet's name without the description after it: "the SPS news agency", "the Moldpres state news agency" are
 * SPS and Moldpres. Null when nothing is cut (no lower-case tail after a capitalised name).
 */
function outletName(words: Token[], kind: ActorKind): string | null {
  if (kind !== 'outlet') return null;
  let e = words.length;
  while (e > 1 && /^[a-z]/.test(words[e - 1]!.text)) e--;
  if (e === words.length || !/^[A-Z]/.test(words[e - 1]!.text)) return null;
  return words
    .slice(0, e)
    .map((w, i) => (i && w.start > words[i - 1]!.end ? ' ' : '') + w.text)
    .join('');
}

function mentionSpan(words: Token[]): [number, number] {
  return [words[0]!.start, words[words.length - 1]!.end];
}

function m2s(m: Mention): [number, number] | null {
  return m.end > m.start ? [m.start, m.end] : null;
}

/** Words that make "forces" or "troops" a state's: "the armed forces", "government troops". */
/** Heads of a description the actors stage may have read as a state's force ("police said", "the army said"). */
const FORCE_NOUNS = new Set(['police', 'army', 'military', 'junta']);
const STATE_FORCE_WORDS = /^(armed|government|regular)$/;

/** A role description's person: "the Spanish prime minister" → role "prime minister", state Spain. */
interface RoleQuery {
  role: string;
  /** Words qualifying the role ("exiled", "spiritual" in "the exiled spiritual leader"), see roleQualifiers. */
  qualifiers: string[];
  /** Where the description stands. */
  at: number;
  state: string | null;
  body: string | null;
  /** A clause or a body narrows it: only someone given the role can be its person. */
  narrowed: boolean;
}

interface ResolveOpts {
  /** The phrase was definite before a compound modifier was dropped ("the Geneva-based X" → "X"). */
  definite?: boolean;
}

/** A source phrase being resolved: its token range, tokens and character span. */
interface Phrase {
  r: TokRange;
  words: Token[];
  span: [number, number];
  first: Token;
  opts: ResolveOpts;
}

/** A phrase read into its core and head, with the actor mentions inside it. */
interface Core extends Phrase {
  /** Index in `words` where the core ends (a preposition, comma, verb). */
  coreEnd: number;
  core: Token[];
  head: Token;
  coreSpan: [number, number];
  mentions: Mention[];
  /** A person the actors stage found in the phrase. */
  person: Mention | undefined;
  /** A capitalized word in the core that is not a title. */
  hasName: boolean;
  definite: boolean;
}

/** A trial's defence ("the defence of the accused"), lower-case: the capitalized word may be a ministry's name. */
const DEFENCE_HEADS = new Set(['defence', 'defense']);
/** The counsel set off after a defence: ", entrusted to lawyer ", ", led by attorney ", ", lawyer ". */
const COUNSEL_AFTER =
  /^\s*,\s*(?:(?:entrusted|led|handled|represented|conducted)\s+(?:to|by)\s+)?(?:the\s+)?(?:lawyers?|attorneys?|counsel|advocates?|barristers?)\s+/;

/** Heads of a body's office named after "of" ("the Office of the Prime Minister and Cabinet"). */
const OFFICE_HEADS = new Set(['office', 'secretariat', 'bureau', 'directorate']);

const NON_WORD = /[^a-z-]+/;
/** Titles and person nouns: the words that tell what a person is ("minister", "businessman", "lawyer"). */
const PERSON_HEADS = new Set([...TITLES, ...PERSON_NOUNS]);

/** The words before an outlet told something: "told AFP", "tells the BBC", "speaking to Reuters". */
const TOLD_BEFORE = /\b(?:told|tells?|telling|speaking\s+to|spoke\s+to|talking\s+to|interview\s+with)\s+(?:the\s+)?$/i;

/** What one resolution step returns: a speaker, null (decided: nobody), or undefined (not decided here). */
type Step = Speaker | null | undefined;

/** The first step that decides, run lazily in order; undefined when none does. */
function decide(steps: (() => Step)[]): Step {
  for (const step of steps) {
    const out = step();
    if (out !== undefined) return out;
  }
  return undefined;
}

/** Words that make "body" an institution of a field: "anti-graft", "regulatory", "governing", "oversight", "watchdog". */
const BODY_FIELD =
  /^(?:anti-\S+|counter-\S+|regulatory|governing|oversight|watchdog|statutory|advisory|electoral|supervisory|disciplinary|professional|sporting|sports|football|umbrella|representative|investigative|monitoring)$/i;

/** Adjectives that open a complement after the head: "a source close to", "people familiar with". */
const COMPLEMENT_ADJECTIVES = /^(close|familiar|loyal|opposed|knowledgeable|allied|involved|briefed)$/;

const HONORIFIC = /^(?:mr|mrs|ms|dr|sir|dame)\.?$/;

/** Where a phrase's core ends: the first preposition, comma, parenthesis or verb after its first word. */
function coreEndOf(words: Token[]): number {
  // "said Mr. Nevins of Showtime": after an honorific a person's name holds no "of"; the body is where they work.
  const honorific = HONORIFIC.test(words[0]?.norm ?? '');
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const ofName =
      !honorific &&
      w.norm === 'of' &&
      words[i - 1]!.pos === 'PROPN' &&
      words[i + 1]?.pos === 'PROPN' &&
      !ANON_HEADS.has(words[i - 1]!.norm);
    // "media buying sources": an -ing word between two nouns is part of the compound, not a verb.
    // "exit polling": likewise a document word after a noun.
    const compound =
      w.pos === 'VERB' &&
      /ing$/.test(w.norm) &&
      words[i - 1]!.pos === 'NOUN' &&
      (words[i + 1]?.pos === 'NOUN' || documentHead(w));
    // "the self-described socialist": a participle in a hyphenated compound modifies the head.
    const hyphened = w.pos === 'VERB' && words[i - 1]!.text === '-';
    if (
      (w.pos === 'ADP' && !ofName) ||
      w.text === ',' ||
      w.text === '(' ||
      (w.pos === 'VERB' && !compound && !hyphened)
    )
      return i;
  }
  return words.length;
}
