// A role glued before a person's name in one capitalized run: "Senators Mitch McConnell", "Majority Whip John
// Cornyn", "Billionaire Mark Cuban", "County Recorder Helen Purcell", "Co-anchor Norah O'Donnell". The name is
// what follows the last role word; the words before it are the person's role.
// In: the written words of a run. Out: the index where the person's name starts (0 when the run is all name).
import givenNames from '../gazetteer/data/given-names.json' with { type: 'json' };
import { COMPOUND_OPENERS, FATHERS_TITLES, PATRONYMIC_PARTICLES } from '../../graph/names.ts';
import { titleEntry } from '../gazetteer/index.ts';
import { lexicalTag } from '../nlp/tagger.ts';
import { spellsTitle } from './post-acronyms.ts';
import {
  BODY_NOUNS,
  GROUP_DESCRIPTORS,
  NAME_HONORIFICS,
  ORG_DESCRIPTORS,
  OUTLET_DESCRIPTORS,
  PORTFOLIO_WORDS,
  POST_HEADS,
  ROLE_NOUNS,
  UNIT_NAMES,
} from './lexicon.ts';

const GIVEN = new Set([...givenNames.male, ...givenNames.female]);

const key = (w: string) => w.toLowerCase().replace(/[.’']+$/, '');

/** Whether a word is a given name the gazetteer knows ("Gerald", "Hillary"), in any case. */
export const isGivenName = (w: string): boolean => GIVEN.has(key(w));
/** A word that may open a person's name: a known given name, or a capitalized word no common word of English. */
const nameOpener = (w: string) => /^\p{Lu}/u.test(w) && (GIVEN.has(key(w)) || lexicalTag(key(w)) === null);
/** A word of a name after its first: a capitalized word or an initial ("J.", "O'Donnell", "Jr."). */
const nameWord = (w: string) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w);

/**
 * A role word: a title ("Senator", "Senators", "Sen."), or a common noun of the lexicon that is no given name
 * ("Advocate", "host", "anchor", "Whip"). "Martin Luther King": "Martin" is a given name before another name.
 */
function roleWord(w: string): boolean {
  const k = key(w);
  // "W." in "W. Neil Eggleston": an initial is part of the name; "Jean Robert Pierre": "Jean" opens a given name.
  if (GIVEN.has(k) || COMPOUND_OPENERS.has(k) || PARTICLES.has(k) || bodyNoun(k) || /^\p{Lu}\.?$/u.test(w))
    return false;
  return titleWord(k) || lexicalTag(k) === 'NOUN' || lowerCompound(w) || POST_HEADS.has(k) || spellsTitle(w);
}

/** "Rival Hillary Clinton", "Embattled Joe Biden": a common adjective glued before a known given name. */
const adjectiveBefore = (w: string, next: string) =>
  lexicalTag(key(w)) === 'ADJ' && !GIVEN.has(key(w)) && GIVEN.has(key(next));

/** "W." in "Counsel W. Neil Eggleston": an initial opening the name, a name word after it. */
const initialThenName = (words: readonly string[], k: number) =>
  /^\p{Lu}\.$/u.test(words[k]!) && k + 1 < words.length && nameWord(words[k + 1]!);

/** Particles inside names: "Dan el Padilla Peralta", "Ursula von der Leyen", "Ahmed bin Ali". */
const PARTICLES = new Set(
  'el al de da das do dos du del della la le van von der den ter ten bin ibn ben abu wa'.split(' '),
);

/** "the television channel BFM TV", "activist group Mosul Eye": a body's kind before its name names no person. */
const bodyNoun = (k: string) =>
  BODY_NOUNS.has(k) || GROUP_DESCRIPTORS.has(k) || ORG_DESCRIPTORS.has(k) || OUTLET_DESCRIPTORS.has(k);

/** "Co-anchor", "Ex-governor": a hyphenated role whose last part is a lower-case noun is no part of a name. */
const lowerCompound = (w: string) => /-\p{Ll}+$/u.test(w) && lexicalTag(w.slice(w.lastIndexOf('-') + 1)) === 'NOUN';

/** A post's last word that names its holder ("Officer", "Prefect", "Collector"): the words before it are the post's. */
export const postHead = (w: string): boolean => POST_HEADS.has(key(w));

/** A title or its plural: "Senator", "Senators", "Governors". */
const titleWord = (k: string) => !!titleEntry(k) || (k.endsWith('s') && !!titleEntry(k.slice(0, -1)));

/** Chambers a member's title names ("Member Sindh Assembly", "Member National Assembly"). */
const CHAMBERS = new Set(['assembly', 'parliament', 'senate']);

/**
 * "Member Sindh Assembly Mir Ahsan Khoso", "Member National Assembly Ali Khan": South Asian copy's member's title,
 * "Member" and a chamber's name, glued before the name; where the name starts (two words at least), else 0.
 */
export function memberOfChamber(words: readonly string[]): number {
  if (key(words[0] ?? '') !== 'member') return 0;
  const chamber = words.findIndex((w, k) => k > 0 && k <= 3 && CHAMBERS.has(key(w)));
  const from = chamber + 1;
  return chamber > 0 && words.length - from >= 2 && words.slice(from).every(nameWord) ? from : 0;
}

/**
 * "... of the National Police in Sumy Region Serhii Hromov", "member of Parliament Bwalya Kapata": a post's last
 * word, an administrative unit's capitalized name or a chamber, right before a name of two words or more. A unit or
 * a chamber is no word of a person's name (lexicon.ts UNIT_NAMES: none that is also a surname), so the name starts
 * after it.
 */
export const unitOrChamber = (w: string) => UNIT_NAMES.has(key(w)) || CHAMBERS.has(key(w));

/** Whether the words before `k` are honorifics after a patronymic particle ("bin Haji", "binti Pengiran Haji"). */
function fathersTitleBefore(words: readonly string[], k: number): boolean {
  let j = k - 1;
  while (j > 0 && FATHERS_TITLES.has(key(words[j]!))) j--;
  return j < k - 1 && PATRONYMIC_PARTICLES.has(words[j]!);
}

/**
 * Where the person's name starts in `words`, after a role glued before it, or 0. The name is two to four words. After
 * a capitalized common noun it must open with a known given name ("Billionaire Mark Cuban", but not "Ruth Bader
 * Ginsburg": "Ruth" is a given name, and "Bader" none) or follow another common word ("Public Advocate Trish James");
 * after a title, a lower-case role, a hyphenated one or a role noun of the lexicon any name does ("Governors Gretchen
 * Whitmer", "Reporter Jomana Karadsheh"), and a name may open with an initial ("Counsel W. Neil Eggleston"). A common
 * adjective opening the run before a known given name is no part of the name ("Rival Hillary Clinton").
 */
export function nameAfterRole(words: readonly string[]): number {
  const n = words.length;
  const member = memberOfChamber(words);
  if (member) return member;
  for (let k = Math.max(1, n - 4); k <= n - 2; k++) {
    if (!nameOpener(words[k]!) && !initialThenName(words, k)) continue;
    // "Omar Mir Seddique Mateen": an honorific after a given name is a word of the name, no role before it.
    if (k >= 2 && NAME_HONORIFICS.has(key(words[k - 1]!)) && GIVEN.has(key(words[k - 2]!))) continue;
    // "Ahmad bin Haji Abdul Rahman": a title after "bin" is the father's, inside the name.
    if (fathersTitleBefore(words, k)) continue;
    if (!words.slice(k + 1).every(nameWord)) continue;
    const role = words[k - 1]!;
    if (adjectiveBefore(role, words[k]!) && k === 1) return k;
    if (/^\p{Lu}/u.test(role) && unitOrChamber(role) && n - k >= 2) return k;
    if (!roleWord(role)) continue;
    const strongRole =
      /^\p{Ll}/u.test(role) ||
      titleWord(key(role)) ||
      lowerCompound(role) ||
      ROLE_NOUNS.has(key(role)) ||
      postHead(role) ||
      spellsTitle(role) ||
      // "Minister of Finance and Economy Davit Gogia": a portfolio's last word, the title matched before it.
      PORTFOLIO_WORDS.has(key(role));
    // A capitalized noun before a name no list knows: only after a common word ("Public Advocate Trish James"), not
    // inside a name ("Omar Mir Seddique Mateen").
    const commonBefore = k >= 2 && lexicalTag(key(words[k - 2]!)) !== null && !GIVEN.has(key(words[k - 2]!));
    if (!strongRole && !GIVEN.has(key(words[k]!)) && !commonBefore) continue;
    return k;
  }
  return 0;
}
