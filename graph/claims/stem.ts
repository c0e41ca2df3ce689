// The stem a claim term keeps of a content word: one inflection off and at most five letters, so that the tense and
// number one outlet wrote meet another's ("farming"/"farms", "pushed"/"push", "taking"/"taken"/"took", "votes"/
// "voted"/"voting"). Irregular past forms come from graph/data/irregular-verbs.json. Pure. In: a lower-case ASCII
// word that is no stopword, concept word or figure. Out: its stem.
import irregular from '../data/irregular-verbs.json' with { type: 'json' };

const BASE = new Map<string, string>();
for (const [base, forms] of Object.entries(irregular))
  if (!base.startsWith('_')) for (const f of [base, ...forms.split(/\s+/)]) if (f) BASE.set(f, base);

/** At most this many letters: "officials"/"official", "Syrian"/"Syria" meet (as graph/trace/related.ts stems). */
const LENGTH = 5;

/**
 * One suffix off ("-ing", "-ed", "-es", a plural "-s" but not of "-ss"/"-us"/"-is"), keeping at least three letters;
 * a doubled final consonant undone ("referred" → "refer", keeping ll/ss/zz, as Porter's step 1b); a final "e" off
 * ("take"/"taking", "vote"/"voted" meet); then at most five letters.
 */
export function stemOf(word: string): string {
  const w = BASE.get(word) ?? word;
  const cut = w.replace(/(?<=[a-z]{3})(?:ing|ed|es|(?<![sui])s)$/, '');
  const single = cut !== w && /([^aeiouylsz])\1$/.test(cut) ? cut.slice(0, -1) : cut;
  return single.replace(/(?<=[a-z]{3})e$/, '').slice(0, LENGTH);
}
