// How an incident was done, read from the words around its trigger: by air ("an air strike", "warplanes"), by a mine
// or a planted or carried bomb ("a landmine exploded", "a roadside bomb", "a suicide bomber"), by artillery
// ("shelling", "mortar rounds"), by a blade ("stabbed", "a machete"). In: the tokens of a trigger's window. Out: the
// manners they tell (graph/incidents/manner.ts compares them).
import type { Manner } from '../../graph/incidents/manner.ts';
import type { Token } from '../types.ts';
import { airWordAt } from './lexicon.ts';

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

const AIR = words('airstrike airstrikes air-strike air-strikes warplane warplanes');
/** "air strike", "air raid", "air attack": the word after "air". */
const AIR_HEADS = words('strike strikes raid raids attack attacks bombardment');
/** Planted or carried bombs: never dropped from the air. */
const MINE = words('landmine landmines ied ieds booby-trap booby-trapped');
/** "a roadside bomb", "a car bomb", "a suicide bomber", "an improvised explosive device": the word before its head. */
const PLANTED = words('roadside car truck suicide improvised');
const PLANTED_HEADS = words('bomb bombs bomber bombers bombing bombings attack explosive explosives device devices');
/** "mine" is a mine only beside these: "a land mine", "anti-tank mine", "the mine exploded", "a mine blast". */
const MINE_BEFORE = words('land tank personnel antitank antipersonnel');
const MINE_AFTER = words('blast blasts explosion explosions exploded detonated went');
const ARTILLERY = words('artillery shelling shelled shell shells mortar mortars howitzer howitzers');
const BLADE = words('knife knives stab stabs stabbed stabbing machete machetes axe hacked');

function mannerOf(tokens: Token[], k: number): Manner | null {
  const [prev, w, next] = [tokens[k - 1]?.norm ?? '', tokens[k]!.norm, tokens[k + 1]?.norm ?? ''];
  if (MINE.has(w) || (PLANTED.has(prev) && PLANTED_HEADS.has(w))) return 'mine';
  if ((w === 'mine' || w === 'mines') && (MINE_BEFORE.has(prev) || MINE_AFTER.has(next))) return 'mine';
  if (AIR.has(w) || (w === 'air' && AIR_HEADS.has(next))) return 'air';
  if (airWordAt(tokens, k)) return 'air';
  if (ARTILLERY.has(w)) return 'artillery';
  if (BLADE.has(w)) return 'blade';
  return null;
}

/** The manners the tokens [from, to) tell, sorted. */
export function mannersIn(tokens: Token[], from: number, to: number): Manner[] {
  const out = new Set<Manner>();
  for (let k = from; k < to; k++) {
    const m = mannerOf(tokens, k);
    if (m) out.add(m);
  }
  return [...out].sort();
}
