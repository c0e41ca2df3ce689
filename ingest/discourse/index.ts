// A discourse model of the article: the entities mentioned so far, their kind, number and salience, so that
// "the group", "the military", "the daily" or "the rebels" resolve to the body the text named before.
// In: NlpDoc + ActorsDoc. Out: a Discourse that answers "who does this description stand for at offset X?".
import type { Actor } from '../../graph/schema.ts';
import { sentenceIndexAt } from '../nlp/index.ts';
import type { ActorsDoc, NlpDoc } from '../types.ts';
import { readAffiliations } from './affiliation.ts';
import { namedAsChannel } from '../actors/channel.ts';
import { nounBefore } from '../actors/lexicon.ts';
import { portfolioFits } from '../actors/descriptions.ts';
import { describedAs, type DescriptionClass, descriptionClass } from './descriptions.ts';

// Patterns made once: a regex literal inside a function is a new object each time it runs, and these run per token.
/** Words of a ministry's name: a state's forces are never called so. */
const MINISTRY_WORDS = new Set(['ministry', 'minister', 'ministries', 'department']);
const PLAIN_POS = /^(DET|ADJ|NUM|PUNCT)$/;

/** A capitalized word past an opening article: a description that names someone ("Philippine soldiers"). */
const named = (text: string) => /\p{Lu}/u.test(text.replace(/^(?:the|an?)\s+/i, ''));

interface Seen {
  actorId: string;
  start: number;
  sentence: number;
  /** The mention opens its clause: nothing but determiners, adjectives or a fronted adverbial before it. */
  subject: boolean;
  /** The actor spoke there (noted by attribution): the most salient kind of mention. */
  speaker?: boolean;
  /** Named as who received or passed on a text ("a text received by X"): ingest/actors/channel.ts. */
  channel?: boolean;
}

/** Name words of a state's own bodies, which "the group" or "the alliance" never stands for. */
const STATE_BODY_WORDS = new Set(
  'ministry department government army military police court parliament office cabinet administration command forces presidency embassy'.split(
    ' ',
  ),
);

/** How far back (in sentences) a description may reach for its antecedent. */
const WINDOW = 6;

export class Discourse {
  private readonly byId = new Map<string, Actor>();
  /** Every actor mention and noted speaker, sorted by start. */
  private readonly seen: Seen[] = [];
  /** Nouns an appositive gave an actor ("Eskom, the state power utility," → utility). */
  private readonly described = new Map<string, Set<string>>();

  /** The article's publisher: "the agency" or "the network" in its own copy is someone else. */
  private readonly publisher: string | null;
  /** The state of the article's dateline: the one the story is about when it names none (ActorsDoc.homeState). */
  private readonly homeState: string | null;

  constructor(
    private readonly nlp: NlpDoc,
    actors: ActorsDoc,
  ) {
    this.publisher = actors.outlet;
    this.homeState = actors.homeState ?? null;
    for (const a of actors.actors) this.byId.set(a.id, a);
    const firstInSentence = new Set<number>();
    for (const m of actors.mentions) {
      // Pronouns and descriptions are what this model resolves, not evidence of salience; a description holding a
      // name is a mention like any ("Philippine soldiers", "the Syrian army": the state's military).
      if (m.kind === 'pronoun' || (m.kind === 'descriptor' && !named(nlp.text.slice(m.start, m.end)))) continue;
      const sentence = this.sentenceAt(m.start);
      const subject = !firstInSentence.has(sentence) && this.opensClause(sentence, m.start);
      firstInSentence.add(sentence);
      this.seen.push({
        actorId: m.actorId,
        start: m.start,
        sentence,
        subject,
        channel: namedAsChannel(nlp.text, m.start),
      });
      for (const noun of [...describedAs(nlp.text, m.end), ...nounBefore(nlp.text, m.start)]) {
        const set = this.described.get(m.actorId) ?? new Set();
        this.described.set(m.actorId, set.add(noun));
      }
    }
  }

  /** Records an actor the attribution stage created, so later descriptions can find it. */
  addActor(a: Actor): void {
    if (!this.byId.has(a.id)) this.byId.set(a.id, a);
  }

  /** Records that an actor spoke at `start`: a speaker is a subject, the most salient kind of mention. */
  noteSpeaker(actorId: string, start: number): void {
    const s: Seen = { actorId, start, sentence: this.sentenceAt(start), subject: true, speaker: true };
    let i = this.seen.length;
    while (i > 0 && this.seen[i - 1]!.start > start) i--;
    this.seen.splice(i, 0, s);
  }

  /**
   * The actor a definite description ("the group", "the rebels", "the daily") stands for at offset `at`, or
   * null when the head is no description of a body or nothing fitting was named within the last sentences.
   * Ranking: an actor whose name or appositive has the head word, then subjects and speakers, then recency.
   * `window`: how many sentences back to look.
   */
  resolveDescription(head: string, at: number, window = WINDOW, modifiers: string[] = []): string | null {
    const cls = descriptionClass(head);
    if (!cls) return null;
    const here = this.sentenceAt(at);
    let best: { id: string; score: number } | null = null;
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const s = this.seen[i]!;
      if (s.start >= at) continue;
      const back = here - s.sentence;
      if (back > window) break;
      const a = this.byId.get(s.actorId);
      if (!a || a.id === this.publisher) continue;
      // "In a text received by Corse-Matin, the group said": who received the words is not who said them; only
      // "the daily" may stand for it.
      if (s.channel && !cls.kinds.includes('outlet')) continue;
      const fit = this.fits(a, head, cls, modifiers);
      // An unnamed source fits only by its own words ("observers from the AU" ... "the mission").
      if (!fit || (a.anonymous && fit !== 'named')) continue;
      const score =
        back * 2 -
        (s.subject ? 3 : 0) -
        (s.speaker ? 2 : 0) -
        (fit === 'named' ? 6 : 0) -
        (fit === 'preferred' ? 2 : 0);
      if (!best || score < best.score) best = { id: a.id, score };
    }
    return best?.id ?? null;
  }

  /** The most salient body (no person) before `at`: what "its" / "their" opening a sentence stands for. */
  resolveBody(at: number): string | null {
    const here = this.sentenceAt(at);
    let best: { id: string; score: number } | null = null;
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const s = this.seen[i]!;
      if (s.start >= at) continue;
      const back = here - s.sentence;
      if (back > 2) break;
      const a = this.byId.get(s.actorId);
      if (!a || a.anonymous || a.kind === 'person') continue;
      const score = back * 2 - (s.subject ? 3 : 0) - (s.speaker ? 2 : 0);
      if (!best || score < best.score) best = { id: a.id, score };
    }
    return best?.id ?? null;
  }

  /**
   * The state an unnamed "the army" or "the military" at `at` belongs to: the most salient state in the last
   * sentences (subjects and recent mentions first), else the first state the article names, else its dateline's.
   */
  resolveState(at: number): string | null {
    const here = this.sentenceAt(at);
    let best: { id: string; score: number } | null = null;
    let first: string | null = null;
    for (const s of this.seen) {
      if (s.start >= at) break;
      if (this.byId.get(s.actorId)?.kind !== 'state') continue;
      first ??= s.actorId;
      const back = here - s.sentence;
      if (back > WINDOW) continue;
      const score = back * 2 - (s.subject ? 3 : 0) - (s.speaker ? 2 : 0);
      if (!best || score <= best.score) best = { id: s.actorId, score };
    }
    return best?.id ?? first ?? this.homeState;
  }

  /** Whether an actor can be called by the description; 'named' when its name or appositive has a fitting word. */
  private fits(
    a: Actor,
    head: string,
    cls: DescriptionClass,
    modifiers: string[],
  ): false | 'named' | 'preferred' | true {
    const said = this.described.get(a.id);
    // Aliases the actors stage took from descriptions ("the group") are no evidence of a name.
    const words = [a.name, ...a.aliases.filter((x) => /\p{Lu}/u.test(x.replace(/^the\s+/i, '')))]
      .join(' ')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u);
    // "the interior ministry" is no defence ministry named before it.
    if (!portfolioFits(words, head, modifiers)) return false;
    // "The ruling party" is no party the article called "the opposition National Congress for Liberty".
    if (modifiers.some((m) => SIDE_OPPOSITES[m]?.some((o) => words.includes(o) || !!said?.has(o)))) return false;
    const has = (w: string) => w === head || cls.words.has(w);
    const named = words.some(has) || (!!said && [...said].some(has));
    // "Observers from the AU ... the mission": an unnamed source is called by its own words, whatever its kind.
    if (!cls.kinds.includes(a.kind)) return named && a.anonymous ? 'named' : false;
    const ofState = this.byId.get(a.affiliation ?? '')?.kind === 'state';
    if (cls.stateForces && !ofState) return false;
    // "the army" is no ministry, whatever "defence" its name shares with "Defence Forces".
    if (cls.stateForces && words.some((w) => MINISTRY_WORDS.has(w))) return false;
    // A state's own body ("France's foreign ministry"), not an NGO the actors stage tied to a state by its name
    // ("the Danish Refugee Council").
    const stateBody = ofState && words.some((w) => STATE_BODY_WORDS.has(w));
    if (named) return 'named';
    // "The electoral office says": an office is a body named as one ("Office of the Electoral Commissioner"), never
    // a party or ministry named before it.
    if (head === 'office') return false;
    if (cls.strict || (cls.nonState && stateBody)) return false;
    return cls.prefer === a.kind ? 'preferred' : true;
  }

  /** Whether only determiners, adjectives, numbers or a fronted adverbial ("In a statement,") precede `pos`. */
  private opensClause(sentence: number, pos: number): boolean {
    const { tokens, sentences } = this.nlp;
    let lastComma = false;
    let plain = true;
    for (let i = sentences[sentence]!.firstToken; i < tokens.length && tokens[i]!.start < pos; i++) {
      const t = tokens[i]!;
      if (t.pos === 'VERB' || t.pos === 'AUX') return false;
      lastComma = t.text === ',';
      if (!PLAIN_POS.test(t.pos)) plain = false;
    }
    return plain || lastComma;
  }

  private sentenceAt(pos: number): number {
    return Math.min(sentenceIndexAt(this.nlp, pos), this.nlp.sentences.length - 1);
  }
}

/** A side of politics a description gives → the words that put a body on the other side. */
const SIDE_OPPOSITES: Record<string, string[]> = {
  ruling: ['opposition'],
  governing: ['opposition'],
  'pro-government': ['opposition'],
  opposition: ['ruling', 'governing'],
};

/** The discourse stage: runs after actors, before attribution; also reads affiliations from the phrase before names. */
export function buildDiscourse(nlp: NlpDoc, actors: ActorsDoc): Discourse {
  const d = new Discourse(nlp, actors);
  readAffiliations(nlp, actors, (at) => d.resolveBody(at));
  return d;
}
