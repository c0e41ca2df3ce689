// Letters romanizations of one name disagree on, read alike: the cross-article reading of a person's name words
// (graph/names.ts). In: lower-case ASCII name words. Out: the word with those letters folded, or a known name's key.

/**
 * Consonant clusters transliterations write two ways for one sound, read as one: "tz" and "ts" (Cyrillic and Greek
 * "ц" / "τσ": "Tzatzarov" / "Tsatsarov", "Tzvetkov" / "Tsvetkov"), "tsh" and "ts" (Tibetan and Dzongkha, Bantu:
 * "Tshering" / "Tsering"). No two names of people are told apart by these alone.
 */
export const consonantSpelling = (word: string): string => word.replace(/tz/g, 'ts').replace(/tsh/g, 'ts');

/**
 * A given name's spelling with what romanizations and languages write differently for one name left out: "th" as
 * "t" ("Thomas" / "Tomas"), the long vowels "oo" and "ou" as "u" ("Moosa" / "Musa", "Yoosuf" / "Yusuf"), "ee" as
 * "i" ("Jameel" / "Jamil"), and the consonant clusters of consonantSpelling. A reading to look names up by, never a
 * key itself: "Louis" and "Luis" read alike here, and both are names of their own.
 */
export const givenSpelling = (word: string): string =>
  consonantSpelling(word).replace(/th/g, 't').replace(/o[ou]/g, 'u').replace(/ee/g, 'i');

/**
 * Looks a given name up among known ones by its spelling (givenSpelling). Built from the known names' written
 * forms, each with its key (a form of "musa" is "moussa"): a spelling two known keys share is no one's, so an
 * unknown name read so stays itself rather than join either (a miss, never a wrong merge).
 */
export class GivenSpellings {
  private readonly known = new Set<string>();
  private readonly bySpelling = new Map<string, string | null>();

  constructor(forms: Iterable<readonly [form: string, key: string]>) {
    for (const [form, key] of forms) {
      this.known.add(form);
      const spelling = givenSpelling(form);
      const prev = this.bySpelling.get(spelling);
      this.bySpelling.set(spelling, prev === undefined || prev === key ? key : null);
    }
  }

  /**
   * The key of the one known given name a word is another spelling of ("tomas" → "thomas", "moosa" → "musa"); the
   * word itself when it is a known name's form, when no known name or more than one is spelled so.
   */
  key(word: string): string {
    if (this.known.has(word)) return word;
    return this.bySpelling.get(givenSpelling(word)) ?? word;
  }
}
