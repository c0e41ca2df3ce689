// Names that name no actor where they stand (issue #10: junk actors): a name after "a" or "an" is a kind or a
// thing ("nominated for a Daytime Emmy", "a Google search shows", "during a Telemundo Facebook chat"), and a name
// cut from a longer name of a place or a day ("Bank of America [Stadium]", "Martin Luther [King Day]").
// In: the article text and an actor's mention. Out: whether that mention names no actor.
import { lexicalTag } from '../nlp/tagger.ts';
import { actingHead } from './places.ts';

const INDEFINITE = /(?:^|[^\p{L}])(?:a|an|A|An)\s+$/u;
/** "Students for a Democratic Society": "a" inside a capitalized name. */
const INSIDE_NAME = /\p{Lu}[\p{L}.'’-]*\s+(?:for|of)\s+an?\s+$/u;
/** The lower-case words right after a name (a compound: "a Rutgers University law professor"). */
const WORDS_AFTER = /^\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?(?:\s+([a-z][a-z-]*))?/;

/**
 * Nouns after a name that keep it the actor: its documents and findings ("a GAO report", "a Pentagon readout"), its
 * meetings ("a Group of 20 meeting"), its office ("a Trump presidency") and its people ("a Senate colleague").
 */
const KEPT_AFTER = new Set(
  (
    'report reports readout poll polls survey surveys study studies analysis investigation inquiry probe audit ' +
    'review finding findings ruling mandate resolution memo letter estimate estimates forecast data tally ' +
    'meeting meetings summit session conference presidency tenure term colleague colleagues grad graduate alumnus ' +
    'alum panel detail unit affiliate affiliates tribunal body gathering convention ' +
    // "a Syrian air force jet struck", "a Turkish navy warship": a force's craft is the force acting.
    'jet jets warplane warplanes helicopter helicopters gunship gunships drone drones warship warships ' +
    'gunboat gunboats patrol patrols convoy raid raids airstrike airstrikes'
  ).split(' '),
);
/** Endings of singular nouns for people: "consultant", "donor", "student", "economist", "historian", "employee". */
const PERSON_ENDING = /(?:ant|ent|er|or|ist|ian|ee)$/;

const keeps = (w: string) => {
  const key = w.split('-').pop()!;
  return actingHead(key) || actingHead(`${key}s`) || KEPT_AFTER.has(key) || PERSON_ENDING.test(key);
};

/** A lower-case word that heads a noun phrase after "a Name": a noun, or a verb's base form ("a Google search"). */
const nounLike = (w: string) => {
  const tag = lexicalTag(w);
  return tag === 'NOUN' || (tag === 'VERB' && !/(?:ed|s)$/.test(w));
};

/**
 * "a Google search", "a Telemundo Facebook chat", "a Daytime Emmy this year": after "a" or "an" a name qualifies a
 * thing or names a kind, unless a word after it is someone acting for the name's bearer or its act ("a Google
 * spokesman", "a Rutgers University law professor", "an Islamic State attack", "a GAO report"). A body named bare
 * after "a" ("established a Transition Council in June") is one; a person so named is a kind ("a Mitt Romney").
 */
export function indefiniteName(text: string, start: number, end: number, person: boolean): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (!INDEFINITE.test(before.slice(-4)) || INSIDE_NAME.test(before)) return false;
  const after = text.slice(end, end + 60);
  // "an ISIS-condoned attack", "a NATO-led coalition", "a Caltrans (...) sign": a compound or an aside, left alone.
  if (/^[-–(]/.test(after) || /^\s+\(/.test(after)) return false;
  const words = (WORDS_AFTER.exec(after) ?? []).slice(1).filter((w): w is string => !!w);
  if (words.some(keeps)) return false;
  if (words.length && nounLike(words[0]!)) return true;
  return person && !/^\s+(?:who|which|that)\b/.test(after);
}

/** Last words of the names of grounds and days a name may open: "Bank of America Stadium", "Martin Luther King Day". */
const PLACE_OR_DAY = /^(?:Stadium|Arena|Coliseum|Ballpark|Dome|Speedway|Day|Eve)$/;
const CAP_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;

/**
 * Whether the mention is part of a longer capitalized name of a ground or a day: the words after it ("Bank of America
 * Stadium") or around it ("Martin Luther King Day", where a title word cut "Day" off) end in such a head, and the
 * whole name has three words or more ("Doris Day" is a person).
 */
export function cutFromPlaceName(text: string, start: number, end: number): boolean {
  const after = text
    .slice(end, end + 40)
    .split(/\s+/)
    .slice(1, 4);
  const before = text
    .slice(Math.max(0, start - 40), start)
    .split(/\s+/)
    .slice(0, -1)
    .slice(-3);
  const inner = text.slice(start, end).split(/\s+/);
  let left = 0;
  for (let i = before.length - 1; i >= 0 && CAP_WORD.test(before[i]!); i--) left++;
  // The run to the right: capitalized words (an "of" inside), the last one the head.
  const right: string[] = [];
  for (const w of after) {
    const bare = w.replace(/[.,;:!?'’"”)]+$/, '');
    if (!CAP_WORD.test(bare)) break;
    right.push(bare);
    if (bare !== w) break;
  }
  const last = right.length ? right[right.length - 1]! : inner[inner.length - 1]!.replace(/[.,;:]+$/, '');
  if (!PLACE_OR_DAY.test(last)) return false;
  // Something was cut: words after the mention, or words before a mention that is the head alone ("King [Day]";
  // "Ambassador Fatima Day" is a person's name).
  if (!right.length && (!left || inner.length > 1)) return false;
  return left + inner.length + right.length >= 3;
}
