// Name folding, normalising and slugging: the one place that turns a surface form into a comparison key
// or an id. In: any Unicode string. Out: ASCII keys (any-ascii transliterates every script), never empty ids.
import anyAscii from 'any-ascii';

import { createHash } from 'node:crypto';

/** Transliterates to ASCII: "Erdoğan" → "Erdogan", "Søren" → "Soren", "Straße" → "Strasse", "Лавров" → "Lavrov". */
export function foldToAscii(s: string): string {
  // Printable ASCII is already folded; skip the table walk for the common case.
  return /^[\x20-\x7e]*$/.test(s) ? s : anyAscii(s.normalize('NFC'));
}

/**
 * Case-, accent-, script- and punctuation-insensitive form of a name; a leading "the" is dropped
 * ("The Kremlin" → "kremlin"). The comparison key for names everywhere (resolution, search, lookups).
 */
export function normalizeName(s: string): string {
  return foldToAscii(s)
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * An id slug: lower-case ASCII words joined by '-'. Never empty: a string with nothing to transliterate
 * (symbols only) gets a short hash of its text instead.
 */
export function slugify(s: string): string {
  const slug = foldToAscii(s)
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug) return slug;
  return s.trim() ? `x-${createHash('sha256').update(s).digest('hex').slice(0, 10)}` : 'unnamed';
}

import burmese from './data/burmese-names.json' with { type: 'json' };
import familyFirst from './data/family-first.json' with { type: 'json' };
import {
  GivenSpellings,
  TibetanSpellings,
  consonantSpelling,
  englishDigraphs,
  hasHacek,
  slavicLetters,
} from './name-spellings.ts';
import { homeFamilyFirst, withoutLineage } from './name-order.ts';
import nameVariants from './data/name-variants.json' with { type: 'json' };
import nicknames from './data/nicknames.json' with { type: 'json' };
import spanish from './data/spanish-names.json' with { type: 'json' };
import surnameVariants from './data/surname-variants.json' with { type: 'json' };
import japanese from './data/japanese-names.json' with { type: 'json' };
import tibetan from './data/tibetan-names.json' with { type: 'json' };
import localTitles from './data/local-titles.json' with { type: 'json' };
import regionalGiven from './data/regional-given.json' with { type: 'json' };
import titles from './data/titles.json' with { type: 'json' };
import companyWords from './data/company-words.json' with { type: 'json' };

const NICKNAMES = new Map(Object.entries(nicknames as Record<string, string>).filter(([k]) => !k.startsWith('_')));
/** Family names outlets romanize differently ("Zelenskyy", "Qaddafi"): graph/data/surname-variants.json. */
const SURNAME_VARIANTS = new Map(
  Object.entries(surnameVariants as Record<string, string>).filter(([k, v]) => !k.startsWith('_') && k !== v),
);
/** The spellings surname-variants.json keys family names by. */
const SURNAME_KEYS = new Set(SURNAME_VARIANTS.values());
/** The family name as keyed: one spelling for the romanizations of one name. */
const surnameKey = (s: string) =>
  SURNAME_VARIANTS.get(s) ?? (SURNAME_KEYS.has(s) ? s : armenianEnding(nisbaEnding(turkicEnding(s))));

/**
 * Russian-style family names from Central Asia and the Caucasus that outlets romanize with or without the "y"
 * ("Kasymaliyev" / "Kasymaliev", "Tokayeva" / "Tokaeva"): the ending after a vowel read without it.
 */
const turkicEnding = (s: string) => (s.length > 6 ? s.replace(/([aeiou])ye(va?)$/, '$1e$2') : s);
/** Given names written in Arabic script, where short vowels go unwritten (graph/data/name-variants.json). */
const ARABIC_SCRIPT_GIVEN = new Set(nameVariants.arabicScriptGiven);
/** Given names of East Slavic persons that Western names do not share (graph/data/name-variants.json). */
const CYRILLIC_SCRIPT_GIVEN = new Set(nameVariants.cyrillicScriptGiven);
/** Endings of East Slavic family names ("-enko", "-chuk", "-ov", "-eva", "-sky", "-skyi", "-ych"). */
const EAST_SLAVIC_ENDING = /(?:enk[oa]|chuk|[iy]uk|[oe]va?|sk(?:aya|yi|iy|yy|ii|y|a)|[nz]h?(?:yi|iy|yy)|[oe]v[iy]ch)$/;

/**
 * An East Slavic family name with what Ukrainian and Russian romanizations (the Ukrainian national system,
 * BGN/PCGN, outlets' own) disagree on read alike: the ending "-yev", "-iev", "-iiev" after a consonant as "-iev"
 * ("Lavrentyev" / "Lavrentiev"), inside the name "ie", "ye", "iie", "iye" as "e" ("Syniehubov", "Synyehubov",
 * "Synehubov"; "Korniienko", "Korniyenko", "Kornienko"), "i" before a vowel as "y" ("Soloviov" / "Solovyov"), "y"
 * after a vowel as "i" ("Kolomoyskyi" / "Kolomoiskyi"), and the adjective ending "-yi", "-iy", "-ii", "-yy" as "-y"
 * ("Zaluzhnyi" / "Zaluzhny", "Syrskyi" / "Syrsky"). Consonants are left alone: "Hromov" is not "Gromov" here.
 */
function cyrillicSurname(surname: string): string {
  return surname
    .replace(/([^aeiouy])[iy]?[iy]e(va?)$/, '$1ie$2')
    .replace(/[iy]?[iy]e(?!va?$)/g, 'e')
    .replace(/([^aeiouy])(?:yy|yi|iy|ii)$/, '$1y')
    .replace(/([^aeiouy])i(?=[aou])/g, '$1y')
    .replace(/([aeou])y(?=[^aeiouy])/g, '$1i');
}

/**
 * What Russian and the Ukrainian and Belarusian national systems write with other letters for one Cyrillic letter,
 * read alike (the letters themselves, where cyrillicSurname reads the vowels around them): "г" as Russian "g" or
 * Ukrainian and Belarusian "h" ("Grinevich" / "Hrynevich", "Shmygal" / "Shmyhal") read "h", the spelling of those
 * countries' own systems; "и" and "ы" between consonants as "i" or "y" ("Litvinenko" / "Lytvynenko") read "i";
 * Uzbek and Turkmen Latin "x" for "х" at the start of the name or before a consonant ("Xolmatov" / "Kholmatov",
 * "Maxmudov" / "Makhmudov") read "kh" ("Alexandrov" keeps its "x"); a final "kh" after a vowel, Russian "х" for the "h" of a Romanian or
 * Gagauz name ("Vlakh" / "Vlah"), read "h" ("Chernykh" keeps it); the Belarusian ending "-enka" as "-enko"
 * ("Lukashenka"). Folded letters, not a spelling: resolve.ts keeps two people of one article apart whom only this
 * makes one name.
 */
export function cyrillicLetters(surname: string): string {
  return uzbekX(surname)
    .replace(/(?<=[aeiou])kh$/, 'h')
    .replace(/g/g, 'h')
    .replace(/([^aeiouy])y(?=[^aeiouy])/g, '$1i')
    .replace(/enka$/, 'enko');
}

/**
 * Uzbek and Turkmen Latin "x" for Cyrillic "х" read "kh" where English "x" never stands, at the start of a word or
 * before a consonant ("Baxtiyor" / "Bakhtiyor"); between vowels it stays ("Alexander", "Maxim").
 */
const uzbekX = (word: string) => word.replace(/^x|x(?=[^aeiouy])/g, 'kh');

/** Whether a person's name is East Slavic: by its given name (key) or its family name's ending. */
const eastSlavic = (given: string, surname: string) =>
  CYRILLIC_SCRIPT_GIVEN.has(given) || (surname.length > 4 && EAST_SLAVIC_ENDING.test(surname));

/**
 * The Arabic relative adjective ("nisba") closing a family name, as outlets end it: "-awi", "-awy", "-awe" read as
 * "-awi" ("Tantawi" / "Tantawy", "Asnawi" / "Asnawe").
 */
const nisbaEnding = (s: string) => (s.length > 4 ? s.replace(/([^aeiou])aw[ye]$/, '$1awi') : s);

/**
 * An Armenian family name ("-yan" / "-ian"), which outlets romanize with "y" or "i" throughout ("Gevorgyan" /
 * "Gevorgian", "Harutyunyan" / "Harutiunian", "Mirzoyan" / "Mirzoian"): every "y" read as "i". Seven letters at
 * least, so "Bryan" stays itself.
 */
const armenianEnding = (s: string) => (s.length >= 7 && /[iy]an$/.test(s) ? s.replace(/y/g, 'i') : s);

/** The class of a vowel cluster romanizations swap: e and i alike, o and u alike, a apart ("Hassan", "Hossein"). */
const vowelClass = (v: string) => (/^[ei]/.test(v) ? 'i' : /^[ou]/.test(v) ? 'u' : 'a');

/**
 * A vowel-final family name romanized from Arabic script, with what romanizations of unwritten vowels disagree on
 * read alike: each vowel cluster as its class (e and i, o and u), doubled consonants single ("kadhemi" and "kadhimi"
 * give "kadhimi", "eryani" and "iryani" "iryani", "saree" and "sarea" "sari"). A lone final vowel is kept, so
 * "Conte" is not "Conti"; a name ending in a consonant ("Hassan", "Hassoun", "Nasser", "Nasir") is left as it is,
 * since many of those are given names of their own.
 */
function unwrittenVowels(written: string): string {
  // "Fahmy" / "Fahmi", "Hegazy" / "Hegazi": a final "y" after a consonant is the vowel "i".
  const surname = written.replace(/([^aeiouy])y$/, '$1i');
  const m = /^(.*[^aeiou])([aeiou]+)$/.exec(surname);
  if (!m || surname.length < 5) return surname;
  const stem = openingAin(m[1]!.replace(/[aeiou]+/g, vowelClass).replace(/([^aeiou])\1/g, '$1'));
  return stem + (m[2]!.length > 1 ? vowelClass(m[2]!) : m[2]!);
}

/**
 * A family name's opening vowel after an unwritten "ʿayn" or hamza, which romanizations write "a", "e" or "i"
 * ("al-ʿAnazi": "Al-Anezi", "Al-Enezi"; "al-ʿIryani": "Eryani", "Iryani"), read as one ("a") once vowelClass has
 * read it "a" or "i"; an opening "u" ("Usaidi", "Otaibi") stays apart from them.
 */
const openingAin = (stem: string) => stem.replace(/^i/, 'a');

/**
 * A short vowel the script leaves unwritten or writes with one letter, which romanizations and languages write "a"
 * or "e" (Arabic "Marwan" and "Badal", Kurdish "Merwan" and "Bedel"; Amharic "Abebaw" / "Abebew"): an "e" after a
 * consonant (or opening the word) and before one read as "a". A final "e" is kept ("Abebe" is not "Abeba"), and so is
 * an "e" beside another vowel: "ee" is a long "i" ("Mateen"), "ie" and "ei" are diphthongs ("Frazier", "Hussein").
 */
const openVowel = (w: string) => w.replace(/(?<![aeiou])e(?=[^aeiouy])/g, 'a');

/**
 * Arabic-script given names (name-variants.json), each by its open-vowel reading ("salem" → "salam"): a family name
 * that reads as one of them is a name of its own ("Nassar" beside "Nasser", "Kamel" beside "Kamal", "Salam" beside
 * "Salem", where the "e" is an "i"), so it is not read so.
 */
const ARABIC_OPEN = new Set([...ARABIC_SCRIPT_GIVEN].map(openVowel));

/**
 * A consonant-final family name romanized from Arabic script (Arabic, Kurdish, Persian, Pashto), with what
 * romanizations of its short vowels and its "dh" disagree on read alike: "e" before a consonant as "a" ("Bedel" /
 * "Badal", "Haniyeh" / "Haniyah"), "dh" as "d" ("Khudher" / "Khuder"). A spelling surname-variants.json chose, a
 * given name of its own and a name reading as one of them stay as written: "Hamad" is not "Hamed", "Nassar" not
 * "Nasser".
 */
function arabicConsonantFinal(surname: string): string {
  if (SURNAME_KEYS.has(surname)) return surname;
  if (ARABIC_SCRIPT_GIVEN.has(surname)) return longVowels(surname);
  const open = openVowel(surname).replace(/dh/g, 'd');
  return longVowels(ARABIC_OPEN.has(open) || ARABIC_OPEN.has(openVowel(surname)) ? surname : open);
}

/**
 * Arabic's "u" and its long vowels and diphthongs as romanizations write them, read alike: "o", "ou", "oo" as "u"
 * ("Mansour" / "Mansur", "Obeid" / "Ubaid"), "ee" as "i" ("Rasheed"), "ei", "ey", "ay" before a consonant as "ai"
 * ("Rudeineh" / "Rudaineh", "Sheikh" / "Shaikh"). Arabic writes no "o", so no name is told apart by one; "e" stays
 * (it is "a" or "i": openVowel).
 */
const longVowels = (w: string) =>
  w
    .replace(/o[ou]?/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/(?:ei|ey|ay)(?=[^aeiou])/g, 'ai');

/** Given names of Ethiopian and Eritrean persons, written in Ge'ez script (name-variants.json), each as geezWord reads it. */
const GEEZ_SCRIPT_GIVEN = new Set(nameVariants.geezScriptGiven.map((w) => geezWord(w)));

/**
 * A word of a name romanized from Ge'ez script (Amharic, Tigrinya), with what romanizations disagree on read alike:
 * the first-order vowel written "e" or "a" before a consonant ("Abebaw" / "Abebew", openVowel), a doubled consonant,
 * gemination the script does not write, as one ("Dessalegn" / "Desalegn").
 */
function geezWord(word: string): string {
  return openVowel(word).replace(/([^aeiou])\1/g, '$1');
}

/** Whether a name is Ethiopian or Eritrean: its given or family name (a father's given name) is a Ge'ez-script one. */
const geezScript = (given: string, surname: string) =>
  GEEZ_SCRIPT_GIVEN.has(geezWord(given)) || GEEZ_SCRIPT_GIVEN.has(geezWord(surname));

/** Name words outlets romanize differently ("Muhammad", "Abdiasis", "Shebab"): graph/data/name-variants.json. */
const WORD_VARIANTS = new Map(
  (nameVariants.groups as string[][]).flatMap(([key, ...forms]) => forms.map((f) => [f, key!] as const)),
);

/** One spelling for the romanizations of a word of a name ("muhammad" → "mohammed"); the word itself otherwise. */
export const nameWordKey = (word: string): string => WORD_VARIANTS.get(word) ?? word;

/**
 * Connectors inside Urdu, Persian and Arabic body names that outlets romanize differently: the izafa "-i-" / "-e-"
 * ("Tehreek-i-Insaf", "Tehreek-e-Insaf") and the article "-ul-" / "-al-" ("Jamaat-ul-Ahrar", "Jamaat-al-Ahrar").
 * Only bodies' names: in a person's name a lone "i" or "e" is an initial.
 */
const CONNECTOR_VARIANTS = new Map([
  ['i', 'e'],
  ['ul', 'al'],
]);

/** British and American spellings of words of bodies' names ("defense" → "defence"): name-variants.json. */
const ENGLISH_SPELLINGS = new Map(Object.entries(nameVariants.englishSpellings as Record<string, string>));

/**
 * The three tables as one lookup (bodyWordKey runs on every token the gazetteer matches): a later table's entry
 * overrides an earlier one's, so a connector variant comes first, then a British spelling, then a romanization.
 */
const BODY_WORD_KEYS = new Map([...WORD_VARIANTS, ...ENGLISH_SPELLINGS, ...CONNECTOR_VARIANTS]);

/**
 * One spelling for a word of a body's name: its connector variant, its British spelling ("Defense" / "Defence"),
 * else its romanization key (nameWordKey).
 */
export const bodyWordKey = (word: string): string => BODY_WORD_KEYS.get(word) ?? word;

/** Short words of bodies' names and the body words they are read in full before: name-variants.json. */
const BODY_ABBREVIATIONS = new Map(
  nameVariants.bodyAbbreviations.map((a) => [a.short, { full: a.full, before: new Set(a.before) }] as const),
);

/** A body name's words with each short word read in full where the next word allows ("met office"). */
export function fullBodyWords(words: string[]): string[] {
  return words.map((w, i) => {
    const abbr = BODY_ABBREVIATIONS.get(w);
    const next = words[i + 1];
    return abbr && (!abbr.before.size || (next !== undefined && abbr.before.has(next))) ? abbr.full : w;
  });
}

/**
 * The comparison key of a body's name: normalizeName with each word's romanizations read as one
 * ("Jaish-e-Muhammad" → "jaish e mohammed", "Harakat al-Shabab" → "harakat al shabaab", "Jamaat-ul-Ahrar" →
 * "jamaat al ahrar").
 */
export function bodyNameKey(name: string): string {
  const words = fullBodyWords(joinInitialsAtEnd(normalizeName(name).split(' ')));
  // "La Familia Michoacana" is "Familia Michoacana": an article opening a body's name is no part of it.
  if (words.length > 2 && NAME_ARTICLES.has(words[0]!)) words.shift();
  // "Erdenes Tavan Tolgoi JSC" is "Erdenes Tavan Tolgoi": a company's legal form after its name is no part of it.
  while (words.length > 2 && LEGAL_FORMS.has(words[words.length - 1]!)) words.pop();
  if (words.length > 2 && LEADING_LEGAL_FORMS.has(words[0]!)) words.shift();
  // "Oromia Regional State Communication Bureau" is the "Oromia Communication Bureau": a region's formal style
  // inside a body's name.
  const styled = words.indexOf('regional');
  if (styled > 0 && words[styled + 1] === 'state' && words.length > styled + 2) words.splice(styled, 2);
  // "National Parliament" is the state's parliament, as "the Timorese parliament" is.
  if (words.length === 2 && words[0] === 'national' && words[1] === 'parliament') words.shift();
  // "Coordination of Movements of Azawad" is the "Coordination of Azawad Movements": after an inner "of", a plural
  // noun of the place that closes the name reads as the place's. One "of" ("University of Washington") stays.
  const n = words.length;
  if (n >= 5 && words[n - 2] === 'of' && words[n - 4] === 'of' && /^[a-z]{3,}s$/.test(words[n - 3]!))
    words.splice(n - 3, 3, words[n - 1]!, words[n - 3]!);
  return words.map(bodyWordKey).join(' ');
}

/** Articles that open bodies' names in Spanish, French and Arabic ("La Familia", "Los Zetas", "Al Qassam Brigades"). */
export const NAME_ARTICLES = new Set(['la', 'las', 'los', 'les', 'el', 'al']);

/** "Acme Mining S.A." normalised ends "s a": letters of a legal form written with points, joined ("sa"). */
function joinInitialsAtEnd(words: string[]): string[] {
  let k = words.length;
  while (k > 0 && words[k - 1]!.length === 1 && /[a-z]/.test(words[k - 1]!)) k--;
  return words.length - k >= 2 && k >= 2 ? [...words.slice(0, k), words.slice(k).join('')] : words;
}

/**
 * Legal forms of companies written after their names ("JSC", "Ltd", "Inc.", "S.A.", "GmbH", "Sdn Bhd"), normalised:
 * no word of the name. The one list for keys here and for the extractor's name spans.
 */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(
  [
    ...'co jsc pjsc ojsc cjsc llc ltd limited inc incorporated corp plc sa spa sas ag gmbh nv bv sdn bhd tbk pty sarl srl pvt pte ltda'.split(
      ' ',
    ),
    // Nordic, Iberian, German and Central European forms ("AS", "Oy", "AB", "S.L.", "KG"): company-words.json.
    ...companyWords.legalForms,
  ],
);

/**
 * Legal forms written before a company's name in Indonesia and Malaysia ("PT Freeport Indonesia", "Syarikat Bina
 * Maju Sdn Bhd"), normalised: no word of the name.
 */
export const LEADING_LEGAL_FORMS: ReadonlySet<string> = new Set(['pt', 'syarikat']);

/** Generational suffixes: kept in a person's key, since "Donald Trump Jr." is not "Donald Trump". */
const SUFFIXES = new Map([
  ['jr', 'jr'],
  ['sr', 'sr'],
  ['ii', 'ii'],
  ['iii', 'iii'],
  ['iv', 'iv'],
  ['2nd', 'ii'],
  ['3rd', 'iii'],
]);
/**
 * Titles and honorifics a name may still start with ("King Salman", "Mr. Comey", "Mir Ziaullah Langove"): dropped,
 * so a title and a surname alone are one word, not a given name and a surname (graph/data/titles.json). The
 * extractor normally files titles under `roles`.
 */
const TITLES = new Set([
  ...titles.titles,
  ...Object.entries(localTitles).flatMap(([k, v]) => (k.startsWith('_') ? [] : (v as string[]))),
]);
/** Titles of two words a name may open with ("Tuai Rumah", "Ketua Kampung"): graph/data/titles.json twoWordTitles. */
const TWO_WORD_TITLES = new Set(titles.twoWordTitles);
/** Offices a name may still start with after the place they are held in ("Wangdue Dzongdag", "Kano Governor"). */
const OFFICES = new Set(titles.offices);
/** Lower-case joining words inside personal names ("Bashar al-Assad", "Ursula von der Leyen", "bin Salman"). */
/**
 * Particles of names romanized from Arabic script ("al-Assad", "ibn Saud", "Ould Ghazouani"), and the Tuareg "ag" (son
 * of: "Iyad Ag Ghaly", "Alghabass ag Intallah"), whose names the Sahel press writes as French romanizes Arabic. Not "bin": Malaysia and
 * Brunei write it ("Zulkifli bin Mansor") where their press also writes the name without it ("Zulkifli Mansor"), and
 * an Arab's name written with "bin" opens with an Arabic given name that marks it anyway ("Mohammed bin Salman").
 */
const ARABIC_PARTICLES = new Set(['al', 'ibn', 'bint', 'ould', 'ag']);
/**
 * "son of", "daughter of": the father's name follows, his titles with it ("bin Haji Mansor", "binti Pengiran ..."); the
 * Iban and other Dayak "anak" ("Jalong anak Ngelai", written "Jalong Ngelai" too).
 */
export const PATRONYMIC_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint', 'binti', 'binte', 'anak']);
const PARTICLES = new Set([
  ...['al', 'el', 'bin', 'ibn', 'bint', 'binti', 'binte', 'ben', 'abu', 'de', 'del', 'della', 'der', 'den', 'di'],
  ...[
    'da',
    'das',
    'do',
    'dos',
    'du',
    'la',
    'le',
    'van',
    'von',
    'ter',
    'ten',
    'zu',
    'ould',
    'ag',
    'ap',
    'af',
    'wa',
    'anak',
  ],
]);
/**
 * Particles written capitalized inside a name by some outlets ("Mutlaq Al Dosari", "Mohammed Bin Salman", "Mohamed Ould
 * Sidati", "Alghabass Ag Intalla"): a particle still when a word of the name comes before and after it, while "Al
 * Gore" and "Ben Carson" open with given names.
 */
const INNER_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'binti', 'ag', 'ould']);
/** Honorifics written before a father's name ("bin Haji Mansor"): graph/data/titles.json fathersTitles. */
export const FATHERS_TITLES: ReadonlySet<string> = new Set(titles.fathersTitles);

/**
 * Words that open an Arabic given name of two words ("Abdul Malik", "Abdel Fattah", "Abu Bakr"): the given name is
 * both, written joined or apart ("Abdul Hamid" / "Abdulhamid"), so it keys as one word, and "Abdul-Malik al-Houthi"
 * and "Abdul-Karim al-Houthi" are two people (keys after name-variants.json).
 */
const COMPOUND_GIVEN = new Set(['abdul', 'abd', 'abu']);
/** Words that close an Arabic or South Asian given name of two words, written joined or apart ("Zia Ullah"). */
const COMPOUND_CLOSERS = new Set(['ullah', 'ulla', 'allah']);
/**
 * Given names that open compound ones, hyphenated or not: French "Jean-Pierre", "Marie Noëlle"; Malay "Siti
 * Norhayati", "Nurul Izzah", which the press never shortens to "Siti" or "Nurul" before a father's name: "Siti
 * Aminah Ismail" and "Siti Norhayati Ismail" are sisters at most.
 */
export const COMPOUND_OPENERS: ReadonlySet<string> = new Set(['jean', 'marie', 'siti', 'nurul']);

/**
 * One spelling for an "Abd-" given name written as one word: the connector romanizations disagree on ("Abdel",
 * "Abdul", "Abdi", "Abdu", "Abd") read as "abdul", the sun letter it doubles dropped ("Abdurrahman", "Abdussalam").
 * "Abdelhamid", "Abdulhamid" and "Abd al-Hamid" give "abdulhamid"; a stem shorter than three letters ("Abdi",
 * "Abdou") is left as it is.
 */
function abdKey(word: string): string {
  const m = /^abd(?:oul|ul|el|al|il|u|i|e|o)?([a-z]+)$/.exec(word);
  if (!m || m[1]!.length < 3) return word;
  const stem = m[1]!.replace(/^([^aeiou])\1/, '$1');
  return nameWordKey(`abdul${stem}`);
}

/** The key of one word of a person's name: its romanization key (nameWordKey), an "Abd-" name's one spelling. */
export const personWordKey = (word: string): string => {
  const key = nameWordKey(word);
  return key.startsWith('abd') ? abdKey(key) : dinKey(articleJoined(key));
};

/**
 * An Arabic given name closing in "al-Din" ("faith") written as one word, the article assimilated or not, as outlets
 * romanize it ("Jamaleddine", "Jamaluddin", "Najmaldin", "Najmuddin", "Salahudin", "Muhyiddin"): read "<stem>uddin".
 * The article is a vowel and "l" or "d" or a vowel alone, so "Baldin" and "Bernardine" stay as they are.
 */
function dinKey(word: string): string {
  const m = word.length >= 7 ? /^([a-z]{3,}?)[aeiu][ld]?dine?$/.exec(word) : null;
  return m ? `${nameWordKey(m[1]!)}uddin` : word;
}

/** The closing word of "Jamal al-Din", "Salah Eddine", "Nur Uddin": "din" with or without its article. */
const DIN_WORD = /^(?:[aeiu][ld]?)?d?dine?$/;

/**
 * A given name of an Arabic-script name and the article after it written as one word, the article romanized "ul"
 * or "al" ("Saiful" / "Saifal", "Aminul" / "Aminal"): read as "ul". Only after a given name of its own (graph/data/
 * name-variants.json), so "Jamal", "Kamal" and "Bilal" stay as they are.
 */
function articleJoined(word: string): string {
  const m = /^([a-z]{3,})[ua]l$/.exec(word);
  return m && ARABIC_SCRIPT_GIVEN.has(m[1]!) ? `${m[1]}ul` : word;
}

/**
 * A given name of two words joined into one ("Abdul Hamid" → "abdulhamid", "Zia Ullah" → "ziaullah"), when the name
 * has a surname after it; the tokens otherwise as they are.
 */
function joinCompoundGiven(tokens: string[]): string[] {
  if (tokens.length < 3) return tokens;
  const [first, second] = [tokens[0]!, tokens[1]!];
  // "Jean-Pierre Bemba" / "Jean Pierre Bemba": a French given name opening a compound one is no name alone, so
  // "Jean-Emmanuel Ouedraogo" is not "Jean-Pierre Ouedraogo".
  if (COMPOUND_OPENERS.has(first)) return [personWordKey(first + second), ...tokens.slice(2)];
  // "Jamal al-Din Ghoul", "Salah Eddine Bakri": the given name is both words, as "Jamaleddine" is one.
  if (DIN_WORD.test(second) && first.length >= 3) return joinCompoundLast([`${first}uddin`, ...tokens.slice(2)]);
  if (COMPOUND_GIVEN.has(first) || (COMPOUND_CLOSERS.has(second) && first.length > 1))
    return joinCompoundLast([
      personWordKey(first + (COMPOUND_CLOSERS.has(second) ? 'ullah' : second)),
      ...tokens.slice(2),
    ]);
  return joinCompoundLast(tokens);
}

/**
 * The same two words closing the name, the family name ("Rami Abdel Rahman" / "Rami Abdulrahman", "Omar Abu Bakr" /
 * "Omar Abubakr"), when a given name stays before them.
 */
function joinCompoundLast(tokens: string[]): string[] {
  const n = tokens.length;
  if (n < 3 || !COMPOUND_GIVEN.has(tokens[n - 2]!)) return tokens;
  return [...tokens.slice(0, -2), personWordKey(tokens[n - 2]! + tokens[n - 1]!)];
}

const SPANISH_SURNAMES = new Set(spanish.surnames);
const SPANISH_GIVEN = new Set(spanish.given);
const SECOND_GIVEN = new Set(spanish.secondGiven);

/**
 * Whether a name of three or more words ends in a Spanish father's and mother's surname ("Rubén Rocha Moya",
 * "Omar García Harfuch", "Claudia Zulema Sánchez Kondo"): its next-to-last word is a common Spanish surname or ends
 * in a vowel and -z ("Rodríguez", "Díaz", "Muñoz"; not "Heinz"), or it opens with a given name only Spanish uses; a second given name there ("José
 * Luis Rodríguez") is no surname (graph/data/spanish-names.json).
 */
export function spanishSurnames(tokens: string[]): boolean {
  const paternal = tokens[tokens.length - 2];
  if (tokens.length < 3 || !paternal || SECOND_GIVEN.has(paternal)) return false;
  return SPANISH_SURNAMES.has(paternal) || /^[a-z]{2,}[aeiou]z$/.test(paternal) || SPANISH_GIVEN.has(tokens[0]!);
}

const COMPOUND_SURNAMES = new Set(spanish.compoundSurnames);
const GIVEN_TOO = new Set(spanish.givenToo);
/**
 * The word that opens a Chamorro or Filipino family name ("San Nicolas", "San Agustin") and no given name; not
 * "Santo" or "Santa", given names in Italy and Latvia ("Santo Fazzari").
 */
const SAINT_WORDS = new Set(['san']);
const PATRONYMICS = new Set(spanish.patronymics);
const spanishSurname = (w: string) => SPANISH_SURNAMES.has(w) || PATRONYMICS.has(w);

/**
 * Whether a written name is a family name of two words alone, no given name (titles dropped): a compound family name
 * ("Leon Guerrero", graph/data/spanish-names.json compoundSurnames; "San Nicolas"), or a Spanish father's and
 * mother's surname ("Núñez Feijóo", "García Márquez": the first word a Spanish family name and no given name). Two
 * people may carry it ("Vincent" and "Lou Leon Guerrero", brothers "Rocha Moya"), so it keys nobody across articles.
 */
export function familyNameAlone(written: string): boolean {
  const tokens = nameTokens(written)?.tokens;
  if (tokens?.length !== 2) return false;
  const [first, second] = tokens as [string, string];
  if (COMPOUND_SURNAMES.has(`${first} ${second}`) || SAINT_WORDS.has(first)) return true;
  return spanishSurname(first) && !GIVEN_TOO.has(first) && !knownGivenName(first) && /^[a-z]{3,}$/.test(second);
}

/** Family names written first (Korean, Chinese): graph/data/family-first.json. */
const FAMILY_FIRST = new Set([...familyFirst.korean, ...familyFirst.chinese]);
/**
 * One romanized Chinese or Korean syllable (Pinyin, Wade-Giles, Revised and McCune-Reischauer romanization): an
 * initial, a vowel nucleus and a final ("jin", "ping", "myung", "seok", "hsien", "loong"). "er" stands alone.
 */
const SYLLABLE =
  /^(?:er|(?:zh|ch|sh|kk|tt|pp|ss|jj|hs|ts|tz|wh|ng|[bpmfdtnlgkhjqxrzcsywv])?(?:iang|iong|uang|ueng|yae|yeo|wae|eou|iao|ian|ien|uai|uan|uei|ieh|ai|ei|ao|ou|ae|eo|ya|ye|yo|yu|wa|wo|we|wi|oe|eu|ui|oo|ee|ia|ie|iu|ua|uo|ue|a|e|i|o|u)(?:ng|ck|[nmklpt])?)$/;

const KOREAN_FAMILY = new Set(familyFirst.korean);

/**
 * A word of a Korean given name with what its romanizations disagree on read alike (Revised, McCune-Reischauer and
 * the spellings people choose): "oo" and "u" ("Seung-hoon" / "Seung-hun"), "eo" and "o" ("Hee-ryeong" /
 * "Hee-ryong"), "eu" and "u", "ee" and "i", and "r" and "l", one Hangul letter ("Dae-rim" / "Dae-lim"). The word as
 * written after a family name Korean does not use.
 */
function koreanSpelling(family: string, word: string): string {
  if (!KOREAN_FAMILY.has(family)) return word;
  return word.replace(/oo|eu/g, 'u').replace(/eo/g, 'o').replace(/ee/g, 'i').replace(/r/g, 'l');
}

/** Whether a word is one or two romanized syllables ("jae", "jinping", "lifeng"; not "anderson", "davis"). */
function syllabic(word: string): boolean {
  if (SYLLABLE.test(word)) return true;
  for (let i = 1; i < word.length; i++)
    if (SYLLABLE.test(word.slice(0, i)) && SYLLABLE.test(word.slice(i))) return true;
  return false;
}

/**
 * Whether a personal name, as lower-case keys with its hyphens split ("lee jae myung", "xi jinping", "yoon suk yeol"),
 * is written family name first: a Korean or Chinese family name, then one or two words of one or two romanized
 * syllables each. "Lee Anderson" and "Kim Davis" are not; a lone "Lee" is no full name.
 */
export function familyNameFirst(keys: string[]): boolean {
  return keys.length >= 2 && keys.length <= 3 && FAMILY_FIRST.has(keys[0]!) && keys.slice(1).every(syllabic);
}

/** Whether a word is a given name the data files know (nicknames.json, name-variants.json ...), as written or spelled. */
const knownGivenName = (word: string): boolean => NICKNAMES.has(word) || GIVEN_SPELLINGS.knows(word);

/**
 * Whether a personal name's keyed words are written family name first: a Korean or Chinese name
 * (familyNameFirst), or a Japanese or Hungarian one in its home press's order ("Tamaki Keiko", "Kovács Ágnes").
 */
export const writtenFamilyFirst = (keys: string[]): boolean =>
  familyNameFirst(keys) || homeFamilyFirst(keys, knownGivenName);

/** Words of Burmese names and the honorifics before them (graph/data/burmese-names.json). */
const BURMESE_WORDS = new Set(burmese.words);
const BURMESE_HONORIFICS = new Set(burmese.honorifics);

/**
 * A Burmese name's words, without an honorific before them ("U Thein Sein" → "thein sein"), when every word is a
 * Burmese name word and there are two or more; null otherwise. No word of it is a family name.
 */
function burmeseName(keys: string[]): string[] | null {
  const named = keys.length > 2 && BURMESE_HONORIFICS.has(keys[0]!) ? keys.slice(1) : keys;
  const words = named.flatMap(burmeseWords);
  if (words.length < 2 || !words.every((w) => BURMESE_WORDS.has(w))) return null;
  return words.map((w) => BURMESE_SPELLINGS.get(w) ?? w);
}

/** Whether a name's keyed words are a Burmese name ("zaw min htike", "u thein sein"): no family name in it. */
export const isBurmeseName = (keys: string[]): boolean => burmeseName(keys) !== null;

/** Whether a name's keyed words open with a Burmese honorific before a Burmese name ("U Zaw Min Htike", "Daw Khin"). */
export const burmeseHonorificFirst = (keys: string[]): boolean =>
  keys.length > 2 && BURMESE_HONORIFICS.has(keys[0]!) && isBurmeseName(keys.slice(1));

const BURMESE_SPELLINGS = new Map(Object.entries(burmese.spellings));

/** A word of a Burmese name as list words: itself, or the two list words written as one ("thukha" → "thu kha"). */
function burmeseWords(word: string): string[] {
  if (BURMESE_WORDS.has(word)) return [word];
  for (let i = 2; i < word.length - 1; i++)
    if (BURMESE_WORDS.has(word.slice(0, i)) && BURMESE_WORDS.has(word.slice(i)))
      return [word.slice(0, i), word.slice(i)];
  return [word];
}

/**
 * How parsePersonName reads a name. `strict`: no letters read alike that romanizations disagree on (cyrillicLetters,
 * an Arabic or Ge'ez family name's vowels), the key graph/resolve.ts gives two people of one article whom
 * only those readings make one ("Ahmed Karim" and "Ahmed Kareem", two men of one story).
 */
export interface NameReading {
  strict?: boolean;
}

export interface PersonName {
  /** The given name, a short form canonicalised ("Bill" → "william"); initials joined when it is one ("j edgar"). */
  given: string;
  /** The family name; a Spanish name's two surnames, father's then mother's ("guzman loera"). */
  surname: string;
  /** "jr", "sr", "ii", ... or null. */
  suffix: string | null;
  /** Middle names and initials as written (normalised), dropped from the key. */
  middle: string[];
  /** Written family name first ("Lee Jae-myung"): the key keeps the written order. */
  familyFirst: boolean;
}

/**
 * Every given name the data files know, each form with its key: short forms' formal names, name-variants.json's
 * groups and its lists of Arabic-, Cyrillic- and Ge'ez-script given names, Spanish given names.
 */
const GIVEN_SPELLINGS = new GivenSpellings([
  ...[...NICKNAMES.values()].map((n) => [n, n] as const),
  ...WORD_VARIANTS,
  ...(nameVariants.groups as string[][]).map(([key]) => [key!, key!] as const),
  ...[...ARABIC_SCRIPT_GIVEN, ...CYRILLIC_SCRIPT_GIVEN, ...nameVariants.geezScriptGiven, ...spanish.given].map(
    (n) => [nameWordKey(n), nameWordKey(n)] as const,
  ),
]);

/**
 * A given name's Galician, Catalan or Basque form read as the national press writes it ("xose" → "jose", "jordi" →
 * "jorge"): graph/data/regional-given.json. In the folded key only, beside the family name, so "Xosé Manuel Lago"
 * meets "Jose Manuel Lago" and two people of one article so named stay two (graph/resolve.ts unfoldApart).
 */
const REGIONAL_GIVEN = new Map(
  regionalGiven.groups.flatMap(([national, ...regional]) => regional.map((r) => [r, national!])),
);

/**
 * A given name as the cross-article key reads it: its formal name (formalGivenName), or the one known given name it
 * is another romanization or language's spelling of ("Tomas" → "thomas", "Moosa" → "musa", name-spellings.ts).
 */
const givenKey = (given: string): string =>
  GIVEN_SPELLINGS.key(consonantSpelling(formalGivenName(REGIONAL_GIVEN.get(given) ?? given)));

/** Japanese given names as English copy writes them, long vowels unmarked (graph/data/japanese-names.json). */
const JAPANESE_GIVEN = new Set(japanese.given);

/**
 * A word of a Japanese name with its long vowels read short, as most English copy writes them: "ou", "oo" and "oh"
 * before a consonant or at the end as "o" ("Satou", "Oono", "Ohno", "Itoh" / "Sato", "Ono", "Ito"), "uu" as "u"
 * ("Yuuko" / "Yuko"); macrons ("Ōno") are gone before (foldToAscii). Not "ou" before "e": "Inoue" is i-no-u-e.
 */
export const japaneseVowels = (word: string): string =>
  word
    .replace(/ou(?!e)/g, 'o')
    .replace(/oo/g, 'o')
    .replace(/uu/g, 'u')
    .replace(/oh(?![aeiouy])/g, 'o');

/** A word spelled in Hepburn syllables only (a doubled consonant before one, "n" closing one). */
const HEPBURN = /^(?:(?:[kstpc](?=[kstpc]))?(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|w|y)?[aiueo]|n(?![aiueoy])))+$/;

/**
 * Whether the words of a name are a Japanese name: two words, the first a known Japanese given name once its long
 * vowels are read short, both spelled in Hepburn syllables so read. "Moussa Kone" is none (no Japanese given name),
 * nor "Ken Moulton" (Ken is left out of the list, and "Moulton" is no Hepburn word).
 */
const japaneseName = (tokens: string[]): boolean =>
  tokens.length === 2 &&
  JAPANESE_GIVEN.has(japaneseVowels(tokens[0]!)) &&
  tokens.every((w) => HEPBURN.test(japaneseVowels(w)));

/** Tibetan-script name words (graph/data/tibetan-names.json) by spelling and skeleton. */
const TIBETAN = new TibetanSpellings(tibetan.groups);

/**
 * An East Slavic given name as the cross-article key reads it: givenKey on its English letters (slavicLetters:
 * "Jevgeni" → "yevgeni"), a final "i" after a consonant read as "y" when that is a known name ("Yevgeni" /
 * "Yevgeny", "Anatoli" / "Anatoly").
 */
function slavicGivenKey(given: string): string {
  const english = slavicLetters(given);
  const key = givenKey(english);
  if (key !== english || GIVEN_SPELLINGS.knows(english) || !/[^aeiouy]i$/.test(english)) return key;
  const withY = `${english.slice(0, -1)}y`;
  return GIVEN_SPELLINGS.knows(withY) ? givenKey(withY) : key;
}

/** The formal given name a short form stands for ("jim" → "james"); the name itself otherwise. */
export function formalGivenName(given: string): string {
  return NICKNAMES.get(given) ?? given;
}

/**
 * Splits a full personal name into given name, surname and suffix, or null when it is not one: one word
 * ("Salman", "Clinton"), or a word that is written lower case and is no particle ("senior official",
 * "Russian journalist"), which is a description rather than a name.
 */
export function parsePersonName(written: string, reading: NameReading = {}): PersonName | null {
  const read = nameTokens(written);
  if (!read) return null;
  // "Dmitri Koržov" is "Dmitri Korzhov": an East Slavic name's háček letters read as English writes them.
  const digraphed = hasHacek(written) && !CZECH_VOWELS.test(written) ? nameTokens(englishDigraphs(written)) : null;
  const { tokens, arabicParticle } = digraphed && eastSlavicTokens(digraphed.tokens) ? digraphed : read;
  return parseTokens(joinCompoundGiven(tokens), arabicParticle, reading);
}

/**
 * Whether a name's words (titles dropped) are an East Slavic person's by the family name's ending (a Czech or Polish
 * given name such as "Andrej" does not make "Babiš" one).
 */
const eastSlavicTokens = (tokens: string[]) => tokens.length >= 2 && eastSlavic('', tokens[tokens.length - 1]!);

/** Vowels with the marks Czech and Slovak write, never Baltic or Finnish transliterations of Russian ("Kašparová"). */
const CZECH_VOWELS = /[áéíóúýůěÁÉÍÓÚÝŮĚ]/;

/** Polish, Czech and Slovak family names ending "-ski", "-ska" ("Joanna Kowalska"), no East Slavic transliteration. */
const WEST_SLAVIC = /sk[ai]$/;

/**
 * A written name's keyed words, titles dropped, and whether it was written with an Arabic particle; null when a word
 * starts lower case and is no particle (a description: "senior official", "Russian journalist").
 */
function nameTokens(written: string): { tokens: string[]; arabicParticle: boolean } | null {
  // "Samoan MP", "Kerala MLA": a description ending in a member's initials, no name.
  if (ROLE_INITIALS.test(written.trim())) return null;
  const tokens: string[] = [];
  let arabicParticle = false;
  let fathers = false;
  const words = written.replace(/[’']s$/, '').split(/[\s\u00a0]+/);
  for (const [w, word] of words.entries()) {
    const pieces = word.split(/[-‐–]/);
    const inner = w > 0 && w < words.length - 1 && pieces.length === 1;
    for (let i = 0; i < pieces.length; i++) {
      const first = /\p{L}/u.exec(pieces[i]!)?.[0];
      const lower = !!first && first === first.toLowerCase() && first !== first.toUpperCase();
      const keys = normalizeName(pieces[i]!).split(' ').filter(Boolean).map(personWordKey);
      // A particle is written lower case ("al-Assad", "bin Salman"); "Al Gore" and "Ben Carson" are given names.
      if (keys.length === 1 && ((lower && PARTICLES.has(keys[0]!)) || (inner && INNER_PARTICLES.has(keys[0]!)))) {
        arabicParticle ||= ARABIC_PARTICLES.has(keys[0]!);
        fathers ||= PATRONYMIC_PARTICLES.has(keys[0]!);
        continue;
      }
      // "bin Haji Mansor", "binti Pengiran Haji Abdul Rahman": the father's titles are no words of the name.
      if (fathers && !lower && keys.length === 1 && FATHERS_TITLES.has(keys[0]!) && w < words.length - 1) continue;
      // "Al-Sawarmi Khalid Saad": a capitalized article hyphened to the word after it is the article, not a name.
      if (!lower && i === 0 && pieces.length > 1 && keys.length === 1 && HYPHENED_ARTICLES.has(keys[0]!)) {
        arabicParticle = true;
        continue;
      }
      // Any other word starting lower case makes it a description ("Russian journalist"); "Jong-un" is a name.
      if (lower && i === 0) return null;
      tokens.push(...keys);
    }
  }
  dropTitles(tokens);
  return { tokens, arabicParticle };
}

/**
 * The one word a written name keeps once its titles are dropped ("Lawyer Kamara", "Kapitein Asaiti" → "kamara",
 * "asaiti"), as keyed; null for a name of no title or of more words.
 */
export function titledWord(written: string): string | null {
  const read = nameTokens(written);
  const words = normalizeName(written).split(' ').length;
  return read && read.tokens.length === 1 && words > 1 ? read.tokens[0]! : null;
}

/** The words of a written name as keyed, titles dropped; null for a description. */
export const keyedNameWords = (written: string): string[] | null => nameTokens(written)?.tokens ?? null;

/** The last word of a written name as keyed, titles dropped; null for a description. */
export function lastNameWord(written: string): string | null {
  return nameTokens(written)?.tokens.at(-1) ?? null;
}

/** Initials of a member of a legislature closing a description ("Samoan MP", "Kerala MLA", "Fine Gael TD"). */
const ROLE_INITIALS = /\s(?:MPs?|MLAs?|MNAs?|MPAs?|MEPs?|MHAs?|MSPs?|TDs?)$/;

/** Arabic articles a name may open with, capitalized and hyphened ("Al-Sawarmi", "El-Tayeb"). */
const HYPHENED_ARTICLES = new Set(['al', 'el']);
/** Malay and Bangladeshi abbreviations of Muhammad opening a name ("Mohd Rizal", "Md Shahidul Islam"). */
const ABBREVIATED_MUHAMMAD = new Set(['mohd', 'muhd', 'md', 'mhd']);

/**
 * Drops the titles a name's keyed words open with (titles.json), "Tan Sri" and a "Sri" after another title
 * ("Datuk Sri") with them, and an abbreviated Muhammad before a given name and a family name: outlets write
 * "Mohd Rizal Othman" and "Rizal Othman", while a spelled-out "Mohammed" stays a given name.
 */
function dropTitles(tokens: string[]): void {
  // "Punakha Dzongdag Kuenzang Namgyel", "Kano Governor Abba Yusuf": a place, then the office held there.
  if (tokens.length >= 3 && OFFICES.has(tokens[1]!) && !TITLES.has(tokens[0]!)) tokens.shift();
  let titled = false;
  for (;;) {
    if (TITLES.has(tokens[0]!) || (titled && tokens[0] === 'sri')) tokens.shift();
    else if (tokens[0] === 'tan' && tokens[1] === 'sri' && tokens.length > 3) tokens.splice(0, 2);
    else if (tokens.length > 2 && TWO_WORD_TITLES.has(`${tokens[0]} ${tokens[1]}`)) tokens.splice(0, 2);
    else break;
    titled = true;
  }
  if (tokens.length >= 3 && ABBREVIATED_MUHAMMAD.has(tokens[0]!)) tokens.shift();
  // "Syed Mehdi Shah" is "Mehdi Shah": an honorific of descent other copy leaves out.
  if (withoutLineage(tokens).length < tokens.length) tokens.shift();
}

/**
 * parsePersonName on the name's keyed words, titles dropped. `arabicParticle`: the name was written with one
 * ("al-Kadhimi", "bin Salman"), so it is romanized from Arabic script. `fold`: cyrillicLetters reads the letters too.
 */
function parseTokens(tokens: string[], arabicParticle: boolean, reading: NameReading): PersonName | null {
  const fold = !reading.strict;
  const last = tokens[tokens.length - 1];
  const suffix = last && tokens.length > 2 ? (SUFFIXES.get(last) ?? null) : null;
  if (suffix) tokens.pop();
  if (tokens.length < 2) return null;
  // "Tamaki Keiko", "Kovács Ágnes": the home press's order, read as English copy writes the name.
  if (homeFamilyFirst(tokens, knownGivenName)) tokens = [tokens[1]!, tokens[0]!];
  if (familyNameFirst(tokens)) {
    const given = tokens.slice(1).map((w) => (fold ? koreanSpelling(tokens[0]!, w) : w));
    return { given: given.join(' '), surname: tokens[0]!, suffix, middle: [], familyFirst: true };
  }
  // "Aung San Suu Kyi" is not "Aung Kyi": every word of a Burmese name keys it, in the written order.
  const burmeseWords = burmeseName(tokens);
  if (burmeseWords)
    return {
      given: burmeseWords.slice(0, -1).join(' '),
      surname: burmeseWords.at(-1)!,
      suffix,
      middle: [],
      familyFirst: false,
    };
  // "Kuenzang Namgyel" / "Kinzang Namgyal": every word of a Tibetan-script name by its one spelling.
  const tibetanWords = fold ? TIBETAN.name(tokens) : null;
  if (tibetanWords)
    return {
      given: tibetanWords[0]!,
      surname: tibetanWords.at(-1)!,
      suffix,
      middle: tokens.slice(1, -1),
      familyFirst: false,
    };
  // "Yuko Ohno" / "Yuko Ono", "Hiroshi Itoh" / "Hiroshi Ito": a Japanese name's long vowels read short.
  if (fold && japaneseName(tokens)) tokens = tokens.map(japaneseVowels);
  // "J. Edgar Hoover": a name that starts with initials keeps them and the first full name as its given name.
  let g = 0;
  while (g < tokens.length - 2 && tokens[g]!.length === 1) g++;
  const given = g ? tokens.slice(0, g + 1).join(' ') : formalGivenName(tokens[0]!);
  // Both Spanish surnames key the name: "Joaquín Guzmán Loera" is not his son "Joaquín Guzmán López".
  if (!g && !suffix && spanishSurnames(tokens)) {
    const surname = tokens.slice(-2).map(surnameKey).join(' ');
    return { given, surname, suffix, middle: tokens.slice(1, -2), familyFirst: false };
  }
  const surname = surnameKey(tokens[tokens.length - 1]!);
  const arabicScript = arabicParticle || ARABIC_SCRIPT_GIVEN.has(tokens[0]!);
  // "Mesfin Abebaw" / "Mesfin Abebew": both words of an Ethiopian name read as Ge'ez romanizations agree.
  if (fold && !g && !arabicScript && geezScript(given, surname))
    return {
      given: geezWord(given),
      surname: geezWord(surname),
      suffix,
      middle: tokens.slice(1, -1),
      familyFirst: false,
    };
  // "Baxtiyor Xudoyberdiyev" / "Bakhtiyor Khudoyberdiev": the given name of a name read by cyrillicLetters too.
  const lettersRead = fold && !g && !arabicScript && eastSlavic(given, surname);
  const scripted = g
    ? surname
    : scriptSurname(
        lettersRead && !WEST_SLAVIC.test(surname) ? slavicLetters(surname) : surname,
        tokens[0]!,
        arabicScript,
        fold,
      );
  return {
    given: lettersRead
      ? uzbekX(WEST_SLAVIC.test(surname) ? givenKey(given) : slavicGivenKey(given))
      : fold && !g
        ? arabicScript
          ? ghayn(givenKey(given))
          : givenKey(given)
        : given,
    surname: fold ? consonantSpelling(scripted) : scripted,
    suffix,
    middle: tokens.slice(g + 1, -1),
    familyFirst: false,
  };
}

/**
 * The Arabic and Tamasheq "gh" (ghayn) before "a", "o" or "u", which French and English romanizations also write "g"
 * ("Alghabass" / "Algabass", "Ghabdallah" / "Gabdallah"), read "g": in a name romanized from Arabic script only (an
 * Arabic given name or particle), where no two names are told apart by it; never in Italian, where "ghi" and "gi"
 * are two sounds ("Ghini" / "Gini").
 */
const ghayn = (word: string): string => word.replace(/gh(?=[aou])/g, 'g');

/**
 * "Allah" closing a family name romanized from Arabic script, which romanizations write with or without its final "h"
 * ("Intallah" / "Intalla", "Nasrallah" / "Nasralla", "Ghabdallah" / "Gabdalla"): read with it, as a consonant-final
 * name (arabicConsonantFinal). Only after "ll": other final vowels and "-ah", "-eh" endings read as before
 * ("Shtayyeh" / "Shtayyah"; "Saree" / "Sarea").
 */
const allahEnding = (surname: string): string => (surname.length >= 6 ? surname.replace(/(?<=ll)a$/, 'ah') : surname);

/**
 * A Georgian family name's ending "-ia" (Megrelian "Shengelia", "Kvaratskhelia", "Gamsakhurdia"), which Russian
 * writes "-iya" and outlets romanize from the Russian ("Shengeliya"): read "-ia".
 */
const georgianEnding = (surname: string) =>
  surname.length >= 6 ? surname.replace(/(?<=[^aeiouy])iya$/, 'ia') : surname;

/**
 * A family name romanized from another script, with what romanizations of it disagree on read alike: Arabic script's
 * unwritten vowels, Cyrillic's Ukrainian and Russian systems; as keyed otherwise.
 */
function scriptSurname(written: string, given: string, arabicScript: boolean, fold: boolean): string {
  if (arabicScript && !fold) return written;
  if (arabicScript) {
    const read = SURNAME_KEYS.has(written) ? written : allahEnding(ghayn(written));
    return /[aeiouy]$/.test(read) ? unwrittenVowels(read) : arabicConsonantFinal(read);
  }
  const surname = fold ? georgianEnding(written) : written;
  // A spelling surname-variants.json chose ("aliyev", "yanukovych") stays the key.
  if (SURNAME_KEYS.has(surname) || !eastSlavic(given, surname)) return surname;
  return fold ? cyrillicLetters(cyrillicSurname(surname)) : cyrillicSurname(surname);
}

/**
 * The cross-article key of a full personal name: "given surname [suffix]" ("Joseph R. Biden Jr." → "joseph biden jr");
 * a name written family name first keeps its order ("Lee Jae-myung" → "lee jae myung").
 */
export const personKey = (written: string): string | null => keyOf(parsePersonName(written));

/**
 * personKey read strictly (NameReading): without the letters cyrillicLetters folds ("Sergei Gromov" → "sergei gromov",
 * where personKey gives "sergei hromov") or the vowels other readings read alike: the key graph/resolve.ts falls back
 * on for two people of one article.
 */
export const unfoldedPersonKey = (written: string): string | null => keyOf(parsePersonName(written, { strict: true }));

function keyOf(p: PersonName | null): string | null {
  if (!p) return null;
  const parts = p.familyFirst ? [p.surname, p.given] : [p.given, p.surname];
  return [...parts, ...(p.suffix ? [p.suffix] : [])].join(' ');
}

/**
 * A word of a name with what romanizations disagree on left out: the first vowel kept only as its class, the others
 * dropped, doubled letters single. "Moammar" and "Muammar" give "mumr", "Eryani" and "Iryani" "iryn", "Saree" and
 * "Sarea" "sar", "Rouhani" and "Rohani" "ruhn"; "Hassan" ("hasn") and "Hossein" ("husn") stay apart. Too loose to
 * key anything: only a hint for review (graph/candidates.ts), with the given name agreeing too.
 */
export function spellingSkeleton(word: string): string {
  const w = foldToAscii(word)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  let first = true;
  return w.replace(/[aeiou]+/g, (v) => (first ? ((first = false), vowelClass(v)) : '')).replace(/(.)\1+/g, '$1');
}

/** Joining words an acronym skips, in the languages bodies' names are written in ("de", "la", "del", "y", "et"). */
const ACRONYM_SKIPPED = new Set(
  'of for the and in on de del la las los lo el y e du des et di da do dos das'.split(' '),
);

/**
 * The initials of a body's name, joining words skipped ("National Prosecuting Authority" → NPA, "Oficina Nacional de
 * Procesos Electorales" → ONPE, "Terminal Cuenca del Plata" → TCP); '' for a name of fewer than two such words.
 */
export function nameInitials(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w) && !ACRONYM_SKIPPED.has(w.toLowerCase()));
  return words.length < 2 ? '' : words.map((w) => foldToAscii(w[0]!).toUpperCase()).join('');
}
