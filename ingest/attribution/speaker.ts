// Who is speaking: maps a source noun phrase to an actor (actor mentions first; pronouns and "the
// official" to an earlier speaker; otherwise a new actor, anonymous for "sources", "a senior official").
// In: NlpDoc, ActorsDoc, token ranges. Out: actor ids + the actors this stage had to create.
import { slugify } from '../../graph/names.ts';
import type { Actor, ActorKind } from '../../graph/schema.ts';
import { titleCaseSentences } from '../actors/junk.ts';
import { nameAfterRole } from '../actors/role-prefix.ts';
import type { Discourse } from '../discourse/index.ts';
import { COMPOUND_PARTICIPLES, makeToken } from '../nlp/index.ts';
import type { ActorsDoc, Mention, NlpDoc, Token } from '../types.ts';
import { type Gender, genderOfName, honorificBefore } from './gender.ts';
import type { TokRange } from './np.ts';
import {
  afterDateline,
  documentAfter,
  authorAfter,
  authorRun,
  bodyDocument,
  documentAuthor,
  dateWord,
  documentHead,
  nameWord,
  notAName,
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

export const ANON_HEADS = new Set(
  (
    'official officials source sources spokesman spokeswoman spokesperson spokespeople spokesmen diplomat diplomats ' +
    'aide aides analyst analysts expert experts observer observers witness witnesses resident residents activist ' +
    'activists people person insider insiders investigator investigators officer officers authorities lawmaker ' +
    'lawmakers staffer staffers adviser advisers advisor advisors representative representatives critic critics ' +
    'supporters opponents leaders commanders negotiators members member employees worker workers prosecutors ' +
    'police experts scientists researchers doctors medics protesters demonstrators voters democrats republicans ' +
    'officers soldiers fighters militants rebels someone one'
  ).split(' '),
);
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);
const THING_PRONOUNS = new Set(['it', 'its']);
/** Words that make a name a title rather than part of the name ("Deputy Foreign Minister"). */
const TITLES = new Set(
  (
    'mr mr. mrs mrs. ms ms. dr dr. gen gen. maj maj. col col. lt lt. capt capt. sgt sgt. adm adm. sen sen. rep rep. gov gov. ' +
    'president vice prime minister deputy foreign defense defence secretary ambassador spokesman spokeswoman spokesperson ' +
    'senator representative governor mayor chief general colonel major admiral director chairman chairwoman chair ' +
    'commander envoy special assistant acting undersecretary under attorney judge justice speaker leader king queen ' +
    'prince sheikh ayatollah pope bishop rev rev. father sir lord lady former then candidate congressman congresswoman ' +
    'sheriff officer agent professor prof prof. minister-counselor head chancellor premier emir sultan'
  ).split(' '),
);
/** Nouns that head a body's name or description ("the ministry", "the health ministry"). */
export const ORG_WORDS = new Set(
  (
    'ministry department council party agency committee army force forces office commission court police government ' +
    'administration center centre institute university association union group bureau service company corp corp. inc ' +
    'inc. bank campaign house senate congress parliament assembly command coalition alliance foundation organization ' +
    'organisation network movement front brigade brigades battalion regiment navy guard corps authority board ' +
    'fund federation club church school hospital team cabinet embassy consulate presidency military'
  ).split(' '),
);
/** Body words too generic to name one body: "the group said" with nothing to refer to is an unnamed source. */
const GENERIC_BODIES = new Set(
  'group groups campaign company organization organisation network coalition alliance team'.split(' '),
);
const OUTLET_WORDS = new Set(
  (
    'times post news journal press tv television radio broadcasting broadcaster network tribune herald telegraph ' +
    'guardian gazette newspaper daily magazine outlet channel wire mail observer independent chronicle'
  ).split(' '),
);

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

  /** Resolves a source noun phrase. Returns null for speakers it cannot name (first person, empty). */
  resolve(r: TokRange, opts: { definite?: boolean } = {}): Speaker | null {
    const words = this.words(r);
    if (!words.length) return null;
    const span = this.chars(r);
    const first = words[0]!;
    if (words.length === 1 && first.pos === 'PRON') return this.pronoun(first, span);
    // A dateline or a person's home place is no speaker: the speaker is the subject after it or the person before.
    const instead = afterDateline(this.tokens, r) ?? personBeforePlace(this.tokens, r) ?? pronounFirst(this.tokens, r);
    if (instead) return this.resolve(instead, opts);
    // "the Geneva-based X", "the U.S.-backed X", "the state-run newspaper X": the compound modifies the head.
    for (let i = 1; i + 2 < words.length && i < 6; i++)
      if (words[i]!.text === '-' && COMPOUND_PARTICIPLES.has(words[i + 1]!.norm))
        return this.resolve([r[0] + i + 2, r[1]], { ...opts, definite: opts.definite || first.norm === 'the' });
    // "75 percent of Republicans", "most of the delegates": a share of a group speaks for the group; a bare share
    // ("all but two", "most", "8 percent") for the group that spoke just before, else for nobody it can name.
    const share = shareOf(words);
    if (share >= 0) {
      const among = share < words.length ? null : this.amongBefore(r[0]);
      const group =
        share < words.length
          ? this.resolve([r[0] + share, r[1]], opts)
          : ((among && this.resolve(among, opts)) ?? this.pluralBefore(first.start));
      if (group) return this.use(group.actorId, span);
      // "47 percent said" after a poll: a share of its respondents.
      if (this.pollNear(first.sentence)) {
        const a = this.createAnonymous(
          words,
          makeToken(first.start, first.end, first.text, 'respondents', first.pos, first.sentence),
          null,
          span,
          'group',
          'respondents',
        );
        this.plural.add(a.actorId);
        return a;
      }
      // "Some say C", "Others argue C", "46 percent said C" with no group or poll to count from: the writer leaves
      // the speakers unnamed; they are still someone, as "sources" are.
      const inTen =
        words.length >= 3 && words[words.length - 2]!.norm === 'in' && words[words.length - 1]!.pos === 'NUM';
      if (inTen || words.some((w) => UNNAMED_SHARES.test(w.norm))) {
        const a = this.createAnonymous(words, first, null, span, 'group', 'unnamed people');
        this.plural.add(a.actorId);
        return a;
      }
      return null;
    }
    // "whose sole win": a relative clause is no speaker. "more ethanol than the oil industry says": the speaker is
    // what "than" compares with.
    if (/^(whose|which)$/.test(first.norm)) return null;
    const than = words.findIndex((w, i) => i > 0 && w.norm === 'than');
    if (than > 0 && than + 1 < words.length && words[than + 1]!.pos !== 'NUM')
      return this.resolve([r[0] + than + 1, r[1]], opts);
    // "More than 6 in 10 Democratic voters", "fewer than 200 protesters": the count after "than" is the speaker.
    if (than === 1 && /^(more|fewer|less)$/.test(first.norm) && words.length > 3 && words[2]!.pos === 'NUM')
      return this.resolve([r[0] + 2, r[1]], opts);
    // "those surveyed", "those polled": the people a participle describes, unnamed.
    if (first.norm === 'those' && words.length === 2 && /ed$/.test(words[1]!.norm)) {
      const a = this.createAnonymous(words, words[1]!, null, span);
      this.plural.add(a.actorId);
      return a;
    }
    // The core: up to the first preposition, relative pronoun or comma ("a spokesman for the ministry").
    let coreEnd = words.length;
    for (let i = 1; i < words.length; i++) {
      const w = words[i]!;
      const ofName =
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
      ) {
        coreEnd = i;
        break;
      }
    }
    let core = words.slice(0, coreEnd);
    // "a source close to", "people familiar with": the adjective opens a complement; the noun is the head.
    if (
      core.length > 1 &&
      /^(close|familiar|loyal|opposed|knowledgeable|allied|involved|briefed)$/.test(core[core.length - 1]!.norm)
    )
      core = core.slice(0, -1);
    const head = core[core.length - 1]!;
    // Fragments are no speakers: "of what his parents", "to", "on the ballot" (a phrase opening with a preposition
    // or particle, or ending in a word that cannot head a noun phrase).
    const approx = /^(about|around|at|over|under|nearly|almost|roughly|some|just|only|up)$/.test(first.norm);
    if (/^(ADP|PART|SCONJ)$/.test(first.pos) && !approx) {
      // "In a statement on Monday, the ministry": the speaker follows the fronted phrase's comma.
      let c = words.length - 1;
      while (c > 0 && words[c]!.text !== ',') c--;
      return c > 0 && c + 1 < words.length ? this.resolve([r[0] + c + 1, r[1]], opts) : null;
    }
    if (/^(ADP|PART|AUX|SCONJ|CCONJ)$/.test(head.pos)) return null;
    const coreSpan: [number, number] = [core[0]!.start, head.end];
    const mentions = this.mentionsIn(span[0], span[1]);
    const person = mentions.find((m) => this.byId.get(m.actorId)?.kind === 'person' && m.kind !== 'pronoun');
    const hasName = core.some((w) => w.pos === 'PROPN' && !TITLES.has(w.norm) && /^[A-Z]/.test(w.text) && !dateWord(w));
    if (person && m2s(person) !== null) return this.use(person.actorId, [person.start, person.end]);
    // A document or count is no speaker: "his book" is its author's, "the poll" the pollster's the article named.
    // ("Exit polls show": a capital opening the sentence is no name.)
    const opening = (w: Token) => this.nlp.sentences[w.sentence]?.start === w.start;
    const docNamed = core.some(
      (w, i) => w !== head && w.pos === 'PROPN' && !TITLES.has(w.norm) && nameWord(w, i === 0 && opening(w)),
    );
    const lone = core.length === 1 && opening(head);
    if ((documentHead(head, lone) || ownedSpeech(core)) && !docNamed)
      return this.documentSpeaker(core, head, mentions, span);
    // "The Monmouth poll", "the IG review", "a Suffolk University Poll": the name before a body's document is its author.
    const run =
      bodyDocument(head) && !mentions.some((m) => m.end > head.start)
        ? authorRun(words, words.indexOf(head), opening)
        : null;
    if (run) {
      const author = this.resolve([r[0] + run[0], r[0] + run[1]], opts);
      const a = author && this.byId.get(author.actorId);
      if (a && this.fresh.has(a.id) && a.kind === 'person') a.kind = 'organization';
      if (author) return { actorId: author.actorId, span };
    }
    // Unnamed people: "officials", "a senior diplomat", and any plural common noun without a name ("traders").
    const plainPlural = head.pos === 'NOUN' && /(?:[^s]s|men)$/.test(head.norm) && !core.some((w) => w.pos === 'PROPN');
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
    // "Economists at X said": a plural of a person noun, capitalized only because it opens the sentence.
    const openingPlural = opensSentence && /[^s]s$/.test(head.norm) && PERSON_NOUNS.has(head.norm.slice(0, -1));
    const anonymous =
      (ANON_HEADS.has(head.norm) || plainPlural || bodyMember || openingPlural) &&
      !(head.pos === 'PROPN' && /^[A-Z]/.test(head.text) && !opensSentence);
    const definite = first.norm === 'the' || first.norm === 'this' || first.norm === 'that' || opts.definite;
    // "The group said", "the rebels said", "the daily wrote": the body the article named before, by salience.
    if (definite && !hasName && core.length <= 3 && this.discourse) {
      const id = this.discourse.resolveDescription(head.norm, span[0]);
      if (id) return this.use(id, span);
    }
    if (core.length <= 3 && peopleOfState(head, core[core.length - 2])) {
      const a = this.createAnonymous(core, head, null, span, 'group');
      this.plural.add(a.actorId);
      return a;
    }
    if (anonymous) {
      const affiliation = mentions.find((m) => {
        const k = this.byId.get(m.actorId)?.kind;
        return k && k !== 'person';
      })?.actorId;
      // "the official" after "a senior Iranian official" is the same person.
      const reuse = definite ? this.anonFor(head.norm, core) : null;
      if (reuse) return this.use(reuse, span);
      if (definite && !affiliation && core.length <= 3 && head.norm !== 'people') {
        const last = this.lastSpeaker;
        if (last && this.byId.get(last.actorId)?.anonymous) return this.use(last.actorId, span);
      }
      return this.createAnonymous(core, head, affiliation ?? null, span);
    }
    // A named organization or state covering the head: "the Pentagon", "Russia's Foreign Ministry".
    const headMention =
      mentions.find((m) => m.start <= head.start && m.end >= head.end) ??
      mentions.find((m) => m.start >= coreSpan[0] && m.end <= coreSpan[1] && m.kind !== 'demonym');
    // "Kenya's main opposition coalition", "Russia's allies": a body or people the state owns, not the state.
    if (
      headMention &&
      headMention.end <= head.start &&
      this.byId.get(headMention.actorId)?.kind === 'state' &&
      head.pos === 'NOUN' &&
      /^[a-z]/.test(head.text) &&
      !STATE_STANDINS.has(head.norm) &&
      /^['’]s\b/.test(this.nlp.text.slice(headMention.end, headMention.end + 3))
    )
      return this.createAnonymous(core, head, headMention.actorId, span, 'group');
    if (headMention) return this.use(headMention.actorId, [headMention.start, headMention.end]);
    // A definite role with no name ("the politician", "the head of the parliament") is the last person speaking.
    if ((definite && !hasName && TITLES.has(head.norm)) || (definite && !hasName && ROLE_NOUNS.has(head.norm))) {
      const last = this.describedPerson(head.norm, span[0]);
      if (last) return this.use(last, span);
    }
    // "A Feb. 1 letter from the American Legion": a date is no name.
    if (!hasName && !core.some((w) => w.pos === 'PROPN' && !dateWord(w))) {
      // "her campaign said", "his office said": an unnamed body or person of whoever the pronoun stands for.
      if (/^(his|her|its|their)$/.test(first.norm) && head.pos === 'NOUN' && core.length >= 2)
        return this.possessed(first, core, head, span);
      if (first.pos === 'PRON' || head.pos === 'PRON') return null;
      // "A report by Human Rights Watch", "a study from the IMF": the named author issued it.
      const author =
        SPEECH_HEADS.has(head.norm) || AUTHORED.has(head.norm) ? mentions.find((m) => m.start >= head.end) : undefined;
      if (author) return this.use(author.actorId, [author.start, author.end]);
      // "a statement from the presidency": the issuer named after from/by, even when no actor covers it.
      const by = words[coreEnd];
      if (SPEECH_HEADS.has(head.norm) && by && /^(from|by)$/.test(by.norm) && r[0] + coreEnd + 1 < r[1]) {
        const issuer = this.resolve([r[0] + coreEnd + 1, r[1]], opts);
        if (issuer) return { actorId: issuer.actorId, span };
      }
      // "the army's statement said": the possessor issued it.
      const poss = core.findIndex((w, k) => k > 0 && k < core.length - 1 && /^['’]s?$/.test(w.text));
      if (SPEECH_HEADS.has(head.norm) && poss > 0) {
        const owner = this.resolve([r[0], r[0] + poss], opts);
        if (owner) return { actorId: owner.actorId, span };
      }
      // A common noun speaker ("the statement", "the report") stands for whoever issued it.
      if (SPEECH_HEADS.has(head.norm) && this.lastSpeaker) return this.use(this.lastSpeaker.actorId, span);
    }
    const created = this.createNamed(core, span);
    // A name before a document is its author, a body ("the Real Clear Politics polling average").
    const author = created && documentAfter(words, coreEnd) ? this.byId.get(created.actorId) : undefined;
    if (author && this.fresh.has(author.id) && author.kind === 'person') author.kind = 'organization';
    return created;
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
    const kind: ActorKind = ORG_WORDS.has(head.norm) ? 'organization' : 'person';
    const rest = this.nlp.text.slice(core[1]!.start, head.end);
    return this.createAnonymous(core, head, owner.id, span, kind, `${owner.name}'s ${rest}`);
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
    const inPhrase = mentions.find((m) => m.start >= head.end && m.kind !== 'pronoun');
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
   * said"): only a role that fits makes him the speaker.
   */
  private describedPerson(role: string, at: number): string | null {
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
    const fitting = recent.filter((id) => this.hasRole(id, role));
    if (fitting.length) return fitting[0]!;
    const others = recent.filter((id) => elsewhere.has(id));
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
      const speaks = SPEAKS_AFTER.test(this.nlp.text.slice(m.end, m.end + 120)) || this.hasRole(m.actorId, role);
      if (m.kind === 'name' && this.isPerson(m.actorId) && !this.insideQuote(m.start) && speaks) return m.actorId;
    }
    return null;
  }

  /** The character span of the sentence holding offset `at`. */
  private sentenceSpan(at: number): [number, number] {
    for (const s of this.nlp.sentences) if (at >= s.start && at < s.end) return [s.start, s.end];
    return [at, at];
  }

  private isPerson(id: string): boolean {
    const a = this.byId.get(id);
    return !!a && a.kind === 'person' && !a.anonymous && !this.plural.has(id);
  }

  /** Whether a role word is among an actor's roles or stands right before one of its mentions ("Minister X"). */
  private hasRole(id: string, role: string): boolean {
    const a = this.byId.get(id)!;
    const w = role.replace(/[^a-z]/g, '');
    if (!w) return false;
    const { word, title } = rolePatterns(w);
    if ((a.roles ?? []).some((r) => word.test(r))) return true;
    // The role as a title right before a mention, with only capitalized words between ("Minister Karl Brandt").
    for (const [s] of a.mentions) if (title.test(this.nlp.text.slice(Math.max(0, s - 40), s))) return true;
    return false;
  }

  /** Index of the first mention starting at or after `pos`. */
  private mentionIndexBefore(pos: number): number {
    const ms = this.doc.mentions;
    let lo = 0;
    let hi = ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
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
    const fits = (id: string) => {
      const a = this.byId.get(id);
      if (!a) return false;
      if (want === 'person') {
        if (a.kind !== 'person' || this.plural.has(id)) return false;
        const g = this.genderOf(id);
        return !g || !pg || g === pg;
      }
      if (want === 'plural') return this.plural.has(id) || a.kind !== 'person';
      return a.kind !== 'person';
    };
    // The nearest earlier mention of a fitting actor: from the actors stage or from earlier speakers.
    let best: Seen | null = null;
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const s = this.seen[i]!;
      if (s.start < t.start && fits(s.actorId)) {
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
    for (let i = lo - 1; i >= 0 && (!best || ms[i]!.start > best.start); i--) {
      const m = ms[i]!;
      if (m.kind !== 'pronoun' && m.kind !== 'demonym' && fits(m.actorId) && !this.insideQuote(m.start)) {
        best = { start: m.start, actorId: m.actorId };
        break;
      }
    }
    return best?.actorId ?? null;
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

  private createNamed(core: Token[], span: [number, number]): Speaker | null {
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
    // A description with no name in it ("the former chief executive", "the prime minister's office") is kept whole.
    const described = words.every((w) => !/^[A-Z]/.test(w.text));
    if (described) nameStart = 0;
    while (!described && nameStart < words.length - 1 && TITLES.has(words[nameStart]!.norm)) nameStart++;
    // "engineer Tom Hale": lower-case words before a capitalized name are a role, not part of the name.
    while (
      nameStart < words.length - 1 &&
      /^[a-z]/.test(words[nameStart]!.text) &&
      words.slice(nameStart + 1).every((w) => /^[A-Z]/.test(w.text))
    )
      nameStart++;
    // "Maricopa County Recorder Helen Purcell", "Real Time host Bill Maher": a role glued before the name.
    if (!described) nameStart += nameAfterRole(words.slice(nameStart).map((w) => w.text));
    const titled = nameStart > 0;
    const nameWords = words.slice(nameStart);
    const norms = nameWords.map((w) => w.norm);
    const allCaps = nameWords.every(
      (w) => /^[A-Z]/.test(w.text) || w.norm === 'of' || w.text === '.' || w.text === '-',
    );
    const name = this.nlp.text.slice(nameWords[0]!.start, nameWords[nameWords.length - 1]!.end);
    if (!allCaps && nameWords.length > 6) return null;
    let kind: ActorKind = 'person';
    if (norms.some((n) => OUTLET_WORDS.has(n))) kind = 'outlet';
    else if (norms.some((n) => ORG_WORDS.has(n))) kind = 'organization';
    // "the New York businessman", "a doctor", "the Indiana governor": a description of one person.
    else if (!allCaps && PERSON_NOUNS.has(norms[norms.length - 1]!)) kind = 'person';
    else if (!allCaps) kind = norms.some((n) => /s$/.test(n)) ? 'group' : 'organization';
    else if (!titled && nameWords.length > 3) kind = 'organization';
    // "Nauert" after "Heather Nauert": the same person.
    if (kind === 'person' && nameWords.length === 1) {
      for (const a of this.byId.values()) {
        if (a.kind === 'person' && !a.anonymous && a.name.split(/\s+/).pop() === name && a.name !== name)
          return this.use(a.id, mentionSpan(nameWords));
      }
    }
    if (!described && !titled && notAName(nameWords, this.titleCase.has(nameWords[0]!.sentence))) return null;
    // A description is no name: "the data", "the campaign", "Obama's former campaign strategist" are unnamed
    // sources of this article; "the Vermont senator" is a person named before when one fits.
    const lastWord = nameWords[nameWords.length - 1]!;
    if (/^[a-z]/.test(lastWord.text) && (TITLES.has(lastWord.norm) || PERSON_NOUNS.has(lastWord.norm))) {
      // "A nurse said": an indefinite description introduces someone new, never a person named before.
      const indefinite = /^(a|an|another)$/.test(core[0]!.norm);
      const p = indefinite ? null : this.describedPerson(lastWord.norm, span[0]);
      if (p) return this.use(p, span);
      return this.createAnonymous(nameWords, lastWord, null, span, 'person');
    }
    // "the interior ministry", "the presidency" name one body of the state; "the group", "the data" do not.
    if (
      described &&
      (!ORG_WORDS.has(lastWord.norm) || GENERIC_BODIES.has(lastWord.norm)) &&
      !OUTLET_WORDS.has(lastWord.norm)
    )
      return this.createAnonymous(nameWords, lastWord, null, span, kind);
    const id = speakerSlug(name);
    if (!id) return null;
    const known = this.byId.get(id);
    const actor =
      known ??
      this.add({
        id,
        name,
        kind,
        aliases: [],
        anonymous: false,
        affiliation: null,
        mentions: [],
        ...(titled ? { roles: [this.nlp.text.slice(words[0]!.start, words[nameStart - 1]!.end)] } : {}),
      });
    if (!known && kind !== 'person' && !allCaps) this.plural.add(actor.id);
    return this.use(actor.id, kind === 'person' && !described ? mentionSpan(nameWords) : span);
  }
}

const ROLE_NOUNS = new Set([
  'politician',
  'lawmaker',
  'diplomat',
  'envoy',
  'minister',
  'president',
  'leader',
  'head',
  'chief',
  'candidate',
  'senator',
  'official',
  'spokesman',
  'spokeswoman',
  'ambassador',
  'general',
  'commander',
  'secretary',
  'governor',
  'mayor',
  'man',
  'woman',
]);
/** Singular nouns for a person (a description, not a body): kind person when no name is given. */
const PERSON_NOUNS = new Set(
  (
    'businessman businesswoman doctor nurse announcer narrator governor nominee senator judge lawyer attorney ' +
    'investor woman man girl boy architect associate questioner organizer organiser mogul tycoon billionaire ' +
    'president candidate congressman congresswoman lawmaker mayor minister chairman chairwoman professor teacher ' +
    'student farmer driver pilot soldier officer commander general economist analyst expert scientist researcher ' +
    'journalist reporter editor writer author activist voter resident witness survivor mother father son daughter ' +
    'wife husband sister brother friend neighbor neighbour owner founder executive director manager employee worker ' +
    'user veteran priest imam rabbi bishop host anchor commentator strategist pollster adviser advisor aide official'
  ).split(' '),
);
/** Heads after "<State>'s" that stand for the state itself: "Russia's government", "Iran's military". */
const STATE_STANDINS = new Set(
  'government administration authorities leadership regime cabinet military army forces troops navy officials ministry president leader premier embassy delegation side envoy mission'.split(
    ' ',
  ),
);
/** Documents whose named author ("a study by X") is the speaker. */
const AUTHORED = new Set(['study', 'survey', 'poll', 'investigation', 'inquiry', 'review', 'analysis', 'audit']);
const SPEECH_HEADS = new Set([
  'statement',
  'report',
  'release',
  'communique',
  'letter',
  'memo',
  'announcement',
  'tweet',
  'post',
  'document',
  'transcript',
  'notice',
]);

/** Words before a number that only make it approximate: "about half", "at least a dozen", "4 in 10". */
const APPROX = /^(about|around|at|least|over|under|nearly|almost|roughly|some|just|only|in|than|fewer|up|to)$/;
const POLL_WORDS = new Set(['poll', 'polls', 'survey', 'surveys', 'respondents', 'surveyed', 'polled']);

/** Share heads that stand for people the writer does not name ("some", "others", "a third"), not for ones just named ("both", "all"). */
const UNNAMED_SHARES =
  /^(some|others|many|most|few|several|percent|%|half|third|thirds|quarter|quarters|majority|minority|plurality)$/;

/** Words for a share of a group: "percent", "half", "most", "all", numbers. */
const SHARE_WORDS = new Set(
  (
    'percent % percentage half third thirds quarter quarters fourths fifths majority plurality minority number share ' +
    'most all none some many few several both one two three four five six seven eight nine ten dozen dozens hundreds ' +
    'thousands another others rest remainder more less but'
  ).split(' '),
);

/**
 * Whether a source phrase is a share of a group: the index of the group after "of" ("75 percent of Republicans"),
 * words.length for a bare share ("all but two", "most", "a majority"), or -1.
 */
function shareOf(words: Token[]): number {
  let k = 0;
  // "75 percent of Republicans", and "one in four voters", "many in the crowd", "some among his aides".
  const ofGroup = (j: number) =>
    words[j]!.norm === 'of' ||
    (/^(in|among)$/.test(words[j]!.norm) && j > 0 && (SHARE_WORDS.has(words[j - 1]!.norm) || inTen(words, j)));
  while (k < words.length && !ofGroup(k) && words[k]!.text !== ',') k++;
  const head = words[k - 1];
  if (!head || !(SHARE_WORDS.has(head.norm) || (head.pos === 'NUM' && k > 0))) return -1;
  // Only determiners, numbers, adjectives and share words before the head: "a mere 9 percent", "about half".
  for (let j = 0; j < k - 1; j++) {
    const w = words[j]!;
    // "Sixty-six percent": the hyphen of a written number.
    if (!(SHARE_WORDS.has(w.norm) || /^(DET|NUM|ADJ|ADV)$/.test(w.pos) || APPROX.test(w.norm) || w.text === '-'))
      return -1;
  }
  if (k >= words.length || words[k]!.text === ',') return words.length;
  return k + 1 < words.length ? k + 1 : -1;
}

/** "6 in 10 voters": a number, "in", a number, then the group. */
const inTen = (words: Token[], j: number): boolean =>
  words[j - 1]!.pos === 'NUM' && words[j + 1]?.pos === 'NUM' && j + 2 < words.length;

function mentionSpan(words: Token[]): [number, number] {
  return [words[0]!.start, words[words.length - 1]!.end];
}

function m2s(m: Mention): [number, number] | null {
  return m.end > m.start ? [m.start, m.end] : null;
}

/** The two patterns of a role word for `hasRole`, compiled once per word (it runs for every candidate speaker). */
const ROLE_PATTERNS = new Map<string, { word: RegExp; title: RegExp }>();
function rolePatterns(w: string): { word: RegExp; title: RegExp } {
  let p = ROLE_PATTERNS.get(w);
  if (!p) {
    if (ROLE_PATTERNS.size > 2000) ROLE_PATTERNS.clear(); // role words are few; a bound all the same for long runs
    p = {
      word: new RegExp(`\\b${w}\\b`, 'i'),
      title: new RegExp(`\\b[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}\\s+(?:[A-Z][\\w.’'-]*\\s+){0,3}$`),
    };
    ROLE_PATTERNS.set(w, p);
  }
  return p;
}
