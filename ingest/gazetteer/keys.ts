// Token keys shared by gazetteer entries and tagged text, so "U.S." = "US", "al-Qaeda" = "al Qaeda".
// In: a surface string or one token's text. Out: lower-case, accent-free keys ('' for tokens that are skipped).
import { bodyWordKey } from '../../graph/names.ts';

/** Any character outside printable ASCII (accents, curly quotes); those keys need normalizing. */
const NON_ASCII = /[^ -~\t\n\r]/;

/** Key for one token: lower case, no accents, no periods, curly apostrophes straightened; '' = skip. */
export function tokenKey(token: string): string {
  // Fast path: plain lower-case ASCII words and numbers are their own key (most tokens).
  let plain = true;
  for (let i = 0; i < token.length && plain; i++) {
    const c = token.charCodeAt(i);
    plain = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  }
  if (plain) return token;
  let k = token;
  if (NON_ASCII.test(k))
    k = k
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[’‘`´]/g, "'");
  k = k.toLowerCase();
  if (k.includes('.')) k = k.replace(/\./g, '');
  if (k === '-' || k === '–' || k === '‐') return '';
  return k;
}

const SPLIT = /\s+/;
const PARTS = /('s\b|’s\b|[-‐–](?=\S)|[^\s\-‐–’']+(?:['’](?!s\b)[^\s\-‐–’']+)*|['’])/g;

/** Splits a surface string into token keys the way the tagger's tokens map through tokenKey. */
export function keysOf(surface: string): string[] {
  const out: string[] = [];
  for (const chunk of surface.split(SPLIT)) {
    if (!chunk) continue;
    for (const m of chunk.matchAll(PARTS)) {
      const k = tokenKey(m[0]);
      if (k && k !== "'" && k !== ',' && k !== '(' && k !== ')') out.push(k.replace(/[,()"“”]/g, ''));
    }
  }
  return out.filter(Boolean);
}

/**
 * keysOf with each word hyphened between letters kept whole ("Co-operation" → "co-operation"), the way the tagger
 * keeps a prefix's compound ("Inter-Services", "Anti-Corruption") one token while it splits others ("Saudi-led").
 */
export function hyphenedKeys(surface: string): string[] {
  return keysOf(surface.replace(/(?<=\p{L})[-‐](?=\p{L})/gu, '\u00ad')).map((k) => k.replace(/\u00ad/g, '-'));
}

/**
 * keysOf with a number and the letters glued after it split ("1ère" → "1" "ere", "2M" → "2" "m"), the way the tagger
 * splits most such words ("Réunion La 1ère", "2M"), while it keeps others whole ("3rd", "6pm"): the data adds both.
 */
export function numberSplitKeys(surface: string): string[] {
  return keysOf(surface).flatMap((k) => {
    const m = /^(\d+)(\D+)$/.exec(k);
    return m ? [m[1]!, m[2]!] : [k];
  });
}

/**
 * The gazetteer's key for a token key: one spelling for the romanizations of a word of a body's name (graph/names.ts
 * bodyWordKey: "Tehrik-i-Taliban" = "Tehreek-e-Taliban", "Jamaat-ul-Ahrar" = "Jamaat-al-Ahrar", "Jaish-e-Muhammad" =
 * "Jaish-e-Mohammed"). Both the data and the text go through it, so each entry answers to every spelling.
 */
export const spellingKey = bodyWordKey;
