// The town a local body is named for, read from the capitalized words before or after its description ("the Bergamo
// prosecutor's office", "the Fisterra fishermen's guild", "the port authority of Gioia Tauro"): one reader for every
// body that place-bodies.ts and local-associations.ts name by their town. In: the capitalized run as written. Out:
// the town once a sentence's or phrase's opening words are cut, or null when the run names a state, a people or a
// known body ("the Spanish port authority", "the Austrian prosecutor's office" are a state's own).
import { keysOf } from '../gazetteer/keys.ts';
import { matchAt, stateOfKey } from '../gazetteer/index.ts';

/** A town's name: one to three capitalized words ("Fisterra", "Gioia Tauro", "A Coruña"). */
export const TOWN = String.raw`\p{Lu}[\p{L}'’-]*(?: (?:de |di |del |da )?\p{Lu}[\p{L}'’-]*){0,2}`;

/** Words that open a sentence or a phrase, or qualify an office, and are never a word of a town's name. */
const OPENERS = new Set(
  'the a an this that its their his her our local public state federal chief deputy senior'.split(' '),
);

/** The town `run` names with `cut` characters of opening words dropped from its front, or null (see above). */
export function townOf(run: string): { town: string; cut: number } | null {
  const words = run.split(' ');
  let cut = 0;
  while (words.length && OPENERS.has(words[0]!.split('-')[0]!.toLowerCase())) cut += words.shift()!.length + 1;
  if (!words.length) return null;
  const town = words.join(' ');
  if (stateOfKey(town.toLowerCase())) return null;
  const keys = keysOf(town);
  const known = keys.length ? matchAt(keys, 0) : null;
  if (known && known.end === keys.length && known.hits.some((h) => h.role !== 'place')) return null;
  return { town, cut };
}
