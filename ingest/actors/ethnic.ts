// A demonym used for a people, not a state: "ethnic Uzbek", "the Turkmen community", "Uzbek and Tajik elders", "a
// mainly Turkmen district", "the Kurdish-populated north". Iraq's Turkmen or Afghanistan's Uzbeks are no act of
// Turkmenistan or Uzbekistan: such a word names no state. In: a View and the demonym's token span. Out: a boolean.
import type { View } from './view.ts';

/** Words right before a demonym that make it a people's ("ethnic Uzbek", "a mainly Turkmen district"). */
const BEFORE = new Set(['ethnic', 'mainly', 'predominantly', 'largely', 'mostly', 'majority']);
/** Nouns after a demonym (or a list of them) that make it a people's ("Uzbek and Tajik elders"). */
const AFTER = new Set(
  (
    'minority minorities community communities population populations elders tribes tribe clans clan ' +
    'villagers settlers diaspora populated dominated majority'
  ).split(' '),
);

/** Whether the demonym at tokens [a, b) names a people here, not its state. */
export function ethnicUse(v: View, a: number, b: number): boolean {
  if (BEFORE.has(v.keys[a - 1] ?? '')) return true;
  let k = b;
  // "Uzbek and Tajik elders", "Uzbek, Tajik and Hazara leaders": the noun after the list.
  while ((v.keys[k] === 'and' || v.keys[k] === ',') && /^\p{Lu}/u.test(v.toks[k + 1]?.text ?? '')) k += 2;
  return AFTER.has(v.keys[k] ?? '');
}
