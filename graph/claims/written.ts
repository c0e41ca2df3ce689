// An actor one telling names and the other only writes in words: "The Gendarmerie has arrested two men" resolved to
// `@france-gendarmerie` in one article, "two suspects had been arrested by the gendarmerie" left as the word in
// another; "Chinese police opened fire" (`@china-police`) / "police had shot into a crowd". Pure. In: two term lists.
// Out: the second list with such words replaced by the actor term the first names, so the two overlap on the actor.
import { isArticleScoped } from '../identity.ts';
import states from '../data/states.json' with { type: 'json' };
import { wordTerm } from './terms.ts';

const STATE_WORDS = new Set(states.flatMap((s) => s.id.split('-')));
/** A state's armed forces: who fired at whom turns on them (decide.ts ownForces), never read from a word. */
const MILITARY = /-military$/;

const stemMemo = new Map<string, string[]>();
/**
 * The word terms an actor id's own words give, its state's words left out ("france-gendarmerie" → `genda`; a state
 * alone gives none). Only plain word stems: a concept class ("troops" → `~forces`) tells a kind, not this actor.
 */
function ownStems(actor: string): string[] {
  let out = stemMemo.get(actor);
  if (!out) {
    const words = actor
      .slice(1)
      .split('-')
      .filter((w) => !STATE_WORDS.has(w));
    const terms = words.map((w) => wordTerm(w));
    out = terms.every((t) => !t || /^[a-z]/.test(t)) ? terms.filter((t): t is string => !!t) : [];
    stemMemo.set(actor, out);
  }
  return out;
}

/**
 * `b` with every actor only `a` names written out in `b` as all its own words (ownStems) put back as that actor: the
 * words are removed and the actor term added. Not a state, a state's forces or an article-scoped actor, and not where
 * `b` names an actor of the same words itself (another state's police).
 */
export function writtenAs(a: string[], b: string[]): string[] {
  let out = b;
  for (const t of a) {
    if (!t.startsWith('@') || b.includes(t) || isArticleScoped(t.slice(1)) || MILITARY.test(t)) continue;
    const stems = ownStems(t);
    if (!stems.length || !stems.every((s) => out.includes(s))) continue;
    if (b.some((x) => x.startsWith('@') && x !== t && ownStems(x).some((s) => stems.includes(s)))) continue;
    out = [...out.filter((x) => !stems.includes(x)), t];
  }
  return out;
}
