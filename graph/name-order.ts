// The order a person's name is written in where it differs between the home press and English wire copy, and the
// lineage honorifics South Asian copy writes before some names only. In: a name's keyed words (graph/names.ts).
// Out: whether they are written family name first, the words without an honorific. Data: graph/data/home-order.json,
// graph/data/titles.json.
import homeOrder from './data/home-order.json' with { type: 'json' };
import titles from './data/titles.json' with { type: 'json' };

interface Language {
  family: ReadonlySet<string>;
  given: ReadonlySet<string>;
}

const LANGUAGES: readonly Language[] = [homeOrder.japanese, homeOrder.hungarian].map((l) => ({
  family: new Set(l.family),
  given: new Set(l.given),
}));

/**
 * Whether a name of two keyed words is written family name first as its home press writes it ("Tamaki Keiko",
 * "Kovács Ágnes"), where English copy writes "Keiko Tamaki", "Ágnes Kovács": its first word is one language's family
 * name and no given name of it nor any other given name a reader knows (`knownGiven`), its second a given name of
 * that language or one a reader knows ("Tamaki Denny") and no family name of it. Names no list tells apart ("Thomas
 * Kurian", "Simon László") are not.
 */
export function homeFamilyFirst(keys: readonly string[], knownGiven: (word: string) => boolean): boolean {
  if (keys.length !== 2) return false;
  const [first, second] = keys as [string, string];
  if (knownGiven(first)) return false;
  return LANGUAGES.some(
    (l) =>
      l.family.has(first) &&
      !l.given.has(first) &&
      (l.given.has(second) || knownGiven(second)) &&
      !l.family.has(second),
  );
}

/**
 * Honorifics of descent South Asian and Gulf copy writes before some names and other copy of the same person leaves
 * out ("Syed Mehdi Shah" / "Mehdi Shah", "Makhdoom Shah Mahmood Qureshi"): graph/data/titles.json lineage.
 */
const LINEAGE = new Set(titles.lineage);

/**
 * A name's keyed words without a lineage honorific opening them, when two words of the name stay after it ("syed
 * mehdi shah" → "mehdi shah"); "Syed Ahmed", whose honorific stands where the name's given name would, as it is.
 */
export function withoutLineage(keys: readonly string[]): readonly string[] {
  return keys.length >= 3 && LINEAGE.has(keys[0]!) ? keys.slice(1) : keys;
}
