// Bodies named in the language of their state and in English (graph/data/body-translations.json): "Staatsanwaltschaft
// Landshut", "Landshut public prosecutor's office" and "the prosecutor's office in Landshut" are one office, so are
// "Finanzmarktaufsicht" and "Financial Market Authority". In: a body's written name. Out: its English name, or null.
import data from './data/body-translations.json' with { type: 'json' };
import generic from './data/generic-words.json' with { type: 'json' };
import { normalizeName } from './names.ts';

interface PlaceKind {
  english: string;
  heads: string[];
  englishForms: string[];
}

const KINDS: PlaceKind[] = data.places.map((k) => ({
  english: k.english,
  // Longest first: "procura della repubblica" before "procura".
  heads: k.heads.map(normalizeName).sort((a, b) => b.length - a.length),
  englishForms: k.englishForms.map(normalizeName).sort((a, b) => b.length - a.length),
}));
const CONNECTORS = new Set(data.connectors);
/** Words of many bodies' names ("Military", "Special", "Anti-Corruption"): no place's ("Military Prosecutor's Office"). */
const GENERIC = new Set(generic.words);
const NAMES = new Map(Object.entries(data.names).map(([k, v]) => [normalizeName(k), v]));

/** A place's name as written: one or two capitalized words, no acronym ("Landshut", "Reggio Calabria"). */
const PLACE = /^\p{Lu}[\p{L}'’-]*\p{Ll}(?:[\s\u00a0]+\p{Lu}[\p{L}'’-]*\p{Ll})?$/u;

const capitalized = (place: string) => PLACE.test(place.trim());

/** The words of a written name without a leading "the" and a possessive. */
const clean = (name: string) =>
  name
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/[’']s$/, '')
    .trim();

/** The written words of `name` after its first `n` normalized words ("Procura della Repubblica di Bergamo", 3 → "di Bergamo"). */
function afterWords(name: string, n: number): string {
  const words = name.split(/[\s\u00a0]+/);
  let seen = 0;
  let i = 0;
  while (i < words.length && seen < n) {
    seen += normalizeName(words[i]!).split(' ').filter(Boolean).length;
    i++;
  }
  return seen === n ? words.slice(i).join(' ') : '';
}

/** The written words of `name` before its last `n` normalized words. */
function beforeWords(name: string, n: number): string {
  const words = name.split(/[\s\u00a0]+/);
  let seen = 0;
  let i = words.length;
  while (i > 0 && seen < n) {
    i--;
    seen += normalizeName(words[i]!).split(' ').filter(Boolean).length;
  }
  return seen === n ? words.slice(0, i).join(' ') : '';
}

/** A place's name after a local head: connectors ("di", "de", "della Repubblica di") dropped. */
function placeAfterHead(rest: string): string | null {
  const words = rest.split(/[\s\u00a0]+/).filter(Boolean);
  while (words.length && CONNECTORS.has(normalizeName(words[0]!))) words.shift();
  const place = words.join(' ');
  return place && capitalized(place) ? place : null;
}

/**
 * The English name of a body serving a place, whichever language names it: a local head before the place
 * ("Staatsanwaltschaft Salzburg", "Procura di Bergamo", "parquet de Marseille") or an English form after it or
 * after "of" / "in" ("Salzburg public prosecutor's office", "the prosecutor's office in Bergamo"): "<Place> <English
 * head>" ("Salzburg Public Prosecutor's Office"). `isState` keeps out a state's own body ("Austria's prosecutor's
 * office", "the Italian prosecutor's office"), which keys under its state, and `isCommonWord` a word of English
 * ("Military", "Central"), as generic words are.
 */
export function placeBodyName(
  name: string,
  isState: (key: string) => boolean = () => false,
  isCommonWord: (word: string) => boolean = () => false,
): string | null {
  const written = clean(name);
  const key = normalizeName(written);
  // "Bergamo's prosecutor's office": the place's possessive is the place. A word of English or of many bodies' names
  // is none ("Military Prosecutor's Office", "Anti-Corruption Prosecutor's Office": each state has its own).
  const ok = (written: string | null, kind: PlaceKind) => {
    const place = written?.replace(/[’']s$/, '');
    const words = place ? normalizeName(place).split(' ') : [];
    if (!place || isState(normalizeName(place))) return null;
    return words.some((w) => GENERIC.has(w) || isCommonWord(w)) ? null : `${place} ${kind.english}`;
  };
  for (const kind of KINDS) {
    for (const head of kind.heads) {
      if (!key.startsWith(`${head} `)) continue;
      const place = placeAfterHead(afterWords(written, head.split(' ').length));
      if (place) return ok(place, kind);
    }
    for (const form of kind.englishForms) {
      const n = form.split(' ').length;
      if (key.endsWith(` ${form}`)) {
        const place = beforeWords(written, n);
        if (capitalized(place)) return ok(place, kind);
      }
      const m = new RegExp(`^${form} (?:of|in) (.+)$`).exec(key);
      if (m) {
        const place = afterWords(written, n + 1);
        if (capitalized(place)) return ok(place, kind);
      }
    }
  }
  return null;
}

/** A body's whole name in its own language, in English ("Finanzmarktaufsicht" → "Financial Market Authority"). */
export const translatedBodyName = (name: string): string | null => NAMES.get(normalizeName(clean(name))) ?? null;

/** Whether a word opens a local-language name of a body serving a place ("Staatsanwaltschaft", "Procura"). */
export const isLocalBodyHead = (key: string): boolean =>
  KINDS.some((k) => k.heads.some((h) => h.split(' ')[0] === key));
