// A post's acronym standing for the one person the article gives that post: "the SP said" after "Superintendent of
// Police (SP) Mohammad Firoz Kabir", "The DC said" after "Deputy Commissioner Chitra Rani Sarkar", "CM condemns ..."
// over "Chief Minister Muhammad Azam Khan". The acronym spells the initials of the post's capitalized words (a title
// of the gazetteer with it among its forms counts too); the person is the one whose roles, or the capitalized words
// right before a mention, spell it. Two people given the post leave it to nobody.
// In: the acronym as written, the article text, its actors. Out: the holder's id, or null.
import type { Actor } from '../../graph/schema.ts';
import { POST_ACRONYM as ACRONYM, POST_AND_ACRONYM, postInitials, tailSpells } from '../actors/post-acronyms.ts';
import { matchAt, titleEntry } from '../gazetteer/index.ts';

/** A post spelled out right before a name with its acronym after it: "Superintendent of Police (SP) Mohammad ...". */
const POST_BEFORE = new RegExp(String.raw`${POST_AND_ACRONYM}\s+$`, 'u');

/** The full posts a written acronym may stand for by the gazetteer ("CM" → "Chief Minister"); none when it names none. */
function gazetteerPosts(acronym: string): string[] {
  const hits = matchAt([acronym.toLowerCase()], 0)?.hits.filter((h) => h.role === 'title') ?? [];
  // "DPO": a District Police Officer in Pakistan, a Divisional Police Officer in Nigeria.
  return hits.flatMap((h) => {
    const t = titleEntry(h.id);
    return t ? [t.title, ...(t.forms ?? [])] : [];
  });
}

/**
 * Whether a post spells the acronym: one of the gazetteer's forms of its title when the gazetteer knows the acronym
 * ("CM" is a Chief Minister, never a "City Mayor"), else the initials of its words ("Deputy Commissioner" is a DC).
 */
function spells(post: string, acronym: string, known: string[]): boolean {
  const p = post.trim().toLowerCase();
  if (p === acronym.toLowerCase()) return true;
  return known.length ? known.some((k) => k.toLowerCase() === p) : postInitials(post.trim()) === acronym;
}

/** Whether the article gives the actor the post an acronym stands for: among its roles, or spelled out before its name. */
function holds(a: Actor, text: string, acronym: string, known: string[], body: boolean): boolean {
  if (!body && (a.roles ?? []).some((r) => spells(r, acronym, known))) return true;
  return a.mentions.some(([s]) => {
    const m = POST_BEFORE.exec(text.slice(Math.max(0, s - 80), s));
    // "District Police Officer (DPO) Ashfaq Ahmad Khan": the article's own spelling of the acronym.
    const words = m && m[2] === acronym ? m[1]!.trim().split(/\s+/) : [];
    return tailSpells(words, acronym);
  });
}

/** The one named person of the article an acronym of a post stands for, or null (no acronym, none or two holders). */
export function acronymHolder(written: string, text: string, actors: Iterable<Actor>): string | null {
  if (!ACRONYM.test(written)) return null;
  const known = gazetteerPosts(written);
  // "the NSA said" beside "National Security Adviser Jake Sullivan": an acronym the gazetteer knows for a body is
  // that body, unless the article spells it out as the post ("Upazila Nirbahi Officer (UNO)").
  const body = !!matchAt([written.toLowerCase()], 0)?.hits.some((h) => h.role !== 'title');
  const holders = [...actors].filter(
    (a) => a.kind === 'person' && !a.anonymous && a.name !== written && holds(a, text, written, known, body),
  );
  return holders.length === 1 ? holders[0]!.id : null;
}

/** Whether an acronym is a post's by the gazetteer ("DPO", "CM", "IGP"): a title node of its own when nobody holds it. */
export const postAcronym = (written: string): boolean => ACRONYM.test(written) && gazetteerPosts(written).length > 0;
