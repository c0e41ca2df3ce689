// Acronyms of posts: the initials of a title's words ("Superintendent of Police" → SP, "Deputy Commissioner" → DC,
// "Officer-in-Charge" → OC), lower-case joining words skipped. South Asian and African copy writes a rank or a post
// this way right before the holder's name ("SP Yazid Abubakar", "DC Chitra Rani Sarkar"). In: a word or a post. Out:
// its initials, or whether a written acronym spells the initials of a title of the gazetteer of two words or more.
import { titles } from '../gazetteer/index.ts';

/** Lower-case words inside a post that its acronym skips: "Superintendent of Police" is SP, "Officer-in-Charge" OC. */
const SKIPPED = new Set(['of', 'in', 'for', 'the', 'and']);
/** An acronym of two to five capitals ("SP", "DPO", "IGP"). */
export const POST_ACRONYM = /^[A-Z]{2,5}$/;

/** The initials of a post's words, lower-case joining words skipped ("Officer-in-Charge" → "OC"). */
export function postInitials(post: string): string {
  const words = post.split(/[\s-]+/).filter((w) => w && !SKIPPED.has(w.toLowerCase()));
  return words.map((w) => w[0]!.toUpperCase()).join('');
}

let initials: Set<string> | null = null;

/** The initials of every title of two words or more, made once. */
function titleInitials(): Set<string> {
  if (initials) return initials;
  initials = new Set();
  for (const t of titles) {
    const i = postInitials(t.title);
    if (i.length >= 2) initials.add(i);
  }
  return initials;
}

/** Whether a written word is the acronym of a title's words ("SP", "DC", "CSP"). */
export const spellsTitle = (w: string): boolean => POST_ACRONYM.test(w) && titleInitials().has(w);

/** The capitalized words right before an acronym in parentheses: "Upazila Nirbahi Officer (UNO)" (a RegExp source). */
export const POST_AND_ACRONYM = String.raw`((?:\p{Lu}[\p{L}’'-]*\s+(?:(?:of|in|for)\s+)?){1,5})\((\p{Lu}{2,5})\)`;
const POST_THEN_ACRONYM = new RegExp(POST_AND_ACRONYM, 'gu');

/** Whether a tail of a post's words spells an acronym: "Upazila Nirbahi Officer" spells UNO (and NO, and O). */
export function tailSpells(words: string[], acronym: string): boolean {
  return words.some((_, k) => postInitials(words.slice(k).join(' ')) === acronym);
}

let definedIn: { text: string; posts: Set<string> } | null = null;

/**
 * The acronyms an article spells out as posts: "Upazila Nirbahi Officer (UNO) Kamrul Hasan", "District Police Officer
 * (DPO)": a tail of the capitalized words before the parentheses spells it and ends in a holder's word or a title.
 * There the acronym is the post, whatever body the gazetteer knows by it ("UNO" is no United Nations). Made once per
 * article text.
 */
export function postsDefined(text: string, holderWord: (w: string) => boolean): Set<string> {
  if (definedIn?.text === text) return definedIn.posts;
  const posts = new Set<string>();
  for (const m of text.matchAll(POST_THEN_ACRONYM)) {
    const words = m[1]!.trim().split(/\s+/);
    if (!holderWord(words[words.length - 1]!)) continue;
    if (tailSpells(words, m[2]!)) posts.add(m[2]!);
  }
  definedIn = { text, posts };
  return posts;
}
