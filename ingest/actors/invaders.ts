// A state's people or "the invaders" doing what only an army does: "Russians shell market in Kherson", "the Russians
// also fired on the community", "the invaders struck the city with guided bombs", "the occupiers dropped two bombs".
// The press of a country at war writes the enemy's forces so; the act makes them the state's military
// (`<state>-military`, as "Russian troops" is), never the state itself, which acts by its government ("Moscow
// denies", "the Kremlin has not commented"). Only before an act of war: "occupiers blame Ukraine", "a provocation by
// the occupiers", "the Russians had chosen the hour" keep their reading (the state, or none).
// In: the Scan after the forces are read (forces.ts). Out: those mentions moved to, or made on, the state's military.
import { stateEntry } from '../gazetteer/index.ts';
import { type Scan, stateBody } from './scan.ts';

/** Acts of war a force does, as the verb right after its subject (any tense the press writes them in). */
const WAR_VERB =
  '(?:shell(?:s|ed)?|str(?:ike|ikes|uck)|attack(?:s|ed)?|fire[sd]?|bomb(?:s|ed)?|drop(?:s|ped)?|launch(?:es|ed)?|hit|hits|target(?:s|ed)|shot|shoot|shoots|storm(?:s|ed)?|advance[sd]?|captur(?:e|es|ed)|seiz(?:e|es|ed)|used|opened fire|carried out)';
/** Words that may stand between the subject and the verb: "the Russians also fired", "the invaders have again shelled". */
const BETWEEN = '(?:\\s+(?:also|again|once again|reportedly|deliberately|had|have|has|overnight))*';
const WAR_AFTER = new RegExp(`^${BETWEEN}\\s+${WAR_VERB}\\b`, 'u');

/** "the invaders", "occupiers", "The Russian invaders", "the occupation forces". Group 1: a demonym before. */
const ENEMY =
  /(?<![\p{L}\p{N}-])(?:[Tt]he\s+)?(?:(\p{Lu}\p{L}+)\s+)?(?:[Ii]nvaders|[Oo]ccupiers|[Oo]ccupation forces)(?![\p{L}\p{N}])/gu;

/** Whether an act of war follows the subject ending at `end`. */
const warAfter = (text: string, end: number) => WAR_AFTER.test(text.slice(end, end + 60));

/** The state a demonym names ("Russian" → russia), or null. */
function demonymState(sc: Scan, word: string): string | null {
  for (const d of sc.reg.all()) {
    if (d.kind !== 'state') continue;
    if (stateEntry(d.id)?.demonyms.includes(word)) return d.id;
  }
  return null;
}

/**
 * The state whose forces "the invaders" are: the one state whose military the article names, else the one whose
 * military it names striking ("Russian troops shelled ... Ukrainian air defence shot down ... the invaders used").
 */
function enemyState(sc: Scan): string | null {
  const forces = sc.reg.all().filter((d) => d.id.endsWith('-military') && d.mentions.length && d.affiliation);
  const owners = new Set(forces.map((d) => d.affiliation!));
  if (owners.size === 1) return [...owners][0]!;
  const striking = new Set(
    forces.filter((d) => d.mentions.some((m) => warAfter(sc.text, m.end))).map((d) => d.affiliation!),
  );
  return striking.size === 1 ? [...striking][0]! : null;
}

/** Moves a state's plural subjects of acts of war to its military, and reads "the invaders" striking as it. */
export function settleInvaders(sc: Scan): void {
  for (const d of sc.reg.all()) {
    if (d.kind !== 'state') continue;
    const e = stateEntry(d.id);
    if (!e) continue;
    const plurals = new Set(e.plurals ?? e.demonyms.map((x) => `${x}s`));
    for (const m of [...d.mentions]) {
      const surface = sc.text.slice(m.start, m.end).replace(/^[Tt]he\s+/u, '');
      if (!plurals.has(surface) || !warAfter(sc.text, m.end)) continue;
      sc.reg.unmention(d.id, m.start, m.end);
      const force = stateBody(sc, d.id, 'military', 'military');
      sc.reg.mention(force.id, m.start, m.end, 'demonym', sc.text.slice(m.start, m.end));
    }
  }
  if (!/[Ii]nvaders|[Oo]ccupiers|[Oo]ccupation forces/u.test(sc.text)) return;
  for (const m of sc.text.matchAll(ENEMY)) {
    const end = m.index + m[0].length;
    if (!warAfter(sc.text, end)) continue;
    const state = m[1] ? demonymState(sc, m[1]) : enemyState(sc);
    // "The Taliban invaders": a capitalized word that is no state's demonym leaves the words unread.
    if (!state) continue;
    const over = sc.reg
      .all()
      .flatMap((d) => d.mentions.filter((x) => x.start < end && m.index < x.end).map((x) => [d, x] as const));
    // Another actor's words ("the invaders' commander" read as a person): left as they are; a state's yields.
    if (over.some(([d]) => d.kind !== 'state')) continue;
    for (const [d, x] of over) sc.reg.unmention(d.id, x.start, x.end);
    const force = stateBody(sc, state, 'military', 'military');
    sc.reg.mention(force.id, m.index, end, 'descriptor', m[0]);
  }
}
