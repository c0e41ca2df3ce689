// Names written in part: a Korean given name cut at its hyphen ("Ban Ki" of "Ban Ki-moon"), and the last words of a
// person named in full before ("Suu Kyi" after "Aung San Suu Kyi"). In: the filled Scan. Out: one actor per person.
import { formalGivenName } from '../../graph/names.ts';
import { places, titleEntry } from '../gazetteer/index.ts';
import { lexicalTag } from '../nlp/tagger.ts';
import { GIVEN_ADJECTIVES, NOT_NAMES, ORG_CUES, ROLE_NOUNS } from './lexicon.ts';
import type { Draft } from './registry.ts';
import type { Scan } from './scan.ts';

/**
 * Lower-case words that follow a name's hyphen in compounds ("Bush-era", "Kim-led", "Park-style"), not the second
 * syllable of a given name ("Ki-moon", "Jong-un", "Jae-in").
 */
const COMPOUND_TAILS = new Set(
  'era led run like born free made type owned based style ish esque wide long old aged day year time side up out off over held sized scale level class wing ite ism ist isms ists'.split(
    ' ',
  ),
);
/**
 * A hyphen and a short lower-case syllable right after a name, ending the word (six letters for a Korean syllable
 * with a two-letter vowel and "-ng": "Hee-ryeong", "Seung-hyeong"); or two, the first of them a lone letter, as Thai
 * family names are romanized ("Chan-o-cha").
 */
const SYLLABLE_AFTER =
  /^-(\p{Ll}{2,5}|\p{Ll}-\p{Ll}{2,5}|[a-z]{1,2}(?:yeo|eo|ae|oe|wa|wo|ya|yo|yu|ye)ng)(?![\p{L}\d-])/u;

export function completeNames(sc: Scan): void {
  hyphenatedGivenNames(sc);
  mergeNameTails(sc);
}

/** "Ban Ki" followed by "-moon": the name runs on; its mentions end after the syllable. */
function hyphenatedGivenNames(sc: Scan): void {
  for (const d of sc.reg.all()) {
    if (d.kind !== 'person') continue;
    const words = d.name.split(' ');
    const last = words[words.length - 1]!;
    if (words.length < 2 || last.length > 5 || last.includes('-')) continue;
    let syllable: string | null = null;
    for (const m of d.mentions) {
      if (!sc.text.slice(m.start, m.end).endsWith(last)) continue;
      const hit = SYLLABLE_AFTER.exec(sc.text.slice(m.end, m.end + 8));
      if (!hit || hit[1]!.split('-').some((t) => COMPOUND_TAILS.has(t))) continue;
      syllable = hit[1]!;
      m.end += hit[0].length;
    }
    if (syllable) sc.reg.rename(d.id, `${d.name}-${syllable}`);
  }
}

/**
 * A person whose name (two words or more) is the end of another person's name is that person. When the words before
 * it are a given name ("Aung San Suu Kyi" and "Suu Kyi") the longer name stays, unless the end is three words or
 * more: a full name of its own, in patronymic naming the father's ("Idriss Déby Itno" in "Mahamat Idriss Déby
 * Itno"); when they are no name ("Vermonter Bernie Sanders", "Mondelez CEO Irene Rosenfeld", a headline's "QIf"
 * glued on) the shorter. When a word before it
 * is an English noun or verb that is also a given name ("Chandler", "Lily") or not ("Universe", "Trust"), the two stay
 * apart.
 */
function mergeNameTails(sc: Scan): void {
  const people = sc.reg.all().filter((d) => d.kind === 'person' && d.mentions.length && d.name.includes(' '));
  // Keys by name, not per pair of people: the pairs are quadratic in the article's people, and a name may change
  // below ("[Vermonter] Bernie Sanders"), so the key follows the name.
  const keys = new Map<string, string>();
  const key = (d: Draft) => {
    let k = keys.get(d.name);
    if (k === undefined) keys.set(d.name, (k = ` ${d.name.toLowerCase().replace(/[.’']/g, '')}`));
    return k;
  };
  for (const short of people) {
    const tail = key(short);
    const long = people.find((d) => d !== short && key(d).length > tail.length && key(d).endsWith(tail));
    if (!long || !sc.reg.has(long.id) || !sc.reg.has(short.id)) continue;
    const words = long.name.split(' ');
    const prefix = words.slice(0, words.length - short.name.split(' ').length).map((w) => prefixWord(w, short.name));
    if (prefix.every((p) => p === 'given')) {
      // "Mahamat Idriss Déby Itno" and "Idriss Déby Itno": in a patronymic name the end of a name that is a full name
      // of three words itself is the father's, another person; "Suu Kyi" and "López Obrador" are the same person.
      if (short.name.split(' ').length < 3) sc.reg.absorb(long.id, short.id);
    } else if (prefix.includes('stray')) {
      // The mentions keep only the name: "[Vermonter] Bernie Sanders".
      for (const m of long.mentions)
        if (sc.text.slice(m.start, m.end).endsWith(short.name)) m.start = m.end - short.name.length;
      long.name = short.name;
      sc.reg.absorb(short.id, long.id);
    }
  }
}

/**
 * A word before a person's name: one of their given names, a stray word (a role, an origin, capitals), or unknown
 * (an English noun or verb: "Chandler" and "Lily" are given names, "Universe" and "Trust" are not).
 */
function prefixWord(word: string, name: string): 'given' | 'stray' | 'unknown' {
  const key = word.toLowerCase().replace(/[.’']/g, '');
  if (/^\p{Lu}{2,}(?:\p{Ll}|$)/u.test(word) || /\p{Ll}\p{Lu}/u.test(word)) return 'stray'; // "AKA", "CEO", "QIf"
  if (name.toLowerCase().split(' ').includes(key)) return 'stray'; // "Christie Chris Christie"
  if (titleEntry(key) || ROLE_NOUNS.has(key) || NOT_NAMES.has(key) || ORG_CUES.has(key)) return 'stray';
  // "Vermonter", "Ohioan", "Texan": a person's origin, written from a place's name.
  if (places.some((p) => !p.includes(' ') && p.length > 3 && originOf(word, p))) return 'stray';
  const tag = lexicalTag(key);
  return (tag !== 'NOUN' && tag !== 'VERB') || formalGivenName(key) !== key || GIVEN_ADJECTIVES.has(key)
    ? 'given'
    : 'unknown';
}

const ORIGIN_ENDINGS = new Set(['an', 'ian', 'n', 'er', 'ite']);

/** Whether a word names someone from a place: its name, or the name less its last letter, and a demonym's ending. */
function originOf(word: string, place: string): boolean {
  for (const stem of [place, place.slice(0, -1)])
    if (word.startsWith(stem) && ORIGIN_ENDINGS.has(word.slice(stem.length))) return true;
  return false;
}
