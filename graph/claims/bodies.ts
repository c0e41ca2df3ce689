// Whom an unnamed speaker speaks for, as far as its words tell: "police said" / "a police source" in one article and
// the police's named spokesman in another, "the ministry said" and a named official of that ministry, "a health
// ministry official" and the Ministry of Health. The speaker of an article-scoped node has no cross-article identity;
// its id's words (the description it was made from) and its affiliation are all there is. Pure. In: two origins'
// speaker and affiliation ids. Out: how close the unnamed one is to the named one, or null when nothing tells.
import { isArticleScoped, unscopedId } from '../identity.ts';
import generic from '../data/generic-words.json' with { type: 'json' };
import states from '../data/states.json' with { type: 'json' };
import { stemOf } from './stem.ts';

/** Words naming a kind of body ("police", "ministry", "commission", "prosecutors"): graph/data/generic-words.json. */
const BODY_WORDS = new Set(generic.words);
/** Words of states' ids and demonyms ("kenya", "kenyan"): a description naming another state is another body. */
const STATE_WORDS = new Set(
  states.flatMap((s) => [...s.id.split('-'), ...s.demonyms.map((d) => d.toLowerCase())]).filter((w) => w.length > 2),
);
const STATE_IDS = new Set(states.map((s) => s.id));
/** Words for the person speaking, not the body: "a police source", "a ministry official", "the anonymous author". */
const PERSON_WORDS = new Set([
  'anon',
  'the',
  'source',
  'sources',
  'official',
  'officials',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'officer',
  'officers',
  'representative',
  'representatives',
  'member',
  'members',
  'person',
  'people',
  'author',
]);
/** Words that rank or place one unit of a body without naming another body: "a senior police source", "local police". */
const QUALIFIERS = new Set(['local', 'senior', 'top', 'regional', 'provincial', 'national', 'central']);

export type BodyRelation = 'spokesman' | 'same side';

const named = (id: string | null): id is string => !!id && !isArticleScoped(id);
const wordsOf = (id: string) => unscopedId(id).split('-').filter(Boolean);

/**
 * How the unnamed speaker `x` relates to the named speaker `y`. 'same side' when both speak for one named body that is
 * no state (x's affiliation is y's: "an unnamed party official" and the party's named chairman); 'spokesman' when x's description
 * names only kinds of body (a state at most besides) and every word of it is in y's id or y's affiliation's ("police"
 * and `india-police`, "the ministry" and an official of `kosovo-interior-ministry`, "a health ministry official" and
 * `kenya-health-ministry`): the body's own statement, told once in its name and once by its voice. A description
 * with any other word ("residents", "a rebel commander", a surname) or naming another portfolio or state tells nothing.
 */
export function unnamedBody(
  x: { speaker: string; affiliation: string | null },
  y: { speaker: string; affiliation: string | null },
): BodyRelation | null {
  if (named(x.speaker) || !named(y.speaker)) return null;
  // One named body, not one state: "a state news agency" and the health ministry both speak for Lebanon, not as one.
  const body = named(x.affiliation) && !STATE_IDS.has(x.affiliation) ? x.affiliation : null;
  if (body && body === y.affiliation) return 'same side';
  const described = wordsOf(x.speaker).filter((w) => !PERSON_WORDS.has(w) && !QUALIFIERS.has(w));
  if (!described.some((w) => BODY_WORDS.has(w))) return null;
  if (!described.every((w) => BODY_WORDS.has(w) || STATE_WORDS.has(w))) return null;
  const own = new Set([y.speaker, y.affiliation].filter(named).flatMap(wordsOf).map(stemOf));
  return described.every((w) => own.has(stemOf(w))) ? 'spokesman' : null;
}
