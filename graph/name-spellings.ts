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
  /** Whether a word is a known given name's form or the one known given name spelled so. */
  knows(word: string): boolean {
    return this.known.has(word) || !!this.bySpelling.get(givenSpelling(word));
  }

  key(word: string): string {
    if (this.known.has(word)) return word;
    return this.bySpelling.get(givenSpelling(word)) ?? word;
  }
}

/**
 * The háček letters Czech, Slovak, Baltic and Finnish transliterations write Cyrillic "ж", "ш", "ч" with, as English
 * romanizations write them: "ž" as "zh", "š" as "sh", "č" and the Estonian and Finnish "tš" as "ch" ("Koržov" /
 * "Korzhov", "Šestakova" / "Shestakova", "Tšumakov" / "Chumakov"). Without it the ASCII fold reads "Tšumakov" as
 * "Tsumakov", another name ("ц"). Only for names of East Slavic persons (graph/names.ts): "Babiš" is "Babis" in
 * English.
 */
export function englishDigraphs(written: string): string {
  return written
    .replace(/[tT][šŠ]/g, (m) => (m[0] === 'T' ? 'Ch' : 'ch'))
    .replace(/[žŽšŠčČ]/g, (m) => HACEK_DIGRAPHS[m]!);
}

const HACEK_DIGRAPHS: Record<string, string> = { ž: 'zh', Ž: 'Zh', š: 'sh', Š: 'Sh', č: 'ch', Č: 'Ch' };

/** Whether a written name holds a háček letter englishDigraphs reads. */
export const hasHacek = (written: string): boolean => /[žŽšŠčČ]/.test(written);

/**
 * What Estonian, Finnish, Latvian and German-style transliterations of Cyrillic write where English ones write
 * otherwise, read as English: "j" for the "y" of "я", "е", "ю", "ё" at the start of a word or after a vowel
 * ("Jakovlev" / "Yakovlev", "Jevgeni" / "Yevgeni", "Sergejev" / "Sergeyev"), "ss" between vowels for one "с"
 * ("Ossipov" / "Osipov", "Vassili" / "Vasili"). A word of an East Slavic person's name (graph/names.ts) only.
 */
export const slavicLetters = (word: string): string =>
  word.replace(/^j(?=[aeiou])|(?<=[aeiou])j(?=[aeiou])/g, 'y').replace(/(?<=[aeiouy])ss(?=[aeiouy])/g, 's');

/**
 * A word of a Tibetan-script name as romanizations agree on it: "tsh" as "ts" (consonantSpelling), vowels dropped
 * ("Kuenzang", "Kunzang" and "Kinzang" give "knzng"; "Namgyel" and "Namgyal" "nmgyl"), a "y" after a vowel with
 * them ("Dorjay" / "Dorje"), an opening vowel kept as one mark, doubled letters single ("Chhoden" / "Choden").
 */
export function tibetanSkeleton(word: string): string {
  return consonantSpelling(word)
    .replace(/(?<=[aeiou])y/g, '')
    .replace(/[aeiou]+/g, (_v, at: number) => (at === 0 ? 'V' : ''))
    .replace(/(.)\1+/g, '$1');
}

/**
 * Tibetan, Bhutanese, Ladakhi, Sikkimese and Sherpa name words (graph/data/tibetan-names.json), looked up by their
 * spelling and their skeleton (tibetanSkeleton). A name is read so only when one of its words is a listed spelling
 * and each other word is one or reads as exactly one listed name of three consonants or more: "Kuenzang Namgyel" /
 * "Kinzang Namgyal" / "Kunzang Namgyal" are one name, "Nama Karim" is no Tibetan name, and "Namgay" stays apart from
 * "Namgyal" (another skeleton).
 */
export class TibetanSpellings {
  private readonly byForm = new Map<string, string>();
  private readonly bySkeleton = new Map<string, string | null>();

  constructor(groups: readonly (readonly string[])[]) {
    for (const [key, ...forms] of groups)
      for (const form of [key!, ...forms]) {
        this.byForm.set(form, key!);
        const skeleton = tibetanSkeleton(form);
        const prev = this.bySkeleton.get(skeleton);
        this.bySkeleton.set(skeleton, prev === undefined || prev === key ? key! : null);
      }
  }

  /** The words of a name keyed by their groups' keys, when it is a Tibetan-script name as above; null otherwise. */
  name(words: readonly string[]): string[] | null {
    if (words.length < 2 || !words.some((w) => this.byForm.has(w))) return null;
    const keys = words.map((w) => this.byForm.get(w) ?? this.read(w));
    return keys.every((k): k is string => !!k) ? keys : null;
  }

  private read(word: string): string | null {
    const skeleton = tibetanSkeleton(word);
    return skeleton.replace(/V/, '').length >= 3 ? (this.bySkeleton.get(skeleton) ?? null) : null;
  }
}
