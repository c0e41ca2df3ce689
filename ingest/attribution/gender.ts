// Conventional gender of a person actor, for resolving "he"/"she": honorifics, gendered role words, given names.
// In: names, roles and the words before a mention. Out: 'm', 'f' or null (unknown, compatible with both).
import names from '../gazetteer/data/given-names.json' with { type: 'json' };

export type Gender = 'm' | 'f' | null;

const GIVEN = new Map<string, Gender>();
for (const n of names.male) GIVEN.set(n, 'm');
for (const n of names.female) GIVEN.set(n, 'f');

/** Honorifics and gendered titles or role words. */
const WORDS = new Map<string, Gender>();
for (const w of 'mr mr. sir lord king prince sheikh emir sultan father brother spokesman congressman businessman chairman councilman assemblyman man husband son grandfather'.split(
  ' ',
))
  WORDS.set(w, 'm');
for (const w of 'mrs mrs. ms ms. miss madam dame lady queen princess sister spokeswoman congresswoman businesswoman chairwoman councilwoman assemblywoman woman wife daughter grandmother mother'.split(
  ' ',
))
  WORDS.set(w, 'f');

/** The gender a word tells (honorific, role word or common given name), or null. */
export function genderOfWord(word: string): Gender {
  const w = word.toLowerCase();
  return WORDS.get(w) ?? GIVEN.get(w) ?? null;
}

/** The gender of a name with optional titles: the first of its first words that tells one ("Sen. Elizabeth Warren"). */
export function genderOfName(name: string): Gender {
  const words = name.split(/[\s-]+/);
  // The last word of a full name is a surname ("Hawa Adam", "Maria Francis"): it tells no gender.
  const last = words.length > 1 ? words.length - 1 : words.length;
  for (let i = 0; i < last && i < 3; i++) {
    const g = genderOfWord(words[i]!);
    if (g) return g;
  }
  return null;
}

/** Honorific right before a mention: "Mrs. " in "Mrs. Clinton said". */
export function honorificBefore(text: string, start: number): Gender {
  const m = /\b(Mr|Mrs|Ms|Miss|Sir|Lady|Dame)\.?\s+$/.exec(text.slice(Math.max(0, start - 6), start));
  return m ? genderOfWord(m[1]!.toLowerCase()) : null;
}
