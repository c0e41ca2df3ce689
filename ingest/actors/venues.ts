// Bodies named only as the place where something happened (issue #10: junk actors): a court a case was heard or
// filed in ("sued him in U.S. District Court in Pennsylvania"), a hall or center an event was held at ("spoke at
// the Flint Center in Cupertino"). In: the article text and an actor's mentions. Out: whether every mention is one.
import type { Actor } from '../../graph/schema.ts';
import { isChamber } from './contests.ts';
import { APPOSITIVE_HEADS, ROLE_BEFORE_AT } from './lexicon.ts';

/** "in U.S. District Court", "in Superior Court": a court after "in" with no article is where a case is heard. */
const IN_BARE = /\b[Ii]n\s+$/;
/** "at the Flint Center in Cupertino": a hall after "at the", a place after it. */
const AT_THE = /\bat\s+the\s+$/;
/** Words before "at" that make the hall a workplace: "an expert on Russia at the Wilson Center", "a fellow at". */
const WORKERS = new Set([
  ...ROLE_BEFORE_AT,
  ...APPOSITIVE_HEADS,
  ...'expert experts scholar scholars staff'.split(' '),
]);
const IN_PLACE = /^\s+in\s+\p{Lu}/u;
const COURT = /\bCourts?$/;
/** "spoke on the Senate floor", "from the House gallery": the rooms of a legislature's building. */
const ROOM_AFTER = /^\s+(?:floor|chamber|gallery|galleries|cloakroom)\b/;
const HALL = /\b(?:Center|Centre|Arena|Hall|Coliseum|Stadium)$/;

/** Whether the actor is named only as the place of a hearing or of an event. */
export function venueOnly(text: string, a: Actor): boolean {
  if (!a.mentions.length || a.kind === 'person' || a.kind === 'state') return false;
  const name = a.name;
  return a.mentions.every(([s, e]) => {
    const before = text.slice(Math.max(0, s - 40), s);
    const written = text.slice(s, e);
    if (COURT.test(written) && IN_BARE.test(before)) return true;
    if (isChamber(name) && ROOM_AFTER.test(text.slice(e, e + 16))) return true;
    if (!HALL.test(name) || !AT_THE.test(before) || !IN_PLACE.test(text.slice(e, e + 20))) return false;
    // "an expert on Russia at the Woodrow Wilson Center in Washington": a role before "at" makes it a workplace.
    const words = before
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .slice(-6);
    return !words.some((w) => WORKERS.has(w));
  });
}
