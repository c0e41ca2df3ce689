// A state's force met by its members' common noun: "gendarmes cleared the roadblock", "two gendarmes were wounded",
// "carabinieri arrested", "French gendarmes". The press writes the force so as often as by its name, and means the
// force of the story's state (or of the demonym before the noun), the body "the gendarmerie" and "National
// Gendarmerie" name; only where that state has such a force (state-forces.json), never another state's.
// In: a View per sentence. Out: descriptions on the Scan (`members|<branch>|<state written before, or empty>`),
// resolved in forces.ts like "the gendarmerie".
import { stateOfKey } from '../gazetteer/index.ts';
import type { Scan } from './scan.ts';
import { isCap, type View } from './view.ts';

/** Plural nouns of a force's members → the branch of state-forces.json they make up. */
const MEMBER_NOUNS = new Map([
  ['gendarmes', 'gendarmerie'],
  // Italy's and Moldova's gendarmeries go by the name of their members.
  ['carabinieri', 'gendarmerie'],
]);

const MEMBERS = 'members|';

/** Whether a description's head is a force's members' noun. */
export const isMembersHead = (head: string): boolean => head.startsWith(MEMBERS);

/** The branch and the state a demonym before the noun names ('' when none) of a members head. */
export function membersHead(head: string): [string, string] {
  const [, branch, state] = head.split('|');
  return [branch!, state!];
}

/**
 * "gendarmes", "Gendarmes", "Senegalese gendarmes" at token k: the force's members, not part of a longer name
 * ("the Mobile Gendarmes Squadron", "Gendarmes Without Borders": a capitalized word before or after it). Pushes the
 * description and returns true when token k is one.
 */
export function forceMembers(sc: Scan, v: View, k: number): boolean {
  const branch = MEMBER_NOUNS.get(v.keys[k]!);
  if (!branch) return false;
  const prev = v.toks[k - 1];
  const demonym = prev && isCap(prev) ? stateOfKey(v.keys[k - 1]!) : undefined;
  if (prev && isCap(prev) && prev.pos !== 'PUNCT' && !demonym && k - 1 > 0) return false;
  const next = v.toks[k + 1];
  if (next && isCap(next) && next.pos !== 'PUNCT') return false;
  const t = v.toks[k]!;
  sc.forceDescriptions.push({
    start: t.start,
    end: t.end,
    surface: t.text,
    head: `${MEMBERS}${branch}|${demonym ?? ''}`,
  });
  return true;
}
