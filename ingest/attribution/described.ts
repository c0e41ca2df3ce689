// A lede's indefinite description of a speaker that the body then names: "..., a provincial spokesman said." and
// next "Daud Ahmadi, the spokesman for the Helmand governor, said ...". The description's claims belong to the one
// named person of the article the article gives that role, when exactly one fits every word of the description.
// In: the article text, its actors, the descriptions the speaker stage made anonymous. Out: anonymous id → person id.
import type { Actor } from '../../graph/schema.ts';

/** An anonymous speaker made from "a/an <modifiers> <head>". */
export interface Description {
  actorId: string;
  head: string;
  modifiers: string[];
  /** Where the description starts. */
  at?: number;
  /** A headline's description without an article ("Sri Lanka lawmaker says ..."). */
  bare?: boolean;
}

/** Roles one person holds for a body at a time: "a spokesman" of a body is that body's one spokesman. */
export const SINGLE_HOLDER_HEADS = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** Words of a description that name a level of government, and words of a named holder's role that fit it. */
const LEVELS: Record<string, string[]> = {
  provincial: ['province', 'provincial', 'governor', 'governorate'],
  regional: ['region', 'regional'],
  district: ['district'],
  municipal: ['municipal', 'municipality', 'city', 'mayor'],
  presidential: ['president', 'presidential', 'presidency'],
};

/** The heads a described role matches: a "spokesperson" is either; a "spokeswoman" is never a "spokesman". */
function headsFor(head: string): string[] {
  return head === 'spokesperson' ? ['spokesman', 'spokeswoman', 'spokesperson'] : [head, 'spokesperson'];
}

/**
 * The words around a person's mentions that give the role: a title run before the name ("ISAF spokesman Lt. Col.
 * Mark Redding", "A Taliban spokesman, Qari Yousuf Ahmadi") or an appositive after it ("Daud Ahmadi, the spokesman
 * for the Helmand governor,"); only the windows holding one of the heads.
 */
export function roleWindows(text: string, person: Actor, heads: string[]): string[] {
  // Case-sensitive past the head's first letter: the words between the title and the name are capitalized.
  const alt = heads.map((h) => `[${h[0]}${h[0]!.toUpperCase()}]${h.slice(1)}`).join('|');
  const before = new RegExp(`((?:[\\w.'’-]+\\s+){0,3}(?:${alt}),?\\s+(?:[A-Z][\\w.'’-]*\\s+){0,4})$`);
  const after = new RegExp(`^,\\s+((?:the|a|an)\\s+[^,;.]{0,80}?\\b(?:${alt})\\b[^,;.]{0,80}?)(?=[,;.]|\\s+said)`);
  const out: string[] = [];
  for (const [s, e] of person.mentions) {
    const b = before.exec(sameSentence(text.slice(Math.max(0, s - 60), s)));
    if (b) out.push(b[1]!);
    const a = after.exec(text.slice(e, e + 180));
    if (a) out.push(a[1]!);
  }
  return out;
}

/** The part of the text before a name that is in its sentence: after the last line break or "said." ("Col." is not). */
function sameSentence(before: string): string {
  let from = 0;
  for (const m of before.matchAll(/(?:\b[a-z]{2,}[.!?]["”’]?|\n)\s+/g)) from = m.index + m[0].length;
  return before.slice(from);
}

/** Whether every modifier of the description is told by the holder's role words ("provincial" by "governor"). */
function fits(modifiers: string[], words: Set<string>): boolean {
  return modifiers.every((m) => words.has(m) || (LEVELS[m] ?? []).some((w) => words.has(w)));
}

const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The named person a description stands for: the one person of the article with the role whose role words fit
 * every modifier. A description without modifiers names nobody (the article's one named spokesman may speak for
 * another side than the lede's); nor does one that two people fit.
 */
export function describedPerson(text: string, actors: Actor[], d: Description): string | null {
  if (!SINGLE_HOLDER_HEADS.has(d.head) || !d.modifiers.length) return null;
  const heads = headsFor(d.head);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const holders = actors.filter((a) => a.kind === 'person' && !a.anonymous && roleWindows(text, a, heads).length);
  const fit = holders.filter((a) => {
    const words = new Set(roleWindows(text, a, heads).flatMap(wordsOf));
    const aff = byId.get(a.affiliation ?? '');
    if (aff) for (const w of wordsOf(aff.name)) words.add(w);
    return fits(d.modifiers, words);
  });
  return fit.length === 1 ? fit[0]!.id : null;
}
