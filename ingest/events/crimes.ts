// Violence told in the words of crime reporting and of policing a crowd: "Saturday night's shooting on X Road", "the
// murder of X last Sunday", "security guards shot dead two miners", "police dispersed a protest by vendors". In: the
// view's tokens and a candidate trigger. Out: whether the trigger tells one happening (mentions.ts builds the mention).
// The words are general English; each is kept only where it names one event, so "made a killing", "the shooting of
// the film", "19,000 murders a year", "charged with murder" and "the crowd dispersed" are none.
import { CRIME_NOUNS } from './lexicon.ts';
import type { View } from './view.ts';

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Words before a crime noun that make it one happening: "the shooting", "a killing", "his murder", "Sunday's". */
const DEFINITE = words('the a an this that his her their its');
const POSSESSIVE = /^(?:'s|’s|'|’)$/;
/** Verbs before "a killing" that make it money: "made a killing on the markets". */
const GAIN_VERBS = words('make makes made making');
/** Words of film and sport, in whose sentences a "shooting" is a take or a shot at goal. */
const SHOOT_FIGURES = words(`film films movie movies video videos photo photos photograph photographs scene scenes
  footage documentary series episode episodes camera cameras studio advert commercial basketball netball football
  goal goals percentage`);
/** Tokens read back over a crime noun's modifiers for its determiner ("the weekend's tavern shooting"). */
const MODIFIER_SPAN = 5;

/**
 * Whether the crime noun at n names one happening: a determiner or a possessor before it, over its modifiers
 * ("Saturday night's shooting", "the weekend's tavern shooting", "the murder of X"), no number ("19,000 murders"),
 * no verb of gain before ("made a killing"), and for "shooting" no film or sport in its sentence.
 */
export function crimeNounAt(view: View, n: number): boolean {
  const { tokens } = view;
  if (!CRIME_NOUNS.has(tokens[n]!.norm)) return false;
  const s = tokens[n]!.sentence;
  let told = false;
  for (let k = n - 1; k >= Math.max(0, n - MODIFIER_SPAN) && tokens[k]!.sentence === s; k--) {
    const tok = tokens[k]!;
    if (tok.pos === 'NUM') return false;
    if (DEFINITE.has(tok.norm) || POSSESSIVE.test(tok.norm)) {
      told = !GAIN_VERBS.has(tokens[k - 1]?.norm ?? '');
      break;
    }
    if (!/^(?:NOUN|PROPN|ADJ)$/.test(tok.pos)) break;
  }
  if (!told) return false;
  if (!/^shootings?$/.test(tokens[n]!.norm)) return true;
  return !tokens.some((t) => t.sentence === s && SHOOT_FIGURES.has(t.norm));
}

/** Verbs of breaking up a crowd by force: "police dispersed a protest", "broke up a rally". */
export const DISPERSE_VERBS = words('disperse disperses dispersed dispersing dispersal');
/** What is dispersed when a dispersal is a crackdown: a protest or its people. */
const PROTEST_WORDS = words(`protest protests protesting protester protesters protestor protestors demonstration
  demonstrations demonstrating demonstrators rally rallies march marches marchers crowd crowds gathering gatherings
  sit-in vigil strikers mob mobs`);
/** Tokens after a dispersal verb its protest is looked for over ("dispersed hundreds of vendors protesting"). */
const PROTEST_SPAN = 8;

/**
 * Whether the verb at v disperses a protest: a protest word after it in its clause ("dispersed a demonstration by
 * vendors", "disperse hundreds of traders protesting"), or, in the passive, before it ("protesters were dispersed").
 * "The crowd dispersed by late afternoon" (no object) and "dispersed the funds" are none.
 */
export function dispersalAt(view: View, v: number): boolean {
  const { tokens } = view;
  const s = tokens[v]!.sentence;
  // "the violent dispersal of a traders' protest": the noun, with what was dispersed after "of".
  const noun = tokens[v]!.norm === 'dispersal';
  if (noun ? tokens[v + 1]?.norm !== 'of' : tokens[v]!.pos !== 'VERB') return false;
  for (let k = v + 1; k <= v + PROTEST_SPAN && tokens[k]?.sentence === s; k++) {
    const w = tokens[k]!.norm;
    if (w === ',' || w === ';' || (k === v + 1 && /^(?:by|at|in|on|after|before|peacefully|quickly)$/.test(w)))
      return false;
    if (PROTEST_WORDS.has(w)) return true;
  }
  // "protesters were dispersed with tear gas": the passive's subject.
  const be = tokens[v - 1];
  if (!be || !/^(?:was|were|been|being|be|is|are)$/.test(be.norm)) return false;
  for (let k = v - 2; k >= Math.max(0, v - 6) && tokens[k]!.sentence === s; k--)
    if (PROTEST_WORDS.has(tokens[k]!.norm)) return true;
  return false;
}

/** Nouns of one act answering another: "a reprisal for", "in retaliation for", "revenge for". */
const ANSWERS = words('reprisal reprisals retaliation revenge response vengeance');
const AVENGE = /^aveng(?:e|es|ed|ing)$/;
const QUOTES = /^["“”'‘’]$/;
/** An answer's noun before the "for" at k, over a closing quote ("were \"retaliation\" for"). */
const answerBefore = (tokens: View['tokens'], k: number) =>
  ANSWERS.has(tokens[QUOTES.test(tokens[k - 1]?.text ?? '') ? k - 2 : k - 1]?.norm ?? '');
/** Tokens read back from a trigger for what it is answered by ("a reprisal for the recent killing"). */
const ANSWER_SPAN = 5;

/**
 * Whether the trigger at `start` is told as what another act answers: "the shooting was a reprisal for the killing of
 * X", "in retaliation for Sunday's murder", "to avenge the killing of". Only its determiner and modifiers lie between.
 */
export function answeredAt(tokens: View['tokens'], first: number, start: number): boolean {
  for (let k = start - 1; k > first && k >= start - ANSWER_SPAN; k--) {
    const w = tokens[k]!.norm;
    if (AVENGE.test(w)) return true;
    if (w === 'for') return answerBefore(tokens, k);
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(tokens[k]!.pos) && !POSSESSIVE.test(w)) return false;
  }
  return false;
}

/** Whether an answer ("a reprisal for", "to avenge") lies in [from, to): what follows it is the act answered. */
export function answerBetween(tokens: View['tokens'], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.norm;
    if (AVENGE.test(w) || (w === 'for' && answerBefore(tokens, k))) return true;
  }
  return false;
}

/** One person, as a crime's victim is told: "the murder of a young man", "the killing of a police officer". */
const PERSON_NOUNS =
  words(`man woman boy girl teenager youth student officer policeman policewoman soldier farmer trader
  vendor journalist activist child person pastor priest teacher driver guard worker miner resident villager`);
/** Tokens after "of" a single victim is looked for over ("of a 26-year-old man"). */
const VICTIM_SPAN = 5;

/**
 * Whether the singular "murder" or "killing" at n is told of one person after "of": "the murder of Dwayne Gentle",
 * "the killing of a young man". Such a crime killed one (its sentence's toll may be another act's).
 */
export function singleVictim(view: View, n: number): boolean {
  const { tokens } = view;
  if (!/^(?:murder|killing)$/.test(tokens[n]!.norm) || tokens[n + 1]?.norm !== 'of') return false;
  for (let k = n + 2; k < n + 2 + VICTIM_SPAN && tokens[k]?.sentence === tokens[n]!.sentence; k++) {
    // "the murder of trader Ade Bello": a person named, after a role word or none.
    const m = view.mentionAt[k] ?? -1;
    if (m >= 0) return view.actors.get(view.mentions[m]!.actorId)?.kind === 'person';
    // "the killing of a young man": one person, unnamed ("the killing of traders" is several).
    if (PERSON_NOUNS.has(tokens[k]!.norm) && /^(?:a|an)$/.test(tokens[n + 2]!.norm)) return true;
    if (!/^(?:ADJ|NUM|NOUN|DET)$/.test(tokens[k]!.pos) && tokens[k]!.text !== '-') return false;
  }
  return false;
}

/**
 * "police fired tear gas to disperse the vendors": a dispersal told as the purpose of an act of force, after its
 * object. "were ordered to disperse the crowd" and "refused to disperse" (a verb before "to") are none.
 */
export const purposeOfForce = (tokens: View['tokens'], v: number) =>
  tokens[v - 1]?.norm === 'to' && /^(?:NOUN|PROPN)$/.test(tokens[v - 2]?.pos ?? '');
